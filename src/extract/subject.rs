//! Subjects that [`super::frame`]'s speaker finders do not reach: the
//! subject of a passive or raising cue, the phrase after an inverted cue,
//! a passive's agent ("by …"), the subject that opens a cue's clause, and
//! where a sentence's lead ("In a statement,") ends. Positions are token
//! indices in a unit.

use super::frame::*;
use super::lexicon::cue_lemma;
use super::statements::Context;
use super::words::*;
use crate::model::{Piece, Span};
use crate::text::WordSet;

/// The subject of a passive or raising cue at token `c`: the sentence up
/// to the cue's auxiliaries and negation ("is not thought", "have
/// sometimes been accused"), after a subordinating conjunction ("Although
/// North Korea is not thought"), without an adverb set off after it ("Donald
/// Trump, meanwhile, is supported by …") or a clause set off before it
/// ("When the poll asked …, Clinton was supported by …"). A noun phrase,
/// not a clause: short, with no "that" in it and not opened by a relative
/// word, unless `relative` lets a relative pronoun stand alone ("who | to
/// support").
pub(super) fn passive_subject(unit: &Unit<'_>, c: usize, relative: bool) -> Option<Span> {
    let mut first = c;
    while first > 0
        && (is_auxiliary(&unit.folds[first - 1])
            || is_negation(&unit.folds[first - 1])
            || matches!(
                unit.folds[first - 1].as_str(),
                "sometimes" | "also" | "often" | "still" | "already" | "even" | "long"
            ))
        && !unit.quoted[first - 1]
    {
        first -= 1;
    }
    let mut end = first;
    while end > 0 && unit.tokens[end - 1].is(unit.chars, ',') {
        end -= 1;
    }
    if end >= 2 && unit.tokens[end - 2].is(unit.chars, ',') && is_connective(&unit.folds[end - 1]) {
        end -= 2;
    }
    let mut start_tok = lead_token(unit);
    if let Some(comma) = last_comma(unit, start_tok..end) {
        start_tok = comma + 1;
    }
    if end == 0 || start_tok >= end || unit.quoted[end - 1] {
        return None;
    }
    // The subject of a subordinate clause starts after its conjunction
    // ("Although North Korea is not thought …", "aides cheered as she was
    // declared …").
    if let Some(k) = (start_tok..end - 1).rev().find(|&k| {
        !unit.quoted[k]
            && matches!(
                unit.folds[k].as_str(),
                "although"
                    | "though"
                    | "while"
                    | "because"
                    | "if"
                    | "when"
                    | "since"
                    | "unless"
                    | "whether"
                    | "as"
                    | "after"
                    | "before"
                    | "until"
                    | "where"
            )
            && (k == 0 || unit.folds[k - 1] != "such")
    }) {
        start_tok = k + 1;
    }
    if start_tok + 1 < end && matches!(unit.folds[start_tok].as_str(), "and" | "but") {
        start_tok += 1;
    }
    // "delegates who are expected to support …": the relative pronoun
    // right before the cue stands for the subject.
    if relative
        && start_tok + 1 < end
        && matches!(unit.folds[end - 1].as_str(), "who" | "which" | "that")
    {
        start_tok = end - 1;
    }
    let opener = unit.folds[start_tok].as_str();
    let lone_relative =
        relative && end == start_tok + 1 && matches!(opener, "who" | "which" | "that");
    let phrase = end - start_tok <= 12
        && !unit.folds[start_tok..end].iter().any(|f| f == "that")
        && !matches!(
            opener,
            "where" | "which" | "who" | "whom" | "whose" | "when" | "while"
        );
    if !(phrase || lone_relative) {
        return None;
    }
    let span = trim_content(
        unit.chars,
        Span::new(unit.tokens[start_tok].start, unit.tokens[end - 1].end),
    );
    (!span.is_empty()).then_some(span)
}

/// An inverted speaker that no lexicon knows, running from token `from` to
/// the end of the sentence: "…,” said one Democratic source on the panel.",
/// "said the ruling.". It opens with a determiner or a name, not a date, and
/// holds no quotation, cue or clause.
pub(super) fn phrase_to_end(unit: &Unit<'_>, from: usize) -> Option<Piece> {
    // ("(“…,” said one party activist.)": the sentence may end before the
    // unit does; an initial's or an abbreviation's period does not end
    // it.)
    let period = (from + 1..unit.tokens.len())
        .find(|&k| {
            let before = unit.tokens[k - 1];
            unit.tokens[k].is(unit.chars, '.')
                && !unit.quoted[k]
                && before.end - before.start > 1
                && !super::layout::abbreviation_period_at(unit.chars, unit.tokens[k].start)
        })
        .map_or(unit.tokens.len(), |k| k + 1);
    phrase_until(unit, from, period).or_else(|| {
        // "…,” said Virginia delegate Beau Correll, angered that …", "said
        // the Florida senator, “because …”": a name or an office set off
        // by a comma, when the phrase does not run to the end.
        // ("Said Ellis: “…”": a colon too.)
        let k = (from + 1..unit.tokens.len().min(from + 9))
            .find(|&k| unit.tokens[k].is(unit.chars, ',') || unit.tokens[k].is(unit.chars, ':'))?;
        let last = unit.tokens[k - 1];
        let named = last.is_word()
            && !unit.quoted[k - 1]
            && (last.is_capitalized(unit.chars)
                || super::lexicon::is_speaker_noun(&unit.folds[k - 1]));
        if !named {
            return None;
        }
        let name = phrase_until(unit, from, k)?;
        // An apposition after the name runs to the sentence's end, as
        // annotators mark it ("said Wilcox, an Orlando Republican who
        // founded …"); a participle or a quotation after it is not the
        // speaker's.
        let next = unit.folds.get(k + 1).map_or("", |f| f.as_str());
        // ("said Perry, strategic partnership manager for …": an office
        // within its first words.)
        let apposition = !unit.quoted.get(k + 1).copied().unwrap_or(true)
            && (matches!(next, "a" | "an" | "the" | "who")
                || super::lexicon::is_speaker_noun(next)
                || (unit
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.is_word() && unit.chars[t.start].is_lowercase())
                    && !next.ends_with("ing")
                    && !next.ends_with("ed")
                    && (k + 1..unit.tokens.len().min(k + 5))
                        .take_while(|&j| unit.tokens[j].is_word())
                        .any(|j| super::lexicon::is_speaker_noun(&unit.folds[j]))));
        let n = unit.tokens.len();
        let end = (k + 1..n)
            .rev()
            .find(|&j| unit.tokens[j].is_word() || unit.tokens[j].is(unit.chars, ')'))
            .filter(|&j| apposition && (k + 1..=j).all(|x| !unit.quoted[x]));
        Some(match end {
            Some(j) => piece(unit.chars, Span::new(name.start, unit.tokens[j].end), None),
            None => name,
        })
    })
}

/// [`phrase_to_end`] with the sentence taken to end before token `end`.
fn phrase_until(unit: &Unit<'_>, from: usize, end: usize) -> Option<Piece> {
    let first = unit.folds.get(from)?.as_str();
    let t = unit.tokens[from];
    // ("said former Massachusetts congressman Barney Frank.": a qualifier
    // opens an office too.)
    let opens = matches!(
        first,
        "the" | "a" | "an" | "one" | "another" | "two" | "three" | "several" | "many" | "some"
    ) || is_qualifier(first)
        || (t.is_capitalized(unit.chars) && !super::mentions::not_a_name(first));
    if !opens || unit.quoted[from] || is_time_word(first) {
        return None;
    }
    let mut n = end;
    // "…,” wrote one Sanders supporter, tweeting a link": the speaker's
    // participle clause is not the speaker.
    if let Some(k) = (from + 1..n.saturating_sub(1)).find(|&k| {
        unit.tokens[k].is(unit.chars, ',')
            && !unit.quoted[k + 1]
            && unit.folds[k + 1].ends_with("ing")
            && unit.folds[k + 1].len() > 5
            && !matches!(unit.folds[k + 1].as_str(), "including" | "representing")
    }) {
        n = k;
    }
    let last = (from..n).rev().find(|&k| unit.tokens[k].is_word())?;
    let inside = from..=last;
    // A relative clause may hold verbs of saying ("…, who spoke on the
    // condition of anonymity"); a capitalised word is a name ("the United
    // States Customs and Border Protection commissioner").
    let relative = inside
        .clone()
        .find(|&k| matches!(unit.folds[k].as_str(), "who" | "whose"))
        .unwrap_or(last + 1);
    let plain = last - from < 16
        && inside.clone().all(|k| {
            let w = unit.folds[k].as_str();
            !unit.quoted[k]
                && (cue_lemma(w).is_none()
                    || k > relative
                    || (k > from && unit.tokens[k].is_capitalized(unit.chars)))
                && (k > relative
                    || !matches!(w, "that" | "to" | "in" | "during" | "after")
                    // "a longtime adviser to Trump", "a person close to
                    // the Clintons".
                    || (w == "to"
                        && k > from
                        && (super::lexicon::is_speaker_noun(&unit.folds[k - 1])
                            || matches!(unit.folds[k - 1].as_str(), "close" | "closest"))))
                && (k > relative || !is_time_word(w))
                // ("say the bulk of ground troops should be …": a clause.)
                && (k > relative || !is_finite_auxiliary(w))
        });
    let closes = unit.tokens[last + 1..n]
        .iter()
        .all(|t| t.is(unit.chars, '.') || t.is(unit.chars, ')'));
    (plain && closes).then(|| {
        let end = unit.tokens[last + 1..n]
            .iter()
            .find(|t| t.is(unit.chars, ')'))
            .map_or(unit.tokens[last].end, |t| t.end);
        piece(unit.chars, Span::new(t.start, end), None)
    })
}

/// Words that open a lead set off by a comma before a sentence's own words.
pub(super) static LEADS: WordSet = WordSet::new(&[
    "however",
    "still",
    "meanwhile",
    "moreover",
    "indeed",
    "instead",
    "nevertheless",
    "nonetheless",
    "also",
    "as",
    "plus",
    "besides",
    "otherwise",
    "finally",
    "ultimately",
    "overall",
    "thus",
    "far",
]);

/// Where a sentence's own words start, in code points (see [`lead_token`]).
pub(super) fn lead_end(unit: &Unit<'_>) -> usize {
    unit.tokens
        .get(lead_token(unit))
        .map_or(unit.span.char_start, |t| t.start)
}

/// The first token of a sentence's own words: after a conjunction that
/// links it to the one before ("And", "But") and a dateline ("WASHINGTON
/// ―"), which annotators leave out of content.
pub(super) fn lead_token(unit: &Unit<'_>) -> usize {
    let n = unit.tokens.len();
    let mut k = 0;
    let dateline = (1..n.min(4)).find(|&d| {
        matches!(unit.chars[unit.tokens[d].start], '―' | '—' | '–' | '-')
            && unit.tokens[d].end == unit.tokens[d].start + 1
            && (0..d).all(|j| {
                unit.tokens[j].is_word()
                    && unit
                        .text(unit.tokens[j].start, unit.tokens[j].end)
                        .chars()
                        .all(|ch| !ch.is_lowercase())
            })
    });
    // "ORLANDO, Fla. (Reuters) - …": a city, its state and the agency.
    let dateline = dateline.or_else(|| {
        let d = (2..n.min(12)).find(|&d| {
            matches!(unit.chars[unit.tokens[d].start], '―' | '—' | '–' | '-')
                && unit.tokens[d].end == unit.tokens[d].start + 1
        })?;
        let caps = |j: usize| {
            unit.text(unit.tokens[j].start, unit.tokens[j].end)
                .chars()
                .all(|ch| !ch.is_lowercase())
        };
        let agency = (0..d).any(|j| unit.tokens[j].is(unit.chars, '('));
        (((unit.tokens[0].is_word() && caps(0)) || unit.tokens[0].is(unit.chars, '('))
            && agency
            && (1..d).all(|j| {
                let t = unit.tokens[j];
                !unit.quoted[j]
                    && (t.is_capitalized(unit.chars)
                        || t.is(unit.chars, ',')
                        || t.is(unit.chars, '.')
                        || t.is(unit.chars, '(')
                        || t.is(unit.chars, ')'))
            }))
        .then_some(d)
    });
    if let Some(d) = dateline {
        k = d + 1;
    }
    if k < n && !unit.quoted[k] && matches!(unit.folds[k].as_str(), "and" | "but" | "so" | "yet") {
        k += 1;
    }
    // A short lead set off by a comma ("However,", "Meanwhile,", "As it
    // stands,", "In addition,", "Of course,").
    if let Some(p) = (k + 1..n.min(k + 4)).find(|&p| unit.tokens[p].is(unit.chars, ',')) {
        if (k..p).all(|j| unit.tokens[j].is_word() && !unit.quoted[j])
            // (One word before the comma, but for "As it stands,":
            // "Meanwhile in Ohio," and "As of Wednesday," open the
            // sentence's own words.)
            && ((LEADS.contains(unit.folds[k].as_str())
                && (p == k + 1 || (unit.folds[k] == "as" && unit.folds[k + 1] != "of")))
                || (p == k + 2
                    && LEAD_PHRASES
                        .contains(&(unit.folds[k].as_str(), unit.folds[k + 1].as_str()))))
        {
            k = p + 1;
        }
    }
    k
}

/// Two-word connectives that open a sentence before a comma and link it to
/// the one before: no one's words.
const LEAD_PHRASES: &[(&str, &str)] = &[
    ("in", "addition"),
    ("in", "fact"),
    ("of", "course"),
    ("after", "all"),
    ("for", "example"),
    ("for", "instance"),
    ("by", "contrast"),
    ("in", "contrast"),
    ("in", "short"),
    ("in", "turn"),
    ("in", "particular"),
    ("at", "least"),
    ("thus", "far"),
];

/// The agent phrase of a passive cue, from token `from` (after "by"): up to
/// eight words, ending before a preposition that opens an adjunct
/// ("criticized by many Wall Street players for not raising rates").
pub(super) fn agent_after(unit: &Unit<'_>, from: usize) -> Option<Piece> {
    let end = (from..unit.tokens.len().min(from + 8))
        .find(|&k| {
            !unit.tokens[k].is_word()
                || (k > from
                    && matches!(
                        unit.folds[k].as_str(),
                        "for"
                            | "to"
                            | "after"
                            | "during"
                            | "because"
                            | "since"
                            | "as"
                            | "on"
                            | "in"
                            | "at"
                            | "over"
                            | "with"
                            | "when"
                            | "while"
                    ))
        })
        .unwrap_or(unit.tokens.len().min(from + 8));
    (end > from).then(|| {
        piece(
            unit.chars,
            Span::new(unit.tokens[from].start, unit.tokens[end - 1].end),
            None,
        )
    })
}

/// The subject that opens the sentence of cue token `c`: the words from
/// the sentence's lead (after a lead adjunct set off by a comma) to its
/// verb, an auxiliary, adverb, past form or verb the cue lexicon knows
/// ("Donald Trump often takes", "The departments declined", "Court clerks
/// would be"). Up to ten words, with no comma or quotation among them;
/// none when no verb ends them before the cue.
pub(super) fn clause_subject(cx: &Context<'_>, unit: &Unit<'_>, c: usize) -> Option<Piece> {
    let lead = lead_token(unit);
    if lead >= c {
        return None;
    }
    let s = if opens_adjunct(&unit.folds[lead]) {
        after_lead_adjunct(unit, lead, c)?
    } else {
        lead
    };
    if s >= c
        || !unit.tokens[s].is_word()
        || (s == lead && !unit.tokens[s].is_capitalized(unit.chars))
        || is_question_word(&unit.folds[s])
        || matches!(
            unit.folds[s].as_str(),
            "there" | "as" | "asked" | "given" | "although" | "though" | "for" | "by" | "not"
        )
    {
        return None;
    }
    // A noun after a determiner ("his attacks on") is no verb of the
    // sentence's subject.
    if c > 0
        && matches!(
            unit.folds[c - 1].as_str(),
            "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "the"
                | "a"
                | "an"
                | "'s"
                | "’s"
        )
    {
        return None;
    }
    let verb = |k: usize| {
        let w = unit.folds[k].as_str();
        !unit.tokens[k].is_capitalized(unit.chars)
            && (is_auxiliary(w)
                || matches!(
                    w,
                    "often" | "later" | "then" | "never" | "already" | "did" | "does"
                )
                || (w.len() > 4 && w.ends_with("ed"))
                || is_irregular_past(w)
                || cue_lemma(w).is_some())
    };
    let end = (s + 1..c.min(s + 11)).find(|&k| verb(k))?;
    // No comma, quotation, contraction ("He’s", "doesn’t") or clause
    // word ("Some people perform better when …") inside; a cue in a
    // relative clause ("a crowd that hardly expected") has the relative's
    // antecedent for subject, not this one.
    let clause_word = |k: usize| {
        let w = unit.folds[k].as_str();
        is_question_word(w) || matches!(w, "that" | "which" | "whose" | "because" | "while")
    };
    // (A list's commas may stand among them: "The family, protesters and
    // civic leaders have been demanding".)
    let listed = |k: usize| {
        unit.tokens[k].is(unit.chars, ',')
            && (k + 1..end).any(|x| matches!(unit.folds[x].as_str(), "and" | "or"))
    };
    if (s..end).any(|k| {
        (!unit.tokens[k].is_word() && !unit.tokens[k].is(unit.chars, '.') && !listed(k))
            || unit.quoted[k]
            || clause_word(k)
            || unit.folds[k].contains(['\'', '’'])
    }) || (end..c).any(|k| {
        matches!(
            unit.folds[k].as_str(),
            "that" | "which" | "who" | "whom" | "whose" | "what"
        ) || unit.folds[k] == ";"
    }) {
        return None;
    }
    let span = Span::new(unit.tokens[s].start, unit.tokens[end - 1].end);
    let entity = mention_starting(cx.mentions, span.char_start)
        .filter(|m| m.span == span)
        .and_then(|m| m.entity.clone());
    Some(piece(unit.chars, span, entity))
}
