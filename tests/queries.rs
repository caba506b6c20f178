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
