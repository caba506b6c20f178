//! The occasion of an utterance: the one event at which it was said, found
//! in the articles that report it. "Sheinbaum told reporters at her press
//! conference" is said at the press conference she holds in the same
//! article; what she recounts telling Trump ("I told him …") was said in
//! the call between the two that the article reports. The utterance then
//! takes that event's date when no report dates it.

use crate::model::{
    ArticleId, EntityId, EventCluster, EventKind, Extraction, Medium, ReportRef, Statement,
    Utterance,
};
use std::collections::{BTreeSet, HashMap};

/// The event kinds an utterance with this medium is said at.
fn kind_of(medium: Medium) -> Option<EventKind> {
    match medium {
        Medium::PhoneCall => Some(EventKind::PhoneCall),
        Medium::PressConference => Some(EventKind::PressConference),
        Medium::SocialMediaPost => Some(EventKind::SocialMediaPost),
        Medium::Interview => Some(EventKind::Interview),
        Medium::Meeting => Some(EventKind::Meeting),
        Medium::PressStatement => None,
    }
}

/// Sets each utterance's occasion: the one event cluster of the kind its
/// reports name (or, for words said to one person with no medium named, the
/// one call or meeting of the two) that an article reporting the utterance
/// also reports with the speaker (and that person) taking part. Left unset
/// when there is none or more than one.
pub(super) fn link(
    utterances: &mut [Utterance],
    events: &[EventCluster],
    ids: &[&ArticleId],
    extractions: &[Extraction],
) {
    let index: HashMap<&ArticleId, usize> =
        ids.iter().enumerate().map(|(a, id)| (*id, a)).collect();
    let statement = |r: &ReportRef| -> Option<&Statement> {
        extractions[*index.get(&r.article)?].statements.get(r.index)
    };
    let takes_part = |r: &ReportRef, who: &EntityId| -> bool {
        index
            .get(&r.article)
            .and_then(|&a| extractions[a].events.get(r.index))
            .is_some_and(|e| {
                e.participants
                    .iter()
                    .any(|p| p.mention.entity.as_ref() == Some(who))
            })
    };
    // The events each article reports, by cluster.
    let mut by_article: HashMap<&ArticleId, Vec<(usize, &ReportRef)>> = HashMap::new();
    for (c, e) in events.iter().enumerate() {
        for r in &e.reports {
            by_article.entry(&r.article).or_default().push((c, r));
        }
    }
    for u in utterances.iter_mut() {
        let Some(speaker) = u.speaker.clone() else {
            continue;
        };
        let media: BTreeSet<Medium> = u
            .reports
            .iter()
            .filter_map(statement)
            .filter_map(|s| s.medium)
            .collect();
        let (kinds, with): (Vec<EventKind>, Option<&EntityId>) = match media.len() {
            1 => (media.iter().filter_map(|&m| kind_of(m)).collect(), None),
            0 => match &u.addressee {
                Some(to) if !to.0.starts_with("group/") && *to != speaker => (
                    vec![EventKind::PhoneCall, EventKind::Meeting, EventKind::Talks],
                    Some(to),
                ),
                _ => continue,
            },
            _ => continue,
        };
        let candidates: BTreeSet<usize> = u
            .reports
            .iter()
            .filter_map(|r| by_article.get(&r.article))
            .flatten()
            .filter(|(c, r)| {
                kinds.contains(&events[*c].kind)
                    && takes_part(r, &speaker)
                    && with.is_none_or(|to| takes_part(r, to))
            })
            .map(|(c, _)| *c)
            .collect();
        let candidates: Vec<&EventCluster> = candidates.iter().map(|&c| &events[c]).collect();
        if let [one] = candidates.as_slice() {
            u.occasion = Some(one.key.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CueClass, Event, EventStatus, Participant, Piece, Role, SpeechKind};

    fn piece(entity: &str) -> Piece {
        Piece {
            text: entity.to_owned(),
            start: 0,
            end: 1,
            entity: Some(EntityId(entity.to_owned())),
        }
    }

    fn statement(medium: Option<Medium>) -> Statement {
        Statement {
            source: Some(piece("person/a")),
            cue: piece("said"),
            cue_lemma: "say".to_owned(),
            cue_class: CueClass::Speech,
            content: vec![],
            content_text: String::new(),
            kind: SpeechKind::Indirect,
            addressee: None,
            medium,
            platform: None,
            date: None,
            parent: None,
        }
    }

    fn event(kind: EventKind, who: &[&str]) -> Event {
        Event {
            kind,
            trigger: piece("call"),
            participants: who
                .iter()
                .map(|w| Participant {
                    role: Role::Participant,
                    mention: piece(w),
                })
                .collect(),
            date: None,
            duration: None,
            place: None,
            status: EventStatus::Happened,
            figures: vec![],
            order: vec![],
        }
    }

    fn utterance(addressee: Option<&str>) -> Utterance {
        Utterance {
            key: "u".to_owned(),
            speaker: Some(EntityId("person/a".to_owned())),
            addressee: addressee.map(|a| EntityId(a.to_owned())),
            reports: vec![ReportRef {
                article: ArticleId("x".to_owned()),
                index: 0,
            }],
            occasion: None,
        }
    }

    fn cluster(key: &str, kind: EventKind, index: usize) -> EventCluster {
        EventCluster {
            key: key.to_owned(),
            kind,
            reports: vec![ReportRef {
                article: ArticleId("x".to_owned()),
                index,
            }],
        }
    }

    #[test]
    fn the_one_event_of_the_medium_or_of_the_two_people() {
        let id = ArticleId("x".to_owned());
        let ids = [&id];
        let extraction = |statements: Vec<Statement>, events: Vec<Event>| Extraction {
            article: id.clone(),
            mentions: vec![],
            statements,
            events,
        };
        // At a press conference the speaker holds: that one.
        let events = vec![
            event(EventKind::PressConference, &["person/a"]),
            event(EventKind::PhoneCall, &["person/a", "person/b"]),
        ];
        let clusters = [
            cluster("presser", EventKind::PressConference, 0),
            cluster("call", EventKind::PhoneCall, 1),
        ];
        let x = [extraction(
            vec![statement(Some(Medium::PressConference))],
            events.clone(),
        )];
        let mut u = [utterance(None)];
        link(&mut u, &clusters, &ids, &x);
        assert_eq!(u[0].occasion.as_deref(), Some("presser"));
        // Words to one person, no medium named: the call of the two.
        let x = [extraction(vec![statement(None)], events.clone())];
        let mut u = [utterance(Some("person/b"))];
        link(&mut u, &clusters, &ids, &x);
        assert_eq!(u[0].occasion.as_deref(), Some("call"));
        // Not to someone the call does not include, nor to an audience.
        for to in [Some("person/c"), Some("group/reporters"), None] {
            let mut u = [utterance(to)];
            link(&mut u, &clusters, &ids, &x);
            assert_eq!(u[0].occasion, None, "{to:?}");
        }
        // Two calls of the two: no telling which.
        let mut two = events;
        two.push(event(EventKind::PhoneCall, &["person/a", "person/b"]));
        let clusters = [
            cluster("call", EventKind::PhoneCall, 1),
            cluster("another call", EventKind::PhoneCall, 2),
        ];
        let x = [extraction(vec![statement(None)], two)];
        let mut u = [utterance(Some("person/b"))];
        link(&mut u, &clusters, &ids, &x);
        assert_eq!(u[0].occasion, None);
    }
}
