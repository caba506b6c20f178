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
    EntityKind, Event, EventKind, EventStatus, Mention, MentionForm, Participant, Piece, Role, Span,
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
        let offset = |b: usize| unit.char_start + text[..b].chars().count();
        let mut taken: Vec<Span> = Vec::new();
        let lower = text.to_lowercase();
        for ((re, kind), keys) in triggers().iter().zip(TRIGGER_WORDS) {
            // Most sentences hold no trigger word: skip the regex for them.
            if !keys.iter().any(|k| lower.contains(k)) {
                continue;
            }
            for m in re.find_iter(&text) {
                let span = Span::new(offset(m.start()), offset(m.end()));
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
    events.retain(|e| !e.participants.is_empty());
    events
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
    }
}

/// Whether a country mention only qualifies a person or title that follows
/// it ("Brazil’s President Martin Okafor", "Canada’s Prime Minister").
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
