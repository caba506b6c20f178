//! The real binary: help, exit codes, error messages, formats.

mod common;

use std::path::Path;
use std::process::{Command, Output};

fn newsgraph(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .current_dir(cwd)
        .env_remove("NEWSGRAPH_STORE")
        // Reproducible builds: the recorded build time comes from here.
        .env("SOURCE_DATE_EPOCH", "1768262400")
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exit code")
}

/// A temporary directory holding a copy of the fixture corpus.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("mkdir");
    for entry in std::fs::read_dir(common::fixtures()).expect("fixtures") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, corpus.join(path.file_name().expect("name"))).expect("copy");
    }
    dir
}

#[test]
fn help_lists_commands_and_exit_codes() {
    let out = newsgraph(&["--help"], &common::root());
    assert_eq!(code(&out), 0);
    let help = text(&out.stdout);
    for word in [
        "build",
        "query",
        "queries",
        "export",
        "extract",
        "Exit codes",
    ] {
        assert!(help.contains(word), "{word} missing from\n{help}");
    }
    let out = newsgraph(&["query", "--help"], &common::root());
    assert!(text(&out.stdout).contains("--param"));
}

#[test]
fn a_bad_flag_is_a_usage_error() {
    let out = newsgraph(&["build", "--frobnicate"], &common::root());
    assert_eq!(code(&out), 2);
    assert!(text(&out.stderr).contains("--frobnicate"));
}

#[test]
fn a_missing_corpus_is_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = newsgraph(&["build", "no-such-corpus"], dir.path());
    assert_eq!(code(&out), 1);
    let err = text(&out.stderr);
    assert!(
        err.contains("newsgraph: error: reading corpus directory"),
        "{err}"
    );
    assert!(err.contains("no-such-corpus"), "{err}");
}

#[test]
fn a_bad_article_is_skipped_and_the_rest_lands() {
    let dir = workspace();
    std::fs::write(
        dir.path().join("corpus/latin1.txt"),
        b"Caf\xe9 owners said prices rose.\n",
    )
    .expect("write");
    // Not in the manifest: a plain directory takes every .txt file.
    std::fs::remove_file(dir.path().join("corpus/manifest.toml")).expect("rm");
    let out = newsgraph(&["build"], dir.path());
    assert_eq!(code(&out), 1, "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("latin1.txt") && err.contains("line 1, column 4"),
        "{err}"
    );
    let out = newsgraph(&["query", "who-said-what-to-whom", "-f", "csv"], dir.path());
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Anna Lindqvist"));
}

#[test]
fn an_unreadable_article_is_named_with_its_reason() {
    let dir = workspace();
    // A manifest row whose file cannot be read (here: it is a directory).
    std::fs::create_dir(dir.path().join("corpus/unreadable.txt")).expect("mkdir");
    let manifest = dir.path().join("corpus/manifest.toml");
    let mut rows = std::fs::read_to_string(&manifest).expect("manifest");
    rows.push_str("\n[[article]]\nid = \"unreadable\"\nfile = \"unreadable.txt\"\n");
    std::fs::write(&manifest, rows).expect("write");
    let out = newsgraph(&["build"], dir.path());
    assert_eq!(code(&out), 1);
    let err = text(&out.stderr);
    assert!(
        err.contains("unreadable.txt") && err.contains("manifest.toml line"),
        "{err}"
    );
    assert!(err.contains("5 articles (1 skipped)"), "{err}");
}

#[test]
fn a_malformed_manifest_names_file_and_line() {
    let dir = workspace();
    std::fs::write(
        dir.path().join("corpus/manifest.toml"),
        "[[article]]\nid = \"x\"\nfile = \"a.txt\"\npublished = \"yesterday\"\n",
    )
    .expect("write");
    let out = newsgraph(&["build"], dir.path());
    assert_eq!(code(&out), 1);
    let err = text(&out.stderr);
    assert!(
        err.contains("manifest.toml line 4") && err.contains("\"yesterday\""),
        "{err}"
    );
}

#[test]
fn queries_run_by_name_file_and_inline_text() {
    let dir = workspace();
    let out = newsgraph(
        &[
            "query",
            "who-said-what-to-whom",
            "-p",
            "person=Okafor",
            "-f",
            "json",
        ],
        dir.path(),
    );
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON results");
    let rows = json["results"]["bindings"].as_array().expect("bindings");
    assert!(!rows.is_empty());
    assert!(
        text(&out.stderr).contains("building"),
        "the first query builds the store"
    );
    std::fs::write(
        dir.path().join("count.rq"),
        "SELECT (COUNT(*) AS ?n) WHERE { ?u a ng:Utterance }",
    )
    .expect("write");
    let out = newsgraph(&["query", "count.rq", "-f", "tsv", "-q"], dir.path());
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("?n\n"),
        "{}",
        text(&out.stdout)
    );
    assert!(text(&out.stderr).is_empty(), "-q prints nothing on stderr");
    let out = newsgraph(
        &[
            "query",
            "--sparql",
            "ASK { ?s ng:speaker person:martin-okafor }",
        ],
        dir.path(),
    );
    assert_eq!(text(&out.stdout).trim(), "true");
}

#[test]
fn sparql_errors_and_unknown_queries() {
    let dir = workspace();
    let out = newsgraph(
        &["query", "--sparql", "SELECT ?x\nWHERE { ?x }"],
        dir.path(),
    );
    assert_eq!(code(&out), 1);
    let err = text(&out.stderr);
    assert!(
        err.contains("SPARQL syntax error") && err.contains("2:"),
        "{err}"
    );
    let out = newsgraph(&["query", "who-said"], dir.path());
    assert_eq!(code(&out), 2);
    assert!(text(&out.stderr).contains("who-said-what-to-whom"));
    let out = newsgraph(&["query", "explain", "-p", "nobody=x"], dir.path());
    assert_eq!(code(&out), 2);
    assert!(text(&out.stderr).contains("node"));
}

#[test]
fn queries_lists_every_bundled_query() {
    let out = newsgraph(&["queries"], &common::root());
    assert_eq!(code(&out), 0);
    for q in newsgraph::queries::all() {
        assert!(text(&out.stdout).contains(&q.name));
    }
}

#[test]
fn builds_are_idempotent_and_exports_identical() {
    let dir = workspace();
    assert_eq!(code(&newsgraph(&["build", "-q"], dir.path())), 0);
    assert_eq!(code(&newsgraph(&["export", "-o", "a.ttl"], dir.path())), 0);
    assert_eq!(code(&newsgraph(&["build", "-q"], dir.path())), 0);
    assert_eq!(code(&newsgraph(&["export", "-o", "b.ttl"], dir.path())), 0);
    let a = std::fs::read(dir.path().join("a.ttl")).expect("a");
    assert_eq!(a, std::fs::read(dir.path().join("b.ttl")).expect("b"));
    assert!(text(&a).contains("@prefix ng: <https://w3id.org/newsgraph/ontology#>"));
    assert!(
        text(&a).contains("\"2026-01-13T00:00:00Z\"^^xsd:dateTime"),
        "the build time comes from SOURCE_DATE_EPOCH"
    );
    let out = newsgraph(&["export", "-f", "nquads"], dir.path());
    assert!(text(&out.stdout).contains("<https://w3id.org/newsgraph/id/graph/article-"));
}

#[test]
fn a_locked_or_damaged_store_is_reported_and_data_kept() {
    let dir = workspace();
    assert_eq!(code(&newsgraph(&["build", "-q"], dir.path())), 0);
    let store = dir.path().join(".newsgraph");
    let export = || {
        newsgraph(
            &["export", "-f", "nquads", "-q", "--corpus", "elsewhere"],
            dir.path(),
        )
        .stdout
    };
    let before = export();
    assert!(!before.is_empty());
    std::fs::write(store.join("build.lock"), std::process::id().to_string()).expect("lock");
    let out = newsgraph(&["build"], dir.path());
    assert_eq!(code(&out), 1);
    assert!(
        text(&out.stderr).contains("locked"),
        "{}",
        text(&out.stderr)
    );
    std::fs::remove_file(store.join("build.lock")).expect("unlock");
    assert_eq!(export(), before, "the old store is intact");
    // Damage the store's data.
    #[cfg(not(feature = "rocksdb"))]
    std::fs::write(store.join("graph.nq"), "<a> <b> \"broken .\n").expect("damage");
    #[cfg(feature = "rocksdb")]
    std::fs::write(store.join("rocksdb/CURRENT"), "garbage").expect("damage");
    let out = newsgraph(&["query", "entities", "--corpus", "elsewhere"], dir.path());
    assert_eq!(code(&out), 1);
    let err = text(&out.stderr);
    assert!(
        err.contains("damaged") && err.contains(".newsgraph"),
        "{err}"
    );
}

#[test]
fn extract_prints_the_documented_json_lines() {
    let file = common::fixtures().join("daily-planet-2026-03-03-canada-brazil-call.txt");
    let out = newsgraph(&["extract", file.to_str().expect("path")], &common::root());
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    let mut statements = 0;
    for line in text(&out.stdout).lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("one JSON object per line");
        assert_eq!(v["doc"], "daily-planet-2026-03-03-canada-brazil-call");
        if v["type"] == "statement" {
            statements += 1;
            for key in ["speaker", "cue", "content", "kind", "addressee"] {
                assert!(v.get(key).is_some(), "{key} missing in {line}");
            }
            assert!(
                v["cue"]["start"].is_u64()
                    && v["cue"]["end"].is_u64()
                    && v["cue"]["text"].is_string()
            );
            assert!(v["content"][0][0].is_u64(), "{line}");
            assert!(["direct", "mixed", "indirect"].contains(&v["kind"].as_str().expect("kind")));
        }
    }
    assert!(statements >= 4);
    let missing = newsgraph(&["extract", "nope.txt"], &common::root());
    assert_eq!(code(&missing), 1);
    assert!(text(&missing.stderr).contains("nope.txt"));
}

#[test]
fn extract_warns_of_text_misread_as_windows_1252() {
    let dir = workspace();
    let file = dir.path().join("misread.txt");
    std::fs::write(
        &file,
        "French President FranÃ§ois Hollande said Friday that Europe must defend itself.\n",
    )
    .expect("write");
    let out = newsgraph(&["extract", "misread.txt"], dir.path());
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("warning: article misread.txt: 1 character looks misread as Windows-1252")
            && err.contains("\"Ã§\", at line 1, column 22"),
        "{err}"
    );
    assert!(
        text(&out.stdout).contains("\"entity\":\"person/francois-hollande\""),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn a_reader_that_stops_early_ends_the_output_quietly() {
    use std::io::Read;
    // `newsgraph extract corpus/*.txt | head -c 100`: the seeds give some
    // 150 kB of JSON Lines, more than a pipe holds.
    let seeds: Vec<_> = std::fs::read_dir(common::root().join("corpus"))
        .expect("corpus")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .arg("extract")
        .args(&seeds)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut head = [0; 100];
    child
        .stdout
        .take()
        .expect("stdout")
        .read_exact(&mut head)
        .expect("some output");
    let out = child.wait_with_output().expect("exits");
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn export_formats_and_their_usage_errors() {
    let dir = workspace();
    let out = newsgraph(&["export", "-q", "-f", "dot"], dir.path());
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("digraph newsgraph {"));
    let out = newsgraph(&["export", "-f", "neo4j", "-o", "neo4j"], dir.path());
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    assert!(dir.path().join("neo4j/nodes-Person.csv").is_file());
    assert!(text(&out.stderr).contains("CSV files to neo4j"));
    let out = newsgraph(
        &[
            "export",
            "-f",
            "nquads",
            "--shard-size",
            "100",
            "-o",
            "parts",
        ],
        dir.path(),
    );
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    assert!(dir.path().join("parts/part-00002.nq").is_file());

    for (args, says) in [
        (&["export", "-f", "neo4j"][..], "give -o DIR"),
        (
            &["export", "-f", "turtle", "--shard-size", "5", "-o", "x"][..],
            "only nquads and ntriples",
        ),
        (
            &["export", "-f", "nquads", "--shard-size", "5"][..],
            "--shard-size needs -o DIR",
        ),
        (
            &["export", "-f", "graphml", "--include", "ontology"][..],
            "RDF formats only",
        ),
    ] {
        let out = newsgraph(args, dir.path());
        assert_eq!(code(&out), 2, "{args:?}: {}", text(&out.stderr));
        assert!(
            text(&out.stderr).contains(says),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
}

#[test]
fn validate_exits_1_on_violations_and_names_them() {
    let dir = workspace();
    let out = newsgraph(&["validate"], dir.path());
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("the graph conforms"));
    std::fs::write(
        dir.path().join("strict.ttl"),
        "@prefix sh: <http://www.w3.org/ns/shacl#> .
         <https://example.org/linked> a sh:NodeShape ;
           sh:targetClass <http://schema.org/Person> ;
           sh:property [ sh:path <http://www.w3.org/2002/07/owl#sameAs> ; sh:minCount 1 ] .",
    )
    .expect("write");
    let out = newsgraph(
        &["validate", "--shapes", "strict.ttl", "-f", "json"],
        dir.path(),
    );
    assert_eq!(code(&out), 1, "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let first = &report["violations"][0];
    assert_eq!(first["constraint"], "sh:minCount 1");
    assert!(first["article"]
        .as_str()
        .is_some_and(|a| a.contains("/article/")));
    assert!(first["start"].as_u64().is_some());
    std::fs::write(dir.path().join("broken.ttl"), "<a> <b").expect("write");
    let out = newsgraph(&["validate", "--shapes", "broken.ttl"], dir.path());
    assert_eq!(code(&out), 1);
    assert!(
        text(&out.stderr).contains("broken.ttl"),
        "{}",
        text(&out.stderr)
    );
}

/// A two-article gold directory in PolNeAR's layout, written by hand.
fn gold(dir: &Path) {
    let texts = [
        (
            "a",
            "Mayor Ana Ruiz said the port would reopen on Monday.",
            // Source, cue and content of the one attribution.
            [(0, 14), (15, 19), (20, 51)],
        ),
        (
            "b",
            "The report found that rents rose in 2025.",
            [(0, 10), (11, 16), (17, 40)],
        ),
    ];
    std::fs::create_dir_all(dir.join("text")).expect("mkdir");
    std::fs::create_dir_all(dir.join("attributions")).expect("mkdir");
    for (name, body, spans) in texts {
        std::fs::write(dir.join("text").join(format!("{name}.txt")), body).expect("write");
        let piece = |(s, e): (usize, usize)| body.chars().skip(s).take(e - s).collect::<String>();
        let ann = format!(
            "T1\tSource {} {}\t{}\nT2\tCue {} {}\t{}\nT3\tContent {} {}\t{}\n\
             E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n",
            spans[0].0,
            spans[0].1,
            piece(spans[0]),
            spans[1].0,
            spans[1].1,
            piece(spans[1]),
            spans[2].0,
            spans[2].1,
            piece(spans[2]),
        );
        std::fs::write(dir.join("attributions").join(format!("{name}_x.ann")), ann).expect("write");
    }
}

#[test]
fn eval_agreement_compares_annotators_with_one_another_and_the_extractor() {
    let dir = tempfile::tempdir().expect("tempdir");
    gold(&dir.path().join("gold"));
    // One annotator a text: nothing to compare, and the error says so.
    let out = newsgraph(&["eval", "--gold", "gold", "--agreement", "-q"], dir.path());
    assert_eq!(code(&out), 1);
    assert!(
        text(&out.stderr).contains("no text with several annotation files"),
        "{}",
        text(&out.stderr)
    );
    // A second annotator agrees with the first; a third ends the content
    // before "on Monday".
    let ann = dir.path().join("gold/attributions");
    let first = std::fs::read_to_string(ann.join("a_x.ann")).expect("read");
    std::fs::write(ann.join("a_y.ann"), &first).expect("write");
    let shorter = first.replace(
        "Content 20 51\tthe port would reopen on Monday",
        "Content 20 41\tthe port would reopen",
    );
    assert_ne!(shorter, first);
    std::fs::write(ann.join("a_z.ann"), shorter).expect("write");
    let out = newsgraph(
        &["eval", "--gold", "gold", "--agreement", "-f", "json", "-q"],
        dir.path(),
    );
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        (report["texts"].as_u64(), report["pairs"].as_u64()),
        (Some(1), Some(3))
    );
    let f1 = |who: &str, role: &str| {
        report[who][0]["roles"]
            .as_array()
            .expect("roles")
            .iter()
            .find(|r| r["role"] == role)
            .map(|r| r["exact"]["f1"].as_f64().expect("f1"))
            .expect("role")
    };
    assert_eq!(report["annotators"][0]["subset"], "all");
    // Of three pairs, one agrees on the content and all on the cue.
    assert!((f1("annotators", "content") - 100.0 / 3.0).abs() < 1e-9);
    assert_eq!(f1("annotators", "cue"), 100.0);
    // The extractor finds the first two annotators' content.
    assert!((f1("extractor", "content") - 200.0 / 3.0).abs() < 1e-9);
    assert_eq!(f1("extractor", "source"), 100.0);
    let out = newsgraph(&["eval", "--gold", "gold", "--agreement", "-q"], dir.path());
    assert!(
        text(&out.stdout).contains("texts with several annotators: 1, annotator pairs: 3"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn eval_scores_and_train_writes_a_reproducible_model() {
    let dir = tempfile::tempdir().expect("tempdir");
    gold(&dir.path().join("gold"));
    let out = newsgraph(
        &["eval", "--gold", "gold", "--format", "json", "-q"],
        dir.path(),
    );
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["articles"], 2);
    assert_eq!(report["gold_attributions"], 2);
    let all = report["subsets"]
        .as_array()
        .expect("subsets")
        .iter()
        .find(|s| s["subset"] == "all")
        .expect("all");
    // Both attributions are found with their exact spans.
    for role in all["roles"].as_array().expect("roles") {
        assert_eq!(role["exact"]["f1"], 100.0, "{role}");
    }

    // --predictions writes them as brat standoff, the gold's spans again.
    let out = newsgraph(
        &["eval", "--gold", "gold", "-q", "--predictions", "pred"],
        dir.path(),
    );
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    for name in ["a", "b"] {
        let predicted = std::fs::read_to_string(dir.path().join(format!("pred/{name}.ann")))
            .expect("prediction file");
        let gold =
            std::fs::read_to_string(dir.path().join(format!("gold/attributions/{name}_x.ann")))
                .expect("gold file");
        let spans = |ann: &str| {
            let mut v: Vec<String> = ann
                .lines()
                .filter(|l| l.starts_with('T') && !l.contains("\tAttribution "))
                .map(|l| l.split_once('\t').map_or("", |(_, r)| r).to_owned())
                .collect();
            v.sort();
            v
        };
        assert_eq!(spans(&predicted), spans(&gold), "{predicted}");
        assert!(
            predicted.contains("\nE1\tAttribution:T1 Source:"),
            "{predicted}"
        );
    }
    // With the gold cue words given, the table says so; they cannot be
    // given to an agreement, which scores no extraction of its own.
    let out = newsgraph(
        &["eval", "--gold", "gold", "--given-cues", "-q"],
        dir.path(),
    );
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("cue words given from the gold"),
        "{}",
        text(&out.stdout)
    );
    let out = newsgraph(
        &["eval", "--gold", "gold", "--given-cues", "--agreement"],
        dir.path(),
    );
    assert_eq!(code(&out), 2, "{}", text(&out.stderr));

    // A predictions path that is a file is an error naming it.
    std::fs::write(dir.path().join("taken"), "").expect("write");
    let out = newsgraph(
        &["eval", "--gold", "gold", "-q", "--predictions", "taken"],
        dir.path(),
    );
    assert_eq!(code(&out), 1);
    assert!(text(&out.stderr).contains("taken"), "{}", text(&out.stderr));

    let out = newsgraph(&["train", "--gold", "gold", "-o", "m1.tsv"], dir.path());
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("trained on 2 articles"),
        "{}",
        text(&out.stderr)
    );
    let model = std::fs::read_to_string(dir.path().join("m1.tsv")).expect("model");
    assert!(model.starts_with("# newsgraph cue model"), "{model}");
    let out = newsgraph(&["train", "--gold", "gold", "-q"], dir.path());
    assert_eq!(text(&out.stdout), model, "training is deterministic");

    // Held-out scoring of the model's cue heads, here on its own training
    // articles: both cue heads ("said", "warned") are found.
    let out = newsgraph(
        &[
            "train",
            "-q",
            "--gold",
            "gold",
            "--heldout",
            "gold",
            "--l2",
            "0.1",
            "--min-count",
            "1",
            "--min-weight",
            "0",
        ],
        dir.path(),
    );
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("cue heads in gold: precision")
            && text(&out.stderr).contains("recall 100.0"),
        "{}",
        text(&out.stderr)
    );

    // An L2 strength of zero or below has no optimum to fit: a usage error.
    for bad in ["0", "-1", "nan", "x"] {
        let out = newsgraph(&["train", "--gold", "gold", "--l2", bad], dir.path());
        assert_eq!(code(&out), 2, "{bad}");
        assert!(text(&out.stderr).contains(bad), "{}", text(&out.stderr));
    }

    let out = newsgraph(&["train", "--gold", "missing"], dir.path());
    assert_eq!(code(&out), 1);
    assert!(
        text(&out.stderr).contains("missing"),
        "{}",
        text(&out.stderr)
    );
}
