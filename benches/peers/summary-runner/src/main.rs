//! `summary-runner [N]`: JSON lines `{"article", "id"?}` on standard input,
//! one `{"id", "summary": [sentences]}` per line on standard output, with the
//! crates.io `summary` crate (English, N sentences, default 3).

use std::io::{self, BufRead, BufWriter, Write};
use std::num::NonZeroU32;

use summary::{Language, Summarizer};

fn main() {
    let n: u32 = std::env::args()
        .nth(1)
        .map(|a| a.parse().expect("N is a number"))
        .unwrap_or(3);
    let n = NonZeroU32::new(n).expect("N >= 1");
    let summarizer = Summarizer::new(Language::English);
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    for line in stdin.lines() {
        let line = line.expect("UTF-8 input");
        if line.trim().is_empty() {
            continue;
        }
        let doc: serde_json::Value = serde_json::from_str(&line).expect("a JSON line");
        let article = doc["article"].as_str().expect("an article");
        let sentences = summarizer.summarize_sentences(article, n);
        let record = serde_json::json!({"id": doc["id"], "summary": sentences});
        writeln!(out, "{record}").unwrap();
    }
    out.flush().unwrap();
}
