//! Wire copies: articles that republish the same agency text. Two articles
//! whose narrative (the text outside double quotation marks, which
//! independent reporters share when they quote the same words) has at least
//! [`MIN_SHARED`] eight-word sequences in common, and at least
//! [`MIN_SHARE`] of the shorter one's, are copies of one text (a stock phrase
//! such as "ban Muslims from entering the United States" spans a few
//! sequences, an outlet's newsletter blurb a few more, a copy most of them);
//! a chain of such pairs is one independent source. Each article's source is
//! named by its earliest member (publication date, then id), so "reported by
//! N independent outlets" counts sources, not articles.

use crate::model::{Article, ArticleId};
use crate::text::fold;
use rustc_hash::{FxHashMap, FxHashSet};

/// Words in each compared sequence.
const SHINGLE: usize = 8;
/// Shared sequences that make two articles copies of one text.
pub const MIN_SHARED: usize = 3;
/// The least share of the shorter article's sequences that a copy shares.
pub const MIN_SHARE: f64 = 0.25;
/// Sequences found in more articles than this are boilerplate, not copy
/// (and would make the pair count quadratic).
const MAX_HOLDERS: usize = 64;

/// The narrative word sequences of a text: folded words outside `“…”` and
/// `"…"` quotations.
fn shingles(text: &str) -> FxHashSet<u64> {
    let mut narrative = String::with_capacity(text.len());
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            '"' => quoted = !quoted,
            // A paragraph ends an unclosed quotation.
            '\n' if !quoted => narrative.push(' '),
            '\n' => {
                quoted = false;
                narrative.push(' ');
            }
            c if !quoted => narrative.push(c),
            _ => {}
        }
    }
    let folded = fold(&narrative);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(SHINGLE)
        .map(|w| {
            use std::hash::{Hash, Hasher};
            let mut h = rustc_hash::FxHasher::default();
            w.hash(&mut h);
            h.finish()
        })
        .collect()
}

/// For each article, in order, the id of the article that names its
/// independent source (itself unless it copies an earlier one).
pub fn independent_sources(articles: &[Article]) -> Vec<ArticleId> {
    let sets: Vec<FxHashSet<u64>> = articles.iter().map(|a| shingles(&a.text)).collect();
    // Which articles hold each sequence, then how many each pair shares.
    let mut holders: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    for (i, set) in sets.iter().enumerate() {
        for s in set {
            holders.entry(*s).or_default().push(i);
        }
    }
    let mut shared: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    for list in holders.values() {
        if list.len() < 2 || list.len() > MAX_HOLDERS {
            continue;
        }
        for (k, &i) in list.iter().enumerate() {
            for &j in &list[k + 1..] {
                *shared.entry((i, j)).or_default() += 1;
            }
        }
    }
    let mut groups = super::UnionFind::new(articles.len());
    let mut pairs: Vec<_> = shared.into_iter().collect();
    pairs.sort_unstable();
    for ((i, j), n) in pairs {
        let shorter = sets[i].len().min(sets[j].len()) as f64;
        if n >= MIN_SHARED && n as f64 >= MIN_SHARE * shorter {
            groups.union(i, j);
        }
    }
    let key = |i: usize| (articles[i].published.clone(), articles[i].id.0.clone());
    let mut head: Vec<usize> = (0..articles.len()).collect();
    for group in groups.groups() {
        let first = group
            .iter()
            .copied()
            .min_by_key(|&i| key(i))
            .unwrap_or(group[0]);
        for i in group {
            head[i] = first;
        }
    }
    head.into_iter().map(|i| articles[i].id.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIRE: &str = "OTTAWA (AP) — Canada's prime minister spoke with the Brazilian president \
        for twenty minutes on Monday about trade, tariffs and a visit in April, officials said, \
        adding that both governments would publish a joint statement later in the week.";

    #[test]
    fn republished_agency_text_is_one_source_and_quotes_do_not_count() {
        let quote =
            "“We agreed to meet again in April and nobody in this room wants a trade war at all,”";
        let articles = vec![
            Article::new("b-copy", format!("Headline of our own\n\n{WIRE}"))
                .with_published("2026-03-04"),
            Article::new("a-original", WIRE).with_published("2026-03-03"),
            Article::new(
                "c-own",
                format!("{quote} Lindqvist told reporters in a different story."),
            )
            .with_published("2026-03-03"),
            Article::new(
                "d-own",
                format!("In her own words: {quote} she said on Tuesday."),
            )
            .with_published("2026-03-04"),
        ];
        let sources: Vec<String> = independent_sources(&articles)
            .into_iter()
            .map(|a| a.0)
            .collect();
        assert_eq!(sources, ["a-original", "a-original", "c-own", "d-own"]);
    }

    #[test]
    fn a_shared_stock_phrase_is_not_a_copy() {
        let phrase = "his proposal to ban Muslims from entering the United States drew fire";
        let articles = vec![
            Article::new(
                "a",
                format!("{WIRE} Critics recalled {phrase} from both parties."),
            ),
            Article::new(
                "b",
                format!(
                    "{phrase}, and the prime minister of another country spoke about it at \
                     length on a long afternoon of talks in the capital with many officials \
                     present, reporters wrote."
                ),
            ),
        ];
        let sources: Vec<String> = independent_sources(&articles)
            .into_iter()
            .map(|a| a.0)
            .collect();
        assert_eq!(sources, ["a", "b"]);
    }
}
