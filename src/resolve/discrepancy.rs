//! Disagreements as data: where reports of one utterance or one event give
//! different values for the same aspect (date, order, duration, place,
//! figures, medium, addressee, the words of a quote, the speaker), the aspect, each value
//! and the reports behind it become a [`Discrepancy`].
//!
//! Values that can both be true are not disagreements: overlapping date
//! ranges ("mid-last week" and "Wednesday"), a quote and a shorter excerpt
//! of it, a figure given by one report only.

use super::short_hash;
use super::utterances::quoted_fragments;
use crate::model::{
    Aspect, Claim, Discrepancy, EntityId, Event, EventCluster, Extraction, Order, ReportRef, Role,
    SpeechKind, Statement, Subject, Utterance,
};
use crate::text::normalize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Values of one aspect and the reports giving each: value → (entity, reports).
type Values = BTreeMap<String, (Option<EntityId>, BTreeSet<ReportRef>)>;

/// The discrepancies among the reports of `utterances` and `events`, sorted by
/// key.
pub fn find(
    extractions: &[Extraction],
    utterances: &[Utterance],
    events: &[EventCluster],
) -> Vec<Discrepancy> {
    let by_article: HashMap<&str, &Extraction> = extractions
        .iter()
        .map(|x| (x.article.0.as_str(), x))
        .collect();
    let statement = |r: &ReportRef| {
        by_article
            .get(r.article.0.as_str())
            .and_then(|x| x.statements.get(r.index))
    };
    let event = |r: &ReportRef| {
        by_article
            .get(r.article.0.as_str())
            .and_then(|x| x.events.get(r.index))
    };
    let mut out = Vec::new();
    for u in utterances {
        let subject = Subject::Utterance(u.key.clone());
        let reports: Vec<(&ReportRef, &Statement)> = u
            .reports
            .iter()
            .filter_map(|r| Some((r, statement(r)?)))
            .collect();
        let mut dates = Values::new();
        let mut media = Values::new();
        let mut addressees = Values::new();
        let mut speakers = Values::new();
        for (r, s) in &reports {
            if let Some(e) = s.source.as_ref().and_then(|p| p.entity.clone()) {
                add(&mut speakers, e.0.clone(), Some(e), r);
            }
            if let Some(d) = &s.date {
                add(&mut dates, range(&d.begin, &d.end_date), None, r);
            }
            if let Some(m) = s.medium {
                add(&mut media, m.as_str().to_owned(), None, r);
            }
            if let Some(e) = s.addressee.as_ref().and_then(|a| a.entity.clone()) {
                add(&mut addressees, e.0.clone(), Some(e), r);
            }
        }
        push(
            &mut out,
            &subject,
            Aspect::Date,
            None,
            disjoint_dates(dates),
        );
        push(&mut out, &subject, Aspect::Medium, None, media);
        push(&mut out, &subject, Aspect::Addressee, None, addressees);
        push(
            &mut out,
            &subject,
            Aspect::Speaker,
            None,
            other_people(speakers),
        );
        push(
            &mut out,
            &subject,
            Aspect::Wording,
            None,
            wordings(&reports),
        );
    }
    let cluster_of: HashMap<&ReportRef, &EventCluster> = events
        .iter()
        .flat_map(|c| c.reports.iter().map(move |r| (r, c)))
        .collect();
    for c in events {
        let subject = Subject::Event(c.key.clone());
        let mut dates = Values::new();
        let mut durations = Values::new();
        let mut places = Values::new();
        let mut initiators = Values::new();
        let mut statuses = Values::new();
        let mut figures: BTreeMap<String, Values> = BTreeMap::new();
        for r in &c.reports {
            let Some(e) = event(r) else { continue };
            if let Some(d) = &e.date {
                add(&mut dates, range(&d.begin, &d.end_date), None, r);
            }
            if let Some(d) = &e.duration {
                add(&mut durations, d.iso.clone(), None, r);
            }
            add(&mut statuses, e.status.as_str().to_owned(), None, r);
            if let Some(e) = e.place.as_ref().and_then(|p| p.entity.clone()) {
                add(&mut places, e.0.clone(), Some(e), r);
            }
            for p in &e.participants {
                if let (Role::Agent, Some(e)) = (p.role, p.mention.entity.clone()) {
                    add(&mut initiators, e.0.clone(), Some(e), r);
                }
            }
            for f in &e.figures {
                add(
                    figures.entry(f.unit.clone()).or_default(),
                    f.value.clone(),
                    None,
                    r,
                );
            }
        }
        push(
            &mut out,
            &subject,
            Aspect::Date,
            None,
            disjoint_dates(dates),
        );
        push(&mut out, &subject, Aspect::Duration, None, durations);
        push(&mut out, &subject, Aspect::Place, None, places);
        push(
            &mut out,
            &subject,
            Aspect::Initiator,
            None,
            exclusive(initiators),
        );
        push(
            &mut out,
            &subject,
            Aspect::Status,
            None,
            exclusive_by(statuses, |r| &r.article),
        );
        for (unit, values) in figures {
            push(&mut out, &subject, Aspect::Figure, Some(unit), values);
        }
    }
    for (subject, other, values) in orders(events, &cluster_of, &event) {
        push(
            &mut out,
            &Subject::Event(subject),
            Aspect::Order,
            Some(other),
            values,
        );
    }
    out.sort_by(|a, b| a.key.cmp(&b.key));
    out
}

fn add(values: &mut Values, value: String, entity: Option<EntityId>, r: &ReportRef) {
    values
        .entry(value)
        .or_insert_with(|| (entity, BTreeSet::new()))
        .1
        .insert(r.clone());
}

fn range(begin: &str, end: &str) -> String {
    if begin == end {
        begin.to_owned()
    } else {
        format!("{begin}/{end}")
    }
}

/// Keeps the date values only when two of them cannot both be true (their
/// ranges do not overlap).
fn disjoint_dates(values: Values) -> Values {
    let bounds = |v: &str| {
        let (b, e) = v.split_once('/').unwrap_or((v, v));
        (b.to_owned(), e.to_owned())
    };
    let keys: Vec<(String, String)> = values.keys().map(|k| bounds(k)).collect();
    if any_two(&keys, |a, b| a.1 < b.0 || b.1 < a.0) {
        values
    } else {
        Values::new()
    }
}

/// Speakers whose names cannot be one person's: "Khan" and "Sadiq Khan",
/// or "Billionaire Donald Trump" and "Donald Trump", are names the
/// resolver could not join, not a disagreement.
fn other_people(values: Values) -> Values {
    let words = |id: &str| -> Vec<String> {
        let slug = id.rsplit('/').next().unwrap_or(id);
        slug.split('-').map(str::to_owned).collect()
    };
    let names: Vec<Vec<String>> = values.keys().map(|id| words(id)).collect();
    let compatible = |a: &Vec<String>, b: &Vec<String>| {
        a.last().is_some_and(|w| b.contains(w)) || b.last().is_some_and(|w| a.contains(w))
    };
    if any_two(&names, |a, b| !compatible(a, b)) {
        values
    } else {
        Values::new()
    }
}

/// Keeps the values only when two reports name none in common: one report
/// naming the caller and another naming both sides do not disagree, "the
/// call was her idea" and "at his request" do.
fn exclusive(values: Values) -> Values {
    exclusive_by(values, |r| r)
}

/// [`exclusive`] with the reports grouped by `by`: statuses disagree when
/// two articles give none in common, not when one article tells of a plan
/// and then of its outcome.
fn exclusive_by<K: Ord>(values: Values, by: impl Fn(&ReportRef) -> &K) -> Values {
    let mut named: BTreeMap<&K, BTreeSet<&str>> = BTreeMap::new();
    for (value, (_, reports)) in &values {
        for r in reports {
            named.entry(by(r)).or_default().insert(value);
        }
    }
    let sets: Vec<&BTreeSet<&str>> = named.values().collect();
    if any_two(&sets, |a, b| a.is_disjoint(b)) {
        values
    } else {
        Values::new()
    }
}

/// Whether some two of `items` satisfy `clash` (each pair once, the
/// earlier first).
fn any_two<T>(items: &[T], clash: impl Fn(&T, &T) -> bool) -> bool {
    items
        .iter()
        .enumerate()
        .any(|(i, a)| items[i + 1..].iter().any(|b| clash(a, b)))
}

/// Adds a discrepancy when `values` holds two or more values.
fn push(
    out: &mut Vec<Discrepancy>,
    subject: &Subject,
    aspect: Aspect,
    qualifier: Option<String>,
    values: Values,
) {
    if values.len() < 2 {
        return;
    }
    let subject_key = match subject {
        Subject::Utterance(k) | Subject::Event(k) => k.as_str(),
    };
    let key = short_hash(&[
        "discrepancy",
        subject_key,
        aspect.as_str(),
        qualifier.as_deref().unwrap_or(""),
    ]);
    let claims = values
        .into_iter()
        .map(|(value, (entity, reports))| Claim {
            value,
            entity,
            reports: reports.into_iter().collect(),
        })
        .collect();
    out.push(Discrepancy {
        key,
        subject: subject.clone(),
        aspect,
        qualifier,
        claims,
    });
}

/// The words of direct quotes that overlap but differ: "get its act
/// together" against "get their act together", or two translations of one
/// remark. A quote and an excerpt of it agree; quotes of different parts of
/// a long statement share too few words to be compared.
fn wordings(reports: &[(&ReportRef, &Statement)]) -> Values {
    let quotes: Vec<(&ReportRef, String, Vec<String>)> = reports
        .iter()
        .filter_map(|(r, s)| {
            let quote = match s.kind {
                SpeechKind::Direct => s.content_text.as_str(),
                SpeechKind::Mixed => quoted_fragments(&s.content_text)
                    .into_iter()
                    .max_by_key(|f| f.len())?,
                SpeechKind::Indirect => return None,
            };
            let quote = quote.trim_matches(|c: char| !c.is_alphanumeric());
            let words: Vec<String> = normalize(quote)
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect();
            (words.len() >= 3).then(|| (*r, quote.to_owned(), words))
        })
        .collect();
    let contains = |long: &[String], short: &[String]| {
        short.len() <= long.len() && long.windows(short.len()).any(|w| w == short)
    };
    let mut values = Values::new();
    for (i, (ra, qa, wa)) in quotes.iter().enumerate() {
        for (rb, qb, wb) in &quotes[i + 1..] {
            if ra.article == rb.article || contains(wa, wb) || contains(wb, wa) {
                continue;
            }
            let sa: BTreeSet<&String> = wa.iter().collect();
            let sb: BTreeSet<&String> = wb.iter().collect();
            let shared = sa.intersection(&sb).count();
            // Two fifths of the shorter quote's words, in a different
            // wording: two translations of one remark ("it's not
            // necessary" against "that option is unnecessary"). Quotes of
            // different parts of a long statement share fewer.
            if shared * 5 >= sa.len().min(sb.len()) * 2 {
                add(&mut values, qa.clone(), None, ra);
                add(&mut values, qb.clone(), None, rb);
            }
        }
    }
    values
}

/// Event order, for each pair of events some report places in order
/// ("the phone call came after Rubio spoke with de la Fuente"): what each
/// report says, or implies by the dates it gives, of the one event
/// relative to the other. Returns (subject event, other event, values).
fn orders<'a>(
    events: &'a [EventCluster],
    cluster_of: &HashMap<&ReportRef, &'a EventCluster>,
    event: &dyn Fn(&ReportRef) -> Option<&'a Event>,
) -> Vec<(String, String, Values)> {
    // Pairs (subject, other) and their explicit claims. The subject is the
    // event with fewer reports (the detail placed against the main event).
    let mut pairs: BTreeMap<(String, String), Values> = BTreeMap::new();
    let orient = |a: &EventCluster, b: &EventCluster, o: Order| {
        if (a.reports.len(), &a.key) <= (b.reports.len(), &b.key) {
            ((a.key.clone(), b.key.clone()), o)
        } else {
            ((b.key.clone(), a.key.clone()), o.reversed())
        }
    };
    for c in events {
        for r in &c.reports {
            let Some(e) = event(r) else { continue };
            for rel in &e.order {
                let other_ref = ReportRef {
                    article: r.article.clone(),
                    index: rel.other,
                };
                let Some(other) = cluster_of.get(&other_ref) else {
                    continue;
                };
                if other.key == c.key {
                    continue;
                }
                let (pair, order) = orient(c, other, rel.order);
                // The claim belongs to the subject's report in this article.
                let subject_report = if pair.0 == c.key { r } else { &other_ref };
                add(
                    pairs.entry(pair).or_default(),
                    order.as_str().to_owned(),
                    None,
                    subject_report,
                );
            }
        }
    }
    let by_key: HashMap<&str, &EventCluster> = events.iter().map(|c| (c.key.as_str(), c)).collect();
    let dates = |c: &EventCluster| -> Vec<(ReportRef, String, String)> {
        c.reports
            .iter()
            .filter_map(|r| {
                let d = event(r)?.date.as_ref()?;
                Some((r.clone(), d.begin.clone(), d.end_date.clone()))
            })
            .collect()
    };
    let mut out = Vec::new();
    for ((subject, other), mut values) in pairs {
        let (Some(s), Some(o)) = (by_key.get(subject.as_str()), by_key.get(other.as_str())) else {
            continue;
        };
        let other_dates = dates(o);
        // The other event's date where all reports that date it agree.
        let consensus: BTreeSet<(&String, &String)> =
            other_dates.iter().map(|(_, b, e)| (b, e)).collect();
        for (r, begin, end) in dates(s) {
            let said = values.values().any(|(_, rs)| rs.contains(&r));
            if said {
                continue;
            }
            // The same article's date for the other event, else the consensus.
            let here = other_dates
                .iter()
                .find(|(ro, _, _)| ro.article == r.article);
            let bounds = match (here, consensus.len()) {
                (Some((_, b, e)), _) => Some((b, e)),
                (None, 1) => consensus.iter().next().map(|(b, e)| (*b, *e)),
                _ => None,
            };
            let Some((ob, oe)) = bounds else { continue };
            if end < *ob {
                add(&mut values, Order::Before.as_str().to_owned(), None, &r);
            } else if begin > *oe {
                add(&mut values, Order::After.as_str().to_owned(), None, &r);
            }
        }
        out.push((subject, other, values));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::model::{Article, Aspect, Subject};

    fn article(id: &str, outlet: &str, published: &str, text: &str) -> Article {
        Article {
            outlet: Some(outlet.to_owned()),
            ..Article::new(id, text).with_published(published)
        }
    }

    fn graph(articles: Vec<Article>) -> crate::model::Graph {
        let xs = articles.iter().map(crate::extract::run).collect();
        super::super::graph(articles, xs)
    }

    #[test]
    fn who_started_a_call_is_disputed_only_when_no_one_is_shared() {
        let initiators = |texts: [&str; 3]| {
            let g = graph(
                texts
                    .iter()
                    .enumerate()
                    .map(|(i, t)| article(&format!("a{i}"), "X", "2026-01-13", t))
                    .collect(),
            );
            let found: Vec<Vec<String>> = g
                .discrepancies
                .iter()
                .filter(|d| d.aspect == Aspect::Initiator)
                .map(|d| d.claims.iter().map(|c| c.value.clone()).collect())
                .collect();
            found
        };
        let call = "President Ana Ruiz spoke by phone with President Tom Bell on Monday.";
        assert_eq!(
            initiators([
                &format!("{call} The call was Ms Ruiz's idea."),
                &format!("{call} The call was made at Mr Bell's request."),
                call,
            ]),
            [["person/ana-ruiz", "person/tom-bell"]],
        );
        // One names the caller, the others no one: nothing to dispute.
        assert!(
            initiators([&format!("{call} The call was Ms Ruiz's idea."), call, call]).is_empty()
        );
    }

    #[test]
    fn order_of_two_calls_disputed_by_words_and_by_dates() {
        let g = graph(vec![
            article(
                "a",
                "A",
                "2026-01-13",
                "President Ana Ruiz spoke by phone with President Tom Bell on Monday. \
                 Following the call, Foreign Minister Eva Lund held talks with Secretary Max Ode.",
            ),
            article(
                "b",
                "B",
                "2026-01-13",
                "Foreign Minister Eva Lund spoke with Secretary Max Ode on Sunday. \
                 Ana Ruiz and Tom Bell held a phone call on Monday.",
            ),
        ]);
        let order: Vec<_> = g
            .discrepancies
            .iter()
            .filter(|d| d.aspect == Aspect::Order)
            .collect();
        assert_eq!(order.len(), 1, "{:#?}", g.discrepancies);
        let values: Vec<(&str, &str)> = order[0]
            .claims
            .iter()
            .flat_map(|c| {
                c.reports
                    .iter()
                    .map(move |r| (c.value.as_str(), r.article.0.as_str()))
            })
            .collect();
        assert_eq!(values, [("after", "a"), ("before", "b")], "{order:#?}");
        // The subject is the ministers' talks, placed against the call.
        let Subject::Event(subject) = &order[0].subject else {
            panic!("{order:?}")
        };
        let talks = g.events.iter().find(|e| &e.key == subject).unwrap();
        assert_eq!(talks.reports.len(), 2);
    }

    #[test]
    fn dates_and_figures_that_cannot_both_be_true() {
        let g = graph(vec![
            article(
                "a",
                "A",
                "2026-03-05",
                "President Rosa Vidal of Chile ordered a raid on the port of Arica on Tuesday, \
                 killing 12 fighters.",
            ),
            article(
                "b",
                "B",
                "2026-03-05",
                "President Rosa Vidal of Chile ordered a raid on the port of Arica on Monday, \
                 killing 15 fighters.",
            ),
        ]);
        let aspects: Vec<(Aspect, Option<&str>, Vec<&str>)> = g
            .discrepancies
            .iter()
            .map(|d| {
                (
                    d.aspect,
                    d.qualifier.as_deref(),
                    d.claims.iter().map(|c| c.value.as_str()).collect(),
                )
            })
            .collect();
        assert!(
            aspects.contains(&(Aspect::Date, None, vec!["2026-03-02", "2026-03-03"])),
            "{aspects:?}"
        );
        assert!(
            aspects.contains(&(Aspect::Figure, Some("fighter"), vec!["12", "15"])),
            "{aspects:?}"
        );
    }

    #[test]
    fn one_long_quotation_given_to_two_speakers() {
        let quote = "We will not allow smugglers to hold the port hostage again";
        let g = graph(vec![
            article(
                "a",
                "A",
                "2026-03-05",
                &format!("\"{quote},\" Defence Minister Tomas Reyes said."),
            ),
            article(
                "b",
                "B",
                "2026-03-05",
                &format!("\"{quote},\" President Rosa Vidal said."),
            ),
            // A short remark in common is no evidence of one utterance.
            article("c", "C", "2026-03-05", "\"We will win,\" Reyes said."),
            article("d", "D", "2026-03-05", "\"We will win,\" Vidal said."),
            // Names the resolver left apart are no dispute.
            article(
                "e",
                "E",
                "2026-03-05",
                "\"Our ships will stay in the harbour until the storm has passed,\" Mr Ortega said.",
            ),
            article(
                "f",
                "F",
                "2026-03-05",
                "\"Our ships will stay in the harbour until the storm has passed,\" \
                 Admiral Luis Ortega said. His sister Maria Ortega agreed.",
            ),
        ]);
        let speakers: Vec<Vec<&str>> = g
            .discrepancies
            .iter()
            .filter(|d| d.aspect == Aspect::Speaker)
            .map(|d| d.claims.iter().map(|c| c.value.as_str()).collect())
            .collect();
        assert_eq!(
            speakers,
            [["person/rosa-vidal", "person/tomas-reyes"]],
            "{:#?}",
            g.discrepancies
        );
        assert_eq!(g.utterances.len(), 4, "{:#?}", g.utterances);
    }

    #[test]
    fn an_excerpt_agrees_and_a_changed_word_disagrees() {
        let s = |article: &str, kind, text: &str| {
            let mut st =
                crate::extract::run(&Article::new(article, format!("Bell said: “{text}”")))
                    .statements
                    .remove(0);
            st.kind = kind;
            st.content_text = text.to_owned();
            st
        };
        use crate::model::{ArticleId, ReportRef, SpeechKind::Direct};
        let r = |a: &str| ReportRef {
            article: ArticleId(a.to_owned()),
            index: 0,
        };
        let (ra, rb, rc) = (r("a"), r("b"), r("c"));
        let a = s(
            "a",
            Direct,
            "Mexico has to get their act together, because they are pouring through",
        );
        let b = s("b", Direct, "get their act together");
        let c = s(
            "c",
            Direct,
            "Mexico has to get its act together, because they are pouring through",
        );
        let v = super::wordings(&[(&ra, &a), (&rb, &b)]);
        assert!(v.is_empty(), "{v:?}");
        // "its" against "their": both the full quote and the excerpt differ
        // from c.
        let v = super::wordings(&[(&ra, &a), (&rb, &b), (&rc, &c)]);
        assert_eq!(v.len(), 3, "{v:?}");
        assert_eq!(v.values().map(|(_, r)| r.len()).sum::<usize>(), 3);
    }
}
