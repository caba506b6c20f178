//! Helpers shared by the integration tests.
#![allow(dead_code)]

use newsgraph::{corpus, export, pipeline, store};
use oxigraph::model::Quad;
use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixtures() -> PathBuf {
    root().join("tests/fixtures/corpus")
}

/// The quads of a corpus directory, built through the library.
pub fn quads_of(dir: &Path) -> Vec<Quad> {
    let corpus = corpus::read(dir).expect("corpus reads");
    assert!(corpus.failures.is_empty(), "{:?}", corpus.failures);
    pipeline::corpus_quads(corpus, None).0
}

/// The quads of the bundled seed corpus (`corpus/`).
pub fn seed_quads() -> Vec<Quad> {
    quads_of(&root().join("corpus"))
}

/// Runs a bundled query by name over quads, rendered as [`run_query`] does.
pub fn run_bundled(quads: &[Quad], name: &str) -> String {
    let q = newsgraph::queries::bundled(name).expect("a bundled query");
    run_query(quads, &q.text)
}

/// Runs a query over quads and renders the rows as tab-separated text with
/// readable terms (labels, `prefix:local` IRIs).
pub fn run_query(quads: &[Quad], sparql: &str) -> String {
    let db = store::in_memory(quads).expect("store");
    let answer = export::Answer::collect(store::query(&db, sparql, "test").expect("query runs"))
        .expect("answer");
    let export::Answer::Solutions(s) = answer else {
        panic!("a SELECT query was expected")
    };
    let mut out = s
        .variables
        .iter()
        .map(|v| v.as_str())
        .collect::<Vec<_>>()
        .join("\t");
    out.push('\n');
    for row in &s.rows {
        let cells: Vec<String> = s
            .variables
            .iter()
            .map(|v| {
                row.get(v)
                    .map(export::display_term)
                    .unwrap_or_default()
                    .replace(['\t', '\n'], " ")
            })
            .collect();
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    out
}

/// The rows of a `run_query` table, its header left out, split into cells.
pub fn rows(table: &str) -> Vec<Vec<&str>> {
    table
        .lines()
        .skip(1)
        .map(|l| l.split('\t').collect())
        .collect()
}

/// Compares `actual` with the golden file, or rewrites it when
/// `NEWSGRAPH_BLESS=1`. Expected and actual are framed on failure.
pub fn assert_golden(path: &Path, actual: &str) {
    if std::env::var_os("NEWSGRAPH_BLESS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, actual).expect("bless");
        return;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_else(|_| {
        panic!(
            "no golden file {}; run with NEWSGRAPH_BLESS=1 to create it",
            path.display()
        )
    });
    if expected != actual {
        panic!(
            "{} differs\n--- expected ---\n{expected}--- actual ---\n{actual}--- end ---\n(rerun with NEWSGRAPH_BLESS=1 after checking the change)",
            path.display()
        );
    }
}
