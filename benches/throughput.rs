//! Throughput (bytes of input per second), with criterion:
//!
//! - `cnndm`: the 1000 CNN/DailyMail dev articles, 3 sentences each, read from
//!   `../shared/eval/cnndm-dev.jsonl` beside the repository (skipped with a
//!   message when absent);
//! - `synthetic`: deterministic generated English-like prose of 10 KB,
//!   100 KB, 1 MB and 10 MB in one text (few samples for the big ones), to
//!   show that time grows linearly with the input;
//! - `split`: the sentence splitter alone on 1 MB.
//!
//! `cargo bench --bench throughput` (or `make bench`); add a filter to run
//! one group: `cargo bench --bench throughput -- synthetic`.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use abridge::{Length, Summarizer};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn cnndm_articles() -> Option<Vec<String>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/cnndm-dev.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!(
            "skipping the cnndm benchmark: {} not found (the data lives in shared/eval beside the repository)",
            path.display()
        );
        return None;
    };
    Some(
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
                v["article"].as_str().expect("an article").to_owned()
            })
            .collect(),
    )
}

/// Deterministic English-like prose: Zipf-like word choice from a made-up
/// vocabulary, sentences of 6–35 words, paragraphs of 1–6 sentences, some
/// questions, quotations, numbers and abbreviations.
fn synthetic(bytes: usize) -> String {
    const SYLLABLES: [&str; 24] = [
        "ka", "lo", "mer", "ti", "san", "vo", "re", "dun", "pa", "shi", "gor", "el", "an", "ber",
        "cu", "fra", "to", "min", "us", "lek", "ro", "va", "ne", "dal",
    ];
    const FUNCTION: [&str; 16] = [
        "the", "of", "and", "to", "in", "a", "that", "is", "was", "for", "on", "with", "as", "by",
        "at", "from",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let vocab: Vec<String> = (0..3000u64)
        .map(|i| {
            let n = 2 + (i % 3) as usize;
            (0..n)
                .map(|k| SYLLABLES[((i * 7 + k as u64 * 13 + i / 24) % 24) as usize])
                .collect()
        })
        .collect();
    let mut out = String::with_capacity(bytes + 512);
    let mut in_paragraph = 0;
    while out.len() < bytes {
        let words = 6 + (next() % 30) as usize;
        let quoted = next() % 10 == 0;
        if quoted {
            out.push('"');
        }
        for w in 0..words {
            let r = next();
            let word: &str = if r % 3 == 0 {
                FUNCTION[(r >> 8) as usize % FUNCTION.len()]
            } else {
                // Zipf-like: square a uniform number to favour low ranks.
                let u = ((r >> 16) % 1000) as usize;
                &vocab[u * u * vocab.len() / 1_000_000]
            };
            if w == 0 {
                let mut c = word.chars();
                out.extend(c.next().map(|c| c.to_ascii_uppercase()));
                out.push_str(c.as_str());
            } else if r % 41 == 0 {
                out.push_str(&(r % 2000).to_string());
            } else if r % 53 == 0 {
                out.push_str("Dr.");
                out.push(' ');
                out.push_str(word);
            } else {
                out.push_str(word);
            }
            out.push(' ');
        }
        out.pop();
        out.push(if next() % 12 == 0 { '?' } else { '.' });
        if quoted {
            out.push('"');
        }
        in_paragraph += 1;
        if in_paragraph > (next() % 6) as usize {
            out.push_str("\n\n");
            in_paragraph = 0;
        } else {
            out.push(' ');
        }
    }
    out
}

fn cnndm(c: &mut Criterion) {
    let Some(articles) = cnndm_articles() else {
        return;
    };
    let summarizer = Summarizer::builder()
        .length(Length::Sentences(3))
        .build()
        .unwrap();
    let bytes: usize = articles.iter().map(String::len).sum();
    let mut group = c.benchmark_group("cnndm");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function(format!("{}-articles-3-sentences", articles.len()), |b| {
        b.iter(|| {
            for a in &articles {
                black_box(summarizer.summarize(black_box(a)));
            }
        })
    });
    group.finish();
}

fn sizes(c: &mut Criterion) {
    let summarizer = Summarizer::builder()
        .length(Length::Sentences(3))
        .build()
        .unwrap();
    let mut group = c.benchmark_group("synthetic");
    for (label, bytes) in [
        ("10KB", 10_000),
        ("100KB", 100_000),
        ("1MB", 1_000_000),
        ("10MB", 10_000_000),
    ] {
        let text = synthetic(bytes);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(if bytes >= 1_000_000 { 10 } else { 30 });
        group.warm_up_time(Duration::from_secs(if bytes >= 10_000_000 { 1 } else { 2 }));
        group.measurement_time(Duration::from_secs(if bytes >= 10_000_000 {
            20
        } else {
            5
        }));
        group.bench_with_input(BenchmarkId::from_parameter(label), &text, |b, text| {
            b.iter(|| black_box(summarizer.summarize(black_box(text))))
        });
    }
    group.finish();

    let text = synthetic(1_000_000);
    let mut group = c.benchmark_group("split");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("1MB", |b| {
        b.iter(|| black_box(abridge::split_sentences(black_box(&text), None)))
    });
    group.finish();
}

criterion_group!(benches, cnndm, sizes);
criterion_main!(benches);
