//! The frame of a statement: the words around a cue that name the
//! speaker, the addressee, the occasion and the date, and the quotation or
//! clause that is the content. Helpers for [`super::statements`] and
//! [`super::turns`]; positions are code points.

use super::dates;
use super::lexicon::{cue_lemma, is_speaker_noun, is_title_noun};
use super::statements::Context;
use crate::model::{
    DateRef, EntityId, EntityKind, Medium, Mention, MentionForm, Piece, Span, SpeechKind,
};
use crate::text::{fold, tokenize, Fold, Token, WordSet};
use regex::Regex;
use std::sync::OnceLock;

/// Words skipped between a speaker and the cue ("Trump again said").
pub(super) static BETWEEN: WordSet = WordSet::new(&[
    "also",
    "together",
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
    "should",
    "must",
    "can",
    "even",
    "almost",
]);

/// Adverbs that stand between a speaker and the cue and belong to the cue
/// ("has long said", "has nevertheless called for"), beyond those in
/// [`BETWEEN`] and the statement rules' auxiliaries, which both take them.
pub(super) static CUE_ADVERBS: WordSet = WordSet::new(&[
    "long",
    "ever",
    "always",
    "finally",
    "since",
    "nevertheless",
    "nonetheless",
]);

/// Whether a folded word is one of [`BETWEEN`] or [`CUE_ADVERBS`].
fn is_between_word(folded: &str) -> bool {
    BETWEEN.contains(folded) || CUE_ADVERBS.contains(folded)
}

/// Whether word `k` can stand between a speaker and the cue: an auxiliary,
/// a negation or an adverb ("has", "never", "generally", "sharply").
fn between(unit: &Unit<'_>, k: usize) -> bool {
    let folded = unit.folds[k].as_str();
    // "Theresa May said": a capitalised word is a name, not a modal, unless
    // it is an adverb no name is spelt like ("Rick Perry Just Announced").
    ((is_between_word(folded) || super::words::is_negation(folded))
        && (!unit.tokens[k].is_capitalized(unit.chars)
            || matches!(
                folded,
                "just" | "also" | "finally" | "already" | "reportedly"
            )))
        || (folded.len() > 4
            && folded.ends_with("ly")
            && unit.chars[unit.tokens[k].start].is_lowercase()
            && !super::words::is_noun_in_ly(folded))
        || is_contracted_verb(unit, k)
}

/// Whether token `k` is "’s" for "is" or "has" after a pronoun ("He’s
/// claiming", "It’s denouncing"), not a possessive.
pub(super) fn is_contracted_verb(unit: &Unit<'_>, k: usize) -> bool {
    unit.folds[k] == "'s"
        && k > 0
        && matches!(
            unit.folds[k - 1].as_str(),
            "he" | "she" | "it" | "that" | "who"
        )
}

/// Whether token `c` follows a connective set off by commas ("Proponents
/// of the plan, however, say"): the subject stands before it.
pub(super) fn after_connective(unit: &Unit<'_>, c: usize) -> bool {
    c >= 3
        && unit.tokens[c - 1].is(unit.chars, ',')
        && is_connective(&unit.folds[c - 2])
        && unit.tokens[c - 3].is(unit.chars, ',')
}

/// A connective adverb that a writer sets off with commas inside a
/// sentence ("Democrats, meanwhile, blasted …"): never the speaker's.
pub(super) fn is_connective(fold: &str) -> bool {
    matches!(
        fold,
        "meanwhile"
            | "however"
            | "too"
            | "though"
            | "instead"
            | "moreover"
            | "nevertheless"
            | "nonetheless"
            | "furthermore"
            | "likewise"
            | "meantime"
    )
}

/// Words that open an adjunct between a cue and its "that" clause ("said on
/// Monday that", "told reporters in Mexico City that").
pub(super) static ADJUNCT_STARTS: WordSet = WordSet::new(&[
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
]);

/// Times that can sit between a cue and its clause ("said earlier that");
/// weekdays and months count too ([`is_time_word`]).
pub(super) static TIME_WORDS: WordSet = WordSet::new(&[
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "last",
    "this",
    "recently",
]);

/// Groups that can be told things.
pub(super) const AUDIENCES: &[(&str, &str)] = &[
    ("reporters", "group/reporters"),
    ("journalists", "group/reporters"),
    ("press", "group/reporters"),
    ("the press", "group/reporters"),
    ("supporters", "group/supporters"),
    ("lawmakers", "group/lawmakers"),
    ("the audience", "group/audience"),
    ("a crowd", "group/audience"),
];

pub(super) struct Unit<'a> {
    pub(super) chars: &'a [char],
    pub(super) span: Span,
    pub(super) tokens: std::borrow::Cow<'a, [Token]>,
    pub(super) folds: std::borrow::Cow<'a, [Fold]>,
    /// For each token, whether it lies inside a quotation of this level.
    pub(super) quoted: Vec<bool>,
    /// Quotations of this level inside the unit.
    pub(super) quotes: Vec<Vec<Span>>,
}

impl Unit<'_> {
    pub(super) fn text(&self, a: usize, b: usize) -> String {
        self.chars[a..b].iter().collect()
    }
}

pub(super) fn make_unit(chars: &[char], span: Span, quotes: Vec<Vec<Span>>) -> Unit<'_> {
    let tokens = tokenize(chars, span.char_start, span.char_end);
    let folds: Vec<Fold> = tokens
        .iter()
        .map(|t| crate::text::fold_chars(&chars[t.start..t.end]))
        .collect();
    unit_from(chars, span, tokens.into(), folds.into(), quotes)
}

/// A unit over tokens and folds already computed (the article's units are
/// tokenised once, in `extract::run`).
pub(super) fn unit_from<'a>(
    chars: &'a [char],
    span: Span,
    tokens: std::borrow::Cow<'a, [Token]>,
    folds: std::borrow::Cow<'a, [Fold]>,
    quotes: Vec<Vec<Span>>,
) -> Unit<'a> {
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

pub(super) fn only_quotes(unit: &Unit<'_>) -> bool {
    !unit.quotes.is_empty()
        && unit
            .tokens
            .iter()
            .zip(&unit.quoted)
            .all(|(t, q)| *q || !t.is_word())
}

/// The words of `segments`, one space between them.
pub(super) fn content_text(chars: &[char], segments: &[Span]) -> String {
    let mut text = String::with_capacity(segments.iter().map(|s| s.len()).sum());
    let mut space = false;
    for s in segments {
        for &c in &chars[s.char_start..s.char_end] {
            if c.is_whitespace() {
                space = true;
            } else {
                if space && !text.is_empty() {
                    text.push(' ');
                }
                space = false;
                text.push(c);
            }
        }
        space = true;
    }
    text
}

pub(super) fn mention_ending(mentions: &[Mention], end: usize) -> Option<&Mention> {
    mentions
        .iter()
        .filter(|m| m.span.char_end == end && m.kind != EntityKind::Group)
        .max_by_key(|m| (m.kind == EntityKind::Person, m.span.len()))
}

pub(super) fn mention_starting(mentions: &[Mention], start: usize) -> Option<&Mention> {
    mentions
        .iter()
        .filter(|m| m.span.char_start == start)
        .max_by_key(|m| m.span.len())
}

pub(super) fn piece(chars: &[char], span: Span, entity: Option<EntityId>) -> Piece {
    Piece {
        text: chars[span.char_start..span.char_end].iter().collect(),
        start: span.char_start,
        end: span.char_end,
        entity,
    }
}

/// The speaker before token `c`: a mention (extended left over its title),
/// a pronoun or a speaker phrase ("a senior official"), with the speakers
/// joined to it ("Mr. Grassley and Mr. Leahy said"). Returns it and its
/// first token.
pub(super) fn speaker_before(cx: &Context<'_>, unit: &Unit<'_>, c: usize) -> Option<Speaker> {
    let (phrase, tok) = one_speaker_before(cx, unit, c)?;
    Some(joined_speakers(cx, unit, phrase, tok))
}

/// Where the words before token `end` end once a parenthesis that closes
/// right before it ("(D-Wis.)", at most eight tokens long) is left out;
/// `end` itself when there is none.
fn before_parenthesis(unit: &Unit<'_>, end: usize) -> usize {
    if end == 0 || !unit.tokens[end - 1].is(unit.chars, ')') {
        return end;
    }
    (0..end - 1)
        .rev()
        .take(20)
        .find(|&k| unit.tokens[k].is(unit.chars, '('))
        .filter(|&k| k > 0)
        .unwrap_or(end)
}

/// Whether a word opens an indirect question: "whether", "how", "who" …
pub(super) fn is_question_word(fold: &str) -> bool {
    matches!(
        fold,
        "how" | "what" | "why" | "whether" | "if" | "who" | "when" | "where"
    )
}

/// Whether token `k` is a dash that sets off a phrase ("—", "–", or one
/// of the hyphens of "--").
pub(super) fn is_dash(unit: &Unit<'_>, k: usize) -> bool {
    let t = unit.tokens[k];
    t.end == t.start + 1 && matches!(unit.chars[t.start], '—' | '–' | '-')
}

/// A speaker phrase before its cue.
pub(super) struct Speaker {
    /// All its words ("Mr. Grassley and Mr. Leahy").
    pub phrase: Piece,
    /// Its first token.
    pub first: usize,
    /// Each speaker it joins, when it joins several, in text order.
    pub joint: Vec<Piece>,
}

/// The whole subject before cue token `c` when no rule above names the
/// speaker: the words from the start of the clause to the cue, as
/// annotators mark them ("One in three said", "People briefed on the
/// situation say", "Jillian Chase, 27, a Tinder user in New York, said",
/// "Friends of Mr. Clinton's who have seen him on the trail recently
/// say"). `lead` is the first token of the sentence's own words (after
/// "And", "However,"); a lead adjunct up to a comma ("In 2013,",
/// "Recently,"), a leading "Even" or "Still", a date before the cue ("on
/// Thursday evening") and adverbs before it are left out. Returns the
/// subject and its first token.
pub(super) fn subject_before(unit: &Unit<'_>, lead: usize, c: usize) -> Option<(Piece, usize)> {
    let mut j = c;
    while j > 0 && between(unit, j - 1) {
        j -= 1;
    }
    // "on Thursday evening", "on Monday" before the cue (a bare "Monday"
    // may end the subject: "a poll released Monday").
    let mut d = j;
    while d > lead
        && (is_time_word(&unit.folds[d - 1])
            || matches!(
                unit.folds[d - 1].as_str(),
                "evening" | "morning" | "afternoon" | "night"
            ))
    {
        d -= 1;
    }
    let dated = (d..j).any(|k| is_time_word(&unit.folds[k]));
    if d < j && d > lead && dated && unit.folds[d - 1] == "on" {
        j = d - 1;
    } else if d < j && d > lead && (d..j).any(|k| TIME_WORDS.contains(unit.folds[k].as_str())) {
        // "Gowdy earlier Thursday said".
        j = d;
    }
    // Adverbs, modals and "in the past" before the cue: "Some activists
    // even insist", "Israel must also acknowledge", "have in the past said".
    loop {
        while j > lead
            && (between(unit, j - 1)
                || matches!(
                    unit.folds[j - 1].as_str(),
                    "only" | "both" | "yet" | "all" | "been"
                ))
        {
            j -= 1;
        }
        if j >= lead + 3
            && unit.folds[j - 3] == "in"
            && unit.folds[j - 2] == "the"
            && unit.folds[j - 1] == "past"
        {
            j -= 3;
            continue;
        }
        if j >= lead + 4 && after_connective(unit, j) {
            j -= 3;
            continue;
        }
        break;
    }
    let mut s = lead;
    while s < j
        && matches!(
            unit.folds[s].as_str(),
            "even" | "still" | "now" | "then" | "so"
        )
    {
        s += 1;
    }
    // A lead adjunct set off by a comma: "In 2013,", "After some
    // challenges,", "Recently,".
    let first = unit.folds.get(s)?.as_str();
    // "Nearly a third say", "Just over half said": a quantity, not an
    // adjunct.
    let quantity = matches!(
        first,
        "nearly" | "roughly" | "almost" | "only" | "just" | "approximately" | "about" | "over"
    ) && unit.folds.get(s + 1).is_some_and(|f| {
        f.starts_with(|c: char| c.is_ascii_digit())
            || is_count(unit, s + 1)
            || matches!(
                f.as_str(),
                "a" | "half" | "all" | "every" | "over" | "under"
            )
    });
    if !quantity
        && (ADJUNCT_STARTS.contains(first)
            || is_time_word(first)
            || first.ends_with("ly")
            || matches!(
                first,
                "although"
                    | "though"
                    | "because"
                    | "if"
                    | "despite"
                    | "for"
                    | "by"
                    | "from"
                    | "as"
                    | "since"
                    | "when"
                    | "under"
                    | "among"
            ))
    {
        let comma = (s..j).find(|&k| unit.tokens[k].is(unit.chars, ','))?;
        s = comma + 1;
    }
    if s >= j || j - s > 30 || !unit.tokens[s].is_word() {
        return None;
    }
    let words = s..j;
    // A clause of the writer's before the speaker's ("… took credit for
    // the wall, and", "… but") is no subject.
    let joined_clause = words.clone().any(|k| {
        matches!(unit.folds[k].as_str(), "and" | "but")
            && k > s
            && unit.tokens[k - 1].is(unit.chars, ',')
    });
    let dangling = matches!(
        unit.folds[j - 1].as_str(),
        "and"
            | "but"
            | "or"
            | "as"
            | "with"
            | "of"
            | "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "to"
            | "for"
            | "by"
            | "on"
            | "in"
            | "at"
            | "from"
            | "those"
            | "these"
            | "this"
            | "that"
            | "'s"
            | "’s"
            | "final"
            | "who's"
            | "who’s"
            | "who've"
            | "who’ve"
    );
    if joined_clause || dangling {
        return None;
    }
    // A relative clause with its verb first ("A study that appeared in the
    // journal found") is part of the subject.
    let relative_object = |r: usize| {
        let next = unit.folds.get(r + 1).map_or("", Fold::as_str);
        let lower = unit
            .tokens
            .get(r + 1)
            .is_some_and(|t| unit.chars[t.start].is_lowercase());
        !(lower && (next.ends_with("ed") || super::words::is_auxiliary(next)))
    };
    // "the attacks, which the probe said", "what advocates estimated": the
    // subject of the relative clause.
    if let Some(r) = words
        .clone()
        .rev()
        .find(|&k| matches!(unit.folds[k].as_str(), "which" | "whom" | "what" | "that"))
        .filter(|&r| relative_object(r))
    {
        if r + 1 < j && j - r - 1 <= 4 && (r + 1..j).all(|k| unit.tokens[k].is_word()) {
            let span = Span::new(unit.tokens[r + 1].start, unit.tokens[j - 1].end);
            return Some((piece(unit.chars, span, None), r + 1));
        }
        return None;
    }
    let relative = words
        .clone()
        .any(|k| matches!(unit.folds[k].as_str(), "who" | "which" | "whose" | "whom"));
    let plain = words.clone().all(|k| {
        let t = unit.tokens[k];
        !unit.quoted[k]
            && !matches!(unit.chars[t.start], ';' | ':' | '"' | '“' | '”')
            && (relative || cue_lemma(&unit.folds[k]).is_none())
    });
    // The last word before the cue names someone: a noun, a name, a
    // number ("43 said"), a closing parenthesis or an apposition's comma.
    let last = unit.tokens[j - 1];
    let ends_well =
        unit.tokens[j - 1].is_word() || last.is(unit.chars, ',') || last.is(unit.chars, ')');
    if !plain || !ends_well {
        return None;
    }
    let span = Span::new(unit.tokens[s].start, last.end);
    Some((piece(unit.chars, span, None), s))
}

/// Whether the phrase starting at token `s` opens its clause: it starts
/// the unit or follows punctuation or a conjunction that opens a clause.
fn opens_clause(unit: &Unit<'_>, s: usize) -> bool {
    s == 0
        || (!unit.tokens[s - 1].is_word() && !unit.quoted[s - 1])
        || CLAUSE_OPENERS.contains(unit.folds[s - 1].as_str())
        // '"…," the Florida senator and presidential candidate said': after
        // a quotation's closing punctuation and mark.
        || (s >= 2
            && unit.quoted[s - 1]
            && !unit.tokens[s - 1].is_word()
            && matches!(unit.chars[unit.tokens[s - 1].start], '"' | '”' | '\'' | '’')
            && matches!(unit.chars[unit.tokens[s - 2].start], ',' | '?' | '!'))
}

/// Speakers joined to `phrase` (first token `tok`) by "and" or "nor", and
/// a list before them: "Mr. Grassley and Mr. Leahy", "Both Democrats and
/// Republicans", "President Obama, Hillary Clinton, and other Democrats".
/// Each speaker joined must open its clause, so "Trump attacked Obama and
/// Clinton said" keeps "Clinton". A joined phrase stands for no one
/// entity; each speaker keeps its own.
fn joined_speakers(cx: &Context<'_>, unit: &Unit<'_>, phrase: Piece, tok: usize) -> Speaker {
    let mut first = tok;
    let mut listed = false;
    let mut joint = Vec::new();
    while first >= 2 && !unit.quoted[first - 1] {
        let joiner = unit.folds[first - 1].as_str();
        let comma = unit.tokens[first - 1].is(unit.chars, ',');
        // ", and": the comma before the joiner goes with it.
        let mut end = first - 1;
        let mut after_comma = comma;
        if matches!(joiner, "and" | "nor" | "&") {
            if end >= 1 && unit.tokens[end - 1].is(unit.chars, ',') {
                end -= 1;
                after_comma = true;
            }
        } else if !(comma && listed) {
            break;
        }
        let Some((left, s)) = one_speaker_before(cx, unit, end) else {
            break;
        };
        // After a comma only a short name joins: ", and human rights groups
        // warned" ends a clause of its own.
        let named = (left.entity.is_some() || unit.tokens[end - 1].is_capitalized(unit.chars))
            && end - s <= 6;
        // ("In a CNN/ORC poll released Monday, 31% of Republicans and …":
        // a date ends an adjunct.)
        let adjunct = ADJUNCT_STARTS.contains(unit.folds[s].as_str())
            || is_time_word(&unit.folds[s])
            || is_time_word(&unit.folds[end - 1]);
        // "they speak to American business and political leaders": a
        // pronoun with words after it is a clause, not a speaker.
        let clause = end - s > 1
            && matches!(
                unit.folds[s].as_str(),
                "he" | "she" | "they" | "we" | "i" | "you" | "it" | "there"
            );
        if left.end > unit.tokens[end].start || adjunct || clause || (after_comma && !named) {
            break;
        }
        // "English comedian and actor Peter Serafinowicz": two titles of one
        // person, who is the speaker, not two speakers.
        if joint.is_empty()
            && !after_comma
            && left.entity.is_none()
            && phrase.entity.is_some()
            && is_title_noun(&unit.folds[end - 1])
            && is_title_noun(&unit.folds[tok])
            && !unit.tokens[tok].is_capitalized(unit.chars)
        {
            let span = Span::new(left.start, phrase.end);
            return Speaker {
                phrase: piece(unit.chars, span, phrase.entity),
                first: s,
                joint,
            };
        }
        // "Both … and …", "Neither … nor …".
        let mut s = if s > 0 && matches!(unit.folds[s - 1].as_str(), "both" | "neither" | "either")
        {
            s - 1
        } else {
            s
        };
        // "Democratic candidates Hillary Clinton and Bernie Sanders": the
        // plural that names them all, and its modifiers.
        if s > 0
            && !unit.quoted[s - 1]
            && unit.folds[s - 1]
                .strip_suffix('s')
                .is_some_and(is_speaker_noun)
        {
            let mut d = s - 1;
            while d > 0
                && unit.tokens[d - 1].is_word()
                && !unit.quoted[d - 1]
                && (is_qualifier(&unit.folds[d - 1])
                    || unit.tokens[d - 1].is_capitalized(unit.chars))
                && cue_lemma(&unit.folds[d - 1]).is_none()
            {
                d -= 1;
            }
            if opens_clause(unit, d) {
                s = d;
            }
        }
        if !opens_clause(unit, s) {
            break;
        }
        first = s;
        listed = true;
        joint.push(left);
    }
    if joint.is_empty() {
        return Speaker {
            phrase,
            first: tok,
            joint,
        };
    }
    joint.reverse();
    let span = Span::new(unit.tokens[first].start, phrase.end);
    joint.push(phrase);
    Speaker {
        phrase: piece(unit.chars, span, None),
        first,
        joint,
    }
}

/// The speaker before token `c`, alone.
fn one_speaker_before(cx: &Context<'_>, unit: &Unit<'_>, c: usize) -> Option<(Piece, usize)> {
    let (mut phrase, tok) = speaker_phrase_before(cx, unit, c)?;
    // "Sanders himself said": the intensifier is the speaker's.
    if let Some(k) = (tok..c).find(|&k| unit.tokens[k].start >= phrase.end) {
        if matches!(
            unit.folds[k].as_str(),
            "himself" | "herself" | "themselves" | "itself"
        ) {
            phrase = piece(
                unit.chars,
                Span::new(phrase.start, unit.tokens[k].end),
                phrase.entity,
            );
        }
    }
    // The speaker's apposition or parenthesis up to the cue belongs to it
    // ("Brian Fallon, the campaign's press secretary,", "Rep. Gwen Moore
    // (D-Wis.)"); an adjunct does not ("Trump, in a post on X,").
    let j = speaker_end(cx, unit, c);
    let after = unit.tokens.iter().position(|t| t.start >= phrase.end)?;
    let opens = unit.tokens[after].is(unit.chars, ',')
        || unit.tokens[after].is(unit.chars, '(')
        || is_dash(unit, after);
    let closes = j > 0
        && (unit.tokens[j - 1].is(unit.chars, ',')
            || unit.tokens[j - 1].is(unit.chars, ')')
            || is_dash(unit, j - 1));
    let adjunct = |k: usize| {
        let first = unit.folds[k].as_str();
        // "Mr. Sperling, then 38,", "…, then ambassador to Israel,": the
        // speaker's, not an adjunct.
        let then_office = first == "then"
            && unit.folds.get(k + 1).is_some_and(|f| {
                f.starts_with(|c: char| c.is_ascii_digit())
                    || matches!(f.as_str(), "a" | "an" | "the")
                    || is_speaker_noun(f)
                    || is_qualifier(f)
            });
        if then_office {
            return false;
        }
        ADJUNCT_STARTS.contains(first)
            || is_connective(first)
            || matches!(first, "for" | "like" | "without" | "by" | "despite" | "unlike")
            || is_time_word(first)
            || first.ends_with("ly")
            // "Several candidates, including Trump, said": the speakers'.
            || (first.ends_with("ing") && first != "including")
    };
    if opens
        && closes
        && after + 1 < j - 1
        && (!unit.quoted[j - 1] || super::content::in_quoted_phrase(unit, j - 1, false))
        && !adjunct(after + 1)
    {
        // "In New York, the race will be tight, said Dan Gerstein": what
        // looked like an apposition is a clause with its own verb, and the
        // speaker comes after the cue.
        if j == c
            && super::layout::SAYING.contains(unit.folds[c].as_str())
            && (after + 1..j - 1)
                .all(|k| !matches!(unit.folds[k].as_str(), "who" | "whose" | "which" | "whom"))
            && (after + 1..j - 1)
                .any(|k| !unit.quoted[k] && super::words::is_finite_auxiliary(&unit.folds[k]))
            && speaker_after(cx, unit, c)
                .and_then(|p| p.entity)
                .is_some_and(|e| e.is_person())
        {
            return None;
        }
        // An adjunct set off after the apposition is not the speaker's:
        // "Rep. Elijah Cummings, the top Democrat on the committee, in a
        // statement, said".
        // (The quoted title keeps its closing mark.)
        let mut end = j - 1;
        while unit.quoted[end] && end + 1 < c && !unit.tokens[end + 1].is_word() {
            end += 1;
        }
        if let Some(k) = (after + 2..j - 1)
            .rev()
            .find(|&k| unit.tokens[k].is(unit.chars, ',') && !unit.quoted[k] && adjunct(k + 1))
        {
            end = k;
        }
        phrase = piece(
            unit.chars,
            Span::new(phrase.start, unit.tokens[end].end),
            phrase.entity,
        );
    }
    // A name in apposition to the office that opens the sentence or
    // follows a comma: "Apple's chief executive, Tim Cook, said", "…, a
    // spokeswoman, Anna Richardson White, said".
    let name_first = unit.tokens.iter().position(|t| t.start == phrase.start)?;
    let comma_after = unit
        .tokens
        .get(after)
        .is_some_and(|t| t.is(unit.chars, ','));
    let mut office_start = last_comma(unit, 0..name_first.saturating_sub(1)).map_or(0, |k| k + 1);
    // "As the LinkedIn chief executive, Jeff Weiner, said": the
    // conjunction opens the clause, not the office.
    if matches!(
        unit.folds[office_start].as_str(),
        "as" | "when" | "while" | "after" | "before" | "since" | "because" | "if" | "although"
    ) {
        office_start += 1;
    }
    if name_first >= office_start + 2
        && unit.tokens[name_first - 1].is(unit.chars, ',')
        && comma_after
        && after + 1 == j
        && name_first <= office_start + 12
        && (office_start..name_first - 1).all(|k| {
            let w = unit.folds[k].as_str();
            !unit.quoted[k]
                && (unit.tokens[k].is_word() || w == "'s" || w == "’s")
                && cue_lemma(w).is_none()
                && !ADJUNCT_STARTS.contains(w)
                && !is_time_word(w)
        })
        && (office_start..name_first - 1).any(|k| is_speaker_noun(&unit.folds[k]))
    {
        phrase = piece(
            unit.chars,
            Span::new(unit.tokens[office_start].start, unit.tokens[after].end),
            phrase.entity,
        );
        return Some((phrase, office_start));
    }
    // The person an apposition describes, named before it: "Michael
    // Mulgrew, president of the union, which represents teachers, said",
    // "Libby Schaaf, the mayor of Oakland, California, said".
    // (An apposition opens with an article or a singular noun in lower
    // case; "Obama, who said" keeps its relative pronoun and "Unlike Mrs.
    // Clinton, analysts said" its own subject.)
    let apposition = {
        let w = unit.folds[name_first].as_str();
        matches!(w, "a" | "an" | "the")
            || (unit.tokens[name_first].is_word()
                && !unit.tokens[name_first].is_capitalized(unit.chars)
                && !w.ends_with('s')
                && !matches!(
                    w,
                    "who" | "which" | "that" | "whom" | "whose" | "these" | "those"
                ))
    };
    if apposition && mention_starting(cx.mentions, phrase.start).is_none() {
        if let Some((start, first, entity)) = person_before_apposition(cx, unit, name_first) {
            let phrase = piece(unit.chars, Span::new(start, phrase.end), entity);
            return Some((phrase, first));
        }
    }
    Some((phrase, tok))
}

/// The person named before the apposition that token `k` opens or
/// continues, up to three commas back ("Christopher Harvey, an
/// African-American delegate from Houston, Texas,"): where the name starts
/// (with its title), its first token and its entity. The name opens its
/// clause; the words between hold no cue and no quotation.
fn person_before_apposition(
    cx: &Context<'_>,
    unit: &Unit<'_>,
    mut k: usize,
) -> Option<(usize, usize, Option<EntityId>)> {
    for _ in 0..3 {
        if k < 2 || !unit.tokens[k - 1].is(unit.chars, ',') || unit.quoted[k - 1] {
            return None;
        }
        if let Some(m) = mention_ending(cx.mentions, unit.tokens[k - 2].end) {
            if m.kind != EntityKind::Person || m.form == MentionForm::Pronoun {
                return None;
            }
            let start = extend_title(unit, cx.mentions, m.span.char_start);
            let first = unit.tokens.iter().position(|t| t.start == start)?;
            return opens_clause(unit, first).then(|| (start, first, m.entity.clone()));
        }
        let comma = (k.saturating_sub(16)..k - 1)
            .rev()
            .find(|&x| unit.tokens[x].is(unit.chars, ','))?;
        if (comma..k).any(|x| unit.quoted[x] || cue_lemma(&unit.folds[x]).is_some()) {
            return None;
        }
        k = comma + 1;
    }
    None
}

/// Where the speaker's words before cue token `c` end: before the adverbs,
/// date ("on Wednesday", "this month") or medium ("in a statement") that
/// may stand between speaker and cue.
fn speaker_end(cx: &Context<'_>, unit: &Unit<'_>, c: usize) -> usize {
    // Back over the auxiliaries, negations and adverbs before token `j`,
    // and a connective set off by commas among them ("A YouGov poll has,
    // however, revealed").
    let back = |mut j: usize| loop {
        while j > 0 && between(unit, j - 1) {
            j -= 1;
        }
        if after_connective(unit, j) && j >= 4 && between(unit, j - 4) {
            j -= 3;
            continue;
        }
        break j;
    };
    let mut j = back(c);
    // "Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested": a
    // quoted title closes the apposition with the comma inside its marks.
    if let Some(comma) = quoted_title_comma(unit, j) {
        j = comma + 1;
    }
    // A date between speaker and cue: "David Axelrod on Wednesday called on",
    // unless a name ends there ("Theresa May said").
    if j >= 3
        && is_time_word(&unit.folds[j - 1])
        && !unit.quoted[j - 1]
        && mention_ending(cx.mentions, unit.tokens[j - 1].end).is_none()
    {
        // ("a judge in October sentenced".)
        let k = if matches!(unit.folds[j - 2].as_str(), "on" | "in") {
            j - 2
        } else {
            j - 1
        };
        // ("Sen. Bernie Sanders (I-Vt.) on Saturday called for".)
        if unit.tokens[k - 1].is_word()
            || unit.tokens[k - 1].is(unit.chars, ')')
            || unit.tokens[k - 1].is(unit.chars, ',')
        {
            j = back(k);
        }
    }
    // "The Supreme Court this month rejected", "Cummings, …, in a
    // statement said": a time or a medium between speaker and cue.
    // ("this past week", "last week").
    let past = usize::from(j >= 4 && unit.folds[j - 2] == "past");
    if j >= 3 + past
        && !unit.quoted[j - 1]
        && matches!(
            unit.folds[j - 2 - past].as_str(),
            "this" | "last" | "earlier"
        )
        && matches!(
            unit.folds[j - 1].as_str(),
            "week" | "month" | "year" | "weekend" | "summer" | "spring" | "fall" | "winter"
        )
        && (unit.tokens[j - 3 - past].is_word()
            || unit.tokens[j - 3 - past].is(unit.chars, ',')
            || unit.tokens[j - 3 - past].is(unit.chars, ')'))
    {
        j = back(j - 2 - past);
    } else if j >= 4 && is_medium_word(&unit.folds[j - 1]) && !unit.quoted[j - 1] {
        // "in a statement", "in his announcement speech", "in a recent
        // interview": up to two words between the article and the medium.
        if let Some(k) = (j.saturating_sub(5)..j - 2).rev().find(|&k| {
            unit.folds[k] == "in"
                && matches!(
                    unit.folds[k + 1].as_str(),
                    "a" | "an" | "his" | "her" | "their" | "its"
                )
                && (k + 2..j).all(|x| unit.tokens[x].is_word() && !unit.quoted[x])
        }) {
            if k >= 1 {
                j = back(k);
            }
        }
    }
    j
}

/// The comma before token `j` that ends a short quoted title inside a
/// phrase ([`super::content::in_quoted_phrase`]), with only its closing
/// marks after it ("host of MSNBC’s “Morning Joe,”", "hosts of ''Morning
/// Joe,''"): not a quotation of speech, which opens its sentence or follows
/// a comma or colon.
pub(super) fn quoted_title_comma(unit: &Unit<'_>, j: usize) -> Option<usize> {
    closing_comma(unit, j).filter(|&comma| super::content::in_quoted_phrase(unit, comma, false))
}

/// The comma inside the closing marks (one or two) that end before token
/// `j`: "…,”", "…,''".
pub(super) fn closing_comma(unit: &Unit<'_>, j: usize) -> Option<usize> {
    let marks = (0..j.min(3))
        .take_while(|&m| {
            let t = unit.tokens[j - 1 - m];
            !t.is_word() && unit.quoted[j - 1 - m] && !t.is(unit.chars, ',')
        })
        .count();
    if marks == 0 || marks > 2 || j < marks + 1 {
        return None;
    }
    let comma = j - 1 - marks;
    unit.tokens[comma].is(unit.chars, ',').then_some(comma)
}

/// The speaker phrase that ends right before cue token `c`, and its first
/// token.
fn speaker_phrase_before(cx: &Context<'_>, unit: &Unit<'_>, c: usize) -> Option<(Piece, usize)> {
    let mut j = speaker_end(cx, unit, c);
    if j == 0 {
        return None;
    }
    // A parenthesis after the speaker: "Rep. Gwen Moore (D-Wis.) said".
    j = before_parenthesis(unit, j);
    // A parenthetical between speaker and cue: "Trump, in a post…, said".
    let mut candidates = vec![j];
    // An apposition between dashes: "Kall -- co-editor of a book -- said".
    if is_dash(unit, j - 1) {
        let mut d = j - 1;
        while d > 0 && is_dash(unit, d - 1) {
            d -= 1;
        }
        let open = (1..d)
            .rev()
            .take(40)
            .find(|&k| is_dash(unit, k) && !unit.quoted[k]);
        if let Some(mut k) = open {
            while k > 0 && is_dash(unit, k - 1) {
                k -= 1;
            }
            candidates.push(k);
        }
    }
    if unit.tokens[j - 1].is(unit.chars, ',') {
        // An appositive name: "The mayor of Arica, Juan Soto, said".
        let set_off = |m: &Mention| {
            unit.tokens
                .iter()
                .position(|t| t.start == m.span.char_start)
                .is_some_and(|k| k > 0 && unit.tokens[k - 1].is(unit.chars, ','))
        };
        if j >= 2
            && mention_ending(cx.mentions, unit.tokens[j - 2].end).is_some_and(|m| {
                m.kind == EntityKind::Person && m.form != MentionForm::Pronoun && set_off(m)
            })
        {
            candidates.insert(0, j - 1);
        }
        // Up to four commas back: "Jillian Chase, 27, a Tinder user in New
        // York, said", "Carole Bower, 75, a retiree in Carthage, Ill.,
        // said".
        let mut k = j - 1;
        let mut commas = 0;
        while k > 0 && k + 40 > j && commas < 4 {
            k -= 1;
            if unit.tokens[k].is(unit.chars, ',') && !unit.quoted[k] {
                candidates.push(k);
                commas += 1;
            }
        }
        // A stray comma after a party label: "Sen. Jack Reed (D-R.I.),
        // said" ("…, said Sheinbaum" has its speaker after the cue).
        if commas == 0 && j >= 2 && unit.tokens[j - 2].is(unit.chars, ')') {
            candidates.push(j - 1);
        }
    }
    for (ci, &end_tok) in candidates.iter().enumerate() {
        // "Rep. Gregory W. Meeks (D-N.Y.), chairman of …, said".
        let end_tok = if end_tok < j {
            before_parenthesis(unit, end_tok)
        } else {
            end_tok
        };
        if end_tok == 0 || unit.quoted[end_tok - 1] {
            continue;
        }
        let last = unit.tokens[end_tok - 1];
        // "Those close to him say": a pronoun in the object case is no
        // subject ("many of them say" is a quantity of them).
        if super::words::is_object_pronoun(&unit.folds[end_tok - 1])
            && (end_tok < 2 || unit.folds[end_tok - 2] != "of")
        {
            continue;
        }
        if let Some(m) = mention_ending(cx.mentions, last.end) {
            // "President Rosa Vidal of Chile", "Experts on North Korea", "a
            // spokeswoman for Hillary Clinton": the person, the experts or
            // the spokeswoman, not the country or the one spoken for.
            let k = unit
                .tokens
                .iter()
                .position(|t| t.start == m.span.char_start);
            // ("The director of the European Centre": the article too.)
            let linked = k
                .map(|k| {
                    if k >= 3 && unit.folds[k - 1] == "the" {
                        k - 1
                    } else {
                        k
                    }
                })
                .filter(|&k| {
                    k >= 2
                        && matches!(
                            unit.folds[k - 1].as_str(),
                            "of" | "on" | "for" | "at" | "from" | "to"
                        )
                });
            // "Johnnie Wilson, of Springfield, Va., said", "Scott Pruitt,
            // the attorney general of Oklahoma, …, said": a place or body
            // inside an apposition, whose speaker is further back.
            let inside = k.is_some_and(|k| {
                let p = if k >= 2 && unit.folds[k - 1] == "the" {
                    k - 1
                } else {
                    k
                };
                p >= 2
                    && matches!(
                        unit.folds[p - 1].as_str(),
                        "of" | "on" | "for" | "at" | "from" | "in"
                    )
            });
            if inside && m.kind != EntityKind::Person && ci > 0 && ci + 1 < candidates.len() {
                continue;
            }
            if let Some(k) = linked {
                if m.kind != EntityKind::Person {
                    if let Some(p) = mention_ending(cx.mentions, unit.tokens[k - 2].end)
                        .filter(|p| p.kind == EntityKind::Person)
                    {
                        let start = extend_title(unit, cx.mentions, p.span.char_start);
                        let span = Span::new(start, m.span.char_end);
                        let tok = unit
                            .tokens
                            .iter()
                            .position(|t| t.start >= start)
                            .unwrap_or(0);
                        return Some((piece(unit.chars, span, p.entity.clone()), tok));
                    }
                }
                // "The mayor of Arica said": the office holder.
                if speaker_noun_at(unit, k - 2) {
                    let s = noun_phrase_start(unit, k - 2);
                    let span = Span::new(unit.tokens[s].start, m.span.char_end);
                    return Some((piece(unit.chars, span, None), s));
                }
            }
            // "Dan McLaughlin at the National Review", "Developers and
            // supporters in Congress": the phrase the organisation or place
            // qualifies, when it opens its clause.
            // ("the National Review agreed" is no person, whatever its
            // verb suggested).
            if let Some(s) = k
                .filter(|&k| m.kind != EntityKind::Person || (k > 0 && unit.folds[k - 1] == "the"))
                .and_then(|k| qualified_phrase_start(unit, k))
            {
                let span = Span::new(unit.tokens[s].start, m.span.char_end);
                return Some((piece(unit.chars, span, None), s));
            }
            let start = extend_title(unit, cx.mentions, m.span.char_start);
            // "A 2014 study by Loyola Law School professor Justin Levitt
            // found": the work, whoever wrote it.
            if let Some(s) = unit
                .tokens
                .iter()
                .position(|t| t.start == start)
                .and_then(|k| work_by_start(unit, k))
            {
                let span = Span::new(unit.tokens[s].start, m.span.char_end);
                return Some((piece(unit.chars, span, None), s));
            }
            // "The city of Phoenix", "A 2014 study by Harvard and the
            // University of California at Berkeley": the phrase the name
            // completes, and what that phrase names, if anything. (Not
            // before a participle: "footage of Hillary Clinton asking".)
            let participle = end_tok == c && unit.folds[c].ends_with("ing");
            if let Some(s) = unit
                .tokens
                .iter()
                .position(|t| t.start == start)
                .filter(|_| !participle)
                .and_then(|k| governing_phrase_start(cx, unit, k))
            {
                let span = Span::new(unit.tokens[s].start, m.span.char_end);
                let head = (s..s + 2)
                    .filter_map(|h| mention_starting(cx.mentions, unit.tokens.get(h)?.start))
                    .find(|h| h.form != MentionForm::Pronoun && h.span.char_end < m.span.char_start)
                    .and_then(|h| h.entity.clone());
                return Some((piece(unit.chars, span, head), s));
            }
            let start = with_determiner(unit, m, start);
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
        // A relative pronoun stands for the name before it: "Cruz, who
        // refused", "the Saudi government, which has denied", "many of
        // whom say".
        if matches!(word, "who" | "which" | "whom") {
            let first = match word {
                "whom"
                    if end_tok >= 3
                        && unit.folds[end_tok - 2] == "of"
                        && QUANTIFIERS.contains(unit.folds[end_tok - 3].as_str()) =>
                {
                    end_tok - 3
                }
                "whom" => continue,
                _ => end_tok - 1,
            };
            let mut a = first;
            if a > 0 && unit.tokens[a - 1].is(unit.chars, ',') {
                a -= 1;
            }
            let entity = a
                .checked_sub(1)
                .and_then(|k| mention_ending(cx.mentions, unit.tokens[k].end))
                .and_then(|m| m.entity.clone());
            let span = Span::new(unit.tokens[first].start, last.end);
            return Some((piece(unit.chars, span, entity), first));
        }
        // "No one expected": the quantifier in two words.
        if word == "one"
            && end_tok >= 2
            && unit.folds[end_tok - 2] == "no"
            && opens_clause(unit, end_tok - 2)
        {
            let first = unit.tokens[end_tok - 2];
            return Some((
                piece(unit.chars, Span::new(first.start, last.end), None),
                end_tok - 2,
            ));
        }
        // A quantifier that opens its clause: "Some believe", "To varying
        // degrees, all agreed".
        if QUANTIFIERS.contains(word)
            && (end_tok == 1
                || !unit.tokens[end_tok - 2].is_word()
                || CLAUSE_OPENERS.contains(unit.folds[end_tok - 2].as_str()))
        {
            return Some((
                piece(unit.chars, Span::new(last.start, last.end), None),
                end_tok - 1,
            ));
        }
        if speaker_noun_at(unit, end_tok - 1) {
            let s = noun_phrase_start(unit, end_tok - 1);
            // "A study by the school found": the work.
            if let Some(w) = work_by_start(unit, s) {
                let span = Span::new(unit.tokens[w].start, last.end);
                return Some((piece(unit.chars, span, None), w));
            }
            let span = Span::new(unit.tokens[s].start, last.end);
            let entity = mention_ending(cx.mentions, last.end).and_then(|m| m.entity.clone());
            return Some((piece(unit.chars, span, entity), s));
        }
        // A speaker noun with its complement: "attorneys for the family
        // said", "the experts on tax policy said" (which ends on a noun, a
        // name, a number or "of them", not "… of the investors and").
        let ends_on_noun = last.is_capitalized(unit.chars)
            || last.kind == crate::text::TokenKind::Number
            || (end_tok >= 2
                && matches!(unit.folds[end_tok - 1].as_str(), "them" | "us")
                && unit.folds[end_tok - 2] == "of")
            || super::lexicon::can_head_noun_phrase(&unit.folds[end_tok - 1]);
        if let Some(noun) = (end_tok.saturating_sub(7)..end_tok.saturating_sub(2))
            .rev()
            .find(|&k| {
                ends_on_noun
                    && speaker_noun_at(unit, k)
                    && matches!(
                        unit.folds[k + 1].as_str(),
                        "for" | "of" | "on" | "at" | "from" | "to" | "with" | "in"
                    )
                    && (k + 1..end_tok).all(|x| {
                        unit.tokens[x].is_word()
                            && !unit.quoted[x]
                            && cue_lemma(&unit.folds[x]).is_none()
                            && !matches!(unit.folds[x].as_str(), "that" | "who" | "which")
                    })
            })
        {
            let s = noun_phrase_start(unit, noun);
            let span = Span::new(unit.tokens[s].start, last.end);
            return Some((piece(unit.chars, span, None), s));
        }
        // A name the lexicons do not know: "AROS said", "The S.E.C. said",
        // "Angelique Brunner, a developer, said".
        if last.is_word() && last.is_capitalized(unit.chars) && !unit.quoted[end_tok - 1] {
            let mut s = end_tok - 1;
            while s > 0 && end_tok - s < 5 {
                let t = unit.tokens[s - 1];
                let w = unit.folds[s - 1].as_str();
                // (A possessive after a name: "Fox News’ Bret Baier",
                // "Dan Loeb's Third Point".)
                let possessive = matches!(w, "'s" | "'" | "’")
                    && s >= 2
                    && t.start == unit.tokens[s - 2].end
                    && unit.tokens[s - 2].is_capitalized(unit.chars);
                let joins =
                    t.is(unit.chars, '.') || possessive || matches!(w, "of" | "the" | "de" | "for");
                // "If the I.R.S. has": a capitalised function word is no name.
                let name =
                    t.is_word() && t.is_capitalized(unit.chars) && !super::mentions::not_a_name(w);
                if unit.quoted[s - 1] || !(name || joins) {
                    break;
                }
                // The possessor with its mark, whatever its word ("News").
                s -= if possessive { 2 } else { 1 };
            }
            while s < end_tok - 1 && matches!(unit.folds[s].as_str(), "of" | "." | "for") {
                s += 1;
            }
            // "A pro-Trump super PAC said": the phrase "PAC" heads.
            if s > 0 && unit.folds[s - 1] == "super" && !unit.quoted[s - 1] {
                s = noun_phrase_start(unit, s - 1);
            }
            // "Carole Bower, 75, a retiree in Carthage, Ill., said": a place
            // inside an apposition, whose speaker is further back.
            if s > 0
                && matches!(unit.folds[s - 1].as_str(), "in" | "of" | "at" | "from")
                && ci > 0
                && ci + 1 < candidates.len()
            {
                continue;
            }
            // A sentence-initial function word alone ("But said", "Still,
            // experts warned") is no name; "Putney later told" is.
            let lone_initial = s + 1 == end_tok
                && (s == 0 || !unit.tokens[s - 1].is_word())
                && (super::mentions::not_a_name(&unit.folds[s])
                    || is_between_word(&unit.folds[s])
                    || unit.folds[s].ends_with("ly")
                    || cue_lemma(&unit.folds[s]).is_some());
            let acronym = unit.chars[last.start..last.end]
                .iter()
                .all(|c| !c.is_lowercase());
            if !lone_initial || acronym {
                // "Rep. Tom Cole of Oklahoma said": a person of a place the
                // lexicons do not know, with the person's title.
                let person = (s + 1..end_tok)
                    .find(|&o| unit.folds[o] == "of")
                    .and_then(|o| mention_ending(cx.mentions, unit.tokens[o - 1].end))
                    .filter(|m| m.kind == EntityKind::Person && m.form != MentionForm::Pronoun);
                if let Some(m) = person {
                    let start = extend_title(unit, cx.mentions, m.span.char_start);
                    let first = unit
                        .tokens
                        .iter()
                        .position(|t| t.start == start)
                        .unwrap_or(s);
                    let span = Span::new(start, last.end);
                    return Some((piece(unit.chars, span, m.entity.clone()), first));
                }
                let span = Span::new(unit.tokens[s].start, last.end);
                return Some((piece(unit.chars, span, None), s));
            }
        }
        // A noun phrase the lexicons do not know: "environmentalists
        // worry", "the fund warned", "Some believe".
        if let Some(s) = common_noun_phrase(unit, end_tok) {
            let span = Span::new(unit.tokens[s].start, last.end);
            return Some((piece(unit.chars, span, None), s));
        }
    }
    None
}

/// Whether token `k` is a noun that can head a speaker phrase
/// ([`is_speaker_noun`]), or a percent sign after a number ("85% of
/// Democrats said", "26% say"), which stands for "percent".
fn speaker_noun_at(unit: &Unit<'_>, k: usize) -> bool {
    is_speaker_noun(&unit.folds[k]) || is_percent_sign(unit, k)
}

/// Whether token `k` is a number in figures or a small one in words.
fn is_count(unit: &Unit<'_>, k: usize) -> bool {
    unit.tokens[k].kind == crate::text::TokenKind::Number
        || matches!(
            unit.folds[k].as_str(),
            "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
        )
}

/// Whether token `k` is a percent sign after a number ("85%").
fn is_percent_sign(unit: &Unit<'_>, k: usize) -> bool {
    unit.tokens[k].is(unit.chars, '%')
        && k > 0
        && unit.tokens[k - 1].kind == crate::text::TokenKind::Number
}

/// The first token of the phrase that an organisation or place starting at
/// token `k` qualifies ("Dan McLaughlin at the National Review", "Developers
/// and supporters in Congress"): a name or a plural noun before "at", "in",
/// "from" or "with" (and "the"), opening its clause.
fn qualified_phrase_start(unit: &Unit<'_>, k: usize) -> Option<usize> {
    let mut p = k.checked_sub(1)?;
    if unit.folds[p] == "the" {
        p = p.checked_sub(1)?;
    }
    if !matches!(unit.folds[p].as_str(), "at" | "in" | "from" | "with") || unit.quoted[p] {
        return None;
    }
    let head = p.checked_sub(1)?;
    let t = unit.tokens[head];
    if !t.is_word() || unit.quoted[head] || cue_lemma(&unit.folds[head]).is_some() {
        return None;
    }
    let s = if t.is_capitalized(unit.chars) {
        let mut s = head;
        while s > 0
            && head - s < 4
            && unit.tokens[s - 1].is_word()
            && unit.tokens[s - 1].is_capitalized(unit.chars)
            && !super::mentions::not_a_name(&unit.folds[s - 1])
        {
            s -= 1;
        }
        if super::mentions::not_a_name(&unit.folds[s]) {
            return None;
        }
        s
    } else if super::lexicon::can_head_noun_phrase(&unit.folds[head])
        && unit.folds[head].ends_with('s')
    {
        noun_phrase_start(unit, head)
    } else {
        return None;
    };
    let opens = s == 0
        || !unit.tokens[s - 1].is_word()
        || CLAUSE_OPENERS.contains(unit.folds[s - 1].as_str());
    opens.then_some(s)
}

/// The first token of the noun phrase that a name starting at token `k`
/// completes through prepositions ("The city of Phoenix", "The Tax Policy
/// Center at the Urban Institute and Brookings Institution", "a 2014 study
/// by Harvard and the University of California at Berkeley"), when that
/// phrase opens its clause. "And" joins names only in a chain with a
/// preposition, so "Trump and Clinton" stay two speakers.
fn governing_phrase_start(cx: &Context<'_>, unit: &Unit<'_>, k: usize) -> Option<usize> {
    let mut s = k;
    let mut through_preposition = false;
    while let Some(p) = s.checked_sub(1) {
        let w = unit.folds[p].as_str();
        let preposition = matches!(w, "of" | "at" | "by" | "for" | "from");
        if unit.quoted[p] || !(preposition || w == "and") {
            break;
        }
        let head = p.checked_sub(1)?;
        let t = unit.tokens[head];
        let fold = unit.folds[head].as_str();
        if !t.is_word() || unit.quoted[head] || cue_lemma(fold).is_some() {
            return None;
        }
        s = if t.is_capitalized(unit.chars) && !super::mentions::not_a_name(fold) {
            let name = mention_ending(cx.mentions, t.end)
                .filter(|m| m.form != MentionForm::Pronoun)
                .and_then(|m| {
                    unit.tokens
                        .iter()
                        .position(|x| x.start == m.span.char_start)
                });
            let mut s = name.unwrap_or(head);
            while s > 0
                && unit.tokens[s - 1].is_word()
                && unit.tokens[s - 1].is_capitalized(unit.chars)
                && !unit.quoted[s - 1]
                && !super::mentions::not_a_name(&unit.folds[s - 1])
            {
                s -= 1;
            }
            if s > 0 && matches!(unit.folds[s - 1].as_str(), "the" | "a" | "an") {
                s -= 1;
            }
            s
        } else if super::lexicon::can_head_noun_phrase(fold)
            && !t.is_capitalized(unit.chars)
            && !fold.ends_with("ed")
        {
            // "thousands of Germans" in "he will be greeted by thousands of
            // Germans", "footage of Trump" in "The ad then cuts to footage
            // of Trump": a phrase that holds a verb's words is no subject.
            let s = noun_phrase_start(unit, head);
            let verbal = (s..head).any(|x| {
                let f = unit.folds[x].as_str();
                super::words::is_auxiliary(f)
                    || matches!(
                        f,
                        "to" | "then" | "he" | "she" | "they" | "we" | "i" | "it" | "you"
                    )
                    || f.ends_with("ly")
            });
            if verbal {
                return None;
            }
            s
        } else {
            return None;
        };
        through_preposition |= preposition;
    }
    // "After the debate at Hofstra Trump said": an adjunct, not a subject.
    let adjunct = s > 0
        && matches!(
            unit.folds[s - 1].as_str(),
            "after" | "before" | "since" | "as"
        );
    (s < k && through_preposition && opens_clause(unit, s) && !adjunct).then_some(s)
}

/// Where a speaker named by mention `m` starts, `start` being where its
/// title starts: "the Tax Foundation" takes its determiner, "Many Mexicans"
/// its quantifier.
fn with_determiner(unit: &Unit<'_>, m: &Mention, start: usize) -> usize {
    let k = unit.tokens.iter().position(|t| t.start == start);
    // "A flabbergasted Noah", "a newly elected Bush": up to two adjectives
    // between the determiner and a name, at the start of its phrase (not
    // a noun: "The reason President Obama said").
    let adjective = |j: usize| {
        let w = unit.folds[j].as_str();
        let t = unit.tokens[j];
        t.is_word()
            && !unit.quoted[j]
            && !t.is_capitalized(unit.chars)
            && (w.contains('-')
                || w.ends_with("ly")
                || (w.len() > 4
                    && ["ed", "ive", "ous", "ful", "ic", "al"]
                        .iter()
                        .any(|x| w.ends_with(x))))
    };
    if let Some(k) =
        k.filter(|&k| unit.tokens[k].is_capitalized(unit.chars) && m.form != MentionForm::Pronoun)
    {
        let mut j = k;
        while j > 0 && k - j < 2 && adjective(j - 1) {
            j -= 1;
        }
        if j < k
            && j > 0
            && matches!(unit.folds[j - 1].as_str(), "a" | "an" | "the")
            && (j == 1 || !unit.tokens[j - 2].is_word())
        {
            return unit.tokens[j - 1].start;
        }
    }
    match k {
        Some(k)
            if k > 0
                && (matches!(
                    unit.folds[k - 1].as_str(),
                    "the" | "a" | "an" | "many" | "most" | "some" | "several"
                ) || (
                    // "His son Donald Jr.": a possessive before a title.
                    matches!(unit.folds[k - 1].as_str(), "his" | "her" | "their")
                        && !unit.tokens[k].is_capitalized(unit.chars)
                ))
                && m.form != MentionForm::Pronoun =>
        {
            unit.tokens[k - 1].start
        }
        _ => start,
    }
}

/// A speaker named by mention `m`, with its title and determiner ("Rival
/// Hillary Clinton", "The Republican National Committee").
pub(super) fn mention_speaker(cx: &Context<'_>, unit: &Unit<'_>, m: &Mention) -> Piece {
    let start = with_determiner(unit, m, extend_title(unit, cx.mentions, m.span.char_start));
    piece(
        unit.chars,
        Span::new(start, m.span.char_end),
        m.entity.clone(),
    )
}

/// The entity a phrase names when it is a mention with its title and
/// determiner ("Sheinbaum", "Mexican President Claudia Sheinbaum"), not a
/// phrase that only ends in one ("allies of Sheinbaum").
pub(super) fn phrase_entity(cx: &Context<'_>, unit: &Unit<'_>, phrase: Span) -> Option<EntityId> {
    let m = mention_ending(cx.mentions, phrase.char_end)?;
    let named = mention_speaker(cx, unit, m);
    (named.start == phrase.char_start)
        .then_some(named.entity)
        .flatten()
}

/// The entity a phrase speaks for: the author of a work it names ("a
/// statement from the US Department of State", "A 2014 study by Harvard
/// University"), or the country whose officials it names ("officials in
/// Ottawa"). The phrase opens with the noun and what qualifies it (no
/// capitalised word, no cue), then "by" (perhaps after a participle:
/// "published by") or "from" for a work, "in", "from" or "of" for
/// officials, and the mention that ends the phrase. ("A video of Trump"
/// shows him; "allies of Sheinbaum" and "a spokeswoman for Hillary
/// Clinton" speak for themselves.)
pub(super) fn speaks_for(cx: &Context<'_>, unit: &Unit<'_>, phrase: Span) -> Option<EntityId> {
    let first = unit
        .tokens
        .iter()
        .position(|t| t.start >= phrase.char_start)?;
    let is_officials = |k: usize| {
        matches!(
            unit.folds[k].as_str(),
            "officials" | "authorities" | "diplomats"
        )
    };
    let by = (first + 1..unit.tokens.len().min(first + 6))
        .take_while(|&k| unit.tokens[k].end <= phrase.char_end)
        .find(|&k| match unit.folds[k].as_str() {
            "by" | "from" => true,
            "in" | "of" => is_officials(k - 1),
            _ => false,
        })?;
    // "a survey published by NBC News", "a memo released by the White House".
    let noun =
        if by >= first + 2 && unit.folds[by].as_str() == "by" && unit.folds[by - 1].ends_with("ed")
        {
            by - 2
        } else {
            by - 1
        };
    let qualifiers_only = (first..noun).all(|k| {
        let t = unit.tokens[k];
        let number = unit.chars[t.start].is_ascii_digit();
        (number || (t.is_word() && (k == first || !t.is_capitalized(unit.chars))))
            && cue_lemma(&unit.folds[k]).is_none()
    });
    let work = matches!(unit.folds[by].as_str(), "by" | "from")
        && super::lexicon::is_work_noun(&unit.folds[noun]);
    let officials = noun + 1 == by && is_officials(noun);
    if !(work || officials) || !qualifiers_only {
        return None;
    }
    let m = mention_ending(cx.mentions, phrase.char_end)?;
    let named = mention_speaker(cx, unit, m);
    let name = unit.tokens.iter().position(|t| t.start == named.start)?;
    // A person's description before the name: "by Loyola Law School
    // professor Justin Levitt".
    let own = unit
        .tokens
        .iter()
        .position(|t| t.start == m.span.char_start)?;
    let described = own > by + 1
        && is_speaker_noun(&unit.folds[own - 1])
        && (by + 1..own - 1).all(|k| {
            unit.tokens[k].is_word()
                && (unit.tokens[k].is_capitalized(unit.chars) || is_qualifier(&unit.folds[k]))
        });
    // An organisation, an outlet or a person by honorific, title or
    // description; a bare capitalised name may be a place ("data from
    // Iowa").
    let author = match m.kind {
        _ if officials => m.kind == EntityKind::Country && name == by + 1,
        EntityKind::Organization | EntityKind::Outlet => name == by + 1,
        EntityKind::Person => {
            described
                || (name == by + 1
                    && (matches!(m.form, MentionForm::Honorific | MentionForm::Title)
                        || m.office.is_some()))
        }
        // (The statement rules see no places: `extract` keeps them apart.)
        EntityKind::Country | EntityKind::Place | EntityKind::Group => false,
    };
    author.then_some(named.entity).flatten()
}

/// The first token of a phrase naming a work by whoever is named from
/// token `k` ("A 2014 study by", "an analysis by the"), when the phrase
/// opens its clause.
fn work_by_start(unit: &Unit<'_>, k: usize) -> Option<usize> {
    let mut p = k.checked_sub(1)?;
    // Capitalised words no mention took ("by Loyola Law School professor").
    while p > 0
        && k - p < 5
        && unit.tokens[p].is_word()
        && unit.tokens[p].is_capitalized(unit.chars)
        && !unit.quoted[p]
    {
        p -= 1;
    }
    if unit.folds[p] == "the" {
        p = p.checked_sub(1)?;
    }
    if unit.folds[p] != "by" || unit.quoted[p] {
        return None;
    }
    let head = p.checked_sub(1)?;
    let t = unit.tokens[head];
    if !t.is_word()
        || unit.quoted[head]
        || !unit.chars[t.start].is_lowercase()
        || !super::lexicon::can_head_noun_phrase(&unit.folds[head])
        || cue_lemma(&unit.folds[head]).is_some()
    {
        return None;
    }
    let s = noun_phrase_start(unit, head);
    opens_clause(unit, s).then_some(s)
}

/// The first token of a common noun phrase that ends right before token
/// `end` and opens its clause: its last word a lower-case word that can be
/// a noun ("the fund", "environmentalists", "some"), its first word after
/// punctuation, a conjunction or the start of the unit.
fn common_noun_phrase(unit: &Unit<'_>, end: usize) -> Option<usize> {
    let last = end.checked_sub(1)?;
    let word = unit.folds[last].as_str();
    let t = unit.tokens[last];
    if unit.quoted[last]
        || !t.is_word()
        || !unit.chars[t.start].is_lowercase()
        || !super::lexicon::can_head_noun_phrase(word)
        || cue_lemma(word).is_some()
    {
        return None;
    }
    let mut s = noun_phrase_start(unit, last);
    // A verb before the noun phrase: "The company now has over 170
    // researchers", not a subject of the cue. ("Trump has faced questions
    // about": the verb before a nominal cue is the frame's, left as it
    // was.)
    if !word.ends_with("ed") {
        if let Some(v) = (s..last)
            .rev()
            .find(|&k| super::words::is_finite_auxiliary(&unit.folds[k]))
        {
            s = v + 1;
        }
    }
    // "A report by environmentalists found": the work.
    if let Some(w) = work_by_start(unit, s) {
        return Some(w);
    }
    let opens = s == 0
        || !unit.tokens[s - 1].is_word()
        || CLAUSE_OPENERS.contains(unit.folds[s - 1].as_str());
    opens.then_some(s)
}

/// Quantifiers that can stand for a group of speakers.
static QUANTIFIERS: WordSet = WordSet::new(&[
    "all",
    "some",
    "many",
    "most",
    "others",
    "both",
    "few",
    "none",
    "everyone",
    "nobody",
    "several",
    "someone",
    "anyone",
    "everybody",
    "somebody",
]);

/// Words after which a subject noun phrase can start a clause.
static CLAUSE_OPENERS: WordSet = WordSet::new(&[
    "and", "but", "that", "as", "while", "because", "when", "although", "though", "since", "after",
    "before", "where", "then",
]);

/// Extends a speaker span left over a title and its country ("Mexican
/// President" before "Claudia Sheinbaum").
/// The first token of the noun phrase that ends with the speaker noun at
/// `noun` ("the Tax Foundation's senior economist"): back over words to a
/// determiner, stopping at punctuation, quotations, cues and conjunctions.
pub(super) fn noun_phrase_start(unit: &Unit<'_>, noun: usize) -> usize {
    let s = noun_phrase_start_from(unit, noun);
    // "At least one commentator", "at most two".
    if s >= 1 && matches!(unit.folds[s].as_str(), "least" | "most") && unit.folds[s - 1] == "at" {
        s - 1
    } else {
        s
    }
}

/// [`noun_phrase_start`] before "at least" is looked for.
fn noun_phrase_start_from(unit: &Unit<'_>, noun: usize) -> usize {
    let mut s = noun;
    while s > 0 && s + 11 > noun {
        let w = unit.folds[s - 1].as_str();
        let t = unit.tokens[s - 1];
        // "Mrs. Clinton's aides", "Sen. Cruz's staff": an abbreviated title
        // or honorific; "Sanders’ aides": a possessive apostrophe.
        if s >= 2 && t.is(unit.chars, '.') && is_title_abbreviation(&unit.folds[s - 2]) {
            s -= 2;
            continue;
        }
        if s >= 2
            && matches!(w, "’" | "'")
            && t.start == unit.tokens[s - 2].end
            && unit.folds[s - 2].ends_with('s')
            && unit.tokens[s - 2].is_capitalized(unit.chars)
        {
            s -= 1;
            continue;
        }
        // "4 in 10 Republican voters", "one in five": a proportion.
        let proportion =
            w == "in" && s >= 2 && is_count(unit, s - 2) && is_count(unit, s) && !unit.quoted[s];
        if proportion {
            s -= 1;
            continue;
        }
        if !(t.is_word() || is_percent_sign(unit, s - 1))
            || unit.quoted[s - 1]
            // ("The latest Rasmussen Reports poll": a name's word.)
            || (cue_lemma(w).is_some() && !t.is_capitalized(unit.chars))
            || CLAUSE_OPENERS.contains(w)
            || matches!(
                w,
                "or" | "if"
                    | "which"
                    | "who"
                    | "whom"
                    | "what"
                    | "whether"
                    | "why"
                    | "how"
                    | "where"
                    | "unless"
                    | "in"
                    | "on"
                    | "at"
                    | "by"
                    | "with"
                    | "into"
                    | "during"
            )
        {
            // "Federal and state officials", "Developers and supporters":
            // two words joined at the start of the clause.
            let joined = matches!(w, "and" | "or")
                && s >= 2
                && unit.tokens[s - 2].is_word()
                && !unit.quoted[s - 2]
                && cue_lemma(&unit.folds[s - 2]).is_none()
                && (s == 2
                    || !unit.tokens[s - 3].is_word()
                    || matches!(unit.folds[s - 3].as_str(), "the" | "a" | "an"));
            if joined {
                s -= 2;
                if s > 0 && matches!(unit.folds[s - 1].as_str(), "the" | "a" | "an") {
                    s -= 1;
                }
            }
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
            // "The two leaders", "his many supporters": a determiner before
            // the number or quantity.
            if s > 0
                && matches!(w, "some" | "many" | "several" | "other" | "two" | "three")
                && matches!(
                    unit.folds[s - 1].as_str(),
                    "the" | "his" | "her" | "their" | "its" | "these" | "those"
                )
                && !unit.quoted[s - 1]
            {
                s -= 1;
            }
            break;
        }
    }
    // "Many of his supporters", "one of the lawyers", "a majority of voters".
    if s >= 2
        && unit.folds[s - 1] == "of"
        && !unit.quoted[s - 2]
        && (QUANTIFIERS.contains(unit.folds[s - 2].as_str())
            || matches!(
                unit.folds[s - 2].as_str(),
                "one" | "two" | "three" | "each" | "half" | "majority" | "number" | "group"
            ))
    {
        s -= 2;
        if s > 0 && matches!(unit.folds[s - 1].as_str(), "the" | "a" | "an") {
            s -= 1;
        }
    }
    s
}

pub(super) fn extend_title(unit: &Unit<'_>, mentions: &[Mention], start: usize) -> usize {
    let Some(mut k) = unit.tokens.iter().position(|t| t.start == start) else {
        return start;
    };
    // A pronoun takes no title: "the kind of president she hopes to be".
    if matches!(
        unit.folds[k].as_str(),
        "he" | "she" | "they" | "we" | "i" | "it" | "you"
    ) {
        return start;
    }
    let mut new_start = start;
    // Nouns taken in a row before a speaker noun ("hedge fund manager").
    let mut compounded = 0;
    while k > 0 {
        let w = unit.folds[k - 1].as_str();
        let t = unit.tokens[k - 1];
        // An abbreviated title: "Rep. Gwen Moore", "Sen. Claire McCaskill".
        if k >= 2 && t.is(unit.chars, '.') && is_title_abbreviation(&unit.folds[k - 2]) {
            k -= 2;
            new_start = unit.tokens[k].start;
            continue;
        }
        // A possessive apostrophe after a name in "s" ("Fox News’ Bret
        // Baier"), as "’s" is ("Breitbart London’s Raheem Kassam").
        if k >= 2
            && matches!(w, "'" | "’")
            && t.start == unit.tokens[k - 2].end
            && unit.folds[k - 2].ends_with('s')
            && unit.tokens[k - 2].is_capitalized(unit.chars)
            && !unit.quoted[k - 1]
        {
            k -= 1;
            new_start = t.start;
            continue;
        }
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
        let titleish = super::lexicon::is_office_word(w)
            || super::lexicon::lexicon().phrases.get(w).is_some_and(|e| {
                e.kind == EntityKind::Country || e.kind == EntityKind::Organization
            })
            || matches!(
                w,
                "of" | "'s" | "u.s." | "us" | "state" | "affairs" | "foreign"
            )
            // "longtime Democratic pollster", "Rival Hillary Clinton",
            // "Officer Joseph Beinlich".
            || is_title_noun(w)
            || is_qualifier(w)
            // "vice-presidential nominee".
            || (w.contains('-') && w.split('-').all(|p| p == "vice" || is_qualifier(p)))
            // "The 76-year-old Bernie Sanders".
            || w.ends_with("-year-old")
            // "47 percent of Cuban Americans": the quantity's number.
            || (t.kind == crate::text::TokenKind::Number && unit.folds[k] == "percent")
            // "Clinton spokesman Nick Merrill": a person before an office.
            || (is_speaker_noun(&unit.folds[k])
                && mentions.iter().any(|m| {
                    m.span.char_end == t.end && m.kind == EntityKind::Person
                }));
        // A compound's first nouns before a speaker noun already taken:
        // "real estate developer", "hedge fund manager".
        let compound = new_start == unit.tokens[k].start
            && !unit.tokens[k].is_capitalized(unit.chars)
            && (is_speaker_noun(&unit.folds[k]) || (1..=2).contains(&compounded))
            && !t.is_capitalized(unit.chars)
            && !matches!(
                w,
                "what"
                    | "which"
                    | "where"
                    | "when"
                    | "why"
                    | "how"
                    | "whose"
                    | "this"
                    | "these"
                    | "those"
            )
            && w.chars().all(|c| c.is_ascii_lowercase())
            && w.len() > 2
            && !super::mentions::not_a_name(w)
            && !is_between_word(w)
            && cue_lemma(w).is_none()
            && !w.ends_with("ly")
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && (k + 1..unit.tokens.len().min(k + 4))
                .any(|x| unit.tokens[x].is_capitalized(unit.chars));
        // A name before a title already taken: "New Jersey Gov.",
        // "Clinton communication director".
        let proper = new_start != start
            && t.is_capitalized(unit.chars)
            && !super::mentions::not_a_name(w)
            && cue_lemma(w).is_none()
            && !is_between_word(w);
        if !(titleish || proper || compound) || unit.quoted[k - 1] || !t.is_word() {
            break;
        }
        compounded = if compound && !titleish {
            compounded + 1
        } else {
            0
        };
        k -= 1;
        new_start = t.start;
    }
    // Never start on "of" or a possessive.
    while let Some(t) = unit.tokens.iter().find(|t| t.start == new_start) {
        let w = fold(&t.text(unit.chars));
        if matches!(w.as_str(), "of" | "'s" | "'" | "’") {
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

/// The subject at the start of the unit, before token `c` and outside
/// quotations, as the subject of a verb conjoined later in the sentence: a
/// person or organisation ("But Mr. Schultz …"), "they" or "we", or a
/// speaker noun's phrase ("The Arizona Republican survived … and says").
/// A lead adjunct set off by a comma ("In 2008, Cooper donated … and has
/// spoken out") comes before it.
pub(super) fn sentence_subject(cx: &Context<'_>, unit: &Unit<'_>, c: usize) -> Option<Piece> {
    let first = (0..c).find(|&k| {
        unit.tokens[k].is_word()
            && !matches!(
                unit.folds[k].as_str(),
                "but" | "and" | "so" | "yet" | "still"
            )
    })?;
    // A lead clause may open the sentence as well ("When asked whom she
    // supported, Ms. Sherry smiled and said").
    let lead_clause = CLAUSE_OPENERS.contains(unit.folds[first].as_str())
        || matches!(
            unit.folds[first].as_str(),
            "asked" | "if" | "by" | "despite" | "amid" | "following" | "like" | "unlike" | "under"
        );
    let after = if lead_clause {
        // ("Asked on Monday whether Mr. Clinton would hold a cabinet
        // position, Mrs. Clinton …": a clause may be long.)
        after_comma(unit, first, c, 20)
    } else {
        after_lead_adjunct(unit, first, c)
    };
    [Some(first), after]
        .into_iter()
        .flatten()
        .find_map(|k| subject_at(cx, unit, k, c))
}

/// The subject of the clause after a participle phrase that opens the
/// sentence at token `c` ("Citing an unfounded theory, Trump …",
/// "Bemoaning the "phony system," Trump …"): a person or organisation
/// mentioned right after the phrase's comma, or a pronoun or a name no
/// mention took before a lower-case verb; and that comma's token.
pub(super) fn subject_after_participle(
    cx: &Context<'_>,
    unit: &Unit<'_>,
    c: usize,
) -> Option<(Piece, usize)> {
    let n = unit.tokens.len();
    let comma = (c + 1..n.min(c + 25)).find(|&k| unit.tokens[k].is(unit.chars, ','))?;
    // (A comma inside a quotation's marks: the subject follows them.)
    let k = (comma + 1..n.min(comma + 3)).find(|&k| unit.tokens[k].is_word())?;
    if unit.quoted[k] {
        return None;
    }
    if let Some(m) = mention_starting(cx.mentions, unit.tokens[k].start)
        .filter(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organization))
    {
        return Some((piece(unit.chars, m.span, m.entity.clone()), comma));
    }
    // A pronoun, or a name no mention took, before a lower-case verb.
    let end = if super::words::is_subject_pronoun(&unit.folds[k]) {
        k + 1
    } else {
        k + capitalized_run(unit, k, 3)
    };
    let verb = unit
        .tokens
        .get(end)
        .is_some_and(|t| t.is_word() && !t.is_capitalized(unit.chars) && !unit.quoted[end]);
    (end > k && verb).then(|| {
        let span = Span::new(unit.tokens[k].start, unit.tokens[end - 1].end);
        (piece(unit.chars, span, None), comma)
    })
}

/// How many capitalised words outside quotations run from token `from`,
/// at most `max`: a name no mention took ("Dante Chinni").
fn capitalized_run(unit: &Unit<'_>, from: usize, max: usize) -> usize {
    (from..unit.tokens.len().min(from + max))
        .take_while(|&k| {
            !unit.quoted[k] && unit.tokens[k].is_word() && unit.tokens[k].is_capitalized(unit.chars)
        })
        .count()
}

/// The last comma outside quotation marks among tokens `range`.
pub(super) fn last_comma(unit: &Unit<'_>, range: std::ops::Range<usize>) -> Option<usize> {
    range
        .rev()
        .find(|&k| unit.tokens[k].is(unit.chars, ',') && !unit.quoted[k])
}

/// Whether the cue at token `c` ends its sentence ("…, Law said.").
pub(super) fn ends_sentence(unit: &Unit<'_>, c: usize) -> bool {
    unit.tokens.get(c + 1).is_none_or(|t| !t.is_word())
}

/// The token after a lead adjunct set off by a comma ("In 2008,", "On
/// Tuesday,", "Recently,") that opens the clause at token `first`, when
/// it comes before token `c`.
pub(super) fn after_lead_adjunct(unit: &Unit<'_>, first: usize, c: usize) -> Option<usize> {
    if !opens_adjunct(unit.folds.get(first)?) {
        return None;
    }
    after_comma(unit, first, c, 10)
}

/// The token after the first comma within `within` tokens after `first`,
/// if it comes before token `c`.
fn after_comma(unit: &Unit<'_>, first: usize, c: usize, within: usize) -> Option<usize> {
    (first + 1..c.min(first + within))
        .find(|&k| unit.tokens[k].is(unit.chars, ','))
        .map(|comma| comma + 1)
        .filter(|&k| k < c)
}

/// Whether a folded word can open a lead adjunct ("In", "On", "Monday",
/// "Recently").
pub(super) fn opens_adjunct(word: &str) -> bool {
    ADJUNCT_STARTS.contains(word) || is_time_word(word) || word.ends_with("ly")
}

/// A subject that starts at token `k`, before cue token `c`: see
/// [`sentence_subject`].
fn subject_at(cx: &Context<'_>, unit: &Unit<'_>, k: usize, c: usize) -> Option<Piece> {
    if unit.quoted[k] {
        return None;
    }
    let t = unit.tokens[k];
    if let Some(m) = mention_starting(cx.mentions, t.start).filter(|m| {
        matches!(m.kind, EntityKind::Person | EntityKind::Organization)
            && m.span.char_end <= unit.tokens[c].start
    }) {
        return Some(piece(unit.chars, m.span, m.entity.clone()));
    }
    match unit.folds[k].as_str() {
        "they" | "we" => Some(piece(unit.chars, Span::new(t.start, t.end), None)),
        "the" | "a" | "an" => {
            // The first speaker noun within four words, followed by a
            // lower-case word (its verb, not a preposition or relative
            // pronoun that carries the phrase on) or a comma.
            let head = (k + 1..c.min(k + 5))
                .take_while(|&h| unit.tokens[h].is_word() && !unit.quoted[h])
                .find(|&h| is_speaker_noun(&unit.folds[h]))?;
            let next = unit.tokens.get(head + 1)?;
            let verb_or_comma = next.is(unit.chars, ',')
                || (next.is_word()
                    && !next.is_capitalized(unit.chars)
                    && !matches!(
                        unit.folds[head + 1].as_str(),
                        "of" | "for"
                            | "in"
                            | "at"
                            | "on"
                            | "from"
                            | "with"
                            | "to"
                            | "who"
                            | "which"
                            | "that"
                            | "'s"
                            | "’s"
                    ));
            (head + 1 < c && verb_or_comma)
                .then(|| piece(unit.chars, Span::new(t.start, unit.tokens[head].end), None))
        }
        _ => None,
    }
}

pub(super) fn speaker_after(cx: &Context<'_>, unit: &Unit<'_>, c: usize) -> Option<Piece> {
    // Office words and qualifiers may come first: "said longtime Democratic
    // pollster Pat Caddell", "said the Tax Foundation".
    let first = unit.tokens.get(c + 1)?;
    let mut k = c + 1;
    let m = loop {
        let t = unit.tokens.get(k)?;
        if let Some(m) = mention_starting(cx.mentions, t.start) {
            break m;
        }
        let w = unit.folds[k].as_str();
        let abbreviated = is_title_abbreviation(w)
            && unit
                .tokens
                .get(k + 1)
                .is_some_and(|d| d.is(unit.chars, '.'));
        if abbreviated {
            k += 2;
            continue;
        }
        // ("said former Utah governor Michael Leavitt", "said former
        // Pennsylvania Gov. and Democratic National Committee Chairman Ed
        // Rendell": places and bodies in the office words.)
        // ("said 9/11 widow Terry Strada", "said 64-year-old retiree …":
        // numbers qualify too.)
        let number = unit.chars[t.start].is_ascii_digit()
            || (t.is(unit.chars, '/')
                && k > c + 1
                && unit.chars[unit.tokens[k - 1].start].is_ascii_digit());
        // ("said former tech executive Carly Fiorina", "said hedge fund
        // manager Paul Singer": a compound's nouns before the title.)
        let compound = t.is_word()
            && !unit.quoted[k]
            && !t.is_capitalized(unit.chars)
            && cue_lemma(w).is_none()
            && unit.tokens.get(k + 1).is_some_and(|n| {
                !n.is_capitalized(unit.chars) && is_speaker_noun(&unit.folds[k + 1])
            });
        let qualifier = matches!(w, "the" | "a" | "an")
            || is_title_noun(w)
            || is_qualifier(w)
            || number
            || compound;
        let in_office = k > c + 1 && (t.is_capitalized(unit.chars) || (w == "and" && k > c + 2));
        if k > c + 9 || unit.quoted[k] || !(t.is_word() || number) || !(qualifier || in_office) {
            return None;
        }
        k += 1;
    };
    // "…, said he.": a pronoun after the cue ends its clause; in "say he
    // is unfit" it opens the content.
    if m.form == MentionForm::Pronoun
        && (!matches!(fold(&m.text).as_str(), "he" | "she")
            || unit
                .tokens
                .iter()
                .find(|t| t.start >= m.span.char_end)
                .is_some_and(|t| t.is_word()))
    {
        return None;
    }
    let mut m = m;
    let n = unit.tokens.len();
    // "said MSNBC host Chris Matthews", "said NBC's Dante Chinni": the
    // person the organisation's office words lead to; so too after a
    // party's member ("said Republican strategist Al Cardenas") or
    // another name ("said Clinton adviser John Podesta").
    if let Some(mut j) = unit.tokens.iter().position(|t| t.start >= m.span.char_end) {
        let possessive = matches!(unit.folds.get(j).map(Fold::as_str), Some("'s" | "’s"));
        if possessive {
            j += 1;
        }
        let office_start = j;
        // ("said Senate Minority Whip Dick Durbin".)
        while j < n
            && j < office_start + 3
            && !unit.quoted[j]
            && (is_title_noun(&unit.folds[j])
                || matches!(unit.folds[j].as_str(), "minority" | "majority" | "whip"))
        {
            j += 1;
        }
        if let Some(p) = unit
            .tokens
            .get(j)
            .and_then(|t| mention_starting(cx.mentions, t.start))
        {
            if p.kind == EntityKind::Person && j > office_start {
                m = p;
            }
        } else if possessive {
            // "noted NBC’s Dante Chinni": a name no mention took.
            let run = capitalized_run(unit, j, 4);
            if run >= 2 {
                return Some(piece(
                    unit.chars,
                    Span::new(first.start, unit.tokens[j + run - 1].end),
                    None,
                ));
            }
        }
    }
    let mut end = m.span.char_end;
    // A parenthesis ("(R-Ga.)"), where the speaker is from ("of Arizona",
    // "of the Tax Policy Center") or an apposition that ends the sentence
    // (", a professor at Princeton.") belongs to the speaker.
    if let Some(mut next) = unit.tokens.iter().position(|t| t.start >= end) {
        if unit.tokens[next].is(unit.chars, '(') {
            if let Some(close) =
                (next + 1..n.min(next + 8)).find(|&j| unit.tokens[j].is(unit.chars, ')'))
            {
                end = unit.tokens[close].end;
                next = close + 1;
            }
        }
        if m.kind == EntityKind::Person
            && next + 1 < n
            && unit.folds[next] == "of"
            && !unit.quoted[next + 1]
        {
            let mut j = next + 1;
            if unit.folds[j] == "the" {
                j += 1;
            }
            let first = j;
            while j < n
                && !unit.quoted[j]
                && (unit.tokens[j].is_capitalized(unit.chars)
                    || (j > first
                        && matches!(unit.folds[j].as_str(), "of" | "for" | "and" | "." | "&")))
            {
                j += 1;
            }
            // Back off a trailing function word or dot that is not part of
            // an abbreviation.
            while j > first
                && matches!(unit.folds[j - 1].as_str(), "of" | "for" | "and" | "&" | ".")
            {
                j -= 1;
            }
            if j > first {
                end = unit.tokens[j - 1].end;
                next = j;
            }
        }
        // Any apposition after a verb of saying ("said Murphy, now a
        // consultant…", "said David Wasserman, House editor for…"); after
        // "according to" the content may follow the comma, so only one
        // that opens like an apposition (", a professor", ", head of").
        let opener = unit.folds.get(next + 1).map_or("", Fold::as_str);
        let according = unit.folds[c] == "to";
        let apposition = next + 1 < n
            && if according {
                matches!(opener, "a" | "an" | "the" | "who")
                    || (is_speaker_noun(opener) || opener == "head" || is_qualifier(opener))
                        && unit.chars[unit.tokens[next + 1].start].is_lowercase()
            } else {
                unit.tokens[next + 1].is_word()
                    && !ADJUNCT_STARTS.contains(opener)
                    && !is_time_word(opener)
                    && !opener.ends_with("ing")
                    && !matches!(
                        opener,
                        "and"
                            | "but"
                            | "or"
                            | "so"
                            | "as"
                            | "because"
                            | "which"
                            | "that"
                            | "if"
                            | "when"
                    )
                    && cue_lemma(opener).is_none()
            };
        if apposition && unit.tokens[next].is(unit.chars, ',') && !unit.quoted[next + 1] {
            // It may run on over commas to the end of the sentence ("said
            // Tim Hess, a developer in Virginia, who introduced …"), but not
            // into a quotation, a dash or a clause of the speaker's
            // (", adding that …").
            let stop = (next + 1..n)
                .find(|&j| {
                    let t = unit.tokens[j];
                    unit.quoted[j]
                        || t.is(unit.chars, ';')
                        || t.is(unit.chars, ':')
                        || matches!(unit.chars[t.start], '—' | '–' | '(')
                        || (unit.tokens[j - 1].is(unit.chars, ',')
                            && (cue_lemma(&unit.folds[j]).is_some()
                                || unit.folds[j].ends_with("ing")
                                // (", in a statement.", ", on Monday."; ",
                                // then the C.I.A. director" is an office.)
                                || (ADJUNCT_STARTS.contains(unit.folds[j].as_str())
                                    && unit.folds[j] != "then")))
                })
                .unwrap_or(n);
            let last_word = (next + 1..stop).rev().find(|&j| unit.tokens[j].is_word());
            let to_end = unit.tokens[stop.min(n)..].iter().all(|t| !t.is_word());
            // Before a clause of the speaker's, the apposition keeps its
            // closing comma, as annotators mark it ("said Ed Rendell, a
            // former governor, referring to …").
            // So does a plain one before the rest of a quotation ("said
            // Stephanie Formas, Clinton's state director, “and we've …”"),
            // without a clause or participle of its own.
            let plain = || {
                !opener.ends_with("ed")
                    && (next + 1..stop).all(|j| {
                        cue_lemma(&unit.folds[j]).is_none()
                            && !matches!(unit.folds[j].as_str(), "who" | "which" | "that")
                    })
            };
            let before_clause = stop < n
                && unit.tokens[stop - 1].is(unit.chars, ',')
                && (!unit.quoted[stop] || plain());
            // Short ones too (", the minister.", ", 24,"), but not a manner
            // (", half joking.").
            if let Some(j) = last_word.filter(|&j| {
                (to_end || before_clause) && (j > next + 2 || !unit.folds[j].ends_with("ing"))
            }) {
                end = unit.tokens[if to_end { j } else { stop - 1 }].end;
                // A closing parenthesis or bracket belongs to it.
                if unit
                    .tokens
                    .get(j + 1)
                    .is_some_and(|t| t.is(unit.chars, ')'))
                {
                    end = unit.tokens[j + 1].end;
                }
            }
        }
    }
    Some(piece(
        unit.chars,
        Span::new(first.start.min(m.span.char_start), end),
        m.entity.clone(),
    ))
}

/// Titles abbreviated with a dot ("Sen.", "Rep."), folded, without it.
fn is_title_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "rep"
            | "sen"
            | "gov"
            | "lt"
            | "gen"
            | "adm"
            | "capt"
            | "dr"
            | "mr"
            | "mrs"
            | "ms"
            | "col"
            | "sgt"
            | "rev"
            | "prof"
            | "del"
    )
}

/// Words that qualify a speaker's office: "longtime", "former", "Democratic".
pub(super) fn is_qualifier(w: &str) -> bool {
    matches!(
        w,
        "longtime"
            | "former"
            | "rival"
            | "veteran"
            | "senior"
            | "top"
            | "chief"
            | "deputy"
            | "acting"
            | "democratic"
            | "republican"
            | "nonpartisan"
            | "independent"
            | "conservative"
            | "liberal"
            | "progressive"
            | "presidential"
            | "vice"
            | "retired"
            | "communications"
            | "communication"
            | "campaign"
            | "press"
            | "radio"
            | "federal"
            | "presumptive"
            | "best-selling"
    )
}

/// The addressee right after a cue: "told reporters", "told him", "asked
/// Ms Sheinbaum".
pub(super) fn addressee_after(
    cx: &Context<'_>,
    unit: &Unit<'_>,
    c: usize,
    lemma: &str,
) -> Option<(Piece, usize)> {
    // (The model's cues have their form for lemma: "reminded".)
    if !(matches!(lemma, "tell" | "ask" | "warn" | "urge" | "assure" | "reply")
        || lemma.starts_with("remind")
        || lemma.starts_with("inform"))
    {
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
    let Some(m) = mention_starting(cx.mentions, t.start) else {
        return audience_phrase(unit, next, lemma);
    };
    let end = unit
        .tokens
        .iter()
        .position(|x| x.start >= m.span.char_end)
        .unwrap_or(unit.tokens.len());
    Some((piece(unit.chars, m.span, m.entity.clone()), end))
}

/// A noun phrase no lexicon knows that is told or asked something, from
/// token `from`: "told an audience at a literary festival … that",
/// "reminded viewers that", "tells voters she’s with them", "asked our
/// followers who …". It is a few words, then the clause ("that", a subject
/// pronoun, or for "ask" a question word), perhaps after an adjunct.
fn audience_phrase(unit: &Unit<'_>, from: usize, lemma: &str) -> Option<(Piece, usize)> {
    let n = unit.tokens.len();
    let word = |k: usize| {
        unit.tokens[k].is_word() && !unit.quoted[k] && cue_lemma(&unit.folds[k]).is_none()
    };
    let opens = |k: usize| {
        let f = unit.folds[k].as_str();
        !unit.quoted[k]
            && (f == "that"
                || matches!(f, "he" | "she" | "they" | "we" | "i" | "it" | "there")
                || (lemma == "ask" && is_question_word(f)))
    };
    let first = unit.folds.get(from)?.as_str();
    if !word(from)
        || opens(from)
        || ADJUNCT_STARTS.contains(first)
        || is_time_word(first)
        || super::words::is_object_pronoun(first)
        || matches!(first, "you" | "it")
        // ("asked about Trump's declaration that …": what was asked.)
        || matches!(
            first,
            "about" | "of" | "for" | "on" | "over" | "into" | "against" | "by" | "from"
        )
    {
        return None;
    }
    // The phrase: a determiner or possessive, then nouns.
    let mut end = from + 1;
    while end < n && end < from + 5 && word(end) && !opens(end) {
        let f = unit.folds[end].as_str();
        if ADJUNCT_STARTS.contains(f) || is_time_word(f) || matches!(f, "of" | "and" | "to") {
            break;
        }
        end += 1;
    }
    let last = unit.folds[end - 1].as_str();
    if !super::lexicon::can_head_noun_phrase(last)
        && !unit.tokens[end - 1].is_capitalized(unit.chars)
    {
        return None;
    }
    // The clause, perhaps after an adjunct ("at a festival last week").
    let clause = (end..n.min(end + 12))
        .take_while(|&k| word(k) || unit.tokens[k].is(unit.chars, ','))
        .find(|&k| opens(k))?;
    // ("asked my opinion on what they had done": what the opinion is on.)
    if clause > end
        && (!(ADJUNCT_STARTS.contains(unit.folds[end].as_str()) || is_time_word(&unit.folds[end]))
            || matches!(
                unit.folds[clause - 1].as_str(),
                "on" | "about" | "of" | "in" | "at" | "for" | "with" | "to"
            ))
    {
        return None;
    }
    let span = Span::new(unit.tokens[from].start, unit.tokens[end - 1].end);
    Some((piece(unit.chars, span, None), end))
}

/// The words that name a statement's medium (ASCII word boundaries, as in
/// the date pattern of [`super::dates`]; after "é", which ASCII counts no
/// letter, the end of the word is `(?-u:\B)`: no ASCII letter follows).
pub(super) fn medium_re() -> &'static [(Regex, Medium)] {
    static RE: OnceLock<Vec<(Regex, Medium)>> = OnceLock::new();
    RE.get_or_init(|| {
        let r = |p: &str| Regex::new(p).expect("valid medium regex");
        vec![
            (r(r"(?i)(?-u:\b)(?:post(?:ed)?|wrote|writing|tweet(?:ed)?)(?-u:\b)[^.]{0,20}(?-u:\b)on (?:X|Twitter|Truth Social|Facebook|Instagram)(?-u:\b)|(?-u:\b)social media(?-u:\b)|(?-u:\b)Truth Social(?-u:\b)|(?-u:\b)on X(?-u:\b)"), Medium::SocialMediaPost),
            (r(r"(?i)(?-u:\b)(?:press|news) conference(?-u:\b)|(?-u:\b)briefing(?-u:\b)|(?-u:\b)mañanera(?-u:\b)"), Medium::PressConference),
            (r(r"(?i)(?-u:\b)interview(?-u:\b)"), Medium::Interview),
            (r(r"(?i)(?-u:\b)(?:in|during|on) (?:a|the|their|her|his|its|that|this) (?:\w+ )?(?:\w+ )?(?:phone )?call(?-u:\b)|(?-u:\b)phone call(?-u:\b)|(?-u:\b)by phone(?-u:\b)|(?-u:\b)on the phone(?-u:\b)"), Medium::PhoneCall),
            (r(r"(?i)(?-u:\b)(?:press )?statement(?-u:\b)|(?-u:\b)press release(?-u:\b)|(?-u:\b)communiqu(?:e(?-u:\b)|é(?-u:\B))"), Medium::PressStatement),
        ]
    })
}

/// Words (in lower case) one of which each pattern of [`medium_re`] needs: a
/// cheap test before the patterns.
const MEDIUM_WORDS: &[&str] = &[
    "post",
    "wrote",
    "writing",
    "tweet",
    "social",
    "on x",
    "conference",
    "briefing",
    "mañanera",
    "interview",
    "call",
    "phone",
    "statement",
    "release",
    "communiqu",
];

/// Whether lower-case text holds one of [`MEDIUM_WORDS`], anywhere: one
/// search for all of them.
fn may_name_a_medium(lower: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let words: Vec<String> = MEDIUM_WORDS.iter().map(|w| regex::escape(w)).collect();
        Regex::new(&words.join("|")).expect("valid medium words regex")
    })
    .is_match(lower)
}

pub(super) fn platform_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?-u:\b)(X|Twitter|Truth Social|Facebook|Instagram|TikTok|Telegram)(?-u:\b)")
            .expect("valid platform regex")
    })
}

pub(super) fn call_partner_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)(?-u:\b)(?:(?:in|during|on) (?:a|the|their|her|his|its|that|this) (?:\w+ )?(?:\w+ )?(?:call|conversation|talks|meeting|chat)|speaking|spoke|talking) with ")
            .expect("valid call regex")
    })
}

/// The frame of a unit: its text outside quotes and outside `content`.
pub(super) fn frame_spans(unit: &Unit<'_>, content: &[Span]) -> Vec<Span> {
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

/// What a statement's frame says of where and when it was said.
pub(super) struct Occasion {
    /// The medium and the words that name it.
    pub medium: Option<(Medium, Span)>,
    pub platform: Option<String>,
    pub date: Option<DateRef>,
    /// Whom it was said to in a call or meeting ("in a call with Trump").
    pub partner: Option<Piece>,
}

/// The occasion found in the unit's frame (outside quotes and content).
pub(super) fn occasion(cx: &Context<'_>, unit: &Unit<'_>, content: &[Span], cue: Span) -> Occasion {
    let mut medium = None;
    let mut platform = None;
    let mut date: Option<DateRef> = None;
    let mut partner = None;
    let mut clause: Option<Span> = None;
    for frame in frame_spans(unit, content) {
        let text = unit.text(frame.char_start, frame.char_end);
        let lower = text.to_lowercase();
        if medium.is_none() && may_name_a_medium(&lower) {
            // A cue in a subordinate clause ("During the call, Cuba was
            // not addressed, even though Trump had recently threatened …")
            // takes no medium from outside it.
            let c = *clause.get_or_insert_with(|| {
                super::layout::clause_among(&unit.tokens, &unit.folds, unit.span, cue)
            });
            let first = unit
                .tokens
                .iter()
                .zip(unit.folds.iter())
                .find(|(t, _)| t.start >= c.char_start)
                .map_or("", |(_, f)| f.as_str());
            let own_clause = super::layout::SUBORDINATORS.contains(first).then_some(c);
            if let Some((m, found)) = medium_re()
                .iter()
                .find_map(|(re, m)| Some((*m, re.find(&text)?)))
                .filter(|(_, found)| {
                    own_clause.is_none_or(|c| {
                        let words =
                            crate::model::span_of_bytes(&text, frame.char_start, found.range());
                        c.char_start <= words.char_start && words.char_end <= c.char_end
                    })
                })
            {
                let words = crate::model::span_of_bytes(&text, frame.char_start, found.range());
                medium = Some((m, words));
                if m == Medium::SocialMediaPost {
                    platform = platform_re().find(&text).map(|p| p.as_str().to_owned());
                }
            }
        }
        // Only a date in the cue's own clause dates the statement: "After
        // U.S. forces captured Maduro on Jan. 3, Trump said…" is undated.
        for d in dates::find(cx.chars, frame.char_start, frame.char_end, cx.published) {
            let clause = *clause.get_or_insert_with(|| {
                super::layout::clause_among(&unit.tokens, &unit.folds, unit.span, cue)
            });
            if !(clause.char_start <= d.start && d.end <= clause.char_end) {
                continue;
            }
            let distance = |d: &DateRef| d.start.abs_diff(cue.char_start);
            if date.as_ref().is_none_or(|old| distance(&d) < distance(old)) {
                date = Some(d);
            }
        }
        let partner_found = if lower.contains(" with ") {
            call_partner_re().find(&text)
        } else {
            None
        };
        if let Some(m) = partner_found {
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
    // "Trump tweeted that …": the cue names the medium itself.
    if medium.is_none() {
        let word = unit.text(cue.char_start, cue.char_end).to_lowercase();
        if word
            .split_whitespace()
            .last()
            .is_some_and(|w| w.starts_with("tweet") || w == "retweeted")
        {
            medium = Some((Medium::SocialMediaPost, cue));
        }
    }
    Occasion {
        medium,
        platform,
        date,
        partner,
    }
}

/// Trims spaces and a final full stop or comma from a content span.
pub(super) fn trim_content(chars: &[char], mut span: Span) -> Span {
    // "(…, an example of an attack.)": a parenthesis the content did not
    // open closes the writer's aside around it.
    let opened = |span: Span| chars[span.char_start..span.char_end].contains(&'(');
    while span.char_end > span.char_start
        && (chars[span.char_end - 1].is_whitespace()
            || matches!(chars[span.char_end - 1], '.' | ',' | ';' | ':')
            || (chars[span.char_end - 1] == ')' && !opened(span))
            // A spaced hyphen that stands for a dash ("… received - but").
            || (chars[span.char_end - 1] == '-'
                && span.char_end - span.char_start >= 2
                && (chars[span.char_end - 2].is_whitespace() || chars[span.char_end - 2] == '-')))
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

pub(super) fn kind_of(unit: &Unit<'_>, content: &[Span]) -> SpeechKind {
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
pub(super) fn quote_before(
    unit: &Unit<'_>,
    first_frame_tok: usize,
    anywhere: bool,
) -> Option<Vec<Span>> {
    // The quotation opens the unit; at the top level it may also close a
    // clause ("With thousands of systems, “there is no…,” he said").
    let first = unit.tokens.first()?;
    let frame_start = unit
        .tokens
        .get(first_frame_tok)
        .map_or(unit.span.char_end, |t| t.start);
    let quote = unit
        .quotes
        .iter()
        .filter(|q| {
            q.first().is_some_and(|s| s.char_start == first.start)
                || (anywhere && q.last().is_some_and(|s| s.char_end <= frame_start))
        })
        .max_by_key(|q| q.last().map(|s| s.char_end))?;
    let end = quote.last()?.char_end;
    // Between the quote and the speaker, only punctuation or a few words
    // that describe the speaker ("Clinton campaign spokesman Brian Fallon").
    let between: Vec<usize> = (0..first_frame_tok.min(unit.tokens.len()))
        .filter(|&i| unit.tokens[i].start >= end && unit.tokens[i].is_word())
        .collect();
    let no_comma = !(0..first_frame_tok.min(unit.tokens.len()))
        .any(|i| unit.tokens[i].start >= end && unit.tokens[i].is(unit.chars, ','));
    let between_ok = between.is_empty()
        || (between.len() <= 4 && no_comma && between.iter().all(|&i| describes_speaker(unit, i)));
    between_ok.then(|| quote.clone())
}

/// Whether token `i` can be part of a description before a speaker's name
/// ("Clinton campaign spokesman", "Trump lawyer"), not a verb or linker.
pub(super) fn describes_speaker(unit: &Unit<'_>, i: usize) -> bool {
    static LINKERS: WordSet = WordSet::new(&[
        "when", "after", "before", "as", "while", "is", "was", "are", "were", "be", "been", "for",
        "that", "which", "who", "and", "but", "so", "if", "then", "to", "has", "had", "have",
        "not", "said", "says", "where", "because", "since", "than", "it", "this", "he", "she",
        "they",
    ]);
    unit.tokens[i].is_word()
        && !unit.quoted[i]
        && cue_lemma(&unit.folds[i]).is_none()
        && !LINKERS.contains(unit.folds[i].as_str())
}

/// A quotation right after the cue frame: "she said, “no.”", "said: “…”".
pub(super) fn quote_after(unit: &Unit<'_>, from_tok: usize) -> Option<(Vec<Span>, usize)> {
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

pub(super) fn noun_phrase_after(unit: &Unit<'_>, from: usize) -> Option<Piece> {
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

/// Whether a folded word can date a cue ("said Friday that").
/// Whether a folded word names a medium one speaks in: "in a statement",
/// "in an interview".
pub(super) fn is_medium_word(folded: &str) -> bool {
    matches!(
        folded,
        "statement"
            | "interview"
            | "tweet"
            | "post"
            | "speech"
            | "letter"
            | "email"
            | "video"
            | "memo"
            | "radio"
            | "television"
            | "tv"
            | "news"
    )
}

pub(super) fn is_time_word(folded: &str) -> bool {
    TIME_WORDS.contains(folded) || super::lexicon::is_calendar_word(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medium_words_are_found_anywhere_in_one_search() {
        for text in [
            "in a phone call",
            "she said on x",
            "at a briefing",
            "the mañanera",
            "the communiqué",
            "recalled",
            "no word of a medium here",
            "",
        ] {
            let expected = MEDIUM_WORDS.iter().any(|w| text.contains(w));
            assert_eq!(may_name_a_medium(text), expected, "{text:?}");
        }
        assert!(may_name_a_medium("recalled") && !may_name_a_medium("said"));
    }

    #[test]
    fn a_medium_word_ends_at_a_word_boundary_after_an_accented_letter() {
        let statement = |text: &str| {
            medium_re()
                .iter()
                .any(|(re, m)| *m == Medium::PressStatement && re.is_match(text))
        };
        assert!(statement("in a communiqué, the ministry"));
        assert!(statement("the communiqué"));
        assert!(statement("the communique."));
        assert!(!statement("the communiqués"));
        assert!(!statement("communiquer"));
    }
}
