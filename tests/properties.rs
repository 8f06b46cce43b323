//! Properties that hold for any text and any valid options: chosen sentences
//! are input sentences in document order, every range slices exactly, the
//! budget holds, the output is deterministic, and nothing panics.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use abridge::{Language, Length, Summarizer};
use common::assert_invariants;
use proptest::prelude::*;

/// Text that looks like prose often enough to exercise the splitter and the
/// scorer, with arbitrary Unicode mixed in.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(vec![
            "The", "minister", "said", "U.S.", "Dr.", "Mr.", "J.", "K.", "3.", "2.5%", "Jan.",
            "e.g.", "Ukraine", "border", "talks", "“quoted", "words”", "(aside)", "why?", "Stop!",
            "…", "...", "Привет", "т.е.", "z.B.", "Mme.", "今天天气很好。", "東京", "🙂", "👩‍👩‍👧",
            "e\u{301}", "\u{202e}rtl", "שלום", "مرحبا", "\u{0}", "\t", "\r\n", "\n\n", ".", "?",
        ]).prop_map(str::to_owned),
        1 => any::<String>(),
        1 => "[a-zA-Z]{1,12}[.!?]?",
    ];
    prop::collection::vec(piece, 0..80).prop_map(|parts| parts.join(" "))
}

fn length() -> impl Strategy<Value = Length> {
    prop_oneof![
        (1usize..12).prop_map(Length::Sentences),
        (0.01f64..=1.0).prop_map(Length::Ratio),
        (1usize..300).prop_map(Length::Words),
        (1usize..2000).prop_map(Length::Chars),
    ]
}

fn language() -> impl Strategy<Value = Option<Language>> {
    prop_oneof![
        Just(None),
        prop::sample::select(Language::ALL.to_vec()).prop_map(Some)
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn summaries_keep_their_invariants(
        text in text(),
        length in length(),
        lang in language(),
        min_words in 0usize..8,
        skip_questions: bool,
        skip_quotes: bool,
    ) {
        let mut b = Summarizer::builder();
        b.length(length).min_words(min_words).skip_questions(skip_questions).skip_quotes(skip_quotes);
        if let Some(l) = lang {
            b.language(l);
        }
        let summarizer = b.build().unwrap();
        let summary = summarizer.summarize(&text);
        assert_invariants(&text, &summary, lang);

        let n = summary.sentences.len();
        match length {
            Length::Sentences(k) => prop_assert!(n <= k),
            Length::Ratio(_) => prop_assert!(n <= summary.stats.sentences_in),
            Length::Words(k) => prop_assert!(summary.stats.words_out <= k),
            Length::Chars(k) => prop_assert!(summary.to_text().chars().count() <= k),
            Length::Preset(p) => prop_assert!(n <= p.sentences()),
        }
        for s in &summary.sentences {
            prop_assert!(s.text.split_whitespace().count() > 0);
            prop_assert!(!(skip_questions && s.text.trim_end_matches(['"', '”', ')']).ends_with('?')));
        }
        prop_assert_eq!(summarizer.summarize(&text), summary);
    }

    #[test]
    fn sentences_tile_the_text(text in text(), lang in language()) {
        let ranges = abridge::split_sentences(&text, lang);
        let mut end = 0;
        for r in &ranges {
            prop_assert!(r.start >= end && r.start < r.end);
            prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            // Only whitespace between sentences.
            prop_assert!(text[end..r.start].trim().is_empty());
            prop_assert_eq!(text[r.clone()].trim(), &text[r.clone()]);
            end = r.end;
        }
        prop_assert!(text[end..].trim().is_empty());
    }
}
