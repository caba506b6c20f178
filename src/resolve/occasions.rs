//! The occasion of an utterance: the one event at which it was said, found
//! in the articles that report it. "Sheinbaum told reporters at her press
//! conference" is said at the press conference she holds in the same
//! article; what she recounts telling Trump ("I told him …") was said in
//! the call between the two that the article reports. The utterance then
//! takes that event's date when no report dates it.
//!
//! Also what an utterance talks about: the events its content names ("the
//! call touched on the US strike on Maduro"); and, when neither a report nor
//! its occasion dates it, bounds on its day: not before the events its
//! content names as having happened, not after its first report.

use crate::model::{
    Article, ArticleId, DateRef, EntityId, Event, EventCluster, EventKind, EventStatus, Extraction,
    Medium, ReportRef, SaidWithin, Statement, Utterance,
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

/// Where each report of a corpus is: its article's extraction, and the
/// event reports of each article with the index of their cluster. Built
/// once for [`link`] and [`about_and_bounds`].
pub(super) struct Index<'a> {
    articles: HashMap<&'a ArticleId, usize>,
    extractions: &'a [Extraction],
    events: HashMap<&'a ArticleId, Vec<(usize, &'a ReportRef)>>,
}

impl<'a> Index<'a> {
    /// `ids` are the articles' ids, in the order of `extractions`.
    pub(super) fn new(
        ids: impl IntoIterator<Item = &'a ArticleId>,
        extractions: &'a [Extraction],
        events: &'a [EventCluster],
    ) -> Self {
        let mut by_article: HashMap<&ArticleId, Vec<(usize, &ReportRef)>> = HashMap::new();
        for (c, e) in events.iter().enumerate() {
            for r in &e.reports {
                by_article.entry(&r.article).or_default().push((c, r));
            }
        }
        Self {
            articles: ids.into_iter().enumerate().map(|(a, id)| (id, a)).collect(),
            extractions,
            events: by_article,
        }
    }

    /// The place of a report's article among the extractions.
    fn article(&self, r: &ReportRef) -> Option<usize> {
        self.articles.get(&r.article).copied()
    }

    fn statement(&self, r: &ReportRef) -> Option<&'a Statement> {
        self.extractions[self.article(r)?].statements.get(r.index)
    }

    fn event(&self, r: &ReportRef) -> Option<&'a Event> {
        self.extractions[self.article(r)?].events.get(r.index)
    }

    /// The event reports of an article, with the index of their cluster.
    fn events_in(&self, article: &ArticleId) -> &[(usize, &'a ReportRef)] {
        self.events.get(article).map_or(&[], Vec::as_slice)
    }
}

/// Sets each utterance's occasion: the one event cluster of the kind its
/// reports name (or, for words said to one person with no medium named, the
/// one call or meeting of the two) that an article reporting the utterance
/// also reports with the speaker (and that person) taking part. Left unset
/// when there is none or more than one.
pub(super) fn link(utterances: &mut [Utterance], events: &[EventCluster], index: &Index<'_>) {
    let statement = |r: &ReportRef| index.statement(r);
    let takes_part = |r: &ReportRef, who: &EntityId| -> bool {
        index.event(r).is_some_and(|e| {
            e.participants
                .iter()
                .any(|p| p.mention.entity.as_ref() == Some(who))
        })
    };
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
            .flat_map(|r| index.events_in(&r.article))
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
    // What an article gives as said by the same speaker in the same medium
    // as an utterance with an occasion ("Sheinbaum said on X …", "she
    // added") was said there too, when that is the only such occasion.
    let mut siblings: HashMap<(&ArticleId, &EntityId, Medium), BTreeSet<String>> = HashMap::new();
    for u in utterances.iter() {
        let (Some(speaker), Some(occasion)) = (&u.speaker, &u.occasion) else {
            continue;
        };
        for r in &u.reports {
            if let Some(m) = statement(r).and_then(|s| s.medium) {
                siblings
                    .entry((&r.article, speaker, m))
                    .or_default()
                    .insert(occasion.clone());
            }
        }
    }
    let mut found = Vec::new();
    for (i, u) in utterances.iter().enumerate() {
        let Some(speaker) = &u.speaker else {
            continue;
        };
        if u.occasion.is_some() {
            continue;
        }
        let occasions: BTreeSet<&String> = u
            .reports
            .iter()
            .filter_map(|r| Some((r, statement(r)?.medium?)))
            .filter_map(|(r, m)| siblings.get(&(&r.article, speaker, m)))
            .flatten()
            .collect();
        if let (Some(one), 1) = (occasions.first(), occasions.len()) {
            found.push((i, (*one).clone()));
        }
    }
    for (i, occasion) in found {
        utterances[i].occasion = Some(occasion);
    }
}

/// Sets each utterance's `about` (the event clusters with a report whose
/// trigger lies inside the content of one of its reports, in the same
/// article) and, when neither a report nor its occasion dates it, its
/// `said_within`. Call after [`link`].
pub(super) fn about_and_bounds(
    utterances: &mut [Utterance],
    events: &[EventCluster],
    articles: &[Article],
    index: &Index<'_>,
) {
    let event = |r: &ReportRef| index.event(r);
    let date_of = |c: &EventCluster| {
        DateRef::first(c.reports.iter().filter_map(|r| event(r)?.date.as_ref())).cloned()
    };
    let dates: Vec<Option<DateRef>> = events.iter().map(date_of).collect();
    let by_key: HashMap<&str, usize> = events
        .iter()
        .enumerate()
        .map(|(c, e)| (e.key.as_str(), c))
        .collect();
    for u in utterances.iter_mut() {
        let mut about = BTreeSet::new();
        let mut happened_from: Option<&str> = None;
        let mut dated = false;
        let mut published: Option<&str> = None;
        for r in &u.reports {
            let (Some(a), Some(st)) = (index.article(r), index.statement(r)) else {
                continue;
            };
            dated |= st.date.is_some();
            if let Some(p) = articles[a].published.as_deref() {
                published = Some(published.map_or(p, |q| q.min(p)));
            }
            for (c, er) in index.events_in(&r.article) {
                let Some(ev) = event(er) else {
                    continue;
                };
                let inside = st.content.iter().any(|span| {
                    span.char_start <= ev.trigger.start && ev.trigger.end <= span.char_end
                });
                if !inside {
                    continue;
                }
                about.insert(*c);
                if ev.status == EventStatus::Happened {
                    if let Some(d) = &dates[*c] {
                        happened_from = Some(happened_from.map_or(&d.begin, |f| f.max(&d.begin)));
                    }
                }
            }
        }
        let occasion_dated = u
            .occasion
            .as_deref()
            .and_then(|k| by_key.get(k))
            .is_some_and(|&c| dates[c].is_some());
        u.about = about.iter().map(|&c| events[c].key.clone()).collect();
        u.said_within = None;
        if dated || occasion_dated {
            continue;
        }
        // A content that names as past an event later than the first
        // report is misread; keep the bound the articles give for sure.
        let not_before = happened_from.filter(|f| published.is_none_or(|p| *f <= p));
        if not_before.is_some() || published.is_some() {
            u.said_within = Some(SaidWithin {
                not_before: not_before.map(str::to_owned),
                not_after: published.map(str::to_owned),
            });
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
            speakers: Vec::new(),
            source: Some(piece("person/a")),
            cue: piece("said"),
            negated: false,
            cue_lemma: "say".to_owned(),
            cue_class: CueClass::Speech,
            content: vec![],
            content_text: String::new(),
            kind: SpeechKind::Indirect,
            addressee: None,
            medium,
            medium_span: None,
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
            status_span: None,
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
            about: Vec::new(),
            said_within: None,
        }
    }

    fn cluster(key: &str, kind: EventKind, index: usize) -> EventCluster {
        EventCluster {
            key: key.to_owned(),
            kind,
            status: EventStatus::Happened,
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
        link(&mut u, &clusters, &Index::new(ids, &x, &clusters));
        assert_eq!(u[0].occasion.as_deref(), Some("presser"));
        // Words to one person, no medium named: the call of the two.
        let x = [extraction(vec![statement(None)], events.clone())];
        let mut u = [utterance(Some("person/b"))];
        link(&mut u, &clusters, &Index::new(ids, &x, &clusters));
        assert_eq!(u[0].occasion.as_deref(), Some("call"));
        // Not to someone the call does not include, nor to an audience.
        for to in [Some("person/c"), Some("group/reporters"), None] {
            let mut u = [utterance(to)];
            link(&mut u, &clusters, &Index::new(ids, &x, &clusters));
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
        link(&mut u, &clusters, &Index::new(ids, &x, &clusters));
        assert_eq!(u[0].occasion, None);
    }

    #[test]
    fn events_the_content_names_bound_an_undated_utterance() {
        use crate::model::{Article, DateRef, Span};
        let day = |d: &str| DateRef {
            text: d.to_owned(),
            start: 0,
            end: 1,
            begin: d.to_owned(),
            end_date: d.to_owned(),
        };
        let article = Article::new("x", "…".to_owned()).with_published("2026-01-13");
        // "She said the call touched on the strike": content 10..40, the
        // call's trigger at 14..18, a planned meeting's at 30..34, and a
        // strike outside the content.
        let mut said = statement(None);
        said.content = vec![Span::new(10, 40)];
        let at = |kind, start, status, date: Option<&str>| {
            let mut e = event(kind, &["person/a"]);
            e.trigger.start = start;
            e.trigger.end = start + 4;
            e.status = status;
            e.date = date.map(day);
            e
        };
        let events = vec![
            at(
                EventKind::PhoneCall,
                14,
                EventStatus::Happened,
                Some("2026-01-12"),
            ),
            at(
                EventKind::Meeting,
                30,
                EventStatus::Planned,
                Some("2026-01-22"),
            ),
            at(
                EventKind::Strike,
                50,
                EventStatus::Happened,
                Some("2026-01-13"),
            ),
        ];
        let clusters = [
            cluster("call", EventKind::PhoneCall, 0),
            cluster("meeting", EventKind::Meeting, 1),
            cluster("strike", EventKind::Strike, 2),
        ];
        let x = [Extraction {
            article: article.id.clone(),
            mentions: vec![],
            statements: vec![said.clone()],
            events: events.clone(),
        }];
        let articles = [article];
        let mut u = [utterance(None)];
        about_and_bounds(
            &mut u,
            &clusters,
            &articles,
            &Index::new([&articles[0].id], &x, &clusters),
        );
        assert_eq!(u[0].about, ["call", "meeting"]);
        // Not before the call that happened (the planned meeting does not
        // count), not after the article.
        assert_eq!(
            u[0].said_within,
            Some(SaidWithin {
                not_before: Some("2026-01-12".to_owned()),
                not_after: Some("2026-01-13".to_owned()),
            })
        );
        // A report that dates it, or a dated occasion: no bounds.
        let mut dated = said.clone();
        dated.date = Some(day("2026-01-12"));
        let x2 = [Extraction {
            statements: vec![dated],
            ..x[0].clone()
        }];
        about_and_bounds(
            &mut u,
            &clusters,
            &articles,
            &Index::new([&articles[0].id], &x2, &clusters),
        );
        assert_eq!(u[0].said_within, None);
        let mut u = [utterance(None)];
        u[0].occasion = Some("strike".to_owned());
        about_and_bounds(
            &mut u,
            &clusters,
            &articles,
            &Index::new([&articles[0].id], &x, &clusters),
        );
        assert_eq!(u[0].said_within, None);
    }
}
