//! Scores: pure functions from sentence features to the parts of a score.

use crate::analyze::Analysis;
use crate::ScoreParts;

/// Lead prior: `(1 + rank)^-DECAY` over the ranks of real sentences.
const LEAD_DECAY: f64 = 0.6;
/// A sentence that opens a line or paragraph (after the first) gets at least
/// this share of the lead prior of its paragraph's rank.
const PARAGRAPH_SHARE: f64 = 0.6;
/// Centrality divides the summed term weights by `distinct_terms^LENGTH_NORM`.
const LENGTH_NORM: f64 = 0.8;
/// Sentences of `IDEAL_WORDS` words get the full length prior.
const IDEAL_WORDS: (f64, f64) = (12.0, 30.0);

pub(crate) fn lead(rank: usize) -> f64 {
    power(1.0 + rank as f64, -LEAD_DECAY)
}

/// `x^y` for `x > 0` as `e^(y ln x)`: within a few ulps of `powf`, and in
/// wasm the `exp` it links is a quarter of the size of libm's `pow` (the
/// module already has `ln`, for the term weights).
fn power(x: f64, y: f64) -> f64 {
    (y * x.ln()).exp()
}

/// The unweighted parts for every sentence (zero for ineligible ones).
pub(crate) fn parts(a: &Analysis) -> Vec<ScoreParts> {
    let weight: Vec<f64> = a.tf.iter().map(|&n| f64::from(n).ln()).collect();
    let mut parts = vec![ScoreParts::default(); a.sentences.len()];
    let mut max_centrality = 0f64;
    let (mut rank, mut para_rank) = (0usize, 0usize);
    for (s, p) in a.sentences.iter().zip(parts.iter_mut()) {
        if !s.eligible {
            continue;
        }
        let sum: f64 = s.terms.iter().map(|&t| weight[t as usize]).sum();
        p.centrality = if s.terms.is_empty() {
            0.0
        } else {
            sum / power(s.terms.len() as f64, LENGTH_NORM)
        };
        max_centrality = max_centrality.max(p.centrality);

        p.position = lead(rank);
        if s.span.line_start && rank > 0 {
            para_rank += 1;
            p.position = p.position.max(PARAGRAPH_SHARE * lead(para_rank));
        }
        rank += 1;

        if !a.title.is_empty() {
            let shared = intersection(&s.terms, &a.title);
            p.title = shared as f64 / a.title.len() as f64;
        }

        let w = s.length_words;
        p.length = (w / IDEAL_WORDS.0).min(1.0) * (IDEAL_WORDS.1 / w).min(1.0);
    }
    if max_centrality > 0.0 {
        for p in &mut parts {
            p.centrality /= max_centrality;
        }
    }
    parts
}

/// Size of the intersection of two sorted, deduplicated lists.
pub(crate) fn intersection(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Jaccard similarity of two sorted, deduplicated term lists.
pub(crate) fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    let shared = intersection(a, b);
    shared as f64 / (a.len() + b.len() - shared) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_measures() {
        assert_eq!(intersection(&[1, 3, 5], &[2, 3, 5, 7]), 2);
        assert_eq!(jaccard(&[1, 2], &[1, 2]), 1.0);
        assert_eq!(jaccard(&[1, 2], &[3]), 0.0);
        assert_eq!(jaccard(&[], &[]), 0.0);
    }

    #[test]
    fn lead_prior_decreases() {
        assert_eq!(lead(0), 1.0);
        assert!(lead(1) < lead(0) && lead(10) < lead(1));
    }
}
