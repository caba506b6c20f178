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
/// An article the extractor fails on (a bug in newsgraph: it panicked) is
/// left out and reported as a failure naming its file, so that one article
/// cannot stop a build or take the others with it.
pub fn extract_all(articles: Vec<Article>) -> (Vec<Article>, Vec<Extraction>, Vec<Failure>) {
    let results: Vec<_> = articles
        .par_iter()
        .map(|a| guard(&a.file, || extract::run(a)))
        .collect();
    let mut kept = Vec::with_capacity(articles.len());
    let mut extractions = Vec::with_capacity(articles.len());
    let mut failures = Vec::new();
    for (article, result) in articles.into_iter().zip(results) {
        match result {
            Ok(x) => {
                kept.push(article);
                extractions.push(x);
            }
            Err(f) => failures.push(f),
        }
    }
    (kept, extractions, failures)
}

/// Runs `f`, turning a panic into its message.
pub(crate) fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no message".to_owned())
    })
}

/// Runs `f`, turning a panic into a failure of `file`.
fn guard<T>(file: &str, f: impl FnOnce() -> T) -> Result<T, Failure> {
    catch(f).map_err(|why| Failure {
        file: file.into(),
        error: anyhow::anyhow!(
            "{file}: extraction failed ({why}); the article is left out. \
                 This is a bug in newsgraph: please report it with the article"
        ),
    })
}

/// Runs extraction and resolution over loaded articles; the articles the
/// extractor failed on are left out of the graph and returned.
pub fn resolve_all(articles: Vec<Article>) -> (Graph, Vec<Failure>) {
    let (articles, extractions, failures) = extract_all(articles);
    (resolve::graph(articles, extractions), failures)
}

/// The quads of a whole corpus, and the report of what went into them.
/// `built` is the build time recorded in the dataset description
/// (see [`build_time`]).
pub fn corpus_quads(corpus: Corpus, built: Option<String>) -> (Vec<Quad>, BuildReport) {
    let (graph, failed) = resolve_all(corpus.articles);
    let mut failures = corpus.failures;
    failures.extend(failed);
    let meta = rdf::BuildMeta {
        corpus: corpus.about,
        built,
    };
    let quads = rdf::quads(&graph, &meta);
    let report = BuildReport {
        articles: graph.articles.len(),
        failures,
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
/// `fail_fast`, an article that fails to load or to extract stops the
/// build before the store is touched; otherwise it is reported and skipped.
pub fn build(corpus_dir: &Path, store_dir: &Path, fail_fast: bool) -> Result<BuildReport> {
    let corpus = corpus::read(corpus_dir)?;
    let stop = |failures: &[Failure]| match failures.first() {
        Some(f) if fail_fast => Err(anyhow::anyhow!("{:#}", f.error))
            .context("stopping at the first failed article (--fail-fast)"),
        _ => Ok(()),
    };
    stop(&corpus.failures)?;
    let (quads, report) = corpus_quads(corpus, Some(build_time()?));
    stop(&report.failures)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_a_failure_naming_the_file() {
        assert_eq!(guard("a.txt", || 7).ok(), Some(7));
        let failure = guard("corpus/b.txt", || -> u8 { panic!("index out of bounds") })
            .expect_err("a panic is a failure");
        assert_eq!(failure.file, Path::new("corpus/b.txt"));
        let message = format!("{:#}", failure.error);
        assert!(
            message.starts_with("corpus/b.txt: extraction failed (index out of bounds)"),
            "{message}"
        );
        let owned = guard("c.txt", || -> u8 { panic!("{} of {}", 3, 4) }).expect_err("panics");
        assert!(format!("{}", owned.error).contains("(3 of 4)"));
        // Evaluation, which cannot leave an article out, phrases its own
        // error from the message.
        assert_eq!(catch(|| 1), Ok(1));
        assert_eq!(
            catch(|| -> u8 { panic!("slice index") }),
            Err("slice index".to_owned())
        );
    }
}
