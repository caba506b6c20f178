//! Stage 1: a corpus directory becomes a list of [`Article`]s.
//!
//! This is the only stage that reads article input. A corpus is a directory
//! of UTF-8 `.txt` files, optionally with a `manifest.toml` that lists the
//! articles and what their texts show (outlet, date, title…). Without a
//! manifest every `.txt` file is an article; an outlet and a date are taken
//! from file names shaped like `outlet_YYYY-MM-DD_slug.txt` (PolNeAR's).
//!
//! Texts are kept exactly as read, so that every code-point offset points
//! into the file; only a leading byte-order mark is dropped (offsets count
//! from after it). An article that cannot be read is returned as a
//! [`Failure`] naming the file and the reason; the others still load.

pub use crate::model::CorpusInfo;
use crate::model::{Article, ArticleId};
use anyhow::{bail, Context, Result};
use serde::Deserialize;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;
use toml::Spanned;

/// The manifest's file name inside a corpus directory.
pub const MANIFEST: &str = "manifest.toml";

/// The articles of a corpus, and those that failed to load.
#[derive(Debug, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub failures: Vec<Failure>,
    /// Non-fatal remarks (unlisted files…), for the caller to show.
    pub warnings: Vec<String>,
    /// What the manifest says of the collection as a whole.
    pub about: CorpusInfo,
}

/// An article that could not be loaded.
#[derive(Debug)]
pub struct Failure {
    pub file: PathBuf,
    pub error: anyhow::Error,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    /// The collection's own title, description and licence (all optional).
    title: Option<String>,
    description: Option<String>,
    license: Option<String>,
    #[serde(default)]
    article: Vec<ManifestRow>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestRow {
    id: Spanned<String>,
    file: Spanned<String>,
    outlet: Option<String>,
    published: Option<Spanned<String>>,
    title: Option<String>,
    byline: Option<String>,
    wire: Option<String>,
    dateline: Option<String>,
    language: Option<String>,
    note: Option<String>,
}

/// Reads the corpus in `dir`: the manifest's articles if there is one, else
/// every `.txt` file, sorted by file name.
pub fn read(dir: &Path) -> Result<Corpus> {
    let meta =
        fs::metadata(dir).with_context(|| format!("reading corpus directory {}", dir.display()))?;
    if !meta.is_dir() {
        bail!("corpus {} is not a directory", dir.display());
    }
    let manifest_path = dir.join(MANIFEST);
    if manifest_path.exists() {
        let mut corpus = read_with_manifest(dir, &manifest_path)?;
        warn_misread(&mut corpus);
        Ok(corpus)
    } else {
        // (`read_files` warns of misread articles itself.)
        read_plain(dir)
    }
}

/// Warns of each article whose text was misread as Windows-1252 before it
/// was saved ("FranÃ§ois", "â€œ"): its names are read as written, but
/// quotation marks and apostrophes misread so are no marks to the
/// extractor.
fn warn_misread(corpus: &mut Corpus) {
    for article in &corpus.articles {
        let Some((first, len, count)) = crate::text::misread(&article.text) else {
            continue;
        };
        let chars: Vec<char> = article.text.chars().collect();
        let before = &chars[..first];
        let line = before.iter().filter(|&&c| c == '\n').count() + 1;
        let column = first - before.iter().rposition(|&c| c == '\n').map_or(0, |p| p + 1) + 1;
        // (Invisible characters escaped: "\u{83}" in "Ã\u{83}", a no-break
        // space, a soft hyphen.)
        let seen: String = chars[first..first + len]
            .iter()
            .map(|c| {
                if c.is_control() || matches!(c, '\u{a0}' | '\u{ad}') {
                    c.escape_unicode().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect();
        let how_many = if count == 1 {
            "1 character looks".to_owned()
        } else {
            format!("{count} characters look")
        };
        corpus.warnings.push(format!(
            "article {}: {how_many} misread as Windows-1252 before the text was saved \
             (the first, \"{seen}\", at line {line}, column {column}); names are read as written, \
             but quotation marks and apostrophes misread so are not recognised",
            article.file
        ));
    }
}

/// Reads the given article files as one corpus. A file listed in the
/// manifest of its directory takes its metadata from there; the manifest
/// itself, among the files (`corpus/*`), is no article and is passed over.
pub fn read_files(files: &[PathBuf]) -> Corpus {
    let mut corpus = Corpus::default();
    // Each directory's manifest is read once.
    let mut manifests: std::collections::HashMap<PathBuf, Vec<Article>> =
        std::collections::HashMap::new();
    for path in files {
        if path.file_name().is_some_and(|n| n == MANIFEST) {
            continue;
        }
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        if dir.join(MANIFEST).is_file() {
            let listed = manifests.entry(dir.to_path_buf()).or_insert_with(|| {
                read_with_manifest(dir, &dir.join(MANIFEST))
                    .map(|c| c.articles)
                    .unwrap_or_default()
            });
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            if let Some(article) = listed.iter().find(|a| Some(&a.file) == name.as_ref()) {
                corpus.articles.push(article.clone());
                continue;
            }
        }
        match read_plain_article(path) {
            Ok(article) => corpus.articles.push(article),
            Err(error) => corpus.failures.push(Failure {
                file: path.clone(),
                error,
            }),
        }
    }
    warn_misread(&mut corpus);
    corpus
}

/// The newest modification time of the corpus directory, its manifest and
/// its `.txt` files: a store built before it is stale.
pub fn modified(dir: &Path) -> Result<SystemTime> {
    let mut newest = fs::metadata(dir)
        .and_then(|m| m.modified())
        .with_context(|| format!("reading corpus directory {}", dir.display()))?;
    for path in text_files(dir)?
        .into_iter()
        .chain(std::iter::once(dir.join(MANIFEST)))
    {
        if let Ok(time) = fs::metadata(&path).and_then(|m| m.modified()) {
            newest = newest.max(time);
        }
    }
    Ok(newest)
}

fn text_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let entries =
        fs::read_dir(dir).with_context(|| format!("listing corpus directory {}", dir.display()))?;
    for entry in entries {
        let entry = entry.with_context(|| format!("listing corpus directory {}", dir.display()))?;
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "txt") && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

fn read_plain(dir: &Path) -> Result<Corpus> {
    let files = text_files(dir)?;
    if files.is_empty() {
        bail!(
            "corpus {} has no .txt articles and no {MANIFEST}",
            dir.display()
        );
    }
    let mut corpus = read_files(&files);
    dedupe_ids(&mut corpus);
    Ok(corpus)
}

fn read_plain_article(path: &Path) -> Result<Article> {
    let text = read_text(path)?;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (outlet, published) = outlet_and_date_from_name(&stem);
    Ok(Article {
        file: path
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
        outlet,
        published,
        ..Article::new(&slug(&stem), text)
    })
}

fn read_with_manifest(dir: &Path, manifest_path: &Path) -> Result<Corpus> {
    let source = fs::read_to_string(manifest_path)
        .with_context(|| format!("reading manifest {}", manifest_path.display()))?;
    let manifest: Manifest = toml::from_str(&source)
        .map_err(|e| anyhow::anyhow!("{}", e.to_string().trim_end()))
        .with_context(|| format!("parsing manifest {}", manifest_path.display()))?;
    if manifest.article.is_empty() {
        bail!("manifest {} lists no [[article]]", manifest_path.display());
    }
    let at = |offset: usize| -> String {
        let line = source[..offset.min(source.len())].matches('\n').count() + 1;
        format!("{} line {line}", manifest_path.display())
    };
    let mut corpus = Corpus {
        about: CorpusInfo {
            title: manifest.title,
            description: manifest.description,
            license: manifest.license,
        },
        ..Corpus::default()
    };
    let mut seen = std::collections::BTreeSet::new();
    let mut listed = std::collections::BTreeSet::new();
    for row in manifest.article {
        let id = row.id.get_ref();
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            bail!(
                "{}: article id {id:?} must be lower-case letters, digits and '-'",
                at(row.id.span().start)
            );
        }
        if !seen.insert(id.clone()) {
            bail!(
                "{}: article id {id:?} is listed twice",
                at(row.id.span().start)
            );
        }
        let published = match &row.published {
            Some(date) => {
                let value = date.get_ref();
                if value.parse::<jiff::civil::Date>().is_err() || value.len() != 10 {
                    bail!(
                        "{}: published {value:?} is not a date YYYY-MM-DD",
                        at(date.span().start)
                    );
                }
                Some(value.clone())
            }
            None => None,
        };
        let file = row.file.get_ref();
        if file.contains("..") || Path::new(file).is_absolute() {
            bail!(
                "{}: file {file:?} must be a path inside the corpus directory",
                at(row.file.span().start)
            );
        }
        let path = dir.join(file);
        listed.insert(path.clone());
        match read_text(&path) {
            Ok(text) => corpus.articles.push(Article {
                id: ArticleId(id.clone()),
                file: file.clone(),
                outlet: row.outlet,
                published,
                title: row.title,
                byline: row.byline,
                wire: row.wire,
                dateline: row.dateline,
                language: row.language.unwrap_or_else(|| "en".to_owned()),
                note: row.note,
                text,
            }),
            Err(error) => corpus.failures.push(Failure {
                file: path,
                error: error.context(format!("{}: article {id:?}", at(row.file.span().start))),
            }),
        }
    }
    for path in text_files(dir)? {
        if !listed.contains(&path) {
            corpus.warnings.push(format!(
                "{} is not listed in {} and was left out",
                path.display(),
                manifest_path.display()
            ));
        }
    }
    Ok(corpus)
}

/// Reads one article file as UTF-8, naming the line and column of the first
/// invalid byte.
fn read_text(path: &Path) -> Result<String> {
    let bytes = fs::read(path).with_context(|| format!("reading article {}", path.display()))?;
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.remove(0);
            }
            Ok(text)
        }
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let before = String::from_utf8_lossy(&bytes[..valid]);
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            bail!(
                "article {} is not valid UTF-8: byte 0x{:02x} at line {line}, column {column} (byte offset {valid}); convert it to UTF-8 (e.g. `iconv -f latin1 -t utf-8`)",
                path.display(),
                bytes[valid]
            )
        }
    }
}

/// `breitbart_2016-09-12_slug` gives (`breitbart`, `2016-09-12`); any
/// other name with a `YYYY-MM-DD` in it gives that date.
fn outlet_and_date_from_name(stem: &str) -> (Option<String>, Option<String>) {
    let mut parts = stem.splitn(3, '_');
    if let (Some(outlet), Some(date)) = (parts.next(), parts.next()) {
        if date.len() == 10 && date.parse::<jiff::civil::Date>().is_ok() && !outlet.is_empty() {
            return (Some(outlet.to_owned()), Some(date.to_owned()));
        }
    }
    let chars: Vec<char> = stem.chars().collect();
    for start in 0..chars.len().saturating_sub(9) {
        let candidate: String = chars[start..start + 10].iter().collect();
        let bounded = start == 0 || !chars[start - 1].is_ascii_digit();
        if bounded
            && candidate.as_bytes()[4] == b'-'
            && candidate.parse::<jiff::civil::Date>().is_ok()
        {
            return (None, Some(candidate));
        }
    }
    (None, None)
}

/// Lower-case `[a-z0-9-]` form of a file stem.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in crate::text::fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push_str("article");
    }
    out
}

fn dedupe_ids(corpus: &mut Corpus) {
    let mut seen = std::collections::BTreeMap::<String, usize>::new();
    for article in &mut corpus.articles {
        let n = seen.entry(article.id.0.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            article.id = ArticleId(format!("{}-{n}", article.id.0));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, bytes: &[u8]) {
        fs::write(dir.join(name), bytes).unwrap();
    }

    #[test]
    fn text_misread_as_windows_1252_is_read_with_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "a.txt",
            "Paris.\nPresident FranÃ§ois Hollande said: â€œWe are ready.â€\u{9d}".as_bytes(),
        );
        write(dir.path(), "b.txt", "Señor Peña said “no.”".as_bytes());
        let corpus = read(dir.path()).unwrap();
        assert_eq!(corpus.articles.len(), 2);
        assert_eq!(
            corpus.warnings,
            ["article a.txt: 3 characters look misread as Windows-1252 before the text was saved \
              (the first, \"Ã§\", at line 2, column 15); names are read as written, but quotation \
              marks and apostrophes misread so are not recognised"]
        );
        let files = [dir.path().join("a.txt")];
        assert_eq!(read_files(&files).warnings, corpus.warnings);
        // Through a manifest too.
        write(
            dir.path(),
            MANIFEST,
            b"[[article]]\nid = \"a\"\nfile = \"a.txt\"\n\n[[article]]\nid = \"b\"\nfile = \"b.txt\"\n",
        );
        assert_eq!(read(dir.path()).unwrap().warnings, corpus.warnings);
    }

    #[test]
    fn reads_plain_directory_with_names_and_dates() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "nyt_2016-09-30_some-story.txt",
            "“Hi,” she said.".as_bytes(),
        );
        write(dir.path(), "b.txt", b"\xef\xbb\xbfPlain.");
        let corpus = read(dir.path()).unwrap();
        assert_eq!(corpus.articles.len(), 2);
        let b = &corpus.articles[0];
        assert_eq!(b.id.0, "b");
        assert_eq!(b.text, "Plain.");
        let nyt = &corpus.articles[1];
        assert_eq!(nyt.id.0, "nyt-2016-09-30-some-story");
        assert_eq!(nyt.outlet.as_deref(), Some("nyt"));
        assert_eq!(nyt.published.as_deref(), Some("2016-09-30"));
    }

    #[test]
    fn the_manifest_among_the_files_is_no_article() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt", b"Text.");
        write(
            dir.path(),
            MANIFEST,
            b"[[article]]\nid = \"a\"\nfile = \"a.txt\"\noutlet = \"A\"\n",
        );
        let corpus = read_files(&[dir.path().join(MANIFEST), dir.path().join("a.txt")]);
        assert!(corpus.failures.is_empty());
        let ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.0.as_str()).collect();
        assert_eq!(ids, ["a"]);
        assert_eq!(corpus.articles[0].outlet.as_deref(), Some("A"));
    }

    #[test]
    fn invalid_utf8_names_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "ok.txt", b"fine");
        write(dir.path(), "bad.txt", b"line one\nna\xefve");
        let corpus = read(dir.path()).unwrap();
        assert_eq!(corpus.articles.len(), 1);
        assert_eq!(corpus.failures.len(), 1);
        let message = format!("{:#}", corpus.failures[0].error);
        assert!(message.contains("bad.txt"), "{message}");
        assert!(message.contains("line 2, column 3"), "{message}");
    }

    #[test]
    fn manifest_errors_name_the_line_and_value() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt", b"text");
        write(
            dir.path(),
            MANIFEST,
            b"[[article]]\nid = \"a\"\nfile = \"a.txt\"\npublished = \"2026-13-01\"\n",
        );
        let message = format!("{:#}", read(dir.path()).unwrap_err());
        assert!(message.contains("line 4"), "{message}");
        assert!(message.contains("\"2026-13-01\""), "{message}");
    }

    #[test]
    fn manifest_syntax_error_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), MANIFEST, b"[[article]\nid = 3\n");
        let message = format!("{:#}", read(dir.path()).unwrap_err());
        assert!(message.contains("parsing manifest"), "{message}");
        assert!(message.contains("line 1"), "{message}");
    }

    #[test]
    fn manifest_lists_articles_and_warns_on_unlisted_files() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt", b"text");
        write(dir.path(), "extra.txt", b"more");
        write(
            dir.path(),
            MANIFEST,
            "[[article]]\nid = \"a-1\"\nfile = \"a.txt\"\noutlet = \"Él País\"\npublished = \"2026-01-12\"\n"
                .as_bytes(),
        );
        let corpus = read(dir.path()).unwrap();
        assert_eq!(corpus.articles.len(), 1);
        assert_eq!(corpus.articles[0].outlet.as_deref(), Some("Él País"));
        assert_eq!(corpus.warnings.len(), 1);
    }

    #[test]
    fn missing_corpus_is_an_error() {
        let message = format!("{:#}", read(Path::new("/no/such/dir")).unwrap_err());
        assert!(message.contains("/no/such/dir"), "{message}");
    }
}
