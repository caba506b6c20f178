//! Discrepancies as data: one `ng:Discrepancy` per disputed aspect of an
//! utterance or event, with one `ng:Claim` per value, each derived from the
//! reports (and so the articles and spans) that give it.

use super::{entity_iri, event_report_iri, prov, rdfs, report_iri, ArticleIndex, Out};
use crate::model::{Aspect, Discrepancy, ReportRef, Subject};
use crate::resolve::short_hash;
use crate::vocab::{id, ng};

pub(super) fn map(out: &mut Out, d: &Discrepancy, by_id: &ArticleIndex<'_>) {
    let s = id(&format!("discrepancy/{}", d.key));
    out.a(&s, &ng("Discrepancy"));
    let (about, what) = match &d.subject {
        Subject::Utterance(k) => (id(&format!("utterance/{k}")), "utterance"),
        Subject::Event(k) => (id(&format!("event/{k}")), "event"),
    };
    out.link(&s, &ng("about"), &about);
    out.text(&s, &ng("aspect"), d.aspect.as_str());
    match (&d.qualifier, d.aspect) {
        (Some(other), Aspect::Order) => {
            out.link(&s, &ng("relativeTo"), &id(&format!("event/{other}")));
        }
        (Some(q), _) => out.text(&s, &ng("qualifier"), q),
        (None, _) => {}
    }
    let qualifier = match (&d.qualifier, d.aspect) {
        (Some(_), Aspect::Order) => " relative to another event".to_owned(),
        (Some(q), _) => format!(" ({q})"),
        (None, _) => String::new(),
    };
    out.en(
        &s,
        &rdfs("label"),
        &format!(
            "reports disagree on the {}{qualifier} of an {what}",
            d.aspect.as_str()
        ),
    );
    for c in &d.claims {
        let claim = id(&format!(
            "claim/{}-{}",
            d.key,
            short_hash(&["claim", &c.value])
        ));
        out.a(&claim, &ng("Claim"));
        out.link(&s, &ng("claim"), &claim);
        out.text(&claim, &ng("value"), &c.value);
        out.en(
            &claim,
            &rdfs("label"),
            &format!("{}: {}", d.aspect.as_str(), c.value),
        );
        if let Some(e) = &c.entity {
            out.link(&claim, &ng("valueEntity"), &entity_iri(e));
        }
        for r in &c.reports {
            if let Some(report) = report(&d.subject, r, by_id) {
                out.link(&claim, &prov("wasDerivedFrom"), &report);
            }
        }
    }
}

/// The IRI of the statement or event report `r` points at.
fn report(subject: &Subject, r: &ReportRef, by_id: &ArticleIndex<'_>) -> Option<String> {
    let (a, x) = by_id.get(r.article.0.as_str())?;
    Some(match subject {
        Subject::Utterance(_) => report_iri(&a.id.0, x.statements.get(r.index)?),
        Subject::Event(_) => event_report_iri(&a.id.0, x.events.get(r.index)?),
    })
}
