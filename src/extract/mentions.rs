//! Mentions of people, countries, organisations and outlets in one article:
//! lexicon phrases (countries with their demonyms and capitals, known
//! organisations and outlets), names introduced by a title or honorific or
//! led by a known first name, surnames of people named elsewhere in the
//! article, titles used as references ("the US president", "Mexico’s
//! President") and third-person pronouns, resolved to the nearest person of
//! matching gender.

use super::layout::Layout;
use super::lexicon::{self, first_name_gender, Gender, HONORIFICS, OFFICES, TITLE_ABBREVIATIONS};
use crate::model::{EntityId, EntityKind, Mention, MentionForm, Office, Span};
use crate::text::{fold, tokenize, Fold, Token, WordSet};
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;

/// Mentions of one article and what was learnt about its people.
#[derive(Debug, Default)]
pub struct Found {
    pub mentions: Vec<Mention>,
    pub gender: HashMap<EntityId, Gender>,
}

static PARTICLES: WordSet = WordSet::new(&[
    "de", "la", "del", "van", "von", "da", "dos", "di", "bin", "al", "le", "du", "y",
]);

/// Capitalised words that never start a name.
static NOT_NAMES: WordSet = WordSet::new(&[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "after",
    "during",
    "but",
    "and",
    "since",
    "while",
    "as",
    "for",
    "if",
    "when",
    "with",
    "by",
    "from",
    "to",
    "of",
    "it",
    "this",
    "that",
    "these",
    "those",
    "there",
    "their",
    "they",
    "we",
    "our",
    "he",
    "she",
    "his",
    "her",
    "i",
    "you",
    "my",
    "so",
    "still",
    "thus",
    "however",
    "meanwhile",
    "although",
    "though",
    "neither",
    "both",
    "some",
    "many",
    "most",
    "all",
    "no",
    "not",
    "yes",
    "well",
    "then",
    "now",
    "shortly",
    "instead",
    "despite",
    "amid",
    "following",
    "speaking",
    "through",
    "three",
    "two",
    "one",
    "last",
    "next",
    "obviously",
    // Prepositions and conjunctions of title-case headlines: "Donald Trump
    // Over Taxes".
    "over",
    "about",
    "against",
    "into",
    "between",
    "without",
    "before",
    "under",
    "toward",
    "towards",
    "upon",
    "vs",
    "versus",
    "than",
    "or",
    "nor",
    "because",
    "across",
    "among",
    "within",
    "beyond",
    // Adverbs of title-case headlines: "Rick Perry Just Announced".
    "just",
    "also",
    "finally",
    "already",
    "again",
    "reportedly",
    "nevertheless",
    "furthermore",
    "colombia",
    "secretary",
    "president",
    "mr",
    "ms",
    "mrs",
    "dr",
    "state",
    "department",
    "house",
    "news",
    "press",
    "related",
    "sign",
    "follow",
    "photo",
    "see",
    "loading",
    "update",
    "americas",
    "ministry",
    "constitution",
    "international",
    "law",
    "period",
    "collaboration",
    "relations",
    "those",
    "shipments",
    "mexican",
    "american",
    "latin",
    "caribbean",
    "elite",
    "leftist",
    "deadly",
    "nobody",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "none",
    "nothing",
    "everything",
    "something",
    "critics",
    "officials",
    "experts",
    "analysts",
    "people",
    "others",
    "voters",
    "democrats",
    "republicans",
    "polls",
    "reports",
    "sources",
]);

pub(super) fn not_a_name(folded: &str) -> bool {
    NOT_NAMES.contains(folded)
        || lexicon::is_calendar_word(folded)
        || is_pronoun_contraction(folded)
}

/// Whether a folded word is a pronoun with a verb contracted onto it:
/// "I've", "We'll", "They're".
fn is_pronoun_contraction(folded: &str) -> bool {
    folded.split_once(['\'', '’']).is_some_and(|(p, _)| {
        matches!(
            p,
            "i" | "we" | "they" | "you" | "he" | "she" | "it" | "that" | "there" | "let"
        )
    })
}

static ORG_HEADS: WordSet = WordSet::new(&[
    "department",
    "ministry",
    "agency",
    "party",
    "committee",
    "council",
    "university",
    "institute",
    "corporation",
    "company",
    "bank",
    "court",
    "administration",
    "army",
    "forces",
    "service",
    "commission",
    "office",
    "association",
    "foundation",
    "group",
    "network",
    "cartel",
    "union",
    "poll",
    "survey",
    "fund",
    "center",
    "centre",
    "organization",
    "organisation",
    "coalition",
    "alliance",
    "institution",
    "bureau",
    "board",
    "authority",
    "federation",
    "society",
    "caucus",
    "league",
    "club",
    "church",
    "school",
    "college",
    "project",
    "initiative",
    "studios",
    "resources",
    "workers",
]);

/// Last words of a newspaper's or magazine's name ("New York Post",
/// "National Review", "Daily Beast").
static OUTLET_HEADS: WordSet = WordSet::new(&[
    "post",
    "times",
    "journal",
    "tribune",
    "herald",
    "gazette",
    "observer",
    "review",
    "magazine",
    "chronicle",
    "inquirer",
    "examiner",
    "enquirer",
    "dispatch",
    "beast",
    "courier",
    "bulletin",
]);

fn folded(chars: &[char], t: &Token) -> Fold {
    crate::text::fold_chars(&chars[t.start..t.end])
}

/// Whether a capitalised token could be part of a name.
/// An organisation named by the `n` tokens from token `i`.
fn org_name(chars: &[char], tokens: &[Token], i: usize, n: usize) -> Mention {
    named_body(chars, tokens, i, n, EntityKind::Organization)
}

/// A mention of an organisation, outlet or place named by tokens `i..i + n`.
fn named_body(chars: &[char], tokens: &[Token], i: usize, n: usize, kind: EntityKind) -> Mention {
    let span = Span::new(tokens[i].start, tokens[i + n - 1].end);
    let label: String = chars[span.char_start..span.char_end].iter().collect();
    let prefix = match kind {
        EntityKind::Outlet => "outlet",
        EntityKind::Place => "place",
        _ => "org",
    };
    Mention {
        span,
        entity: Some(EntityId(format!(
            "{prefix}/{}",
            crate::corpus::slug(&label)
        ))),
        text: label,
        kind,
        form: MentionForm::Name,
        office: None,
        antecedent: None,
    }
}

/// The length of a run of capitalised words from token `i` that ends in an
/// organisation's head word ("Agency", "Service") and holds a word that
/// opens no person's name ("International", "News"), which
/// [`name_extent`] would stop at.
fn org_run(
    chars: &[char],
    tokens: &[Token],
    folds: &[Fold],
    i: usize,
    people: &[Person],
) -> Option<usize> {
    if matches!(folds[i].as_str(), "the" | "a" | "an") || office_at(folds, i).is_some() {
        return None;
    }
    let mut best = None;
    let mut k = i;
    while k < tokens.len()
        && k - i < 7
        && name_like(chars, &tokens[k])
        && (k == i || lexicon::cue_lemma(&folds[k]).is_none())
    {
        if ORG_HEADS.contains(folds[k].as_str()) {
            // "Association of Flight Attendants", "Commission on
            // Presidential Debates": what the body is of names it too.
            // (From the head itself, or from words that open no person's
            // name: not "Wealthy Voters Abandon Republican Party for …".)
            let tail = org_tail(chars, tokens, folds, k + 1, people);
            if tail > 0 && (k == i || (i..k).any(|j| not_a_name(&folds[j]))) {
                return Some(k + 1 + tail - i);
            }
            if k > i {
                best = Some(k + 1 - i);
            }
        }
        k += 1;
    }
    let n = best?;
    (i..i + n - 1).any(|k| not_a_name(&folds[k])).then_some(n)
}

/// The length of "of", "for" or "on" and the capitalised words after an
/// organisation's head word at `start` ("of Flight Attendants", "for a
/// Responsible Federal Budget", "for Media and Public Affairs"), or 0.
fn org_tail(
    chars: &[char],
    tokens: &[Token],
    folds: &[Fold],
    start: usize,
    people: &[Person],
) -> usize {
    if !folds
        .get(start)
        .is_some_and(|f| matches!(f.as_str(), "of" | "for" | "on"))
    {
        return 0;
    }
    let mut j = start + 1;
    if folds
        .get(j)
        .is_some_and(|f| matches!(f.as_str(), "the" | "a"))
    {
        j += 1;
    }
    let mut end = 0;
    while j < tokens.len() && j - start < 8 {
        // A person's name ends the body's ("University of Zurich and
        // Gordon Hanson", "the Party of Trump").
        let person = first_name_gender(&folds[j]).is_some()
            || people.iter().any(|p| p.tokens.contains(&folds[j]))
            || lexicon::lexicon()
                .phrases
                .get(folds[j].as_str())
                .is_some_and(|e| e.kind == EntityKind::Person);
        if person {
            break;
        }
        let word = name_like(chars, &tokens[j])
            && lexicon::cue_lemma(&folds[j]).is_none()
            && !lexicon::is_calendar_word(&folds[j]);
        // ("Center for Strategic and International Studies"; not
        // "University of Chicago and Professor Knittel": a university is
        // of one place.)
        let and = end > 0
            && folds[j] == "and"
            && folds[start - 1] != "university"
            && tokens.get(j + 1).is_some_and(|t| name_like(chars, t))
            && !lexicon::is_speaker_noun(&folds[j + 1])
            && office_at(folds, j + 1).is_none();
        if !(word || and) {
            break;
        }
        if word {
            end = j + 1;
        }
        j += 1;
    }
    end.saturating_sub(start)
}

fn name_like(chars: &[char], t: &Token) -> bool {
    t.kind == crate::text::TokenKind::Word
        && t.is_capitalized(chars)
        && chars[t.start..t.end].iter().any(|c| c.is_lowercase())
}

struct Person {
    /// Folded tokens of the full name.
    tokens: Vec<Fold>,
    id: EntityId,
}

/// Tokens and folded tokens of each unit of `layout`, computed once per
/// article and shared by the stages that read units.
pub fn tokenize_units(chars: &[char], layout: &Layout) -> Vec<(Vec<Token>, Vec<Fold>)> {
    layout
        .units
        .iter()
        .map(|u| {
            let tokens = tokenize(chars, u.char_start, u.char_end);
            let folds = tokens.iter().map(|t| folded(chars, t)).collect();
            (tokens, folds)
        })
        .collect()
}

/// Finds the mentions of an article.
pub fn find(chars: &[char], layout: &Layout, units: &[(Vec<Token>, Vec<Fold>)]) -> Found {
    let lex = lexicon::lexicon();
    let mut found = Found::default();
    let mut people: Vec<Person> = Vec::new();
    // Names of laws, plans and the like ("Clean Power Plan", "Fifth
    // Amendment"): no one's, and no surname's either.
    let mut no_one: Vec<Span> = Vec::new();
    // Pass 1: lexicon phrases, honorific and titled names, known first names.
    for (tokens, folds) in units {
        let mut i = 0;
        while i < tokens.len() {
            if let Some((n, mention)) = lexicon_match(chars, tokens, folds, i, lex) {
                found.mentions.push(mention);
                i += n;
                continue;
            }
            if let Some(n) = law_name(chars, tokens, folds, i) {
                no_one.push(Span::new(tokens[i].start, tokens[i + n - 1].end));
                i += n;
                continue;
            }
            if let Some(n) = name_at(chars, tokens, folds, i, &mut found, &mut people) {
                i += n;
                continue;
            }
            // An office of several words is no name's start, nor is any of
            // its words: "Attorney General Loretta Lynch" names Loretta
            // Lynch, not "General Loretta Lynch".
            i += if name_like(chars, &tokens[i]) {
                office_at(folds, i).map_or(1, |(n, _)| n)
            } else {
                1
            };
        }
    }
    no_one.extend(trim_headline_names(
        chars,
        layout,
        units,
        &mut found,
        &mut people,
    ));
    trim_run_on_names(chars, &mut found, &mut people);
    merge_short_names(&mut found, &mut people);
    // Where mentions already stand, and where country mentions start.
    let mut covered = vec![false; chars.len()];
    for s in &no_one {
        covered[s.char_start..s.char_end]
            .iter_mut()
            .for_each(|c| *c = true);
    }
    // Country and place mentions by where they start.
    let mut places: Places = HashMap::default();
    for m in &found.mentions {
        covered[m.span.char_start..m.span.char_end]
            .iter_mut()
            .for_each(|c| *c = true);
        if matches!(m.kind, EntityKind::Country | EntityKind::Place) {
            places.insert(
                m.span.char_start,
                (m.kind, m.entity.clone(), m.span.char_end),
            );
        }
    }
    // Pass 2: surnames, titles used as references, pronouns.
    for (tokens, folds) in units {
        let mut i = 0;
        while i < tokens.len() {
            let before = found.mentions.len();
            let step = if covered[tokens[i].start] {
                // A country can still open a title ("Mexico’s President").
                title_at(chars, tokens, folds, i, &mut found, &places).unwrap_or(1)
            } else if let Some(n) = surname_at(chars, tokens, folds, i, &people, units, &mut found)
            {
                n
            } else if let Some(n) = title_at(chars, tokens, folds, i, &mut found, &places) {
                n
            } else {
                pronoun_at(chars, tokens, folds, i, layout, &mut found);
                1
            };
            for m in &found.mentions[before..] {
                covered[m.span.char_start..m.span.char_end]
                    .iter_mut()
                    .for_each(|c| *c = true);
            }
            i += step;
        }
    }
    found
        .mentions
        .sort_by_key(|m| (m.span.char_start, std::cmp::Reverse(m.span.char_end)));
    found.mentions.dedup_by(|a, b| a.span == b.span);
    resolve_titles(&mut found.mentions);
    resolve_pronouns(&mut found, layout);
    found
}

/// The length of the name of a law, plan or the like at `i` ("Clean
/// Power Plan", "Affordable Care Act", "Fifth Amendment"): capitalised
/// words that end in such a word.
fn law_name(chars: &[char], tokens: &[Token], folds: &[Fold], i: usize) -> Option<usize> {
    if !name_like(chars, &tokens[i]) || not_a_name(&folds[i]) {
        return None;
    }
    let n = (i..tokens.len())
        .take_while(|&k| name_like(chars, &tokens[k]))
        .count();
    (n >= 2 && LAW_HEADS.contains(folds[i + n - 1].as_str())).then_some(n)
}

/// Last words of the names of laws, plans and doctrines.
/// ("Bill" is a first name too; "Clinton Global Initiative" an
/// organisation.)
static LAW_HEADS: WordSet = WordSet::new(&[
    "act",
    "acts",
    "plan",
    "amendment",
    "amendments",
    "law",
    "doctrine",
    "accord",
    "accords",
    "treaty",
    "program",
    "programme",
]);

fn lexicon_match(
    chars: &[char],
    tokens: &[Token],
    folds: &[Fold],
    i: usize,
    lex: &lexicon::Lexicon,
) -> Option<(usize, Mention)> {
    // The phrases starting here, by their length in words.
    let max = lex.max_phrase_len.min(tokens.len() - i);
    // Most words start no phrase: look the first one up as it is.
    if !lex.prefixes.contains(folds[i].as_str()) {
        return None;
    }
    let mut joined = String::new();
    let mut entries = Vec::new();
    for n in 1..=max {
        let key = if n == 1 {
            folds[i].as_str()
        } else {
            if n == 2 {
                joined.push_str(&folds[i]);
            }
            joined.push(' ');
            joined.push_str(&folds[i + n - 1]);
            if !lex.prefixes.contains(&joined) {
                break;
            }
            joined.as_str()
        };
        if let Some(entry) = lex.phrases.get(key) {
            entries.push((n, entry));
        }
    }
    // The longest that fits.
    for (n, entry) in entries.into_iter().rev() {
        let surface: String = chars[tokens[i].start..tokens[i + n - 1].end]
            .iter()
            .collect();
        let ok = match &entry.exact_case {
            Some(exact) => surface == *exact,
            None => entry.any_case || tokens[i].is_capitalized(chars) || folds[i] == "the",
        };
        if !ok || (entry.standalone && capitalised_neighbour(chars, tokens, folds, i, n)) {
            continue;
        }
        // "the Latin American country", "Central Americans": a region.
        if entry.form == MentionForm::Demonym
            && i > 0
            && matches!(
                folds[i - 1].as_str(),
                "latin" | "south" | "central" | "north" | "native" | "african" | "asian"
            )
            && tokens[i - 1].is_capitalized(chars)
        {
            continue;
        }
        if n == 1
            && entry.form == MentionForm::Demonym
            && demonym_opens_name(chars, tokens, folds, i)
        {
            return None;
        }
        // "Trump" in "Trump administration" is handled by the phrase; "Washington
        // Post" likewise. A country name inside a longer capitalised name
        // ("New Mexico State") is still taken: the lexicon has no better guess.
        let span = Span::new(tokens[i].start, tokens[i + n - 1].end);
        return Some((
            n,
            Mention {
                span,
                text: surface,
                kind: entry.kind,
                form: entry.form,
                entity: Some(entry.entity.clone()),
                office: None,
                antecedent: None,
            },
        ));
    }
    None
}

/// Whether the demonym at `i` is a person's first name: "said German
/// Ortega", "French Hill said". The word after it is a capitalised name
/// that no lexicon phrase or office opens, and the two stand right after
/// an inverted cue or right before a cue, where a speaker stands. ("said
/// German Chancellor Merz" has an office; "German officials said" no name;
/// "British Columbians opposed" names a people.)
fn demonym_opens_name(chars: &[char], tokens: &[Token], folds: &[Fold], i: usize) -> bool {
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    let name = name_like(chars, next)
        && !not_a_name(&folds[i + 1])
        && office_at(folds, i + 1).is_none()
        && !lexicon::lexicon().prefixes.contains(folds[i + 1].as_str())
        && !lexicon::is_speaker_noun(&folds[i + 1])
        && !ORG_HEADS.contains(folds[i + 1].as_str())
        && !folds[i + 1].ends_with("ans");
    name && (after_inverted_cue(tokens, folds, i) || cue_at(folds, i + 2))
}

/// Whether token `k` is a cue a speaker may stand before ("Ortega said";
/// not "according").
fn cue_at(folds: &[Fold], k: usize) -> bool {
    folds
        .get(k)
        .is_some_and(|f| lexicon::cue_lemma(f).is_some() && f != "according")
}

/// Whether token `i` follows an inverted cue ("…,” said Len Burman").
fn after_inverted_cue(tokens: &[Token], folds: &[Fold], i: usize) -> bool {
    i >= 2 && !tokens[i - 2].is_word() && super::layout::SAYING.contains(folds[i - 1].as_str())
}

/// Whether a capitalised word stands right before or after tokens `i..i+n`
/// ("Jim Jordan", "New Jersey", "Chad Wolf"). The word before a sentence
/// start does not count: it belongs to another sentence.
fn capitalised_neighbour(
    chars: &[char],
    tokens: &[Token],
    folds: &[Fold],
    i: usize,
    n: usize,
) -> bool {
    let is_word = |t: &Token| chars[t.start].is_alphabetic();
    // ("The Florida senator": a word that opens no name does not count.)
    let before = i.checked_sub(1).is_some_and(|j| {
        is_word(&tokens[j]) && tokens[j].is_capitalized(chars) && !not_a_name(&folds[j])
    });
    // ("Ohio Gov. John Kasich", "New Hampshire Republicans": nor does an
    // office or a party after it, though "the Iowa Republican Party" is
    // one name.)
    let party = matches!(
        folds.get(i + n).map(Fold::as_str),
        Some("republican" | "republicans" | "democrat" | "democrats" | "democratic" | "gop")
    ) && !tokens
        .get(i + n + 1)
        .is_some_and(|t| is_word(t) && t.is_capitalized(chars));
    let after = tokens.get(i + n).is_some_and(|t| {
        is_word(t) && t.is_capitalized(chars) && office_at(folds, i + n).is_none() && !party
    });
    before || after
}

/// Whether token `k` is a middle initial, its period and a name's next
/// word: "A. Diaz" in "Julie A. Diaz Martinez".
fn middle_initial(chars: &[char], tokens: &[Token], folds: &[Fold], k: usize) -> bool {
    tokens
        .get(k)
        .is_some_and(|t| t.end == t.start + 1 && chars[t.start].is_uppercase())
        && folds.get(k + 1).is_some_and(|f| f == ".")
        && tokens.get(k + 2).is_some_and(|t| name_like(chars, t))
}

/// Whether a name of two words starts at token `k`, the second perhaps
/// an initial ("Michael W. Mosman").
fn two_name_words(chars: &[char], tokens: &[Token], folds: &[Fold], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| name_like(chars, t))
        && (tokens.get(k + 1).is_some_and(|t| name_like(chars, t))
            || middle_initial(chars, tokens, folds, k + 1))
}

/// Whether an office at `k` stands before a name of two words, or a
/// name's title ([`lexicon::is_title_noun`]) before one that opens with a first
/// name: "Atlantic City Mayor Don Guardian", "Clinton Communications
/// Director Jennifer Palmieri", "District Judge Michael W. Mosman". The
/// words before it are no part of the name. ("Martin Luther King Jr." and
/// "Rob Bishop" have no name after.)
fn office_before_name(chars: &[char], tokens: &[Token], folds: &[Fold], k: usize) -> bool {
    let office = office_at(folds, k).map(|(len, _)| len);
    let Some(len) = office.or_else(|| lexicon::is_title_noun(&folds[k]).then_some(1)) else {
        return false;
    };
    let name = k + len + usize::from(folds.get(k + len).is_some_and(|f| f == "."));
    two_name_words(chars, tokens, folds, name)
        && (office.is_some() || first_name_gender(&folds[name]).is_some())
}

/// Length of the office phrase at `i` and its role, e.g. "Foreign Affairs
/// Secretary" or "president".
fn office_at(folds: &[Fold], i: usize) -> Option<(usize, &'static str)> {
    /// The offices' words and roles, in lexicon order, by first word.
    type ByFirst = HashMap<&'static str, Vec<(Vec<&'static str>, &'static str)>>;
    static SPLIT: std::sync::OnceLock<ByFirst> = std::sync::OnceLock::new();
    let offices = SPLIT.get_or_init(|| {
        let mut by_first = ByFirst::default();
        for (phrase, role) in OFFICES {
            let words: Vec<&str> = phrase.split(' ').collect();
            by_first.entry(words[0]).or_default().push((words, *role));
        }
        by_first
    });
    let first = folds.get(i)?.as_str();
    for (words, role) in offices.get(first).into_iter().flatten() {
        if i + words.len() <= folds.len()
            && folds[i..i + words.len()]
                .iter()
                .zip(words.iter())
                .all(|(a, b)| a.as_str() == *b)
        {
            return Some((words.len(), role));
        }
    }
    if let Some((_, role)) = TITLE_ABBREVIATIONS.iter().find(|(a, _)| *a == first) {
        if folds.get(i + 1).is_some_and(|f| f == ".") {
            return Some((2, role));
        }
    }
    None
}

/// The extent of a name starting at `i`: capitalised words, with particles
/// between them ("Juan Ramón de la Fuente").
fn name_extent(chars: &[char], tokens: &[Token], folds: &[Fold], i: usize) -> usize {
    let lex = lexicon::lexicon();
    let mut n = 0;
    while i + n < tokens.len() {
        let t = &tokens[i + n];
        // A month that is also a surname ends a name, not a date:
        // "Theresa May said", but "Tuesday, May 5".
        let surname_month = n > 0
            && matches!(folds[i + n].as_str(), "may" | "june" | "april")
            && !tokens
                .get(i + n + 1)
                .is_some_and(|t| chars[t.start].is_ascii_digit());
        // "Democratic Sen. Dina Titus", "Retired Army Col. Lawrence
        // Wilkerson": words before a title's abbreviation qualify the name
        // it opens, and name no one of their own.
        if n > 0
            && TITLE_ABBREVIATIONS
                .iter()
                .any(|(a, _)| *a == folds[i + n].as_str())
            && folds.get(i + n + 1).is_some_and(|f| f == ".")
            && tokens.get(i + n + 2).is_some_and(|t| name_like(chars, t))
        {
            return 0;
        }
        if name_like(chars, t)
            && !(n > 0
                && !surname_month
                && lex
                    .phrases
                    .get(folds[i + n].as_str())
                    .is_some_and(|e| !e.any_case && e.form != MentionForm::Name))
        {
            // "Donald Trump Is Now …", "How Donald Trump Could Become …":
            // in a headline's capitals an auxiliary ends the name (not
            // "Will", a surname too: "George Will").
            let auxiliary = super::words::is_finite_auxiliary(&folds[i + n])
                && !matches!(folds[i + n].as_str(), "will" | "may");
            if n > 0
                && ((not_a_name(&folds[i + n]) && !surname_month)
                    || lexicon::cue_lemma(&folds[i + n]).is_some()
                    || auxiliary
                    || office_before_name(chars, tokens, folds, i + n))
            {
                break;
            }
            n += 1;
            continue;
        }
        // A middle initial: "Julie A. Diaz Martinez", "Donald J. Trump".
        if n > 0 && middle_initial(chars, tokens, folds, i + n) {
            n += 2;
            continue;
        }
        // Particles only between capitalised words.
        if n > 0 && PARTICLES.contains(folds[i + n].as_str()) {
            let mut k = n;
            while i + k < tokens.len() && PARTICLES.contains(folds[i + k].as_str()) {
                k += 1;
            }
            if i + k < tokens.len() && name_like(chars, &tokens[i + k]) {
                n = k;
                continue;
            }
        }
        break;
    }
    // "Martin Luther King Jr.": the suffix's dot is the name's.
    if n > 1
        && matches!(folds[i + n - 1].as_str(), "jr" | "sr")
        && tokens
            .get(i + n)
            .is_some_and(|t| chars[t.start] == '.' && t.start == tokens[i + n - 1].end)
    {
        n += 1;
    }
    n
}

fn person_id(tokens: &[Fold]) -> EntityId {
    EntityId(format!("person/{}", crate::corpus::slug(&tokens.join(" "))))
}

/// A person's name at `i`, introduced by an honorific, a title or a known
/// first name. Returns the tokens consumed.
fn name_at(
    chars: &[char],
    tokens: &[Token],
    folds: &[Fold],
    i: usize,
    found: &mut Found,
    people: &mut Vec<Person>,
) -> Option<usize> {
    // Honorific: "Mr Trump", "Ms. Sheinbaum".
    let word = folds[i].as_str();
    // "Miss Universe Alicia Machado": a pageant's title, no one's name; the
    // name after it is a name of its own.
    if word == "miss" {
        let pageant = (i + 1..tokens.len())
            .take_while(|&k| {
                tokens[k].is_capitalized(chars)
                    && matches!(
                        folds[k].as_str(),
                        "universe" | "america" | "usa" | "world" | "teen"
                    )
            })
            .count();
        if pageant > 0 {
            return Some(1 + pageant);
        }
    }
    if let Some((_, gender)) = HONORIFICS.iter().find(|(h, _)| *h == word) {
        if !tokens[i].is_capitalized(chars) {
            return None;
        }
        let mut j = i + 1;
        if folds.get(j).is_some_and(|f| f == ".") {
            j += 1;
        }
        // "Mr. de Vos", "Ms. van Dyke": a surname may open with its
        // particles.
        let mut lead = 0;
        while folds
            .get(j + lead)
            .is_some_and(|f| PARTICLES.contains(f.as_str()))
        {
            lead += 1;
        }
        let n = if j + lead < tokens.len() {
            name_extent(chars, tokens, folds, j + lead)
        } else {
            0
        };
        if n == 0 {
            return None;
        }
        let n = n + lead;
        let name: Vec<Fold> = folds[j..j + n].to_vec();
        let id = link_or_new(&name, people);
        if *gender != Gender::Unknown {
            found.gender.insert(id.clone(), *gender);
        }
        found.mentions.push(Mention {
            span: Span::new(tokens[i].start, tokens[j + n - 1].end),
            text: chars[tokens[i].start..tokens[j + n - 1].end]
                .iter()
                .collect(),
            kind: EntityKind::Person,
            form: MentionForm::Honorific,
            entity: Some(id),
            office: None,
            antecedent: None,
        });
        return Some(j + n - i);
    }
    // "International Atomic Energy Agency", "Christian News Service": an
    // organisation's name may hold words that open no person's name.
    if let Some(n) = org_run(chars, tokens, folds, i, people) {
        found.mentions.push(org_name(chars, tokens, i, n));
        return Some(n);
    }
    // "G.K. Butterfield", "J.D. Vance": initials open the name.
    let first = i;
    let lead = usize::from(
        is_initials(chars, &tokens[i], &folds[i])
            && tokens.get(i + 1).is_some_and(|t| name_like(chars, t)),
    );
    let i = i + lead;
    if !name_like(chars, &tokens[i]) || not_a_name(&folds[i]) || office_at(folds, i).is_some() {
        return None;
    }
    let n = name_extent(chars, tokens, folds, i);
    // "Activist Angela Davis", "Justice John Roberts": a capitalised noun
    // for a speaker opening the sentence is the name's title, not its part.
    if n == 0 || (n >= 3 && lexicon::is_title_noun(&folds[i])) {
        return None;
    }
    let office = office_before(chars, tokens, folds, first, &found.mentions);
    let first_gender = first_name_gender(&folds[i]);
    let followed_by_cue = cue_at(folds, i + n);
    // "…,” said Len Burman, head of …": a name after an inverted cue.
    let preceded_by_cue = after_inverted_cue(tokens, folds, i);
    // "The president's spokeswoman, Karoline Leavitt, told": a name set
    // off by commas after a noun for a speaker.
    let apposed = i >= 2
        && tokens[i - 1].is(chars, ',')
        && lexicon::is_speaker_noun(&folds[i - 2])
        && tokens.get(i + n).is_some_and(|t| t.is(chars, ','));
    // "Aparna Mathur, who studies tax policy, said", "Quina Jones, 25,
    // said": a name whose apposition ends before a cue. (Checked only when
    // nothing else made the name a person.) The apposition opens in lower
    // case or with a number, not with a clause ("Salem, New Hampshire,
    // Trump went …"); the name opens its phrase or follows a noun for a
    // speaker ("economist Aparna Mathur"), not a preposition.
    let apposition_then_cue = || {
        tokens.get(i + n).is_some_and(|t| t.is(chars, ','))
            && tokens
                .get(i + n + 1)
                .is_some_and(|t| t.is_word() && !t.is_capitalized(chars))
            && (i == 0 || !tokens[i - 1].is_word() || lexicon::is_speaker_noun(&folds[i - 1]))
            && (i..i + n)
                .all(|k| !lexicon::is_speaker_noun(&folds[k]) && office_at(folds, k).is_none())
            && (i + n + 2..tokens.len().min(i + n + 24))
                .take_while(|&k| {
                    let t = tokens[k - 1];
                    (t.is_word() && lexicon::cue_lemma(&folds[k - 1]).is_none())
                        || [',', '-', '(', ')'].iter().any(|&c| t.is(chars, c))
                })
                .any(|k| tokens[k - 1].is(chars, ',') && cue_at(folds, k))
    };
    // A body named by its last word: "The New York Post reports", "the
    // Charlotte Observer" (an outlet, though not "Marjorie Merriweather
    // Post", whose first name opens a longer name); "Atlantic City",
    // "Maricopa County" (a place the lexicon lacks); "Sierra Club". A
    // show named for its host is the host's outlet ("The Rachel Maddow
    // Show", "Aaron Klein Investigative Radio").
    let last = folds[i + n - 1].as_str();
    let show = matches!(last, "show" | "radio" | "podcast") && n >= 3 && first_gender.is_some();
    let body = match last {
        _ if OUTLET_HEADS.contains(last) && !(n >= 3 && first_gender.is_some()) => {
            Some(EntityKind::Outlet)
        }
        _ if show => Some(EntityKind::Outlet),
        "city" | "county" => Some(EntityKind::Place),
        _ if ORG_HEADS.contains(last) => Some(EntityKind::Organization),
        _ => None,
    };
    if let Some(kind) = body.filter(|_| n >= 2) {
        if show {
            // The host, first name and surname ("Steve Harvey Morning
            // Show"), whom the article may name by surname alone ("Maddow
            // said"), and whose gender the first name tells.
            let host = link_or_new(&folds[i..i + 2], people);
            if let Some(g) = first_gender {
                found.gender.entry(host).or_insert(g);
            }
        }
        found.mentions.push(named_body(chars, tokens, i, n, kind));
        return Some(n);
    }
    let is_person = office.is_some()
        || (first_gender.is_some() && n >= 2)
        || (lead + n >= 2
            && (followed_by_cue || preceded_by_cue || apposed || apposition_then_cue()));
    if !is_person {
        return None;
    }
    let name: Vec<Fold> = folds[i..i + n].to_vec();
    let id = link_or_new(&name, people);
    if let Some(g) = first_gender {
        found.gender.entry(id.clone()).or_insert(g);
    }
    // A first initial belongs to the name ("R. Gil Kerlikowske", "L. Paul
    // Bremer"), though not the last letter of an abbreviation ("U.S.").
    let initial = i >= 2
        && tokens[i - 2].end == tokens[i - 2].start + 1
        && chars[tokens[i - 2].start].is_uppercase()
        && tokens[i - 1].is(chars, '.')
        && tokens[i - 1].start == tokens[i - 2].end
        && !(i >= 3 && tokens[i - 3].end == tokens[i - 2].start);
    let start = if lead > 0 {
        tokens[first].start
    } else if initial {
        tokens[i - 2].start
    } else {
        tokens[i].start
    };
    found.mentions.push(Mention {
        span: Span::new(start, tokens[i + n - 1].end),
        text: chars[start..tokens[i + n - 1].end].iter().collect(),
        kind: EntityKind::Person,
        form: MentionForm::Name,
        entity: Some(id),
        office: office.and_then(|o| stated_office(o, &found.mentions)),
        antecedent: None,
    });
    Some(lead + n)
}

/// Whether token `t` (folded `fold`) is a person's two initials ("G.K.",
/// "J.D."), not an abbreviation such as "U.S." or "D.C.".
fn is_initials(chars: &[char], t: &Token, fold: &str) -> bool {
    let c = &chars[t.start..t.end];
    c.len() == 4
        && c[0].is_ascii_uppercase()
        && c[1] == '.'
        && c[2].is_ascii_uppercase()
        && c[3] == '.'
        && !matches!(
            fold,
            "u.s."
                | "u.n."
                | "u.k."
                | "e.u."
                | "d.c."
                | "l.a."
                | "n.y."
                | "n.j."
                | "n.c."
                | "s.c."
                | "n.h."
                | "n.m."
                | "n.d."
                | "s.d."
                | "r.i."
                | "a.m."
                | "p.m."
                | "b.c."
                | "a.d."
        )
        && !lexicon::lexicon().phrases.contains_key(fold)
}

/// What a title before a name says of the office: "his US counterpart
/// Marco Rubio" holds the office of the person before him, for the US;
/// a bare "Secretary" or "Minister" says of what, nothing.
fn stated_office(office: Office, before: &[Mention]) -> Option<Office> {
    match office.role.as_str() {
        "counterpart" => {
            let role = before
                .iter()
                .rev()
                .filter(|m| m.kind == EntityKind::Person)
                .find_map(|m| m.office.as_ref().filter(|o| o.role != "counterpart"))?
                .role
                .clone();
            Some(Office { role, ..office })
        }
        "secretary" | "minister" if office.country.is_none() => None,
        _ => Some(office),
    }
}

/// The office named just before a name: "Mexican President", "U.S.
/// Secretary of State", "Mexico’s Foreign Affairs Secretary".
fn office_before(
    chars: &[char],
    tokens: &[Token],
    folds: &[Fold],
    i: usize,
    mentions: &[Mention],
) -> Option<Office> {
    // Find an office phrase ending right before i.
    // The longest office phrase wins ("Prime Minister" over "Minister").
    for start in i.saturating_sub(4)..i {
        if let Some((n, role)) = office_at(folds, start) {
            if start + n != i {
                continue;
            }
            // Whose office: a country or an organisation right before it
            // ("Mexico’s Foreign Affairs Secretary", "State Department
            // spokesman").
            let of = start.checked_sub(1).and_then(|p| {
                let p = if folds[p] == "'s" || folds[p] == "’s" {
                    p.checked_sub(1)?
                } else {
                    p
                };
                mentions.iter().rev().find(|m| {
                    matches!(m.kind, EntityKind::Country | EntityKind::Organization)
                        && m.span.char_end == tokens[p].end
                        && m.entity.is_some()
                })
            });
            let _ = chars;
            let entity =
                |kind: EntityKind| of.filter(|m| m.kind == kind).and_then(|m| m.entity.clone());
            return Some(Office {
                role: role.to_owned(),
                country: entity(EntityKind::Country),
                organization: entity(EntityKind::Organization),
            });
        }
    }
    None
}

/// The person of this article whose name ends with `name`, or a new one.
fn link_or_new(name: &[Fold], people: &mut Vec<Person>) -> EntityId {
    if let Some(p) = people.iter().find(|p| p.tokens == name) {
        return p.id.clone();
    }
    // A longer name seen before ("Claudia Sheinbaum" for "Sheinbaum").
    if let Some(p) = people
        .iter()
        .find(|p| p.tokens.len() > name.len() && p.tokens.ends_with(name))
    {
        return p.id.clone();
    }
    let id = person_id(name);
    people.push(Person {
        tokens: name.to_vec(),
        id: id.clone(),
    });
    id
}

/// What a headline's name keeps when cut: its span and folded words.
type Kept = Option<(Span, Vec<Fold>)>;

/// A headline in title case capitalises every word, so a name found in it
/// may run on over words that name no one ("Hillary Clinton Goes After
/// …", "Says EgyptAir Crash …", "Mike Huckabee Makes Sexist Wife Joke"):
/// words the article writes in lower case elsewhere ("goes", "makes") or
/// cues, which its other text never capitalises. Such words before a
/// person's name in a headline go, and the name ends before the next one.
/// What is left of fewer than two words is no name, and names no one
/// later either: the spans of such mentions are returned.
fn trim_headline_names(
    chars: &[char],
    layout: &Layout,
    units: &[(Vec<Token>, Vec<Fold>)],
    found: &mut Found,
    people: &mut Vec<Person>,
) -> Vec<Span> {
    let title_case: Vec<bool> = units
        .iter()
        .map(|(tokens, _)| crate::text::is_title_case(chars, tokens))
        .collect();
    let headlines: Vec<Span> = layout
        .units
        .iter()
        .zip(&title_case)
        .filter(|(_, &tc)| tc)
        .map(|(u, _)| *u)
        .collect();
    // The people's names in headlines, with their tokens and folds.
    let named_in_headlines: Vec<(usize, Vec<Token>, Vec<Fold>)> = found
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            m.kind == EntityKind::Person
                && m.form == MentionForm::Name
                && headlines.iter().any(|h| h.contains(m.span))
        })
        .map(|(i, m)| {
            let tokens = tokenize(chars, m.span.char_start, m.span.char_end);
            let folds = tokens.iter().map(|t| folded(chars, t)).collect();
            (i, tokens, folds)
        })
        .collect();
    if named_in_headlines.is_empty() {
        return Vec::new();
    }
    let words: rustc_hash::FxHashSet<&Fold> = named_in_headlines
        .iter()
        .flat_map(|(_, _, folds)| folds)
        .collect();
    // (Lengths of those words, a cheap test before the set's.)
    let lengths = words.iter().fold(0u64, |b, w| b | 1 << w.len().min(63));
    // Which of those words the article writes in lower case, and which
    // it capitalises in units not in title case (a unit's first word
    // unless it is a word that names no one: "The", "But").
    let mut lower: rustc_hash::FxHashSet<&str> = Default::default();
    let mut capital: rustc_hash::FxHashSet<&str> = Default::default();
    for ((tokens, folds), &tc) in units.iter().zip(&title_case) {
        for (k, (t, f)) in tokens.iter().zip(folds).enumerate() {
            if !t.is_word() || lengths & 1 << f.len().min(63) == 0 || !words.contains(f) {
                continue;
            }
            if !t.is_capitalized(chars) {
                lower.insert(f.as_str());
            } else if !tc && (k > 0 || !not_a_name(f)) {
                capital.insert(f.as_str());
            }
        }
    }
    // Each headline mention to cut: its index and the span and words it
    // keeps (none when too few words are left to name anyone).
    let mut cuts: Vec<(usize, Kept)> = Vec::new();
    for (i, tokens, folds) in &named_in_headlines {
        // A word that names no one: one the article writes in lower case,
        // or a cue, and capitalises nowhere but in headlines. (The word
        // after a first name is its surname, whatever else it is: "Julie
        // Pace".)
        let named = |k: usize| {
            let f = folds[k].as_str();
            !tokens[k].is_word()
                || capital.contains(f)
                || first_name_gender(f).is_some()
                || (k > 0 && first_name_gender(&folds[k - 1]).is_some())
                || !(lower.contains(f) || lexicon::cue_lemma(f).is_some())
        };
        let start = (0..tokens.len())
            .find(|&k| tokens[k].is_word() && named(k))
            .unwrap_or(tokens.len());
        let end = (start..tokens.len())
            .find(|&k| !named(k))
            .unwrap_or(tokens.len());
        if start == 0 && end == tokens.len() {
            continue;
        }
        let left = (start..end).filter(|&k| tokens[k].is_word()).count() >= 2;
        cuts.push((
            *i,
            left.then(|| {
                let span = Span::new(tokens[start].start, tokens[end - 1].end);
                (span, folds[start..end].to_vec())
            }),
        ));
    }
    if cuts.is_empty() {
        return Vec::new();
    }
    // The people those mentions named go first, so that what is left of
    // a name links to a person of its own ("Hillary Clinton", not
    // "Hillary Clinton Goes", which ends with no shorter name).
    let gone: Vec<EntityId> = cuts
        .iter()
        .filter_map(|(i, _)| found.mentions[*i].entity.clone())
        .collect();
    people.retain(|p| !gone.contains(&p.id));
    // Old person → new, for the other mentions that named the old one.
    let mut renamed: HashMap<EntityId, Option<EntityId>> = HashMap::default();
    let mut dropped = vec![false; found.mentions.len()];
    for (i, kept) in cuts {
        let m = &mut found.mentions[i];
        let new = kept.map(|(span, name)| {
            m.span = span;
            m.text = chars[span.char_start..span.char_end].iter().collect();
            link_or_new(&name, people)
        });
        dropped[i] = new.is_none();
        if let Some(old) = m.entity.take() {
            renamed.entry(old).or_insert_with(|| new.clone());
        }
        m.entity = new;
    }
    for m in &mut found.mentions {
        if let Some(new) = m.entity.as_ref().and_then(|e| renamed.get(e)) {
            m.entity = new.clone();
        }
    }
    let spans = found
        .mentions
        .iter()
        .zip(&dropped)
        .filter(|(_, &d)| d)
        .map(|(m, _)| m.span)
        .collect();
    let mut k = 0;
    found.mentions.retain(|_| {
        k += 1;
        !dropped[k - 1]
    });
    spans
}

/// A name that runs on into a headline's capitalised words ("Elizabeth
/// Warren Hammers Wells Fargo CEO") is the person whose whole name opens
/// it, when the article names that person on their own ("Elizabeth
/// Warren"): the mentions are cut back to that name. Not before a suffix
/// ("Robert F. Kennedy Jr." is not his father) or a particle ("Prince
/// Alwaleed bin Talal").
fn trim_run_on_names(chars: &[char], found: &mut Found, people: &mut Vec<Person>) {
    let mut trim: HashMap<EntityId, (EntityId, usize, usize)> = HashMap::default();
    for p in people.iter().filter(|p| p.tokens.len() >= 3) {
        let opens = people
            .iter()
            .filter(|q| {
                q.tokens.len() >= 2
                    && q.tokens.len() < p.tokens.len()
                    && p.tokens.starts_with(&q.tokens)
                    && !matches!(
                        p.tokens[q.tokens.len()].as_str(),
                        "jr" | "sr" | "ii" | "iii" | "iv"
                    )
                    && !PARTICLES.contains(p.tokens[q.tokens.len()].as_str())
            })
            .max_by_key(|q| q.tokens.len());
        if let Some(q) = opens {
            trim.insert(p.id.clone(), (q.id.clone(), q.tokens.len(), p.tokens.len()));
        }
    }
    if trim.is_empty() {
        return;
    }
    people.retain(|p| !trim.contains_key(&p.id));
    for m in &mut found.mentions {
        let Some((to, keep, whole)) = m.entity.as_ref().and_then(|e| trim.get(e)) else {
            continue;
        };
        let tokens = tokenize(chars, m.span.char_start, m.span.char_end);
        match tokens.len().checked_sub(*whole) {
            // The whole name, the mention's last words (after an
            // honorific): cut back.
            Some(name) => {
                let end = tokens[name + keep - 1].end;
                m.span = Span::new(m.span.char_start, end);
                m.text = chars[m.span.char_start..end].iter().collect();
                m.entity = Some(to.clone());
            }
            // Its last words alone ("Wells Fargo said") name whom they
            // would have named without the run-on name.
            None if tokens.len() <= whole - keep => {
                let name: Vec<Fold> = tokens.iter().map(|t| folded(chars, t)).collect();
                m.entity = Some(link_or_new(&name, people));
            }
            None => m.entity = Some(to.clone()),
        }
    }
    for (from, (to, _, _)) in &trim {
        if let Some(g) = found.gender.get(from).copied() {
            found.gender.entry(to.clone()).or_insert(g);
        }
    }
}

/// A short name met before the full one ("President Sheinbaum" in a
/// headline, "Claudia Sheinbaum" below) is the same person when only one
/// full name ends with it.
fn merge_short_names(found: &mut Found, people: &mut Vec<Person>) {
    let mut merge: HashMap<EntityId, EntityId> = HashMap::default();
    for p in people.iter() {
        let longer: Vec<&Person> = people
            .iter()
            .filter(|o| o.tokens.len() > p.tokens.len() && o.tokens.ends_with(&p.tokens))
            .collect();
        if let [only] = longer.as_slice() {
            merge.insert(p.id.clone(), only.id.clone());
        }
    }
    if merge.is_empty() {
        return;
    }
    for m in &mut found.mentions {
        if let Some(to) = m.entity.as_ref().and_then(|e| merge.get(e)) {
            m.entity = Some(to.clone());
        }
    }
    let genders: Vec<(EntityId, Gender)> =
        found.gender.iter().map(|(e, g)| (e.clone(), *g)).collect();
    for (e, g) in genders {
        if let Some(to) = merge.get(&e) {
            found.gender.entry(to.clone()).or_insert(g);
        }
    }
    people.retain(|p| !merge.contains_key(&p.id));
}

/// Whether token `i` ends a longer name: a name-like word or an initial
/// ("H.") stands before it.
fn ends_longer_name(chars: &[char], tokens: &[Token], i: usize) -> bool {
    let initial = i >= 2
        && tokens[i - 1].is(chars, '.')
        && tokens[i - 2].end == tokens[i - 2].start + 1
        && chars[tokens[i - 2].start].is_uppercase();
    initial || (i > 0 && name_like(chars, &tokens[i - 1]))
}

/// A surname (or the end of a name) of a person named elsewhere in the
/// article: "Sheinbaum", "Díaz-Canel Bermúdez".
fn surname_at(
    chars: &[char],
    tokens: &[Token],
    folds: &[Fold],
    i: usize,
    people: &[Person],
    units: &[(Vec<Token>, Vec<Fold>)],
    found: &mut Found,
) -> Option<usize> {
    if !name_like(chars, &tokens[i]) {
        return None;
    }
    let n = name_extent(chars, tokens, folds, i).max(1);
    for len in (1..=n).rev() {
        let name = &folds[i..i + len];
        let person = people.iter().find(|p| {
            (p.tokens.len() > len
                && (p.tokens.ends_with(name) || (len == 1 && p.tokens[1..].contains(&name[0]))))
                // Known by that name alone ("President Trump", then
                // "Trump"), unless the word ends a longer name ("Minyon
                // Moore" after "Rep. Moore", "Marc H. Morial").
                || (p.tokens == name && !ends_longer_name(chars, tokens, i))
        });
        let followed_by_cue = cue_at(folds, i + len);
        let id = match person {
            Some(p) => p.id.clone(),
            None if len == 1 && followed_by_cue && lone_surname(chars, folds, units, i) => {
                person_id(name)
            }
            None => continue,
        };
        found.mentions.push(Mention {
            span: Span::new(tokens[i].start, tokens[i + len - 1].end),
            text: chars[tokens[i].start..tokens[i + len - 1].end]
                .iter()
                .collect(),
            kind: EntityKind::Person,
            form: MentionForm::Name,
            entity: Some(id),
            office: None,
            antecedent: None,
        });
        return Some(len);
    }
    None
}

/// Whether the capitalised word at `i`, alone before a cue, may be a
/// surname no one was named by. "Tom Cole of Oklahoma said", "Senator
/// from Texas says": after "of", "from" or "in", a place. "The Times
/// wrote": after "the", a title. "Demonstrators said" in
/// an article that writes "demonstrators": a common word.
fn lone_surname(
    chars: &[char],
    folds: &[Fold],
    units: &[(Vec<Token>, Vec<Fold>)],
    i: usize,
) -> bool {
    let word = folds[i].as_str();
    let written_in_lower_case = || {
        units.iter().any(|(tokens, folds)| {
            tokens
                .iter()
                .zip(folds)
                .any(|(t, f)| f == word && chars[t.start].is_lowercase())
        })
    };
    let after = i.checked_sub(1).map(|p| folds[p].as_str());
    let common = not_a_name(word)
        || lexicon::is_speaker_noun(word)
        || matches!(after, Some("of" | "the" | "from" | "in"))
        || written_in_lower_case();
    !common
}

/// A title used as a reference: "the US president", "the Mexican leader",
/// "Mexico’s President", "his Colombian counterpart".
/// Country and place mentions by their first character: kind, entity and
/// last character.
type Places = HashMap<usize, (EntityKind, Option<EntityId>, usize)>;

fn title_at(
    chars: &[char],
    tokens: &[Token],
    folds: &[Fold],
    i: usize,
    found: &mut Found,
    places: &Places,
) -> Option<usize> {
    let det = folds[i].as_str();
    let mut j = i + 1;
    let mut country = None;
    let country_at = |k: usize| {
        tokens
            .get(k)
            .and_then(|t| places.get(&t.start))
            .filter(|(kind, _, _)| *kind == EntityKind::Country)
            .map(|(_, entity, end)| (entity, end))
    };
    match det {
        "the" | "his" | "her" | "their" => {
            if let Some((entity, end)) = country_at(j) {
                country = entity.clone();
                while j < tokens.len() && tokens[j].end <= *end {
                    j += 1;
                }
            }
        }
        _ => {
            // "Mexico’s President", "Mexican president": a country mention,
            // perhaps "’s", then the office.
            let (entity, end) = country_at(i)?;
            while j < tokens.len() && tokens[j].end <= *end {
                j += 1;
            }
            if folds.get(j).is_some_and(|f| f == "'s") {
                j += 1;
            }
            country = entity.clone();
        }
    }
    let (n, role) = office_at(folds, j)?;
    let end = j + n;
    // A title before a name belongs to the name.
    if tokens.get(end).is_some_and(|t| name_like(chars, t))
        && folds
            .get(end)
            .is_none_or(|f| lexicon::cue_lemma(f).is_none())
    {
        return None;
    }
    // "the president of Mexico": the country after the office. "The
    // governor of Texas" is no one the article's other governors say: an
    // office's place other than a country is not kept.
    if folds.get(end).is_some_and(|f| f == "of") {
        match tokens.get(end + 1).and_then(|t| places.get(&t.start)) {
            Some((EntityKind::Country, entity, _)) if country.is_none() => country = entity.clone(),
            Some((EntityKind::Place, _, _)) => return None,
            _ => {}
        }
    }
    let role = if role == "counterpart" {
        "head-of-state"
    } else {
        role
    };
    if role == "secretary" || role == "minister" {
        return None;
    }
    found.mentions.push(Mention {
        span: Span::new(tokens[i].start, tokens[end - 1].end),
        text: chars[tokens[i].start..tokens[end - 1].end].iter().collect(),
        kind: EntityKind::Person,
        form: MentionForm::Title,
        entity: None,
        office: Some(Office {
            role: role.to_owned(),
            country,
            organization: None,
        }),
        antecedent: None,
    });
    Some(end - i)
}

const PRONOUNS: &[(&str, Gender)] = &[
    ("he", Gender::Male),
    ("him", Gender::Male),
    ("she", Gender::Female),
    ("her", Gender::Female),
    ("i", Gender::Unknown),
    ("me", Gender::Unknown),
];

fn pronoun_at(
    chars: &[char],
    tokens: &[Token],
    folds: &[Fold],
    i: usize,
    layout: &Layout,
    found: &mut Found,
) {
    let word = folds[i].as_str();
    let Some((p, _)) = PRONOUNS.iter().find(|(p, _)| *p == word) else {
        return;
    };
    let in_quote = layout.quote_at(tokens[i].start).is_some();
    if matches!(*p, "i" | "me") && !in_quote {
        return;
    }
    if *p == "her" {
        // Possessive "her" is not a mention of its own.
        let next = folds.get(i + 1).map(Fold::as_str).unwrap_or(".");
        let object = tokens.get(i + 1).is_none_or(|t| !t.is_word())
            || matches!(
                next,
                "that"
                    | "to"
                    | "about"
                    | "and"
                    | "on"
                    | "in"
                    | "at"
                    | "for"
                    | "with"
                    | "as"
                    | "if"
                    | "during"
            );
        if !object {
            return;
        }
    }
    found.mentions.push(Mention {
        span: Span::new(tokens[i].start, tokens[i].end),
        text: tokens[i].text(chars),
        kind: EntityKind::Person,
        form: MentionForm::Pronoun,
        entity: None,
        office: None,
        antecedent: None,
    });
}

fn role_matches(wanted: &str, held: &str) -> bool {
    let head = |r: &str| matches!(r, "head-of-state" | "head-of-government" | "leader");
    wanted == held || (head(wanted) && head(held))
}

/// Titles used as references point to the person of the article who holds
/// that office of that country (learnt from "US President Donald Trump").
fn resolve_titles(mentions: &mut [Mention]) {
    let holders: Vec<(Office, EntityId)> = mentions
        .iter()
        .filter(|m| m.form != MentionForm::Title)
        .filter_map(|m| Some((m.office.clone()?, m.entity.clone()?)))
        .collect();
    for m in mentions
        .iter_mut()
        .filter(|m| m.form == MentionForm::Title && m.entity.is_none())
    {
        let Some(office) = &m.office else { continue };
        let holding = |matches: &dyn Fn(&str, &str) -> bool| -> Vec<&EntityId> {
            holders
                .iter()
                .filter(|(o, _)| {
                    matches(&office.role, &o.role)
                        && (office.country.is_none() || o.country == office.country)
                })
                .map(|(_, e)| e)
                .collect()
        };
        // The one holder of the very office ("the prime minister" beside a
        // prime minister and a president), else of a like one ("the
        // Mexican leader" for its president).
        let exact = holding(&|wanted, held| wanted == held);
        let candidates = if !exact.is_empty() && exact.iter().all(|c| *c == exact[0]) {
            exact
        } else {
            holding(&role_matches)
        };
        if let Some(first) = candidates.first() {
            if candidates.iter().all(|c| c == first) || office.country.is_some() {
                m.entity = Some((*first).clone());
            }
        } else if office.country.is_some() {
            // "the U.S. president" beside "President Donald Trump", whose
            // country the article left unsaid: the one holder of the office
            // with no country.
            let mut unstated = holders
                .iter()
                .filter(|(o, _)| o.country.is_none() && o.role == office.role)
                .map(|(_, e)| e);
            if let Some(first) = unstated.next() {
                if unstated.all(|e| e == first) {
                    m.entity = Some(first.clone());
                }
            }
        }
    }
}

/// Third-person pronouns point to a person of matching gender: the nearest
/// one before them in their own unit, else the first one (the subject, most
/// often) of the nearest unit before that has one. First-person pronouns
/// are left to the statement stage.
fn resolve_pronouns(found: &mut Found, layout: &Layout) {
    let unit_of = |pos: usize| layout.units.partition_point(|u| u.char_end <= pos);
    for idx in 0..found.mentions.len() {
        let m = &found.mentions[idx];
        if m.form != MentionForm::Pronoun || m.entity.is_some() {
            continue;
        }
        let want = match fold(&m.text).as_str() {
            "he" | "him" => Gender::Male,
            "she" | "her" => Gender::Female,
            _ => continue,
        };
        let in_quote = layout.quote_at(m.span.char_start);
        let start = m.span.char_start;
        let own_unit = unit_of(start);
        // Candidates, grouped by unit, nearest unit first.
        // Each candidate's entity (or title's span), and whether its
        // gender is known.
        type Candidate<'a> = (Cow<'a, EntityId>, bool);
        let mut by_unit: Vec<(usize, Vec<Candidate<'_>>)> = Vec::new();
        for c in found.mentions[..idx].iter().rev() {
            if c.kind != EntityKind::Person || c.span.char_end > start {
                continue;
            }
            // An unresolved title ("Canada’s Prime Minister") stands for its
            // span until `resolve` finds the holder.
            let e = match (&c.entity, c.form) {
                (Some(e), _) => Cow::Borrowed(e),
                (None, MentionForm::Title) => Cow::Owned(EntityId(format!("span:{}", c.span))),
                (None, _) => continue,
            };
            // A pronoun outside quotes does not refer into a quote.
            if in_quote.is_none() && layout.quote_at(c.span.char_start).is_some() {
                continue;
            }
            let unit = unit_of(c.span.char_start);
            if own_unit.saturating_sub(unit) > 4 {
                break;
            }
            let fits = found.gender.get(&*e).is_none_or(|g| *g == want);
            let known = found.gender.contains_key(&*e);
            if !fits {
                continue;
            }
            match by_unit.last_mut() {
                Some((u, list)) if *u == unit => list.push((e, known)),
                _ => by_unit.push((unit, vec![(e, known)])),
            }
        }
        let mut chosen = None;
        for (unit, list) in &by_unit {
            // Nearest in the pronoun's own unit, first (subject) elsewhere.
            let ordered: Vec<&Candidate<'_>> = if *unit == own_unit {
                list.iter().collect()
            } else {
                list.iter().rev().collect()
            };
            if let Some((e, _)) = ordered
                .iter()
                .find(|(_, known)| *known)
                .or_else(|| ordered.first())
            {
                chosen = Some(e.clone().into_owned());
                break;
            }
        }
        if let Some(e) = &chosen {
            found.gender.entry(e.clone()).or_insert(want);
        }
        match chosen {
            Some(e) if e.0.starts_with("span:") => {
                let span =
                    e.0.trim_start_matches("span:")
                        .split_once('-')
                        .and_then(|(a, b)| Some(Span::new(a.parse().ok()?, b.parse().ok()?)));
                found.mentions[idx].antecedent = span;
            }
            other => found.mentions[idx].entity = other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mentions(text: &str) -> Vec<(String, Option<String>, MentionForm)> {
        let chars: Vec<char> = text.chars().collect();
        let layout = super::super::layout::analyse(&chars);
        let units = tokenize_units(&chars, &layout);
        find(&chars, &layout, &units)
            .mentions
            .into_iter()
            .map(|m| (m.text, m.entity.map(|e| e.0), m.form))
            .collect()
    }

    /// The mentions among `found` whose entity's id starts with `prefix`
    /// ("person/", or "" for all), with the id.
    fn with_ids<'a>(
        found: &'a [(String, Option<String>, MentionForm)],
        prefix: &str,
    ) -> Vec<(&'a str, &'a str)> {
        found
            .iter()
            .filter_map(|(text, id, _)| Some((text.as_str(), id.as_deref()?)))
            .filter(|(_, id)| id.starts_with(prefix))
            .collect()
    }

    /// The names among `found`, with their entities.
    fn names(found: &[(String, Option<String>, MentionForm)]) -> Vec<(&str, Option<&str>)> {
        of_form(found, MentionForm::Name)
    }

    /// The mentions among `found` of one form, with their entities.
    fn of_form(
        found: &[(String, Option<String>, MentionForm)],
        form: MentionForm,
    ) -> Vec<(&str, Option<&str>)> {
        found
            .iter()
            .filter(|m| m.2 == form)
            .map(|m| (m.0.as_str(), m.1.as_deref()))
            .collect()
    }

    #[test]
    fn names_titles_countries_and_pronouns() {
        let found = mentions(
            "Mexican President Claudia Sheinbaum spoke with US President Donald Trump. \
             The Mexican leader said she told Mr Trump no. Washington said he agreed.",
        );
        let get = |t: &str| found.iter().find(|m| m.0 == t).cloned();
        assert_eq!(get("Mexican").unwrap().1.as_deref(), Some("country/mx"));
        assert_eq!(
            get("Claudia Sheinbaum").unwrap().1.as_deref(),
            Some("person/claudia-sheinbaum")
        );
        assert_eq!(get("US").unwrap().1.as_deref(), Some("country/us"));
        assert_eq!(
            get("The Mexican leader").unwrap().1.as_deref(),
            Some("person/claudia-sheinbaum")
        );
        assert_eq!(
            get("she").unwrap().1.as_deref(),
            Some("person/claudia-sheinbaum")
        );
        assert_eq!(
            get("Mr Trump").unwrap().1.as_deref(),
            Some("person/donald-trump")
        );
        assert_eq!(get("he").unwrap().1.as_deref(), Some("person/donald-trump"));
        assert_eq!(get("Washington").unwrap().2, MentionForm::Metonym);
    }

    #[test]
    fn states_are_places_where_they_stand_alone() {
        let found = mentions(
            "Senator Joe Manchin of West Virginia voted no. Virginia Foxx spoke in \
             Virginia before the New Hampshire primary. The Texas Tribune agreed. \
             Ohio Gov. John Kasich and New Hampshire Republicans disagreed with the \
             Iowa Republican Party.",
        );
        assert_eq!(
            with_ids(&found, ""),
            [
                ("Joe Manchin", "person/joe-manchin"),
                ("West Virginia", "place/west-virginia"),
                ("Virginia Foxx", "person/virginia-foxx"),
                ("Virginia", "place/virginia"),
                ("New Hampshire", "place/new-hampshire"),
                ("Texas Tribune", "outlet/texas-tribune"),
                ("Ohio", "place/ohio"),
                ("John Kasich", "person/john-kasich"),
                ("New Hampshire", "place/new-hampshire"),
                ("Iowa Republican Party", "org/iowa-republican-party"),
            ]
        );
    }

    #[test]
    fn a_title_takes_the_country_after_it_but_no_state() {
        let found = mentions(
            "US President Donald Trump called Mexican President Claudia Sheinbaum. \
             The president of Mexico said the call went well. Ohio Gov. Ted Strom \
             agreed, but the governor of Texas did not.",
        );
        // Not "the governor" of Ohio's governor.
        assert_eq!(
            of_form(&found, MentionForm::Title),
            [("The president", Some("person/claudia-sheinbaum"))]
        );
    }

    #[test]
    fn a_name_no_lexicon_knows_with_an_apposition_before_a_cue_is_a_person() {
        let found = mentions(
            "Conservative economist Aparna Mathur, who studies tax policy, said so. \
             Quina Jones, 25, told reporters. In Salem, New Hampshire, Trump went after Bush, \
             calling him a stiff. Like Corker, Menendez also rejected it, arguing otherwise.",
        );
        let people: Vec<&str> = found
            .iter()
            .filter(|(_, id, form)| {
                *form == MentionForm::Name
                    && id.as_deref().is_some_and(|i| i.starts_with("person/"))
            })
            .map(|(text, _, _)| text.as_str())
            .collect();
        // Not a place before a clause ("New Hampshire"), nor a preposition
        // before a name ("Like Corker").
        assert_eq!(people, ["Aparna Mathur", "Quina Jones"]);
    }

    #[test]
    fn a_person_known_by_one_name_is_found_by_it_again_but_not_inside_a_longer_name() {
        let found = mentions(
            "President Trump and Rep. Moore spoke on Tuesday. Trump, for his part, said \
             it went well. Minyon Moore left.",
        );
        let names = names(&found);
        // "Moore" in "Minyon Moore" is not Rep. Moore.
        assert_eq!(
            names,
            [
                ("Trump", Some("person/trump")),
                ("Moore", Some("person/moore")),
                ("Trump", Some("person/trump")),
            ]
        );
    }

    #[test]
    fn a_name_no_lexicon_knows_set_off_after_a_speaker_noun_is_a_person() {
        let found = mentions(
            "The president's spokeswoman, Karoline Leavitt, told reporters it was over. \
             Leavitt left.",
        );
        let names = names(&found);
        assert_eq!(
            names,
            [
                ("Karoline Leavitt", Some("person/karoline-leavitt")),
                ("Leavitt", Some("person/karoline-leavitt")),
            ]
        );
    }

    #[test]
    fn an_auxiliary_in_a_headline_s_capitals_ends_a_name() {
        let found = mentions(
            "How Donald Trump Could Become President\n\n\
             George Will said it would not happen.",
        );
        let people: Vec<&str> = with_ids(&found, "person/")
            .into_iter()
            .map(|(text, _)| text)
            .collect();
        assert_eq!(people, ["Donald Trump", "George Will"]);
    }

    #[test]
    fn no_word_of_an_office_opens_a_name() {
        let found = mentions(
            "Former Attorney General Michael Mukasey said it was wrong. Mukasey \
             added that Attorney General Loretta E. Lynch had erred.",
        );
        assert_eq!(
            with_ids(&found, "person/"),
            [
                ("Michael Mukasey", "person/michael-mukasey"),
                ("Mukasey", "person/michael-mukasey"),
                ("Loretta E. Lynch", "person/loretta-e-lynch"),
            ]
        );
    }

    #[test]
    fn a_title_before_a_name_is_no_part_of_it() {
        let found = mentions(
            "Officer Joseph Beinlich was there. U.S. District Judge Michael W. Mosman \
             ruled. Chicago Alderman Jason C. Ervin spoke. Rabbi Rick Jacobs spoke. \
             United Auto Workers Secretary-Treasurer Gary Casteel spoke.",
        );
        assert_eq!(
            with_ids(&found, "person/"),
            [
                ("Joseph Beinlich", "person/joseph-beinlich"),
                ("Michael W. Mosman", "person/michael-w-mosman"),
                ("Jason C. Ervin", "person/jason-c-ervin"),
                ("Rick Jacobs", "person/rick-jacobs"),
                ("Gary Casteel", "person/gary-casteel"),
            ]
        );
        // A union's name ends in "Workers".
        assert_eq!(
            with_ids(&found, "org/"),
            [("United Auto Workers", "org/united-auto-workers")]
        );
    }

    #[test]
    fn a_show_named_for_its_host_is_an_outlet_and_the_host_a_person() {
        let found = mentions(
            "She spoke on The Rachel Maddow Show on Monday. Maddow asked about it. \
             He went on The Steve Harvey Morning Show. Harvey laughed. The \
             Charlotte Observer reported it from Charlotte.",
        );
        assert_eq!(
            with_ids(&found, "outlet/"),
            [
                ("Rachel Maddow Show", "outlet/rachel-maddow-show"),
                (
                    "Steve Harvey Morning Show",
                    "outlet/steve-harvey-morning-show"
                ),
                ("Charlotte Observer", "outlet/charlotte-observer"),
            ]
        );
        assert_eq!(
            with_ids(&found, "person/"),
            [
                ("Maddow", "person/rachel-maddow"),
                ("Harvey", "person/steve-harvey"),
            ]
        );
    }

    #[test]
    fn common_first_names_open_names() {
        let found = mentions(
            "The debate, moderated by Lester Holt, ran long. Jimmy Carter and \
             Dorothy Height watched with Francois Hollande.",
        );
        assert_eq!(
            with_ids(&found, "person/"),
            [
                ("Lester Holt", "person/lester-holt"),
                ("Jimmy Carter", "person/jimmy-carter"),
                ("Dorothy Height", "person/dorothy-height"),
                ("Francois Hollande", "person/francois-hollande"),
            ]
        );
    }

    #[test]
    fn a_headline_name_loses_the_words_that_name_no_one() {
        let found = mentions(
            "Hillary Clinton Goes After Donald Trump Over Taxes\n\n\
             Mike Huckabee Makes Sexist Wife Joke At Rally\n\n\
             Julie Pace Reports From The Trail\n\n\
             Clinton said on Monday that she goes where the voters are. Huckabee \
             makes a joke about his wife. Trump spoke too, and the pace of the race \
             quickened.",
        );
        assert_eq!(
            with_ids(&found, "person/"),
            [
                ("Hillary Clinton", "person/hillary-clinton"),
                ("Donald Trump", "person/donald-trump"),
                ("Mike Huckabee", "person/mike-huckabee"),
                // (A surname after a first name stays, though the article
                // writes it in lower case too.)
                ("Julie Pace", "person/julie-pace"),
                ("Clinton", "person/hillary-clinton"),
                ("she", "person/hillary-clinton"),
                ("Huckabee", "person/mike-huckabee"),
                ("Trump", "person/donald-trump"),
            ]
        );
    }

    #[test]
    fn a_name_that_runs_on_into_a_headline_is_cut_back_to_the_person_s() {
        let found = mentions(
            "Elizabeth Warren Hammers Wells Fargo CEO Over Scandal\n\n\
             Sen. Elizabeth Warren grilled the bank's chief. Warren said he should \
             resign. Robert F. Kennedy Jr. and Robert F. Kennedy were there. Maria \
             Elena de la Fuente said no. Maria Elena left.",
        );
        assert_eq!(
            with_ids(&found, "person/"),
            [
                ("Elizabeth Warren", "person/elizabeth-warren"),
                ("Elizabeth Warren", "person/elizabeth-warren"),
                ("Warren", "person/elizabeth-warren"),
                // (A suffix or a particle goes on with the name.)
                ("Robert F. Kennedy Jr.", "person/robert-f-kennedy-jr"),
                ("Robert F. Kennedy", "person/robert-f-kennedy"),
                (
                    "Maria Elena de la Fuente",
                    "person/maria-elena-de-la-fuente"
                ),
                ("Maria Elena", "person/maria-elena"),
            ]
        );
    }

    #[test]
    fn the_name_of_a_law_or_plan_is_no_one_s() {
        let found = mentions(
            "Pagliano invoked the Fifth Amendment. He said groups are challenging the \
             Clean Power Plan rules before the court. Mayor Bill de Blasio agreed.",
        );
        assert_eq!(
            with_ids(&found, "person/"),
            [
                ("Pagliano", "person/pagliano"),
                ("He", "person/pagliano"),
                ("Bill de Blasio", "person/bill-de-blasio"),
            ]
        );
    }

    #[test]
    fn a_name_that_ends_like_a_newspaper_s_is_an_outlet() {
        let found = mentions(
            "The New York Post reports that she fell. The Charlotte Observer said so. \
             Marjorie Merriweather Post built the house.",
        );
        assert_eq!(
            with_ids(&found, ""),
            [
                ("New York Post", "outlet/new-york-post"),
                ("Charlotte Observer", "outlet/charlotte-observer"),
                (
                    "Marjorie Merriweather Post",
                    "person/marjorie-merriweather-post"
                ),
            ]
        );
    }

    #[test]
    fn an_office_inside_capitalised_words_opens_the_name_after_it_and_cities_are_places() {
        let found = mentions(
            "Charlotte Mayor Jennifer Roberts said the curfew would end. \
             Clinton Communications Director Jennifer Palmieri spoke. Roberts agreed. \
             Atlantic City Mayor Don Guardian said Atlantic City and Maricopa County \
             would pay. Martin Luther King Jr. marched. Rep. Rob Bishop and Howard Dean \
             said no.",
        );
        assert_eq!(
            with_ids(&found, "place/"),
            [
                ("Atlantic City", "place/atlantic-city"),
                ("Atlantic City", "place/atlantic-city"),
                ("Maricopa County", "place/maricopa-county"),
            ]
        );
        assert_eq!(
            with_ids(&found, "person/"),
            [
                ("Jennifer Roberts", "person/jennifer-roberts"),
                ("Jennifer Palmieri", "person/jennifer-palmieri"),
                ("Roberts", "person/jennifer-roberts"),
                ("Don Guardian", "person/don-guardian"),
                ("Martin Luther King Jr.", "person/martin-luther-king-jr"),
                ("Rob Bishop", "person/rob-bishop"),
                ("Howard Dean", "person/howard-dean"),
            ]
        );
    }

    #[test]
    fn a_pageant_title_is_no_name() {
        let found = mentions(
            "Trump attacked former Miss Universe Alicia Machado. He called a former \
             Miss Universe names. Miss Teen USA Kelly Ross agreed, and Miss Kate Hill too.",
        );
        assert_eq!(
            with_ids(&found, "person/"),
            [
                ("Trump", "person/trump"),
                ("Alicia Machado", "person/alicia-machado"),
                ("He", "person/trump"),
                ("Kelly Ross", "person/kelly-ross"),
                ("Miss Kate Hill", "person/kate-hill"),
            ]
        );
    }

    #[test]
    fn a_headline_s_prepositions_end_a_name() {
        let found = mentions(
            "Hillary Clinton Slams Donald Trump Over Taxes\n\n\
             Ben Carson Defends Himself Against Critics\n\n\
             The race goes on.",
        );
        assert_eq!(
            with_ids(&found, "person/"),
            [
                ("Hillary Clinton", "person/hillary-clinton"),
                ("Donald Trump", "person/donald-trump"),
                ("Ben Carson", "person/ben-carson"),
            ]
        );
    }

    #[test]
    fn clubs_schools_churches_initiatives_and_platforms_are_organisations() {
        let found = mentions(
            "Hillary Clinton spoke. The Sierra Club sued Alpha Natural Resources. \
             He studied at Harvard Law School and prayed at Liberty Baptist Church. \
             The Clinton Global Initiative and the Club for Growth objected.",
        );
        assert_eq!(
            with_ids(&found, "org/"),
            [
                ("Sierra Club", "org/sierra-club"),
                ("Alpha Natural Resources", "org/alpha-natural-resources"),
                ("Harvard Law School", "org/harvard-law-school"),
                ("Liberty Baptist Church", "org/liberty-baptist-church"),
                ("Clinton Global Initiative", "org/clinton-global-initiative"),
                ("Club for Growth", "org/club-for-growth"),
            ]
        );
        // Platforms and fact-checkers are no one.
        let found_platforms =
            mentions("Twitter said it suspended accounts. PolitiFact rated it false.");
        assert_eq!(
            with_ids(&found_platforms, ""),
            [
                ("Twitter", "org/twitter"),
                ("PolitiFact", "outlet/politifact")
            ]
        );
        // Clinton is named once, not inside her foundation's name.
        assert_eq!(with_ids(&found, "person/").len(), 1, "{found:?}");
    }

    #[test]
    fn an_organisation_s_name_goes_on_with_what_it_is_of() {
        let found = mentions(
            "Donald Trump spoke. The Association of Flight Attendants backed Clinton. \
             The Committee for a Responsible Federal Budget and the Center for Strategic \
             and International Studies disagreed. The St. Paul City Council on Wednesday \
             voted. A study by the University of Chicago and Professor Knittel found it. \
             Some call the GOP the Party of Trump. The Anti-Defamation League and the \
             League of Conservation Voters objected.",
        );
        let orgs: Vec<&str> = found
            .iter()
            .filter(|(_, id, _)| id.as_deref().is_some_and(|i| i.starts_with("org/")))
            .map(|(text, _, _)| text.as_str())
            .collect();
        assert_eq!(
            orgs,
            [
                "Association of Flight Attendants",
                "Committee for a Responsible Federal Budget",
                "Center for Strategic and International Studies",
                "Paul City Council",
                "University of Chicago",
                "GOP",
                "Anti-Defamation League",
                "League of Conservation Voters",
            ]
        );
        let trump = found
            .iter()
            .filter(|(_, id, _)| id.as_deref() == Some("person/donald-trump"))
            .count();
        assert_eq!(trump, 2, "{found:?}");
    }

    #[test]
    fn a_lone_capitalised_word_before_a_cue_is_a_surname_unless_a_title_or_a_common_word() {
        let found = mentions(
            "The demonstrators marched. Demonstrators said they want justice. \
             The Times wrote that it fell. Wines believes that the campaign erred. \
             The senator from Texas says no. Voters in Ohio said yes.",
        );
        let people: Vec<&str> = found
            .iter()
            .filter(|(_, id, _)| id.as_deref().is_some_and(|i| i.starts_with("person/")))
            .map(|(text, _, _)| text.as_str())
            .collect();
        assert_eq!(people, ["Wines"]);
    }

    #[test]
    fn a_demonym_where_a_speaker_stands_may_be_a_first_name() {
        let found = mentions(
            "\"We will not allow it,\" said German Ortega, an actor. French Hill said no. \
             \"No,\" said German Chancellor Olaf Scholz. Mexican officials said so. \
             Last year only 32 percent of British Columbians opposed it.",
        );
        let get = |t: &str| found.iter().find(|m| m.0 == t).and_then(|m| m.1.clone());
        assert_eq!(
            get("German Ortega").as_deref(),
            Some("person/german-ortega")
        );
        assert_eq!(get("French Hill").as_deref(), Some("person/french-hill"));
        // An office after the demonym, a lower-case noun, a people.
        assert_eq!(get("German").as_deref(), Some("country/de"));
        assert_eq!(get("Mexican").as_deref(), Some("country/mx"));
        assert!(get("British").is_some());
    }

    #[test]
    fn a_title_points_to_the_holder_of_that_very_office_first() {
        let found = mentions(
            "Canadian Prime Minister Mark Carney spoke with US President Donald Trump. \
             A spokesperson for the prime minister said it went well. \
             The two leaders agreed. The Canadian leader left.",
        );
        let get = |t: &str| found.iter().find(|m| m.0 == t).and_then(|m| m.1.clone());
        assert_eq!(
            get("the prime minister").as_deref(),
            Some("person/mark-carney")
        );
        assert_eq!(
            get("The Canadian leader").as_deref(),
            Some("person/mark-carney")
        );
        // A president whose country the article leaves unsaid holds an
        // office the other presidents' countries do not.
        let found = mentions(
            "Mexican President Claudia Sheinbaum spoke with President Donald Trump. \
             Colombian President Gustavo Petro was angry, with the U.S. president faulting him.",
        );
        let get = |t: &str| found.iter().find(|m| m.0 == t).and_then(|m| m.1.clone());
        assert_eq!(
            get("the U.S. president").as_deref(),
            Some("person/donald-trump")
        );
    }

    #[test]
    fn a_name_keeps_its_suffix_and_headline_adverbs_are_no_names() {
        let found = mentions(
            "Vice President Joseph R. Biden Jr. warned on Monday. Rick Perry Just Announced.",
        );
        let names = names(&found);
        assert!(
            names.contains(&("Joseph R. Biden Jr.", Some("person/joseph-r-biden-jr"))),
            "{names:?}"
        );
        assert!(names.iter().all(|n| !n.0.contains("Just")), "{names:?}");
    }

    #[test]
    fn a_first_initial_belongs_to_the_name() {
        let found = mentions("Officials agreed. R. Gil Kerlikowske said the U.S. Gil Smith said.");
        let names = names(&found);
        assert_eq!(
            names,
            [
                ("R. Gil Kerlikowske", Some("person/gil-kerlikowske")),
                ("U.S.", Some("country/us")),
                ("Gil Smith", Some("person/gil-smith"))
            ]
        );
    }

    #[test]
    fn two_initials_open_a_name_but_abbreviations_do_not() {
        let found =
            mentions("J.D. Vance said so. Rep. G.K. Butterfield agreed. The U.S. Senate voted.");
        let names = names(&found);
        assert_eq!(
            names,
            [
                ("J.D. Vance", Some("person/vance")),
                ("G.K. Butterfield", Some("person/butterfield")),
                ("U.S.", Some("country/us")),
                ("Senate", Some("org/us-senate"))
            ]
        );
    }

    #[test]
    fn words_before_a_title_abbreviation_are_no_name() {
        let found = mentions(
            "\"It is close,\" said Democratic Sen. Dina Titus. Retired Army Col. Lawrence \
             Wilkerson agreed.",
        );
        assert_eq!(
            names(&found),
            [
                ("Dina Titus", Some("person/dina-titus")),
                ("Lawrence Wilkerson", Some("person/lawrence-wilkerson"))
            ]
        );
    }

    #[test]
    fn a_surname_after_an_honorific_may_open_with_particles() {
        let found = mentions("Mr. de Vos noted it. Ms. van Dyke agreed.");
        assert_eq!(
            of_form(&found, MentionForm::Honorific),
            [
                ("Mr. de Vos", Some("person/de-vos")),
                ("Ms. van Dyke", Some("person/van-dyke"))
            ]
        );
    }

    #[test]
    fn a_pronoun_with_a_contracted_verb_is_no_name() {
        let found = mentions("I've said it. We’ll see. They're sure. Ill-Kyu Lee said it.");
        let names: Vec<&str> = found
            .iter()
            .filter(|m| m.2 == MentionForm::Name)
            .map(|m| m.0.as_str())
            .collect();
        assert_eq!(names, ["Ill-Kyu Lee"]);
    }

    #[test]
    fn ranks_and_british_offices_are_titles_not_names() {
        let found =
            mentions("Admiral Luis Ortega met Col. Ana Ruiz and Defence Minister Tomas Reyes.");
        let people: Vec<Option<&str>> = found
            .iter()
            .filter(|m| m.2 == MentionForm::Name)
            .map(|m| m.1.as_deref())
            .collect();
        for person in [
            "person/luis-ortega",
            "person/ana-ruiz",
            "person/tomas-reyes",
        ] {
            assert!(people.contains(&Some(person)), "{person}: {found:?}");
        }
    }

    #[test]
    fn names_that_are_also_given_names_or_places_stand_alone() {
        let found = mentions(
            "Rep. Jim Jordan spoke in New Jersey and Georgia. Jordan said Chad Wolf met \
             officials from Chad in Tbilisi.",
        );
        let country = |t: &str| {
            found
                .iter()
                .filter(|m| m.0 == t && m.1.as_deref().is_some_and(|e| e.starts_with("country/")))
                .count()
        };
        assert_eq!(country("Jordan"), 1, "{found:?}");
        assert_eq!(country("Chad"), 1, "{found:?}");
        assert_eq!(country("Jersey"), 0, "{found:?}");
        assert_eq!(country("Georgia"), 0, "{found:?}");
        assert_eq!(country("Tbilisi"), 1, "{found:?}");
    }

    #[test]
    fn offices_of_countries_counterparts_and_organisations() {
        let text = "Mexican Foreign Minister Juan Ramon de la Fuente spoke with his US \
                    counterpart Marco Rubio. Secretary Rubio agreed. State Department \
                    spokesman Tommy Pigott said so.";
        let chars: Vec<char> = text.chars().collect();
        let layout = super::super::layout::analyse(&chars);
        let units = tokenize_units(&chars, &layout);
        let offices: Vec<(String, Option<Office>)> = find(&chars, &layout, &units)
            .mentions
            .into_iter()
            .filter(|m| m.kind == EntityKind::Person)
            .map(|m| (m.text, m.office))
            .collect();
        let office = |name: &str| {
            offices
                .iter()
                .find(|(t, _)| t == name)
                .unwrap_or_else(|| panic!("{name}: {offices:?}"))
                .1
                .clone()
        };
        let rubio = office("Marco Rubio").expect("an office");
        assert_eq!(rubio.role, "foreign-minister");
        assert_eq!(rubio.country.unwrap().0, "country/us");
        // "Secretary" of what, the text does not say.
        assert_eq!(office("Rubio"), None);
        // An organisation's office.
        let pigott = office("Tommy Pigott").expect("an office");
        assert_eq!(pigott.role, "spokesperson");
        assert_eq!(pigott.country, None);
        assert_eq!(pigott.organization.unwrap().0, "org/us-department-of-state");
    }

    #[test]
    fn named_polls_and_organisations() {
        let text = "Intro.\n\nNew Poll Shows Minor Bump For Clinton.";
        let chars: Vec<char> = text.chars().collect();
        let layout = super::super::layout::analyse(&chars);
        let units = tokenize_units(&chars, &layout);
        let poll = find(&chars, &layout, &units)
            .mentions
            .into_iter()
            .find(|m| m.text == "New Poll")
            .expect("a mention");
        assert_eq!(poll.kind, EntityKind::Organization);
        // Words that open no person's name may sit inside an organisation's.
        let text = "The International Atomic Energy Agency and Christian News Service agreed.";
        let chars: Vec<char> = text.chars().collect();
        let layout = super::super::layout::analyse(&chars);
        let units = tokenize_units(&chars, &layout);
        let orgs: Vec<String> = find(&chars, &layout, &units)
            .mentions
            .into_iter()
            .filter(|m| m.kind == EntityKind::Organization)
            .map(|m| m.text)
            .collect();
        assert_eq!(
            orgs,
            [
                "International Atomic Energy Agency",
                "Christian News Service"
            ]
        );
    }

    #[test]
    fn a_region_is_not_a_country() {
        let found = mentions("Tariffs hit the Latin American country, American officials said.");
        let us: Vec<&str> = found
            .iter()
            .filter(|m| m.1.as_deref() == Some("country/us"))
            .map(|m| m.0.as_str())
            .collect();
        assert_eq!(us, ["American"], "{found:?}");
    }

    #[test]
    fn lower_case_country_and_accented_names() {
        let found =
            mentions("Juan Ramón de la Fuente cited mexico’s constitution. De la Fuente said so.");
        assert!(found.iter().any(|m| m.0 == "Juan Ramón de la Fuente"));
        assert!(found
            .iter()
            .any(|m| m.0 == "mexico" && m.1.as_deref() == Some("country/mx")));
    }
}
