//! Statements: who said what, to whom, how and when.
//!
//! Works on the units of [`super::layout`] (sentences that never cut a
//! quotation). A cue verb outside quotation marks anchors a statement; its
//! source is the mention or speaker phrase before it ("Sheinbaum said",
//! "Ms Sheinbaum, who…, acknowledged") or after it ("said Sheinbaum"); its
//! content is the quotation before it ("“…,” she said"), the quotation or
//! clause after it ("said that…", "said: “…”") or, for "according to", the
//! clause before. A quotation split by its cue ("“Well,” she said, “no.”")
//! and a quote-only sentence right after a statement are more segments of
//! that statement. Inside a direct quotation the same rules run again, with
//! "I" standing for the outer speaker, so nested speech keeps both levels.

use super::dates;
use super::layout::Layout;
use super::lexicon::{cue_lemma, SPEAKER_NOUNS};
use crate::model::{
    DateRef, EntityId, EntityKind, Medium, Mention, MentionForm, Piece, Span, SpeechKind, Statement,
};
use crate::text::{fold, tokenize, Token};
use jiff::civil::Date;
use regex::Regex;
use std::sync::OnceLock;

/// Words skipped between a speaker and the cue ("Trump again said").
const BETWEEN: &[&str] = &[
    "also",
    "again",
    "recently",
    "then",
    "repeatedly",
    "previously",
    "immediately",
    "later",
    "further",
    "once",
    "consistently",
    "has",
    "had",
    "have",
    "would",
    "will",
    "could",
    "may",
    "might",
    "did",
    "does",
    "do",
    "is",
    "was",
    "were",
    "are",
    "publicly",
    "later",
    "reportedly",
    "first",
    "quickly",
    "clearly",
    "flatly",
    "herself",
    "himself",
    "too",
    "had",
    "not",
    "never",
    "still",
    "now",
    "often",
    "just",
    "already",
    "previously",
];

/// Words that open an adjunct between a cue and its "that" clause ("said on
/// Monday that", "told reporters in Mexico City that").
const ADJUNCT_STARTS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "to",
    "via",
    "while",
    "late",
    "earlier",
    "last",
    "this",
    "yesterday",
    "today",
    "again",
    "also",
    "repeatedly",
    "publicly",
    "privately",
    "later",
    "recently",
    "previously",
    "separately",
    "then",
    "over",
    "through",
    "with",
    "clearly",
    "firmly",
    "directly",
    "privately",
    "flatly",
    "simply",
];

/// Cue lemmas that open nested speech inside a quotation.
const NESTED_CUES: &[&str] = &[
    "say", "tell", "ask", "reply", "respond", "answer", "add", "warn", "insist", "explain",
    "write", "promise", "urge", "repeat", "state",
];

/// Groups that can be told things.
const AUDIENCES: &[(&str, &str)] = &[
    ("reporters", "group/reporters"),
    ("journalists", "group/reporters"),
    ("press", "group/reporters"),
    ("the press", "group/reporters"),
    ("supporters", "group/supporters"),
    ("lawmakers", "group/lawmakers"),
    ("the audience", "group/audience"),
    ("a crowd", "group/audience"),
];

struct Unit<'a> {
    chars: &'a [char],
    span: Span,
    tokens: Vec<Token>,
    folds: Vec<String>,
    /// For each token, whether it lies inside a quotation of this level.
    quoted: Vec<bool>,
    /// Quotations of this level inside the unit.
    quotes: Vec<Vec<Span>>,
}

impl Unit<'_> {
    fn text(&self, a: usize, b: usize) -> String {
        self.chars[a..b].iter().collect()
    }
}

pub struct Context<'a> {
    pub chars: &'a [char],
    pub layout: &'a Layout,
    pub mentions: &'a mut Vec<Mention>,
    pub published: Option<Date>,
}

/// Finds the statements of an article.
pub fn find(cx: &mut Context<'_>) -> Vec<Statement> {
    let mut statements: Vec<Statement> = Vec::new();
    let mut previous_unit_statement: Option<usize> = None;
    for &span in &cx.layout.units {
        let quotes: Vec<Vec<Span>> = cx
            .layout
            .quotes
            .iter()
            .filter(|q| q.level == 1 && span.contains(q.span))
            .map(|q| q.segments.clone())
            .collect();
        let unit = make_unit(cx.chars, span, quotes);
        let before = statements.len();
        in_unit(cx, &unit, None, &mut statements);
        if statements.len() == before {
            // A quote-only sentence continues the statement just before it.
            if let Some(prev) = previous_unit_statement {
                if only_quotes(&unit) && statements[prev].parent.is_none() {
                    let segments: Vec<Span> = unit.quotes.iter().flatten().copied().collect();
                    let stmt = &mut statements[prev];
                    stmt.content.extend(segments.iter().copied());
                    stmt.content_text = content_text(cx.chars, &stmt.content);
                    if stmt.kind == SpeechKind::Indirect {
                        stmt.kind = SpeechKind::Mixed;
                    }
                    nested(cx, prev, &segments, &mut statements);
                    continue;
                }
            }
            previous_unit_statement = None;
        } else {
            for i in before..statements.len() {
                let segments = statements[i].content.clone();
                nested(cx, i, &segments, &mut statements);
            }
            previous_unit_statement = statements[before..]
                .iter()
                .rposition(|s| s.parent.is_none())
                .map(|p| p + before);
        }
    }
    inherit_occasions(&mut statements);
    statements
}

fn make_unit(chars: &[char], span: Span, quotes: Vec<Vec<Span>>) -> Unit<'_> {
    let tokens = tokenize(chars, span.char_start, span.char_end);
    let folds = tokens.iter().map(|t| fold(&t.text(chars))).collect();
    let quoted = tokens
        .iter()
        .map(|t| {
            quotes
                .iter()
                .flatten()
                .any(|q| q.char_start <= t.start && t.end <= q.char_end)
        })
        .collect();
    Unit {
        chars,
        span,
        tokens,
        folds,
        quoted,
        quotes,
    }
}

fn only_quotes(unit: &Unit<'_>) -> bool {
    !unit.quotes.is_empty()
        && unit
            .tokens
            .iter()
            .zip(&unit.quoted)
            .all(|(t, q)| *q || !t.is_word())
}

fn content_text(chars: &[char], segments: &[Span]) -> String {
    segments
        .iter()
        .map(|s| chars[s.char_start..s.char_end].iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn mention_ending(mentions: &[Mention], end: usize) -> Option<&Mention> {
    mentions
        .iter()
        .filter(|m| m.span.char_end == end && m.kind != EntityKind::Group)
        .max_by_key(|m| (m.kind == EntityKind::Person, m.span.len()))
}

fn mention_starting(mentions: &[Mention], start: usize) -> Option<&Mention> {
    mentions
        .iter()
        .filter(|m| m.span.char_start == start)
        .max_by_key(|m| m.span.len())
}

fn piece(chars: &[char], span: Span, entity: Option<EntityId>) -> Piece {
    Piece {
        text: chars[span.char_start..span.char_end].iter().collect(),
        start: span.char_start,
        end: span.char_end,
        entity,
    }
}

/// The speaker before token `c`: a mention (extended left over its title),
/// a pronoun or a speaker phrase ("a senior official").
fn speaker_before(cx: &Context<'_>, unit: &Unit<'_>, c: usize) -> Option<(Piece, usize)> {
    let mut j = c;
    while j > 0 && BETWEEN.contains(&unit.folds[j - 1].as_str()) {
        j -= 1;
    }
    if j == 0 {
        return None;
    }
    // A parenthetical between speaker and cue: "Trump, in a post…, said".
    let mut candidates = vec![j];
    if unit.tokens[j - 1].is(unit.chars, ',') {
        let mut k = j - 1;
        while k > 0 && k + 25 > j {
            k -= 1;
            if unit.tokens[k].is(unit.chars, ',') && !unit.quoted[k] {
                candidates.push(k);
                break;
            }
        }
    }
    for &end_tok in &candidates {
        if end_tok == 0 || unit.quoted[end_tok - 1] {
            continue;
        }
        let last = unit.tokens[end_tok - 1];
        if let Some(m) = mention_ending(cx.mentions, last.end) {
            let start = extend_title(unit, cx.mentions, m.span.char_start);
            let span = Span::new(start, m.span.char_end);
            let tok = unit
                .tokens
                .iter()
                .position(|t| t.start >= span.char_start)
                .unwrap_or(0);
            return Some((piece(unit.chars, span, m.entity.clone()), tok));
        }
        let word = unit.folds[end_tok - 1].as_str();
        if matches!(word, "they" | "we" | "it" | "you" | "i") {
            return Some((
                piece(unit.chars, Span::new(last.start, last.end), None),
                end_tok - 1,
            ));
        }
        if SPEAKER_NOUNS.contains(&word) {
            let mut s = end_tok - 1;
            while s > 0 && s + 6 > end_tok {
                let w = unit.folds[s - 1].as_str();
                let t = unit.tokens[s - 1];
                if !t.is_word()
                    || unit.quoted[s - 1]
                    || cue_lemma(w).is_some()
                    || matches!(w, "that" | "and" | "but" | "as" | "while" | "because")
                {
                    break;
                }
                s -= 1;
                if matches!(
                    w,
                    "the"
                        | "a"
                        | "an"
                        | "some"
                        | "many"
                        | "several"
                        | "other"
                        | "two"
                        | "three"
                        | "both"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                ) {
                    break;
                }
            }
            let span = Span::new(unit.tokens[s].start, last.end);
            let entity = mention_ending(cx.mentions, last.end).and_then(|m| m.entity.clone());
            return Some((piece(unit.chars, span, entity), s));
        }
    }
    None
}

/// Extends a speaker span left over a title and its country ("Mexican
/// President" before "Claudia Sheinbaum").
fn extend_title(unit: &Unit<'_>, mentions: &[Mention], start: usize) -> usize {
    let Some(mut k) = unit.tokens.iter().position(|t| t.start == start) else {
        return start;
    };
    let mut new_start = start;
    while k > 0 {
        let w = unit.folds[k - 1].as_str();
        let t = unit.tokens[k - 1];
        // An organisation or country named before the title ("State Department
        // spokesman").
        if let Some(m) = mentions.iter().find(|m| {
            m.span.char_end == t.end
                && matches!(m.kind, EntityKind::Organization | EntityKind::Country)
                && m.span.len() > t.end - t.start
        }) {
            if let Some(first) = unit
                .tokens
                .iter()
                .position(|x| x.start == m.span.char_start)
            {
                k = first;
                new_start = m.span.char_start;
                continue;
            }
        }
        let titleish = super::lexicon::OFFICES
            .iter()
            .any(|(o, _)| o.split(' ').any(|p| p == w))
            || super::lexicon::lexicon().phrases.get(w).is_some_and(|e| {
                e.kind == EntityKind::Country || e.kind == EntityKind::Organization
            })
            || matches!(
                w,
                "of" | "'s" | "u.s." | "us" | "state" | "affairs" | "foreign"
            );
        if !titleish || unit.quoted[k - 1] || !t.is_word() {
            break;
        }
        k -= 1;
        new_start = t.start;
    }
    // Never start on "of" or a possessive.
    while let Some(t) = unit.tokens.iter().find(|t| t.start == new_start) {
        let w = fold(&t.text(unit.chars));
        if w == "of" || w == "'s" {
            match unit.tokens.iter().find(|x| x.start > new_start) {
                Some(next) => new_start = next.start,
                None => break,
            }
        } else {
            break;
        }
    }
    new_start
}

fn speaker_after(cx: &Context<'_>, unit: &Unit<'_>, c: usize) -> Option<Piece> {
    let t = unit.tokens.get(c + 1)?;
    let m = mention_starting(cx.mentions, t.start)?;
    if m.form == MentionForm::Pronoun && !matches!(fold(&m.text).as_str(), "he" | "she") {
        return None;
    }
    Some(piece(unit.chars, m.span, m.entity.clone()))
}

/// The addressee right after a cue: "told reporters", "told him", "asked
/// Ms Sheinbaum".
fn addressee_after(
    cx: &Context<'_>,
    unit: &Unit<'_>,
    c: usize,
    lemma: &str,
) -> Option<(Piece, usize)> {
    if !matches!(lemma, "tell" | "ask" | "warn" | "urge" | "assure" | "reply") {
        return None;
    }
    let next = c + 1;
    let t = *unit.tokens.get(next)?;
    for (word, id) in AUDIENCES {
        let n = word.split(' ').count();
        if next + n <= unit.tokens.len() && unit.folds[next..next + n].join(" ") == *word {
            let span = Span::new(t.start, unit.tokens[next + n - 1].end);
            return Some((
                piece(unit.chars, span, Some(EntityId((*id).to_owned()))),
                next + n,
            ));
        }
    }
    let m = mention_starting(cx.mentions, t.start)?;
    let end = unit
        .tokens
        .iter()
        .position(|x| x.start >= m.span.char_end)
        .unwrap_or(unit.tokens.len());
    Some((piece(unit.chars, m.span, m.entity.clone()), end))
}

fn medium_re() -> &'static [(Regex, Medium)] {
    static RE: OnceLock<Vec<(Regex, Medium)>> = OnceLock::new();
    RE.get_or_init(|| {
        let r = |p: &str| Regex::new(p).expect("valid medium regex");
        vec![
            (r(r"(?i)\b(?:post(?:ed)?|wrote|writing|tweet(?:ed)?)\b[^.]{0,20}\bon (?:X|Twitter|Truth Social|Facebook|Instagram)\b|\bsocial media\b|\bTruth Social\b|\bon X\b"), Medium::SocialMediaPost),
            (r(r"(?i)\b(?:press|news) conference\b|\bbriefing\b|\bmañanera\b"), Medium::PressConference),
            (r(r"(?i)\binterview\b"), Medium::Interview),
            (r(r"(?i)\b(?:in|during|on) (?:a|the|their|her|his|its|that|this) (?:\w+ )?(?:\w+ )?(?:phone )?call\b|\bphone call\b|\bby phone\b|\bon the phone\b"), Medium::PhoneCall),
            (r(r"(?i)\b(?:press )?statement\b|\bpress release\b|\bcommuniqu[eé]\b"), Medium::PressStatement),
        ]
    })
}

fn platform_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b(X|Twitter|Truth Social|Facebook|Instagram|TikTok|Telegram)\b")
            .expect("valid platform regex")
    })
}

fn call_partner_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?:(?:in|during|on) (?:a|the|their|her|his|its|that|this) (?:\w+ )?(?:\w+ )?(?:call|conversation|talks|meeting|chat)|speaking|spoke|talking) with ")
            .expect("valid call regex")
    })
}

/// The frame of a unit: its text outside quotes and outside `content`.
fn frame_spans(unit: &Unit<'_>, content: &[Span]) -> Vec<Span> {
    let mut blocked: Vec<Span> = unit.quotes.iter().flatten().copied().collect();
    blocked.extend_from_slice(content);
    blocked.sort();
    let mut spans = Vec::new();
    let mut at = unit.span.char_start;
    for b in blocked {
        if b.char_start > at {
            spans.push(Span::new(at, b.char_start));
        }
        at = at.max(b.char_end);
    }
    if at < unit.span.char_end {
        spans.push(Span::new(at, unit.span.char_end));
    }
    spans
}

/// Medium, platform, date and call partner found in the unit's frame.
fn occasion(
    cx: &Context<'_>,
    unit: &Unit<'_>,
    content: &[Span],
    cue: Span,
) -> (
    Option<Medium>,
    Option<String>,
    Option<DateRef>,
    Option<Piece>,
) {
    let mut medium = None;
    let mut platform = None;
    let mut date: Option<DateRef> = None;
    let mut partner = None;
    for frame in frame_spans(unit, content) {
        let text = unit.text(frame.char_start, frame.char_end);
        for (re, m) in medium_re() {
            if medium.is_none() && re.is_match(&text) {
                medium = Some(*m);
                if *m == Medium::SocialMediaPost {
                    platform = platform_re().find(&text).map(|p| p.as_str().to_owned());
                }
            }
        }
        for d in dates::find(cx.chars, frame.char_start, frame.char_end, cx.published) {
            let distance = |d: &DateRef| d.start.abs_diff(cue.char_start);
            if date.as_ref().is_none_or(|old| distance(&d) < distance(old)) {
                date = Some(d);
            }
        }
        if let Some(m) = call_partner_re().find(&text) {
            let after = frame.char_start + text[..m.end()].chars().count();
            if let Some(found) = mention_starting(cx.mentions, after) {
                if found.kind == EntityKind::Person {
                    partner = Some(piece(unit.chars, found.span, found.entity.clone()));
                }
            } else if text[m.end()..].starts_with("reporters") {
                partner = Some(piece(
                    unit.chars,
                    Span::new(after, after + 9),
                    Some(EntityId("group/reporters".to_owned())),
                ));
            }
        }
    }
    (medium, platform, date, partner)
}

/// Trims spaces and a final full stop or comma from a content span.
fn trim_content(chars: &[char], mut span: Span) -> Span {
    while span.char_end > span.char_start
        && (chars[span.char_end - 1].is_whitespace()
            || matches!(chars[span.char_end - 1], '.' | ',' | ';' | ':'))
    {
        span.char_end -= 1;
    }
    while span.char_start < span.char_end
        && (chars[span.char_start].is_whitespace()
            || matches!(chars[span.char_start], ',' | ':' | '—' | '–' | '-'))
    {
        span.char_start += 1;
    }
    span
}

fn kind_of(unit: &Unit<'_>, content: &[Span]) -> SpeechKind {
    let quotes: Vec<Span> = unit.quotes.iter().flatten().copied().collect();
    let all_quoted = content.iter().all(|c| {
        quotes.iter().any(|q| {
            q.contains(*c) || (c.char_start >= q.char_start && c.char_end <= q.char_end + 1)
        })
    });
    if all_quoted && content.iter().all(|c| quotes.contains(c)) {
        SpeechKind::Direct
    } else if content
        .iter()
        .any(|c| quotes.iter().any(|q| c.overlaps(*q)))
    {
        SpeechKind::Mixed
    } else {
        SpeechKind::Indirect
    }
}

/// Quotation segments of the unit that end at or before token `c`, with only
/// punctuation between them and `speaker_tok`; and that start the unit.
fn quote_before(unit: &Unit<'_>, first_frame_tok: usize) -> Option<Vec<Span>> {
    // The quotation must open the unit (or the frame must be all after it).
    let first = unit.tokens.first()?;
    let quote = unit
        .quotes
        .iter()
        .find(|q| q.first().is_some_and(|s| s.char_start == first.start))?;
    let end = quote.last()?.char_end;
    // Only punctuation between the quote and the speaker or cue.
    let between_ok = unit
        .tokens
        .iter()
        .enumerate()
        .all(|(i, t)| !(t.start >= end && i < first_frame_tok && t.is_word()));
    between_ok.then(|| quote.clone())
}

/// A quotation right after the cue frame: "she said, “no.”", "said: “…”".
fn quote_after(unit: &Unit<'_>, from_tok: usize) -> Option<(Vec<Span>, usize)> {
    let mut i = from_tok;
    while i < unit.tokens.len() && !unit.tokens[i].is_word() && !unit.quoted[i] {
        i += 1;
    }
    let t = unit.tokens.get(i)?;
    let quote = unit
        .quotes
        .iter()
        .find(|q| q.first().is_some_and(|s| s.char_start == t.start))?;
    let end = quote.last()?.char_end;
    let next = unit
        .tokens
        .iter()
        .position(|t| t.start >= end)
        .unwrap_or(unit.tokens.len());
    Some((quote.clone(), next))
}

fn in_unit(
    cx: &mut Context<'_>,
    unit: &Unit<'_>,
    outer: Option<(usize, &Statement)>,
    out: &mut Vec<Statement>,
) {
    let mut claimed: Vec<Span> = Vec::new();
    let mut last_speaker: Option<Piece> = None;
    let n = unit.tokens.len();
    let mut c = 0;
    while c < n {
        let Some(lemma) = cue_lemma(&unit.folds[c]) else {
            c += 1;
            continue;
        };
        let cue_tok = unit.tokens[c];
        // Inside a quotation only verbs of speaking open nested speech.
        if outer.is_some() && !NESTED_CUES.contains(&lemma) {
            c += 1;
            continue;
        }
        if lemma != "according to" && cue_tok.is_capitalized(unit.chars) {
            c += 1;
            continue;
        }
        if unit.quoted[c]
            || claimed
                .iter()
                .any(|s| s.char_start <= cue_tok.start && cue_tok.end <= s.char_end)
        {
            c += 1;
            continue;
        }
        if c > 0 && matches!(unit.folds[c - 1].as_str(), "to" | "the" | "a" | "an") {
            c += 1;
            continue;
        }
        let mut cue_end_tok = c + 1;
        if lemma == "according to" {
            if unit.folds.get(c + 1).is_none_or(|f| f != "to") {
                c += 1;
                continue;
            }
            cue_end_tok = c + 2;
        }
        let cue_span = Span::new(cue_tok.start, unit.tokens[cue_end_tok - 1].end);
        // Speaker.
        let mut speaker = None;
        let mut first_frame_tok = c;
        let mut conjoined = false;
        let participle = unit.folds[c].ends_with("ing");
        if lemma == "according to" {
            speaker = speaker_after(cx, unit, cue_end_tok - 1)
                .or_else(|| noun_phrase_after(unit, cue_end_tok));
        } else if participle && c > 0 && unit.tokens[c - 1].is(unit.chars, ',') {
            // "Trump raised the stakes, suggesting …": the clause's subject.
            speaker = cx
                .mentions
                .iter()
                .find(|m| {
                    unit.span.contains(m.span)
                        && m.span.char_end <= cue_tok.start
                        && matches!(m.kind, EntityKind::Person | EntityKind::Organization)
                        && !unit.quoted[unit
                            .tokens
                            .iter()
                            .position(|t| t.start == m.span.char_start)
                            .unwrap_or(0)]
                })
                .map(|m| piece(unit.chars, m.span, m.entity.clone()));
        } else if let Some((p, tok)) = speaker_before(cx, unit, c) {
            speaker = Some(p);
            first_frame_tok = tok;
        } else if c > 0 && unit.folds[c - 1] == "and" && last_speaker.is_some() {
            speaker = last_speaker.clone();
            conjoined = true;
        } else if c > 0
            && !unit.tokens[c - 1].is_word()
            && matches!(
                lemma,
                "say"
                    | "tell"
                    | "add"
                    | "write"
                    | "ask"
                    | "state"
                    | "note"
                    | "explain"
                    | "reply"
                    | "respond"
                    | "insist"
                    | "argue"
                    | "warn"
            )
        {
            // "“…,” said Sheinbaum."
            speaker = speaker_after(cx, unit, c);
        }
        // Addressee right after the cue.
        let mut after_tok = cue_end_tok;
        let mut addressee = None;
        if let Some((a, next)) = addressee_after(cx, unit, c, lemma) {
            addressee = Some(a);
            after_tok = next;
        }
        // Inverted speaker ("said Sheinbaum") sits after the cue.
        if let Some(sp) = &speaker {
            if sp.start > cue_tok.start {
                after_tok = unit
                    .tokens
                    .iter()
                    .position(|t| t.start >= sp.end)
                    .unwrap_or(n);
            }
        }
        // Content.
        let mut content: Vec<Span> = Vec::new();
        if lemma == "according to" {
            let end = unit.tokens[c].start;
            let start = unit.tokens.first().map_or(end, |t| t.start);
            if start < end && c > 1 {
                content.push(trim_content(unit.chars, Span::new(start, end)));
            } else {
                // "According to X, …": the clause after the comma.
                let from = unit.tokens[after_tok.min(n - 1)..]
                    .iter()
                    .position(|t| t.is(unit.chars, ','))
                    .map(|p| p + after_tok);
                if let Some(comma) = from {
                    content.push(trim_content(
                        unit.chars,
                        Span::new(unit.tokens[comma].end, unit.span.char_end),
                    ));
                }
            }
        } else if let Some(q) = quote_before(unit, first_frame_tok.min(c)) {
            content.extend(q);
            // "“Well,” she said, “no.”"
            if let Some((q2, _)) = quote_after(unit, after_tok) {
                content.extend(q2);
            }
        } else if after_tok < n {
            // Skip adjuncts before "that" ("said on Monday that").
            let mut from = after_tok;
            if let Some(p) = unit.folds[after_tok..n.min(after_tok + 12)]
                .iter()
                .position(|f| f == "that")
            {
                let adjunct = unit.quoted[after_tok..after_tok + p].iter().all(|q| !q)
                    && (p == 0
                        || ADJUNCT_STARTS.contains(&unit.folds[after_tok].as_str())
                        || !unit.tokens[after_tok].is_word());
                if adjunct && p <= 8 {
                    from = after_tok + p;
                }
            }
            // A quotation set off by a comma or colon is the content itself;
            // one that runs on in the clause makes mixed speech.
            let set_off = from < n && !unit.quoted[from] && !unit.tokens[from].is_word();
            if let Some((q, _)) = quote_after(unit, from).filter(|(_, next)| {
                set_off || *next >= n || unit.tokens[*next..].iter().all(|t| !t.is_word())
            }) {
                content.extend(q);
            } else {
                let start = unit.tokens[from].start;
                // Stop before a conjoined cue ("… and said …").
                let mut end = unit.span.char_end;
                for k in from + 1..n.saturating_sub(1) {
                    if unit.quoted[k] {
                        continue;
                    }
                    if unit.folds[k] == "and"
                        && cue_lemma(&unit.folds[k + 1]).is_some()
                        && !matches!(unit.folds[k + 1].as_str(), "according")
                    {
                        end = unit.tokens[k].start;
                        break;
                    }
                    // ", Sheinbaum said …": a new statement with its own speaker.
                    if unit.tokens[k].is(unit.chars, ',') && !unit.tokens[k + 1].is(unit.chars, ',')
                    {
                        let next_cue = (k + 1..n.min(k + 8)).find(|&j| {
                            cue_lemma(&unit.folds[j]).is_some()
                                && !unit.tokens[j].is_capitalized(unit.chars)
                        });
                        if let Some(j) = next_cue {
                            let conj = matches!(unit.folds[k + 1].as_str(), "and" | "but");
                            if speaker_before(cx, unit, j)
                                .is_some_and(|(_, tok)| tok == k + 1 || (conj && tok == k + 2))
                            {
                                end = unit.tokens[k].start;
                                break;
                            }
                        }
                    }
                }
                let span = trim_content(unit.chars, Span::new(start, end));
                if !span.is_empty() {
                    content.push(span);
                }
            }
        }
        content.retain(|s| !s.is_empty());
        // "was asked to …" names no speaker: not a statement of its own.
        let passive = c > 0
            && matches!(
                unit.folds[c - 1].as_str(),
                "was" | "were" | "been" | "being" | "is" | "are" | "be"
            );
        if passive
            && speaker
                .as_ref()
                .is_none_or(|s| s.start > cue_tok.start || s.end + 12 < cue_tok.start)
        {
            c = cue_end_tok;
            continue;
        }
        if content.is_empty()
            || (speaker.is_none() && kind_of(unit, &content) == SpeechKind::Indirect)
        {
            c = cue_end_tok;
            continue;
        }
        let kind = kind_of(unit, &content);
        let (medium, platform, date, partner) = occasion(cx, unit, &content, cue_span);
        // First person inside a quotation is the outer speaker.
        if let (Some(sp), Some((_, o))) = (&mut speaker, outer) {
            if sp.entity.is_none() && matches!(fold(&sp.text).as_str(), "i" | "we") {
                sp.entity = o.source.as_ref().and_then(|s| s.entity.clone());
            }
        }
        let speaker_entity = speaker.as_ref().and_then(|s| s.entity.clone());
        let addressee = addressee
            .or_else(|| {
                partner.filter(|p| {
                    p.entity.is_some()
                        && p.entity != speaker_entity
                        && (matches!(medium, None | Some(Medium::PhoneCall | Medium::Meeting))
                            || p.entity.as_ref().is_some_and(|e| e.0.starts_with("group/")))
                })
            })
            .or_else(|| {
                // At a press conference one speaks to the reporters there.
                (medium == Some(Medium::PressConference) && outer.is_none()).then(|| Piece {
                    text: String::new(),
                    start: cue_span.char_start,
                    end: cue_span.char_start,
                    entity: Some(EntityId("group/reporters".to_owned())),
                })
            });
        let hull = Span::new(
            content.iter().map(|s| s.char_start).min().unwrap_or(0),
            content.iter().map(|s| s.char_end).max().unwrap_or(0),
        );
        claimed.push(hull);
        if let Some(sp) = &speaker {
            claimed.push(sp.span());
        }
        last_speaker = speaker.clone();
        let _ = conjoined;
        out.push(Statement {
            source: speaker,
            cue: piece(unit.chars, cue_span, None),
            content_text: content_text(unit.chars, &content),
            content,
            kind,
            addressee,
            medium,
            platform,
            date,
            parent: outer.map(|(i, _)| i),
        });
        c = cue_end_tok;
    }
}

fn noun_phrase_after(unit: &Unit<'_>, from: usize) -> Option<Piece> {
    let start = unit.tokens.get(from)?;
    let mut end = from;
    while end < unit.tokens.len() && unit.tokens[end].is_word() && end < from + 8 {
        end += 1;
    }
    (end > from).then(|| {
        piece(
            unit.chars,
            Span::new(start.start, unit.tokens[end - 1].end),
            None,
        )
    })
}

/// Runs statement detection inside the direct quotations of statement `i`.
fn nested(cx: &mut Context<'_>, i: usize, segments: &[Span], out: &mut Vec<Statement>) {
    let outer = out[i].clone();
    if outer.kind == SpeechKind::Indirect || outer.parent.is_some() {
        return;
    }
    for &segment in segments {
        let inner_quotes: Vec<Vec<Span>> = cx
            .layout
            .quotes
            .iter()
            .filter(|q| q.level == 2 && segment.contains(q.span))
            .map(|q| q.segments.clone())
            .collect();
        if segment.len() < 3 || !matches!(cx.chars[segment.char_start], '“' | '"' | '‘' | '\'')
        {
            continue;
        }
        // The inside of the quotation, marks excluded.
        let inside = Span::new(
            segment.char_start + 1,
            segment
                .char_end
                .saturating_sub(1)
                .max(segment.char_start + 1),
        );
        // "I" and "me" inside the quotation are the outer speaker.
        let speaker_entity = outer.source.as_ref().and_then(|s| s.entity.clone());
        for m in cx.mentions.iter_mut() {
            if inside.contains(m.span)
                && m.form == MentionForm::Pronoun
                && matches!(fold(&m.text).as_str(), "i" | "me")
            {
                m.entity = speaker_entity.clone();
            }
        }
        let before = out.len();
        for sentence in super::layout::sentences(cx.chars, inside) {
            let quotes: Vec<Vec<Span>> = inner_quotes
                .iter()
                .filter(|q| q.iter().all(|s| sentence.contains(*s)))
                .cloned()
                .collect();
            let unit = make_unit(cx.chars, sentence, quotes);
            in_unit(cx, &unit, Some((i, &outer)), out);
        }
        // "He asked …. I responded …": a reply goes to the one who asked.
        for k in before + 1..out.len() {
            let replies = matches!(
                crate::extract::lexicon::cue_lemma(&fold(&out[k].cue.text)),
                Some("reply" | "respond" | "answer")
            );
            if replies && out[k].addressee.is_none() {
                let asker = out[k - 1].source.clone().filter(|p| {
                    p.entity.is_some()
                        && p.entity != out[k].source.as_ref().and_then(|s| s.entity.clone())
                });
                out[k].addressee = asker;
            }
        }
        for s in &mut out[before..] {
            s.medium = s.medium.or(outer.medium);
            if s.date.is_none() {
                s.date = outer.date.clone();
            }
        }
    }
}

/// A statement with no occasion of its own takes that of the statement just
/// before it by the same speaker ("…,” Trump wrote." after "Trump, in a post
/// on Truth Social on Sunday, said…").
fn inherit_occasions(statements: &mut [Statement]) {
    for i in 1..statements.len() {
        let (done, rest) = statements.split_at_mut(i);
        let s = &mut rest[0];
        if s.parent.is_some() {
            continue;
        }
        let speaker = s.source.as_ref().and_then(|p| p.entity.clone());
        let Some(prev) = done.iter().rev().find(|p| p.parent.is_none()) else {
            continue;
        };
        if speaker.is_none() || prev.source.as_ref().and_then(|p| p.entity.clone()) != speaker {
            continue;
        }
        if prev.content_hull().char_end + 400 < s.content_hull().char_start {
            continue;
        }
        // The occasion, and the date that goes with it.
        if s.medium.is_none() && prev.medium.is_some() {
            s.medium = prev.medium;
            s.platform.clone_from(&prev.platform);
            if s.date.is_none() {
                s.date.clone_from(&prev.date);
            }
        }
        let group = |p: &Option<Piece>| {
            p.as_ref()
                .and_then(|a| a.entity.as_ref())
                .is_some_and(|e| e.0.starts_with("group/"))
        };
        if s.addressee.is_none() && group(&prev.addressee) && s.medium == prev.medium {
            s.addressee.clone_from(&prev.addressee);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Article, ArticleId, SpeechKind};

    fn article(text: &str) -> Article {
        Article {
            id: ArticleId("t".to_owned()),
            file: "t.txt".to_owned(),
            outlet: None,
            published: Some("2026-01-13".to_owned()),
            title: None,
            byline: None,
            wire: None,
            dateline: None,
            language: "en".to_owned(),
            note: None,
            text: text.to_owned(),
        }
    }

    fn statements(text: &str) -> Vec<(String, String, SpeechKind, Option<String>)> {
        crate::extract::run(&article(text))
            .statements
            .into_iter()
            .map(|s| {
                (
                    s.source.map(|p| p.text).unwrap_or_default(),
                    s.content_text,
                    s.kind,
                    s.addressee.map(|a| a.text),
                )
            })
            .collect()
    }

    #[test]
    fn direct_quote_before_cue_and_split_quote() {
        let found =
            statements("Claudia Sheinbaum spoke. “Well,” she said, “no.” “Never,” she added.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, "she");
        assert_eq!(found[0].1, "“Well,” “no.”");
        assert_eq!(found[0].2, SpeechKind::Direct);
        assert_eq!(found[1].1, "“Never,”");
    }

    #[test]
    fn indirect_and_mixed_speech_with_addressee() {
        let found = statements(
            "Mexican President Claudia Sheinbaum told reporters on Monday that talks went well. \
             Donald Trump said Mexico must “get its act together” now.",
        );
        assert_eq!(found[0].0, "Mexican President Claudia Sheinbaum");
        assert_eq!(found[0].1, "that talks went well");
        assert_eq!(found[0].2, SpeechKind::Indirect);
        assert_eq!(found[0].3.as_deref(), Some("reporters"));
        assert_eq!(found[1].2, SpeechKind::Mixed);
        assert_eq!(found[1].1, "Mexico must “get its act together” now");
    }

    #[test]
    fn according_to_and_inverted_speaker() {
        let found = statements("Talks will resume in March, according to the State Department. “It is over,” said Donald Trump.");
        assert_eq!(found[0].1, "Talks will resume in March");
        assert_eq!(found[0].0, "the State Department");
        assert_eq!(found[1].0, "Donald Trump");
    }

    #[test]
    fn quote_only_sentence_continues_the_statement() {
        let found =
            statements("“We operate in Mexico,” Claudia Sheinbaum said. “No one else does.”");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, "“We operate in Mexico,” “No one else does.”");
    }

    #[test]
    fn nested_speech_keeps_both_levels() {
        let text = "Claudia Sheinbaum met Donald Trump. “He asked, ‘Want help?’ I told him, ‘No, thanks,’ and that was it,” Sheinbaum recounted.";
        let extraction = crate::extract::run(&article(text));
        let nested: Vec<_> = extraction
            .statements
            .iter()
            .filter(|s| s.parent.is_some())
            .collect();
        assert_eq!(nested.len(), 2, "{nested:?}");
        assert_eq!(nested[0].content_text, "‘Want help?’");
        assert_eq!(
            nested[0]
                .source
                .as_ref()
                .unwrap()
                .entity
                .as_ref()
                .unwrap()
                .0,
            "person/donald-trump"
        );
        let inner = nested[1];
        assert_eq!(inner.content_text, "‘No, thanks,’");
        assert_eq!(
            inner.source.as_ref().unwrap().entity.as_ref().unwrap().0,
            "person/claudia-sheinbaum"
        );
        assert_eq!(
            inner.addressee.as_ref().unwrap().entity.as_ref().unwrap().0,
            "person/donald-trump"
        );
    }
}
