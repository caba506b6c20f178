//! The graph as a property graph, for tools that are not RDF-native:
//! GraphML (Gephi, Cytoscape, networkx, yEd), CSV files in the header
//! convention of Neo4j's bulk importer (`neo4j-admin database import`), and
//! Graphviz DOT of the speaker-to-addressee network.
//!
//! Nodes are the entities (people, countries, organisations, outlets,
//! audiences), the articles, the utterances and the events. Every edge but
//! `PUBLISHED_BY` stands for one report in one article and carries its
//! provenance: the article, the report's IRI and the code-point span of the
//! evidence in the article text (`start`, `end`). The graph is read from the
//! store with SPARQL, so it is exactly what the RDF exports hold.

use crate::store;
use anyhow::{Context, Result};
use oxigraph::model::Term;
use oxigraph::sparql::{QueryResults, QuerySolution};
use oxigraph::store::Store;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A property value.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Value {
    Text(String),
    Int(i64),
    List(Vec<String>),
}

impl Value {
    fn type_name(&self) -> (&'static str, &'static str) {
        // (GraphML attr.type, Neo4j header type)
        match self {
            Self::Text(_) => ("string", "string"),
            Self::Int(_) => ("long", "long"),
            Self::List(_) => ("string", "string[]"),
        }
    }

    /// The value as one string; lists joined with `;` (Neo4j's default
    /// array delimiter).
    fn flat(&self) -> String {
        match self {
            Self::Text(t) => t.clone(),
            Self::Int(n) => n.to_string(),
            Self::List(l) => l.join(";"),
        }
    }
}

type Props = BTreeMap<&'static str, Value>;

/// A node: its IRI, its kind (`Person`, `Country`, `Article`…) and its
/// properties; `name` is always set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub id: String,
    pub kind: &'static str,
    pub props: Props,
}

impl Node {
    fn name(&self) -> &str {
        match self.props.get("name") {
            Some(Value::Text(t)) => t,
            _ => &self.id,
        }
    }

    /// Neo4j labels: the kind, and `Entity` for entities.
    fn labels(&self) -> String {
        if ENTITY_KINDS.iter().any(|(_, k)| *k == self.kind) {
            format!("Entity;{}", self.kind)
        } else {
            self.kind.to_owned()
        }
    }
}

/// A directed, typed edge with its provenance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    pub source: String,
    pub target: String,
    pub kind: &'static str,
    pub props: Props,
}

/// Nodes and edges, sorted.
#[derive(Debug, Default)]
pub struct PropertyGraph {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

/// Entity classes and their node kinds, most specific first (an outlet is
/// also a `schema:Organization`).
const ENTITY_KINDS: &[(&str, &str)] = &[
    ("schema:NewsMediaOrganization", "Outlet"),
    ("ng:Audience", "Audience"),
    ("schema:Person", "Person"),
    ("schema:Country", "Country"),
    ("schema:Place", "Place"),
    ("schema:Organization", "Organization"),
];

/// Rank of a node kind: lower is more specific.
fn specificity(kind: &str) -> usize {
    ENTITY_KINDS
        .iter()
        .position(|(_, k)| *k == kind)
        .unwrap_or(ENTITY_KINDS.len())
}

fn select(db: &Store, name: &str, sparql: &str) -> Result<Vec<QuerySolution>> {
    let origin = format!("property graph ({name})");
    match store::query(db, sparql, &origin)? {
        QueryResults::Solutions(rows) => rows
            .collect::<Result<Vec<_>, _>>()
            .with_context(|| format!("running {origin}")),
        _ => anyhow::bail!("{origin}: not a SELECT query"),
    }
}

fn iri(row: &QuerySolution, var: &str) -> Option<String> {
    match row.get(var) {
        Some(Term::NamedNode(n)) => Some(n.as_str().to_owned()),
        _ => None,
    }
}

fn text(row: &QuerySolution, var: &str) -> Option<String> {
    match row.get(var) {
        Some(Term::Literal(l)) => Some(l.value().to_owned()),
        Some(Term::NamedNode(n)) => Some(n.as_str().to_owned()),
        _ => None,
    }
}

fn int(row: &QuerySolution, var: &str) -> Option<i64> {
    match row.get(var) {
        Some(Term::Literal(l)) => l.value().parse().ok(),
        _ => None,
    }
}

/// `ng:PhoneCall` → `phone call`; `ng:Direct` → `direct`.
fn term_name(iri: &str) -> String {
    let local = iri.rsplit(['#', '/']).next().unwrap_or(iri);
    let mut out = String::new();
    for (i, c) in local.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push(' ');
        }
        out.extend(c.to_lowercase());
    }
    out
}

fn put(props: &mut Props, key: &'static str, value: Option<String>) {
    if let Some(v) = value.filter(|v| !v.is_empty()) {
        props.insert(key, Value::Text(v));
    }
}

fn put_term(props: &mut Props, key: &'static str, value: Option<String>) {
    put(props, key, value.map(|v| term_name(&v)));
}

/// Provenance of an edge: the article, the report and the evidence span.
fn provenance(row: &QuerySolution) -> Props {
    let mut props = Props::new();
    put(&mut props, "article", iri(row, "article"));
    put(&mut props, "report", iri(row, "report"));
    if let (Some(start), Some(end)) = (int(row, "start"), int(row, "end")) {
        props.insert("start", Value::Int(start));
        props.insert("end", Value::Int(end));
    }
    props
}

const ENTITIES: &str = "
SELECT ?e ?type ?name ?iso ?wikidata WHERE {
  ?e a ?type ; rdfs:label ?name .
  VALUES ?type { schema:Person schema:Country schema:Place schema:Organization schema:NewsMediaOrganization ng:Audience }
  OPTIONAL { ?e ng:iso3166Alpha2 ?iso }
  OPTIONAL { ?e owl:sameAs ?wikidata }
}";

const ALIASES: &str = "SELECT ?e ?alias WHERE { ?e skos:altLabel ?alias }";

const ARTICLES: &str = "
SELECT ?article ?file ?title ?published ?outlet ?outletIri WHERE {
  ?article a ng:Article ; ng:sourceFile ?file .
  OPTIONAL { ?article schema:headline ?title }
  OPTIONAL { ?article schema:datePublished ?published }
  OPTIONAL { ?article ng:outletName ?outlet }
  OPTIONAL { ?article schema:publisher ?outletIri }
}";

const UTTERANCES: &str = "
SELECT ?u ?content ?mode ?cueClass ?medium ?platform ?day ?from ?to WHERE {
  ?u a ng:Utterance ; ng:content ?content .
  OPTIONAL { ?u ng:reportingMode ?mode }
  OPTIONAL { ?u ng:cueClass ?cueClass }
  OPTIONAL { ?u ng:medium ?medium }
  OPTIONAL { ?u ng:platform ?platform }
  OPTIONAL { ?u sem:hasTimeStamp ?day }
  OPTIONAL { ?u sem:hasEarliestBeginTimeStamp ?from ; sem:hasLatestEndTimeStamp ?to }
}";

const EVENTS: &str = "
SELECT ?ev ?name ?type ?status ?day ?from ?to ?duration ?place WHERE {
  ?ev a ng:Event ; rdfs:label ?name .
  OPTIONAL { ?ev ng:eventType ?type }
  OPTIONAL { ?ev ng:status ?status }
  OPTIONAL { ?ev sem:hasTimeStamp ?day }
  OPTIONAL { ?ev sem:hasEarliestBeginTimeStamp ?from ; sem:hasLatestEndTimeStamp ?to }
  OPTIONAL { ?ev schema:duration ?duration }
  OPTIONAL { ?ev sem:hasPlace/rdfs:label ?place }
}";

const REPORTS: &str = "
SELECT ?u ?report ?article ?speaker ?addressee ?cue ?content ?mode (MIN(?b) AS ?start) (MAX(?e) AS ?end) WHERE {
  ?u a ng:Utterance ; gaf:denotedBy ?report .
  ?report prov:wasDerivedFrom ?article ; ng:content ?content .
  OPTIONAL { ?report ng:speaker ?speaker }
  OPTIONAL { ?report ng:addressee ?addressee }
  OPTIONAL { ?report ng:cueMention/nif:anchorOf ?cue }
  OPTIONAL { ?report ng:reportingMode ?mode }
  OPTIONAL { ?report ng:cueMention|ng:contentMention ?m . ?m nif:beginIndex ?b ; nif:endIndex ?e }
}
GROUP BY ?u ?report ?article ?speaker ?addressee ?cue ?content ?mode";

const PARTICIPATIONS: &str = "
SELECT ?ev ?report ?article ?entity ?role ?start ?end WHERE {
  ?ev a ng:Event ; gaf:denotedBy ?report .
  ?report prov:wasDerivedFrom ?article ; ng:hasParticipation ?p .
  ?p ng:participant ?entity .
  OPTIONAL { ?p ng:role ?role }
  OPTIONAL { ?p ng:participantMention ?m . ?m nif:beginIndex ?start ; nif:endIndex ?end }
}";

const EVENT_REPORTS: &str = "
SELECT ?ev ?report ?article ?trigger ?start ?end WHERE {
  ?ev a ng:Event ; gaf:denotedBy ?report .
  ?report prov:wasDerivedFrom ?article .
  OPTIONAL { ?report ng:triggerMention ?m . ?m nif:anchorOf ?trigger ; nif:beginIndex ?start ; nif:endIndex ?end }
}";

/// Reads the property graph from the store.
pub fn from_store(db: &Store) -> Result<PropertyGraph> {
    let mut nodes: BTreeMap<String, Node> = BTreeMap::new();
    let mut node = |id: String, kind: &'static str, props: Props| {
        let n = nodes.entry(id.clone()).or_insert_with(|| Node {
            id,
            kind,
            props: Props::new(),
        });
        if specificity(kind) < specificity(n.kind) {
            n.kind = kind;
        }
        n.props.extend(props);
    };
    for row in select(db, "entities", ENTITIES)? {
        let (Some(id), Some(ty)) = (iri(&row, "e"), iri(&row, "type")) else {
            continue;
        };
        let local = ty.rsplit(['#', '/']).next();
        let kind = ENTITY_KINDS
            .iter()
            .find(|(curie, _)| curie.rsplit(':').next() == local)
            .map_or("Entity", |(_, k)| *k);
        let mut props = Props::new();
        put(&mut props, "name", text(&row, "name"));
        put(&mut props, "iso3166", text(&row, "iso"));
        put(&mut props, "wikidata", iri(&row, "wikidata"));
        node(id, kind, props);
    }
    let mut aliases: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for row in select(db, "aliases", ALIASES)? {
        if let (Some(e), Some(a)) = (iri(&row, "e"), text(&row, "alias")) {
            aliases.entry(e).or_default().insert(a);
        }
    }
    let articles = select(db, "articles", ARTICLES)?;
    for row in &articles {
        let Some(id) = iri(row, "article") else {
            continue;
        };
        let mut props = Props::new();
        let name = text(row, "title").or_else(|| text(row, "file"));
        put(&mut props, "name", name);
        put(&mut props, "file", text(row, "file"));
        put(&mut props, "published", text(row, "published"));
        put(&mut props, "outlet", text(row, "outlet"));
        node(id, "Article", props);
    }
    let date = |row: &QuerySolution| {
        text(row, "day").or_else(|| Some(format!("{}/{}", text(row, "from")?, text(row, "to")?)))
    };
    for row in select(db, "utterances", UTTERANCES)? {
        let Some(id) = iri(&row, "u") else { continue };
        let mut props = Props::new();
        put(&mut props, "name", text(&row, "content"));
        put_term(&mut props, "kind", iri(&row, "mode"));
        put_term(&mut props, "cue_class", iri(&row, "cueClass"));
        put_term(&mut props, "medium", iri(&row, "medium"));
        put(&mut props, "platform", text(&row, "platform"));
        put(&mut props, "date", date(&row));
        node(id, "Utterance", props);
    }
    for row in select(db, "events", EVENTS)? {
        let Some(id) = iri(&row, "ev") else { continue };
        let mut props = Props::new();
        put(&mut props, "name", text(&row, "name"));
        put_term(&mut props, "event_type", iri(&row, "type"));
        put_term(&mut props, "status", iri(&row, "status"));
        put(&mut props, "date", date(&row));
        put(&mut props, "duration", text(&row, "duration"));
        put(&mut props, "place", text(&row, "place"));
        node(id, "Event", props);
    }
    for (id, names) in aliases {
        if let Some(n) = nodes.get_mut(&id) {
            n.props
                .insert("aliases", Value::List(names.into_iter().collect()));
        }
    }

    let mut edges = Vec::new();
    let mut edge = |source: Option<String>, target: Option<String>, kind, props: Props| {
        if let (Some(source), Some(target)) = (source, target) {
            if nodes.contains_key(&source) && nodes.contains_key(&target) {
                edges.push(Edge {
                    source,
                    target,
                    kind,
                    props,
                });
            }
        }
    };
    for row in &articles {
        let mut props = Props::new();
        put(&mut props, "article", iri(row, "article"));
        edge(
            iri(row, "article"),
            iri(row, "outletIri"),
            "PUBLISHED_BY",
            props,
        );
    }
    for row in select(db, "reports", REPORTS)? {
        let mut props = provenance(&row);
        put(&mut props, "cue", text(&row, "cue"));
        put_term(&mut props, "kind", iri(&row, "mode"));
        let (u, speaker, addressee) =
            (iri(&row, "u"), iri(&row, "speaker"), iri(&row, "addressee"));
        edge(
            u.clone(),
            iri(&row, "article"),
            "REPORTED_IN",
            props.clone(),
        );
        edge(speaker.clone(), u.clone(), "SAID", props.clone());
        edge(u, addressee.clone(), "ADDRESSED", props.clone());
        put(&mut props, "content", text(&row, "content"));
        edge(speaker, addressee, "SPOKE_TO", props);
    }
    for row in select(db, "event reports", EVENT_REPORTS)? {
        let mut props = provenance(&row);
        put(&mut props, "trigger", text(&row, "trigger"));
        edge(iri(&row, "ev"), iri(&row, "article"), "REPORTED_IN", props);
    }
    for row in select(db, "participations", PARTICIPATIONS)? {
        let mut props = provenance(&row);
        put_term(&mut props, "role", iri(&row, "role"));
        edge(
            iri(&row, "entity"),
            iri(&row, "ev"),
            "PARTICIPATED_IN",
            props,
        );
    }
    edges.sort_by(|a, b| {
        (&a.kind, &a.source, &a.target, &a.props).cmp(&(&b.kind, &b.source, &b.target, &b.props))
    });
    edges.dedup();
    Ok(PropertyGraph {
        nodes: nodes.into_values().collect(),
        edges,
    })
}

/// Property keys and their types, in order of first use.
fn columns<'a>(
    props: impl Iterator<Item = &'a Props>,
) -> Vec<(&'static str, &'static str, &'static str)> {
    let mut seen: BTreeMap<&'static str, (&'static str, &'static str)> = BTreeMap::new();
    for p in props {
        for (k, v) in p {
            seen.entry(k).or_insert_with(|| v.type_name());
        }
    }
    seen.into_iter().map(|(k, (g, n))| (k, g, n)).collect()
}

fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Characters XML 1.0 forbids.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes GraphML: one `<key>` per property, node `labels` in Neo4j's
/// `:A:B` style, `label` (the name, which Gephi shows) and edge `type`.
pub fn write_graphml(g: &PropertyGraph, mut out: impl Write) -> Result<()> {
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    let node_cols = columns(g.nodes.iter().map(|n| &n.props));
    let edge_cols = columns(g.edges.iter().map(|e| &e.props));
    s.push_str("  <key id=\"labels\" for=\"node\" attr.name=\"labels\" attr.type=\"string\"/>\n");
    s.push_str("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
    for (k, ty, _) in &node_cols {
        let _ = writeln!(
            s,
            "  <key id=\"n_{k}\" for=\"node\" attr.name=\"{k}\" attr.type=\"{ty}\"/>"
        );
    }
    s.push_str("  <key id=\"type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n");
    for (k, ty, _) in &edge_cols {
        let _ = writeln!(
            s,
            "  <key id=\"e_{k}\" for=\"edge\" attr.name=\"{k}\" attr.type=\"{ty}\"/>"
        );
    }
    s.push_str("  <graph id=\"newsgraph\" edgedefault=\"directed\">\n");
    out.write_all(s.as_bytes()).context("writing GraphML")?;
    for n in &g.nodes {
        let mut s = format!("    <node id=\"{}\">\n", xml(&n.id));
        let _ = writeln!(
            s,
            "      <data key=\"labels\">:{}</data>",
            n.labels().replace(';', ":")
        );
        let _ = writeln!(s, "      <data key=\"label\">{}</data>", xml(n.name()));
        for (k, v) in &n.props {
            let _ = writeln!(s, "      <data key=\"n_{k}\">{}</data>", xml(&v.flat()));
        }
        s.push_str("    </node>\n");
        out.write_all(s.as_bytes()).context("writing GraphML")?;
    }
    for (i, e) in g.edges.iter().enumerate() {
        let mut s = format!(
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">\n",
            xml(&e.source),
            xml(&e.target)
        );
        let _ = writeln!(s, "      <data key=\"type\">{}</data>", e.kind);
        for (k, v) in &e.props {
            let _ = writeln!(s, "      <data key=\"e_{k}\">{}</data>", xml(&v.flat()));
        }
        s.push_str("    </edge>\n");
        out.write_all(s.as_bytes()).context("writing GraphML")?;
    }
    out.write_all(b"  </graph>\n</graphml>\n")
        .context("writing GraphML")?;
    Ok(())
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn write_csv(path: &Path, header: &[String], rows: &[Vec<String>]) -> Result<()> {
    let mut s = header
        .iter()
        .map(|h| csv_field(h))
        .collect::<Vec<_>>()
        .join(",");
    s.push('\n');
    for row in rows {
        s.push_str(
            &row.iter()
                .map(|f| csv_field(f))
                .collect::<Vec<_>>()
                .join(","),
        );
        s.push('\n');
    }
    fs::write(path, s).with_context(|| format!("writing {}", path.display()))
}

/// One Neo4j CSV file: the fixed columns, then a `name:type` column per
/// property that any row has.
fn write_neo4j_file(path: &Path, fixed: &[&str], rows: &[(Vec<String>, &Props)]) -> Result<()> {
    let cols = columns(rows.iter().map(|(_, p)| *p));
    let mut header: Vec<String> = fixed.iter().map(|h| (*h).to_owned()).collect();
    header.extend(cols.iter().map(|(k, _, t)| format!("{k}:{t}")));
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|(fixed, props)| {
            let mut row = fixed.clone();
            row.extend(
                cols.iter()
                    .map(|(k, _, _)| props.get(k).map(Value::flat).unwrap_or_default()),
            );
            row
        })
        .collect();
    write_csv(path, &header, &rows)
}

/// Writes CSV files for `neo4j-admin database import full` into `dir`: one
/// `nodes-<Kind>.csv` per node kind (`id:ID`, `:LABEL`, properties) and one
/// `relationships-<TYPE>.csv` per edge type (`:START_ID`, `:END_ID`,
/// `:TYPE`, provenance). Arrays use `;`, Neo4j's default delimiter. Returns
/// the files written.
pub fn write_neo4j(g: &PropertyGraph, dir: &Path) -> Result<Vec<PathBuf>> {
    fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut files = Vec::new();
    let kinds: BTreeSet<&str> = g.nodes.iter().map(|n| n.kind).collect();
    for kind in kinds {
        let rows: Vec<(Vec<String>, &Props)> = g
            .nodes
            .iter()
            .filter(|n| n.kind == kind)
            .map(|n| (vec![n.id.clone(), n.labels()], &n.props))
            .collect();
        let path = dir.join(format!("nodes-{kind}.csv"));
        write_neo4j_file(&path, &["id:ID", ":LABEL"], &rows)?;
        files.push(path);
    }
    let types: BTreeSet<&str> = g.edges.iter().map(|e| e.kind).collect();
    for kind in types {
        let rows: Vec<(Vec<String>, &Props)> = g
            .edges
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| {
                let fixed = vec![e.source.clone(), e.target.clone(), e.kind.to_owned()];
                (fixed, &e.props)
            })
            .collect();
        let path = dir.join(format!("relationships-{kind}.csv"));
        write_neo4j_file(&path, &[":START_ID", ":END_ID", ":TYPE"], &rows)?;
        files.push(path);
    }
    Ok(files)
}

fn dot_string(text: &str) -> String {
    format!(
        "\"{}\"",
        text.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', " ")
    )
}

/// Writes the speaker-to-addressee network as Graphviz DOT: one node per
/// entity that speaks or is addressed, one edge per speaker and addressee,
/// labelled and weighted by the number of distinct utterances, with the
/// articles behind it in the tooltip.
pub fn write_dot(g: &PropertyGraph, mut out: impl Write) -> Result<()> {
    // (speaker, addressee) → (distinct utterances, articles)
    type Tie<'a> = (BTreeSet<&'a str>, BTreeSet<&'a str>);
    let mut pairs: BTreeMap<(&str, &str), Tie<'_>> = BTreeMap::new();
    // Utterance of each report, from the SAID edges (report → utterance).
    let utterance_of: BTreeMap<&str, &str> = g
        .edges
        .iter()
        .filter(|e| e.kind == "SAID")
        .filter_map(|e| match e.props.get("report") {
            Some(Value::Text(r)) => Some((r.as_str(), e.target.as_str())),
            _ => None,
        })
        .collect();
    for e in g.edges.iter().filter(|e| e.kind == "SPOKE_TO") {
        let entry = pairs
            .entry((e.source.as_str(), e.target.as_str()))
            .or_default();
        if let Some(Value::Text(r)) = e.props.get("report") {
            if let Some(u) = utterance_of.get(r.as_str()) {
                entry.0.insert(u);
            }
        }
        if let Some(Value::Text(a)) = e.props.get("article") {
            entry.1.insert(a);
        }
    }
    let by_id: BTreeMap<&str, &Node> = g.nodes.iter().map(|n| (n.id.as_str(), n)).collect();
    let mut s = String::from(
        "digraph newsgraph {\n  graph [rankdir=LR, label=\"who spoke to whom (edge label: utterances)\", fontname=\"Helvetica\"];\n  node [fontname=\"Helvetica\", style=filled, fillcolor=\"#f2f2f2\"];\n  edge [fontname=\"Helvetica\", color=\"#555555\"];\n",
    );
    let people: BTreeSet<&str> = pairs.keys().flat_map(|(a, b)| [*a, *b]).collect();
    for id in &people {
        let Some(n) = by_id.get(id) else { continue };
        let shape = match n.kind {
            "Person" => "ellipse",
            "Country" | "Place" => "box",
            "Audience" => "note",
            _ => "hexagon",
        };
        let _ = writeln!(
            s,
            "  {} [label={}, shape={shape}, tooltip={}];",
            dot_string(id),
            dot_string(n.name()),
            dot_string(&format!("{} ({})", n.name(), n.kind))
        );
    }
    for ((from, to), (utterances, articles)) in &pairs {
        let n = utterances.len().max(1);
        let sources: Vec<&str> = articles
            .iter()
            .map(|a| a.rsplit('/').next().unwrap_or(a))
            .collect();
        let _ = writeln!(
            s,
            "  {} -> {} [label=\"{n}\", weight={n}, penwidth={:.1}, tooltip={}];",
            dot_string(from),
            dot_string(to),
            1.0 + (n as f64).ln() * 1.5,
            dot_string(&sources.join(", "))
        );
    }
    s.push_str("}\n");
    out.write_all(s.as_bytes()).context("writing DOT")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn term_names_are_readable() {
        assert_eq!(
            term_name("https://w3id.org/newsgraph/ontology#PhoneCall"),
            "phone call"
        );
        assert_eq!(
            term_name("https://w3id.org/newsgraph/ontology#Direct"),
            "direct"
        );
    }

    #[test]
    fn csv_and_xml_escape() {
        assert_eq!(csv_field("a,\"b\""), "\"a,\"\"b\"\"\"");
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(xml("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
        assert_eq!(dot_string("say \"hi\""), "\"say \\\"hi\\\"\"");
    }
}
