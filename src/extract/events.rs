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
use crate::model::{
    span_of_bytes, EntityKind, Event, EventKind, EventOrder, EventStatus, Figure, Mention,
    MentionForm, Order, Participant, Piece, Role, Span,
};
use jiff::civil::Date;
use regex::Regex;
use std::sync::OnceLock;

fn triggers() -> &'static [(Regex, EventKind)] {
    static RE: OnceLock<Vec<(Regex, EventKind)>> = OnceLock::new();
    RE.get_or_init(|| {
        let r = |p: &str| Regex::new(p).expect("valid trigger regex");
        vec![
            (r(r"(?i)\b(?:phone (?:call|conversation)|(?:the|a|an|her|his|their|latest|separate|first|\d+-minute|brief) (?:\w+ )?call\b|spoke (?:by phone|on the phone)|(?:the|brief) chat\b)"), EventKind::PhoneCall),
            (r(r"(?i)\b(?:press conference|news conference|briefing)\b"), EventKind::PressConference),
            (r(r"(?i)\binterview\b"), EventKind::Interview),
            (r(r"(?i)\b(?:raid|military operation|operation in)\b"), EventKind::MilitaryOperation),
            (r(r"(?i)\b(?:captured|capture|seized|arrested|extract)\b"), EventKind::Capture),
            (r(r"(?i)\b(?:air)?strikes?\b"), EventKind::Strike),
            (r(r"(?i)\b(?:will meet|to meet|meeting|summit|to host)\b"), EventKind::Meeting),
            (r(r"(?i)\btariffs?\b"), EventKind::TradeMeasure),
            (r(r"(?i)\ba post on (?:X|Truth Social|Twitter)\b"), EventKind::SocialMediaPost),
            (r(r"(?i)\b(?:spoke with|(?:held |engaged in )?(?:talks|discussions) with)\b"), EventKind::Talks),
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

fn duration_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"\b(\d+)-(minute|hour)\b").expect("valid duration regex"))
}

fn planned_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?:will|plans? to|planned|to host|scheduled|would soon|next week)\b")
            .expect("valid status regex")
    })
}

fn ruled_out_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)\b(?:ruled out|rejects?|rejected|not on the table|unnecessary|not necessary)\b",
        )
        .expect("valid status regex")
    })
}

/// Finds the events of an article.
pub fn find(
    chars: &[char],
    layout: &Layout,
    mentions: &[Mention],
    contents: &[Span],
    published: Option<Date>,
) -> Vec<Event> {
    let mut events = Vec::new();
    for &unit in &layout.units {
        let text: String = chars[unit.char_start..unit.char_end].iter().collect();
        let mut taken: Vec<Span> = Vec::new();
        let lower = text.to_lowercase();
        for ((re, kind), keys) in triggers().iter().zip(TRIGGER_WORDS) {
            // Most sentences hold no trigger word: skip the regex for them.
            if !keys.iter().any(|k| lower.contains(k)) {
                continue;
            }
            for m in re.find_iter(&text) {
                let span = span_of_bytes(&text, unit.char_start, m.range());
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
                taken.push(span);
                // An event inside what someone said takes its date and
                // participants from those words, not from the telling.
                let scope = contents
                    .iter()
                    .filter(|c| c.contains(span) && unit.contains(**c))
                    .min_by_key(|c| c.len())
                    .copied()
                    .unwrap_or(unit);
                let scope_text: String = chars[scope.char_start..scope.char_end].iter().collect();
                events.push(event(
                    chars,
                    layout,
                    scope,
                    &scope_text,
                    span,
                    *kind,
                    mentions,
                    published,
                ));
            }
        }
    }
    follow_definite_references(&mut events);
    // Talks need two sides ("spoke with reporters" is not an event).
    events.retain(|e| e.participants.len() >= if e.kind == EventKind::Talks { 2 } else { 1 });
    place_in_order(chars, layout, &mut events);
    events
}

/// "The call", "the phone call", "her call" with no participant of its own
/// refer back to the last event of the same kind that has some: they take
/// its participants, and its date when they have none.
fn follow_definite_references(events: &mut [Event]) {
    for i in 0..events.len() {
        if !events[i].participants.is_empty() {
            continue;
        }
        let first = events[i].trigger.text.split(' ').next().unwrap_or("");
        let definite = matches!(
            first.to_lowercase().as_str(),
            "the" | "her" | "his" | "their" | "that" | "this"
        );
        if !definite {
            continue;
        }
        let Some(j) = (0..i)
            .rev()
            .find(|&j| events[j].kind == events[i].kind && !events[j].participants.is_empty())
        else {
            continue;
        };
        events[i].participants = events[j].participants.clone();
        if events[i].date.is_none() {
            events[i].date = events[j].date.clone();
        }
    }
}

fn order_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i)\b(after|following|before)\b").expect("valid order regex"))
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
            r"(?i)\b(\d+(?:[.,]\d+)*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)(?:\s*(%)|\s+(?:per ?cent|percent)\b|\s+(?:[a-z]+\s+)?([a-z]+))",
        )
        .expect("valid figure regex")
    })
}

/// Numbers in `text` (starting at code point `at`) with what they count:
/// "12 soldiers", "97%", "three people". Years, dates, times and durations
/// are not figures.
pub fn figures(text: &str, at: usize) -> Vec<Figure> {
    const NOT_UNITS: &[&str] = &[
        "of", "to", "and", "or", "the", "a", "an", "in", "on", "at", "by", "for", "from", "with",
        "than", "more", "less", "times", "years", "year", "days", "day", "minute", "minutes",
        "hour", "hours", "am", "pm", "a.m", "p.m", "percent", "that", "who", "which", "was",
        "were", "is", "are", "have", "had", "has",
    ];
    let mut out = Vec::new();
    for c in figure_re().captures_iter(text) {
        let (Some(whole), Some(n)) = (c.get(0), c.get(1)) else {
            continue;
        };
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
        let unit = if c.get(2).is_some() || c.get(3).is_none() {
            "percent".to_owned()
        } else {
            let u = c[3].to_lowercase();
            if NOT_UNITS.contains(&u.as_str()) || dates::month_number(&u).is_some() {
                continue;
            }
            singular(&u)
        };
        // Hyphenated modifiers ("15-minute") are durations, not counts.
        if text[whole.end()..].starts_with('-') || text[n.end()..].starts_with('-') {
            continue;
        }
        let span = span_of_bytes(text, at, whole.range());
        out.push(Figure {
            text: whole.as_str().to_owned(),
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

#[expect(clippy::too_many_arguments)]
fn event(
    chars: &[char],
    layout: &Layout,
    unit: Span,
    text: &str,
    trigger: Span,
    kind: EventKind,
    mentions: &[Mention],
    published: Option<Date>,
) -> Event {
    let directed = matches!(
        kind,
        EventKind::Capture
            | EventKind::Strike
            | EventKind::MilitaryOperation
            | EventKind::TradeMeasure
    );
    let mut participants: Vec<Participant> = Vec::new();
    let mut place = None;
    let clause = super::layout::clause_of(chars, unit, trigger);
    for m in mentions {
        let titled = m.form == MentionForm::Title;
        if !clause.contains(m.span)
            || layout.quote_at(m.span.char_start).is_some()
            || (m.entity.is_none() && !titled)
        {
            continue;
        }
        if m.kind == EntityKind::Country && modifies_a_person(chars, m, mentions) {
            continue;
        }
        if m.kind == EntityKind::Group || m.kind == EntityKind::Outlet {
            continue;
        }
        let before: String = chars[unit.char_start..m.span.char_start].iter().collect();
        let prep = before
            .trim_end()
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .to_lowercase();
        if m.kind == EntityKind::Country
            && matches!(prep.as_str(), "in" | "at" | "from" | "to")
            && m.form != MentionForm::Demonym
        {
            if place.is_none() && m.span.char_start > trigger.char_start {
                place = Some(piece(chars, m));
            }
            continue;
        }
        if m.kind == EntityKind::Country && m.form == MentionForm::Demonym && !directed {
            continue;
        }
        let role = if !directed {
            Role::Participant
        } else if m.span.char_end <= trigger.char_start {
            Role::Agent
        } else {
            Role::Target
        };
        if m.entity.is_some()
            && participants
                .iter()
                .any(|p| p.mention.entity == m.entity && p.role == role)
        {
            continue;
        }
        participants.push(Participant {
            role,
            mention: piece(chars, m),
        });
    }
    // "Sheinbaum said she and Trump discussed the US' military operation":
    // a possessive before the trigger names the agent; the people before it
    // are the subject of another verb.
    if directed {
        let owner = participants
            .iter()
            .filter(|p| p.role == Role::Agent && possessive(chars, p.mention.end))
            .map(|p| p.mention.start)
            .max();
        if let Some(owner) = owner {
            participants.retain(|p| p.role != Role::Agent || p.mention.start >= owner);
        }
    }
    let in_scope = |span: Span| {
        dates::find(chars, span.char_start, span.char_end, published)
            .into_iter()
            .filter(|d| layout.quote_at(d.start).is_none())
            .min_by_key(|d| d.start.abs_diff(trigger.char_start))
    };
    // Only a date in the trigger's own clause dates the event: "The call
    // came after Rubio spoke on Sunday" does not date the call.
    let date = in_scope(clause);
    let duration = duration_re().captures(text).and_then(|c| {
        let n = c.get(1)?.as_str();
        Some(if &c[2] == "minute" {
            format!("PT{n}M")
        } else {
            format!("PT{n}H")
        })
    });
    let status = if ruled_out_re().is_match(text)
        && matches!(kind, EventKind::Strike | EventKind::MilitaryOperation)
    {
        EventStatus::RuledOut
    } else if planned_re().is_match(text)
        && matches!(
            kind,
            EventKind::Meeting | EventKind::Strike | EventKind::MilitaryOperation
        )
    {
        EventStatus::Planned
    } else {
        EventStatus::Happened
    };
    Event {
        kind,
        trigger: Piece {
            text: chars[trigger.char_start..trigger.char_end].iter().collect(),
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
        place,
        status,
        figures: {
            let clause_text: String = chars[clause.char_start..clause.char_end].iter().collect();
            figures(&clause_text, clause.char_start)
                .into_iter()
                .filter(|f| layout.quote_at(f.start).is_none())
                .collect()
        },
        order: Vec::new(),
    }
}

/// Whether a country mention only qualifies a person or title that follows
/// it ("Brazil’s President Martin Okafor", "Canada’s Prime Minister").
/// Whether the text at `end` makes the word before it possessive ("US'",
/// "Washington's").
fn possessive(chars: &[char], end: usize) -> bool {
    let at = |i: usize| chars.get(end + i).copied();
    matches!(at(0), Some('\'' | '’'))
        && (matches!(at(1), Some(' ')) || (at(1) == Some('s') && matches!(at(2), Some(' '))))
}

fn modifies_a_person(chars: &[char], country: &Mention, mentions: &[Mention]) -> bool {
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
        between.split_whitespace().all(|w| {
            super::lexicon::OFFICES
                .iter()
                .any(|(o, _)| o.split(' ').any(|x| x == w))
        })
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
        assert_eq!(call.duration.as_deref(), Some("PT15M"));
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
}
