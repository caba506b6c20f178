//! Events: calls, meetings, raids and captures, strikes, interviews, press
//! conferences, posts and trade measures, with participants and roles,
//! date, duration, place and status.
//!
//! A trigger phrase outside quotation marks anchors an event; the people,
//! countries and organisations of the same unit outside quotes are its
//! participants (before the trigger: agents of raids, captures and strikes;
//! after it: their targets; both sides of a call or meeting: participants).

use super::dates;
use super::layout::Layout;
use super::lexicon::Gender;
use crate::model::{
    span_of_bytes, EntityId, EntityKind, Event, EventKind, EventOrder, EventStatus, Figure,
    Mention, MentionForm, Order, Participant, Piece, Role, Span,
};
use crate::text::{Fold, Text, Token, WordSet};
use jiff::civil::Date;
use regex::Regex;
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// The words that name an event, by kind (ASCII word boundaries, as in
/// [`dates`]' pattern, here and in the other patterns of ASCII words).
fn triggers() -> &'static [(Regex, EventKind)] {
    static RE: OnceLock<Vec<(Regex, EventKind)>> = OnceLock::new();
    RE.get_or_init(|| {
        let r = |p: &str| Regex::new(p).expect("valid trigger regex");
        vec![
            (r(r"(?i)(?-u:\b)(?:phone (?:call|conversation)|(?:the|a|an|her|his|their|latest|separate|first|\d+-minute|brief) (?:\w+ )?call(?-u:\b)|spoke (?:by phone|on the phone)|(?:the|brief) chat(?-u:\b))"), EventKind::PhoneCall),
            (r(r"(?i)(?-u:\b)(?:press conference|news conference|briefing)(?-u:\b)"), EventKind::PressConference),
            (r(r"(?i)(?-u:\b)interview(?-u:\b)"), EventKind::Interview),
            (r(r"(?i)(?-u:\b)(?:raid|military operation|operation in)(?-u:\b)"), EventKind::MilitaryOperation),
            (r(r"(?i)(?-u:\b)(?:captured|capture|seized|arrested|extract)(?-u:\b)"), EventKind::Capture),
            (r(r"(?i)(?-u:\b)(?:air)?strikes?(?-u:\b)"), EventKind::Strike),
            (r(r"(?i)(?-u:\b)(?:will meet|to meet|meeting|summit|to host)(?-u:\b)"), EventKind::Meeting),
            (r(r"(?i)(?-u:\b)tariffs?(?-u:\b)"), EventKind::TradeMeasure),
            (r(r"(?i)(?-u:\b)a post on (?:X|Truth Social|Twitter)(?-u:\b)"), EventKind::SocialMediaPost),
            (r(r"(?i)(?-u:\b)(?:spoke with|(?:held |engaged in )?(?:talks|discussions) with)(?-u:\b)"), EventKind::Talks),
        ]
    })
}

/// Words one of which each trigger pattern (same order) needs.
const TRIGGER_WORDS: &[&[&str]] = &[
    &["call", "chat", "spoke", "conversation"],
    &["conference", "briefing"],
    &["interview"],
    &["raid", "operation"],
    &["captur", "seiz", "arrest", "extract"],
    &["strike"],
    &["meet", "summit", "host"],
    &["tariff"],
    &["post on"],
    &["spoke with", "talks with", "discussions with"],
];

/// One pattern per trigger: whether any of its words is in a text whose
/// ASCII letters are lower-cased. Plain literals are found much faster than
/// case-insensitive ones, and lower-casing ASCII keeps byte offsets.
fn trigger_words() -> &'static regex::RegexSet {
    static SET: OnceLock<regex::RegexSet> = OnceLock::new();
    SET.get_or_init(|| {
        regex::RegexSet::new(TRIGGER_WORDS.iter().map(|words| words.join("|")))
            .expect("valid trigger word set")
    })
}

/// [`trigger_words`] in any case: for the rare text with a letter outside
/// ASCII that folds to one inside ("ſ", the Kelvin sign).
fn trigger_words_any_case() -> &'static regex::RegexSet {
    static SET: OnceLock<regex::RegexSet> = OnceLock::new();
    SET.get_or_init(|| {
        regex::RegexSet::new(
            TRIGGER_WORDS
                .iter()
                .map(|words| format!("(?i){}", words.join("|"))),
        )
        .expect("valid trigger word set")
    })
}

fn duration_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?-u:\b)(\d+)-(minute|hour)(?-u:\b)").expect("valid duration regex")
    })
}

fn planned_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)(?-u:\b)(?:will|plans? to|planned|to host|scheduled|would soon|could|next week|threat(?:s|en|ens|ened|ening))(?-u:\b)",
        )
        .expect("valid status regex")
    })
}

fn ruled_out_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)(?-u:\b)(?:ruled out|rejects?|rejected|not on the table|unnecessary|not necessary)(?-u:\b)",
        )
        .expect("valid status regex")
    })
}

/// Finds the events of an article.
pub fn find(
    article: &Text<'_>,
    layout: &Layout,
    units: &[(Vec<Token>, Vec<Fold>)],
    mentions: &[Mention],
    contents: &[Span],
    gender: &HashMap<EntityId, Gender>,
    published: Option<Date>,
) -> Vec<Event> {
    let chars = article.chars();
    // What honorifics say of people's gender, and what the pronouns that
    // resolved to them say.
    let mut gender = gender.clone();
    for m in mentions.iter().filter(|m| m.form == MentionForm::Pronoun) {
        let g = match crate::text::fold(&m.text).as_str() {
            "he" | "him" => Gender::Male,
            "she" | "her" => Gender::Female,
            _ => continue,
        };
        if let Some(id) = &m.entity {
            gender.entry(id.clone()).or_insert(g);
        }
    }
    let mut events = Vec::new();
    let mut refs = Vec::new();
    let mut lower = String::new();
    for (&unit, unit_words) in layout.units.iter().zip(units) {
        // Most sentences hold no trigger word: one pass over the sentence
        // finds the triggers worth their pattern.
        let text = article.slice(unit.char_start, unit.char_end);
        let present = if text.contains(['\u{17f}', '\u{212a}']) {
            trigger_words_any_case().matches(text)
        } else {
            lower.clear();
            lower.push_str(text);
            lower.make_ascii_lowercase();
            trigger_words().matches(&lower)
        };
        if !present.matched_any() {
            continue;
        }
        let mut taken: Vec<Span> = Vec::new();
        let mut words = None;
        for (k, (re, kind)) in triggers().iter().enumerate() {
            if !present.matched(k) {
                continue;
            }
            for m in re.find_iter(text) {
                let span = span_of_bytes(text, unit.char_start, m.range());
                if layout.quote_at(span.char_start).is_some()
                    || taken.iter().any(|t| t.overlaps(span))
                {
                    continue;
                }
                // "called for" and "calls for" are not calls.
                if *kind == EventKind::PhoneCall && text[m.end()..].trim_start().starts_with("for ")
                {
                    continue;
                }
                let words = words.get_or_insert_with(|| {
                    Words::new(chars, layout, unit, unit_words, mentions, &gender)
                });
                // "is meeting many of Washington's demands" is no meeting.
                if *kind == EventKind::Meeting && words.after_be(span) {
                    continue;
                }
                taken.push(span);
                // An event inside what someone said takes its date and
                // participants from those words, not from the telling.
                let scope = contents
                    .iter()
                    .filter(|c| c.contains(span) && unit.contains(**c))
                    .min_by_key(|c| c.len())
                    .copied()
                    .unwrap_or(unit);
                let (event, reference) = event(words, scope, span, *kind, published);
                events.push(event);
                refs.push(reference);
            }
        }
    }
    join_operations_and_captures(layout, &mut events);
    follow_definite_references(&mut events, &refs);
    mark_initiators(
        chars,
        article,
        layout,
        units,
        mentions,
        &gender,
        &mut events,
    );
    // Talks need two sides ("spoke with reporters" is not an event).
    events.retain(|e| e.participants.len() >= if e.kind == EventKind::Talks { 2 } else { 1 });
    place_in_order(chars, layout, &mut events);
    events
}

/// What [`event`] learns of a trigger's reference besides the event itself.
struct Reference {
    /// "The call", "her call", "the Maduro raid", "Lindqvist's phone call":
    /// an event the article may have told of before.
    definite: bool,
    /// The entities the trigger's own words name ("the call with Mr Trump",
    /// "her call", "the capture of Maduro"): an earlier event it refers to
    /// must have them all.
    named: BTreeSet<EntityId>,
}

/// "The call", "the phone call", "her call", "the Maduro raid" refer back
/// to the last earlier event of the same kind (else of a compatible kind)
/// that has every entity the reference names: they take its participants, and its date and place
/// where they give none. A definite reference with no such event keeps
/// what its own sentence says.
fn follow_definite_references(events: &mut [Event], refs: &[Reference]) {
    for i in 0..events.len() {
        if !refs[i].definite {
            continue;
        }
        let fits = |j: usize| {
            !events[j].participants.is_empty()
                && refs[i].named.iter().all(|id| {
                    events[j]
                        .participants
                        .iter()
                        .any(|p| p.mention.entity.as_ref() == Some(id))
                })
        };
        // "The call" is the last call before talks of another medium.
        let same = (0..i)
            .rev()
            .find(|&j| events[j].kind == events[i].kind && fits(j));
        // "The US strike on Maduro" is the raid that seized him: it names
        // the operation or capture the article told of, and is one.
        let named_op = |j: usize| {
            events[i].kind == EventKind::Strike
                && !refs[i].named.is_empty()
                && matches!(
                    events[j].kind,
                    EventKind::MilitaryOperation | EventKind::Capture
                )
                && events[j].status == EventStatus::Happened
        };
        let Some(j) = same.or_else(|| {
            (0..i)
                .rev()
                .find(|&j| (events[j].kind.compatible(events[i].kind) || named_op(j)) && fits(j))
        }) else {
            continue;
        };
        if named_op(j) {
            events[i].kind = events[j].kind;
        }
        events[i].participants = events[j].participants.clone();
        if events[i].date.is_none() {
            events[i].date = events[j].date.clone();
        }
        if events[i].place.is_none() {
            events[i].place = events[j].place.clone();
        }
    }
}

/// "U.S. forces captured Maduro in a pre-dawn raid", "Washington conducted
/// a raid and arrested Maduro": an operation and a capture told in one
/// sentence are one action, so each takes the agents, targets and date the
/// other has and it lacks.
fn join_operations_and_captures(layout: &Layout, events: &mut [Event]) {
    let unit_of = |e: &Event| {
        layout
            .units
            .iter()
            .position(|u| u.contains(e.trigger.span()))
    };
    for i in 0..events.len() {
        for j in 0..events.len() {
            if events[i].kind != EventKind::MilitaryOperation
                || events[j].kind != EventKind::Capture
                || unit_of(&events[i]) != unit_of(&events[j])
            {
                continue;
            }
            for (a, b) in [(i, j), (j, i)] {
                for role in [Role::Agent, Role::Target] {
                    if events[a].participants.iter().any(|p| p.role == role) {
                        continue;
                    }
                    let borrowed: Vec<Participant> = events[b]
                        .participants
                        .iter()
                        .filter(|p| p.role == role)
                        .cloned()
                        .collect();
                    events[a].participants.extend(borrowed);
                }
                if events[a].date.is_none() {
                    events[a].date = events[b].date.clone();
                }
            }
        }
    }
}

fn initiator_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)\b(his|her|their|[\p{L}.]+(?:'s|’s)) (?:idea|initiative|request|invitation)\b",
        )
        .expect("valid initiator regex")
    })
}

/// "The call was his idea", "at Sheinbaum's request": whoever started a
/// call, a meeting or talks is its agent.
fn mark_initiators(
    chars: &[char],
    article: &Text<'_>,
    layout: &Layout,
    units: &[(Vec<Token>, Vec<Fold>)],
    mentions: &[Mention],
    gender: &HashMap<EntityId, Gender>,
    events: &mut [Event],
) {
    let open =
        |unit: Span, e: &Event| shape(e.kind) == Shape::Open && unit.contains(e.trigger.span());
    for (&unit, unit_words) in layout.units.iter().zip(units) {
        // Most sentences tell of no call or meeting.
        if !events.iter().any(|e| open(unit, e)) {
            continue;
        }
        let text = article.slice(unit.char_start, unit.char_end);
        if !["idea", "initiative", "request", "invitation"]
            .iter()
            .any(|k| text.contains(k))
        {
            continue;
        }
        let w = Words::new(chars, layout, unit, unit_words, mentions, gender);
        for c in initiator_re().captures_iter(text) {
            let Some(whose) = c.get(1) else { continue };
            let span = span_of_bytes(text, unit.char_start, whose.range());
            let i = w.index(span.char_start);
            let person = if matches!(w.folds[i].as_str(), "his" | "her" | "their") {
                w.possessor(i)
            } else {
                w.mention_at(i).filter(|m| m.kind == EntityKind::Person)
            };
            let Some(person) = person else { continue };
            let Some(event) = events
                .iter_mut()
                .filter(|e| open(unit, e) && e.trigger.start < span.char_start)
                .last()
            else {
                continue;
            };
            let agent = piece(chars, person);
            match event
                .participants
                .iter_mut()
                .find(|p| p.mention.entity.is_some() && p.mention.entity == agent.entity)
            {
                Some(p) => p.role = Role::Agent,
                None => event.participants.push(Participant {
                    role: Role::Agent,
                    mention: agent,
                }),
            }
        }
    }
}

fn order_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)(?-u:\b)(after|following|before)(?-u:\b)").expect("valid order regex")
    })
}

/// Relates events the text places in order within one sentence: "A came
/// after B" (A after B) and "Following B, A" (A after B); "before" likewise.
fn place_in_order(chars: &[char], layout: &Layout, events: &mut [Event]) {
    let word = |s: &str| {
        if s.eq_ignore_ascii_case("before") {
            Order::Before
        } else {
            Order::After
        }
    };
    let mut by_start: Vec<usize> = (0..events.len()).collect();
    by_start.sort_by_key(|&i| events[i].trigger.start);
    for w in by_start.windows(2) {
        let (a, b) = (w[0], w[1]);
        let (ta, tb) = (events[a].trigger.span(), events[b].trigger.span());
        let Some(unit) = layout.units.iter().find(|u| u.contains(ta)) else {
            continue;
        };
        if !unit.contains(tb) {
            continue;
        }
        // "Following B, A": the order word just before the first trigger.
        let head: String = chars[unit.char_start..ta.char_start].iter().collect();
        let lead = head.trim_end();
        if let Some(m) = order_re().find_iter(lead).last() {
            if m.end() == lead.len() {
                let cue = span_of_bytes(&head, unit.char_start, m.range());
                events[b].order.push(EventOrder {
                    order: word(m.as_str()),
                    other: a,
                    cue,
                });
                continue;
            }
        }
        // "A came after B": the order word between the two triggers.
        let between: String = chars[ta.char_end..tb.char_start].iter().collect();
        if let Some(m) = order_re().find(&between) {
            let cue = span_of_bytes(&between, ta.char_end, m.range());
            events[a].order.push(EventOrder {
                order: word(m.as_str()),
                other: b,
                cue,
            });
        }
    }
}

fn figure_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)\b(\d+(?:[.,]\d+)*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)(?:\s*(%)|\s+(?:per ?cent|percent)\b|\s+(?:([a-z]+)\s+)?([a-z]+))",
        )
        .expect("valid figure regex")
    })
}

/// Numbers in `text` (starting at code point `at`) with what they count:
/// "12 soldiers", "97%", "three people". Years, dates, times and durations
/// are not figures.
pub fn figures(text: &str, at: usize) -> Vec<Figure> {
    static NOT_UNITS: WordSet = WordSet::new(&[
        "of", "to", "and", "or", "the", "a", "an", "in", "on", "at", "by", "for", "from", "with",
        "than", "more", "less", "times", "years", "year", "days", "day", "minute", "minutes",
        "hour", "hours", "am", "pm", "a.m", "p.m", "percent", "that", "who", "which", "was",
        "were", "is", "are", "have", "had", "has",
    ]);
    let mut out = Vec::new();
    for c in figure_re().captures_iter(text) {
        let (Some(mut whole), Some(n)) = (c.get(0), c.get(1)) else {
            continue;
        };
        // The word after the number is what it counts when it is a plural
        // ("two leaders comes", "12 fighters killed"), else the next one is
        // and the first qualifies it ("12 Venezuelan soldiers", "12 dangerous
        // criminals").
        let mut counted = c.get(4);
        if let Some(first) = c.get(3) {
            let f = first.as_str().to_lowercase();
            if f.len() > 3 && f.ends_with('s') && !f.ends_with("ss") && !f.ends_with("ous") {
                counted = Some(first);
                whole = first;
            }
        }
        let number = n.as_str().to_lowercase();
        let before = text[..n.start()].trim_end();
        // Dates ("Jan. 3", "January 12") and years ("in 2025").
        let prev = before
            .rsplit(|ch: char| !ch.is_alphanumeric() && ch != '.')
            .next()
            .unwrap_or("");
        if dates::month_number(prev).is_some()
            || (number.len() == 4 && number.starts_with(['1', '2']) && c.get(2).is_none())
        {
            continue;
        }
        let unit = if let (None, Some(counted)) = (c.get(2), counted) {
            let u = counted.as_str().to_lowercase();
            if NOT_UNITS.contains(u.as_str()) || dates::month_number(&u).is_some() {
                continue;
            }
            singular(&u)
        } else {
            "percent".to_owned()
        };
        // Hyphenated modifiers ("15-minute") are durations, not counts.
        if text[whole.end()..].starts_with('-') || text[n.end()..].starts_with('-') {
            continue;
        }
        let range = n.start()..whole.end();
        let span = span_of_bytes(text, at, range.clone());
        out.push(Figure {
            text: text[range].to_owned(),
            start: span.char_start,
            end: span.char_end,
            value: number_value(&number),
            unit,
        });
    }
    out
}

fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        format!("{stem}y")
    } else if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") {
        word[..word.len() - 1].to_owned()
    } else {
        word.to_owned()
    }
}

fn number_value(n: &str) -> String {
    const WORDS: &[&str] = &[
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    if let Some(i) = WORDS.iter().position(|w| *w == n) {
        return i.to_string();
    }
    n.replace(',', "")
}

/// How participants attach to a trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// One holder: press conferences, interviews, posts.
    Host,
    /// Sides that meet or talk: calls, talks, meetings.
    Open,
    /// Someone acts on someone: raids, captures, strikes, trade measures.
    Directed,
}

fn shape(kind: EventKind) -> Shape {
    match kind {
        EventKind::PressConference | EventKind::Interview | EventKind::SocialMediaPost => {
            Shape::Host
        }
        EventKind::Capture
        | EventKind::Strike
        | EventKind::MilitaryOperation
        | EventKind::TradeMeasure => Shape::Directed,
        EventKind::PhoneCall | EventKind::Meeting | EventKind::Talks => Shape::Open,
    }
}

/// Determiners that make a trigger refer to something known.
static DEFINITE: WordSet = WordSet::new(&[
    "the", "this", "that", "her", "his", "their", "its", "our", "my",
]);

/// Words that may stand between a determiner and its trigger ("the latest
/// call", "her regular morning press conference", "a pre-dawn raid").
static MODIFIERS: WordSet = WordSet::new(&[
    "latest",
    "last",
    "recent",
    "previous",
    "separate",
    "brief",
    "first",
    "second",
    "new",
    "phone",
    "telephone",
    "military",
    "air",
    "morning",
    "regular",
    "routine",
    "daily",
    "weekly",
    "joint",
    "planned",
    "scheduled",
    "bilateral",
    "virtual",
    "video",
    "trade",
    "retaliatory",
    "further",
    "additional",
    "deadly",
    "televised",
    "exclusive",
    "surprise",
    "friendly",
]);

/// Words of a noun phrase naming who acts or is acted on ("elite US forces",
/// "President Rosa Vidal of Chile", "Venezuelan leader Nicolás Maduro and
/// his wife").
static NP_WORDS: WordSet = WordSet::new(&[
    "forces",
    "troops",
    "military",
    "army",
    "navy",
    "police",
    "soldiers",
    "elite",
    "special",
    "security",
    "government",
    "administration",
    "authorities",
    "officials",
    "agents",
    "and",
    "the",
    "his",
    "her",
    "its",
    "their",
    "of",
    "'s",
    "leader",
    "president",
    "minister",
    "wife",
    "husband",
    "former",
    "ousted",
]);

/// Auxiliaries and adverbs between a subject and its verb.
static AUXILIARIES: WordSet = WordSet::new(&[
    "has",
    "have",
    "had",
    "would",
    "will",
    "could",
    "may",
    "might",
    "be",
    "been",
    "is",
    "was",
    "were",
    "are",
    "soon",
    "again",
    "also",
    "reportedly",
    "then",
    "later",
    "not",
    "already",
    "just",
    "recently",
    "now",
    "out",
]);

/// Verbs whose object is the event ("imposed tariffs", "conducted a raid",
/// "would soon be launching strikes"): their subject is the agent.
static LIGHT_VERBS: WordSet = WordSet::new(&[
    "imposed",
    "impose",
    "imposing",
    "imposes",
    "launched",
    "launch",
    "launching",
    "launches",
    "conducted",
    "conduct",
    "conducting",
    "carried",
    "carry",
    "carrying",
    "ordered",
    "order",
    "ordering",
    "orders",
    "staged",
    "stage",
    "led",
    "lead",
    "leading",
    "authorized",
    "authorised",
    "approved",
    "slapped",
    "levied",
    "levy",
    "raised",
    "hiked",
    "threatened",
    "threatening",
    "threatens",
]);

/// Words after a trigger that lead to its target or place.
const PREPOSITIONS: &[&str] = &[
    "on",
    "against",
    "of",
    "targeting",
    "to",
    "onto",
    "in",
    "at",
    "from",
    "by",
];

/// Nouns that make a country before them the ground something happens on
/// ("on Mexican soil", "US strikes on Mexican territory"). Not "ground" or
/// "land": "Mexican ground forces" are no place.
static GROUND: WordSet = WordSet::new(&["soil", "territory", "waters", "airspace"]);

/// Verbs after "to" that carry an operation on to its target ("an
/// operation in Venezuela to capture Maduro").
static ACTS: WordSet = WordSet::new(&[
    "capture", "seize", "arrest", "strike", "attack", "target", "topple", "remove", "oust",
    "extract", "detain",
]);

/// One unit's tokens and mentions, as the event rules read them.
struct Words<'a> {
    chars: &'a [char],
    layout: &'a Layout,
    unit: Span,
    tokens: &'a [Token],
    folds: &'a [Fold],
    mentions: Vec<&'a Mention>,
    gender: &'a HashMap<EntityId, Gender>,
}

impl<'a> Words<'a> {
    fn new(
        chars: &'a [char],
        layout: &'a Layout,
        unit: Span,
        (tokens, folds): &'a (Vec<Token>, Vec<Fold>),
        mentions: &'a [Mention],
        gender: &'a HashMap<EntityId, Gender>,
    ) -> Self {
        Words {
            chars,
            layout,
            unit,
            tokens,
            folds,
            // Mentions are sorted by start.
            mentions: mentions[mentions.partition_point(|m| m.span.char_start < unit.char_start)..]
                .iter()
                .take_while(|m| m.span.char_start < unit.char_end)
                .filter(|m| unit.contains(m.span))
                .collect(),
            gender,
        }
    }

    /// The index of the first token that ends after `pos`.
    fn index(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.end <= pos)
    }

    /// The longest mention covering token `i`.
    fn mention_at(&self, i: usize) -> Option<&'a Mention> {
        let at = self.tokens.get(i)?.start;
        self.mentions
            .iter()
            .copied()
            .filter(|m| m.span.char_start <= at && at < m.span.char_end)
            .max_by_key(|m| m.span.len())
    }

    /// Whether a verb form of "be" comes just before `span` ("is meeting").
    fn after_be(&self, span: Span) -> bool {
        let i = self.index(span.char_start);
        i > 0
            && matches!(
                self.folds[i - 1].as_str(),
                "is" | "are" | "was" | "were" | "been" | "be"
            )
    }

    fn apostrophe(&self, i: usize) -> bool {
        self.tokens[i].is(self.chars, '\'') || self.tokens[i].is(self.chars, '’')
    }

    /// Whether a mention may take part in an event of `clause`.
    fn eligible(&self, m: &Mention, clause: Span) -> bool {
        clause.contains(m.span)
            && self.layout.quote_at(m.span.char_start).is_none()
            && (m.entity.is_some() || m.form == MentionForm::Title)
            && !matches!(m.kind, EntityKind::Group | EntityKind::Outlet)
            && !(m.kind == EntityKind::Country && modifies_a_person(self.chars, m, &self.mentions))
    }

    /// Whom a possessive "his" or "her" at token `i` stands for: the
    /// nearest person of that gender before it in the unit, else after it
    /// ("Speaking at her press conference, …, Mexico's President noted").
    fn possessor(&self, i: usize) -> Option<&'a Mention> {
        let at = self.tokens[i].start;
        let in_quote = self.layout.quote_at(at).is_some();
        let want = match self.folds[i].as_str() {
            "his" => Gender::Male,
            "her" => Gender::Female,
            _ => Gender::Unknown,
        };
        let fits = |m: &&Mention| {
            m.kind == EntityKind::Person
                && self.layout.quote_at(m.span.char_start).is_some() == in_quote
                && (m.entity.is_some() || m.form == MentionForm::Title)
                && m.entity
                    .as_ref()
                    .and_then(|id| self.gender.get(id))
                    .is_none_or(|g| want == Gender::Unknown || *g == want)
        };
        let mut people = self.mentions.iter().copied().filter(fits);
        people
            .clone()
            .rev()
            .find(|m| m.span.char_end <= at)
            .or_else(|| people.find(|m| m.span.char_start > at))
    }

    /// The mentions of the noun phrase that ends before token `end`: the
    /// subject of a verb ("Elite US forces captured", "President Rosa Vidal
    /// of Chile ordered"). "His military seized" names no agent: the
    /// military is not the man.
    fn subject_before(&self, end: usize, lo: usize, clause: Span) -> Vec<&'a Mention> {
        let mut out = Vec::new();
        let mut i = end;
        while i > lo {
            i -= 1;
            if let Some(m) = self.mention_at(i) {
                if self.eligible(m, clause) {
                    out.push(m);
                }
                i = self.index(m.span.char_start).max(lo);
                continue;
            }
            let f = self.folds[i].as_str();
            let np = self.tokens[i].is_capitalized(self.chars)
                || NP_WORDS.contains(f)
                || self.apostrophe(i);
            if !np {
                break;
            }
        }
        out
    }

    /// The mentions of the phrase after token `start`: targets (an object,
    /// or after "on", "against", "of", "to capture"), agents (after "by")
    /// and a place (a country or organisation after "in", "at", "from").
    fn objects_after(&self, start: usize, hi: usize, clause: Span, object: bool) -> Objects<'a> {
        let mut out = Objects::default();
        let mut prep = object.then_some("");
        let mut i = start;
        while i < hi {
            if let Some(m) = self.mention_at(i) {
                i = self.index(m.span.char_end);
                let Some(p) = prep else { continue };
                if self.eligible(m, clause) {
                    let placed = matches!(
                        m.kind,
                        EntityKind::Country | EntityKind::Place | EntityKind::Organization
                    ) && m.form != MentionForm::Demonym;
                    if self.ground(m) {
                        out.place.get_or_insert(m);
                        i += 1;
                        continue;
                    }
                    match p {
                        "in" | "at" | "from" if placed => {
                            out.place.get_or_insert(m);
                        }
                        "in" | "at" | "from" => {}
                        // A state is where strikes fall, not a party to
                        // them ("strikes on Texas", "a strike targeting
                        // Ohio").
                        "on" | "against" if m.kind == EntityKind::Place => {
                            out.place.get_or_insert(m);
                        }
                        _ if m.kind == EntityKind::Place => {}
                        "by" => out.agents.push(m),
                        _ => out.targets.push(m),
                    }
                }
                continue;
            }
            let f = self.folds[i].as_str();
            if let Some(p) = PREPOSITIONS.iter().find(|p| **p == f) {
                prep = Some(p);
            } else if !(self.tokens[i].is_capitalized(self.chars)
                || NP_WORDS.contains(f)
                || ACTS.contains(f)
                || self.apostrophe(i))
            {
                break;
            }
            i += 1;
        }
        out
    }

    /// Whether a country mention names the ground of what happens: the
    /// country or its demonym before "soil" or "territory" ("on Mexican
    /// soil", "on Mexico territory").
    fn ground(&self, m: &Mention) -> bool {
        m.kind == EntityKind::Country
            && self
                .folds
                .get(self.index(m.span.char_end))
                .is_some_and(|f| GROUND.contains(f.as_str()))
    }

    /// Where a strike or an operation would happen, named further on in its
    /// clause than its object: "strikes could focus on land-based cartel
    /// targets in Mexico", "launching strikes against drug traffickers on
    /// Mexican soil". A comma ends the search: "The strikes would not be
    /// welcome, Sheinbaum said in Mexico City".
    fn place_further(&self, start: usize, hi: usize, clause: Span) -> Option<&'a Mention> {
        let end = (start..hi)
            .find(|&i| matches!(self.folds[i].as_str(), "," | ";" | ":"))
            .unwrap_or(hi);
        (start..end).find_map(|i| {
            let m = self.mention_at(i).filter(|m| {
                m.span.char_start == self.tokens[i].start && self.eligible(m, clause)
            })?;
            let after_in = i > 0 && matches!(self.folds[i - 1].as_str(), "in" | "inside" | "into");
            let country = matches!(m.kind, EntityKind::Country | EntityKind::Place);
            (self.ground(m) || (after_in && country && m.form != MentionForm::Demonym)).then_some(m)
        })
    }

    /// The people a call or meeting names after "with" or "between"
    /// ("with his US counterpart Marco Rubio", "between Trump and Sheinbaum").
    fn partners_after(&self, start: usize, hi: usize, clause: Span) -> Vec<&'a Mention> {
        static PARTNER_WORDS: WordSet = WordSet::new(&[
            "and",
            "the",
            "his",
            "her",
            "their",
            "its",
            "both",
            "two",
            "counterpart",
            "counterparts",
            "leader",
            "leaders",
            "president",
            "minister",
            "secretary",
            "prime",
            "foreign",
            "'s",
        ]);
        let mut out = Vec::new();
        if !matches!(
            self.folds.get(start).map(Fold::as_str),
            Some("with" | "between")
        ) {
            return out;
        }
        let mut i = start + 1;
        while i < hi {
            if let Some(m) = self.mention_at(i) {
                if m.kind == EntityKind::Person && self.eligible(m, clause) {
                    out.push(m);
                }
                i = self.index(m.span.char_end);
                continue;
            }
            let f = self.folds[i].as_str();
            if !(self.tokens[i].is_capitalized(self.chars)
                || PARTNER_WORDS.contains(f)
                || self.apostrophe(i))
            {
                break;
            }
            i += 1;
        }
        out
    }
}

#[derive(Default)]
struct Objects<'a> {
    targets: Vec<&'a Mention>,
    agents: Vec<&'a Mention>,
    place: Option<&'a Mention>,
}

fn event(
    w: &Words,
    scope: Span,
    trigger: Span,
    kind: EventKind,
    published: Option<Date>,
) -> (Event, Reference) {
    let chars = w.chars;
    let clause = super::layout::clause_of(chars, scope, trigger);
    let (lo, hi) = (w.index(clause.char_start), w.index(clause.char_end));
    let (t0, t1) = (w.index(trigger.char_start), w.index(trigger.char_end));
    let trigger_text: String = chars[trigger.char_start..trigger.char_end].iter().collect();
    let trigger_fold = crate::text::fold(&trigger_text);
    let first = trigger_fold.split(' ').next().unwrap_or("");

    // The words before the trigger: a determiner ("the call", "a raid"),
    // a possessor ("her call", "the US' operation", "Maduro's capture") and
    // modifiers ("US strikes", "the Maduro raid").
    let verbal_word = matches!(
        first,
        "captured"
            | "seized"
            | "arrested"
            | "extract"
            | "spoke"
            | "engaged"
            | "held"
            | "will"
            | "to"
    );
    let mut definite = DEFINITE.contains(first) || first == "latest";
    let mut determiner = None;
    let mut possessor = None;
    let mut mods = t0;
    if !verbal_word && !definite && !matches!(first, "a" | "an") {
        let mut k = t0;
        while k > lo {
            let i = k - 1;
            let f = w.folds[i].as_str();
            if DEFINITE.contains(f) || matches!(f, "a" | "an" | "another") {
                definite = DEFINITE.contains(f);
                determiner = Some(i);
                if matches!(f, "his" | "her" | "their") {
                    possessor = w.possessor(i);
                }
                break;
            }
            if f == "'s" || w.apostrophe(i) {
                definite = true;
                possessor = w
                    .mention_at(i.saturating_sub(1))
                    .filter(|m| w.eligible(m, clause));
                determiner = Some(i);
                break;
            }
            // A name before a call is its subject ("Petro spoke on the
            // phone"); before a raid, its target ("the Maduro raid").
            let person = w.mention_at(i).filter(|m| m.kind == EntityKind::Person);
            if person.is_some() && shape(kind) != Shape::Directed {
                break;
            }
            let modifier = w.mention_at(i).is_some()
                || w.tokens[i].is_capitalized(chars)
                || w.tokens[i].kind == crate::text::TokenKind::Number
                || f.contains('-')
                || MODIFIERS.contains(f)
                || f.ends_with('.');
            if !modifier {
                break;
            }
            k = i;
            mods = i;
        }
    }
    let verbal = verbal_word
        || (first == "raid"
            && determiner.is_none()
            && mods == t0
            && t0 > lo
            && w.folds[t0 - 1].ends_with('s')
            && !w.tokens[t0 - 1].is_capitalized(chars));
    let modifiers: Vec<&Mention> = w
        .mentions
        .iter()
        .copied()
        .filter(|m| {
            m.span.char_start >= w.tokens.get(mods).map_or(trigger.char_start, |t| t.start)
                && m.span.char_end <= trigger.char_start
                && w.eligible(m, clause)
        })
        .collect();

    let mut participants: Vec<Participant> = Vec::new();
    let mut add = |m: &Mention, role: Role| {
        if m.entity.is_some()
            && participants
                .iter()
                .any(|p| p.mention.entity == m.entity && p.role == role)
        {
            return;
        }
        participants.push(Participant {
            role,
            mention: piece(chars, m),
        });
    };
    let place;
    let mut named: BTreeSet<EntityId> = possessor
        .and_then(|m: &Mention| m.entity.clone())
        .into_iter()
        .collect();
    let candidates = || w.mentions.iter().copied().filter(|m| w.eligible(m, clause));
    match shape(kind) {
        Shape::Host => {
            let distance = |m: &Mention| {
                if m.span.char_end <= trigger.char_start {
                    trigger.char_start - m.span.char_end
                } else {
                    m.span.char_start.saturating_sub(trigger.char_end)
                }
            };
            let nearest = |k: EntityKind| {
                candidates()
                    .filter(|m| m.kind == k && m.form != MentionForm::Demonym)
                    .min_by_key(|m| distance(m))
            };
            // "Speaking at a press conference, which was delayed…, the
            // president noted": the holder may stand outside the clause.
            let in_unit = || {
                w.mentions
                    .iter()
                    .copied()
                    .filter(|m| {
                        m.kind == EntityKind::Person
                            && w.eligible(m, w.unit)
                            && m.form != MentionForm::Pronoun
                    })
                    .min_by_key(|m| distance(m))
            };
            let holder = possessor
                .filter(|m| m.kind == EntityKind::Person)
                .or_else(|| nearest(EntityKind::Person))
                .or_else(in_unit)
                .or_else(|| nearest(EntityKind::Organization))
                .or_else(|| nearest(EntityKind::Country));
            if let Some(m) = holder {
                add(m, Role::Participant);
            }
            place = w.objects_after(t1, hi, clause, false).place;
        }
        Shape::Open => {
            let after = w.objects_after(t1, hi, clause, false);
            place = after.place;
            // "in Mexico", "to Ottawa": places, not sides.
            let located = |m: &Mention| {
                let i = w.index(m.span.char_start);
                i > 0 && matches!(w.folds[i - 1].as_str(), "in" | "at" | "from" | "to")
            };
            let sides: Vec<&Mention> = candidates()
                .filter(|m| Some(m.span) != place.map(|p| p.span) && !located(m))
                .collect();
            let mut people: Vec<&Mention> = possessor
                .into_iter()
                .chain(sides.iter().copied())
                .filter(|m| m.kind == EntityKind::Person)
                .collect();
            let partners = w.partners_after(t1, hi, clause);
            named.extend(partners.iter().filter_map(|m| m.entity.clone()));
            // "Sheinbaum ruled out strikes in a phone call with Trump",
            // "Trump indicated plans to host him": the subject outside the
            // words said is the other side.
            let reaching = !partners.is_empty()
                || matches!(first, "to" | "will")
                || w.folds.get(t1).is_some_and(|f| f == "with");
            let distinct: BTreeSet<_> = people.iter().map(|m| m.span).collect();
            if distinct.len() == 1 && reaching {
                let in_quote = w.layout.quote_at(trigger.char_start).is_some();
                let before = w.mentions.iter().copied().rfind(|m| {
                    m.kind == EntityKind::Person
                        && m.span.char_end <= trigger.char_start
                        && (m.entity.is_some() || m.form == MentionForm::Title)
                        && (w.layout.quote_at(m.span.char_start).is_some() == in_quote)
                        && m.entity != people[0].entity
                });
                people.extend(before);
            }
            if people.is_empty() {
                for m in sides {
                    if m.form != MentionForm::Demonym {
                        add(m, Role::Participant);
                    }
                }
            } else {
                for m in people {
                    add(m, Role::Participant);
                }
            }
        }
        Shape::Directed => {
            let mut agents: Vec<&Mention> = Vec::new();
            let mut targets: Vec<&Mention> = Vec::new();
            let acted_on = |m: &Mention| {
                m.kind == EntityKind::Person
                    && matches!(kind, EventKind::Capture | EventKind::MilitaryOperation)
            };
            if verbal {
                agents.extend(w.subject_before(t0, lo, clause));
            } else {
                // "the US strike", "the Maduro raid", "Maduro's capture".
                for m in modifiers.iter().copied().chain(possessor) {
                    if acted_on(m) {
                        targets.push(m);
                    } else {
                        agents.push(m);
                    }
                }
                // "Trump imposed tariffs", "Washington conducted a raid",
                // "the US would soon be launching strikes".
                let mut k = determiner.unwrap_or(mods);
                while k > lo && AUXILIARIES.contains(&w.folds[k - 1]) {
                    k -= 1;
                }
                if k > lo && LIGHT_VERBS.contains(w.folds[k - 1].as_str()) {
                    let mut s = k - 1;
                    while s > lo && AUXILIARIES.contains(&w.folds[s - 1]) {
                        s -= 1;
                    }
                    agents.extend(w.subject_before(s, lo, clause));
                }
            }
            // "the tariffs he has imposed on Mexican goods".
            let mut next = t1;
            if !verbal {
                if let Some(m) = w.mention_at(t1).filter(|m| w.eligible(m, clause)) {
                    let mut k = w.index(m.span.char_end);
                    let verb = k < hi
                        && (AUXILIARIES.contains(&w.folds[k])
                            || LIGHT_VERBS.contains(w.folds[k].as_str()));
                    if verb {
                        agents.push(m);
                        while k < hi
                            && (AUXILIARIES.contains(&w.folds[k])
                                || LIGHT_VERBS.contains(w.folds[k].as_str()))
                        {
                            k += 1;
                        }
                        next = k;
                    }
                }
            }
            let after = w.objects_after(next, hi, clause, verbal);
            agents.extend(after.agents);
            targets.extend(after.targets);
            place = after.place.or_else(|| {
                matches!(kind, EventKind::Strike | EventKind::MilitaryOperation)
                    .then(|| w.place_further(next, hi, clause))
                    .flatten()
            });
            if !definite {
                named.clear();
            }
            for m in &agents {
                add(m, Role::Agent);
            }
            for m in &targets {
                add(m, Role::Target);
            }
            if definite {
                named.extend(
                    agents
                        .iter()
                        .chain(&targets)
                        .filter_map(|m| m.entity.clone()),
                );
            }
        }
    }

    let in_scope = |span: Span| {
        dates::find(chars, span.char_start, span.char_end, published)
            .into_iter()
            .filter(|d| w.layout.quote_at(d.start).is_none())
            .min_by_key(|d| d.start.abs_diff(trigger.char_start))
    };
    // Only a date in the trigger's own clause dates the event: "The call
    // came after Rubio spoke on Sunday" does not date the call.
    let date = in_scope(clause);
    let scope_text: String = chars[scope.char_start..scope.char_end].iter().collect();
    let duration = duration_re().captures(&scope_text).and_then(|c| {
        let whole = c.get(0)?;
        let n = c.get(1)?.as_str();
        let span = crate::model::span_of_bytes(&scope_text, scope.char_start, whole.range());
        Some(crate::model::Duration {
            text: whole.as_str().to_owned(),
            start: span.char_start,
            end: span.char_end,
            iso: if &c[2] == "minute" {
                format!("PT{n}M")
            } else {
                format!("PT{n}H")
            },
        })
    });
    // The status reads the whole clause, the telling included: "Sheinbaum
    // rejects US strikes" rules the strikes out.
    let (status, status_span) = if matches!(
        kind,
        EventKind::Meeting | EventKind::Strike | EventKind::MilitaryOperation
    ) {
        let told = super::layout::clause_of(chars, w.unit, trigger);
        let told_text: String = chars[told.char_start..told.char_end].iter().collect();
        let words = |m: regex::Match<'_>| {
            crate::model::span_of_bytes(&told_text, told.char_start, m.range())
        };
        let ruled_out = ruled_out_re().find(&told_text);
        if let (false, Some(m)) = (kind == EventKind::Meeting, ruled_out) {
            (EventStatus::RuledOut, Some(words(m)))
        } else if let Some(m) = planned_re().find(&told_text) {
            (EventStatus::Planned, Some(words(m)))
        } else {
            (EventStatus::Happened, None)
        }
    } else {
        (EventStatus::Happened, None)
    };
    let event = Event {
        kind,
        trigger: Piece {
            text: trigger_text,
            start: trigger.char_start,
            end: trigger.char_end,
            entity: None,
        },
        participants,
        date,
        duration: if kind == EventKind::PhoneCall || kind == EventKind::Meeting {
            duration
        } else {
            None
        },
        place: place.map(|m| piece(chars, m)),
        status,
        status_span,
        figures: {
            let clause_text: String = chars[clause.char_start..clause.char_end].iter().collect();
            figures(&clause_text, clause.char_start)
                .into_iter()
                .filter(|f| w.layout.quote_at(f.start).is_none())
                .collect()
        },
        order: Vec::new(),
    };
    (event, Reference { definite, named })
}

/// Whether a country mention only qualifies a person or title that follows
/// it ("Brazil’s President Martin Okafor", "Canada’s Prime Minister").
fn modifies_a_person(chars: &[char], country: &Mention, mentions: &[&Mention]) -> bool {
    mentions.iter().any(|p| {
        if p.kind != EntityKind::Person || p.span == country.span {
            return false;
        }
        if p.span.contains(country.span) {
            return true;
        }
        if p.span.char_start < country.span.char_end
            || p.span.char_start > country.span.char_end + 40
        {
            return false;
        }
        let between: String = chars[country.span.char_end..p.span.char_start]
            .iter()
            .collect();
        let between = crate::text::fold(&between).replace("'s", " ");
        between
            .split_whitespace()
            .all(super::lexicon::is_office_word)
    })
}

fn piece(chars: &[char], m: &Mention) -> Piece {
    Piece {
        text: chars[m.span.char_start..m.span.char_end].iter().collect(),
        start: m.span.char_start,
        end: m.span.char_end,
        entity: m.entity.clone(),
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Article, EventKind, EventStatus, Role};

    #[test]
    fn call_with_participants_date_and_duration() {
        let article = Article::new("t", "Mexican President Claudia Sheinbaum had a 15-minute phone call with US President Donald Trump on Monday. \
                   U.S. forces captured Venezuelan leader Nicolás Maduro in a raid on Jan. 3."
                .to_owned()).with_published("2026-01-13");
        let events = crate::extract::run(&article).events;
        let call = events
            .iter()
            .find(|e| e.kind == EventKind::PhoneCall)
            .expect("call");
        let duration = call.duration.as_ref().expect("a duration");
        assert_eq!(duration.iso, "PT15M");
        assert_eq!(duration.text, "15-minute");
        assert_eq!(call.date.as_ref().unwrap().begin, "2026-01-12");
        let who: Vec<&str> = call
            .participants
            .iter()
            .filter_map(|p| p.mention.entity.as_ref())
            .map(|e| e.0.as_str())
            .collect();
        assert!(
            who.contains(&"person/claudia-sheinbaum") && who.contains(&"person/donald-trump"),
            "{who:?}"
        );
        let capture = events
            .iter()
            .find(|e| e.kind == EventKind::Capture)
            .expect("capture");
        assert_eq!(capture.status, EventStatus::Happened);
        assert!(capture
            .participants
            .iter()
            .any(|p| p.role == Role::Target && p.mention.text == "Nicolás Maduro"));
        assert!(capture
            .participants
            .iter()
            .any(|p| p.role == Role::Agent && p.mention.text == "U.S."));
    }

    fn events_of(text: &str) -> Vec<crate::model::Event> {
        let article = Article::new("t", text.to_owned()).with_published("2026-01-13");
        crate::extract::run(&article).events
    }

    /// The participants of `e` in `role`, by mention text.
    fn who(e: &crate::model::Event, role: Role) -> Vec<&str> {
        e.participants
            .iter()
            .filter(|p| p.role == role)
            .map(|p| p.mention.text.as_str())
            .collect()
    }

    #[test]
    fn the_strike_on_a_captured_man_is_his_capture() {
        let events = events_of(
            "US forces captured Nicolas Maduro on Jan 3. \
             Ms Sheinbaum said the call touched on the US strike on Maduro.",
        );
        let kinds: Vec<EventKind> = events.iter().map(|e| e.kind).collect();
        assert!(!kinds.contains(&EventKind::Strike), "{events:#?}");
        let captures: Vec<_> = events
            .iter()
            .filter(|e| e.kind == EventKind::Capture)
            .collect();
        assert_eq!(captures.len(), 2, "{events:#?}");
        assert_eq!(
            captures[1].date.as_ref().map(|d| d.begin.as_str()),
            Some("2026-01-03")
        );
    }

    #[test]
    fn the_call_refers_back_to_the_call_last_told() {
        let events = events_of(
            "Ms Sheinbaum spoke with Mr Trump on Monday. The call was her idea, she said. \
             Last week, Colombia's President Gustavo Petro spoke on the phone with Mr Trump. \
             The call appeared to cool tensions between them.",
        );
        let calls: Vec<_> = events
            .iter()
            .filter(|e| e.kind != EventKind::Talks)
            .collect();
        assert_eq!(calls.len(), 3, "{events:#?}");
        // "The call was her idea": the Sheinbaum call, which she started.
        assert_eq!(who(calls[0], Role::Agent), ["Ms Sheinbaum"]);
        assert_eq!(who(calls[0], Role::Participant), ["Mr Trump"]);
        assert_eq!(calls[0].date.as_ref().unwrap().begin, "2026-01-12");
        // The Petro call is not the Sheinbaum call, and "The call" after it
        // is the Petro call.
        assert_eq!(
            who(calls[1], Role::Participant),
            ["Gustavo Petro", "Mr Trump"]
        );
        assert_eq!(
            who(calls[2], Role::Participant),
            ["Gustavo Petro", "Mr Trump"]
        );
    }

    #[test]
    fn agents_and_targets_come_from_the_trigger_phrase() {
        let events = events_of(
            "Ms Sheinbaum said she and Mr Trump discussed the tariffs he has imposed on \
             Mexican goods. Sheinbaum rejected US strikes on Mexican territory in a phone \
             call with Mr Trump.",
        );
        let tariffs = events
            .iter()
            .find(|e| e.kind == EventKind::TradeMeasure)
            .expect("tariffs");
        assert_eq!(who(tariffs, Role::Agent), ["he"]);
        assert_eq!(who(tariffs, Role::Target), ["Mexican"]);
        let strikes = events
            .iter()
            .find(|e| e.kind == EventKind::Strike)
            .expect("strikes");
        assert_eq!(who(strikes, Role::Agent), ["US"]);
        assert!(who(strikes, Role::Target).is_empty(), "{strikes:#?}");
        assert_eq!(
            strikes.place.as_ref().map(|p| p.text.as_str()),
            Some("Mexican")
        );
        assert_eq!(strikes.status, EventStatus::RuledOut);
        let call = events
            .iter()
            .find(|e| e.kind == EventKind::PhoneCall)
            .expect("call");
        assert_eq!(who(call, Role::Participant), ["Mr Trump", "Sheinbaum"]);
    }

    #[test]
    fn figures_count_what_follows_them() {
        let found: Vec<(String, String, String)> = super::figures(
            "The call between the two leaders comes as 12 fighters killed and 12 Venezuelan \
             soldiers, 97% of the drugs and 50 per cent on Jan. 3 in 2025 in a 15-minute call.",
            10,
        )
        .into_iter()
        .map(|f| (f.text, f.value, f.unit))
        .collect();
        let want = [
            ("two leaders", "2", "leader"),
            ("12 fighters", "12", "fighter"),
            ("12 Venezuelan soldiers", "12", "soldier"),
            ("97%", "97", "percent"),
            ("50 per cent", "50", "percent"),
        ];
        let want: Vec<(String, String, String)> = want
            .iter()
            .map(|(t, v, u)| (t.to_string(), v.to_string(), u.to_string()))
            .collect();
        assert_eq!(found, want);
    }

    #[test]
    fn a_state_is_where_an_event_happens_not_who_takes_part() {
        let events = events_of(
            "US forces carried out a raid in Texas on Monday. \
             Senator Ana Ruiz of Ohio held a meeting with Governor Tom Hale on Tuesday. \
             US forces captured Juan Soto and flew him to New York. \
             The US launched strikes on New Mexico.",
        );
        let raid = events
            .iter()
            .find(|e| e.kind == EventKind::MilitaryOperation)
            .expect("the raid");
        let place = raid.place.as_ref().expect("a place");
        assert_eq!(
            (
                place.text.as_str(),
                place.entity.as_ref().map(|e| e.0.as_str())
            ),
            ("Texas", Some("place/texas")),
            "{events:#?}"
        );
        let meeting = events
            .iter()
            .find(|e| e.kind == EventKind::Meeting)
            .expect("the meeting");
        assert_eq!(
            who(meeting, Role::Participant),
            ["Ana Ruiz", "Tom Hale"],
            "{meeting:#?}"
        );
        let capture = events
            .iter()
            .find(|e| e.kind == EventKind::Capture)
            .expect("the capture");
        assert_eq!(who(capture, Role::Target), ["Juan Soto"], "{capture:#?}");
        let strikes = events
            .iter()
            .find(|e| e.kind == EventKind::Strike)
            .expect("the strikes");
        assert!(who(strikes, Role::Target).is_empty(), "{strikes:#?}");
        assert_eq!(
            strikes.place.as_ref().map(|p| p.text.as_str()),
            Some("New Mexico")
        );
        let events = events_of(
            "Trump suggested U.S. military strikes could focus on land-based cartel \
             targets in Texas in the future.",
        );
        assert_eq!(
            events[0].place.as_ref().map(|p| p.text.as_str()),
            Some("Texas"),
            "{events:#?}"
        );
        let events = events_of("Trump ordered a strike targeting Ohio.");
        assert!(
            events
                .iter()
                .all(|e| e.participants.iter().all(|p| p.mention.text != "Ohio")),
            "{events:#?}"
        );
    }

    #[test]
    fn the_ground_of_a_strike_is_its_place() {
        let events = events_of(
            "Trump has suggested that the US would soon be launching strikes against drug \
             traffickers on Mexican soil. On Jan. 8, Trump suggested U.S. military strikes \
             could focus on land-based cartel targets in Mexico in the future. A US strike \
             would not be welcome, Sheinbaum said in Mexico City.",
        );
        let places: Vec<Option<&str>> = events
            .iter()
            .filter(|e| e.kind == EventKind::Strike)
            .map(|e| e.place.as_ref().map(|p| p.text.as_str()))
            .collect();
        assert_eq!(
            places,
            [Some("Mexican"), Some("Mexico"), None],
            "{events:#?}"
        );
    }

    #[test]
    fn a_possessive_names_the_target_of_a_capture_and_the_holder_of_a_briefing() {
        let events = events_of(
            "Washington conducted a raid and arrested President Nicolas Maduro on Jan. 3. \
             Mr Trump spoke a day after Maduro's capture. Speaking at her regular morning \
             press conference, which was delayed by the call with Mr Trump, Ms Sheinbaum \
             said little.",
        );
        let raid = events
            .iter()
            .find(|e| e.kind == EventKind::MilitaryOperation)
            .expect("raid");
        assert_eq!(who(raid, Role::Agent), ["Washington"]);
        assert_eq!(who(raid, Role::Target), ["Nicolas Maduro"]);
        let captures: Vec<_> = events
            .iter()
            .filter(|e| e.kind == EventKind::Capture)
            .collect();
        assert_eq!(captures.len(), 2, "{events:#?}");
        for c in captures {
            assert_eq!(who(c, Role::Target), ["Nicolas Maduro"]);
            assert_eq!(c.date.as_ref().unwrap().begin, "2026-01-03");
        }
        let briefing = events
            .iter()
            .find(|e| e.kind == EventKind::PressConference)
            .expect("press conference");
        assert_eq!(who(briefing, Role::Participant), ["Ms Sheinbaum"]);
    }

    #[test]
    fn verbs_that_look_like_events_are_not() {
        let events = events_of(
            "Mexico is meeting many of Washington's demands. The amount of fentanyl seized \
             in the US fell.",
        );
        assert!(events.is_empty(), "{events:#?}");
    }
}
