//! Other SPARQL stores: queries over the SPARQL 1.1 Protocol and loads over
//! the SPARQL 1.1 Graph Store HTTP Protocol, with basic or digest
//! authentication, timeouts and retries with backoff.
//!
//! `push` replaces each named graph of the store at the remote store (HTTP
//! PUT), one article at a time, so pushing twice leaves the remote store as
//! it was after the first push.

use crate::export::rdf::{store_graphs, write, GraphFormat};
use crate::export::{Answer, Solutions};
use crate::vocab::PREFIXES;
use anyhow::{anyhow, bail, Context, Result};
use md5::{Digest as _, Md5};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, Triple};
use oxigraph::sparql::results::{
    QueryResultsFormat, QueryResultsParser, SliceQueryResultsParserOutput,
};
use oxigraph::store::Store;
use std::sync::Mutex;
use std::time::Duration;

/// How to authenticate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum AuthScheme {
    /// Answer whatever the server asks for (basic or digest)
    #[default]
    Auto,
    /// HTTP basic authentication, sent with every request
    Basic,
    /// HTTP digest authentication (Virtuoso's write endpoints want it)
    Digest,
}

/// Where and how to reach a remote store.
#[derive(Debug, Clone)]
pub struct Remote {
    pub url: String,
    pub user: Option<String>,
    pub password: Option<String>,
    pub auth: AuthScheme,
    pub timeout: Duration,
    /// Further attempts after a failure that may pass (no connection, a
    /// timeout, 429 or 5xx), waiting 0.5 s, 1 s, 2 s… between them.
    pub retries: u32,
}

/// An HTTP session with a remote store.
pub struct Client {
    remote: Remote,
    agent: ureq::Agent,
    /// The last digest challenge (realm, nonce, opaque, qop) and its count.
    digest: Mutex<Option<(Challenge, u32)>>,
}

#[derive(Debug, Clone, Default)]
struct Challenge {
    realm: String,
    nonce: String,
    opaque: Option<String>,
    qop: Option<String>,
}

/// Parses `Digest realm="…", nonce="…", qop="auth", …`.
fn parse_challenge(header: &str) -> Option<Challenge> {
    let rest = header.trim().strip_prefix("Digest")?;
    let mut c = Challenge::default();
    let mut s = rest.trim();
    while !s.is_empty() {
        let (key, after) = s.split_once('=')?;
        let key = key
            .trim()
            .trim_start_matches(',')
            .trim()
            .to_ascii_lowercase();
        let after = after.trim_start();
        let (value, next) = if let Some(quoted) = after.strip_prefix('"') {
            let end = quoted.find('"')?;
            (&quoted[..end], &quoted[end + 1..])
        } else {
            let end = after.find(',').unwrap_or(after.len());
            (after[..end].trim(), &after[end..])
        };
        match key.as_str() {
            "realm" => c.realm = value.to_owned(),
            "nonce" => c.nonce = value.to_owned(),
            "opaque" => c.opaque = Some(value.to_owned()),
            "qop" => {
                // Prefer plain "auth" when offered.
                c.qop = value
                    .split(',')
                    .map(str::trim)
                    .find(|q| *q == "auth")
                    .map(str::to_owned)
            }
            _ => {}
        }
        s = next.trim_start().trim_start_matches(',').trim_start();
    }
    (!c.nonce.is_empty()).then_some(c)
}

fn md5_hex(text: &str) -> String {
    Md5::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The `Authorization: Digest …` value for one request (RFC 7616, MD5).
fn digest_header(
    c: &Challenge,
    count: u32,
    user: &str,
    password: &str,
    method: &str,
    uri: &str,
    cnonce: &str,
) -> String {
    let ha1 = md5_hex(&format!("{user}:{}:{password}", c.realm));
    let ha2 = md5_hex(&format!("{method}:{uri}"));
    let nc = format!("{count:08x}");
    let mut header = format!(
        "Digest username=\"{user}\", realm=\"{}\", nonce=\"{}\", uri=\"{uri}\", algorithm=MD5",
        c.realm, c.nonce
    );
    let response = match &c.qop {
        Some(qop) => {
            header.push_str(&format!(", qop={qop}, nc={nc}, cnonce=\"{cnonce}\""));
            md5_hex(&format!("{ha1}:{}:{nc}:{cnonce}:{qop}:{ha2}", c.nonce))
        }
        None => md5_hex(&format!("{ha1}:{}:{ha2}", c.nonce)),
    };
    header.push_str(&format!(", response=\"{response}\""));
    if let Some(o) = &c.opaque {
        header.push_str(&format!(", opaque=\"{o}\""));
    }
    header
}

fn basic_header(user: &str, password: &str) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let bytes = format!("{user}:{password}").into_bytes();
    let mut out = String::from("Basic ");
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(TABLE[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The path and query of a URL, as digest authentication signs it.
fn request_uri(url: &str) -> &str {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    after_scheme.find('/').map_or("/", |i| &after_scheme[i..])
}

/// Percent-encodes a query-string value.
fn encode(value: &str) -> String {
    let mut out = String::new();
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A response: status, `WWW-Authenticate` and body.
struct Reply {
    status: u16,
    challenge: Option<String>,
    body: Vec<u8>,
}

impl Client {
    pub fn new(remote: Remote) -> Self {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(remote.timeout))
            .http_status_as_error(false)
            .user_agent(concat!("newsgraph/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        Self {
            remote,
            agent,
            digest: Mutex::new(None),
        }
    }

    fn credentials(&self) -> Option<(&str, &str)> {
        Some((
            self.remote.user.as_deref()?,
            self.remote.password.as_deref().unwrap_or(""),
        ))
    }

    /// One HTTP exchange, with no retry.
    fn exchange(
        &self,
        method: &str,
        url: &str,
        headers: &[(&str, &str)],
        body: Option<&[u8]>,
        authorization: Option<&str>,
    ) -> std::result::Result<Reply, ureq::Error> {
        let mut request = ureq::http::Request::builder().method(method).uri(url);
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        if let Some(a) = authorization {
            request = request.header("Authorization", a);
        }
        let request = request
            .body(body.map(<[u8]>::to_vec).unwrap_or_default())
            .map_err(|e| ureq::Error::BadUri(e.to_string()))?;
        let mut response = self.agent.run(request)?;
        let challenge = response
            .headers()
            .get_all("www-authenticate")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("Digest"))
            .or_else(|| {
                response
                    .headers()
                    .get("www-authenticate")
                    .and_then(|v| v.to_str().ok())
            })
            .map(str::to_owned);
        let status = response.status().as_u16();
        let body = response
            .body_mut()
            .with_config()
            .limit(1 << 30)
            .read_to_vec()?;
        Ok(Reply {
            status,
            challenge,
            body,
        })
    }

    fn authorization(&self, method: &str, url: &str) -> Option<String> {
        let (user, password) = self.credentials()?;
        if self.remote.auth == AuthScheme::Basic {
            return Some(basic_header(user, password));
        }
        let mut digest = self.digest.lock().ok()?;
        let (challenge, count) = digest.as_mut()?;
        *count += 1;
        let cnonce = md5_hex(&format!("{}{count}{url}", challenge.nonce))[..16].to_owned();
        Some(digest_header(
            challenge,
            *count,
            user,
            password,
            method,
            request_uri(url),
            &cnonce,
        ))
    }

    /// Sends a request, answering an authentication challenge and retrying
    /// what may pass on a second try. Returns the body of a 2xx reply.
    fn send(
        &self,
        method: &str,
        url: &str,
        headers: &[(&str, &str)],
        body: Option<&[u8]>,
    ) -> Result<Vec<u8>> {
        let mut attempt = 0;
        let mut answered_challenge = false;
        loop {
            let authorization = self.authorization(method, url);
            let outcome = self.exchange(method, url, headers, body, authorization.as_deref());
            let retry = match outcome {
                Ok(reply) if (200..300).contains(&reply.status) => return Ok(reply.body),
                Ok(reply) if reply.status == 401 => {
                    let Some((_, _)) = self.credentials() else {
                        bail!(
                            "{method} {url}: the server wants authentication ({}); give --user and --password",
                            reply.challenge.as_deref().unwrap_or("401 Unauthorized")
                        );
                    };
                    let challenge = reply.challenge.as_deref().and_then(parse_challenge);
                    match challenge {
                        Some(c) if !answered_challenge && self.remote.auth != AuthScheme::Basic => {
                            if let Ok(mut d) = self.digest.lock() {
                                *d = Some((c, 0));
                            }
                            answered_challenge = true;
                            continue;
                        }
                        _ if !answered_challenge
                            && self.remote.auth == AuthScheme::Auto
                            && reply
                                .challenge
                                .as_deref()
                                .is_some_and(|h| h.starts_with("Basic")) =>
                        {
                            // Fall back to basic for the rest of the session.
                            return self.with_basic().send(method, url, headers, body);
                        }
                        _ => bail!(
                            "{method} {url}: the server refused the credentials of user {:?} (401 Unauthorized)",
                            self.remote.user.as_deref().unwrap_or_default()
                        ),
                    }
                }
                Ok(reply) if reply.status == 429 || reply.status >= 500 => {
                    anyhow!("{method} {url}: {} {}", reply.status, excerpt(&reply.body))
                }
                Ok(reply) => bail!(
                    "{method} {url}: the server answered {} {}",
                    reply.status,
                    excerpt(&reply.body)
                ),
                Err(e) => anyhow!("{method} {url}: cannot reach the server: {e}"),
            };
            if attempt >= self.remote.retries {
                return Err(retry.context(format!(
                    "gave up after {} attempts",
                    self.remote.retries + 1
                )));
            }
            std::thread::sleep(Duration::from_millis(500 << attempt.min(6)));
            attempt += 1;
        }
    }

    fn with_basic(&self) -> Self {
        Self::new(Remote {
            auth: AuthScheme::Basic,
            ..self.remote.clone()
        })
    }

    /// Runs a query over the SPARQL 1.1 Protocol with our prefixes declared
    /// in front. It is POSTed URL-encoded, the one form every store takes
    /// (Virtuoso 7 never answers a direct `application/sparql-query` POST).
    pub fn query(&self, sparql: &str) -> Result<Answer> {
        let text = format!("query={}", encode(&with_prefixes(sparql)));
        let body = self.send(
            "POST",
            &self.remote.url,
            &[
                ("Content-Type", "application/x-www-form-urlencoded"),
                (
                    "Accept",
                    "application/sparql-results+json, application/n-triples;q=0.9",
                ),
            ],
            Some(text.as_bytes()),
        )?;
        parse_answer(&body).with_context(|| format!("reading the answer of {}", self.remote.url))
    }

    /// Replaces the graph `graph` at the Graph Store Protocol endpoint with
    /// `turtle`.
    pub fn put_graph(&self, graph: &str, turtle: &[u8]) -> Result<()> {
        let separator = if self.remote.url.contains('?') {
            '&'
        } else {
            '?'
        };
        let url = format!("{}{separator}graph={}", self.remote.url, encode(graph));
        self.send(
            "PUT",
            &url,
            &[("Content-Type", "text/turtle; charset=utf-8")],
            Some(turtle),
        )?;
        Ok(())
    }
}

fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() > 300 {
        format!("{}…", text.chars().take(300).collect::<String>())
    } else {
        text
    }
}

/// The query with our prefixes declared in front, for stores that do not
/// know them.
pub fn with_prefixes(sparql: &str) -> String {
    let mut text: String = PREFIXES
        .iter()
        .map(|(p, iri)| format!("PREFIX {p}: <{iri}>\n"))
        .collect();
    text.push_str(sparql);
    text
}

/// Reads SPARQL JSON results, or N-Triples for CONSTRUCT and DESCRIBE.
fn parse_answer(body: &[u8]) -> Result<Answer> {
    let looks_like_json = body
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| *b == b'{');
    if !looks_like_json {
        let triples = RdfParser::from_format(RdfFormat::NTriples)
            .for_slice(body)
            .map(|q| q.map(Triple::from))
            .collect::<Result<Vec<_>, _>>()
            .context("parsing N-Triples")?;
        return Ok(Answer::Graph(triples));
    }
    match QueryResultsParser::from_format(QueryResultsFormat::Json)
        .for_slice(body)
        .context("parsing SPARQL JSON results")?
    {
        SliceQueryResultsParserOutput::Boolean(b) => Ok(Answer::Boolean(b)),
        SliceQueryResultsParserOutput::Solutions(s) => {
            let variables = s.variables().to_vec();
            let rows = s
                .collect::<Result<Vec<_>, _>>()
                .context("parsing SPARQL JSON results")?;
            Ok(Answer::Solutions(Solutions { variables, rows }))
        }
    }
}

/// What a push did.
#[derive(Debug, Default)]
pub struct PushReport {
    pub graphs: usize,
    pub triples: usize,
}

/// Replaces every named graph of `db` at the Graph Store Protocol endpoint,
/// one graph per request; `progress` hears of each graph pushed.
pub fn push(
    client: &Client,
    db: &Store,
    mut progress: impl FnMut(&str, usize),
) -> Result<PushReport> {
    let mut report = PushReport::default();
    for graph in store_graphs(db, &[])? {
        let (name, quads) = graph?;
        let GraphName::NamedNode(iri) = &name else {
            continue;
        };
        let mut body = Vec::new();
        let n = write(
            std::iter::once(Ok((name.clone(), quads))),
            GraphFormat::Turtle,
            &mut body,
        )?;
        client
            .put_graph(iri.as_str(), &body)
            .with_context(|| format!("pushing graph {iri}"))?;
        report.graphs += 1;
        report.triples += n;
        progress(iri.as_str(), n);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digest_matches_rfc_2617_example() {
        // RFC 2617 section 3.5.
        let c = Challenge {
            realm: "testrealm@host.com".to_owned(),
            nonce: "dcd98b7102dd2f0e8b11d0f600bfb0c093".to_owned(),
            opaque: Some("5ccc069c403ebaf9f0171e9517f40e41".to_owned()),
            qop: Some("auth".to_owned()),
        };
        let h = digest_header(
            &c,
            1,
            "Mufasa",
            "Circle Of Life",
            "GET",
            "/dir/index.html",
            "0a4f113b",
        );
        assert!(
            h.contains("response=\"6629fae49393a05397450978507c4ef1\""),
            "{h}"
        );
    }

    #[test]
    fn challenges_parse() {
        let c = parse_challenge(
            "Digest realm=\"SPARQL\", domain=\"/sparql-graph-crud-auth\", nonce=\"abc\", opaque=\"5ebe\", stale=\"false\", qop=\"auth,auth-int\", algorithm=\"MD5\"",
        )
        .unwrap();
        assert_eq!(c.realm, "SPARQL");
        assert_eq!(c.nonce, "abc");
        assert_eq!(c.opaque.as_deref(), Some("5ebe"));
        assert_eq!(c.qop.as_deref(), Some("auth"));
        assert!(parse_challenge("Basic realm=\"x\"").is_none());
    }

    #[test]
    fn basic_and_urls() {
        assert_eq!(
            basic_header("Aladdin", "open sesame"),
            "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        );
        assert_eq!(
            request_uri("http://127.0.0.1:8890/sparql-graph-crud-auth?graph=x"),
            "/sparql-graph-crud-auth?graph=x"
        );
        assert_eq!(encode("https://a/b c"), "https%3A%2F%2Fa%2Fb%20c");
    }
}
