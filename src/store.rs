//! Stage 5: the embedded Oxigraph store: filled through the bulk loader,
//! kept in a store directory between runs, queried with SPARQL over the
//! union of all named graphs.
//!
//! Two backends share this interface. The default keeps oxigraph's
//! in-memory store on disk as an N-Quads snapshot (`graph.nq`), loaded on
//! open; it builds with nothing but cargo. The `rocksdb` feature keeps
//! oxigraph's RocksDB store in `rocksdb/`. Either way a build writes a new
//! store beside the old one and swaps it in only when complete, so a build
//! that dies midway leaves the previous store readable and whole. A lock
//! file keeps two builds from writing the same directory at once.

use anyhow::{bail, Context, Result};
#[cfg(not(feature = "rocksdb"))]
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::Quad;
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use serde::{Deserialize, Serialize};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// What a build records beside the store.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct BuildInfo {
    pub tool_version: String,
    /// The corpus directory the store was built from, as given.
    pub corpus: String,
    pub articles: usize,
    pub failed: usize,
    pub quads: usize,
}

const INFO: &str = "build.json";
#[cfg(not(feature = "rocksdb"))]
const SNAPSHOT: &str = "graph.nq";
const LOCK: &str = "build.lock";

/// Whether a store exists in `dir`.
pub fn exists(dir: &Path) -> bool {
    dir.join(INFO).is_file()
}

/// Reads the build record of the store in `dir`.
pub fn info(dir: &Path) -> Result<BuildInfo> {
    let path = dir.join(INFO);
    let text = fs::read_to_string(&path)
        .with_context(|| format!("reading store record {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| {
        format!(
            "store record {} is damaged; rebuild with `newsgraph build`",
            path.display()
        )
    })
}

/// When the store in `dir` was last built.
pub fn built_at(dir: &Path) -> Option<std::time::SystemTime> {
    fs::metadata(dir.join(INFO)).and_then(|m| m.modified()).ok()
}

/// Holds the build lock of a store directory while alive.
pub struct Lock {
    path: PathBuf,
}

impl Lock {
    pub fn acquire(dir: &Path) -> Result<Self> {
        fs::create_dir_all(dir)
            .with_context(|| format!("creating store directory {}", dir.display()))?;
        let path = dir.join(LOCK);
        for _ in 0..2 {
            match fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(mut f) => {
                    writeln!(f, "{}", std::process::id())
                        .with_context(|| format!("writing lock {}", path.display()))?;
                    return Ok(Self { path });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let pid = fs::read_to_string(&path).unwrap_or_default();
                    let pid = pid.trim();
                    let alive = !pid.is_empty() && Path::new(&format!("/proc/{pid}")).exists();
                    if alive || !Path::new("/proc/self").exists() {
                        bail!(
                            "store {} is locked by another build (process {pid}); wait for it, or remove {} if no build is running",
                            dir.display(),
                            path.display()
                        );
                    }
                    // A build that died left its lock behind.
                    fs::remove_file(&path)
                        .with_context(|| format!("removing stale lock {}", path.display()))?;
                }
                Err(e) => {
                    return Err(e).with_context(|| format!("creating lock {}", path.display()))
                }
            }
        }
        bail!("could not lock store {}", dir.display())
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

/// Replaces the store in `dir` with `quads` (sorted), atomically.
pub fn replace(dir: &Path, quads: &[Quad], info: &BuildInfo) -> Result<()> {
    let _lock = Lock::acquire(dir)?;
    write_backend(dir, quads)?;
    let tmp = dir.join(format!("{INFO}.tmp"));
    let json = serde_json::to_string_pretty(info).context("encoding build record")?;
    fs::write(&tmp, json + "\n").with_context(|| format!("writing {}", tmp.display()))?;
    fs::rename(&tmp, dir.join(INFO))
        .with_context(|| format!("replacing {}", dir.join(INFO).display()))?;
    Ok(())
}

#[cfg(not(feature = "rocksdb"))]
fn write_backend(dir: &Path, quads: &[Quad]) -> Result<()> {
    let tmp = dir.join(format!("{SNAPSHOT}.tmp"));
    let file = fs::File::create(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
    let mut writer = std::io::BufWriter::new(file);
    for q in quads {
        writeln!(writer, "{q} .").with_context(|| format!("writing {}", tmp.display()))?;
    }
    let file = writer
        .into_inner()
        .map_err(|e| e.into_error())
        .with_context(|| format!("writing {}", tmp.display()))?;
    file.sync_all()
        .with_context(|| format!("syncing {}", tmp.display()))?;
    fs::rename(&tmp, dir.join(SNAPSHOT))
        .with_context(|| format!("replacing {}", dir.join(SNAPSHOT).display()))?;
    Ok(())
}

#[cfg(feature = "rocksdb")]
fn write_backend(dir: &Path, quads: &[Quad]) -> Result<()> {
    let new = dir.join("rocksdb.new");
    let old = dir.join("rocksdb.old");
    let current = dir.join("rocksdb");
    if new.exists() {
        fs::remove_dir_all(&new)
            .with_context(|| format!("removing unfinished {}", new.display()))?;
    }
    {
        let store = Store::open(&new)
            .with_context(|| format!("creating RocksDB store {}", new.display()))?;
        let mut loader = store.bulk_loader();
        loader
            .load_quads(quads.iter().cloned())
            .with_context(|| format!("loading {}", new.display()))?;
        loader
            .commit()
            .with_context(|| format!("committing {}", new.display()))?;
        store
            .flush()
            .with_context(|| format!("flushing {}", new.display()))?;
    }
    if old.exists() {
        fs::remove_dir_all(&old).with_context(|| format!("removing {}", old.display()))?;
    }
    if current.exists() {
        fs::rename(&current, &old)
            .with_context(|| format!("moving {} aside", current.display()))?;
    }
    fs::rename(&new, &current).with_context(|| format!("installing {}", current.display()))?;
    if old.exists() {
        fs::remove_dir_all(&old).with_context(|| format!("removing {}", old.display()))?;
    }
    Ok(())
}

/// Opens the store in `dir` for reading.
pub fn open(dir: &Path) -> Result<Store> {
    if !exists(dir) {
        bail!(
            "no store in {}; build one with `newsgraph build`",
            dir.display()
        );
    }
    open_backend(dir)
}

#[cfg(not(feature = "rocksdb"))]
fn open_backend(dir: &Path) -> Result<Store> {
    let path = dir.join(SNAPSHOT);
    let file = fs::File::open(&path)
        .with_context(|| format!("opening store snapshot {}", path.display()))?;
    let store = Store::new().context("creating the in-memory store")?;
    let mut loader = store.bulk_loader();
    loader
        .load_from_reader(
            RdfParser::from_format(RdfFormat::NQuads),
            std::io::BufReader::new(file),
        )
        .map_err(|e| anyhow::anyhow!("{e}"))
        .with_context(|| {
            format!(
                "store snapshot {} is damaged; rebuild it with `newsgraph build`",
                path.display()
            )
        })?;
    loader
        .commit()
        .with_context(|| format!("loading {}", path.display()))?;
    Ok(store)
}

#[cfg(feature = "rocksdb")]
fn open_backend(dir: &Path) -> Result<Store> {
    let path = dir.join("rocksdb");
    Store::open_read_only(&path).with_context(|| {
        format!(
            "opening RocksDB store {} (damaged? rebuild it with `newsgraph build`)",
            path.display()
        )
    })
}

/// A store holding `quads`, in memory (for `extract`-only runs and tests).
pub fn in_memory(quads: &[Quad]) -> Result<Store> {
    let store = Store::new().context("creating the in-memory store")?;
    let mut loader = store.bulk_loader();
    loader
        .load_quads(quads.iter().cloned())
        .context("loading quads")?;
    loader.commit().context("committing quads")?;
    Ok(store)
}

/// Parses `sparql` with our prefixes predeclared and runs it over the union
/// of all graphs. Syntax errors name the line and column.
pub fn query(store: &Store, sparql: &str, origin: &str) -> Result<QueryResults<'static>> {
    let mut evaluator = SparqlEvaluator::new();
    for (name, iri) in crate::vocab::PREFIXES {
        evaluator = evaluator
            .with_prefix(*name, *iri)
            .with_context(|| format!("declaring prefix {name}"))?;
    }
    let mut prepared = evaluator
        .parse_query(sparql)
        .map_err(|e| anyhow::anyhow!("{origin}: SPARQL syntax error: {e}"))?;
    prepared.dataset_mut().set_default_graph_as_union();
    prepared
        .on_store(store)
        .execute()
        .with_context(|| format!("running {origin}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{GraphName, Literal, NamedNode};

    fn quad(n: usize) -> Quad {
        Quad::new(
            NamedNode::new_unchecked(format!("http://ex/{n}")),
            NamedNode::new_unchecked("http://ex/p"),
            Literal::new_simple_literal("v"),
            GraphName::NamedNode(NamedNode::new_unchecked("http://ex/g")),
        )
    }

    fn info() -> BuildInfo {
        BuildInfo {
            tool_version: "t".to_owned(),
            corpus: "c".to_owned(),
            articles: 1,
            failed: 0,
            quads: 1,
        }
    }

    #[test]
    fn round_trips_and_queries_the_union_graph() {
        let dir = tempfile::tempdir().unwrap();
        replace(dir.path(), &[quad(1), quad(2)], &info()).unwrap();
        let store = open(dir.path()).unwrap();
        let QueryResults::Solutions(rows) =
            query(&store, "SELECT ?s WHERE { ?s ?p ?o }", "test").unwrap()
        else {
            panic!("solutions expected")
        };
        assert_eq!(rows.count(), 2);
        assert_eq!(self::info_of(dir.path()), info());
    }

    fn info_of(dir: &Path) -> BuildInfo {
        super::info(dir).unwrap()
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let store = in_memory(&[]).unwrap();
        let err = query(&store, "SELECT ?s\nWHERE { ?s ?p }", "my.rq")
            .err()
            .unwrap();
        let message = format!("{err:#}");
        assert!(message.contains("my.rq"), "{message}");
        assert!(message.contains("2:"), "{message}");
    }

    #[test]
    fn a_held_lock_refuses_a_second_build() {
        let dir = tempfile::tempdir().unwrap();
        let _held = Lock::acquire(dir.path()).unwrap();
        let err = replace(dir.path(), &[quad(1)], &info()).err().unwrap();
        assert!(format!("{err:#}").contains("locked"));
    }

    #[cfg(not(feature = "rocksdb"))]
    #[test]
    fn damaged_snapshot_is_reported_and_previous_data_kept_on_failure() {
        let dir = tempfile::tempdir().unwrap();
        replace(dir.path(), &[quad(1)], &info()).unwrap();
        fs::write(
            dir.path().join(SNAPSHOT),
            "<http://ex/1> <http://ex/p> \"unterminated .\n",
        )
        .unwrap();
        let message = format!("{:#}", open(dir.path()).err().unwrap());
        assert!(message.contains("damaged"), "{message}");
        assert!(message.contains("graph.nq"), "{message}");
    }
}
