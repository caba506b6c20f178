//! The graph in RDF formats, from one code path: named graphs are written
//! one at a time, each sorted, so memory is bounded by the largest graph
//! (one article's facts, or the aggregate), not by the store, and two
//! builds of one corpus export byte-identical files.
//!
//! Formats with named graphs (N-Quads, TriG, JSON-LD) keep one graph per
//! article; Turtle, N-Triples and RDF/XML write the union. The mapper never
//! puts one triple in two graphs (a test checks it), so the union is the
//! graphs written one after another.

use crate::rdf::{lexicon_graph, ontology_graph, shapes_graph};
use crate::vocab::{COUNTRIES_TTL, ONTOLOGY_TTL, PLACES_TTL, PREFIXES, SHAPES_TTL};
use anyhow::{bail, Context, Result};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphName, NamedNode, Quad, TripleRef};
use oxigraph::store::Store;
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// An RDF serialisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GraphFormat {
    /// Turtle, with prefixes, grouped by subject (union of all graphs)
    Turtle,
    /// N-Triples (union of all graphs)
    Ntriples,
    /// N-Quads, one named graph per article
    Nquads,
    /// TriG, one named graph per article
    Trig,
    /// RDF/XML (union of all graphs)
    Rdfxml,
    /// JSON-LD, one named graph per article
    Jsonld,
}

impl GraphFormat {
    /// The oxigraph format.
    pub fn rdf(self) -> RdfFormat {
        match self {
            Self::Turtle => RdfFormat::Turtle,
            Self::Ntriples => RdfFormat::NTriples,
            Self::Nquads => RdfFormat::NQuads,
            Self::Trig => RdfFormat::TriG,
            Self::Rdfxml => RdfFormat::RdfXml,
            Self::Jsonld => RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
        }
    }

    /// Whether the format keeps named graphs.
    pub fn has_graphs(self) -> bool {
        matches!(self, Self::Nquads | Self::Trig | Self::Jsonld)
    }

    /// Whether every statement is one line (so files can be split anywhere).
    pub fn is_line_based(self) -> bool {
        matches!(self, Self::Nquads | Self::Ntriples)
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        self.rdf().file_extension()
    }
}

/// What an export may carry besides the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum Extra {
    /// Our ontology (ontology/newsgraph.ttl), in graph/ontology
    Ontology,
    /// The SHACL shapes (ontology/shapes.ttl), in graph/shapes
    Shapes,
    /// The SKOS lexicons of countries and places (ontology/lexicon/), in graph/lexicon
    Lexicon,
}

fn serializer(format: GraphFormat) -> Result<RdfSerializer> {
    let mut s = RdfSerializer::from_format(format.rdf());
    if matches!(
        format,
        GraphFormat::Turtle | GraphFormat::Trig | GraphFormat::Rdfxml
    ) {
        for (name, iri) in PREFIXES {
            s = s
                .with_prefix(*name, *iri)
                .with_context(|| format!("declaring prefix {name}"))?;
        }
    }
    Ok(s)
}

/// One named graph's quads, sorted by subject, predicate and object.
pub type GraphQuads = (GraphName, Vec<Quad>);

fn sort_graph(quads: &mut [Quad]) {
    quads.sort_by_cached_key(|q| {
        (
            q.subject.to_string(),
            q.predicate.to_string(),
            q.object.to_string(),
        )
    });
}

/// The named graphs of `store`, sorted by name, then `extras`; each graph's
/// quads are read from the store only when the iterator reaches it.
pub fn store_graphs<'a>(
    store: &'a Store,
    extras: &[Extra],
) -> Result<impl Iterator<Item = Result<GraphQuads>> + 'a> {
    let mut names = store
        .named_graphs()
        .collect::<Result<Vec<_>, _>>()
        .context("listing the store's graphs")?;
    names.sort_by_cached_key(ToString::to_string);
    let mut extras = extras.to_vec();
    extras.sort();
    extras.dedup();
    let data = names.into_iter().map(move |name| {
        let graph = GraphName::from(name.clone());
        let mut quads = store
            .quads_for_pattern(None, None, None, Some(graph.as_ref()))
            .collect::<Result<Vec<_>, _>>()
            .with_context(|| format!("reading graph {name} from the store"))?;
        sort_graph(&mut quads);
        Ok((graph, quads))
    });
    Ok(data.chain(extras.into_iter().map(extra_graph)))
}

/// The quads of a slice grouped by graph, in the order [`store_graphs`]
/// gives (for tests and in-memory graphs).
pub fn slice_graphs(quads: &[Quad]) -> impl Iterator<Item = Result<GraphQuads>> {
    let mut by_graph: std::collections::BTreeMap<String, GraphQuads> = Default::default();
    for q in quads {
        by_graph
            .entry(q.graph_name.to_string())
            .or_insert_with(|| (q.graph_name.clone(), Vec::new()))
            .1
            .push(q.clone());
    }
    by_graph.into_values().map(|(g, mut quads)| {
        sort_graph(&mut quads);
        quads.dedup();
        Ok((g, quads))
    })
}

/// The ontology, the shapes or the lexicon as a named graph.
fn extra_graph(extra: Extra) -> Result<GraphQuads> {
    let (texts, name, files) = match extra {
        Extra::Ontology => (
            &[ONTOLOGY_TTL][..],
            ontology_graph(),
            &["ontology/newsgraph.ttl"][..],
        ),
        Extra::Shapes => (
            &[SHAPES_TTL][..],
            shapes_graph(),
            &["ontology/shapes.ttl"][..],
        ),
        Extra::Lexicon => (
            &[COUNTRIES_TTL, PLACES_TTL][..],
            lexicon_graph(),
            &[
                "ontology/lexicon/countries.ttl",
                "ontology/lexicon/places.ttl",
            ][..],
        ),
    };
    let graph = GraphName::NamedNode(NamedNode::new_unchecked(name));
    let mut quads = Vec::new();
    for (text, file) in texts.iter().zip(files) {
        for q in RdfParser::from_format(RdfFormat::Turtle)
            .without_named_graphs()
            .for_slice(text.as_bytes())
        {
            let q = q.with_context(|| format!("parsing the built-in {file}"))?;
            quads.push(Quad::new(q.subject, q.predicate, q.object, graph.clone()));
        }
    }
    sort_graph(&mut quads);
    Ok((graph, quads))
}

/// Writes `graphs` in `format` to `out`; returns the number of statements.
pub fn write(
    graphs: impl Iterator<Item = Result<GraphQuads>>,
    format: GraphFormat,
    out: impl Write,
) -> Result<usize> {
    let mut writer = serializer(format)?.for_writer(out);
    let mut count = 0;
    for graph in graphs {
        let (_, quads) = graph?;
        for q in &quads {
            if format.has_graphs() {
                writer.serialize_quad(q)
            } else {
                writer.serialize_triple(q.as_ref())
            }
            .context("writing export")?;
        }
        count += quads.len();
    }
    writer.finish().context("finishing export")?;
    Ok(count)
}

/// Why `format` cannot be split into files of `per_file` statements, if it
/// cannot.
pub fn shard_problem(format: GraphFormat, per_file: usize) -> Option<String> {
    if !format.is_line_based() {
        Some(format!(
            "only nquads and ntriples can be split into shards, not {format:?}"
        ))
    } else if per_file == 0 {
        Some("--shard-size must be at least 1".to_owned())
    } else {
        None
    }
}

/// Writes `graphs` into `dir` as numbered files of at most `per_file`
/// statements each (`part-00001.nq`…), for the bulk loaders of large stores.
/// Only line-based formats (N-Quads, N-Triples) can be split. Returns each
/// file and its statement count.
pub fn write_shards(
    graphs: impl Iterator<Item = Result<GraphQuads>>,
    format: GraphFormat,
    dir: &Path,
    per_file: usize,
) -> Result<Vec<(PathBuf, usize)>> {
    if let Some(why) = shard_problem(format, per_file) {
        bail!("{why}");
    }
    fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut files: Vec<(PathBuf, usize)> = Vec::new();
    let mut current: Option<BufWriter<fs::File>> = None;
    let finish = |w: Option<BufWriter<fs::File>>, path: Option<&PathBuf>| -> Result<()> {
        if let (Some(mut w), Some(path)) = (w, path) {
            w.flush()
                .with_context(|| format!("writing {}", path.display()))?;
        }
        Ok(())
    };
    for graph in graphs {
        let (_, quads) = graph?;
        for q in &quads {
            if current.is_none() || files.last().is_some_and(|(_, n)| *n >= per_file) {
                finish(current.take(), files.last().map(|(p, _)| p))?;
                let path = dir.join(format!(
                    "part-{:05}.{}",
                    files.len() + 1,
                    format.extension()
                ));
                let file = fs::File::create(&path)
                    .with_context(|| format!("creating {}", path.display()))?;
                current = Some(BufWriter::new(file));
                files.push((path, 0));
            }
            let (Some(w), Some((path, n))) = (current.as_mut(), files.last_mut()) else {
                unreachable!("a shard is open");
            };
            let line = if format.has_graphs() {
                writeln!(w, "{q} .")
            } else {
                writeln!(w, "{} .", TripleRef::from(q.as_ref()))
            };
            line.with_context(|| format!("writing {}", path.display()))?;
            *n += 1;
        }
    }
    finish(current.take(), files.last().map(|(p, _)| p))?;
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::Literal;

    fn quads() -> Vec<Quad> {
        let g = |n: &str| {
            GraphName::NamedNode(NamedNode::new_unchecked(format!(
                "https://w3id.org/newsgraph/id/graph/{n}"
            )))
        };
        let s = NamedNode::new_unchecked("https://w3id.org/newsgraph/id/person/claudia-sheinbaum");
        let p = NamedNode::new_unchecked("http://www.w3.org/2000/01/rdf-schema#label");
        let o = Literal::new_language_tagged_literal_unchecked("Claudia Sheinbaum", "en");
        let q = NamedNode::new_unchecked("http://www.w3.org/2004/02/skos/core#prefLabel");
        vec![
            Quad::new(s.clone(), q, o.clone(), g("b")),
            Quad::new(s, p, o, g("a")),
        ]
    }

    #[test]
    fn turtle_is_the_union_with_prefixes() {
        let mut out = Vec::new();
        let n = write(slice_graphs(&quads()), GraphFormat::Turtle, &mut out).unwrap();
        assert_eq!(n, 2);
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("@prefix person: <https://w3id.org/newsgraph/id/person/>"),
            "{text}"
        );
        assert!(
            text.contains("person:claudia-sheinbaum rdfs:label \"Claudia Sheinbaum\"@en"),
            "{text}"
        );
    }

    #[test]
    fn nquads_keep_graphs_sorted() {
        let mut out = Vec::new();
        assert_eq!(
            write(slice_graphs(&quads()), GraphFormat::Nquads, &mut out).unwrap(),
            2
        );
        let text = String::from_utf8(out).unwrap();
        let a = text.find("graph/a>").unwrap();
        let b = text.find("graph/b>").unwrap();
        assert!(a < b);
    }

    #[test]
    fn the_lexicon_graph_holds_countries_and_places() {
        let (graph, quads) = extra_graph(Extra::Lexicon).unwrap();
        assert_eq!(graph.to_string(), format!("<{}>", lexicon_graph()));
        let has = |s: &str, p: &str, o: &str| {
            quads.iter().any(|q| {
                q.subject.to_string() == s && q.predicate.as_str() == p && q.object.to_string() == o
            })
        };
        let id = |path: &str| format!("<{}{path}>", crate::vocab::ID);
        let a = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
        assert!(has(&id("country/mx"), a, "<http://schema.org/Country>"));
        assert!(has(&id("place/ohio"), a, "<http://schema.org/Place>"));
        assert!(has(
            &id("place/ohio"),
            "http://schema.org/containedInPlace",
            &id("country/us")
        ));
    }

    #[test]
    fn shards_split_at_the_size_and_keep_every_line() {
        let dir = tempfile::tempdir().unwrap();
        let mut all = quads();
        all.extend(quads().into_iter().map(|q| {
            Quad::new(
                q.subject,
                q.predicate,
                Literal::new_simple_literal("other"),
                q.graph_name,
            )
        }));
        let files = write_shards(slice_graphs(&all), GraphFormat::Nquads, dir.path(), 3).unwrap();
        assert_eq!(
            files.iter().map(|(_, n)| *n).collect::<Vec<_>>(),
            vec![3, 1]
        );
        let lines: usize = files
            .iter()
            .map(|(p, _)| fs::read_to_string(p).unwrap().lines().count())
            .sum();
        assert_eq!(lines, 4);
        assert!(files[0].0.ends_with("part-00001.nq"));
        let err = write_shards(slice_graphs(&all), GraphFormat::Turtle, dir.path(), 3)
            .unwrap_err()
            .to_string();
        assert!(err.contains("only nquads and ntriples"), "{err}");
    }

    #[test]
    fn extras_parse_into_their_graphs() {
        for extra in [Extra::Ontology, Extra::Shapes, Extra::Lexicon] {
            let (g, quads) = extra_graph(extra).unwrap();
            assert!(quads.len() > 50, "{extra:?}");
            assert!(quads.iter().all(|q| q.graph_name == g));
        }
    }
}
