//! The shape of an article's text: boilerplate, paragraphs, quotations and
//! sentence-like units.
//!
//! Web boilerplate ("Sign up now", "PHOTO: AFP", share prompts, repeated
//! headlines, teaser lines) is marked and skipped by everything after.
//! Lines broken mid-sentence ("a week after" / "his military seized") are
//! joined into one logical paragraph; offsets never change, the line break is
//! simply read as a space. Quotations are paired with curly, straight and
//! doubled-apostrophe (`''`) marks, nested single quotes, and quotes that run
//! over several paragraphs (an opening mark with no closing mark, continued
//! by a paragraph that opens with a mark).

use crate::model::Span;
use crate::text::{Fold, Text, Token, WordSet};
use regex::Regex;
use std::sync::OnceLock;

/// A quotation: from its opening mark to its closing mark, both included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Opening mark to closing mark (or paragraph end when unclosed).
    pub span: Span,
    /// One segment per paragraph the quote covers, marks included.
    pub segments: Vec<Span>,
    /// 1 for a top-level quote, 2 for a quote inside another.
    pub level: u8,
    pub parent: Option<usize>,
}

#[derive(Debug, Default)]
pub struct Layout {
    /// Regions that are not article content.
    pub boilerplate: Vec<Span>,
    /// Logical paragraphs (joined lines), content only.
    pub paragraphs: Vec<Span>,
    /// Sentence-like units: sentences, except that a quotation is never cut.
    pub units: Vec<Span>,
    pub quotes: Vec<Quote>,
    /// For each code point, the index of the innermost top-level quote
    /// containing it.
    pub in_quote: Vec<Option<u32>>,
}

impl Layout {
    pub fn is_boilerplate(&self, span: Span) -> bool {
        self.boilerplate.iter().any(|b| b.overlaps(span))
    }

    /// The top-level quote containing code point `i`, if any.
    pub fn quote_at(&self, i: usize) -> Option<usize> {
        self.in_quote.get(i).copied().flatten().map(|q| q as usize)
    }
}

fn boilerplate_line() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(concat!(
            r"(?i)^\s*(?:sign up now|loading recommendations|follow topic|see more on|related topics|",
            r"read more|click here|subscribe|advertisement|share this|share on|bu haberi|",
            r"photo\s*:|image\s*:|video\s*:|!\[\]|\|\s*$|",
            r"please contact us for subscription|",
            r"by [\p{Lu}][\p{L} .'-]+(?:\([\p{L} ]+\))?\s*$|",
            r"[\p{Lu}][\p{L} .'-]+\s*\|\s*\d{1,2}\.\d{1,2}\.\d{4}|",
            r"\d{1,2}[./]\d{1,2}[./]\d{4}(?:\s*-\s*update.*)?\s*$|",
            r"[\p{Lu}\s]{2,30}$)"
        ))
        .expect("valid boilerplate regex")
    })
}

/// Whether `text` contains `needle` (ASCII), ignoring case.
fn contains_ignoring_case(text: &str, needle: &str) -> bool {
    text.as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// A cheap test that [`boilerplate_inline`] needs to pass to match: a line
/// opening with two capitals (or a capital and a space or mark), a photo
/// credit's word, or a wire's name at the end.
fn may_hold_inline_boilerplate(text: &str) -> bool {
    let mut chars = text.chars();
    let opens_in_capitals = chars.next().is_some_and(char::is_uppercase)
        && chars
            .next()
            .is_some_and(|c| c.is_uppercase() || matches!(c, ' ' | '.' | ',' | '\'' | '-'));
    let end = text.trim_end();
    opens_in_capitals
        || PHOTO_WORDS.iter().any(|w| text.contains(w))
        || TRAILING_WIRES.iter().any(|w| end.ends_with(w))
}

/// The words of a photo credit ("PHOTO: AFP").
const PHOTO_WORDS: [&str; 3] = ["PHOTO", "Photo", "Image"];
/// Wires credited at the end of a line ("… said. AP").
const TRAILING_WIRES: [&str; 6] = ["AP", "AFP", "REUTERS", "BLOOMBERG", "XINHUA", "AA"];

/// Boilerplate inside a content line: a dateline, a photo credit, a trailing
/// wire credit. [`may_hold_inline_boilerplate`] must hold for it to match.
fn boilerplate_inline() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(
            concat!(
                r"^[\p{{Lu}}][\p{{Lu}} .,'-]+\((?:AP|AFP|Reuters|Bloomberg|AA)\)\s*[—–-]\s*|",
                // A dateline without a wire credit: "SANTIAGO — ".
                r"^[\p{{Lu}}][\p{{Lu}} .,'-]{{3,}}\s[—–]\s*|",
                r"\s*(?:{photo})\s*:\s*[\p{{L}} /]+$|",
                r"(?:[.!?”\x22])\s+(?:{wires})\s*$"
            ),
            photo = PHOTO_WORDS.join("|"),
            wires = TRAILING_WIRES.join("|"),
        ))
        .expect("valid inline boilerplate regex")
    })
}

struct Line {
    span: Span,
    /// Content part of the line (inline boilerplate cut off).
    content: Span,
    boiler: bool,
}

/// Computes the layout of `chars`.
pub fn analyse(chars: &[char]) -> Layout {
    let text: String = chars.iter().collect();
    analyse_text(chars, &Text::new(&text))
}

/// [`analyse`] for `chars` whose text is `text` already.
pub fn analyse_text(chars: &[char], text: &Text<'_>) -> Layout {
    let mut layout = Layout::default();
    let lines = lines(chars, text, &mut layout.boilerplate);
    let paragraphs = join_lines(chars, &lines);
    layout.paragraphs = paragraphs;
    let (quotes, in_quote) = find_quotes(chars, &layout.paragraphs);
    layout.quotes = quotes;
    layout.in_quote = in_quote;
    layout.units = units(chars, &layout);
    layout
}

fn lines(chars: &[char], text: &Text<'_>, boilerplate: &mut Vec<Span>) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    for i in 0..=chars.len() {
        if i == chars.len() || chars[i] == '\n' {
            let mut s = start;
            let mut e = i;
            while s < e && chars[s].is_whitespace() {
                s += 1;
            }
            while e > s && chars[e - 1].is_whitespace() {
                e -= 1;
            }
            if s < e {
                lines.push(Line {
                    span: Span::new(s, e),
                    content: Span::new(s, e),
                    boiler: false,
                });
            }
            start = i + 1;
        }
    }
    // Whole boilerplate lines.
    let texts: Vec<&str> = lines
        .iter()
        .map(|l| text.slice(l.span.char_start, l.span.char_end))
        .collect();
    for (line, text) in lines.iter_mut().zip(&texts) {
        if boilerplate_line().is_match(text)
            || contains_ignoring_case(text, "contains only a portion of the news stories")
        {
            line.boiler = true;
        }
    }
    // Repeated lines (a headline or standfirst printed twice) and teasers: a
    // line with no final punctuation followed by one that starts alike.
    let keys: Vec<String> = texts.iter().map(|t| crate::text::normalize(t)).collect();
    let mut seen = rustc_hash::FxHashSet::default();
    for i in 0..lines.len() {
        if lines[i].boiler {
            continue;
        }
        let repeated = !seen.insert(keys[i].as_str());
        let last = texts[i].chars().last().unwrap_or('.');
        let teaser = !matches!(last, '.' | '!' | '?' | '”' | '"' | ':')
            && lines.get(i + 1).is_some_and(|next| {
                let a: Vec<&str> = keys[i].split(' ').take(3).collect();
                let b: Vec<&str> = keys[i + 1].split(' ').take(3).collect();
                a.len() == 3 && a == b && next.span.len() > lines[i].span.len()
            });
        if repeated || teaser {
            lines[i].boiler = true;
        }
    }
    for (line, text) in lines.iter_mut().zip(&texts) {
        if line.boiler {
            boilerplate.push(line.span);
            continue;
        }
        if !may_hold_inline_boilerplate(text) {
            continue;
        }
        for m in boilerplate_inline().find_iter(text) {
            let span = crate::model::span_of_bytes(text, line.span.char_start, m.range());
            let (ms, me) = (span.char_start, span.char_end);
            // Keep the sentence's final mark in a trailing wire credit.
            let ms = if m.start() > 0 && matches!(chars[ms], '.' | '!' | '?' | '”' | '"') {
                ms + 1
            } else {
                ms
            };
            boilerplate.push(Span::new(ms, me));
            if ms == line.content.char_start {
                line.content.char_start = me;
            } else {
                line.content.char_end = line.content.char_end.min(ms);
            }
        }
        while line.content.char_end > line.content.char_start
            && chars[line.content.char_end - 1].is_whitespace()
        {
            line.content.char_end -= 1;
        }
        if line.content.is_empty() {
            line.boiler = true;
        }
    }
    lines.retain(|l| !l.boiler);
    lines
}

/// Joins lines broken mid-sentence into logical paragraphs.
fn join_lines(chars: &[char], lines: &[Line]) -> Vec<Span> {
    let mut paragraphs: Vec<Span> = Vec::new();
    let mut previous: Option<&Line> = None;
    for line in lines {
        let joined = previous.is_some_and(|prev| {
            let last = chars[prev.content.char_end - 1];
            let first = chars[line.content.char_start];
            (matches!(last, ',' | ';' | '—' | '–') && !is_quote_mark(first))
                || (last.is_alphanumeric() && first.is_lowercase())
        });
        match paragraphs.last_mut() {
            Some(p) if joined => p.char_end = line.content.char_end,
            _ => paragraphs.push(line.content),
        }
        previous = Some(line);
    }
    paragraphs
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '"' | '‘' | '’' | '\'')
}

/// Whether the double mark at `i` opens a quotation.
fn opens(chars: &[char], i: usize, para: Span, width: usize) -> bool {
    match chars[i] {
        '“' => true,
        // A closing mark typed for an opening one, at a paragraph's start,
        // before a word or an ellipsis ("” … he delivered a mix").
        '”' => {
            i == para.char_start
                && chars[i + 1..para.char_end]
                    .iter()
                    .find(|c| !c.is_whitespace())
                    .is_some_and(|&c| c.is_alphanumeric() || matches!(c, '…' | '.'))
        }
        _ => {
            let before = if i == para.char_start {
                ' '
            } else {
                chars[i - 1]
            };
            let after = chars.get(i + width).copied().unwrap_or(' ');
            (before.is_whitespace() || matches!(before, '(' | '[' | '—' | '–' | '-' | ':' | '/'))
                && !after.is_whitespace()
        }
    }
}

/// Whether a straight single quotation mark opens `para` and the first one
/// that closes (no letter or digit after it) ends it: a heading quoted
/// whole ("'All Bets Are Off.'").
fn quoted_whole(chars: &[char], para: Span) -> bool {
    para.len() > 1
        && chars[para.char_start] == '\''
        && (para.char_start + 1..para.char_end)
            .find(|&k| {
                chars[k] == '\''
                    && chars
                        .get(k + 1)
                        .is_none_or(|n| k + 1 >= para.char_end || !n.is_alphanumeric())
            })
            .is_some_and(|k| k + 1 == para.char_end)
}

/// Width of a double quotation mark at `i` (2 for `''`), or 0.
fn double_mark(chars: &[char], i: usize, end: usize) -> usize {
    match chars[i] {
        '“' | '”' | '"' => 1,
        '\'' if i + 1 < end && chars[i + 1] == '\'' => 2,
        _ => 0,
    }
}

/// Whether `chars` hold a double quotation mark: what [`double_mark`]
/// finds at some position, in one pass over the characters.
fn has_double_mark(chars: &[char]) -> bool {
    chars.iter().any(|c| matches!(c, '“' | '”' | '"'))
        || chars.windows(2).any(|w| w == ['\'', '\''])
}

fn find_quotes(chars: &[char], paragraphs: &[Span]) -> (Vec<Quote>, Vec<Option<u32>>) {
    let mut quotes: Vec<Quote> = Vec::new();
    let mut in_quote = vec![None; chars.len()];
    // The open top-level quote: its start, and its segments so far.
    let mut open: Option<(usize, Vec<Span>, usize)> = None;
    for (pi, &para) in paragraphs.iter().enumerate() {
        let mut single: Option<usize> = None;
        // A paragraph with no double quotation marks may use straight
        // single ones as its quotation marks ("'We will not,' she said").
        // A paragraph quoted whole is a heading ("'All Bets Are Off.'").
        let doubles = open.is_some()
            || has_double_mark(&chars[para.char_start..para.char_end])
            || quoted_whole(chars, para);
        let mut i = para.char_start;
        if let Some((_, _, seg_start)) = open.as_mut() {
            // A quotation continued from the paragraph before: skip its
            // re-opening mark.
            *seg_start = para.char_start;
            i += double_mark(chars, i, para.char_end);
        }
        while i < para.char_end {
            let width = double_mark(chars, i, para.char_end);
            if width > 0 {
                let is_open = opens(chars, i, para, width);
                match open.take() {
                    None if is_open => open = Some((i, Vec::new(), i)),
                    None => {}
                    Some((start, mut segments, seg_start))
                        if !is_open || chars[i] == '"' || width == 2 =>
                    {
                        segments.push(Span::new(seg_start, i + width));
                        push_quote(&mut quotes, &mut in_quote, start, i + width, segments);
                        single = None;
                    }
                    Some(_) => {
                        // A second opening mark: the first one was never closed.
                        open = Some((i, Vec::new(), i));
                    }
                }
                i += width;
                continue;
            }
            let c = chars[i];
            if c == '‘'
                || (c == '\''
                    && open.is_some()
                    && i > para.char_start
                    && chars[i - 1].is_whitespace())
                || (c == '\''
                    && !doubles
                    && single.is_none()
                    && (i == para.char_start || !chars[i - 1].is_alphanumeric())
                    && chars.get(i + 1).is_some_and(|n| n.is_alphabetic()))
            {
                let before = if i == para.char_start {
                    ' '
                } else {
                    chars[i - 1]
                };
                if before.is_whitespace()
                    || is_quote_mark(before)
                    || matches!(before, ',' | ':' | '(' | '—')
                {
                    single = Some(i);
                }
            } else if (c == '’' || c == '\'') && single.is_some() {
                let after = chars.get(i + 1).copied().unwrap_or(' ');
                if !after.is_alphanumeric() {
                    if let Some(s) = single.take() {
                        let parent = open.as_ref().map(|_| quotes.len());
                        nested_or_top(&mut quotes, &mut in_quote, s, i + 1, parent.is_some());
                    }
                }
            }
            i += 1;
        }
        if let Some((start, mut segments, seg_start)) = open.take() {
            segments.push(Span::new(seg_start, para.char_end));
            let continues = paragraphs.get(pi + 1).is_some_and(|next| {
                let w = double_mark(chars, next.char_start, next.char_end);
                w > 0 && opens(chars, next.char_start, *next, w)
            });
            if continues {
                open = Some((start, segments, 0));
            } else {
                push_quote(&mut quotes, &mut in_quote, start, para.char_end, segments);
            }
        }
    }
    // Nested quotes were recorded before their parent; link them now.
    let mut order: Vec<usize> = (0..quotes.len()).collect();
    order.sort_by_key(|&q| {
        (
            quotes[q].span.char_start,
            std::cmp::Reverse(quotes[q].span.char_end),
        )
    });
    let mut sorted: Vec<Quote> = order.iter().map(|&q| quotes[q].clone()).collect();
    for q in 0..sorted.len() {
        sorted[q].parent = None;
        sorted[q].level = 1;
        for p in (0..q).rev() {
            if sorted[p].level == 1 && sorted[p].span.contains(sorted[q].span) {
                sorted[q].parent = Some(p);
                sorted[q].level = 2;
                break;
            }
        }
    }
    let mut in_quote = vec![None; in_quote.len()];
    for (qi, quote) in sorted.iter().enumerate() {
        if quote.level == 1 {
            for slot in &mut in_quote[quote.span.char_start..quote.span.char_end] {
                *slot = Some(qi as u32);
            }
        }
    }
    (sorted, in_quote)
}

fn push_quote(
    quotes: &mut Vec<Quote>,
    _in_quote: &mut [Option<u32>],
    start: usize,
    end: usize,
    segments: Vec<Span>,
) {
    if end > start + 1 {
        quotes.push(Quote {
            span: Span::new(start, end),
            segments,
            level: 1,
            parent: None,
        });
    }
}

fn nested_or_top(
    quotes: &mut Vec<Quote>,
    in_quote: &mut [Option<u32>],
    start: usize,
    end: usize,
    _nested: bool,
) {
    push_quote(quotes, in_quote, start, end, vec![Span::new(start, end)]);
}

static ABBREVIATIONS: WordSet = WordSet::new(&[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "sgt",
    "capt", "prof", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "no", "vs", "inc", "corp", "co", "ltd", "mt", "ft", "rev", "hon", "messrs", "pres",
]);

/// The abbreviations of US states that AP style writes with a period
/// ("Carthage, Ill."); they end sentences too, so they are not among
/// [`ABBREVIATIONS`].
static STATE_ABBREVIATIONS: WordSet = WordSet::new(&[
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
    "tenn", "vt", "va", "wash", "wis", "wyo",
]);

/// Whether a period follows `end` that belongs to the abbreviation ending
/// there ("the U.S.", "San Bernardino, Calif.", "Joseph R. Biden Jr."),
/// even where it also ends the sentence.
pub(super) fn abbreviation_period_at(chars: &[char], end: usize) -> bool {
    if chars.get(end) != Some(&'.') {
        return false;
    }
    let mut w = end;
    while w > 0 && (chars[w - 1].is_alphabetic() || chars[w - 1] == '.') {
        w -= 1;
    }
    let word: String = chars[w..end].iter().collect::<String>().to_lowercase();
    let capital = chars.get(w).is_some_and(|c| c.is_uppercase());
    // "U.S", "S.C", "W.Va": a letter or two at a time with periods
    // between (not "MoveOn.org").
    let dotted = word.contains('.')
        && word
            .split('.')
            .all(|part| (1..=2).contains(&part.chars().count()));
    capital
        && word != "no"
        && (dotted
            || ABBREVIATIONS.contains(word.as_str())
            || STATE_ABBREVIATIONS.contains(word.as_str()))
}

/// Splits paragraphs into units at sentence ends that lie outside quotes.
fn units(chars: &[char], layout: &Layout) -> Vec<Span> {
    let mut units = Vec::new();
    let mut start: Option<usize> = None;
    for &para in &layout.paragraphs {
        let mut i = para.char_start;
        if start.is_none() {
            start = Some(para.char_start);
        }
        while i < para.char_end {
            let c = chars[i];
            let inside = layout.quote_at(i).is_some_and(|q| {
                let span = layout.quotes[q].span;
                i + 1 < span.char_end
            });
            if !inside
                && matches!(c, '.' | '!' | '?' | '”' | '"' | '\'' | ')')
                && ends_sentence(chars, i, para)
            {
                if let Some(s) = start.take() {
                    units.push(Span::new(s, i + 1));
                }
                i += 1;
                while i < para.char_end && chars[i].is_whitespace() {
                    i += 1;
                }
                start = Some(i);
                continue;
            }
            i += 1;
        }
        let open_quote = para.char_end > para.char_start
            && layout
                .quote_at(para.char_end - 1)
                .is_some_and(|q| layout.quotes[q].span.char_end > para.char_end);
        if !open_quote {
            if let Some(s) = start.take() {
                if s < para.char_end {
                    units.push(Span::new(s, para.char_end));
                }
            }
        }
    }
    if let Some(s) = start {
        if let Some(last) = layout.paragraphs.last() {
            if s < last.char_end {
                units.push(Span::new(s, last.char_end));
            }
        }
    }
    units
}

/// Splits `span` into sentences, ignoring quotation marks: used inside a
/// quotation, whose own sentences the units do not cut.
pub fn sentences(chars: &[char], span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = span.char_start;
    for i in span.char_start..span.char_end {
        if matches!(chars[i], '.' | '!' | '?') && ends_sentence(chars, i, span) {
            out.push(Span::new(start, i + 1));
            start = i + 1;
            while start < span.char_end && chars[start].is_whitespace() {
                start += 1;
            }
        }
    }
    if start < span.char_end {
        out.push(Span::new(start, span.char_end));
    }
    out
}

/// Words that open a clause of their own ("after U.S. forces captured…").
pub static SUBORDINATORS: WordSet = WordSet::new(&[
    "after",
    "before",
    "when",
    "while",
    "since",
    "following",
    "amid",
    "because",
    "although",
    "though",
    "whereas",
    "which",
    "who",
    "as",
    "once",
    "until",
    "but",
]);

/// The clause of `scope` around `trigger`: bounded by semicolons, dashes and
/// subordinating words; a clause opened by such a word also ends at its
/// first comma.
pub fn clause_of(chars: &[char], scope: Span, trigger: Span) -> Span {
    let tokens = crate::text::tokenize(chars, scope.char_start, scope.char_end);
    let folds: Vec<Fold> = tokens
        .iter()
        .map(|t| crate::text::fold_chars(&chars[t.start..t.end]))
        .collect();
    clause_among(&tokens, &folds, scope, trigger)
}

/// [`clause_of`], given the tokens of `scope` and their folds.
pub fn clause_among(tokens: &[Token], folds: &[Fold], scope: Span, trigger: Span) -> Span {
    let mut bounds: Vec<usize> = vec![scope.char_start];
    let mut opened_by_subordinator = false;
    for (i, (t, word)) in tokens.iter().zip(folds).enumerate() {
        let strong = matches!(word.as_str(), ";" | "—" | "–" | "(" | ")");
        if strong || (SUBORDINATORS.contains(word.as_str()) && i > 0) {
            bounds.push(t.start);
            opened_by_subordinator = !strong;
        } else if i == 0 && SUBORDINATORS.contains(word.as_str()) {
            opened_by_subordinator = true;
        } else if word == "," && opened_by_subordinator {
            bounds.push(t.end);
            opened_by_subordinator = false;
        }
    }
    bounds.push(scope.char_end);
    bounds.sort_unstable();
    bounds.dedup();
    bounds
        .windows(2)
        .map(|w| Span::new(w[0], w[1]))
        .find(|c| c.char_start <= trigger.char_start && trigger.char_start < c.char_end)
        .unwrap_or(scope)
}

/// Whether a speaker and a verb of saying start at `j` and end their
/// sentence: "Clinton said.", "Sen. Tim Kaine asked,".
fn credit_follows(chars: &[char], j: usize, para: Span) -> bool {
    let mut words = 0;
    let mut k = j;
    while k < para.char_end && words < 6 {
        let start = k;
        while k < para.char_end
            && (chars[k].is_alphanumeric() || matches!(chars[k], '.' | '-' | '\'' | '’'))
        {
            k += 1;
        }
        if k == start {
            return false;
        }
        let raw: String = chars[start..k].iter().collect::<String>().to_lowercase();
        let word = raw.trim_end_matches('.');
        // A capitalised pronoun opens a sentence of its own: "…change.”
        // She adds, …".
        if words == 0 && matches!(word, "he" | "she" | "they" | "we" | "i" | "it") {
            return false;
        }
        if words > 0 && is_saying(word) {
            if word.len() < raw.len() {
                return true;
            }
            let mut rest = chars[k..para.char_end]
                .iter()
                .filter(|c| !c.is_whitespace());
            return match rest.next() {
                None => true,
                // The credit introduces the next quotation, not this one:
                // "…” Clinton added, “and we will.”"
                Some(',' | ':') => !rest.next().is_some_and(|&c| matches!(c, '“' | '"')),
                Some(c) => matches!(c, '.' | ';'),
            };
        }
        // "Putney later told", "Vitter also demanded".
        let adverb = words > 0
            && (matches!(
                word,
                "later" | "also" | "then" | "again" | "further" | "once"
            ) || (word.len() > 4 && word.ends_with("ly")));
        if !chars[start].is_uppercase() && !adverb {
            return false;
        }
        words += 1;
        while k < para.char_end && chars[k] == ' ' {
            k += 1;
        }
    }
    false
}

/// Whether `word` is a verb of saying in the past or present tense:
/// one of [`SAYING`] or a cue the lexicon knows ("demanded", "insists").
fn is_saying(word: &str) -> bool {
    SAYING.contains(word)
        || ((word.ends_with("ed") || word.ends_with('s'))
            && super::lexicon::cue_lemma(word).is_some())
}

/// Verbs of saying that follow a quotation's speaker ("Clinton said.") or
/// precede it ("…,” said Len Burman").
pub(super) static SAYING: WordSet = WordSet::new(&[
    "said",
    "says",
    "asked",
    "asks",
    "added",
    "adds",
    "wrote",
    "writes",
    "told",
    "tweeted",
    "replied",
    "responded",
    "continued",
    "explained",
    "recalled",
    "wondered",
    "noted",
    "insisted",
    "argued",
    "declared",
    "shouted",
    "joked",
    "quipped",
    "warned",
    "exclaimed",
]);

/// Whether the mark at `i` ends a sentence: terminal punctuation (possibly
/// inside a closing quote) followed by a space and a capital, digit or quote.
fn ends_sentence(chars: &[char], i: usize, para: Span) -> bool {
    let c = chars[i];
    let terminal = match c {
        '.' | '!' | '?' => true,
        // Closing marks after the punctuation, however many: `.”`, `.’”`,
        // `.''`, `.)`.
        '”' | '"' | '\'' | '’' | ')' => {
            let mut k = i;
            while k > para.char_start && matches!(chars[k - 1], '”' | '"' | '\'' | '’' | ')') {
                k -= 1;
            }
            k > para.char_start && matches!(chars[k - 1], '.' | '!' | '?')
        }
        _ => false,
    };
    if !terminal || i + 1 >= para.char_end {
        return false;
    }
    if matches!(chars.get(i + 1), Some('”' | '"' | '’' | '\'')) {
        return false;
    }
    if !chars[i + 1].is_whitespace() {
        return false;
    }
    let mut j = i + 1;
    while j < para.char_end && chars[j].is_whitespace() {
        j += 1;
    }
    let Some(&next) = chars.get(j) else {
        return false;
    };
    let doubled_apostrophe = next == '\'' && chars.get(j + 1) == Some(&'\'');
    // "…, Mr. Sykes said. (Just take a look …)": an aside of its own.
    let aside = next == '(' && chars.get(j + 1).is_some_and(|c| c.is_uppercase());
    if !(next.is_uppercase()
        || next.is_numeric()
        || matches!(next, '“' | '"' | '‘')
        || doubled_apostrophe
        || aside)
    {
        return false;
    }
    // "“Why?” Clinton asked.": a closing quotation followed by its speaker
    // and cue is one sentence.
    if matches!(c, '”' | '"' | '\'' | '’') && credit_follows(chars, j, para) {
        return false;
    }
    if c == '.' {
        // An abbreviation or an initial does not end a sentence.
        let mut w = i;
        while w > para.char_start && chars[w - 1].is_alphabetic() {
            w -= 1;
        }
        let word: String = chars[w..i].iter().collect::<String>().to_lowercase();
        if word.chars().count() == 1 && chars[w].is_uppercase() {
            return false;
        }
        // "No. 2" abbreviates "number"; "No. I mean it." is the word.
        if ABBREVIATIONS.contains(word.as_str())
            && (word != "no" || digit_follows(chars, i + 1, para))
        {
            return false;
        }
        // "Del. Stacey Plaskett said": a delegate's title. Delaware's
        // abbreviation follows a comma ("Dover, Del. The …").
        if word == "del" && chars[w] == 'D' && !follows_comma(chars, w, para) {
            return false;
        }
    }
    true
}

/// Whether the first character from `i` on (in `para`) that is not a space
/// is a digit.
fn digit_follows(chars: &[char], i: usize, para: Span) -> bool {
    chars[i..para.char_end]
        .iter()
        .find(|c| !c.is_whitespace())
        .is_some_and(char::is_ascii_digit)
}

/// Whether the first character before `i` that is not a space is a comma.
fn follows_comma(chars: &[char], i: usize, para: Span) -> bool {
    chars[para.char_start..i]
        .iter()
        .rev()
        .find(|c| !c.is_whitespace())
        == Some(&',')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(chars: &[char], spans: &[Span]) -> Vec<String> {
        spans
            .iter()
            .map(|s| chars[s.char_start..s.char_end].iter().collect())
            .collect()
    }

    #[test]
    fn has_double_mark_is_double_mark_anywhere() {
        for text in [
            "no marks at all",
            "“curly”",
            "closing” only",
            "straight \"",
            "doubled ''apostrophes''",
            "one ' and another '",
            "it's",
            "ends in '",
            "''",
            "'",
            "",
        ] {
            let chars: Vec<char> = text.chars().collect();
            let by_position = (0..chars.len()).any(|k| double_mark(&chars, k, chars.len()) > 0);
            assert_eq!(has_double_mark(&chars), by_position, "{text:?}");
        }
    }

    #[test]
    fn drops_boilerplate_and_joins_broken_lines() {
        let text = "Sign up now: Get ST's newsletters\n\nShe called, a week after\n\nhis army left.\n\nPHOTO: AFP\n\n“We operate,” she said. BLOOMBERG\n";
        let chars: Vec<char> = text.chars().collect();
        let layout = analyse(&chars);
        assert_eq!(
            texts(&chars, &layout.paragraphs),
            [
                "She called, a week after\n\nhis army left.",
                "“We operate,” she said."
            ]
        );
        assert_eq!(texts(&chars, &layout.units).len(), 2);
    }

    #[test]
    fn pairs_quotes_of_every_style() {
        let text = "“Well,” she said, “no.” He said \"yes\" and ''maybe,'' adding ‘never’.";
        let chars: Vec<char> = text.chars().collect();
        let layout = analyse(&chars);
        let spans: Vec<Span> = layout.quotes.iter().map(|q| q.span).collect();
        assert_eq!(
            texts(&chars, &spans),
            ["“Well,”", "“no.”", "\"yes\"", "''maybe,''", "‘never’"]
        );
        assert_eq!(layout.units.len(), 2);
    }

    #[test]
    fn straight_single_quotes_quote_where_no_double_marks_do() {
        let text = "'We will not accept it,' she said of Trump's plan from the '90s. 'Never.'\n\n\
                    'All Bets Are Off.'\n\n\
                    He called it \"a 'good' call\".";
        let chars: Vec<char> = text.chars().collect();
        let layout = analyse(&chars);
        let spans: Vec<Span> = layout.quotes.iter().map(|q| q.span).collect();
        // Not "Trump's" or the '90s, nor the heading quoted whole; inside
        // double marks single ones nest as before.
        assert_eq!(
            texts(&chars, &spans),
            [
                "'We will not accept it,'",
                "'Never.'",
                "\"a 'good' call\"",
                "'good'"
            ]
        );
    }

    #[test]
    fn nested_and_multi_paragraph_quotes() {
        let text = "“He said, ‘If you want,’ and I told him, ‘No,’ firmly,” she said.\n\n\"First part.\n\n\"Second part,\" she added.";
        let chars: Vec<char> = text.chars().collect();
        let layout = analyse(&chars);
        let top: Vec<&Quote> = layout.quotes.iter().filter(|q| q.level == 1).collect();
        assert_eq!(top.len(), 2);
        let nested: Vec<&Quote> = layout.quotes.iter().filter(|q| q.level == 2).collect();
        assert_eq!(nested.len(), 2);
        assert_eq!(
            texts(&chars, &top[1].segments),
            ["\"First part.", "\"Second part,\""]
        );
        assert_eq!(layout.units.len(), 2, "{:?}", texts(&chars, &layout.units));
    }

    #[test]
    fn unbalanced_quote_closes_at_paragraph_end() {
        let text = "He said “this never ends\n\nNext paragraph.";
        let chars: Vec<char> = text.chars().collect();
        let layout = analyse(&chars);
        assert_eq!(layout.quotes.len(), 1);
        assert_eq!(layout.quotes[0].span.char_end, 24);
        assert_eq!(layout.units.len(), 2);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let text = "Mr. Trump met U.S. officials on Jan. 3. Then he left.";
        let chars: Vec<char> = text.chars().collect();
        let layout = analyse(&chars);
        assert_eq!(
            texts(&chars, &layout.units),
            ["Mr. Trump met U.S. officials on Jan. 3.", "Then he left."]
        );
    }

    #[test]
    fn no_ends_a_sentence_unless_a_number_follows() {
        let text = "Was he right? No. Trump said so. The No. 2 official left.";
        let chars: Vec<char> = text.chars().collect();
        let layout = analyse(&chars);
        assert_eq!(
            texts(&chars, &layout.units),
            [
                "Was he right?",
                "No.",
                "Trump said so.",
                "The No. 2 official left."
            ]
        );
    }

    #[test]
    fn del_is_a_title_unless_it_follows_a_comma() {
        let text = "They met in Dover, Del. Then Del. Stacey Plaskett spoke.";
        let chars: Vec<char> = text.chars().collect();
        let layout = analyse(&chars);
        assert_eq!(
            texts(&chars, &layout.units),
            [
                "They met in Dover, Del.",
                "Then Del. Stacey Plaskett spoke."
            ]
        );
    }

    #[test]
    fn a_period_belongs_to_the_abbreviation_before_it() {
        let text = "Sales fell in the U.S. and rose in Fresno, Calif. Biden Jr. went to \
                    MoveOn.org. He said no. He felt ill.";
        let chars: Vec<char> = text.chars().collect();
        // Whether the period after the first `words` belongs to them.
        let at = |words: &str| {
            let end = text.find(words).expect("in the text") + words.len();
            abbreviation_period_at(&chars, text[..end].chars().count())
        };
        assert!(at("U.S") && at("Calif") && at("Jr"));
        assert!(!at("MoveOn.org") && !at("said no") && !at("felt ill"));
    }

    #[test]
    fn an_aside_in_parentheses_starts_a_sentence() {
        let text =
            "It was warranted, Mr. Sykes said. (Just look at the editors.) It (the plan) held.";
        let chars: Vec<char> = text.chars().collect();
        let layout = analyse(&chars);
        assert_eq!(
            texts(&chars, &layout.units),
            [
                "It was warranted, Mr. Sykes said.",
                "(Just look at the editors.)",
                "It (the plan) held."
            ]
        );
    }

    #[test]
    fn credit_of_the_next_quotation_starts_a_sentence() {
        let text = "He says it is “rigged.” She adds, “Who loses?” “Why?” Clinton asked. \
                    “We won.” Kaine added, “and we will.”";
        let chars: Vec<char> = text.chars().collect();
        let layout = analyse(&chars);
        assert_eq!(
            texts(&chars, &layout.units),
            [
                "He says it is “rigged.”",
                "She adds, “Who loses?”",
                "“Why?” Clinton asked.",
                "“We won.”",
                "Kaine added, “and we will.”"
            ]
        );
    }

    #[test]
    fn sentences_end_after_closing_marks_of_any_style() {
        let text = "He said the policy was ''wrong.'' The network said it would appeal. \
                    She said, “He told me ‘no.’” Then she left.";
        let chars: Vec<char> = text.chars().collect();
        let layout = analyse(&chars);
        assert_eq!(
            texts(&chars, &layout.units),
            [
                "He said the policy was ''wrong.''",
                "The network said it would appeal.",
                "She said, “He told me ‘no.’”",
                "Then she left."
            ]
        );
    }
}
