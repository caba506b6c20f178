//! The bundled SPARQL queries (`queries/*.rq`, compiled into the binary),
//! looked up by name, and their parameters.
//!
//! Each file starts with comment lines `# name:`, `# description:` and any
//! number of `# param: NAME description`. A parameter is a `VALUES ?NAME {
//! UNDEF }` block in the query, so every file stays valid SPARQL that runs
//! unchanged elsewhere; `--param NAME=VALUE` replaces `UNDEF` with the value
//! as a string literal.

use anyhow::{bail, Context, Result};
use regex::Regex;
use std::path::Path;

/// One bundled query.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Query {
    pub name: String,
    pub description: String,
    pub params: Vec<(String, String)>,
    #[serde(skip)]
    pub text: String,
}

macro_rules! bundled {
    ($($file:literal),* $(,)?) => {
        &[$(($file, include_str!(concat!("../queries/", $file)))),*]
    };
}

/// File name and text of every bundled query.
pub const BUNDLED: &[(&str, &str)] = bundled!(
    "who-said-what-to-whom.rq",
    "quotes-by-person.rq",
    "statements-about-country.rq",
    "outlets-reporting.rq",
    "single-source.rq",
    "conflicting-reports.rq",
    "event-timeline.rq",
    "speaker-addressee-edges.rq",
    "explain.rq",
    "entities.rq",
    "offices.rq",
    "independent-outlets.rq",
    "event-participants.rq",
);

/// Reads the header of a query text.
pub fn parse(text: &str, fallback_name: &str) -> Query {
    let mut name = fallback_name.to_owned();
    let mut description = String::new();
    let mut params = Vec::new();
    for line in text
        .lines()
        .take_while(|l| l.starts_with('#') || l.trim().is_empty())
    {
        let line = line.trim_start_matches('#').trim();
        if let Some(v) = line.strip_prefix("name:") {
            name = v.trim().to_owned();
        } else if let Some(v) = line.strip_prefix("description:") {
            description = v.trim().to_owned();
        } else if let Some(v) = line.strip_prefix("param:") {
            let v = v.trim();
            let (p, d) = v.split_once(' ').unwrap_or((v, ""));
            params.push((p.to_owned(), d.trim().to_owned()));
        }
    }
    Query {
        name,
        description,
        params,
        text: text.to_owned(),
    }
}

/// All bundled queries, sorted by name.
pub fn all() -> Vec<Query> {
    let mut queries: Vec<Query> = BUNDLED
        .iter()
        .map(|(file, text)| parse(text, file.trim_end_matches(".rq")))
        .collect();
    queries.sort_by(|a, b| a.name.cmp(&b.name));
    queries
}

/// A bundled query by name.
pub fn bundled(name: &str) -> Option<Query> {
    all().into_iter().find(|q| q.name == name)
}

/// A query given on the command line: a bundled name or a `.rq` file.
pub fn find(arg: &str) -> Result<Query> {
    if let Some(q) = bundled(arg) {
        return Ok(q);
    }
    let path = Path::new(arg);
    if arg.ends_with(".rq") || path.is_file() {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading query file {}", path.display()))?;
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut q = parse(&text, &stem);
        q.name = path.display().to_string();
        return Ok(q);
    }
    let names: Vec<String> = all().into_iter().map(|q| q.name).collect();
    let close: Vec<&String> = names
        .iter()
        .filter(|n| n.contains(arg) || arg.contains(n.as_str()))
        .collect();
    let hint = if close.is_empty() {
        String::new()
    } else {
        format!(" (did you mean {}?)", close[0])
    };
    bail!(
        "unknown query {arg:?}{hint}; bundled queries: {}; or give a .rq file or --sparql",
        names.join(", ")
    )
}

/// Fills `VALUES ?name { UNDEF }` blocks with the given values.
pub fn bind(query: &Query, values: &[(String, String)]) -> Result<String> {
    let mut text = query.text.clone();
    for (name, value) in values {
        let re = Regex::new(&format!(
            r"VALUES\s+\?{}\s*\{{\s*UNDEF\s*\}}",
            regex::escape(name)
        ))
        .context("building parameter pattern")?;
        if !re.is_match(&text) {
            let known: Vec<&str> = query.params.iter().map(|(p, _)| p.as_str()).collect();
            bail!(
                "query {} has no parameter {name:?}{}",
                query.name,
                if known.is_empty() {
                    String::new()
                } else {
                    format!("; its parameters: {}", known.join(", "))
                }
            );
        }
        let literal = format!(
            "\"{}\"",
            value
                .replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('\n', "\\n")
        );
        text = re
            .replace_all(&text, format!("VALUES ?{name} {{ {literal} }}").as_str())
            .into_owned();
    }
    Ok(text)
}

/// Splits `NAME=VALUE`.
pub fn parse_param(arg: &str) -> Result<(String, String), String> {
    match arg.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_owned(), v.to_owned())),
        _ => Err(format!("expected NAME=VALUE, got {arg:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_query_file_is_bundled_with_a_header() {
        let mut files: Vec<String> =
            std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/queries"))
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|f| f.ends_with(".rq"))
                .collect();
        files.sort();
        let mut bundled: Vec<String> = BUNDLED.iter().map(|(f, _)| (*f).to_owned()).collect();
        bundled.sort();
        assert_eq!(files, bundled);
        for q in all() {
            assert!(!q.description.is_empty(), "{} has no description", q.name);
            for (p, _) in &q.params {
                assert!(
                    q.text.contains(&format!("VALUES ?{p} {{ UNDEF }}")),
                    "{} lacks VALUES ?{p}",
                    q.name
                );
            }
        }
    }

    #[test]
    fn binds_parameters_and_rejects_unknown_ones() {
        let q = parse(
            "# name: t\n# param: person a name\nSELECT * { VALUES ?person { UNDEF } }",
            "t",
        );
        let text = bind(&q, &[("person".to_owned(), "Sheinbaum \"C\"".to_owned())]).unwrap();
        assert!(
            text.contains(r#"VALUES ?person { "Sheinbaum \"C\"" }"#),
            "{text}"
        );
        let err = bind(&q, &[("country".to_owned(), "mx".to_owned())]).unwrap_err();
        assert!(err.to_string().contains("person"));
    }

    #[test]
    fn unknown_names_list_the_bundled_queries() {
        let err = find("who-said").unwrap_err().to_string();
        assert!(err.contains("who-said-what-to-whom"), "{err}");
    }
}
