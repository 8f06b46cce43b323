//! Runs the `abridge` binary of this build, for the tests of the command-line
//! tool (tests/hostile.rs, tests/jsonl.rs): `#[path = "common/cli.rs"] mod cli;`.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `abridge args…` with `stdin` as its standard input; waits for it.
pub fn cli(args: &[&str], stdin: impl AsRef<[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_abridge"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.as_ref().to_vec();
    let writer = std::thread::spawn(move || {
        // The tool may exit before reading (bad arguments): ignore EPIPE.
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}
