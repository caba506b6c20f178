//! The one place that knows the order of the stages: corpus → extract →
//! resolve → rdf → store. The command line calls these functions.

use crate::corpus::{self, Corpus, Failure};
use crate::model::{Article, Extraction, Graph};
use crate::{extract, rdf, resolve, store};
use anyhow::{Context, Result};
use oxigraph::model::Quad;
use rayon::prelude::*;
use std::path::Path;

/// What a build did.
#[derive(Debug, Default)]
pub struct BuildReport {
    pub articles: usize,
    pub failures: Vec<Failure>,
    pub warnings: Vec<String>,
    pub statements: usize,
    pub events: usize,
    pub entities: usize,
    pub utterances: usize,
    pub quads: usize,
}

/// Extracts every article, in parallel across cores, keeping their order.
pub fn extract_all(articles: &[Article]) -> Vec<Extraction> {
    articles.par_iter().map(extract::run).collect()
}

/// Runs extraction and resolution over loaded articles.
pub fn resolve_all(articles: Vec<Article>) -> Graph {
    let extractions = extract_all(&articles);
    resolve::graph(articles, extractions)
}

/// The quads of a whole corpus, and the report of what went into them.
/// `built` is the build time recorded in the dataset description
/// (see [`build_time`]).
pub fn corpus_quads(corpus: Corpus, built: Option<String>) -> (Vec<Quad>, BuildReport) {
    let graph = resolve_all(corpus.articles);
    let meta = rdf::BuildMeta {
        corpus: corpus.about,
        built,
    };
    let quads = rdf::quads(&graph, &meta);
    let report = BuildReport {
        articles: graph.articles.len(),
        failures: corpus.failures,
        warnings: corpus.warnings,
        statements: graph.extractions.iter().map(|x| x.statements.len()).sum(),
        events: graph.extractions.iter().map(|x| x.events.len()).sum(),
        entities: graph.entities.len(),
        utterances: graph.utterances.len(),
        quads: quads.len(),
    };
    (quads, report)
}

/// Builds the store in `store_dir` from the corpus in `corpus_dir`. With
/// `fail_fast`, an article that fails to load stops the build before the
/// store is touched; otherwise it is reported and skipped.
pub fn build(corpus_dir: &Path, store_dir: &Path, fail_fast: bool) -> Result<BuildReport> {
    let corpus = corpus::read(corpus_dir)?;
    if fail_fast {
        if let Some(f) = corpus.failures.first() {
            return Err(anyhow::anyhow!("{:#}", f.error))
                .context("stopping at the first failed article (--fail-fast)");
        }
    }
    let (quads, report) = corpus_quads(corpus, Some(build_time()?));
    let info = store::BuildInfo {
        tool_version: env!("CARGO_PKG_VERSION").to_owned(),
        // Absolute, so that "corpus" and "./corpus" name one corpus.
        corpus: std::fs::canonicalize(corpus_dir)
            .unwrap_or_else(|_| corpus_dir.to_path_buf())
            .display()
            .to_string(),
        articles: report.articles,
        failed: report.failures.len(),
        quads: report.quads,
    };
    store::replace(store_dir, &quads, &info)?;
    Ok(report)
}

/// The build time as an `xsd:dateTime` in UTC: now, or the time that the
/// `SOURCE_DATE_EPOCH` environment variable gives, so that builds can be
/// reproduced byte for byte (reproducible-builds.org).
pub fn build_time() -> Result<String> {
    let now = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(value) => {
            let seconds: i64 = value.trim().parse().with_context(|| {
                format!("SOURCE_DATE_EPOCH={value:?} is not a number of seconds")
            })?;
            jiff::Timestamp::from_second(seconds)
                .with_context(|| format!("SOURCE_DATE_EPOCH={value:?} is out of range"))?
        }
        Err(_) => jiff::Timestamp::now(),
    };
    Ok(now.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
}

/// Why a store needs building before a query, if it does.
pub fn needs_build(corpus_dir: &Path, store_dir: &Path) -> Result<Option<&'static str>> {
    if !store::exists(store_dir) {
        return Ok(Some("no store yet"));
    }
    let Ok(info) = store::info(store_dir) else {
        return Ok(Some("the store record is damaged"));
    };
    // A store built from another corpus is the user's: leave it alone.
    let here = std::fs::canonicalize(corpus_dir).unwrap_or_else(|_| corpus_dir.to_path_buf());
    if Path::new(&info.corpus) != here || !corpus_dir.is_dir() {
        return Ok(None);
    }
    if info.tool_version != env!("CARGO_PKG_VERSION") {
        return Ok(Some("the store was built by another version"));
    }
    let corpus_time = corpus::modified(corpus_dir)?;
    let Some(built) = store::built_at(store_dir) else {
        return Ok(Some("the store record is missing"));
    };
    if built < corpus_time {
        return Ok(Some("the corpus changed since the last build"));
    }
    // A newer newsgraph may extract differently.
    let tool_time = std::env::current_exe()
        .and_then(|p| p.metadata())
        .and_then(|m| m.modified());
    if tool_time.is_ok_and(|t| t > built) {
        return Ok(Some("newsgraph was updated since the last build"));
    }
    Ok(None)
}
