//! The dataset description in `graph/meta`: VoID and DCAT statistics
//! computed from the quads themselves (triples, entities, class and property
//! partitions, vocabularies), the sources (one per article), the licence and
//! title the corpus manifest gives, the build time and the tool version.

use super::{article_iri, dcat, dct, meta_graph, prov, void, Out};
use crate::model::{Article, CorpusInfo};
use crate::vocab::{self, id, PREFIXES};
use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Quad, Term};
use std::collections::{BTreeMap, BTreeSet};

/// When and from what a graph was built.
#[derive(Debug, Clone, Default)]
pub struct BuildMeta {
    pub corpus: CorpusInfo,
    /// The build time, an `xsd:dateTime` (`None` leaves it out).
    pub built: Option<String>,
}

/// The IRI of the dataset the graph describes.
pub fn dataset_iri() -> String {
    id("dataset")
}

/// The dataset description of `data` (every quad but the description).
pub fn describe(data: &[Quad], articles: &[Article], meta: &BuildMeta) -> Vec<Quad> {
    let mut out = Out {
        quads: Vec::new(),
        graph: GraphName::NamedNode(NamedNode::new_unchecked(meta_graph())),
    };
    let ds = dataset_iri();
    out.a(&ds, &void("Dataset"));
    out.a(&ds, &dcat("Dataset"));
    let title = meta
        .corpus
        .title
        .as_deref()
        .unwrap_or("newsgraph knowledge graph");
    out.en(&ds, &dct("title"), title);
    let description = meta.corpus.description.as_deref().unwrap_or(
        "Who said what to whom, and the events reported, extracted from news articles by newsgraph.",
    );
    out.en(&ds, &dct("description"), description);
    if let Some(license) = &meta.corpus.license {
        if license.starts_with("http://") || license.starts_with("https://") {
            out.link(&ds, &dct("license"), license);
        } else {
            out.text(&ds, &dct("license"), license);
        }
    }
    if let Some(built) = &meta.built {
        out.typed(&ds, &dct("issued"), built, xsd::DATE_TIME);
    }
    out.link(&ds, &void("uriSpace"), vocab::ID);
    out.text(&ds, &dct("hasVersion"), env!("CARGO_PKG_VERSION"));

    // Provenance: the build activity and the software that ran it.
    let build = id("dataset/build");
    let tool = id(&format!("software/newsgraph-{}", env!("CARGO_PKG_VERSION")));
    out.link(&ds, &prov("wasGeneratedBy"), &build);
    out.a(&build, &prov("Activity"));
    if let Some(built) = &meta.built {
        out.typed(&build, &prov("endedAtTime"), built, xsd::DATE_TIME);
    }
    out.link(&build, &prov("wasAssociatedWith"), &tool);
    out.a(&tool, &prov("SoftwareAgent"));
    out.a(&tool, "http://schema.org/SoftwareApplication");
    out.text(&tool, "http://schema.org/name", "newsgraph");
    out.text(
        &tool,
        "http://schema.org/softwareVersion",
        env!("CARGO_PKG_VERSION"),
    );

    // Sources: one per article.
    out.count(&ds, &void("documents"), articles.len());
    for a in articles {
        let article = article_iri(&a.id.0);
        out.link(&ds, &dct("source"), &article);
        out.link(&build, &prov("used"), &article);
    }

    // Statistics.
    let mut triples = rustc_hash::FxHashSet::default();
    let mut subjects = BTreeSet::new();
    let mut objects = BTreeSet::new();
    let mut classes: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut properties: BTreeMap<String, usize> = BTreeMap::new();
    let mut namespaces = BTreeSet::new();
    for q in data {
        if !triples.insert((&q.subject, &q.predicate, &q.object)) {
            continue;
        }
        let subject = match &q.subject {
            NamedOrBlankNode::NamedNode(n) => n.as_str().to_owned(),
            other => other.to_string(),
        };
        subjects.insert(subject.clone());
        *properties
            .entry(q.predicate.as_str().to_owned())
            .or_default() += 1;
        namespaces.insert(namespace(q.predicate.as_str()));
        match &q.object {
            Term::NamedNode(o) => {
                objects.insert(o.as_str().to_owned());
                if q.predicate.as_ref() == rdf::TYPE {
                    classes
                        .entry(o.as_str().to_owned())
                        .or_default()
                        .insert(subject);
                    namespaces.insert(namespace(o.as_str()));
                }
            }
            other => {
                objects.insert(other.to_string());
            }
        }
    }
    let typed: BTreeSet<&String> = classes.values().flatten().collect();
    out.count(&ds, &void("triples"), triples.len());
    out.count(&ds, &void("entities"), typed.len());
    out.count(&ds, &void("distinctSubjects"), subjects.len());
    out.count(&ds, &void("distinctObjects"), objects.len());
    out.count(&ds, &void("classes"), classes.len());
    out.count(&ds, &void("properties"), properties.len());
    for (class, members) in &classes {
        let part = id(&format!("dataset/class/{}", local_key(class)));
        out.link(&ds, &void("classPartition"), &part);
        out.link(&part, &void("class"), class);
        out.count(&part, &void("entities"), members.len());
    }
    for (property, n) in &properties {
        let part = id(&format!("dataset/property/{}", local_key(property)));
        out.link(&ds, &void("propertyPartition"), &part);
        out.link(&part, &void("property"), property);
        out.count(&part, &void("triples"), *n);
    }
    for ns in namespaces {
        out.link(&ds, &void("vocabulary"), &ns);
    }
    out.quads
}

/// The namespace of an IRI: up to its last `#` or `/`.
fn namespace(iri: &str) -> String {
    let end = iri.rfind(['#', '/']).map_or(iri.len(), |i| i + 1);
    iri[..end].to_owned()
}

/// A readable, stable key for a class or property IRI: its prefixed name
/// (`schema-Person`), or a hex digest when no prefix fits.
fn local_key(iri: &str) -> String {
    PREFIXES
        .iter()
        .filter(|(_, ns)| iri.starts_with(ns) && iri.len() > ns.len())
        .max_by_key(|(_, ns)| ns.len())
        .map(|(p, ns)| format!("{p}-{}", &iri[ns.len()..]))
        .unwrap_or_else(|| super::sha256_hex(iri)[..12].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::Literal;

    #[test]
    fn counts_classes_properties_and_sources() {
        let g = GraphName::NamedNode(NamedNode::new_unchecked(id("graph/aggregate")));
        let person = NamedNode::new_unchecked(id("person/a"));
        let data = vec![
            Quad::new(
                person.clone(),
                rdf::TYPE,
                NamedNode::new_unchecked("http://schema.org/Person"),
                g.clone(),
            ),
            Quad::new(
                person,
                NamedNode::new_unchecked(format!("{}label", vocab::RDFS)),
                Literal::new_simple_literal("A"),
                g,
            ),
        ];
        let meta = BuildMeta {
            corpus: CorpusInfo {
                license: Some("https://creativecommons.org/licenses/by/4.0/".to_owned()),
                ..CorpusInfo::default()
            },
            built: Some("2026-01-13T00:00:00Z".to_owned()),
        };
        let quads = describe(&data, &[Article::new("x", "text")], &meta);
        let has = |p: &str, o: &str| {
            quads
                .iter()
                .any(|q| q.predicate.as_str() == p && q.object.to_string() == o)
        };
        assert!(has(
            &void("triples"),
            "\"2\"^^<http://www.w3.org/2001/XMLSchema#integer>"
        ));
        assert!(has(
            &void("entities"),
            "\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>"
        ));
        assert!(has(&void("vocabulary"), "<http://schema.org/>"));
        assert!(has(
            &dct("license"),
            "<https://creativecommons.org/licenses/by/4.0/>"
        ));
        assert!(has(&dct("source"), &format!("<{}>", article_iri("x"))));
        assert!(has(&void("class"), "<http://schema.org/Person>"));
        assert!(quads.iter().any(|q| q
            .subject
            .to_string()
            .contains("dataset/class/schema-Person")));
    }
}
