//! Command-line arguments (clap derive). No logic lives here.

use clap::{Args as ClapArgs, Parser, Subcommand, ValueEnum};
use newsgraph::export::{ExportFormat, Extra, ResultFormat};
use newsgraph::extract::cuemodel::Settings;
use newsgraph::remote::{AuthScheme, Remote};
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Exit codes: 0 success, 1 runtime error (including articles that failed to load), 2 usage error.

Quick start, on the bundled corpus:
  newsgraph query who-said-what-to-whom        build the store if needed, then print the table
  newsgraph queries                             list the bundled queries
  newsgraph export -o graph.ttl                 write the graph as Turtle
  newsgraph export -f graphml -o graph.graphml  the graph for Gephi, Cytoscape or networkx
  newsgraph validate                            check the graph against the SHACL shapes
  newsgraph push --endpoint URL                 load it into another SPARQL store";

/// Turn news articles into a knowledge graph of who said what to whom
///
/// newsgraph reads plain-text news articles, finds the people, countries and
/// organisations in them, the statements (speaker, addressee, cue, content,
/// occasion, date) and the events, resolves them across articles, stores
/// them as RDF in an embedded Oxigraph store and answers SPARQL queries.
#[derive(Debug, Parser)]
#[command(name = "newsgraph", version, about, long_about, after_help = AFTER_HELP)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
    /// Print no progress or summary on stderr
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Build(BuildArgs),
    Query(QueryArgs),
    Queries(QueriesArgs),
    Export(ExportArgs),
    Extract(ExtractArgs),
    Eval(EvalArgs),
    Train(TrainArgs),
    Validate(ValidateArgs),
    Push(PushArgs),
}

/// How to reach and log in to a remote store.
#[derive(Debug, Clone, ClapArgs)]
pub struct RemoteArgs {
    /// User name for the remote store
    #[arg(long, value_name = "NAME", env = "NEWSGRAPH_USER")]
    pub user: Option<String>,
    /// Password for the remote store (better: the NEWSGRAPH_PASSWORD variable)
    #[arg(
        long,
        value_name = "SECRET",
        env = "NEWSGRAPH_PASSWORD",
        hide_env_values = true
    )]
    pub password: Option<String>,
    /// Authentication scheme
    #[arg(long, value_enum, default_value_t = AuthScheme::Auto)]
    pub auth: AuthScheme,
    /// Seconds to wait for each request
    #[arg(long, value_name = "SECONDS", default_value_t = 60)]
    pub timeout: u64,
    /// Further attempts after a failure that may pass (no connection,
    /// timeout, 429, 5xx), with exponential backoff from 0.5 s
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub retries: u32,
}

impl RemoteArgs {
    pub fn remote(&self, url: &str) -> Remote {
        Remote {
            url: url.to_owned(),
            user: self.user.clone(),
            password: self.password.clone(),
            auth: self.auth,
            timeout: std::time::Duration::from_secs(self.timeout.max(1)),
            retries: self.retries,
        }
    }
}

/// Where the corpus and the store are.
#[derive(Debug, Clone, ClapArgs)]
pub struct StoreArgs {
    /// Store directory (created if missing)
    #[arg(
        long,
        value_name = "DIR",
        default_value = ".newsgraph",
        env = "NEWSGRAPH_STORE"
    )]
    pub store: PathBuf,
}

/// Build the store from a corpus directory
///
/// Reads every article of CORPUS (its manifest.toml, or every .txt file),
/// extracts mentions, statements and events, resolves them across articles
/// and replaces the store with the result. Re-running gives the same store.
/// An article that cannot be read, or that the extractor fails on (a bug,
/// caught rather than a crash), is reported with its file and reason and
/// skipped; the rest lands and the command exits with 1. The previous store
/// stays readable until the new one is complete.
#[derive(Debug, ClapArgs)]
pub struct BuildArgs {
    /// Corpus directory
    #[arg(value_name = "CORPUS", default_value = "corpus")]
    pub corpus: PathBuf,
    #[command(flatten)]
    pub store: StoreArgs,
    /// Stop at the first article that fails, leaving the store untouched
    #[arg(long)]
    pub fail_fast: bool,
}

/// Run a bundled query, a .rq file, or inline SPARQL
///
/// Queries run over the union of all named graphs, with the prefixes ng:,
/// schema:, prov:, nif:, sem:, gaf:, rdfs:… predeclared. If the store is
/// missing or older than the corpus it is built first.
#[derive(Debug, ClapArgs)]
pub struct QueryArgs {
    /// Name of a bundled query (see `newsgraph queries`) or a .rq file
    #[arg(
        value_name = "NAME|FILE.rq",
        required_unless_present = "sparql",
        conflicts_with = "sparql"
    )]
    pub query: Option<String>,
    /// SPARQL text to run instead of a named query
    #[arg(long, value_name = "TEXT")]
    pub sparql: Option<String>,
    /// Set a query parameter, e.g. `-p person=Sheinbaum` (repeatable)
    #[arg(short, long = "param", value_name = "NAME=VALUE", value_parser = newsgraph::queries::parse_param)]
    pub params: Vec<(String, String)>,
    /// Output format
    #[arg(short, long, value_enum, default_value_t = ResultFormat::Table)]
    pub format: ResultFormat,
    /// Corpus to build from when the store is missing or stale
    #[arg(long, value_name = "DIR", default_value = "corpus")]
    pub corpus: PathBuf,
    #[command(flatten)]
    pub store: StoreArgs,
    /// Run the query at this SPARQL endpoint instead of the local store
    /// (SPARQL 1.1 Protocol; the store's default graph should be the union
    /// of its named graphs, as after `newsgraph push`)
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,
    #[command(flatten)]
    pub remote: RemoteArgs,
}

/// Load the graph into a remote store
///
/// Replaces each named graph of the local store (one per article, the
/// aggregate and the dataset description) at a SPARQL 1.1 Graph Store
/// Protocol endpoint with HTTP PUT, so pushing twice changes nothing.
/// Examples of endpoints: Oxigraph server http://HOST:7878/store, Fuseki
/// http://HOST:3030/DATASET/data, Virtuoso
/// http://HOST:8890/sparql-graph-crud-auth (digest authentication), GraphDB
/// http://HOST:7200/repositories/REPO/rdf-graphs/service.
#[derive(Debug, ClapArgs)]
pub struct PushArgs {
    /// Graph Store Protocol endpoint
    #[arg(long, value_name = "URL")]
    pub endpoint: String,
    #[command(flatten)]
    pub remote: RemoteArgs,
    /// Corpus to build from when the store is missing or stale
    #[arg(long, value_name = "DIR", default_value = "corpus")]
    pub corpus: PathBuf,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// List the bundled queries and what each answers
#[derive(Debug, ClapArgs)]
pub struct QueriesArgs {
    /// Output format
    #[arg(short, long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// A readable table
    Table,
    /// JSON
    Json,
}

/// Export the graph: RDF formats, property graphs, or a network picture
///
/// RDF output is sorted, so two builds of the same corpus export identical
/// files (set SOURCE_DATE_EPOCH at build time to fix the recorded build
/// time too). N-Quads, TriG and JSON-LD keep one named graph per article;
/// Turtle, N-Triples and RDF/XML write the union of all graphs. Every export
/// carries the dataset description (VoID and DCAT, graph/meta). GraphML and
/// the Neo4j CSV files hold entities, articles, utterances and events, with
/// the article and span of every edge; DOT draws who spoke to whom.
#[derive(Debug, ClapArgs)]
#[command(after_help = "Examples:
  newsgraph export -o graph.ttl
  newsgraph export -f nquads --include ontology,shapes -o graph.nq
  newsgraph export -f nquads --shard-size 1000000 -o shards/
  newsgraph export -f graphml -o graph.graphml
  newsgraph export -f neo4j -o neo4j-import/
  newsgraph export -f dot | dot -Tsvg > network.svg")]
pub struct ExportArgs {
    /// Output format
    #[arg(short, long, value_enum, default_value_t = ExportFormat::Turtle)]
    pub format: ExportFormat,
    /// Write to FILE (a directory for neo4j and shards) instead of stdout
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Add our ontology, SHACL shapes and/or lexicon of countries and places (RDF formats;
    /// each in its own named graph)
    #[arg(long, value_enum, value_delimiter = ',', value_name = "WHAT")]
    pub include: Vec<Extra>,
    /// Split N-Quads or N-Triples into files of at most N statements, for
    /// the bulk loaders of large stores (needs -o DIR)
    #[arg(long, value_name = "N")]
    pub shard_size: Option<usize>,
    /// Corpus to build from when the store is missing or stale
    #[arg(long, value_name = "DIR", default_value = "corpus")]
    pub corpus: PathBuf,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// Check the store against the SHACL shapes
///
/// Checks every node the shapes target (ontology/shapes.ttl unless --shapes
/// names another file) and lists each violation with the node, the property,
/// the constraint, the value and the article and code-point span the node
/// came from. Exits with 1 when there are violations.
#[derive(Debug, ClapArgs)]
pub struct ValidateArgs {
    /// SHACL shapes in Turtle (default: the built-in ontology/shapes.ttl)
    #[arg(long, value_name = "FILE")]
    pub shapes: Option<PathBuf>,
    /// Output format
    #[arg(short, long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
    /// Corpus to build from when the store is missing or stale
    #[arg(long, value_name = "DIR", default_value = "corpus")]
    pub corpus: PathBuf,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// Show what the extractor finds in articles, without a store
///
/// Prints one JSON object per line: each mention, statement and event, with
/// code-point offsets into the file's text (see the README for the schema).
#[derive(Debug, ClapArgs)]
pub struct ExtractArgs {
    /// Article files (plain UTF-8 text)
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
    /// Output format
    #[arg(short, long, value_enum, default_value_t = ExtractFormat::Jsonl)]
    pub format: ExtractFormat,
    /// Publication date (YYYY-MM-DD) to resolve relative dates against, for
    /// files whose names carry none
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
}

/// Score the extractor against gold attribution annotations
///
/// GOLD is a directory in PolNeAR's layout: text/*.txt and
/// attributions/*.ann (brat standoff, spans in Unicode code points). Prints
/// precision, recall and F1 for source, cue and content, exact and partial
/// (word-overlap F1 of at least 0.5, one-to-one), for all attributions,
/// direct quotes and speech cues, and the extraction speed on one core. See
/// the README for the metric.
#[derive(Debug, ClapArgs)]
pub struct EvalArgs {
    /// Gold directory (e.g. ../shared/polnear/dev)
    #[arg(long, value_name = "DIR")]
    pub gold: PathBuf,
    /// Output format
    #[arg(short, long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
    /// Also write the extractor's attributions as brat standoff, one
    /// NAME.ann per gold text NAME.txt, for viewing or diffing beside the
    /// gold
    #[arg(long, value_name = "DIR")]
    pub predictions: Option<PathBuf>,
    /// Instead, on the texts that several annotators annotated (files
    /// NAME_xxxx.ann beside one another), score each pair of annotators
    /// with the same metric, and the extractor against each annotator:
    /// the agreement people reach, to read the scores against
    #[arg(long, conflicts_with = "predictions")]
    pub agreement: bool,
    /// Give the extractor the gold cue words in place of its cue model's
    /// judgement (the lexicon and the rules still apply), so that the
    /// scores measure how well the rules find each cue's source and
    /// content: what a cue detector that is never wrong would reach
    #[arg(long, conflicts_with = "agreement")]
    pub given_cues: bool,
}

/// Train the extractor's cue model on gold attribution annotations
///
/// GOLD is a directory in PolNeAR's layout (as for `eval`). Every word token
/// is an example, a cue when it heads a gold cue (its first word that is not
/// an auxiliary, modal, negation or adverb: "called" in "has repeatedly
/// called", "address" in "did not address"); a logistic regression learns
/// from them, fitted to its one optimum, so the same gold gives the same
/// model and a small change to the examples changes it little.
/// The built-in model was trained with
/// `newsgraph train --gold ../shared/polnear/train -o src/extract/cue-model.tsv`;
/// rebuild newsgraph to use a new one.
#[derive(Debug, ClapArgs)]
pub struct TrainArgs {
    /// Gold directory (e.g. ../shared/polnear/train)
    #[arg(long, value_name = "DIR")]
    pub gold: PathBuf,
    /// Where to write the model (default: stdout)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The strength of the L2 penalty on the weights (above zero)
    #[arg(long, value_name = "STRENGTH", default_value_t = Settings::default().l2, value_parser = positive)]
    pub l2: f64,
    /// Features seen fewer times than this get no weight
    #[arg(long, default_value_t = Settings::default().min_count)]
    pub min_count: u32,
    /// Weights smaller than this (in absolute value) are left out
    #[arg(long, default_value_t = Settings::default().min_weight)]
    pub min_weight: f32,
    /// Also score the new model's cue heads on this gold directory (e.g.
    /// ../shared/polnear/dev), reported on stderr
    #[arg(long, value_name = "DIR")]
    pub heldout: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// JSON Lines: one mention, statement or event per line
    Jsonl,
    /// A readable list of the statements
    Text,
}

/// A number above zero (and finite).
fn positive(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(x) if x > 0.0 && x.is_finite() => Ok(x),
        Ok(_) => Err(format!("{text} is not above zero")),
        Err(e) => Err(format!("{text:?} is not a number: {e}")),
    }
}
