//! Stage 4: the resolved [`Graph`] becomes RDF quads; the only place that
//! builds RDF terms.
//!
//! IRIs are computed from stable keys, never counters or blank nodes:
//! articles by their manifest id, mentions by article and code-point span
//! (`mention/{article}_{start}-{end}`), reports by article and cue span
//! (`report/{article}_c{start}-{end}-{contentStart}`, events `_e…`), entities by their
//! normalised key (`person/claudia-sheinbaum`, `country/mx`), utterances
//! and events by a hash of their first report. Each article's facts sit in
//! the named graph `graph/article-{id}`; entities, utterances and events
//! merged across articles in `graph/aggregate`; the dataset description in
//! `graph/meta`.

use crate::model::{
    Article, CueClass, DateRef, Entity, EntityId, EntityKind, Event, EventCluster, Extraction,
    Graph, Medium, Piece, Span, SpeechKind, Statement, Utterance,
};
use crate::vocab::{self, id, ng};
pub use dataset::BuildMeta;

pub mod dataset;
mod discrepancy;
use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, Quad, Term};
use std::collections::{BTreeMap, BTreeSet};

/// The named graph of an article.
pub fn article_graph(article: &str) -> String {
    id(&format!("graph/article-{article}"))
}

pub fn aggregate_graph() -> String {
    id("graph/aggregate")
}

pub fn meta_graph() -> String {
    id("graph/meta")
}

/// The graph an export puts our ontology in, when asked to.
pub fn ontology_graph() -> String {
    id("graph/ontology")
}

/// The graph an export puts the lexicon of countries and places in, when asked to.
pub fn lexicon_graph() -> String {
    id("graph/lexicon")
}

/// The graph an export puts the SHACL shapes in, when asked to.
pub fn shapes_graph() -> String {
    id("graph/shapes")
}

struct Out {
    quads: Vec<Quad>,
    graph: GraphName,
}

fn iri(s: &str) -> NamedNode {
    NamedNode::new_unchecked(s)
}

impl Out {
    fn add(&mut self, s: &str, p: &str, o: impl Into<Term>) {
        self.quads
            .push(Quad::new(iri(s), iri(p), o.into(), self.graph.clone()));
    }
    fn link(&mut self, s: &str, p: &str, o: &str) {
        self.add(s, p, iri(o));
    }
    fn text(&mut self, s: &str, p: &str, value: &str) {
        self.add(s, p, Literal::new_simple_literal(value));
    }
    fn en(&mut self, s: &str, p: &str, value: &str) {
        self.add(
            s,
            p,
            Literal::new_language_tagged_literal_unchecked(value, "en"),
        );
    }
    fn typed(
        &mut self,
        s: &str,
        p: &str,
        value: &str,
        datatype: oxigraph::model::NamedNodeRef<'_>,
    ) {
        self.add(s, p, Literal::new_typed_literal(value, datatype));
    }
    /// A count or offset, as `xsd:integer`: oxigraph's store keeps every
    /// integer type as `xsd:integer`, so emitting that keeps the graph, the
    /// store and every export identical.
    fn count(&mut self, s: &str, p: &str, n: usize) {
        self.typed(s, p, &n.to_string(), xsd::INTEGER);
    }
    fn a(&mut self, s: &str, class: &str) {
        self.link(s, rdf::TYPE.as_str(), class);
    }
}

fn schema(local: &str) -> String {
    format!("{}{local}", vocab::SCHEMA)
}
fn rdfs(local: &str) -> String {
    format!("{}{local}", vocab::RDFS)
}
fn skos(local: &str) -> String {
    format!("{}{local}", vocab::SKOS)
}
fn sem(local: &str) -> String {
    format!("{}{local}", vocab::SEM)
}
fn prov(local: &str) -> String {
    format!("{}{local}", vocab::PROV)
}
fn nif(local: &str) -> String {
    format!("{}{local}", vocab::NIF)
}
fn void(local: &str) -> String {
    format!("{}{local}", vocab::VOID)
}
fn dct(local: &str) -> String {
    format!("{}{local}", vocab::DCTERMS)
}
fn dcat(local: &str) -> String {
    format!("{}{local}", vocab::DCAT)
}

pub fn article_iri(article: &str) -> String {
    id(&format!("article/{article}"))
}

/// An independent source, named by the first article that published it.
pub fn source_iri(article: &str) -> String {
    id(&format!("source/{article}"))
}

pub fn outlet_iri(name: &str) -> String {
    id(&format!("outlet/{}", crate::corpus::slug(name)))
}

pub fn entity_iri(entity: &EntityId) -> String {
    id(&entity.0)
}

fn mention_iri(article: &str, spans: &[Span]) -> String {
    let parts: Vec<String> = spans
        .iter()
        .map(|s| format!("{}-{}", s.char_start, s.char_end))
        .collect();
    id(&format!("mention/{article}_{}", parts.join("_")))
}

pub fn report_iri(article: &str, s: &Statement) -> String {
    id(&format!(
        "report/{}",
        crate::resolve::report_key(article, s)
    ))
}

fn event_report_iri(article: &str, e: &Event) -> String {
    id(&format!(
        "report/{article}_e{}-{}",
        e.trigger.start, e.trigger.end
    ))
}

fn medium_term(m: Medium) -> String {
    ng(match m {
        Medium::PhoneCall => "PhoneCall",
        Medium::PressConference => "PressConference",
        Medium::SocialMediaPost => "SocialMediaPost",
        Medium::Interview => "Interview",
        Medium::PressStatement => "PressStatement",
        Medium::Meeting => "Meeting",
    })
}

fn mode_term(k: SpeechKind) -> String {
    ng(match k {
        SpeechKind::Direct => "Direct",
        SpeechKind::Mixed => "Mixed",
        SpeechKind::Indirect => "Indirect",
    })
}

fn event_type_term(k: crate::model::EventKind) -> String {
    use crate::model::EventKind::*;
    ng(match k {
        PhoneCall => "PhoneCall",
        Meeting => "Meeting",
        MilitaryOperation => "MilitaryOperation",
        Capture => "Capture",
        Strike => "Strike",
        Interview => "Interview",
        PressConference => "PressConference",
        SocialMediaPost => "SocialMediaPost",
        TradeMeasure => "TradeMeasure",
        Talks => "Talks",
    })
}

fn class_of(kind: EntityKind) -> String {
    match kind {
        EntityKind::Person => schema("Person"),
        EntityKind::Country => schema("Country"),
        EntityKind::Place => schema("Place"),
        EntityKind::Organization => schema("Organization"),
        EntityKind::Outlet => schema("NewsMediaOrganization"),
        EntityKind::Group => ng("Audience"),
    }
}

/// Maps the resolved graph to quads, sorted, with the dataset description
/// of `meta` in `graph/meta`.
pub fn quads(graph: &Graph, meta: &BuildMeta) -> Vec<Quad> {
    let labels: BTreeMap<&EntityId, &str> = graph
        .entities
        .iter()
        .map(|e| (&e.id, e.label.as_str()))
        .collect();
    let held: BTreeSet<(&EntityId, String)> = graph
        .entities
        .iter()
        .flat_map(|e| e.offices.iter().map(move |o| (&e.id, office_iri(o))))
        .collect();
    let mut all = Vec::new();
    for (i, (article, x)) in graph.articles.iter().zip(&graph.extractions).enumerate() {
        let mut out = Out {
            quads: Vec::new(),
            graph: GraphName::NamedNode(iri(&article_graph(&article.id.0))),
        };
        map_article(&mut out, article, x, &labels, &held);
        // Its independent source: itself, or the article it republishes.
        let source = graph.sources.get(i).unwrap_or(&article.id);
        let a = article_iri(&article.id.0);
        out.link(&a, &ng("independentSource"), &source_iri(&source.0));
        if *source != article.id {
            out.link(&a, &ng("wireCopyOf"), &article_iri(&source.0));
        }
        all.extend(out.quads);
    }
    let mut out = Out {
        quads: Vec::new(),
        graph: GraphName::NamedNode(iri(&aggregate_graph())),
    };
    for e in &graph.entities {
        map_entity(&mut out, e, &labels);
    }
    let heads: BTreeSet<&crate::model::ArticleId> = graph.sources.iter().collect();
    for head in heads {
        let s = source_iri(&head.0);
        out.a(&s, &ng("IndependentSource"));
        let name = graph
            .articles
            .iter()
            .find(|a| a.id == *head)
            .and_then(|a| a.outlet.clone())
            .unwrap_or_else(|| head.0.clone());
        out.en(
            &s,
            &rdfs("label"),
            &format!("the text first published by {name}"),
        );
    }
    let mut outlets = BTreeSet::new();
    for a in &graph.articles {
        if let Some(o) = &a.outlet {
            if outlets.insert(o.clone()) {
                let s = outlet_iri(o);
                out.a(&s, &schema("NewsMediaOrganization"));
                out.en(&s, &rdfs("label"), o);
                out.en(&s, &skos("prefLabel"), o);
            }
        }
    }
    let by_id: BTreeMap<&str, (&Article, &Extraction)> = graph
        .articles
        .iter()
        .zip(&graph.extractions)
        .map(|(a, x)| (a.id.0.as_str(), (a, x)))
        .collect();
    for u in &graph.utterances {
        map_utterance(&mut out, u, &by_id, &labels);
    }
    for e in &graph.events {
        map_event(&mut out, e, &by_id, &labels);
    }
    for d in &graph.discrepancies {
        discrepancy::map(&mut out, d, &by_id);
    }
    all.extend(out.quads);
    let description = dataset::describe(&all, &graph.articles, meta);
    all.extend(description);
    all.sort_by_cached_key(|q| q.to_string());
    all.dedup();
    all
}

fn date_triples(out: &mut Out, s: &str, date: &DateRef) {
    if date.begin == date.end_date {
        out.typed(s, &sem("hasTimeStamp"), &date.begin, xsd::DATE);
    } else {
        out.typed(s, &sem("hasEarliestBeginTimeStamp"), &date.begin, xsd::DATE);
        out.typed(s, &sem("hasLatestEndTimeStamp"), &date.end_date, xsd::DATE);
    }
}

/// The mention node of `spans` of `article`. Its `nif:anchorOf` is the
/// article's own text for one span, and `anchor` (the segments' words
/// joined) for several.
fn mention_node(
    out: &mut Out,
    article: &Article,
    text_iri: &str,
    spans: &[Span],
    anchor: &str,
    entity: Option<&EntityId>,
) -> String {
    let m = mention_iri(&article.id.0, spans);
    out.a(&m, &ng("Mention"));
    out.count(
        &m,
        &nif("beginIndex"),
        spans.first().map_or(0, |s| s.char_start),
    );
    out.count(&m, &nif("endIndex"), spans.last().map_or(0, |s| s.char_end));
    // NIF: one span's anchor is the very text between its indices, line
    // breaks and all (a statement's content text joins the lines of a
    // quote broken across paragraphs; a mention node of the same span
    // then had two anchors). Segments joined have their words, and each
    // segment its own node.
    match spans {
        [one] => out.text(&m, &nif("anchorOf"), article.slice(*one).unwrap_or(anchor)),
        _ => out.text(&m, &nif("anchorOf"), anchor),
    }
    out.link(&m, &nif("referenceContext"), text_iri);
    out.link(&m, &prov("wasDerivedFrom"), &article_iri(&article.id.0));
    if let Some(e) = entity {
        out.link(&m, &format!("{}taIdentRef", vocab::ITSRDF), &entity_iri(e));
    }
    if spans.len() > 1 {
        for s in spans {
            let seg = mention_node(out, article, text_iri, &[*s], "", None);
            out.link(&m, &ng("segment"), &seg);
        }
    }
    m
}

fn piece_node(out: &mut Out, article: &Article, text_iri: &str, p: &Piece) -> String {
    mention_node(
        out,
        article,
        text_iri,
        &[p.span()],
        &p.text,
        p.entity.as_ref(),
    )
}

/// The mention node of words that name no entity (a date, a duration, a
/// figure, a medium, a status): code points `start..end` of the article.
fn text_node(out: &mut Out, article: &Article, text_iri: &str, start: usize, end: usize) -> String {
    mention_node(out, article, text_iri, &[Span::new(start, end)], "", None)
}

fn short(text: &str, n: usize) -> String {
    let mut s: String = text.chars().take(n).collect();
    if text.chars().count() > n {
        s.push('…');
    }
    s
}

fn name_of<'a>(labels: &BTreeMap<&EntityId, &'a str>, p: &'a Option<Piece>) -> Option<&'a str> {
    let p = p.as_ref()?;
    Some(
        p.entity
            .as_ref()
            .and_then(|e| labels.get(e).copied())
            .unwrap_or(&p.text),
    )
}

fn map_article(
    out: &mut Out,
    article: &Article,
    x: &Extraction,
    labels: &BTreeMap<&EntityId, &str>,
    held: &BTreeSet<(&EntityId, String)>,
) {
    let a = article_iri(&article.id.0);
    let text_iri = id(&format!("article/{}-text", article.id.0));
    out.a(&a, &ng("Article"));
    out.a(&a, &schema("NewsArticle"));
    if let Some(t) = &article.title {
        out.en(&a, &schema("headline"), t);
    }
    if let Some(d) = &article.published {
        out.typed(&a, &schema("datePublished"), d, xsd::DATE);
    }
    if let Some(o) = &article.outlet {
        out.link(&a, &schema("publisher"), &outlet_iri(o));
        out.text(&a, &ng("outletName"), o);
    }
    if let Some(b) = &article.byline {
        out.text(&a, &schema("author"), b);
    }
    if let Some(w) = &article.wire {
        out.text(&a, &ng("wire"), w);
    }
    if let Some(d) = &article.dateline {
        out.text(&a, &schema("dateline"), d);
    }
    if let Some(n) = &article.note {
        out.en(&a, &ng("note"), n);
    }
    out.text(&a, &schema("inLanguage"), &article.language);
    out.text(&a, &ng("sourceFile"), &article.file);
    let label = format!(
        "{} ({}, {})",
        article.title.as_deref().unwrap_or(&article.id.0),
        article.outlet.as_deref().unwrap_or("unknown outlet"),
        article.published.as_deref().unwrap_or("undated")
    );
    out.en(&a, &rdfs("label"), &label);
    out.link(&a, &ng("text"), &text_iri);
    out.a(&text_iri, &ng("ArticleText"));
    out.a(&text_iri, &nif("Context"));
    out.count(
        &text_iri,
        &ng("codePointLength"),
        article.text.chars().count(),
    );
    out.text(&text_iri, &ng("sha256"), &sha256_hex(&article.text));
    for m in &x.mentions {
        let node = mention_node(
            out,
            article,
            &text_iri,
            &[m.span],
            &m.text,
            m.entity.as_ref(),
        );
        out.text(&node, &ng("form"), &format!("{:?}", m.form).to_lowercase());
        // The words that say who holds an office ("Mexican Foreign Secretary
        // Juan Ramón de la Fuente").
        if let (Some(e), Some(o)) = (&m.entity, &m.office) {
            let office = office_iri(o);
            if held.contains(&(e, office.clone())) {
                out.link(&office, &ng("officeMention"), &node);
            }
        }
    }
    let outlet = article.outlet.as_deref().unwrap_or("unknown outlet");
    let date = article.published.as_deref().unwrap_or("undated");
    for s in &x.statements {
        let r = report_iri(&article.id.0, s);
        out.a(&r, &ng("Report"));
        out.link(&r, &prov("wasDerivedFrom"), &a);
        out.link(&r, &ng("reportingMode"), &mode_term(s.kind));
        out.text(&r, &ng("content"), &s.content_text);
        let cue = piece_node(out, article, &text_iri, &s.cue);
        out.link(&r, &ng("cueMention"), &cue);
        out.text(&r, &ng("cueLemma"), &s.cue_lemma);
        out.link(&r, &ng("cueClass"), &cue_class(s));
        if s.negated {
            out.typed(&r, &ng("negated"), "true", xsd::BOOLEAN);
        }
        let content = mention_node(out, article, &text_iri, &s.content, &s.content_text, None);
        out.link(&r, &ng("contentMention"), &content);
        if let Some(src) = &s.source {
            let node = piece_node(out, article, &text_iri, src);
            out.link(&r, &ng("sourceMention"), &node);
            if let Some(e) = &src.entity {
                out.link(&r, &ng("speaker"), &entity_iri(e));
            }
        }
        // A joined source ("Mr. Grassley and Mr. Leahy"): each speaker.
        for p in &s.speakers {
            if let Some(e) = &p.entity {
                out.link(&r, &ng("speaker"), &entity_iri(e));
            }
        }
        if let Some(to) = &s.addressee {
            // An implied addressee (the reporters at a press conference) has
            // no words of its own.
            if to.start < to.end {
                let node = piece_node(out, article, &text_iri, to);
                out.link(&r, &ng("addresseeMention"), &node);
            }
            if let Some(e) = &to.entity {
                out.link(&r, &ng("addressee"), &entity_iri(e));
            }
        }
        if let Some(m) = s.medium {
            out.link(&r, &ng("medium"), &medium_term(m));
        }
        if let Some(words) = s.medium_span {
            let node = text_node(out, article, &text_iri, words.char_start, words.char_end);
            out.link(&r, &ng("mediumMention"), &node);
        }
        if let Some(p) = &s.platform {
            out.text(&r, &ng("platform"), p);
        }
        if let Some(d) = &s.date {
            date_triples(out, &r, d);
            let node = text_node(out, article, &text_iri, d.start, d.end);
            out.link(&r, &ng("dateMention"), &node);
        }
        if let Some(parent) = s.parent.and_then(|p| x.statements.get(p)) {
            out.link(&r, &ng("embeddedIn"), &report_iri(&article.id.0, parent));
        }
        // A negated report says what was not said: "X → Y, did not
        // mention: …".
        let negation = if s.negated {
            format!(", {}", s.cue.text)
        } else {
            String::new()
        };
        let label = format!(
            "{} → {}{negation}: {} ({outlet}, {date})",
            name_of(labels, &s.source).unwrap_or("unknown speaker"),
            name_of(labels, &s.addressee).unwrap_or("—"),
            short(&s.content_text, 60)
        );
        out.en(&r, &rdfs("label"), &label);
    }
    for e in &x.events {
        let r = event_report_iri(&article.id.0, e);
        out.a(&r, &ng("EventReport"));
        out.link(&r, &prov("wasDerivedFrom"), &a);
        out.link(&r, &ng("eventType"), &event_type_term(e.kind));
        let trigger = piece_node(out, article, &text_iri, &e.trigger);
        out.link(&r, &ng("triggerMention"), &trigger);
        for p in &e.participants {
            let Some(entity) = &p.mention.entity else {
                continue;
            };
            let part = format!(
                "{r}_p-{}-{}",
                p.role.as_str(),
                crate::corpus::slug(&entity.0)
            );
            out.a(&part, &ng("Participation"));
            out.link(&r, &ng("hasParticipation"), &part);
            out.link(&part, &ng("participant"), &entity_iri(entity));
            out.link(&part, &ng("role"), &ng(role_term(p.role)));
            let node = piece_node(out, article, &text_iri, &p.mention);
            out.link(&part, &ng("participantMention"), &node);
            out.link(&r, &sem("hasActor"), &entity_iri(entity));
        }
        if let Some(d) = &e.date {
            date_triples(out, &r, d);
            let node = text_node(out, article, &text_iri, d.start, d.end);
            out.link(&r, &ng("dateMention"), &node);
        }
        if let Some(d) = &e.duration {
            out.typed(&r, &schema("duration"), &d.iso, xsd::DURATION);
            let node = text_node(out, article, &text_iri, d.start, d.end);
            out.link(&r, &ng("durationMention"), &node);
        }
        if let Some(place) = &e.place {
            if let Some(pe) = &place.entity {
                out.link(&r, &sem("hasPlace"), &entity_iri(pe));
                let node = piece_node(out, article, &text_iri, place);
                out.link(&r, &ng("placeMention"), &node);
            }
        }
        for f in &e.figures {
            let node = text_node(out, article, &text_iri, f.start, f.end);
            out.link(&r, &ng("figureMention"), &node);
        }
        out.link(&r, &ng("status"), &ng(status_term(e.status)));
        if let Some(words) = e.status_span {
            let node = text_node(out, article, &text_iri, words.char_start, words.char_end);
            out.link(&r, &ng("statusMention"), &node);
        }
        out.en(
            &r,
            &rdfs("label"),
            &format!("{} ({outlet}, {date})", event_label(e, labels)),
        );
    }
}

fn role_term(r: crate::model::Role) -> &'static str {
    match r {
        crate::model::Role::Agent => "Agent",
        crate::model::Role::Participant => "Participant",
        crate::model::Role::Target => "Target",
    }
}

fn status_term(s: crate::model::EventStatus) -> &'static str {
    match s {
        crate::model::EventStatus::Happened => "Happened",
        crate::model::EventStatus::Planned => "Planned",
        crate::model::EventStatus::RuledOut => "RuledOut",
    }
}

fn event_label(e: &Event, labels: &BTreeMap<&EntityId, &str>) -> String {
    let who: BTreeSet<&str> = e
        .participants
        .iter()
        .filter_map(|p| p.mention.entity.as_ref())
        .filter_map(|id| labels.get(id).copied())
        .collect();
    let who: Vec<&str> = who.into_iter().collect();
    let mut label = e.kind.as_str().replace('-', " ");
    if !who.is_empty() {
        label.push_str(": ");
        label.push_str(&who.join(", "));
    }
    if let Some(place) = e
        .place
        .as_ref()
        .and_then(|p| labels.get(p.entity.as_ref()?).copied())
        .filter(|p| !who.contains(p))
    {
        label.push_str(&format!(" in {place}"));
    }
    match &e.date {
        Some(d) if d.begin == d.end_date => label.push_str(&format!(" [{}]", d.begin)),
        Some(d) => label.push_str(&format!(" [{}/{}]", d.begin, d.end_date)),
        None => {}
    }
    label
}

/// `ng:Speech`, `ng:Thought` for a belief, wish or decision, or
/// `ng:OtherCue` for a cue only the model knows.
fn cue_class(s: &Statement) -> String {
    cue_class_term(s.cue_class)
}

fn cue_class_term(c: CueClass) -> String {
    match c {
        CueClass::Thought => ng("Thought"),
        CueClass::Speech => ng("Speech"),
        CueClass::Other => ng("OtherCue"),
    }
}

fn sha256_hex(text: &str) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `office:{role}-{iso}`, `office:{role}-any` or `office:{role}-org-{org}`.
fn office_iri(o: &crate::model::Office) -> String {
    let key = match &o.organization {
        Some(org) => format!("{}-org-{}", o.role, org.0.trim_start_matches("org/")),
        None => {
            let country = o
                .country
                .as_ref()
                .map(|c| c.0.trim_start_matches("country/"));
            format!("{}-{}", o.role, country.unwrap_or("any"))
        }
    };
    id(&format!("office/{key}"))
}

fn map_entity(out: &mut Out, e: &Entity, labels: &BTreeMap<&EntityId, &str>) {
    let s = entity_iri(&e.id);
    out.a(&s, &class_of(e.kind));
    out.en(&s, &rdfs("label"), &e.label);
    out.en(&s, &skos("prefLabel"), &e.label);
    for alias in &e.aliases {
        out.en(&s, &skos("altLabel"), alias);
    }
    if let Some(code) = &e.iso_code {
        out.text(&s, &ng("iso3166Alpha2"), code);
    }
    if let Some(q) = &e.wikidata {
        out.link(
            &s,
            &format!("{}sameAs", vocab::OWL),
            &format!("{}{q}", vocab::WD),
        );
    }
    if let Some(country) = &e.within {
        out.link(&s, &schema("containedInPlace"), &entity_iri(country));
    }
    for o in &e.offices {
        let office = office_iri(o);
        out.a(&office, &ng("Office"));
        out.text(&office, &ng("officeRole"), &o.role);
        if let Some(c) = &o.country {
            out.link(&office, &ng("officeCountry"), &entity_iri(c));
        }
        if let Some(org) = &o.organization {
            out.link(&office, &ng("officeOrganization"), &entity_iri(org));
        }
        let country_label = o
            .country
            .as_ref()
            .and_then(crate::extract::lexicon::country_by_id)
            .map(|c| c.name.as_str())
            .or_else(|| labels.get(o.organization.as_ref()?).copied())
            .map(|name| format!(" of {name}"))
            .unwrap_or_default();
        out.en(
            &office,
            &rdfs("label"),
            &format!("{}{country_label}", o.role.replace('-', " ")),
        );
        out.link(&s, &ng("office"), &office);
        out.link(&office, &ng("holder"), &s);
    }
}

type ArticleIndex<'a> = BTreeMap<&'a str, (&'a Article, &'a Extraction)>;

fn map_utterance(
    out: &mut Out,
    u: &Utterance,
    by_id: &ArticleIndex<'_>,
    labels: &BTreeMap<&EntityId, &str>,
) {
    let s = id(&format!("utterance/{}", u.key));
    out.a(&s, &ng("Utterance"));
    let mut reports: Vec<(&Article, &Statement)> = Vec::new();
    for r in &u.reports {
        if let Some((a, x)) = by_id.get(r.article.0.as_str()) {
            if let Some(st) = x.statements.get(r.index) {
                out.link(
                    &s,
                    &format!("{}denotedBy", vocab::GAF),
                    &report_iri(&a.id.0, st),
                );
                reports.push((a, st));
            }
        }
    }
    // A speaker the text names only by description ("some experts") or
    // several joined ("Canada and Brazil", each an ng:speaker too).
    let speaker_name = reports
        .iter()
        .find_map(|(_, st)| st.source.as_ref().map(|p| p.text.as_str()));
    if let Some(sp) = &u.speaker {
        out.link(&s, &ng("speaker"), &entity_iri(sp));
    } else if let Some(name) = speaker_name {
        out.text(&s, &ng("speakerName"), name);
        if let Some((_, st)) = reports.iter().find(|(_, st)| !st.speakers.is_empty()) {
            for e in st.speakers.iter().filter_map(|p| p.entity.as_ref()) {
                out.link(&s, &ng("speaker"), &entity_iri(e));
            }
        }
    }
    if let Some(to) = &u.addressee {
        out.link(&s, &ng("addressee"), &entity_iri(to));
    }
    // The representative wording: a direct quote if any, else the longest.
    let best = reports.iter().max_by_key(|(_, st)| {
        (
            st.kind == SpeechKind::Direct,
            st.content_text.chars().count(),
        )
    });
    if let Some((_, st)) = best {
        out.text(&s, &ng("content"), &st.content_text);
        out.link(&s, &ng("reportingMode"), &mode_term(st.kind));
    }
    if let Some(m) = reports.iter().find_map(|(_, st)| st.medium) {
        out.link(&s, &ng("medium"), &medium_term(m));
    }
    if let Some(e) = &u.occasion {
        out.link(&s, &ng("occasion"), &id(&format!("event/{e}")));
    }
    // An utterance is speech if any report gives it as speech, else thought
    // if any report gives it as thought.
    let class = [CueClass::Speech, CueClass::Thought, CueClass::Other]
        .into_iter()
        .find(|c| reports.iter().any(|(_, st)| st.cue_class == *c))
        .unwrap_or(CueClass::Speech);
    out.link(&s, &ng("cueClass"), &cue_class_term(class));
    if let Some(p) = reports.iter().find_map(|(_, st)| st.platform.as_ref()) {
        out.text(&s, &ng("platform"), p);
    }
    if let Some(d) = DateRef::first(reports.iter().filter_map(|(_, st)| st.date.as_ref())) {
        date_triples(out, &s, d);
    }
    for e in &u.about {
        out.link(&s, &ng("aboutEvent"), &id(&format!("event/{e}")));
    }
    if let Some(w) = &u.said_within {
        if let Some(d) = &w.not_before {
            out.typed(&s, &ng("saidNotBefore"), d, xsd::DATE);
        }
        if let Some(d) = &w.not_after {
            out.typed(&s, &ng("saidNotAfter"), d, xsd::DATE);
        }
    }
    let speaker = u
        .speaker
        .as_ref()
        .and_then(|e| labels.get(e).copied())
        .or(speaker_name)
        .unwrap_or("unknown speaker");
    let to = u
        .addressee
        .as_ref()
        .and_then(|e| labels.get(e).copied())
        .unwrap_or("—");
    let text = best
        .map(|(_, st)| short(&st.content_text, 60))
        .unwrap_or_default();
    out.en(&s, &rdfs("label"), &format!("{speaker} → {to}: {text}"));
}

fn map_event(
    out: &mut Out,
    e: &EventCluster,
    by_id: &ArticleIndex<'_>,
    labels: &BTreeMap<&EntityId, &str>,
) {
    let s = id(&format!("event/{}", e.key));
    out.a(&s, &ng("Event"));
    out.link(&s, &ng("eventType"), &event_type_term(e.kind));
    let mut reports: Vec<&Event> = Vec::new();
    for r in &e.reports {
        if let Some((a, x)) = by_id.get(r.article.0.as_str()) {
            if let Some(ev) = x.events.get(r.index) {
                out.link(
                    &s,
                    &format!("{}denotedBy", vocab::GAF),
                    &event_report_iri(&a.id.0, ev),
                );
                reports.push(ev);
            }
        }
    }
    let mut actors = BTreeSet::new();
    for ev in &reports {
        for p in &ev.participants {
            if let Some(entity) = &p.mention.entity {
                actors.insert(entity.clone());
            }
        }
    }
    for a in &actors {
        out.link(&s, &sem("hasActor"), &entity_iri(a));
    }
    let date = DateRef::first(reports.iter().filter_map(|ev| ev.date.as_ref()));
    if let Some(d) = date {
        date_triples(out, &s, d);
    }
    if let Some(d) = reports.iter().find_map(|ev| ev.duration.as_ref()) {
        out.typed(&s, &schema("duration"), &d.iso, xsd::DURATION);
    }
    if let Some(p) = reports
        .iter()
        .find_map(|ev| ev.place.as_ref().and_then(|p| p.entity.as_ref()))
    {
        out.link(&s, &sem("hasPlace"), &entity_iri(p));
    }
    if let Some(first) = reports.iter().min_by_key(|ev| ev.participants.is_empty()) {
        out.link(&s, &ng("status"), &ng(status_term(e.status)));
        let mut merged = (*first).clone();
        merged.kind = e.kind;
        // Labelled with the date the event has, whichever report gives it.
        merged.date = date.cloned();
        merged.place = reports
            .iter()
            .find_map(|ev| ev.place.clone().filter(|p| p.entity.is_some()));
        merged.participants = reports
            .iter()
            .flat_map(|ev| ev.participants.clone())
            .collect();
        out.en(&s, &rdfs("label"), &event_label(&merged, labels));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quads of one article, extracted, resolved and mapped.
    fn article_quads(article: &Article) -> Vec<Quad> {
        let x = crate::extract::run(article);
        quads(
            &crate::resolve::graph(vec![article.clone()], vec![x]),
            &BuildMeta::default(),
        )
    }

    #[test]
    fn builds_twice_the_same_quads_with_named_graphs() {
        let article = Article {
            outlet: Some("Daily Planet".to_owned()),
            title: Some("Talks".to_owned()),
            ..Article::new(
                "a",
                "“We talked,” Mexican President Claudia Sheinbaum told reporters on Monday.",
            )
            .with_published("2026-01-13")
        };
        let run = || article_quads(&article);
        let first = run();
        assert_eq!(first, run());
        let report = first
            .iter()
            .find(|q| {
                q.predicate.as_str() == ng("speaker") && q.subject.to_string().contains("/report/")
            })
            .expect("a report with a speaker");
        assert_eq!(
            report.graph_name.to_string(),
            format!("<{}>", article_graph("a"))
        );
        assert_eq!(
            report.object.to_string(),
            format!("<{}>", id("person/claudia-sheinbaum"))
        );
        assert!(first.iter().all(|q| !q.subject.is_blank_node()));
    }

    #[test]
    fn a_mention_s_anchor_is_the_very_text_between_its_indices() {
        // A line broken mid-sentence: the content's text joins the lines,
        // its mention's anchor keeps the break.
        let text = "Sheinbaum said the talks with the United States went\n\nwell on Monday.";
        let article = Article::new("a", text).with_published("2026-01-13");
        let q = article_quads(&article);
        let anchors: Vec<String> = q
            .iter()
            .filter(|q| q.predicate.as_str() == nif("anchorOf"))
            .filter(|q| q.object.to_string().contains("talks"))
            .map(|q| q.object.to_string())
            .collect();
        assert_eq!(
            anchors,
            [r#""the talks with the United States went\n\nwell on Monday""#]
        );
    }

    #[test]
    fn a_state_is_a_place_in_its_country() {
        let article = Article::new("a", "Voters in West Virginia said the plan failed.")
            .with_published("2026-01-13");
        let wv = format!("<{}place/west-virginia>", vocab::ID);
        let facts: Vec<String> = article_quads(&article)
            .iter()
            .filter(|q| q.subject.to_string() == wv)
            .map(|q| format!("{} {}", q.predicate, q.object))
            .collect();
        assert_eq!(
            facts,
            [
                format!("<{}> <{}country/us>", schema("containedInPlace"), vocab::ID),
                format!("<{}type> <{}>", vocab::RDF, schema("Place")),
                format!("<{}> \"West Virginia\"@en", rdfs("label")),
                format!("<{}prefLabel> \"West Virginia\"@en", vocab::SKOS),
            ]
        );
    }

    #[test]
    fn a_negated_report_says_so_and_denotes_no_utterance() {
        let article = Article::new(
            "a",
            "Sheinbaum did not mention the tariffs. Ebrard said the talks went well.",
        )
        .with_published("2026-01-13");
        let q = article_quads(&article);
        let negated: Vec<String> = q
            .iter()
            .filter(|q| q.predicate.as_str() == ng("negated"))
            .map(|q| format!("{} {}", q.subject, q.object))
            .collect();
        assert_eq!(negated.len(), 1, "{negated:?}");
        assert!(negated[0].contains("/report/a_c"), "{negated:?}");
        assert!(negated[0].ends_with("\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>"));
        let label = q
            .iter()
            .find(|x| {
                x.predicate.as_str() == rdfs("label")
                    && negated[0].starts_with(&x.subject.to_string())
            })
            .map(|x| x.object.to_string())
            .unwrap_or_default();
        assert!(label.contains(", did not mention: the tariffs"), "{label}");
        // Ebrard's report denotes an utterance; Sheinbaum's does not.
        let denoted = q
            .iter()
            .filter(|q| q.predicate.as_str() == format!("{}denotedBy", vocab::GAF))
            .count();
        assert_eq!(denoted, 1);
    }
}
