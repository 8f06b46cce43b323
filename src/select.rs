//! Selection: greedy by score under a length budget, with redundancy control
//! that compares a candidate only with chosen sentences sharing its rarest
//! terms — so it stays near-linear however long the text.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use crate::score::jaccard;

/// A candidate at least this similar (Jaccard on terms) to a chosen sentence is dropped.
pub(crate) const DUPLICATE: f64 = 0.6;
/// How many of a candidate's rarest terms find the chosen sentences to compare with.
const PROBE_TERMS: usize = 2;
/// At most this many chosen sentences per probe term are compared.
const PROBE_DEPTH: usize = 64;

/// What the selection may spend.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Budget {
    Sentences(usize),
    Words(usize),
    /// Characters of the summary as plain text (sentences joined by a space).
    Chars(usize),
}

/// One selectable sentence.
pub(crate) struct Candidate<'a> {
    pub index: usize,
    pub score: f64,
    pub words: usize,
    pub chars: usize,
    pub terms: &'a [u32],
}

/// A chosen sentence, the redundancy it had when chosen, and its final score
/// (the candidate's score less `redundancy_weight × redundancy`).
pub(crate) struct Chosen {
    pub index: usize,
    pub redundancy: f64,
    pub score: f64,
}

struct Entry {
    score: f64,
    index: usize,
    /// Which candidate (position in the candidate list).
    slot: usize,
    redundancy: f64,
    /// How many sentences were chosen when `score` was computed.
    version: usize,
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    /// Higher score first; on a tie, the earlier sentence.
    fn cmp(&self, other: &Self) -> Ordering {
        self.score
            .total_cmp(&other.score)
            .then_with(|| other.index.cmp(&self.index))
    }
}

/// Chooses sentences, best first, until the budget is spent. `tf` gives each
/// term's frequency (to find rare terms). Returns them in document order.
pub(crate) fn select(
    candidates: &[Candidate<'_>],
    budget: Budget,
    redundancy_weight: f64,
    tf: &[u32],
) -> Vec<Chosen> {
    let mut heap: BinaryHeap<Entry> = candidates
        .iter()
        .enumerate()
        .map(|(slot, c)| Entry {
            score: c.score,
            index: c.index,
            slot,
            redundancy: 0.0,
            version: 0,
        })
        .collect();
    // Redundancy and final score of each chosen candidate, by slot: candidates
    // are in document order, so reading this back gives the result in order
    // without a sort.
    let mut picked: Vec<Option<(f64, f64)>> = vec![None; candidates.len()];
    let mut chosen_slots: Vec<usize> = Vec::new();
    let mut postings = Postings {
        heads: vec![NONE; tf.len()],
        links: Vec::new(),
    };
    let (mut words, mut chars) = (0usize, 0usize);

    while let Some(entry) = heap.pop() {
        let c = &candidates[entry.slot];
        if entry.version != chosen_slots.len() {
            // Stale: recompute against what was chosen since.
            let sim = similarity(c.terms, tf, &postings, candidates, &chosen_slots);
            if sim >= DUPLICATE {
                continue;
            }
            heap.push(Entry {
                score: c.score - redundancy_weight * sim,
                redundancy: sim,
                version: chosen_slots.len(),
                ..entry
            });
            continue;
        }
        match budget {
            Budget::Sentences(n) => {
                if chosen_slots.len() >= n {
                    break;
                }
            }
            Budget::Words(n) => {
                if words + c.words > n {
                    continue;
                }
            }
            Budget::Chars(n) => {
                let sep = usize::from(!chosen_slots.is_empty());
                if chars + sep + c.chars > n {
                    continue;
                }
                chars += sep;
            }
        }
        words += c.words;
        chars += c.chars;
        for &t in probe_terms(c.terms, tf).iter().flatten() {
            let head = &mut postings.heads[t as usize];
            postings.links.push((chosen_slots.len(), *head));
            *head = (postings.links.len() - 1) as u32;
        }
        chosen_slots.push(entry.slot);
        picked[entry.slot] = Some((entry.redundancy, entry.score));
    }
    candidates
        .iter()
        .zip(picked)
        .filter_map(|(c, picked)| {
            let (redundancy, score) = picked?;
            Some(Chosen {
                index: c.index,
                redundancy,
                score,
            })
        })
        .collect()
}

/// The candidate's rarest terms (lowest frequency; ties by id).
fn probe_terms(terms: &[u32], tf: &[u32]) -> [Option<u32>; PROBE_TERMS] {
    let mut best: [Option<u32>; PROBE_TERMS] = [None; PROBE_TERMS];
    for &t in terms {
        let key = (tf[t as usize], t);
        let mut slot = None;
        for (i, b) in best.iter().enumerate() {
            match b {
                None => {
                    slot = Some(i);
                    break;
                }
                Some(bt) if key < (tf[*bt as usize], *bt) => {
                    slot = Some(i);
                    break;
                }
                _ => {}
            }
        }
        if let Some(i) = slot {
            best[i..].rotate_right(1);
            best[i] = Some(t);
        }
    }
    best
}

/// No entry (in [`Postings`]).
const NONE: u32 = u32::MAX;

/// The chosen sentences holding each term, newest first: `heads[t]` is the
/// latest entry of `links` for term `t`, each entry the sentence's place in
/// the chosen list and the entry before it. (A list per term without a hash
/// map: term ids run from 0 to `tf.len()`.)
struct Postings {
    heads: Vec<u32>,
    links: Vec<(usize, u32)>,
}

/// Highest Jaccard similarity between `terms` and the chosen sentences that
/// share one of its rarest terms (the latest [`PROBE_DEPTH`] for each).
fn similarity(
    terms: &[u32],
    tf: &[u32],
    postings: &Postings,
    candidates: &[Candidate<'_>],
    chosen_slots: &[usize],
) -> f64 {
    let mut best = 0f64;
    for t in probe_terms(terms, tf).into_iter().flatten() {
        let mut at = postings.heads[t as usize];
        for _ in 0..PROBE_DEPTH {
            let Some(&(k, before)) = postings.links.get(at as usize) else {
                break;
            };
            best = best.max(jaccard(terms, candidates[chosen_slots[k]].terms));
            at = before;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(index: usize, score: f64, words: usize, terms: &[u32]) -> Candidate<'_> {
        Candidate {
            index,
            score,
            words,
            chars: words * 5,
            terms,
        }
    }

    #[test]
    fn best_first_then_document_order() {
        let tf = [1, 1, 1, 1];
        let c = [
            cand(0, 0.1, 5, &[0]),
            cand(1, 0.9, 5, &[1]),
            cand(2, 0.5, 5, &[2]),
        ];
        let got: Vec<usize> = select(&c, Budget::Sentences(2), 1.0, &tf)
            .iter()
            .map(|c| c.index)
            .collect();
        assert_eq!(got, [1, 2]);
    }

    #[test]
    fn near_duplicates_are_not_both_chosen() {
        let tf = [2, 2, 2, 1];
        let c = [
            cand(0, 0.9, 5, &[0, 1, 2]),
            cand(1, 0.8, 5, &[0, 1, 2]),
            cand(2, 0.1, 5, &[3]),
        ];
        let got: Vec<usize> = select(&c, Budget::Sentences(2), 1.0, &tf)
            .iter()
            .map(|c| c.index)
            .collect();
        assert_eq!(got, [0, 2]);
    }

    #[test]
    fn word_budget_skips_what_does_not_fit() {
        let tf = [1, 1, 1];
        let c = [
            cand(0, 0.9, 30, &[0]),
            cand(1, 0.8, 8, &[1]),
            cand(2, 0.7, 8, &[2]),
        ];
        let got: Vec<usize> = select(&c, Budget::Words(20), 1.0, &tf)
            .iter()
            .map(|c| c.index)
            .collect();
        assert_eq!(got, [1, 2]);
    }
}
