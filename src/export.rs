//! Writers: the graph in RDF formats, and query results as a readable table
//! or as CSV, TSV or SPARQL JSON. Everything goes to an `impl Write`.
//!
//! Output is sorted so that two builds of the same corpus export
//! byte-identical files. Formats with named graphs (N-Quads, TriG, JSON-LD)
//! keep one graph per article; Turtle, N-Triples and RDF/XML write the union
//! of all graphs, grouped by subject.

use crate::vocab::PREFIXES;
use anyhow::{Context, Result};
use comfy_table::{presets, ContentArrangement, Table};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::{Quad, Term, Triple};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, QuerySolution, Variable};
use oxigraph::store::Store;
use std::io::Write;

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
    fn rdf(self) -> RdfFormat {
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
}

/// How query results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ResultFormat {
    /// A readable table
    Table,
    /// SPARQL 1.1 CSV
    Csv,
    /// SPARQL 1.1 TSV
    Tsv,
    /// SPARQL 1.1 JSON results
    Json,
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

/// Writes quads in `format`, sorted; the union of their graphs for formats
/// without named graphs. Returns the number of statements written.
pub fn write_quads(quads: &[Quad], format: GraphFormat, out: impl Write) -> Result<usize> {
    let mut writer = serializer(format)?.for_writer(out);
    let count = if format.has_graphs() {
        let mut sorted: Vec<&Quad> = quads.iter().collect();
        sorted.sort_by_cached_key(|q| {
            (
                q.graph_name.to_string(),
                q.subject.to_string(),
                q.predicate.to_string(),
                q.object.to_string(),
            )
        });
        for q in &sorted {
            writer.serialize_quad(*q).context("writing export")?;
        }
        sorted.len()
    } else {
        let mut triples: Vec<Triple> = quads
            .iter()
            .map(|q| Triple::new(q.subject.clone(), q.predicate.clone(), q.object.clone()))
            .collect();
        triples.sort_by_cached_key(|t| {
            (
                t.subject.to_string(),
                t.predicate.to_string(),
                t.object.to_string(),
            )
        });
        triples.dedup();
        for t in &triples {
            writer.serialize_triple(t).context("writing export")?;
        }
        triples.len()
    };
    writer.finish().context("finishing export")?;
    Ok(count)
}

/// All quads of a store.
pub fn store_quads(store: &Store) -> Result<Vec<Quad>> {
    store
        .iter()
        .map(|q| q.context("reading the store"))
        .collect()
}

/// Compact form of a term for tables: literals as their text, IRIs with a
/// known prefix as `prefix:local`.
pub fn display_term(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => {
            let iri = n.as_str();
            PREFIXES
                .iter()
                .filter(|(_, ns)| iri.starts_with(ns) && iri.len() > ns.len())
                .max_by_key(|(_, ns)| ns.len())
                .map(|(p, ns)| format!("{p}:{}", &iri[ns.len()..]))
                .unwrap_or_else(|| iri.to_owned())
        }
        Term::Literal(l) => l.value().to_owned(),
        other => other.to_string(),
    }
}

/// Materialised solutions: variables and rows.
pub struct Solutions {
    pub variables: Vec<Variable>,
    pub rows: Vec<QuerySolution>,
}

/// What a query returned, ready to write.
pub enum Answer {
    Solutions(Solutions),
    Boolean(bool),
    Graph(Vec<Triple>),
}

impl Answer {
    pub fn collect(results: QueryResults<'_>) -> Result<Self> {
        Ok(match results {
            QueryResults::Solutions(solutions) => {
                let variables = solutions.variables().to_vec();
                let rows = solutions
                    .collect::<Result<Vec<_>, _>>()
                    .context("evaluating the query")?;
                Self::Solutions(Solutions { variables, rows })
            }
            QueryResults::Boolean(b) => Self::Boolean(b),
            QueryResults::Graph(triples) => Self::Graph(
                triples
                    .collect::<Result<Vec<_>, _>>()
                    .context("evaluating the query")?,
            ),
        })
    }

    /// Rows (solutions or triples) in the answer.
    pub fn len(&self) -> usize {
        match self {
            Self::Solutions(s) => s.rows.len(),
            Self::Boolean(_) => 1,
            Self::Graph(t) => t.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Writes a query answer in `format`. Tables fit the terminal when stdout is
/// one.
pub fn write_answer(answer: &Answer, format: ResultFormat, mut out: impl Write) -> Result<()> {
    let results_format = match format {
        ResultFormat::Table => None,
        ResultFormat::Csv => Some(QueryResultsFormat::Csv),
        ResultFormat::Tsv => Some(QueryResultsFormat::Tsv),
        ResultFormat::Json => Some(QueryResultsFormat::Json),
    };
    match answer {
        Answer::Solutions(s) => match results_format {
            None => {
                let mut table = Table::new();
                table
                    .load_preset(presets::UTF8_FULL_CONDENSED)
                    .set_content_arrangement(ContentArrangement::Dynamic)
                    .set_header(s.variables.iter().map(|v| v.as_str().to_owned()));
                for row in &s.rows {
                    table.add_row(
                        s.variables
                            .iter()
                            .map(|v| row.get(v).map(display_term).unwrap_or_default()),
                    );
                }
                writeln!(out, "{table}").context("writing results")?;
            }
            Some(f) => {
                let mut w = QueryResultsSerializer::from_format(f)
                    .serialize_solutions_to_writer(&mut out, s.variables.clone())
                    .context("writing results")?;
                for row in &s.rows {
                    w.serialize(row).context("writing results")?;
                }
                w.finish().context("writing results")?;
            }
        },
        Answer::Boolean(b) => match results_format {
            None => writeln!(out, "{b}").context("writing results")?,
            Some(f) => {
                QueryResultsSerializer::from_format(f)
                    .serialize_boolean_to_writer(&mut out, *b)
                    .context("writing results")?;
            }
        },
        Answer::Graph(triples) => {
            let format = if format == ResultFormat::Table {
                RdfFormat::Turtle
            } else {
                RdfFormat::NTriples
            };
            let mut s = RdfSerializer::from_format(format);
            if format == RdfFormat::Turtle {
                for (name, iri) in PREFIXES {
                    s = s
                        .with_prefix(*name, *iri)
                        .with_context(|| format!("declaring prefix {name}"))?;
                }
            }
            let mut w = s.for_writer(&mut out);
            for t in triples {
                w.serialize_triple(t).context("writing results")?;
            }
            w.finish().context("writing results")?;
        }
    }
    Ok(())
}

/// Writes an extraction as JSON Lines: one object per mention, statement
/// and event, each with `type` and `doc` (the file name without extension).
pub fn write_extraction(
    doc: &str,
    x: &crate::model::Extraction,
    mut out: impl Write,
) -> Result<()> {
    use serde_json::json;
    let mut line = |value: serde_json::Value| -> Result<()> {
        serde_json::to_writer(&mut out, &value).context("writing JSON")?;
        out.write_all(b"\n").context("writing JSON")
    };
    for m in &x.mentions {
        line(json!({
            "type": "mention", "doc": doc, "text": m.text, "start": m.span.char_start, "end": m.span.char_end,
            "kind": m.kind, "form": m.form, "entity": m.entity, "office": m.office,
        }))?;
    }
    for (i, s) in x.statements.iter().enumerate() {
        line(json!({
            "type": "statement", "doc": doc, "index": i,
            "speaker": s.source, "cue": s.cue,
            "content": s.content.iter().map(|c| [c.char_start, c.char_end]).collect::<Vec<_>>(),
            "content_text": s.content_text, "kind": s.kind, "addressee": s.addressee,
            "medium": s.medium, "platform": s.platform, "date": s.date, "parent": s.parent,
        }))?;
    }
    for e in &x.events {
        line(json!({
            "type": "event", "doc": doc, "kind": e.kind, "trigger": e.trigger,
            "participants": e.participants, "date": e.date, "duration": e.duration,
            "place": e.place, "status": e.status,
        }))?;
    }
    Ok(())
}

/// Writes an evaluation report as a readable table.
pub fn write_eval(report: &crate::eval::Report, mut out: impl Write) -> Result<()> {
    writeln!(
        out,
        "{} articles, {} words, {} gold attributions, {} predicted",
        report.articles, report.words, report.gold_attributions, report.predicted_attributions
    )?;
    let mut table = Table::new();
    table.load_preset(presets::UTF8_FULL_CONDENSED).set_header([
        "subset",
        "role",
        "exact P",
        "exact R",
        "exact F1",
        "partial P",
        "partial R",
        "partial F1",
        "gold",
        "predicted",
    ]);
    for s in &report.subsets {
        for r in &s.roles {
            table.add_row([
                s.subset.to_owned(),
                r.role.to_owned(),
                format!("{:.1}", r.exact.precision),
                format!("{:.1}", r.exact.recall),
                format!("{:.1}", r.exact.f1),
                format!("{:.1}", r.partial.precision),
                format!("{:.1}", r.partial.recall),
                format!("{:.1}", r.partial.f1),
                r.exact.gold.to_string(),
                r.exact.predicted.to_string(),
            ]);
        }
    }
    writeln!(out, "{table}")?;
    writeln!(
        out,
        "extraction: {:.2} M words/s on one core ({:.3} s)",
        report.words_per_second / 1e6,
        report.extraction_seconds
    )?;
    Ok(())
}

/// Writes the statements of an extraction as readable lines.
pub fn write_extraction_text(
    doc: &str,
    x: &crate::model::Extraction,
    mut out: impl Write,
) -> Result<()> {
    for s in &x.statements {
        let who = |p: &Option<crate::model::Piece>| {
            p.as_ref().map_or_else(
                || "?".to_owned(),
                |p| match &p.entity {
                    Some(e) => format!("{} [{e}]", p.text),
                    None => p.text.clone(),
                },
            )
        };
        writeln!(
            out,
            "{doc}:{}: {}{} —{}→ {} | {} | {}{}{}\n    {}",
            s.cue.start,
            if s.parent.is_some() {
                "  (nested) "
            } else {
                ""
            },
            who(&s.source),
            s.cue.text,
            who(&s.addressee),
            s.kind.as_str(),
            s.medium.map(|m| m.as_str()).unwrap_or("-"),
            s.platform
                .as_ref()
                .map(|p| format!(" ({p})"))
                .unwrap_or_default(),
            s.date
                .as_ref()
                .map(|d| format!(" {}", d.begin))
                .unwrap_or_default(),
            s.content_text
        )
        .context("writing statements")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{GraphName, Literal, NamedNode};

    fn quads() -> Vec<Quad> {
        let g = |n: &str| {
            GraphName::NamedNode(NamedNode::new_unchecked(format!(
                "https://w3id.org/newsgraph/id/graph/{n}"
            )))
        };
        let s = NamedNode::new_unchecked("https://w3id.org/newsgraph/id/person/claudia-sheinbaum");
        let p = NamedNode::new_unchecked("http://www.w3.org/2000/01/rdf-schema#label");
        let o = Literal::new_language_tagged_literal_unchecked("Claudia Sheinbaum", "en");
        vec![
            Quad::new(s.clone(), p.clone(), o.clone(), g("b")),
            Quad::new(s, p, o, g("a")),
        ]
    }

    #[test]
    fn turtle_is_the_union_with_prefixes() {
        let mut out = Vec::new();
        let n = write_quads(&quads(), GraphFormat::Turtle, &mut out).unwrap();
        assert_eq!(n, 1);
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
            write_quads(&quads(), GraphFormat::Nquads, &mut out).unwrap(),
            2
        );
        let text = String::from_utf8(out).unwrap();
        let a = text.find("graph/a>").unwrap();
        let b = text.find("graph/b>").unwrap();
        assert!(a < b);
    }

    #[test]
    fn terms_display_compactly() {
        let iri = Term::NamedNode(NamedNode::new_unchecked(
            "https://w3id.org/newsgraph/ontology#Direct",
        ));
        assert_eq!(display_term(&iri), "ng:Direct");
        assert_eq!(
            display_term(&Term::Literal(Literal::new_simple_literal("x"))),
            "x"
        );
    }
}
