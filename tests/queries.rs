//! Every bundled query has expected rows on the fixture corpus
//! (`tests/fixtures/expected/<name>.tsv`); a query without them fails.

mod common;

use newsgraph::queries;

#[test]
fn every_bundled_query_returns_its_expected_rows() {
    let quads = common::quads_of(&common::fixtures());
    let mut checked = 0;
    for q in queries::all() {
        let actual = common::run_query(&quads, &q.text);
        let golden = common::root().join(format!("tests/fixtures/expected/{}.tsv", q.name));
        common::assert_golden(&golden, &actual);
        checked += 1;
    }
    assert_eq!(checked, queries::BUNDLED.len());
    // And every file in queries/ is bundled.
    let files = std::fs::read_dir(common::root().join("queries"))
        .expect("queries/")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "rq"))
        })
        .count();
    assert_eq!(
        files,
        queries::BUNDLED.len(),
        "a query in queries/ is not bundled"
    );
}

#[test]
fn wire_copies_count_as_one_independent_source() {
    // An agency story, a second outlet republishing it under its own
    // headline, and a third outlet's own story.
    let wire = "OTTAWA (AP) — Canadian Prime Minister Anna Lindqvist said on Monday that her \
        talks with Brazilian President Martin Okafor had gone well and that the two leaders \
        would meet again in April to settle the tariff dispute between their countries.";
    let own = "Anna Lindqvist said on Monday that the talks had gone well, speaking to \
        reporters in Ottawa after a week of rumours about a rift with Brazil.";
    let dir = tempfile::tempdir().expect("tempdir");
    for (file, text) in [
        ("wire-2026-03-02-talks.txt", wire.to_owned()),
        (
            "copy-2026-03-03-talks.txt",
            format!("Leaders to meet in April\n\n{wire}"),
        ),
        ("own-2026-03-03-talks.txt", own.to_owned()),
    ] {
        std::fs::write(dir.path().join(file), text).expect("write");
    }
    let quads = common::quads_of(dir.path());
    let q = queries::bundled("independent-outlets").expect("bundled");
    let rows = common::run_query(&quads, &q.text);
    let first = rows.lines().nth(1).expect("a row");
    let cells: Vec<&str> = first.split('\t').collect();
    assert_eq!(cells[0], "Anna Lindqvist", "{rows}");
    assert_eq!(
        (cells[2], cells[3]),
        ("2", "1"),
        "two articles, one source: {rows}"
    );
    let copies = common::run_query(
        &quads,
        "SELECT ?copy ?original WHERE { ?c ng:wireCopyOf ?o ; ng:sourceFile ?copy . ?o ng:sourceFile ?original }",
    );
    assert_eq!(
        copies.trim(),
        "copy\toriginal\ncopy-2026-03-03-talks.txt\twire-2026-03-02-talks.txt"
    );
}

#[test]
fn parameters_narrow_the_rows() {
    let quads = common::quads_of(&common::fixtures());
    let q = queries::bundled("who-said-what-to-whom").expect("bundled");
    let all = common::run_query(&quads, &q.text);
    let text = queries::bind(&q, &[("person".to_owned(), "okafor".to_owned())]).expect("binds");
    let some = common::run_query(&quads, &text);
    assert!(some.lines().count() < all.lines().count());
    for line in some.lines().skip(1) {
        let mut cells = line.split('\t');
        let (speaker, addressee) = (cells.next().unwrap_or(""), cells.next().unwrap_or(""));
        assert!(
            speaker.contains("Okafor") || addressee.contains("Okafor"),
            "{line}"
        );
    }
    let country = queries::bundled("statements-about-country").expect("bundled");
    let text = queries::bind(&country, &[("country".to_owned(), "MX".to_owned())]).expect("binds");
    let rows = common::run_query(&quads, &text);
    assert_eq!(rows.lines().count(), 2, "{rows}");
    assert!(
        rows.contains("Mexico\tAnna Lindqvist\tmexico’s position on the talks was unchanged"),
        "{rows}"
    );
}
