//! `push` and `query --endpoint` against a scripted HTTP server on
//! 127.0.0.1: retries with backoff, the digest handshake, refusals and
//! what is sent. (The real servers, Oxigraph and Virtuoso, are exercised by
//! tests/interop/check.py in CI.)

mod common;

use newsgraph::remote::{push, AuthScheme, Client, Remote};
use newsgraph::store;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Debug, Clone)]
struct Request {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Request {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

type Responder = Box<dyn Fn(&Request, usize) -> (u16, Vec<(String, String)>, String) + Send>;

/// Serves each connection with `respond(request, index)`; returns the base
/// URL and the requests seen.
fn serve(respond: Responder) -> (String, Arc<Mutex<Vec<Request>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    std::thread::spawn(move || {
        for (i, stream) in listener.incoming().enumerate() {
            let Ok(mut stream) = stream else { return };
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut line = String::new();
            if reader.read_line(&mut line).is_err() {
                continue;
            }
            let mut parts = line.split_whitespace();
            let (method, target) = (
                parts.next().unwrap_or_default().to_owned(),
                parts.next().unwrap_or_default().to_owned(),
            );
            let mut headers = Vec::new();
            loop {
                let mut h = String::new();
                if reader.read_line(&mut h).is_err() || h.trim().is_empty() {
                    break;
                }
                if let Some((k, v)) = h.trim_end().split_once(':') {
                    headers.push((k.trim().to_owned(), v.trim().to_owned()));
                }
            }
            let length = headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
                .and_then(|(_, v)| v.parse().ok())
                .unwrap_or(0);
            let mut body = vec![0; length];
            let _ = reader.read_exact(&mut body);
            let request = Request {
                method,
                target,
                headers,
                body,
            };
            let (status, extra, text) = respond(&request, i);
            log.lock().expect("log").push(request);
            let mut response = format!(
                "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
                text.len()
            );
            for (k, v) in extra {
                response.push_str(&format!("{k}: {v}\r\n"));
            }
            response.push_str("\r\n");
            response.push_str(&text);
            let _ = stream.write_all(response.as_bytes());
        }
    });
    (url, seen)
}

fn remote(url: &str, user: Option<&str>) -> Remote {
    Remote {
        url: url.to_owned(),
        user: user.map(str::to_owned),
        password: user.map(|_| "secret".to_owned()),
        auth: AuthScheme::Auto,
        timeout: Duration::from_secs(10),
        retries: 2,
    }
}

const JSON: &str =
    r#"{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"literal","value":"7"}}]}}"#;

#[test]
fn queries_retry_after_server_errors_and_read_json_results() {
    let (url, seen) = serve(Box::new(|_, i| {
        if i == 0 {
            (503, vec![], "busy".to_owned())
        } else {
            (200, vec![], JSON.to_owned())
        }
    }));
    let answer = Client::new(remote(&format!("{url}/sparql"), None))
        .query("SELECT ?n WHERE { ?s ng:x ?n }")
        .expect("answers after one retry");
    assert_eq!(answer.len(), 1);
    let seen = seen.lock().expect("log");
    assert_eq!(seen.len(), 2);
    let body = String::from_utf8_lossy(&seen[1].body).into_owned();
    assert!(body.starts_with("query=PREFIX%20ng%3A"), "{body}");
    assert_eq!(
        seen[1].header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
}

#[test]
fn giving_up_names_the_url_and_the_attempts() {
    let (url, seen) = serve(Box::new(|_, _| (500, vec![], "broken".to_owned())));
    let err = Client::new(remote(&format!("{url}/sparql"), None))
        .query("ASK {}")
        .expect_err("fails");
    let text = format!("{err:#}");
    assert!(text.contains("gave up after 3 attempts"), "{text}");
    assert!(text.contains("500 broken"), "{text}");
    assert_eq!(seen.lock().expect("log").len(), 3);
}

#[test]
fn client_errors_are_not_retried() {
    let (url, seen) = serve(Box::new(|_, _| {
        (400, vec![], "Parse error: line 1".to_owned())
    }));
    let err = Client::new(remote(&url, None))
        .query("SELEC")
        .expect_err("fails");
    assert!(format!("{err:#}").contains("400 Parse error: line 1"));
    assert_eq!(seen.lock().expect("log").len(), 1);
}

#[test]
fn push_answers_the_digest_challenge_and_puts_every_graph() {
    let challenge =
        r#"Digest realm="SPARQL", nonce="abc123", opaque="op", qop="auth", algorithm="MD5""#;
    let (url, seen) = serve(Box::new(move |r, _| match r.header("authorization") {
        Some(a) if a.starts_with("Digest ") && a.contains("username=\"dba\"") => {
            (201, vec![], String::new())
        }
        _ => (
            401,
            vec![("WWW-Authenticate".to_owned(), challenge.to_owned())],
            String::new(),
        ),
    }));
    let quads = common::quads_of(&common::fixtures());
    let db = store::in_memory(&quads).expect("store");
    let client = Client::new(remote(&format!("{url}/crud"), Some("dba")));
    let mut pushed = Vec::new();
    let report = push(&client, &db, |g, n| pushed.push((g.to_owned(), n))).expect("push");
    assert_eq!(report.triples, quads.len());
    assert_eq!(report.graphs, pushed.len());
    assert!(report.graphs >= 5);
    let seen = seen.lock().expect("log");
    let puts: Vec<&Request> = seen
        .iter()
        .filter(|r| r.header("authorization").is_some())
        .collect();
    assert_eq!(puts.len(), report.graphs, "one authorised PUT per graph");
    for r in &puts {
        assert_eq!(r.method, "PUT");
        assert!(r
            .target
            .starts_with("/crud?graph=https%3A%2F%2Fw3id.org%2Fnewsgraph%2Fid%2Fgraph%2F"));
        assert!(r
            .header("content-type")
            .is_some_and(|c| c.starts_with("text/turtle")));
        let auth = r.header("authorization").unwrap_or_default();
        assert!(auth.contains(&format!("uri=\"{}\"", r.target)), "{auth}");
    }
    // The challenge is answered once, then reused with a growing count.
    assert!(seen.len() <= report.graphs + 1, "{} requests", seen.len());
}

#[test]
fn a_refused_password_and_missing_credentials_are_explained() {
    let (url, _) = serve(Box::new(|_, _| {
        (
            401,
            vec![(
                "WWW-Authenticate".to_owned(),
                r#"Digest realm="x", nonce="n""#.to_owned(),
            )],
            String::new(),
        )
    }));
    let without = Client::new(remote(&url, None))
        .put_graph("https://example.org/g", b"")
        .expect_err("refused");
    assert!(format!("{without:#}").contains("give --user and --password"));
    let wrong = Client::new(remote(&url, Some("dba")))
        .put_graph("https://example.org/g", b"")
        .expect_err("refused");
    assert!(format!("{wrong:#}").contains("refused the credentials of user \"dba\""));
}
