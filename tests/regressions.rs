//! Replays fuzz inputs under plain `cargo test`, through the same decoding and
//! checks as the fuzz targets (`fuzz/src/checks.rs`):
//!
//! - `tests/data/regressions/<target>-<hash>`: inputs that once crashed a
//!   fuzz target (raw bytes; `make fuzz` saves them there);
//! - `fuzz/seeds/<target>/*`: the checked-in seed inputs, so this test never
//!   passes on nothing when there are no regressions.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/src/checks.rs"]
#[allow(dead_code)]
mod checks;
mod common;

use std::path::{Path, PathBuf};

type Check = fn(&[u8]);

const TARGETS: [(&str, Check); 2] = [("summarize", checks::summarize), ("split", checks::split)];

fn files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .collect();
    files.sort();
    files
}

/// Runs `check` on `path`'s bytes; a panic is reported with the file name.
fn replay(path: &Path, check: fn(&[u8])) -> Result<(), String> {
    let data = std::fs::read(path).unwrap();
    std::panic::catch_unwind(|| check(&data)).map_err(|e| {
        let msg = e
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        format!("{}: {msg}", path.display())
    })
}

#[test]
fn saved_regressions_pass() {
    let dir = common::root().join("tests/data/regressions");
    let mut failures = Vec::new();
    let mut replayed = 0;
    for path in files(&dir) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".md") {
            continue;
        }
        let Some((_, check)) = TARGETS
            .iter()
            .find(|(t, _)| name.strip_prefix(t).is_some_and(|r| r.starts_with('-')))
        else {
            panic!("{name}: a regression file is named <target>-<hash>, target one of summarize, split");
        };
        replayed += 1;
        if let Err(e) = replay(&path, *check) {
            failures.push(e);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {replayed} regressions fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
    eprintln!("replayed {replayed} saved regression inputs");
}

#[test]
fn seeds_pass() {
    let mut replayed = 0;
    for (target, check) in TARGETS {
        let seeds = files(&common::root().join("fuzz/seeds").join(target));
        assert!(
            !seeds.is_empty(),
            "no seeds for {target}: fuzz/seeds/{target}/ is empty"
        );
        for path in seeds {
            replay(&path, check).unwrap();
            replayed += 1;
        }
    }
    assert!(replayed >= 10);
}

/// The checks themselves must catch what they claim to: a sanity case that
/// does not depend on any file.
#[test]
fn checks_reject_a_broken_split() {
    let text = "One sentence. Two sentences.";
    checks::assert_split(text, &[0..13, 14..28]);
    for bad in [
        vec![0..14, 14..28], // not trimmed
        vec![14..28, 0..13], // out of order
        vec![0..3, 4..13],   // text lost at the end
        vec![0..13, 15..28], // text lost between
    ] {
        let result = std::panic::catch_unwind(|| checks::assert_split(text, &bad));
        assert!(result.is_err(), "accepted {bad:?}");
    }
    checks::summarize(b"");
    checks::split(b"");
}

/// Options decoding covers the extreme and invalid values it documents.
#[test]
fn decoding_reaches_extremes() {
    let mut header = [0u8; checks::HEADER];
    header[0] = 0; // sentences
    header[1] = 2; // usize::MAX
    let case = checks::decode(&[&header[..], b"Some text here. And more of it."].concat());
    assert_eq!(
        case.options.length,
        Some(abridge::Length::Sentences(usize::MAX))
    );
    assert_eq!(case.text, "Some text here. And more of it.");
    header[0] = 1; // ratio
    header[1] = 4; // NaN
    let case = checks::decode(&header);
    assert!(matches!(case.options.length, Some(abridge::Length::Ratio(r)) if r.is_nan()));
    assert_eq!(checks::invalid_options(&case.options), ["ratio"]);
    assert!(checks::weight(2).is_nan());
    assert_eq!(checks::word_limit(230), usize::MAX);
}
