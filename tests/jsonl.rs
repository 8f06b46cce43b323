//! The CLI's batch mode (`--jsonl`) with bad lines in the middle
//! (`tests/data/batch.jsonl`: 40 articles in 21 languages, six lines that
//! are not JSON objects with a string `article`, and a blank line). Every good
//! line still gets its summary, in input order, exactly as when the good
//! lines run alone; each bad line gets `{"id", "error"}`; the exit status
//! says that lines failed; `--jobs` changes nothing in the output.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/cli.rs"]
mod cli;
mod common;

use std::process::Output;

use cli::cli;
use serde_json::Value;

fn records(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// A line batch mode can summarise: a JSON object with a string `article`.
fn good(line: &str) -> bool {
    serde_json::from_str::<Value>(line)
        .is_ok_and(|v| v.get("article").is_some_and(Value::is_string))
}

#[test]
fn bad_lines_in_the_middle_lose_nothing() {
    let input = common::read("tests/data/batch.jsonl");
    let lines: Vec<&str> = input.lines().filter(|l| !l.trim().is_empty()).collect();
    let bad: Vec<usize> = (0..lines.len()).filter(|&i| !good(lines[i])).collect();
    assert_eq!(bad.len(), 6, "the data has six bad lines");
    assert!(
        bad[0] > 0 && *bad.last().unwrap() < lines.len() - 1,
        "bad lines are in the middle"
    );

    let only_good: String = lines
        .iter()
        .filter(|l| good(l))
        .map(|l| format!("{l}\n"))
        .collect();
    let alone = cli(&["--jsonl", "-n", "2"], &only_good);
    assert!(alone.status.success());
    let expected = records(&alone);
    assert_eq!(expected.len(), lines.len() - bad.len());
    assert!(expected
        .iter()
        .all(|r| r["summary"].as_array().is_some_and(|s| !s.is_empty())));

    let mixed = cli(&["--jsonl", "-n", "2"], &input);
    assert_eq!(
        mixed.status.code(),
        Some(1),
        "failed lines make the exit status 1"
    );
    let stderr = String::from_utf8_lossy(&mixed.stderr);
    assert!(stderr.contains("6 input line(s) failed"), "{stderr}");
    let got = records(&mixed);
    assert_eq!(got.len(), lines.len(), "one output line per input line");

    let mut expected = expected.into_iter();
    for (i, record) in got.iter().enumerate() {
        if bad.contains(&i) {
            let error = record["error"].as_str().expect("an error record");
            assert!(error.starts_with("line "), "{error}");
            let id = serde_json::from_str::<Value>(lines[i])
                .ok()
                .and_then(|v| v.get("id").cloned())
                .unwrap_or(Value::Null);
            assert_eq!(record["id"], id, "the error record carries the line's id");
        } else {
            assert_eq!(
                Some(record),
                expected.next().as_ref(),
                "line {i} as when run alone"
            );
        }
    }

    for jobs in ["2", "3"] {
        let parallel = cli(&["--jsonl", "-n", "2", "--jobs", jobs], &input);
        assert_eq!(
            parallel.stdout, mixed.stdout,
            "--jobs {jobs} keeps the output and its order"
        );
        assert_eq!(parallel.status.code(), Some(1));
    }
}

#[test]
fn bad_jobs_are_errors_naming_the_option() {
    for value in ["0", "257", "x"] {
        let out = cli(&["--jsonl", "--jobs", value], "");
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("--jobs"));
    }
    let help = cli(&["--help"], "");
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(
        help.contains("--jobs") && help.contains("\"error\""),
        "documented in --help"
    );
}
