//! Where a statement's content begins and ends when it is a clause rather
//! than a quotation: the clause after a cue ("said that …", up to a
//! conjoined cue, a relative clause or a new clause), an attitude noun's
//! object ("concern about …"), the clause before "according to", the
//! clause a trailing cue credits. Positions are token indices in a unit.

use super::frame::*;
use super::lexicon::{cue_lemma, is_speaker_noun};
use super::statements::Context;
use super::subject::*;
use super::words::{
    is_auxiliary, is_day_word, is_determiner, is_finite_auxiliary, is_function_word,
    is_irregular_past, is_light_verb, is_negation, is_object_pronoun, is_particle,
    is_subject_pronoun, NESTED_CUES,
};
use crate::model::{EntityKind, Piece, Span};
use crate::text::WordSet;

/// Nouns of attitude or speech that, with a preposition after them, belong
/// to the cue ("expressed concerns about", "made no mention of").
pub(super) static ATTITUDE_NOUNS: WordSet = WordSet::new(&[
    "support",
    "attack",
    "attacks",
    "question",
    "questions",
    "attention",
    "criticism",
    "favor",
    "interest",
    "comment",
    "comments",
    "issue",
    "endorsement",
    "endorsements",
    "concern",
    "concerns",
    "praise",
    "mention",
    "response",
    "opposition",
    "words",
    "view",
    "views",
    "opinion",
    "opinions",
    "defense",
    "defence",
    "message",
    "reference",
    "references",
    "credit",
    "doubt",
    "doubts",
    "critique",
    "stance",
    "hopes",
    "sense",
    "note",
    "sign",
    "signs",
    "thoughts",
    "tribute",
    "rejection",
    "sympathy",
    "condolences",
    "case",
    "call",
    "calls",
    "plea",
    "enthusiasm",
    "fear",
    "fears",
    "displeasure",
    "frustration",
    "outrage",
    "alarm",
    "skepticism",
    "scepticism",
    "dismay",
    "disdain",
    "contempt",
    "admiration",
    "respect",
    "apologies",
    "statement",
    "statements",
    "allegations",
    "accusations",
    "remarks",
    "warning",
    "warnings",
    "complaint",
    "complaints",
    "objections",
    "reservations",
    "misgivings",
    "confidence",
    "preview",
    "assessment",
    "appreciation",
    "gratitude",
    "condemnation",
]);

/// The preposition after a noun of attitude that opens the words after a
/// cue ("concerns about", "no mention of", "his condolences over"), or the
/// "that" of its clause ("concern that"): its token, when only determiners
/// and modifiers come before the noun.
pub(super) fn attitude_preposition(unit: &Unit<'_>, from: usize) -> Option<usize> {
    let n = unit.tokens.len();
    let head =
        (from..n.min(from + 4)).find(|&k| ATTITUDE_NOUNS.contains(unit.folds[k].as_str()))?;
    let prep = head + 1;
    let prepositions = [
        "about", "for", "of", "on", "to", "with", "against", "over", "that",
    ];
    let modifiers_only = (from..head).all(|k| {
        let f = unit.folds[k].as_str();
        unit.tokens[k].is_word()
            && !unit.tokens[k].is_capitalized(unit.chars)
            && !matches!(
                f,
                "that"
                    | "and"
                    | "or"
                    | "but"
                    | "to"
                    | "who"
                    | "which"
                    | "it"
                    | "in"
                    | "on"
                    | "at"
                    | "by"
                    | "with"
                    | "from"
                    | "for"
                    | "of"
            )
            && cue_lemma(f).is_none()
    });
    (modifiers_only
        && prep + 1 < n
        && prepositions.contains(&unit.folds[prep].as_str())
        && !unit.quoted[head]
        && !unit.quoted[prep]
        && unit.tokens[prep + 1].is_word())
    .then_some(prep)
}

/// Where a content clause that starts at token `from` ends: at the unit's
/// end, or before a conjoined cue ("… and said …", "… but said …"), a
/// relative clause, a new clause or a participle of the writer's (", who
/// is 70", ", but still lost", ", encouraging…"), or a new statement with
/// its own speaker ("… after Trump said …", ", Sheinbaum said …").
pub(super) fn clause_end(cx: &Context<'_>, unit: &Unit<'_>, from: usize) -> usize {
    let n = unit.tokens.len();
    // Content that is a noun phrase ("praised Machado", "called it a
    // hoax"), not a clause, ends before a second predicate of the
    // subject's (below). A "when", "after" or "because" clause after it
    // stays in it, as annotators mark it ("has no plans to meet Sanders
    // when the candidate speaks at a Vatican conference").
    let clause = unit.quoted[from]
        || matches!(
            unit.folds[from].as_str(),
            "that"
                | "to"
                | "whether"
                | "if"
                | "how"
                | "why"
                | "what"
                | "he"
                | "she"
                | "they"
                | "i"
                | "we"
                | "it"
                | "there"
                | "his"
                | "her"
                | "their"
        )
        // "said the campaign will pursue matching funds and will
        // compete": a verb of saying or thinking takes a clause even
        // without "that".
        || (from > 0
            && matches!(
                unit.folds[from - 1].as_str(),
                "said" | "says" | "say" | "think" | "thinks" | "thought" | "believe" | "believes" | "believed"
            ));
    let lead = lead_token(unit);
    // The last comma between the sentence's lead and the content.
    let comma_before = last_comma(unit, lead..from);
    // "While Trump has said he is ready, he …": content in a clause
    // fronted by a subordinator ends where the main clause begins. (Not
    // content in the main clause: "While he does support Clinton, Groberg
    // admits there is a faction …, most specifically …".)
    let lead_word = unit.folds[lead].as_str();
    // (Commas in pairs set off an aside inside the fronted clause: "While
    // many trial lawyers, including big donors, fiercely opposed those
    // decisions, the Democratic base …".)
    let commas = (lead..from)
        .filter(|&j| unit.tokens[j].is(unit.chars, ',') && !unit.quoted[j])
        .count();
    let fronted = lead < from
        && !unit.quoted[lead]
        && commas % 2 == 0
        && ((super::layout::SUBORDINATORS.contains(lead_word)
            && !matches!(lead_word, "which" | "who" | "but"))
            || matches!(lead_word, "though" | "if" | "despite" | "even"));
    // Whether the content's cue stands in an aside set off after the
    // sentence's subject (", who …", ", citing …").
    let in_aside = comma_before.is_some_and(|j| {
        let f = unit.folds[j + 1].as_str();
        matches!(f, "who" | "which") || (f.ends_with("ing") && f.len() > 4)
    });
    // Whether the cue stands in a relative clause ("Sanders, who said on
    // Monday that …, won Oregon"; "Among voters who said …, most are
    // …"): the content ends where the main clause resumes.
    let relative = (from.saturating_sub(6)..from)
        .any(|j| matches!(unit.folds[j].as_str(), "who" | "which") && !unit.quoted[j]);
    let mut resume = 0;
    for k in from + 1..n.saturating_sub(1) {
        // (A reported clause has its own verb first: "who said that the
        // plan, as written, is dead".)
        if relative
            && unit.tokens[k].is(unit.chars, ',')
            && !unit.quoted[k + 1]
            && (is_finite_verb(&unit.folds[k + 1]) || opens_main_clause(unit, k + 1))
            && (!clause
                || unit.folds[from] == "to"
                || (from..k).any(|j| is_finite_verb(&unit.folds[j]) || unit.quoted[j]))
        {
            return unit.tokens[k].start;
        }
        // A comma inside closing marks: a quoted phrase's ("boast that he
        // had decimated ''core Al Qaeda,'' on Tuesday night he said") or a
        // quotation's ("…because “most people don’t know,” she said. “We
        // …”"). Where it ends the content, the marks stay in it.
        let marked_comma = unit.quoted[k]
            && !unit.quoted[k + 1]
            && super::frame::closing_comma(unit, k + 1)
                .is_some_and(|m| m > from || in_quoted_phrase(unit, m, false));
        let stop = if marked_comma {
            unit.tokens[k].end
        } else {
            unit.tokens[k].start
        };
        if unit.quoted[k] && !marked_comma {
            continue;
        }
        let w = unit.folds[k].as_str();
        if fronted
            && w == ","
            && !unit.quoted[k + 1]
            && (matches!(
                unit.folds[k + 1].as_str(),
                "he" | "she" | "they" | "we" | "i" | "it" | "there" | "his" | "her" | "their"
            ) || unit.tokens[k + 1].is_capitalized(unit.chars)
                // "When Mr. Thiel was revealed as a delegate, a columnist
                // … said": a noun phrase with its verb. (After "As …,"
                // the main clause is what was said.)
                || (lead_word != "as" && opens_main_clause(unit, k + 1)))
        {
            return unit.tokens[k].start;
        }
        if k < resume {
            continue;
        }
        // A dash, semicolon or parenthesis opens the writer's aside.
        let double_hyphen = w == "-"
            && unit
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.is(unit.chars, '-'));
        // In a reported clause, a pair of dashes may set off an aside the
        // clause goes on after ("… between communities of color -- mainly
        // African-Americans and Latinos -- and the police"), as annotators
        // keep it. (After a noun phrase, the aside is the writer's.)
        if clause && (double_hyphen || unit.chars[unit.tokens[k].start] == '—') {
            if let Some(close) = aside_close(unit, k, double_hyphen) {
                resume = close;
                continue;
            }
        }
        if matches!(unit.chars[unit.tokens[k].start], ';' | '—' | '―' | '(') || double_hyphen {
            return unit.tokens[k].start;
        }
        // "in a statement", "in an interview with…": the occasion.
        if w == "in"
            && matches!(unit.folds[k + 1].as_str(), "a" | "an")
            && unit.folds.get(k + 2).is_some_and(|f| is_medium_word(f))
        {
            return unit.tokens[k].start;
        }
        // ", according to X" is a second cue; ", though…", ", who is 70",
        // ", but still lost", ", encouraging…" are the writer's.
        // (So is a quotation's comma inside its marks: "…in front of
        // you," though she noted ….)
        if (unit.tokens[k].is(unit.chars, ',') || marked_comma)
            && !unit.quoted[k + 1]
            && (matches!(
                unit.folds[k + 1].as_str(),
                "according"
                    | "though"
                    | "although"
                    | "who"
                    | "which"
                    | "whose"
                    | "but"
                    | "while"
                    | "whereas"
            ) || (unit.folds[k + 1].ends_with("ing")
                && (unit.folds[k + 1].len() > 5 || unit.folds[k + 1] == "going")
                && !matches!(
                    unit.folds[k + 1].as_str(),
                    "including" | "regarding" | "concerning" | "following" | "involving"
                )))
            // "that Sanders, who did win Rhode Island, would likely place
            // …": a relative clause set off inside the content's subject.
            && !(matches!(unit.folds[k + 1].as_str(), "who" | "which" | "whose")
                && embedded_relative(unit, k + 1))
            // "said they had misgivings about Mrs. Clinton, but could not
            // bear to insult Mr. Obama": a second verb of the clause's
            // subject, with no cue near it, stays in the reported clause.
            && !(clause
                && unit.folds[k + 1] == "but"
                && k + 2 < n
                && !unit.quoted[k + 2]
                && !(k + 2..n.min(k + 6)).any(|j| cue_lemma(&unit.folds[j]).is_some())
                && {
                    let f = unit.folds[k + 2].as_str();
                    is_finite_verb(f) || is_negation(f)
                })
            // "… that the plan failed, but that …", "not only …, but also",
            // "would win, but not until …", "… , but rather …": the content
            // goes on.
            && !(unit.folds[k + 1] == "but"
                && unit
                    .folds
                    .get(k + 2)
                    .is_some_and(|f| {
                        matches!(
                            f.as_str(),
                            "that" | "also" | "not" | "rather" | "only" | "instead" | "because" | "so"
                        )
                    }))
        {
            return stop;
        }
        // "said he did not support Mr. Trump, the presumed Putin
        // favorite": an apposition that glosses a name at the end of a
        // reported clause is the writer's. (A noun phrase the cue takes
        // keeps it: "criticized … Terence Crutcher, a 40-year-old man".)
        // Not a list ("Israel, the nuclear deal and the …").
        if clause
            && unit.tokens[k].is(unit.chars, ',')
            && k > from + 1
            && !unit.quoted[k + 1]
            && unit.tokens[k - 1].is_capitalized(unit.chars)
            && matches!(unit.folds[k + 1].as_str(), "the" | "a" | "an")
            && !(k + 2..n).any(|j| unit.quoted[j] || unit.tokens[j].is(unit.chars, ','))
            && !(k + 2..n - 1).any(|j| {
                matches!(unit.folds[j].as_str(), "and" | "or")
                    && matches!(unit.folds[j + 1].as_str(), "the" | "a" | "an")
            })
        {
            return unit.tokens[k].start;
        }
        // "responded to a Gold Star mother by saying …", "aside from
        // saying …": a gerund of speech after "by" or "from" is the
        // subject's next statement. (After "for" or "while" annotators
        // keep it: "criticized him for saying …".)
        if matches!(w, "by" | "from")
            && !unit.quoted[k + 1]
            && matches!(
                unit.folds[k + 1].as_str(),
                "saying" | "stating" | "declaring" | "writing" | "tweeting"
            )
        {
            let aside = k > from + 1 && unit.folds[k - 1] == "aside";
            return unit.tokens[if aside { k - 1 } else { k }].start;
        }
        // "who estimated that …, said he voted": the next cue's comma.
        // (A comma inside closing marks only when the content's cue is in
        // an aside after the subject: "Mr. Manafort, citing ''the unique
        // magic of Trump,'' said …". Elsewhere the quotation may be the next
        // cue's own, with its speaker after it: "Polling shows that ''…,''
        // said Sylke Tempel", left as it was.)
        if (unit.tokens[k].is(unit.chars, ',') || (marked_comma && in_aside))
            && !unit.quoted[k + 1]
            && super::layout::SAYING.contains(unit.folds[k + 1].as_str())
        {
            return stop;
        }
        if matches!(w, "and" | "but")
            && cue_lemma(&unit.folds[k + 1]).is_some()
            && !matches!(unit.folds[k + 1].as_str(), "according")
        {
            return unit.tokens[k].start;
        }
        // "promoted unproven therapies and downplayed the risk", "wants
        // justice but has pledged to…": after a noun phrase or an
        // infinitive, a second predicate is the subject's, not content.
        if (!clause || unit.folds[from] == "to") && matches!(w, "and" | "but") {
            let mut v = k + 1;
            while v + 1 < n && matches!(unit.folds[v].as_str(), "then" | "also" | "later") {
                v += 1;
            }
            let f = unit.folds[v].as_str();
            let predicate = !unit.quoted[v]
                && !unit.tokens[v].is_capitalized(unit.chars)
                && ((f.ends_with("ed") && f.len() > 4)
                    || matches!(f, "has" | "have" | "had" | "is" | "was" | "will" | "would"));
            if predicate {
                return unit.tokens[k].start;
            }
        }
        // "declined to comment when asked about …": what was asked is a
        // statement of its own.
        if matches!(w, "when" | "after" | "if" | "once" | "before")
            && unit.folds[k + 1] == "asked"
            && !unit.quoted[k + 1]
            && unit
                .folds
                .get(k + 2)
                .is_some_and(|f| f == "about" || is_question_word(f))
        {
            return unit.tokens[k].start;
        }
        // "… after Trump said …": a new statement with its own speaker.
        if matches!(
            unit.folds[k].as_str(),
            "after" | "before" | "when" | "while" | "because" | "since" | "as"
        ) {
            let next_cue = (k + 1..n.min(k + 8)).find(|&j| {
                cue_lemma(&unit.folds[j]).is_some() && !unit.tokens[j].is_capitalized(unit.chars)
            });
            if next_cue
                .is_some_and(|j| speaker_before(cx, unit, j).is_some_and(|sp| sp.first == k + 1))
            {
                return unit.tokens[k].start;
            }
        }
        // ", Sheinbaum said …", "… and one in four said …", ", on Tuesday
        // night he said …": a new statement with its own speaker.
        let comma = (unit.tokens[k].is(unit.chars, ',') || marked_comma)
            && !unit.tokens[k + 1].is(unit.chars, ',');
        let bare_conj = matches!(w, "and" | "but");
        if comma || bare_conj {
            let next_cue = (k + 1..n.min(k + 8)).find(|&j| {
                cue_lemma(&unit.folds[j]).is_some() && !unit.tokens[j].is_capitalized(unit.chars)
            });
            // After a bare conjunction, only a verb that cannot be a noun
            // ("and other states" is no cue).
            let next_cue = next_cue.filter(|&j| {
                comma
                    // Or a past form after a pronoun, "who" or a name ("…
                    // and Democrats accused the GOP of …", "and she
                    // accused", "and who hoped"), not after a subject the
                    // "and" joins them to ("both he and Rubio promised").
                    || (unit.folds[j].ends_with("ed")
                        && unit.folds[j].len() > 4
                        && !unit.quoted[j]
                        && (is_subject_pronoun(&unit.folds[k + 1])
                            || unit.folds[k + 1] == "who"
                            || unit.tokens[k + 1].is_capitalized(unit.chars))
                        && !(k > 0
                            && (is_subject_pronoun(&unit.folds[k - 1])
                                || unit.folds[k - 1] == "both")))
                    || matches!(
                        unit.folds[j].as_str(),
                        "said"
                            | "say"
                            | "says"
                            | "told"
                            | "tell"
                            | "tells"
                            | "think"
                            | "thinks"
                            | "thought"
                            | "believe"
                            | "believes"
                            | "believed"
                            | "argued"
                            | "argue"
                            | "wrote"
                            | "added"
                            | "noted"
                            | "insisted"
                            | "warned"
                            | "agreed"
                            | "agree"
                    )
            });
            if let Some(j) = next_cue {
                // The clause's first token, past a conjunction after the
                // comma.
                let s = k
                    + 1
                    + usize::from(comma && matches!(unit.folds[k + 1].as_str(), "and" | "but"));
                // A time or place may open the clause before its subject.
                let adjunct_before = |f: usize| {
                    comma
                        && f > s
                        && (ADJUNCT_STARTS.contains(unit.folds[s].as_str())
                            || is_time_word(&unit.folds[s]))
                        && (s..f).all(|t| !unit.quoted[t] && !unit.tokens[t].is(unit.chars, ','))
                };
                if speaker_before(cx, unit, j)
                    .is_some_and(|sp| sp.first == s || adjunct_before(sp.first))
                    || (cue_lemma(&unit.folds[j]).is_some_and(|l| SUBJECT_CUES.contains(l))
                        && subject_before(unit, s, j).is_some_and(|(_, f)| f == s))
                {
                    return stop;
                }
            }
        }
    }
    unit.span.char_end
}

/// Whether "in" or "on" at token `k` opens the time, place or medium of
/// the words ("said in April", "said in Iowa", "wrote in a memo", "said on
/// Tuesday", "noted on Twitter", "said on ABC's “This Week”"), which is no
/// preposition of the cue's.
fn opens_occasion(unit: &Unit<'_>, k: usize) -> bool {
    let next = unit.folds.get(k + 1).map_or("", |f| f.as_str());
    let time_or_medium = is_time_word(next)
        || (is_determiner(next) && unit.folds.get(k + 2).is_some_and(|f| is_medium_word(f)));
    match unit.folds[k].as_str() {
        "in" => {
            time_or_medium
                || unit
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.is_capitalized(unit.chars))
        }
        "on" => {
            time_or_medium
                || is_medium_word(next)
                || matches!(
                    next,
                    "twitter"
                        | "facebook"
                        | "instagram"
                        | "youtube"
                        | "social"
                        | "abc"
                        | "cbs"
                        | "nbc"
                        | "cnn"
                        | "fox"
                        | "msnbc"
                        | "cnbc"
                        | "pbs"
                        | "npr"
                )
        }
        _ => false,
    }
}

/// Whether a word is most likely a finite verb: an auxiliary ("is",
/// "would"), an irregular past ("won") or a past in "-ed".
fn is_finite_verb(f: &str) -> bool {
    is_finite_auxiliary(f) || is_irregular_past(f) || (f.len() > 4 && f.ends_with("ed"))
}

/// Whether a noun phrase at token `k` opens a clause: a determiner or
/// quantifier, then a finite verb before the next comma ("…, the crowd
/// booed him", "…, one of her aides could come in"), not an apposition
/// ("…, a tax loophole important to money managers, …").
fn opens_main_clause(unit: &Unit<'_>, k: usize) -> bool {
    let first = unit.folds[k].as_str();
    if !(is_determiner(first)
        || matches!(
            first,
            "many" | "most" | "one" | "two" | "several" | "both" | "few"
        ))
        || unit
            .folds
            .get(k + 1)
            .is_some_and(|f| matches!(f.as_str(), "that" | "who" | "which"))
    {
        return false;
    }
    (k + 1..unit.tokens.len())
        .take_while(|&j| !unit.tokens[j].is(unit.chars, ','))
        .any(|j| {
            let f = unit.folds[j].as_str();
            is_finite_verb(f) || cue_lemma(f).is_some()
        })
}

/// After a reporting cue at token `c` in an "As …" lead, the first word
/// of the main clause, when what follows the cue from token `from` up to
/// the lead's comma is its adjunct ("As Smith noted in a memo, …", "As
/// one user pointed out with a chart, …").
fn as_lead_comma(unit: &Unit<'_>, c: usize, lemma: &str, from: usize) -> Option<usize> {
    let lead = lead_token(unit);
    if unit.folds[lead] != "as"
        || unit.quoted[lead]
        || (lead..c).any(|j| unit.tokens[j].is(unit.chars, ',') && !unit.quoted[j])
        // Not a verb of an act ("As Trump spoke at the rally, protesters
        // gathered", where the main clause is not what was said). (The
        // lexicon's lemmas: "pointed out" is "point".)
        || !matches!(
            lemma,
            "say"
                | "note"
                | "point"
                | "report"
                | "write"
                | "explain"
                | "observe"
                | "tell"
                | "state"
                | "remark"
                | "argue"
                | "suggest"
                | "predict"
                | "warn"
                | "acknowledge"
                | "show"
                | "find"
                | "reveal"
                | "confirm"
                | "mention"
                | "claim"
                | "recall"
                | "add"
                | "announce"
                | "testify"
                | "describe"
        )
    {
        return None;
    }
    let (tail, comma) = tail_after(unit, from)?;
    (!tail.is_empty() && unit.tokens.get(comma + 1).is_some_and(|t| t.is_word()))
        .then_some(comma + 1)
}

/// Where the dash at token `k` has a partner that closes its aside and
/// the content's clause goes on after it ("that a rift exists between
/// communities of color -- mainly African-Americans and Latinos -- and
/// the police"): the token after the closing dash.
fn aside_close(unit: &Unit<'_>, k: usize, double_hyphen: bool) -> Option<usize> {
    let n = unit.tokens.len();
    let width = if double_hyphen { 2 } else { 1 };
    let close = (k + width..n.min(k + 30)).find(|&j| {
        if double_hyphen {
            unit.folds[j] == "-"
                && unit
                    .tokens
                    .get(j + 1)
                    .is_some_and(|t| t.is(unit.chars, '-'))
        } else {
            unit.chars[unit.tokens[j].start] == '—'
        }
    })?;
    let after = close + width;
    let next = unit.tokens.get(after)?;
    (after + 1 < n
        && !unit.quoted[after]
        && next.is_word()
        && !next.is_capitalized(unit.chars)
        && cue_lemma(&unit.folds[after]).is_none()
        && cue_lemma(&unit.folds[after + 1]).is_none()
        && (k + width..close).all(|j| !unit.quoted[j]))
    .then_some(after)
}

/// Where an adjunct of time, place or medium after a noun phrase the cue
/// takes for object begins ("attacked Machado in early-morning tweets",
/// "praised her presence on Twitter", "criticized the possibility of
/// fraud during the campaign"): annotators mostly end such content before
/// it. Only when the content from token `from` to code point `end` holds
/// no verb (a clause keeps its adjuncts: "said the economy was weak in
/// July") and nothing but the adjunct follows it ("described Trump during
/// an interview as a fraud" keeps it).
fn object_adjunct(unit: &Unit<'_>, from: usize, end: usize) -> Option<usize> {
    let first = unit.folds.get(from)?.as_str();
    if unit.quoted[from]
        || !unit.tokens[from].is_word()
        || matches!(
            first,
            "that" | "to" | "if" | "whether" | "he" | "she" | "they" | "it" | "we" | "i" | "you"
        )
        || is_question_word(first)
    {
        return None;
    }
    let n = unit.tokens.len();
    let last = (from..n)
        .take_while(|&k| unit.tokens[k].start < end)
        .last()?;
    let be = |w: &str| is_auxiliary(w) || super::words::is_negation(w) || w == "be";
    let k = (from + 1..=last).find(|&k| {
        let w = unit.folds[k].as_str();
        let next = unit.folds.get(k + 1).map_or("", |f| f.as_str());
        let after_next = unit.folds.get(k + 2).map_or("", |f| f.as_str());
        !unit.quoted[k]
            && (matches!(w, "during" | "amid")
                || (matches!(w, "in" | "on" | "at")
                    && (is_time_word(next)
                        || is_medium_word(next.strip_suffix('s').unwrap_or(next))
                        || is_medium_word(after_next.strip_suffix('s').unwrap_or(after_next))
                        || matches!(next, "twitter" | "facebook" | "instagram"))))
    })?;
    // A verb before it: the content is a clause.
    let verb = (from + 1..k).any(|j| {
        let w = unit.folds[j].as_str();
        !unit.quoted[j] && (be(w) || cue_lemma(w).is_some() || (w.ends_with("ed") && w.len() > 4))
    });
    // The adjunct ends the content: no verb, complement or clause after
    // it ("during a Tuesday interview as “a remnant …”").
    let tail_free = (k + 1..=last).all(|j| {
        let w = unit.folds[j].as_str();
        !unit.quoted[j]
            && !be(w)
            && !matches!(
                w,
                "as" | "for" | "that" | "if" | "to" | "which" | "who" | "whether" | ","
            )
    });
    (!verb && tail_free && last - k <= 8).then_some(k)
}

/// Whether the relative clause opening at token `r` ends at a comma that
/// its sentence's verb follows ("Sanders, who did win Rhode Island, would
/// likely place …").
fn embedded_relative(unit: &Unit<'_>, r: usize) -> bool {
    let n = unit.tokens.len();
    let Some(comma) = (r + 1..n).find(|&k| {
        !unit.quoted[k] && (unit.tokens[k].is(unit.chars, ',') || !unit.tokens[k].is_word())
    }) else {
        return false;
    };
    unit.tokens[comma].is(unit.chars, ',')
        && unit.folds.get(comma + 1).is_some_and(|f| {
            matches!(
                f.as_str(),
                "would"
                    | "will"
                    | "has"
                    | "have"
                    | "had"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "must"
                    | "should"
                    | "did"
                    | "does"
            )
        })
}

/// The source of "according to" runs to the end of its phrase, as
/// annotators mark it: "according to a CNN tally", "a Reuters/Ipsos poll",
/// "the top British medical journal", "officials who spoke on the condition
/// of anonymity", where the name the source was found by ends sooner. The
/// phrase ends at a comma, a dash, a parenthesis, a colon or semicolon, a
/// quotation or the sentence's end. A source that already takes an
/// apposition after a comma keeps it.
pub(super) fn according_to_phrase(unit: &Unit<'_>, speaker: Piece) -> Piece {
    let n = unit.tokens.len();
    let Some(first) = unit.tokens.iter().position(|t| t.start == speaker.start) else {
        return speaker;
    };
    if unit.tokens[first..]
        .iter()
        .take_while(|t| t.end <= speaker.end)
        .any(|t| t.is(unit.chars, ','))
    {
        return speaker;
    }
    let ends = |k: usize| {
        let t = unit.tokens[k];
        let c = unit.chars[t.start];
        unit.quoted[k]
            || matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–' | '"' | '“' | '”')
            // A dash: "--", or a hyphen standing alone.
            || (c == '-'
                && (unit.folds.get(k + 1).is_some_and(|f| f == "-")
                    || (t.start > 0 && unit.chars[t.start - 1] == ' ')))
            || (k + 1 == n && matches!(c, '.' | '!' | '?'))
    };
    let mut k = first + 1;
    while k < n && !ends(k) {
        k += 1;
    }
    // Only ever longer: a parenthesis the speaker took stays ("according
    // to Rep. Gwen Moore (D-Wis.)").
    let end = unit.tokens[k - 1].end;
    if end <= speaker.end {
        return speaker;
    }
    piece(unit.chars, Span::new(speaker.start, end), speaker.entity)
}

/// The words after a cue frame, from token `after_tok` up to the next
/// comma (whose token is returned too), when they are an adjunct at most
/// ("said on Monday", "said in a statement", "said then") and no clause
/// of content.
fn tail_after(unit: &Unit<'_>, after_tok: usize) -> Option<(Vec<usize>, usize)> {
    let n = unit.tokens.len();
    let upto = (after_tok..n)
        .find(|&k| unit.tokens[k].is(unit.chars, ','))
        .unwrap_or(n);
    let tail: Vec<usize> = (after_tok..upto)
        .filter(|&k| unit.tokens[k].is_word())
        .collect();
    // "declined to comment", "refused to disclose …": an infinitive is
    // content, not an adjunct ("said to reporters" is one).
    let infinitive = tail.len() >= 2 && unit.folds[tail[0]] == "to" && tail[1] == tail[0] + 1 && {
        let next = unit.folds[tail[1]].as_str();
        !unit.tokens[tail[1]].is_capitalized(unit.chars)
            && !is_determiner(next)
            && !is_object_pronoun(next)
            && next != "you"
            && !is_speaker_noun(next)
    };
    let tail_ok = tail.is_empty()
        || (tail.len() <= 6
            && !infinitive
            && !tail
                .iter()
                .any(|&k| unit.folds[k] == "that" || unit.quoted[k])
            && (ADJUNCT_STARTS.contains(unit.folds[tail[0]].as_str())
                || is_time_word(&unit.folds[tail[0]])
                || matches!(
                    unit.folds[tail[0]].as_str(),
                    "later" | "then" | "again" | "earlier" | "once" | "also"
                )));
    tail_ok.then_some((tail, upto))
}

/// Whether token `k` lies in a short quotation inside a phrase: at most
/// five words, whose opening mark follows a word ("a pro-Clinton ''super
/// PAC,''"); with `title`, it must also open with a capital ("on NBC's
/// “Meet the Press”").
pub(super) fn in_quoted_phrase(unit: &Unit<'_>, k: usize, title: bool) -> bool {
    let at = unit.tokens[k].start;
    unit.quotes.iter().flatten().any(|s| {
        s.char_start <= at && at < s.char_end && {
            let open = unit.tokens.partition_point(|t| t.start < s.char_start);
            let mut words = unit.tokens[open..]
                .iter()
                .take_while(|t| t.start < s.char_end)
                .filter(|t| t.is_word());
            let capital = words.next().is_some_and(|t| t.is_capitalized(unit.chars));
            (capital || !title)
                && words.count() < 5
                && open > 0
                && unit.tokens[open - 1].is_word()
                && !unit.quoted[open - 1]
        }
    })
}

/// Whether a clause of content follows a cue frame at token `after_tok`
/// ("said his campaign was strong", "adding that …"), rather than the
/// sentence's end, a comma or an adjunct ("said on Monday", "said of the
/// episode", "wrote in an email").
pub(super) fn clause_after(unit: &Unit<'_>, after_tok: usize) -> bool {
    unit.tokens.get(after_tok).is_some_and(|t| {
        let f = unit.folds[after_tok].as_str();
        t.is_word()
            && !unit.quoted[after_tok]
            && (f == "that"
                || !(ADJUNCT_STARTS.contains(f)
                    || is_time_word(f)
                    || matches!(
                        f,
                        "of" | "about" | "as" | "when" | "from" | "by" | "afterward"
                    )))
    })
}

/// The clause before a trailing attribution: "CLAUSE, sources said." or
/// "CLAUSE, said Sheinbaum on Monday." The cue must end the sentence but for
/// an adjunct ("in a statement", "on Monday").
pub(super) fn trailing_content(
    unit: &Unit<'_>,
    c: usize,
    first_frame_tok: usize,
    after_tok: usize,
) -> Option<Vec<Span>> {
    let n = unit.tokens.len();
    let mut comma = if first_frame_tok < c {
        first_frame_tok.checked_sub(1)?
    } else {
        c.checked_sub(1)?
    };
    // "…, as police have said.": the comma before "as".
    if comma > 0
        && unit.folds[comma] == "as"
        && !unit.quoted[comma]
        && unit.tokens[comma - 1].is(unit.chars, ',')
    {
        comma -= 1;
    }
    if comma < 1 || unit.quoted[comma] || !unit.tokens[comma].is(unit.chars, ',') {
        return None;
    }
    // "In a 1963 speech, he declared:": the words come after the colon.
    if unit
        .tokens
        .get(after_tok)
        .is_some_and(|t| t.is(unit.chars, ':'))
    {
        return None;
    }
    // What follows the cue up to the next comma must be an adjunct at most.
    let (tail, upto) = tail_after(unit, after_tok)?;
    // "In Iowa, Trump said, “Maybe …”", "…, asserting, ''Of course …''":
    // a quotation that opens a sentence after the cue's comma is the
    // content, and what came before the speaker is the writer's.
    // A quotation that goes on with the sentence ("The economy, he said,
    // “is in trouble.”") is content with the words before the speaker.
    let quoted_next = tail
        .is_empty()
        .then(|| (upto + 1..n.min(upto + 4)).find(|&k| unit.tokens[k].is_word()))
        .flatten()
        .filter(|&k| unit.tokens[upto].is(unit.chars, ',') && unit.quoted[k]);
    if quoted_next.is_some_and(|k| unit.tokens[k].is_capitalized(unit.chars)) {
        return None;
    }
    let mut start = lead_end(unit);
    // "…the football stadium, which, Tompkins said, is usually full …":
    // the relative pronoun stands for what it is about.
    // ("All of which, he said, would help …": with its quantifier.)
    if comma > 0
        && !unit.quoted[comma - 1]
        && matches!(unit.folds[comma - 1].as_str(), "which" | "who" | "whom")
    {
        let quantified = comma >= 3
            && unit.folds[comma - 2] == "of"
            && matches!(
                unit.folds[comma - 3].as_str(),
                "all" | "some" | "many" | "most" | "none" | "each" | "both" | "one" | "much"
            );
        let first = if quantified { comma - 3 } else { comma - 1 };
        start = start.max(unit.tokens[first].start);
    }
    if start >= unit.tokens[comma].start {
        return None;
    }
    let span = trim_content(unit.chars, Span::new(start, unit.tokens[comma].start));
    // One word may lead in ("Now, she said, …", "Instead, …", "But, …",
    // "CNN, he said, called …"), but not a conjunction that opens a clause
    // of its own ("If, as I've suggested, …", "And yet, aides say, …").
    let conjunction = start == unit.tokens[comma - 1].start
        && matches!(
            unit.folds[comma - 1].as_str(),
            "if" | "as"
                | "yet"
                | "and"
                | "or"
                | "so"
                | "because"
                | "when"
                | "while"
                | "although"
                | "though"
                | "unless"
                | "since"
                | "whether"
                | "once"
        );
    if span.is_empty() || conjunction {
        return None;
    }
    // "Asked about the device, O'Neill said …", "During the debate, she
    // said …": the lead is the occasion, not the content. A lead followed
    // by a clause of its own ("After some challenges, the work has met
    // standards, an official said") opens the content.
    let first = unit
        .tokens
        .iter()
        .position(|t| t.start >= span.char_start)?;
    let clause_after_lead = tail.is_empty()
        && (first..comma).any(|k| unit.tokens[k].is(unit.chars, ',') && !unit.quoted[k]);
    if LEAD_ADJUNCTS.contains(unit.folds[first].as_str())
        && !unit.quoted[first]
        && !clause_after_lead
    {
        return None;
    }
    // "…older, she said, and “I had to step back …”": the sentence goes on
    // after the cue with a conjunction, and what it adds is the speaker's
    // too (with the conjunction, as annotators mark it), unless it reports
    // someone's words of its own ("…, and aviation experts say …").
    if upto + 2 < n
        && unit.tokens[upto].is(unit.chars, ',')
        && matches!(unit.folds[upto + 1].as_str(), "and" | "but")
        && !unit.quoted[upto + 1]
        && (unit.tokens[upto + 2].is_word() || unit.quoted[upto + 2])
        && !reports_words(unit, upto + 2)
    {
        let rest = trim_content(
            unit.chars,
            Span::new(unit.tokens[upto].end, unit.span.char_end),
        );
        return Some(vec![span, rest]);
    }
    // A cue set off in mid-sentence: the sentence goes on after it, unless
    // what follows is an adjunct or another clause of the speaker's
    // ("…, he said, adding that…"). After the cue's own adjunct, only a
    // verb goes on, and no one else's words ("The truth, the senator said
    // then, was that …", not "…, lawmakers said Friday, as they …").
    let goes_on = quoted_next.is_some()
        || (upto + 1 < n
            && (tail.is_empty()
                || (is_auxiliary(&unit.folds[upto + 1]) && !reports_words(unit, upto + 1)))
            && unit.tokens[upto].is(unit.chars, ',')
            && !unit.quoted[upto + 1]
            && unit.tokens[upto + 1].is_word()
            && {
                let next = unit.folds[upto + 1].as_str();
                !(ADJUNCT_STARTS.contains(next)
                    || is_time_word(next)
                    || (next.ends_with("ing") && !continues_with_gerund(unit, upto + 1))
                    || matches!(next, "and" | "but" | "according" | "though" | "although"))
            });
    if goes_on {
        let rest = trim_content(
            unit.chars,
            Span::new(unit.tokens[upto].end, unit.span.char_end),
        );
        if !rest.is_empty() {
            return Some(vec![span, rest]);
        }
    }
    Some(vec![span])
}

/// Whether a verb of saying outside quotation marks comes at or after
/// token `from`: the sentence reports words of its own there ("…, and
/// aviation experts say …").
fn reports_words(unit: &Unit<'_>, from: usize) -> bool {
    (from..unit.tokens.len()).any(|k| {
        !unit.quoted[k] && cue_lemma(&unit.folds[k]).is_some_and(|l| NESTED_CUES.contains(l))
    })
}

/// Whether the "-ing" word at token `k` goes on with the sentence rather
/// than describing what its speaker did ("…, he said, adding that …"):
/// "including …", or a gerund subject before its verb ("…, he said,
/// replacing Clinton would be …").
fn continues_with_gerund(unit: &Unit<'_>, k: usize) -> bool {
    unit.folds[k] == "including"
        || (cue_lemma(&unit.folds[k]).is_none()
            && (k + 1..unit.tokens.len().min(k + 6))
                .take_while(|&j| unit.tokens[j].is_word() && !unit.quoted[j])
                .any(|j| is_auxiliary(&unit.folds[j])))
}

/// Whether token `k` opens a quantity ("said about 20 people applied",
/// "over 2,200 emails", "at least six planes"): an adverb, no preposition
/// of the cue's.
pub(super) fn opens_quantity(unit: &Unit<'_>, k: usize) -> bool {
    let next = unit.folds.get(k + 1).map_or("", |f| f.as_str());
    match unit.folds[k].as_str() {
        // ("said about half of …", "about 20 percent").
        "about" | "over" => {
            next.starts_with(|ch: char| ch.is_ascii_digit())
                || matches!(
                    next,
                    "half" | "twice" | "dozen" | "dozens" | "hundreds" | "thousands"
                )
        }
        "at" => matches!(next, "least" | "most"),
        _ => false,
    }
}

/// Words that open an adjunct before the speaker rather than the content.
pub(super) static LEAD_ADJUNCTS: WordSet = WordSet::new(&[
    "asked",
    "pressed",
    "questioned",
    "speaking",
    "responding",
    "referring",
    "reacting",
    "commenting",
    "writing",
    "during",
    "after",
    "before",
    "when",
    "while",
    "following",
]);

/// Verbs of saying and thinking whose whole subject is the speaker when no
/// rule names it (see [`subject_before`]).
pub(super) static SUBJECT_CUES: WordSet = WordSet::new(&[
    "say",
    "tell",
    "add",
    "write",
    "report",
    "claim",
    "argue",
    "note",
    "state",
    "explain",
    "insist",
    "warn",
    "suggest",
    "believe",
    "think",
    "predict",
    "acknowledge",
    "admit",
    "find",
    "show",
    "announce",
    "confirm",
    "contend",
    "maintain",
    "agree",
    "estimate",
    "conclude",
    "urge",
    "assert",
    "testify",
    "recall",
    "deny",
    "complain",
    "concede",
]);

/// The token where content starts after the addressee of a cue that asks
/// or tells a question ("told Marlow on Thursday how …", "asked Trump
/// whether …"), when at most eight words come first. Annotators keep the
/// object of "urged his supporters to …" and "described the deal as …" in
/// the content, so those stay.
pub(super) fn question_after_object(
    cx: &Context<'_>,
    unit: &Unit<'_>,
    lemma: &str,
    from: usize,
    addressed: bool,
) -> Option<usize> {
    if !["tell", "told", "ask", "remind", "warn", "show", "explain"]
        .iter()
        .any(|w| lemma.starts_with(w))
    {
        return None;
    }
    // The object must be someone: "asked my opinion on what …" asks for
    // the opinion, and all of it is content.
    let first = *unit.tokens.get(from)?;
    let someone = addressed
        || (first.is_capitalized(unit.chars) && !unit.quoted[from])
        || is_object_pronoun(&unit.folds[from])
        || matches!(
            unit.folds[from].as_str(),
            "you" | "reporters" | "journalists"
        )
        || cx.mentions.iter().any(|m| {
            m.span.char_start == first.start
                && matches!(m.kind, EntityKind::Person | EntityKind::Organization)
        });
    if !someone {
        return None;
    }
    let n = unit.tokens.len();
    let object_end = if addressed { from } else { from + 1 };
    for k in object_end..n.min(from + 9) {
        let w = unit.folds[k].as_str();
        if unit.quoted[k] || cue_lemma(w).is_some() || w == "that" {
            return None;
        }
        if is_question_word(w) {
            return Some(k);
        }
        if !unit.tokens[k].is_word() && !unit.tokens[k].is(unit.chars, '.') {
            return None;
        }
    }
    None
}

/// The content of an "according to" at token `c` whose source ends before
/// token `after_tok`: the clause before the cue ("The plan is dead,
/// according to aides"), with the rest of a verbless subject ("The plan,
/// according to aides, is …"), or, when the cue opens the sentence, the
/// clause after the comma ("According to aides, the plan is dead").
pub(super) fn according_to_content(
    cx: &Context<'_>,
    unit: &Unit<'_>,
    c: usize,
    after_tok: usize,
) -> Vec<Span> {
    let n = unit.tokens.len();
    let mut content = Vec::new();
    let end = unit.tokens[c].start;
    // (Past a conjunction or connective that opens the sentence: "In
    // fact, …", "And …".)
    let start = lead_end(unit);
    if start < end && c > 1 {
        content.push(trim_content(unit.chars, Span::new(start, end)));
        // "The plan, according to a person close to it, is to
        // turn …": a subject without its verb goes on after the
        // source.
        let verbless = c <= 8
            && (0..c).all(|k| {
                let w = unit.folds[k].as_str();
                // (A finite auxiliary, not an adverb: "Now, according to
                // the poll, some are swinging", "Since last November, …".)
                let verb = is_finite_auxiliary(w) || (w.len() > 4 && w.ends_with("ed"));
                let comma = k + 1 < c && unit.tokens[k].is(unit.chars, ',');
                !(verb || comma || unit.quoted[k])
            });
        if verbless
            && after_tok + 1 < n
            && unit.tokens[after_tok].is(unit.chars, ',')
            && unit.tokens[after_tok + 1].is_word()
            && !matches!(
                unit.folds[after_tok + 1].as_str(),
                "and" | "but" | "or" | "while" | "which" | "who" | "though" | "although"
            )
        {
            let rest = Span::new(
                unit.tokens[after_tok].end,
                clause_end(cx, unit, after_tok + 1),
            );
            if rest.char_end > rest.char_start {
                content.push(trim_content(unit.chars, rest));
            }
        }
    } else {
        // "According to X, …": the clause after the comma.
        let from = unit.tokens[after_tok.min(n - 1)..]
            .iter()
            .position(|t| t.is(unit.chars, ','))
            .map(|p| p + after_tok);
        if let Some(comma) = from.filter(|&c| c + 1 < n) {
            content.push(trim_content(
                unit.chars,
                Span::new(unit.tokens[comma].end, clause_end(cx, unit, comma + 1)),
            ));
        }
    }
    content
}

/// A cue at token `first` (its words end before token `end_tok`), with its
/// lemma.
#[derive(Clone, Copy)]
pub(super) struct Cue<'a> {
    pub first: usize,
    pub end_tok: usize,
    pub lemma: &'a str,
}

/// Where the words after a cue begin (`from`, past an addressee or an
/// inverted speaker), whether an addressee was found, and the first token
/// of the speaker before the cue, when there is one.
pub(super) struct After {
    pub from: usize,
    pub addressee: bool,
    pub speaker_first: Option<usize>,
}

/// The content after a cue: past adjuncts before "that" ("said on Monday
/// that"), an addressee before a question ("told Marlow how"), the words
/// before a quotation set off by a comma or colon, a day before a noun
/// phrase, a preposition or an attitude noun that belongs to the cue
/// (which moves `cue_end`); then a quotation, or the clause up to
/// [`clause_end`].
pub(super) fn content_after(
    cx: &Context<'_>,
    unit: &Unit<'_>,
    cue: Cue<'_>,
    after: After,
    cue_end: &mut usize,
) -> Vec<Span> {
    let n = unit.tokens.len();
    let (c, cue_end_tok, lemma) = (cue.first, cue.end_tok, cue.lemma);
    let after_tok = after.from;
    let mut content = Vec::new();
    // Skip adjuncts before "that" ("said on Monday that").
    let mut from = after_tok;
    if let Some(p) = unit.folds[after_tok..n.min(after_tok + 12)]
        .iter()
        .position(|f| f == "that")
    {
        // "said Friday that", "told his supporters at a rally that".
        let first = unit.folds[after_tok].as_str();
        let told = matches!(
            lemma,
            "tell" | "warn" | "assure" | "remind" | "inform" | "urge"
        );
        // ("said on NBC's “Meet the Press” that": a title in the adjunct;
        // "declined to comment when asked about the claim that": no
        // clause of its own in it.)
        let adjunct = (after_tok..after_tok + p).all(|k| {
            (!unit.quoted[k] || (!unit.quoted[after_tok] && in_quoted_phrase(unit, k, true)))
                && !matches!(unit.folds[k].as_str(), "when" | "while" | "if" | "because")
        }) && (p == 0
            || ADJUNCT_STARTS.contains(first)
            || is_time_word(first)
            || told
            || !unit.tokens[after_tok].is_word());
        // A long adjunct is set off by a comma ("said at a
        // campaign stop in Toledo, Ohio, that") or names the medium ("said
        // in an interview with The Associated Press last week that").
        let set_off = p > 0 && unit.tokens[after_tok + p - 1].is(unit.chars, ',');
        let medium = first == "in"
            && unit.folds[after_tok..after_tok + p]
                .iter()
                .take(4)
                .any(|f| is_medium_word(f));
        if adjunct && (p <= 8 || (p <= 12 && (set_off || medium))) {
            from = after_tok + p;
        }
    }
    // "As Smith noted in a memo, the plan failed": after an "As …" lead,
    // the main clause is what was said, and the words between the cue and
    // the comma are the cue's adjunct.
    if from == after_tok {
        if let Some(k) = as_lead_comma(unit, c, lemma, from) {
            from = k;
        }
    }
    // "told Marlow how …": the addressee is not content.
    if from == after_tok {
        if let Some(k) = question_after_object(cx, unit, lemma, from, after.addressee) {
            from = k;
        }
    }
    // "told me, ''…''", "told his radio audience on Monday: “…”":
    // the words before a quotation set off by a comma or colon say
    // to whom, when or where; the quotation is the content.
    if from == after_tok {
        let opens = |k: usize| {
            unit.quotes.iter().any(|q| {
                q.first()
                    .is_some_and(|s| s.char_start == unit.tokens[k].start)
            })
        };
        if let Some(k) = (from + 1..n.min(from + 10)).find(|&k| opens(k)) {
            let mark = &unit.tokens[k - 1];
            if (mark.is(unit.chars, ',') || mark.is(unit.chars, ':'))
                && unit.quoted[from..k].iter().all(|q| !q)
                && unit.folds[from..k].iter().all(|f| f != "that")
            {
                from = k - 1;
            }
        }
    }
    // "announced Friday the arrest of a man": the day is no content.
    // Only before a noun phrase or clause ("said Friday as he
    // entered" keeps its day, as annotators do).
    // ("told the audience this weekend he would …".)
    let this_week = from + 2 < n
        && matches!(unit.folds[from].as_str(), "this" | "last" | "earlier")
        && matches!(
            unit.folds[from + 1].as_str(),
            "week" | "weekend" | "month" | "year" | "morning" | "afternoon" | "evening"
        );
    if from == after_tok && !unit.quoted[from] && (is_day_word(&unit.folds[from]) || this_week) {
        let mut k = from + 1 + usize::from(this_week);
        while k < n
            && matches!(
                unit.folds[k].as_str(),
                "morning" | "afternoon" | "evening" | "night"
            )
        {
            k += 1;
        }
        let opens_phrase = k + 1 < n
            && !unit.quoted[k]
            && (is_determiner(&unit.folds[k])
                || matches!(unit.folds[k].as_str(), "he" | "she" | "they" | "it" | "we")
                // "vowed Saturday to rid …", "asked Tuesday how …", "warned
                // Wednesday of …".
                || matches!(
                    unit.folds[k].as_str(),
                    "to" | "how" | "why" | "whether" | "what" | "for" | "of" | "about" | "on"
                )
                || (unit.tokens[k].is_capitalized(unit.chars) && unit.tokens[k].is_word()));
        if opens_phrase {
            from = k;
        }
    }
    // "said after the convention he would not …": an adjunct before the
    // clause's pronoun subject is no content.
    if from == after_tok
        && !unit.quoted[from]
        && matches!(
            unit.folds[from].as_str(),
            "after" | "before" | "during" | "at" | "in" | "on" | "following" | "since"
        )
    {
        if let Some(k) = (from + 1..n.min(from + 7)).find(|&k| is_subject_pronoun(&unit.folds[k])) {
            // (Not a clause: "after she swept …", "whether he was …".)
            let plain = k > from + 1
                && (from + 1..k).all(|j| {
                    let w = unit.folds[j].as_str();
                    !unit.quoted[j]
                        && unit.tokens[j].is_word()
                        && cue_lemma(w).is_none()
                        && !is_auxiliary(w)
                        && !is_question_word(w)
                        && !super::layout::SUBORDINATORS.contains(w)
                        && !matches!(w, "that" | "whether" | "if" | "what")
                });
            if plain && k + 1 < n && unit.tokens[k + 1].is_word() {
                from = k;
            }
        }
    }
    // "showed support for Clinton", "believe in the good sense of
    // the people": the preposition belongs with the cue.
    if from == after_tok
        && from + 1 < n
        && unit.tokens[from + 1].is_word()
        && !opens_quantity(unit, from)
        && !opens_occasion(unit, from)
        // ("said about Title I": what it was about; "talked about" takes it.)
        && !(unit.folds[from] == "about" && lemma == "say")
        && (matches!(
            unit.folds[from].as_str(),
            "for" | "about" | "on" | "against" | "into" | "with" | "in" | "of" | "off" | "up"
        )
            // "lashed out at Khan", "raised queries over the ties": after
            // a particle, as the verb takes them.
            || (matches!(unit.folds[from].as_str(), "at" | "over")
                && is_particle(lemma, &unit.folds[c], &unit.folds[from])))
    {
        if from == cue_end_tok {
            *cue_end = unit.tokens[from].end;
        }
        from += 1;
    }
    // "expressed concerns about the deal", "made no mention of
    // Trump", "paid tribute to the troops": the noun of attitude and
    // its preposition belong with the cue; what it is about is the
    // content.
    // Only after a light verb ("expressed", "made", "voiced"): other
    // verbs take the noun itself ("cited criticism of Lauer", "said
    // the support for Trump was waning").
    if from == after_tok && is_light_verb(&unit.folds[c]) {
        if let Some(k) = attitude_preposition(unit, from) {
            // ("expressed concern that …": the clause keeps its "that".)
            let that = unit.folds[k] == "that";
            if from == cue_end_tok {
                *cue_end = unit.tokens[if that { k - 1 } else { k }].end;
            }
            from = if that { k } else { k + 1 };
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
        let mut end = clause_end(cx, unit, from);
        if let Some(k) = object_adjunct(unit, from, end) {
            end = unit.tokens[k].start;
        }
        let mut span = trim_content(unit.chars, Span::new(start, end));
        // "which police said were at his side", "Obama, who he noted was
        // …": the relative pronoun before the speaker is the clause's
        // subject or object. So is "that" after a noun when the clause
        // goes on with its verb ("a cap that Clinton hopes can help …"),
        // not when it opens a clause of its own ("so bad that Trump said
        // the plan failed").
        let relative = after.speaker_first.and_then(|s| s.checked_sub(1));
        if let Some(r) = relative.filter(|&r| {
            r < c
                && !unit.quoted[r]
                && (matches!(unit.folds[r].as_str(), "which" | "what" | "who" | "whom")
                    || (unit.folds[r] == "that"
                        && r > 0
                        && unit.tokens[r - 1].is_word()
                        && cue_lemma(&unit.folds[r - 1]).is_none()
                        && is_auxiliary(&unit.folds[from])))
        }) {
            content.push(Span::new(unit.tokens[r].start, unit.tokens[r].end));
            // A clause set off by commas ends at the next one.
            if r > 0 && unit.tokens[r - 1].is(unit.chars, ',') {
                if let Some(comma) = unit.tokens[from..].iter().find(|t| {
                    span.char_start < t.start && t.start < span.char_end && t.is(unit.chars, ',')
                }) {
                    span = trim_content(unit.chars, Span::new(span.char_start, comma.start));
                }
            }
        } else if let Some(r) = relative.filter(|&r| {
            // "a step they believe could help …", "a probe the agency said
            // was ongoing": a relative clause without its pronoun, whose
            // subject is the noun phrase it describes. Only when the
            // clause opens with an auxiliary, which shows the subject
            // missing: a word in "-ed" may as well be an adjective ("they
            // feel squeezed").
            r < c
                && !unit.quoted[r]
                && unit.tokens[r].is_word()
                && unit.chars[unit.tokens[r].start].is_lowercase()
                && cue_lemma(&unit.folds[r]).is_none()
                && !is_determiner(&unit.folds[r])
                && !is_auxiliary(&unit.folds[r])
                && !is_function_word(&unit.folds[r])
                && !matches!(
                    unit.folds[r].as_str(),
                    "as" | "in"
                        | "to"
                        | "so"
                        | "then"
                        | "now"
                        | "when"
                        | "where"
                        | "because"
                        | "while"
                )
                && is_finite_auxiliary(&unit.folds[from])
        }) {
            let np = noun_phrase_start(unit, r);
            content.push(Span::new(unit.tokens[np].start, unit.tokens[r].end));
        }
        if !span.is_empty() {
            content.push(span);
        }
    }
    content
}
