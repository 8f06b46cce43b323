//! `abridge`: the command-line summariser.
//!
//! ```text
//! abridge [OPTIONS] [FILE]        summarise FILE (or standard input)
//! abridge --jsonl [OPTIONS] [FILE]  one JSON object per line in, one per line out
//! ```

use std::io::{self, Read, Write};
use std::process::ExitCode;

use abridge::{Language, Length, Preset, Summarizer, Weights};
use serde_json::Value;

const USAGE: &str = "\
abridge — extractive summaries: the key sentences of a text.

Usage: abridge [OPTIONS] [FILE]
       abridge --jsonl [OPTIONS] [FILE]

Reads FILE, or standard input when FILE is absent or '-'. Invalid UTF-8 is
replaced, never an error.

Length (pick one; default: 3 sentences):
  -n, --sentences N     at most N sentences (N >= 1)
  -r, --ratio R         this share of the eligible sentences (not headings,
                        captions or fragments), 0 < R <= 1
  -w, --words N         at most N words
  -c, --chars N         at most N characters
  -l, --length PRESET   short (3), medium (5) or long (7 sentences)

Options:
      --lang CODE       language: auto (default) or ar da de el en es fi fr hu
                        it nl no pt ro ru sv ta tr
      --title TEXT      the text's title (sentences sharing its words score higher)
      --skip-questions  never pick questions
      --skip-quotes     never pick sentences that are mostly a quotation
      --min-words N     never pick sentences shorter than N words (default 4)
      --max-words N     never pick sentences longer than N words
  -k, --keywords N      report N keywords (default 10 in JSON; plain output
                        prints them only when this is given)
      --weights LIST    score weights, e.g. centrality=1,position=1.5,title=0.5,
                        length=0.3,redundancy=1
      --json            print the whole result as one JSON object, the shape
                        the JavaScript API returns (see JSON below)
      --jsonl           batch: each input line is a JSON object with `article`
                        (and optional `id`, `title`, `lang`); each output line
                        is {\"id\", \"language\", \"summary\": [sentences]}
                        A line that is not JSON, or has no string `article`,
                        gives {\"id\", \"error\": \"line N: …\"} (id null when
                        unreadable) and the run goes on; the exit status is
                        then 1, after every line was written
  -j, --jobs N          with --jsonl: summarise on N threads (1 to 256;
                        default 1); output lines keep the input's order
      --split           print every sentence as abridge splits it, not a
                        summary (with --jsonl: a \"sentences\" list per line)
  -h, --help            print this help
  -V, --version         print the version

JSON (--json): offsets are UTF-16 code units (JavaScript's) unless named byte*;
  {\"sentences\": [{\"index\", \"text\", \"start\", \"end\", \"byteStart\", \"byteEnd\",
                  \"score\", \"parts\": {\"centrality\", \"position\", \"title\",
                  \"length\", \"redundancy\"}}],
   \"keywords\": [{\"word\", \"stem\", \"weight\", \"count\",
                 \"occurrences\": [start, end, start, end, ...]}],
   \"language\": \"en\" or null,
   \"stats\": {\"sentencesIn\", \"sentencesOut\", \"wordsIn\", \"wordsOut\"}}
";

struct Args {
    summarizer: Summarizer,
    builder: abridge::SummarizerBuilder,
    title: Option<String>,
    json: bool,
    jsonl: bool,
    split: bool,
    show_keywords: bool,
    /// Threads for --jsonl.
    jobs: usize,
    file: Option<String>,
}

fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("abridge: {message}");
    eprintln!("Try 'abridge --help' for more information.");
    ExitCode::from(2)
}

fn number<T: std::str::FromStr>(flag: &str, value: &str) -> Result<T, String> {
    value
        .parse()
        .map_err(|_| format!("{flag} expects a number, got {value:?}"))
}

fn parse_weights(list: &str) -> Result<Weights, String> {
    let mut w = Weights::default();
    for item in list.split(',').filter(|s| !s.is_empty()) {
        let (name, value) = item
            .split_once('=')
            .ok_or_else(|| format!("--weights expects name=value pairs, got {item:?}"))?;
        let value: f64 = number("--weights", value)?;
        w.set(name.trim(), value)
            .map_err(|e| e.reason().to_string())?;
    }
    Ok(w)
}

fn parse_args(raw: Vec<String>) -> Result<Option<Args>, String> {
    let mut builder = Summarizer::builder();
    let (mut title, mut json, mut jsonl, mut file) = (None, false, false, None);
    let mut split = false;
    let mut show_keywords = false;
    let mut jobs = 1;
    let mut lengths = 0;
    let mut it = raw.into_iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = || -> Result<String, String> {
            inline
                .clone()
                .or_else(|| it.next())
                .ok_or_else(|| format!("{flag} needs a value"))
        };
        match flag.as_str() {
            "-h" | "--help" => {
                print!("{USAGE}");
                return Ok(None);
            }
            "-V" | "--version" => {
                println!("abridge {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            "-n" | "--sentences" => {
                builder.length(Length::Sentences(number(&flag, &value()?)?));
                lengths += 1;
            }
            "-r" | "--ratio" => {
                builder.length(Length::Ratio(number(&flag, &value()?)?));
                lengths += 1;
            }
            "-w" | "--words" => {
                builder.length(Length::Words(number(&flag, &value()?)?));
                lengths += 1;
            }
            "-c" | "--chars" => {
                builder.length(Length::Chars(number(&flag, &value()?)?));
                lengths += 1;
            }
            "-l" | "--length" => {
                let preset: Preset = value()?.parse().map_err(|e| format!("{e}"))?;
                builder.length(Length::Preset(preset));
                lengths += 1;
            }
            "--lang" | "--language" => {
                let v = value()?;
                if v == "auto" {
                    builder.auto_language();
                } else {
                    let lang: Language = v.parse().map_err(|e| format!("{e}"))?;
                    builder.language(lang);
                }
            }
            "--title" => title = Some(value()?),
            "--skip-questions" => {
                builder.skip_questions(true);
            }
            "--skip-quotes" => {
                builder.skip_quotes(true);
            }
            "--min-words" => {
                builder.min_words(number(&flag, &value()?)?);
            }
            "--max-words" => {
                builder.max_words(number(&flag, &value()?)?);
            }
            "-k" | "--keywords" => {
                builder.keywords(number(&flag, &value()?)?);
                show_keywords = true;
            }
            "--weights" => {
                builder.weights(parse_weights(&value()?)?);
            }
            "--json" => json = true,
            "--jsonl" => jsonl = true,
            "--split" => split = true,
            "-j" | "--jobs" => {
                jobs = number(&flag, &value()?)?;
                if !(1..=256).contains(&jobs) {
                    return Err(format!("{flag} must be from 1 to 256, got {jobs}"));
                }
            }
            "-" => file = Some(arg),
            f if f.starts_with('-') => return Err(format!("unknown option {f}")),
            _ => {
                if file.is_some() {
                    return Err(format!("only one FILE may be given, got a second: {arg}"));
                }
                file = Some(arg);
            }
        }
    }
    if lengths > 1 {
        return Err("give at most one of --sentences, --ratio, --words, --chars, --length".into());
    }
    if jsonl {
        // Batch output has no keywords: do not compute them.
        builder.keywords(0);
    }
    let summarizer = builder.build().map_err(|e| e.to_string())?;
    Ok(Some(Args {
        summarizer,
        builder,
        title,
        json,
        jsonl,
        split,
        show_keywords,
        jobs,
        file,
    }))
}

fn read_input(file: Option<&str>) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    match file {
        None | Some("-") => {
            io::stdin().lock().read_to_end(&mut bytes)?;
        }
        Some(path) => bytes = std::fs::read(path)?,
    }
    Ok(bytes)
}

fn summarize(args: &Args, text: &str) -> io::Result<()> {
    if args.split {
        let mut out = io::stdout().lock();
        for range in abridge::split_sentences(text, args.summarizer.language()) {
            writeln!(out, "{}", &text[range])?;
        }
        return Ok(());
    }
    let summary = match &args.title {
        Some(t) => args.summarizer.summarize_with_title(text, t),
        None => args.summarizer.summarize(text),
    };
    let mut out = io::stdout().lock();
    if args.json {
        let json = serde_json::to_string(&summary).map_err(io::Error::other)?;
        writeln!(out, "{json}")?;
        return Ok(());
    }
    for s in &summary.sentences {
        writeln!(out, "{}", s.text)?;
    }
    if args.show_keywords && !summary.keywords.is_empty() {
        let words: Vec<String> = summary
            .keywords
            .iter()
            .map(|k| format!("{} ({:.2})", k.word, k.weight))
            .collect();
        writeln!(out, "\nKeywords: {}", words.join(", "))?;
    }
    Ok(())
}

/// Writes `{"name": value, …}` compactly, as `serde_json::json!` prints an
/// object with these keys (in this order), without building a `Value`.
fn write_object(out: &mut Vec<u8>, fields: &[(&str, &dyn erased::Json)]) {
    out.push(b'{');
    for (i, (name, value)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        // Writing into memory cannot fail, and these values always serialise.
        serde_json::to_writer(&mut *out, name).ok();
        out.push(b':');
        value.write(out);
    }
    out.push(b'}');
}

mod erased {
    /// A value `write_object` can write.
    pub trait Json {
        fn write(&self, out: &mut Vec<u8>);
    }

    impl<T: serde::Serialize> Json for T {
        fn write(&self, out: &mut Vec<u8>) {
            serde_json::to_writer(out, self).ok();
        }
    }
}

/// The output line (without its newline) for input line number `n`.
/// `Err` carries the line's error record.
fn batch_line(args: &Args, n: usize, line: &str, out: &mut Vec<u8>) -> Result<(), ()> {
    let fail = |out: &mut Vec<u8>, id: &Value, message: String| {
        let error = format!("line {n}: {message}");
        write_object(out, &[("id", &id), ("error", &error)]);
        Err(())
    };
    let doc: Value = match serde_json::from_str(line) {
        Ok(doc) => doc,
        Err(e) => return fail(out, &Value::Null, e.to_string()),
    };
    let id = doc.get("id").unwrap_or(&Value::Null);
    let Some(article) = doc.get("article").and_then(Value::as_str) else {
        return fail(out, id, "no string field \"article\"".into());
    };
    let summarizer = match doc.get("lang").and_then(Value::as_str) {
        Some(code) => {
            let mut builder = args.builder.clone();
            match Language::from_code(code) {
                Some(lang) => builder.language(lang),
                None => builder.auto_language(),
            };
            match builder.build() {
                Ok(s) => s,
                Err(e) => return fail(out, id, e.to_string()),
            }
        }
        None => args.summarizer.clone(),
    };
    if args.split {
        let sentences: Vec<&str> = abridge::split_sentences(article, summarizer.language())
            .into_iter()
            .map(|r| &article[r])
            .collect();
        write_object(out, &[("id", &id), ("sentences", &sentences)]);
        return Ok(());
    }
    let title = doc.get("title").and_then(Value::as_str);
    let summary = match title.or(args.title.as_deref()) {
        Some(t) => summarizer.summarize_with_title(article, t),
        None => summarizer.summarize(article),
    };
    let language = summary.language.map(Language::code);
    let sentences: Vec<&str> = summary.sentences.iter().map(|s| s.text).collect();
    write_object(
        out,
        &[
            ("id", &id),
            ("language", &language),
            ("summary", &sentences),
        ],
    );
    Ok(())
}

/// Lines a batch worker takes at a time.
const CHUNK: usize = 32;

/// Batch mode: one JSON object per input line; per-line `lang` overrides
/// --lang. A bad line gives an error record and the run goes on; the result
/// is the number of such lines.
fn batch(args: &Args, input: &[u8]) -> Result<usize, String> {
    // Invalid UTF-8 is replaced here too, never an error.
    let input = String::from_utf8_lossy(input);
    let lines: Vec<(usize, &str)> = input
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| (i + 1, line))
        .collect();
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut failed = 0;
    // Summarises one chunk into one buffer (reused), counting bad lines.
    let run = |chunk: &[(usize, &str)], buf: &mut Vec<u8>| {
        let mut bad = 0;
        for &(n, line) in chunk {
            if batch_line(args, n, line, buf).is_err() {
                bad += 1;
            }
            buf.push(b'\n');
        }
        bad
    };
    if args.jobs <= 1 {
        let mut buf = Vec::new();
        for chunk in lines.chunks(CHUNK) {
            buf.clear();
            failed += run(chunk, &mut buf);
            out.write_all(&buf).map_err(|e| e.to_string())?;
        }
    } else {
        // Workers take chunks in turn; the output is written in input order.
        let chunks: Vec<&[(usize, &str)]> = lines.chunks(CHUNK).collect();
        let next = std::sync::atomic::AtomicUsize::new(0);
        let (send, receive) = std::sync::mpsc::channel::<(usize, Vec<u8>, usize)>();
        let written: Result<(), String> = std::thread::scope(|scope| {
            for _ in 0..args.jobs {
                let send = send.clone();
                let (next, chunks, run) = (&next, &chunks, &run);
                scope.spawn(move || loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(chunk) = chunks.get(i) else { break };
                    let mut buf = Vec::new();
                    let bad = run(chunk, &mut buf);
                    if send.send((i, buf, bad)).is_err() {
                        break;
                    }
                });
            }
            drop(send);
            let mut pending = std::collections::BTreeMap::new();
            let mut due = 0;
            for (i, buf, bad) in receive {
                failed += bad;
                pending.insert(i, buf);
                while let Some(buf) = pending.remove(&due) {
                    out.write_all(&buf).map_err(|e| e.to_string())?;
                    due += 1;
                }
            }
            Ok(())
        });
        written?;
    }
    out.flush().map_err(|e| e.to_string())?;
    Ok(failed)
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1).collect()) {
        Ok(Some(args)) => args,
        Ok(None) => return ExitCode::SUCCESS,
        Err(message) => return fail(message),
    };
    let bytes = match read_input(args.file.as_deref()) {
        Ok(b) => b,
        Err(e) => {
            eprintln!(
                "abridge: cannot read {}: {e}",
                args.file.as_deref().unwrap_or("standard input")
            );
            return ExitCode::from(1);
        }
    };
    let result = if args.jsonl {
        batch(&args, &bytes)
    } else {
        let text = String::from_utf8_lossy(&bytes);
        summarize(&args, &text)
            .map(|()| 0)
            .map_err(|e| e.to_string())
    };
    match result {
        Ok(0) => ExitCode::SUCCESS,
        Ok(failed) => {
            eprintln!("abridge: {failed} input line(s) failed (see their \"error\" records)");
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("abridge: {e}");
            ExitCode::from(1)
        }
    }
}
