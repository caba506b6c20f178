//! Stage 7: writers. The graph in RDF formats ([`rdf`]) and as property
//! graphs for tools that are not RDF-native ([`property`]); query results
//! as a readable table or as CSV, TSV or SPARQL JSON; extractions and
//! evaluation reports. Everything goes to an `impl Write`, sorted, so two
//! builds of the same corpus export byte-identical files.

pub mod property;
pub mod rdf;

pub use rdf::{Extra, GraphFormat};

/// Everything `newsgraph export` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
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
    /// GraphML property graph (Gephi, Cytoscape, networkx)
    Graphml,
    /// CSV files for Neo4j's bulk importer (needs -o DIR)
    Neo4j,
    /// Graphviz DOT of the speaker-to-addressee network
    Dot,
}

impl ExportFormat {
    /// The RDF format, for the RDF serialisations.
    pub fn rdf(self) -> Option<GraphFormat> {
        Some(match self {
            Self::Turtle => GraphFormat::Turtle,
            Self::Ntriples => GraphFormat::Ntriples,
            Self::Nquads => GraphFormat::Nquads,
            Self::Trig => GraphFormat::Trig,
            Self::Rdfxml => GraphFormat::Rdfxml,
            Self::Jsonld => GraphFormat::Jsonld,
            Self::Graphml | Self::Neo4j | Self::Dot => return None,
        })
    }
}

/// What `newsgraph export` is asked for.
#[derive(Debug, Clone)]
pub struct ExportRequest {
    pub format: ExportFormat,
    /// A file (a directory for `neo4j` and shards); `None` is stdout.
    pub output: Option<std::path::PathBuf>,
    pub extras: Vec<Extra>,
    /// Split line-based RDF into files of at most this many statements.
    pub shard_size: Option<usize>,
}

/// Runs an export of `db`; writes to `stdout` unless the request names an
/// output. Returns a one-line summary for the user.
pub fn export(db: &Store, request: &ExportRequest, stdout: impl Write) -> Result<String> {
    use crate::error::UsageError;
    let to_file = |path: &std::path::Path,
                   write: &dyn Fn(&mut dyn Write) -> Result<String>|
     -> Result<String> {
        let file =
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
        let mut w = std::io::BufWriter::new(file);
        let summary = write(&mut w)?;
        w.flush()
            .with_context(|| format!("writing {}", path.display()))?;
        Ok(format!("{summary} to {}", path.display()))
    };
    let out = |write: &dyn Fn(&mut dyn Write) -> Result<String>| -> Result<String> {
        match &request.output {
            Some(path) => to_file(path, write),
            None => {
                let mut stdout = stdout;
                write(&mut stdout)
            }
        }
    };
    if let Some(format) = request.format.rdf() {
        if let Some(size) = request.shard_size {
            let Some(dir) = &request.output else {
                return Err(UsageError("--shard-size needs -o DIR".to_owned()).into());
            };
            if let Some(why) = rdf::shard_problem(format, size) {
                return Err(UsageError(why).into());
            }
            let files =
                rdf::write_shards(rdf::store_graphs(db, &request.extras)?, format, dir, size)?;
            let n: usize = files.iter().map(|(_, n)| n).sum();
            return Ok(format!(
                "exported {n} statements in {} files to {}",
                files.len(),
                dir.display()
            ));
        }
        return out(&|w| {
            let n = rdf::write(rdf::store_graphs(db, &request.extras)?, format, w)?;
            Ok(format!("exported {n} statements"))
        });
    }
    if request.shard_size.is_some() || !request.extras.is_empty() {
        return Err(
            UsageError("--shard-size and --include apply to RDF formats only".to_owned()).into(),
        );
    }
    let graph = property::from_store(db)?;
    let counts = format!("{} nodes, {} edges", graph.nodes.len(), graph.edges.len());
    match request.format {
        ExportFormat::Neo4j => {
            let Some(dir) = &request.output else {
                return Err(UsageError(
                    "--format neo4j writes several CSV files: give -o DIR".to_owned(),
                )
                .into());
            };
            let files = property::write_neo4j(&graph, dir)?;
            Ok(format!(
                "exported {counts} as {} CSV files to {}",
                files.len(),
                dir.display()
            ))
        }
        ExportFormat::Dot => out(&|w| {
            property::write_dot(&graph, w)?;
            Ok("exported the speaker-to-addressee network".to_owned())
        }),
        _ => out(&|w| {
            property::write_graphml(&graph, w)?;
            Ok(format!("exported {counts}"))
        }),
    }
}

use crate::vocab::PREFIXES;
use anyhow::{Context, Result};
use comfy_table::{presets, ContentArrangement, Table};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Term, Triple};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, QuerySolution, Variable};
use oxigraph::store::Store;
use std::io::Write;

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

pub use crate::vocab::display_term;

/// Materialised solutions: variables and rows.
#[derive(Debug)]
pub struct Solutions {
    pub variables: Vec<Variable>,
    pub rows: Vec<QuerySolution>,
}

/// What a query returned, ready to write.
#[derive(Debug)]
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
            "speaker": s.source, "speakers": s.speakers, "cue": s.cue, "negated": s.negated, "cue_lemma": s.cue_lemma, "cue_class": s.cue_class,
            "content": s.content.iter().map(|c| [c.char_start, c.char_end]).collect::<Vec<_>>(),
            "content_text": s.content_text, "kind": s.kind, "addressee": s.addressee,
            "medium": s.medium,
            "medium_span": s.medium_span.map(|m| [m.char_start, m.char_end]),
            "platform": s.platform, "date": s.date, "parent": s.parent,
        }))?;
    }
    for e in &x.events {
        line(json!({
            "type": "event", "doc": doc, "kind": e.kind, "trigger": e.trigger,
            "participants": e.participants, "date": e.date, "duration": e.duration,
            "place": e.place, "status": e.status,
            "status_span": e.status_span.map(|m| [m.char_start, m.char_end]),
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
    if report.given_cues {
        writeln!(
            out,
            "cue words given from the gold (--given-cues): the scores measure the rules alone"
        )?;
    }
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

/// Writes an agreement report as a table: F1 of annotators against one
/// another beside F1 of the extractor against each annotator.
pub fn write_agreement(report: &crate::eval::Agreement, mut out: impl Write) -> Result<()> {
    writeln!(
        out,
        "texts with several annotators: {}, annotator pairs: {}",
        report.texts, report.pairs
    )?;
    let mut table = Table::new();
    table.load_preset(presets::UTF8_FULL_CONDENSED).set_header([
        "subset",
        "role",
        "annotators exact F1",
        "annotators partial F1",
        "extractor exact F1",
        "extractor partial F1",
    ]);
    for (people, tool) in report.annotators.iter().zip(&report.extractor) {
        for (p, t) in people.roles.iter().zip(&tool.roles) {
            table.add_row([
                people.subset.to_owned(),
                p.role.to_owned(),
                format!("{:.1}", p.exact.f1),
                format!("{:.1}", p.partial.f1),
                format!("{:.1}", t.exact.f1),
                format!("{:.1}", t.partial.f1),
            ]);
        }
    }
    writeln!(out, "{table}")?;
    Ok(())
}

/// Writes the violations of a validation as a table (nothing when the graph
/// conforms).
pub fn write_validation(report: &crate::validate::Report, mut out: impl Write) -> Result<()> {
    if report.conforms() {
        return Ok(());
    }
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(["node", "property", "constraint", "value", "source"]);
    let compact = |iri: &str| {
        display_term(&Term::NamedNode(oxigraph::model::NamedNode::new_unchecked(
            iri,
        )))
    };
    for v in &report.violations {
        let source = match (&v.article, v.start, v.end) {
            (Some(a), Some(s), Some(e)) => format!("{}:{s}-{e}", compact(a)),
            (Some(a), _, _) => compact(a),
            _ => String::new(),
        };
        table.add_row([
            compact(&v.focus),
            compact(&v.path),
            v.constraint.clone(),
            v.value.clone().unwrap_or_default(),
            source,
        ]);
    }
    writeln!(out, "{table}").context("writing violations")?;
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
    use oxigraph::model::{Literal, NamedNode};

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
