//! The `newsgraph` binary: parses arguments, calls the library, prints
//! results to stdout and progress to stderr, and maps errors to exit codes
//! (0 ok, 1 runtime error, 2 usage error; a closed pipe exits 0).
#![allow(clippy::print_stderr)]

mod cli;

use anyhow::{bail, Context, Result};
use clap::Parser;
use cli::{Args, Command};
use newsgraph::{corpus, error::UsageError, export, pipeline, queries, remote, store};
use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

// mimalloc rather than the system allocator: extraction allocates small
// vectors and strings per sentence and statement, and with glibc's malloc
// about a tenth of its time went to allocating and freeing (README,
// "A fifteenth round"). Not with the RocksDB store: oxigraph 0.5 hands
// RocksDB's error messages, which C allocated, to `CString::from_raw`, so
// Rust's allocator frees them, which only the system allocator survives.
#[cfg(not(feature = "rocksdb"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // A panic is a bug; say so in one line. The pipeline catches a panic in
    // one article's extraction and reports that article as failed.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("newsgraph: internal error: {info}");
    }));
    let args = Args::parse();
    match run(args) {
        Ok(code) => code,
        Err(e)
            // The reader went away (`| head`): stop quietly, as `cat` does.
            if e.chain().any(|c| {
                let kind = c
                    .downcast_ref::<std::io::Error>()
                    .map(std::io::Error::kind)
                    .or_else(|| c.downcast_ref::<serde_json::Error>()?.io_error_kind());
                kind == Some(std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("newsgraph: error: {e:#}");
            ExitCode::from(if newsgraph::error::is_usage(&e) { 2 } else { 1 })
        }
    }
}

fn say(quiet: bool, message: impl std::fmt::Display) {
    if !quiet {
        eprintln!("newsgraph: {message}");
    }
}

/// Builds the store, reporting progress and failed articles; returns
/// whether every article loaded.
fn build(corpus: &Path, store_dir: &Path, fail_fast: bool, quiet: bool, why: &str) -> Result<bool> {
    say(
        quiet,
        format_args!(
            "building {} from {} ({why})…",
            store_dir.display(),
            corpus.display()
        ),
    );
    let started = Instant::now();
    let report = pipeline::build(corpus, store_dir, fail_fast)?;
    for w in &report.warnings {
        eprintln!("newsgraph: warning: {w}");
    }
    for f in &report.failures {
        eprintln!(
            "newsgraph: error: skipped {}: {:#}",
            f.file.display(),
            f.error
        );
    }
    say(quiet, format_args!(
        "{} articles ({} skipped): {} statements, {} utterances, {} events, {} entities, {} quads in {:.2} s",
        report.articles, report.failures.len(), report.statements, report.utterances, report.events, report.entities, report.quads,
        started.elapsed().as_secs_f64()
    ));
    Ok(report.failures.is_empty())
}

fn open_store(corpus: &Path, store_dir: &Path, quiet: bool) -> Result<oxigraph::store::Store> {
    if let Some(why) = pipeline::needs_build(corpus, store_dir)? {
        build(corpus, store_dir, false, quiet, why)?;
    }
    store::open(store_dir)
}

fn run(args: Args) -> Result<ExitCode> {
    let quiet = args.quiet;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.command {
        Command::Build(a) => {
            let ok = build(&a.corpus, &a.store.store, a.fail_fast, quiet, "requested")?;
            return Ok(if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            });
        }
        Command::Query(a) => {
            let (name, text) = match (&a.query, &a.sparql) {
                (_, Some(sparql)) => ("--sparql".to_owned(), sparql.clone()),
                (Some(q), None) => {
                    let query = queries::find(q).map_err(|e| UsageError(format!("{e:#}")))?;
                    let text = queries::bind(&query, &a.params)
                        .map_err(|e| UsageError(format!("{e:#}")))?;
                    (query.name, text)
                }
                (None, None) => {
                    return Err(
                        UsageError("give a query name, a .rq file or --sparql".to_owned()).into(),
                    )
                }
            };
            let answer = match &a.endpoint {
                Some(url) => {
                    let client = remote::Client::new(a.remote.remote(url));
                    client
                        .query(&text)
                        .with_context(|| format!("running {name} at {url}"))?
                }
                None => {
                    let db = open_store(&a.corpus, &a.store.store, quiet)?;
                    export::Answer::collect(store::query(&db, &text, &name)?)?
                }
            };
            export::write_answer(&answer, a.format, &mut out)?;
            say(quiet, format_args!("{}: {} rows", name, answer.len()));
        }
        Command::Queries(a) => {
            let all = queries::all();
            match a.format {
                cli::ListFormat::Json => {
                    serde_json::to_writer_pretty(&mut out, &all).context("writing JSON")?
                }
                cli::ListFormat::Table => {
                    for q in &all {
                        writeln!(out, "{:<26} {}", q.name, q.description)?;
                        for (p, d) in &q.params {
                            writeln!(out, "{:<26}   -p {p}=…  {d}", "")?;
                        }
                    }
                }
            }
        }
        Command::Export(a) => {
            let db = open_store(&a.corpus, &a.store.store, quiet)?;
            let request = export::ExportRequest {
                format: a.format,
                output: a.output,
                extras: a.include,
                shard_size: a.shard_size,
            };
            let summary = export::export(&db, &request, &mut out)?;
            out.flush().context("writing output")?;
            say(quiet, summary);
        }
        Command::Push(a) => {
            let db = open_store(&a.corpus, &a.store.store, quiet)?;
            let client = remote::Client::new(a.remote.remote(&a.endpoint));
            let started = Instant::now();
            let report = remote::push(&client, &db, |graph, n| {
                say(quiet, format_args!("pushed {graph} ({n} triples)"));
            })?;
            say(
                quiet,
                format_args!(
                    "pushed {} graphs, {} triples to {} in {:.1} s",
                    report.graphs,
                    report.triples,
                    a.endpoint,
                    started.elapsed().as_secs_f64()
                ),
            );
        }
        Command::Validate(a) => {
            let (text, origin) = match &a.shapes {
                Some(path) => (
                    std::fs::read_to_string(path)
                        .with_context(|| format!("reading shapes {}", path.display()))?,
                    path.display().to_string(),
                ),
                None => (
                    newsgraph::vocab::SHAPES_TTL.to_owned(),
                    "ontology/shapes.ttl".to_owned(),
                ),
            };
            let db = open_store(&a.corpus, &a.store.store, quiet)?;
            let report = newsgraph::validate::run(&db, &text, &origin)?;
            match a.format {
                cli::ListFormat::Json => {
                    serde_json::to_writer_pretty(&mut out, &report).context("writing JSON")?;
                    writeln!(out)?;
                }
                cli::ListFormat::Table => export::write_validation(&report, &mut out)?,
            }
            out.flush().context("writing output")?;
            say(
                quiet,
                format_args!(
                    "{} shapes, {} checks over {} nodes: {}",
                    report.shapes,
                    report.checks,
                    report.focus_nodes,
                    if report.conforms() {
                        "the graph conforms".to_owned()
                    } else {
                        format!("{} violations", report.violations.len())
                    }
                ),
            );
            if !report.conforms() {
                return Ok(ExitCode::from(1));
            }
        }
        Command::Eval(a) => {
            say(quiet, format_args!("reading {}…", a.gold.display()));
            let docs = newsgraph::eval::read_gold(&a.gold)?;
            if a.agreement {
                let agreement = newsgraph::eval::agreement(&docs)?;
                if agreement.texts == 0 {
                    bail!(
                        "{} has no text with several annotation files, so there is no agreement to measure",
                        a.gold.display()
                    );
                }
                match a.format {
                    cli::ListFormat::Json => serde_json::to_writer_pretty(&mut out, &agreement)
                        .context("writing JSON")?,
                    cli::ListFormat::Table => export::write_agreement(&agreement, &mut out)?,
                }
                return Ok(ExitCode::SUCCESS);
            }
            let cues = if a.given_cues {
                newsgraph::eval::Cues::Given
            } else {
                newsgraph::eval::Cues::Own
            };
            let (report, extractions) = newsgraph::eval::run(&docs, cues)?;
            if let Some(dir) = &a.predictions {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("creating {}", dir.display()))?;
                for (doc, x) in docs.iter().zip(&extractions) {
                    let chars: Vec<char> = doc.article.text.chars().collect();
                    let name = format!("{}.ann", doc.article.file.trim_end_matches(".txt"));
                    let path = dir.join(name);
                    std::fs::write(&path, newsgraph::eval::to_ann(&chars, x))
                        .with_context(|| format!("writing {}", path.display()))?;
                }
                say(
                    quiet,
                    format_args!("wrote {} prediction files to {}", docs.len(), dir.display()),
                );
            }
            match a.format {
                cli::ListFormat::Json => {
                    serde_json::to_writer_pretty(&mut out, &report).context("writing JSON")?
                }
                cli::ListFormat::Table => export::write_eval(&report, &mut out)?,
            }
        }
        Command::Train(a) => {
            say(quiet, format_args!("reading {}…", a.gold.display()));
            let docs = newsgraph::eval::read_gold(&a.gold)?;
            let settings = newsgraph::extract::cuemodel::Settings {
                l2: a.l2,
                min_count: a.min_count,
                min_weight: a.min_weight,
            };
            let (model, examples) = newsgraph::eval::train(&docs, settings);
            say(
                quiet,
                format_args!(
                    "trained on {} articles, {} tokens ({} in cues): {} features",
                    docs.len(),
                    examples.len(),
                    examples.positives(),
                    model.len()
                ),
            );
            if let Some(dir) = &a.heldout {
                let (prf, heads) =
                    newsgraph::eval::score_cue_heads(&newsgraph::eval::read_gold(dir)?, &model);
                // Asked for, so reported even with --quiet (stdout may hold
                // the model).
                say(
                    false,
                    format_args!(
                        "cue heads in {}: precision {:.1}, recall {:.1}, F1 {:.1} ({} found, {} wrong, {} missed)",
                        dir.display(),
                        prf.precision,
                        prf.recall,
                        prf.f1,
                        heads.found,
                        heads.wrong,
                        heads.missed
                    ),
                );
            }
            let text = model.write(&format!(
                "newsgraph cue model: a logistic regression (weights are log-odds) over \
                 {} tokens ({} in cues) of {} articles.\n\
                 Trained with: newsgraph train --gold DIR --l2 {} --min-count {} --min-weight {}\n\
                 Lines: WEIGHT<TAB>FEATURE, sorted by feature.",
                examples.len(),
                examples.positives(),
                docs.len(),
                a.l2,
                a.min_count,
                a.min_weight,
            ));
            match &a.output {
                Some(path) => std::fs::write(path, text)
                    .with_context(|| format!("writing {}", path.display()))?,
                None => out
                    .write_all(text.as_bytes())
                    .context("writing the model")?,
            }
        }
        Command::Extract(a) => {
            let mut loaded = corpus::read_files(&a.files);
            for w in &loaded.warnings {
                eprintln!("newsgraph: warning: {w}");
            }
            for article in &mut loaded.articles {
                if article.published.is_none() {
                    article.published.clone_from(&a.published);
                }
            }
            let (articles, extractions, failed) = pipeline::extract_all(loaded.articles);
            loaded.failures.extend(failed);
            for (article, x) in articles.iter().zip(extractions) {
                let doc = Path::new(&article.file)
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                match a.format {
                    cli::ExtractFormat::Jsonl => export::write_extraction(&doc, &x, &mut out)?,
                    cli::ExtractFormat::Text => export::write_extraction_text(&doc, &x, &mut out)?,
                }
            }
            out.flush()?;
            for f in &loaded.failures {
                eprintln!("newsgraph: error: {:#}", f.error);
            }
            if !loaded.failures.is_empty() {
                return Ok(ExitCode::from(1));
            }
        }
    }
    out.flush().context("writing output")?;
    Ok(ExitCode::SUCCESS)
}
