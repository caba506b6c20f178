//! Property-graph exports (GraphML, Neo4j CSV, DOT) and the dataset
//! description, on the fixture corpus.

mod common;

use newsgraph::export::property::{self, PropertyGraph, Value};
use newsgraph::{corpus, store};
use std::collections::{BTreeMap, BTreeSet};

fn fixture_graph() -> PropertyGraph {
    let db = store::in_memory(&common::quads_of(&common::fixtures())).expect("store");
    property::from_store(&db).expect("property graph")
}

fn text_of(props: &BTreeMap<&'static str, Value>, key: &str) -> Option<String> {
    match props.get(key) {
        Some(Value::Text(t)) => Some(t.clone()),
        _ => None,
    }
}

fn int_of(props: &BTreeMap<&'static str, Value>, key: &str) -> Option<usize> {
    match props.get(key) {
        Some(Value::Int(n)) => usize::try_from(*n).ok(),
        _ => None,
    }
}

#[test]
fn nodes_and_edges_carry_names_kinds_and_provenance() {
    let g = fixture_graph();
    let kind_of: BTreeMap<&str, &str> = g.nodes.iter().map(|n| (n.id.as_str(), n.kind)).collect();
    let okafor = "https://w3id.org/newsgraph/id/person/martin-okafor";
    let lindqvist = "https://w3id.org/newsgraph/id/person/anna-lindqvist";
    assert_eq!(kind_of.get(okafor), Some(&"Person"));
    assert_eq!(kind_of.get(lindqvist), Some(&"Person"));
    assert!(g.nodes.iter().any(|n| n.kind == "Country"));
    assert_eq!(
        kind_of.get("https://w3id.org/newsgraph/id/place/vermont"),
        Some(&"Place")
    );
    assert!(g.nodes.iter().any(|n| n.kind == "Article"));
    assert!(g.nodes.iter().any(|n| n.kind == "Event"));
    assert!(g
        .edges
        .iter()
        .any(|e| e.kind == "SPOKE_TO" && e.source == lindqvist && e.target == okafor));

    // Every edge's evidence span lies in its article, and a SAID edge's span
    // holds its cue.
    let texts: BTreeMap<String, Vec<char>> = corpus::read(&common::fixtures())
        .expect("fixtures")
        .articles
        .into_iter()
        .map(|a| {
            (
                newsgraph::rdf::article_iri(&a.id.0),
                a.text.chars().collect(),
            )
        })
        .collect();
    let mut checked = 0;
    for e in &g.edges {
        assert!(kind_of.contains_key(e.source.as_str()), "{e:?}");
        assert!(kind_of.contains_key(e.target.as_str()), "{e:?}");
        let article = text_of(&e.props, "article").expect("every edge names its article");
        let (Some(start), Some(end)) = (int_of(&e.props, "start"), int_of(&e.props, "end")) else {
            assert_eq!(e.kind, "PUBLISHED_BY", "{e:?} has no span");
            continue;
        };
        let text = &texts[&article];
        assert!(start < end && end <= text.len(), "{e:?}");
        if let (true, Some(cue)) = (e.kind == "SAID", text_of(&e.props, "cue")) {
            let evidence: String = text[start..end].iter().collect();
            assert!(evidence.contains(&cue), "{cue:?} not in {evidence:?}");
            checked += 1;
        }
    }
    assert!(checked >= 5, "only {checked} SAID edges checked");
}

#[test]
fn neo4j_files_follow_the_bulk_importer_headers() {
    let g = fixture_graph();
    let dir = tempfile::tempdir().expect("tempdir");
    let files = property::write_neo4j(&g, dir.path()).expect("neo4j export");
    let mut ids = BTreeSet::new();
    let mut ends = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("csv");
        let header = text.lines().next().expect("header");
        let name = f.file_name().expect("name").to_string_lossy().into_owned();
        if name.starts_with("nodes-") {
            assert!(header.starts_with("id:ID,:LABEL"), "{name}: {header}");
            ids.extend(
                text.lines()
                    .skip(1)
                    .map(|l| l.split(',').next().unwrap_or_default().to_owned()),
            );
        } else {
            assert!(
                header.starts_with(":START_ID,:END_ID,:TYPE"),
                "{name}: {header}"
            );
            for line in text.lines().skip(1) {
                let mut fields = line.split(',');
                ends.push(fields.next().unwrap_or_default().to_owned());
                ends.push(fields.next().unwrap_or_default().to_owned());
            }
        }
    }
    assert_eq!(ids.len(), g.nodes.len());
    assert_eq!(ends.len(), 2 * g.edges.len());
    for id in &ends {
        assert!(ids.contains(id), "relationship end {id} is not a node");
    }
}

#[test]
fn graphml_and_dot_name_every_node_they_link() {
    let g = fixture_graph();
    let mut graphml = Vec::new();
    property::write_graphml(&g, &mut graphml).expect("graphml");
    let graphml = String::from_utf8(graphml).expect("utf-8");
    assert_eq!(graphml.matches("<node id=").count(), g.nodes.len());
    assert_eq!(graphml.matches("<edge id=").count(), g.edges.len());
    assert!(graphml.contains("<data key=\"label\">Martin Okafor</data>"));

    let mut dot = Vec::new();
    property::write_dot(&g, &mut dot).expect("dot");
    let dot = String::from_utf8(dot).expect("utf-8");
    assert!(dot.starts_with("digraph newsgraph {"));
    assert!(dot.contains("[label=\"Anna Lindqvist\", shape=ellipse"));
    assert!(dot.contains(
        "\"https://w3id.org/newsgraph/id/person/anna-lindqvist\" -> \"https://w3id.org/newsgraph/id/person/martin-okafor\""
    ));
}

#[test]
fn the_dataset_description_counts_the_graph() {
    let quads = common::quads_of(&common::fixtures());
    let meta = newsgraph::rdf::meta_graph();
    let data = quads
        .iter()
        .filter(|q| q.graph_name.to_string() != format!("<{meta}>"))
        .count();
    let rows = common::run_query(
        &quads,
        "SELECT ?triples ?documents WHERE { ?d void:triples ?triples ; void:documents ?documents ; a dcat:Dataset }",
    );
    let articles = newsgraph::corpus::read(&common::fixtures())
        .expect("corpus reads")
        .articles
        .len();
    assert_eq!(articles, 5);
    assert_eq!(
        rows.trim(),
        format!("triples\tdocuments\n{data}\t{articles}")
    );
    let rows = common::run_query(
        &quads,
        "SELECT ?license ?title ?tool WHERE { ?d a void:Dataset ; dcterms:license ?license ; dcterms:title ?title ;
           prov:wasGeneratedBy/prov:wasAssociatedWith/schema:softwareVersion ?tool }",
    );
    assert_eq!(
        rows.trim(),
        format!(
            "license\ttitle\ttool\nhttps://creativecommons.org/licenses/by/4.0/\tnewsgraph test fixtures\t{}",
            env!("CARGO_PKG_VERSION")
        )
    );
}

#[test]
fn validation_passes_on_our_graph_and_names_the_span_of_each_violation() {
    let quads = common::quads_of(&common::fixtures());
    let db = store::in_memory(&quads).expect("store");
    let report = newsgraph::validate::run(&db, newsgraph::vocab::SHAPES_TTL, "shapes.ttl")
        .expect("validates");
    assert!(report.conforms(), "{:#?}", report.violations);
    assert!(report.focus_nodes > 100 && report.checks > 50);

    // Break one mention (no end offset) and one country code (lower case).
    let end_index = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex";
    let broken = quads
        .iter()
        .find(|q| q.predicate.as_str() == end_index)
        .expect("a mention")
        .clone();
    let iso = newsgraph::vocab::ng("iso3166Alpha2");
    let doctored: Vec<_> = quads
        .iter()
        .filter(|q| **q != broken)
        .map(|q| {
            if q.predicate.as_str() == iso {
                let lower = oxigraph::model::Literal::new_simple_literal(
                    q.object.to_string().trim_matches('"').to_lowercase(),
                );
                oxigraph::model::Quad::new(
                    q.subject.clone(),
                    q.predicate.clone(),
                    lower,
                    q.graph_name.clone(),
                )
            } else {
                q.clone()
            }
        })
        .collect();
    let db = store::in_memory(&doctored).expect("store");
    let report = newsgraph::validate::run(&db, newsgraph::vocab::SHAPES_TTL, "shapes.ttl")
        .expect("validates");
    let countries = quads.iter().filter(|q| q.predicate.as_str() == iso).count();
    assert_eq!(
        report.violations.len(),
        1 + countries,
        "{:#?}",
        report.violations
    );
    let missing = report
        .violations
        .iter()
        .find(|v| v.path == end_index)
        .expect("the missing end offset is reported");
    assert_eq!(missing.constraint, "sh:minCount 1");
    assert_eq!(
        missing.focus,
        broken.subject.to_string().trim_matches(['<', '>'])
    );
    assert!(
        missing.article.is_some() && missing.start.is_some(),
        "{missing:?}"
    );
    assert!(report
        .violations
        .iter()
        .any(|v| v.path == iso && v.constraint.starts_with("sh:pattern")));
}
