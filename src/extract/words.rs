//! Closed word classes the statement rules test, on folded tokens:
//! auxiliaries and negations around a cue, the particles that belong to a
//! cue ("called for", "pointed out"), light verbs, determiners, function
//! words and days.

use super::frame::CUE_ADVERBS;
use crate::text::WordSet;

/// Cue lemmas that open nested speech inside a quotation.
pub(super) static NESTED_CUES: WordSet = WordSet::new(&[
    "say",
    "tell",
    "ask",
    "reply",
    "respond",
    "answer",
    "add",
    "warn",
    "insist",
    "explain",
    "write",
    "promise",
    "urge",
    "repeat",
    "state",
    "stress",
    "emphasize",
    "reaffirm",
    "reiterate",
]);

/// Words that belong to the cue when right before its verb.
pub(super) static AUXILIARIES: WordSet = WordSet::new(&[
    "has",
    "have",
    "had",
    "is",
    "was",
    "are",
    "were",
    "will",
    "would",
    "could",
    "can",
    "also",
    "just",
    "later",
    "recently",
    "still",
    "now",
    "then",
    "been",
    "repeatedly",
    "again",
    "previously",
    "often",
    "publicly",
    "even",
    "already",
    "frequently",
    "reportedly",
    "do",
    "does",
    "did",
    "may",
    "might",
    "should",
    "must",
    "first",
    "once",
    "further",
    "immediately",
    "'ve",
    "’ve",
    "'d",
    "’d",
    "'ll",
    "’ll",
]);

/// An auxiliary or an adverb in "-ly" ("has consistently argued"): part of
/// a cue, never its head.
pub(super) fn is_auxiliary(fold: &str) -> bool {
    AUXILIARIES.contains(fold)
        || CUE_ADVERBS.contains(fold)
        || (fold.len() > 5 && fold.ends_with("ly") && !is_noun_in_ly(fold))
}

/// Whether a folded word in "-ly" is a noun, not an adverb.
pub(super) fn is_noun_in_ly(folded: &str) -> bool {
    NOUNS_IN_LY.contains(folded)
}

/// Words in "-ly" that are nouns, not adverbs: "the family said".
static NOUNS_IN_LY: WordSet = WordSet::new(&[
    "family",
    "rally",
    "assembly",
    "supply",
    "reply",
    "bully",
    "monopoly",
    "anomaly",
    "belly",
    "folly",
    "jelly",
    "tally",
    "gully",
    "ally",
    "italy",
    "july",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
    "elderly",
]);

/// Whether a word is a finite verb of the auxiliary kind ("has", "were",
/// "could"): a clause, where it stands in what looked like a noun phrase
/// ("The company now has over 170 researchers").
pub(super) fn is_finite_auxiliary(fold: &str) -> bool {
    matches!(
        fold,
        "has"
            | "have"
            | "had"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "will"
            | "would"
            | "could"
            | "can"
            | "did"
            | "does"
            | "do"
            | "may"
            | "might"
            | "must"
            | "should"
    )
}

/// Adjectives of attitude that make a cue after a form of "be", "seem" or
/// "feel" ("was critical of", "are confident that", "is skeptical about").
pub(super) static ATTITUDE_ADJECTIVES: WordSet = WordSet::new(&[
    "critical",
    "supportive",
    "skeptical",
    "sceptical",
    "hostile",
    "enamored",
    "enamoured",
    "worried",
    "concerned",
    "aware",
    "wary",
    "fond",
    "proud",
    "dismissive",
    "confident",
    "optimistic",
    "pessimistic",
    "sure",
    "certain",
    "convinced",
    "unconvinced",
    "unhappy",
    "happy",
    "angry",
    "upset",
    "furious",
    "pleased",
    "disappointed",
    "frustrated",
    "satisfied",
    "dissatisfied",
    "adamant",
    "unsure",
    "uncertain",
    "hopeful",
    "afraid",
    "fearful",
    "outraged",
    "appalled",
    "troubled",
    "alarmed",
    "excited",
    "thrilled",
    "insistent",
    "doubtful",
    "suspicious",
    "resentful",
    "nervous",
    "anxious",
    "unapologetic",
    // Participles of feeling and stance: the subject holds the view
    // ("Sheinbaum has been opposed to", "Republicans were incensed that",
    // "voters were divided on").
    "opposed",
    "incensed",
    "divided",
    "interested",
    "determined",
    "angered",
    "impressed",
    "unimpressed",
    "persuaded",
    "surprised",
    "shocked",
    "dismayed",
    "offended",
    "delighted",
    "saddened",
    "disturbed",
    "horrified",
    "committed",
    "ambivalent",
    "enthusiastic",
]);

/// Forms of the verbs an adjective of attitude follows.
static LINKING_VERBS: WordSet = WordSet::new(&[
    "is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "'re", "’re", "'m", "’m",
    "remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared",
    "become", "becomes", "became", "feel", "feels", "felt", "grew", "grow", "grows",
]);

/// Whether an adjective of attitude at `folds[c]` follows a linking verb
/// ("were both sternly critical", "is not sure"), adverbs and negation
/// aside.
pub(super) fn after_linking_verb(folds: &[crate::text::Fold], c: usize) -> bool {
    for k in (c.saturating_sub(4)..c).rev() {
        let f = folds[k].as_str();
        if LINKING_VERBS.contains(f) {
            return true;
        }
        if !(is_auxiliary(f)
            || is_negation(f)
            || matches!(
                f,
                "very" | "so" | "too" | "more" | "less" | "most" | "both" | "all" | "quite"
            ))
        {
            return false;
        }
    }
    false
}

/// Whether `next` is a particle of the cue verb (`lemma`, as written
/// `form`): "called for", "called on", "pointed out", "warned against",
/// "weighed in", "asked about", "pointed to", "spoke of", "commented on".
pub(super) fn is_particle(lemma: &str, form: &str, next: &str) -> bool {
    match next {
        // "opposed to", "divided over", "interested in", "alarmed at",
        // and a feeling's cause: "were angered by the deal" (but "was
        // opposed by Democrats" is a passive with its agent).
        // ("determined to warn": an infinitive's "to" is content.)
        "over" | "in" | "on" | "at" | "by"
            if ATTITUDE_ADJECTIVES.contains(lemma) || ATTITUDE_ADJECTIVES.contains(form) =>
        {
            next != "by"
                || !matches!(
                    form,
                    "opposed" | "divided" | "committed" | "determined" | "persuaded"
                )
        }
        "to" if matches!(form, "opposed" | "committed" | "hostile") => true,
        "out" | "against" | "back" => true,
        "for" => matches!(
            lemma,
            "call" | "push" | "press" | "argue" | "advocate" | "lobby" | "plead" | "appeal"
        ),
        "on" => matches!(
            lemma,
            "call" | "comment" | "reflect" | "elaborate" | "insist" | "remark" | "expound"
        ),
        "at" => [
            "hint", "scoff", "rail", "bristl", "jab", "sneer", "lash", "swip", "marvel", "balk",
            "fire", "fired", "point", "direct", "aim",
        ]
        .iter()
        .any(|v| lemma.starts_with(v) || form.starts_with(v)),
        // "sparred over taxes", "queries over the ties".
        "over" => [
            "spar", "clash", "feud", "wrangl", "bicker", "quer", "fret", "agoniz",
        ]
        .iter()
        .any(|v| lemma.starts_with(v) || form.starts_with(v)),
        // "struck down assertions", "played down the risk".
        "down" => ["struck", "strik", "shot", "shoot", "play", "talk"]
            .iter()
            .any(|v| form.starts_with(v)),
        "of" => {
            matches!(
                lemma,
                "speak" | "warn" | "boast" | "complain" | "approve" | "disapprove"
            ) || form.starts_with("spoke")
                || ATTITUDE_ADJECTIVES.contains(lemma)
        }
        "with" => ATTITUDE_ADJECTIVES.contains(lemma),
        // By stem, for the cues the model finds, whose lemma is their form
        // ("referring to", "continued to").
        "to" => [
            "point", "refer", "allud", "object", "react", "respond", "testif", "attest", "continu",
        ]
        .iter()
        .any(|v| lemma.starts_with(v) || form.starts_with(v)),
        "in" => matches!(form, "weighed" | "weighs" | "weigh" | "weighing" | "chimed"),
        // "what is known as the Trump Doctrine".
        "as" => form == "known",
        // "As one diplomat put it, …": the object belongs with the cue.
        "it" => matches!(form, "put" | "puts" | "putting"),
        // ("said about Title I": what the words were about, after them.)
        "about" => lemma != "say",
        _ => false,
    }
}

/// Whether a folded word is a possessive determiner ("his", "their"), whose
/// next word is a noun.
pub(super) fn is_possessive_determiner(fold: &str) -> bool {
    matches!(fold, "his" | "her" | "their" | "its" | "our" | "my")
}

/// Whether a folded word marks a possessor: a possessive determiner or the
/// possessive "'s".
pub(super) fn is_possessive(fold: &str) -> bool {
    is_possessive_determiner(fold) || matches!(fold, "'s" | "’s")
}

/// Whether a folded word is a personal pronoun that can be a subject
/// ("he", "they").
pub(super) fn is_subject_pronoun(fold: &str) -> bool {
    matches!(fold, "he" | "she" | "they" | "we" | "i")
}

/// Past forms of common irregular verbs ("met", "took", "spoke"), which
/// no "-ed" ending marks; not those that are as often adjectives or nouns
/// ("the left", "lost", "paid", "held", "broke", "built").
pub(super) fn is_irregular_past(fold: &str) -> bool {
    IRREGULAR_PASTS.contains(fold)
}

static IRREGULAR_PASTS: WordSet = WordSet::spaced(
    "met took spoke made went gave came got ran won sent brought kept led saw began \
     stood sat wrote told thought found heard felt meant bought fought caught taught \
     sought shook struck drove flew threw grew knew drew chose rose fell became spent \
     sold dealt swore forgot hid withdrew overtook undertook",
);

/// Verbs whose object noun carries the meaning ("expressed concern",
/// "made the case", "paid tribute"), by the stems of their forms.
pub(super) fn is_light_verb(form: &str) -> bool {
    const STEMS: &[&str] = &[
        "express", "voic", "made", "mak", "rais", "offer", "gave", "giv", "paid", "pay", "took",
        "tak", "level", "drew", "draw", "lodg", "regist", "sound", "issu", "renew", "extend",
        "sent", "send", "lent", "lend", "signal", "shar", "air",
    ];
    STEMS.iter().any(|s| form.starts_with(s))
}

/// A day named on its own: "Friday", "yesterday", "today".
pub(super) fn is_day_word(fold: &str) -> bool {
    matches!(
        fold,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "yesterday"
            | "today"
            | "tonight"
    )
}

/// Whether a folded word is a personal pronoun in the object case ("him",
/// "her", "them", "me", "us").
pub(super) fn is_object_pronoun(fold: &str) -> bool {
    matches!(fold, "him" | "her" | "them" | "me" | "us")
}

/// A determiner that opens a noun phrase: "the", "his", "these", "any".
pub(super) fn is_determiner(fold: &str) -> bool {
    matches!(
        fold,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "this"
            | "that"
            | "these"
            | "those"
            | "any"
            | "all"
            | "some"
    )
}

/// "not", "never", "didn't".
pub(super) fn is_negation(fold: &str) -> bool {
    matches!(fold, "not" | "never") || fold.ends_with("n't")
}

/// Whether a folded word is a pronoun, preposition or conjunction that
/// never heads a cue the model finds, so is not worth its score. ("to",
/// "in", "as", "so" and the articles head a few: "has to", "is unlikely
/// to".)
pub(super) fn is_function_word(fold: &str) -> bool {
    matches!(
        fold,
        "of" | "and"
            | "or"
            | "but"
            | "on"
            | "at"
            | "for"
            | "with"
            | "from"
            | "by"
            | "that"
            | "this"
            | "these"
            | "those"
            | "it"
            | "its"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "him"
            | "them"
            | "us"
            | "me"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "than"
            | "if"
            | "there"
            | "into"
            | "about"
            | "over"
            | "after"
            | "before"
    )
}
