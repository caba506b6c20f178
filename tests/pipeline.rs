//! The library end to end on corpora we control: the fixture articles and
//! the bundled seed corpus.

mod common;

use newsgraph::export::{self, GraphFormat};
use newsgraph::model::{slice_chars, Article, SpeechKind};
use newsgraph::{corpus, extract, vocab};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::Quad;
use proptest::prelude::*;
use std::collections::BTreeSet;

fn extraction(dir: &std::path::Path, file: &str) -> (Article, newsgraph::model::Extraction) {
    let corpus = corpus::read(dir).expect("corpus");
    let article = corpus
        .articles
        .into_iter()
        .find(|a| a.file == file)
        .expect("article");
    let x = extract::run(&article);
    (article, x)
}

/// Every span lies inside its article and slices to the recorded text.
fn assert_spans_hold(article: &Article, x: &newsgraph::model::Extraction) {
    let text = &article.text;
    // One statement per cue and content start (report IRIs rely on it), and
    // every parent is an earlier statement.
    let mut keys = BTreeSet::new();
    for (i, s) in x.statements.iter().enumerate() {
        let key = (s.cue.start, s.cue.end, s.content_hull().char_start);
        assert!(
            keys.insert(key),
            "two statements share cue and content start: {s:?}"
        );
        assert!(
            s.parent.is_none_or(|p| p < i),
            "parent of {i} is not earlier: {s:?}"
        );
    }
    for m in &x.mentions {
        assert_eq!(
            slice_chars(text, m.span),
            Some(m.text.as_str()),
            "mention {m:?}"
        );
    }
    for s in &x.statements {
        for p in [&s.source, &s.addressee]
            .into_iter()
            .flatten()
            .chain([&s.cue])
        {
            assert_eq!(
                slice_chars(text, p.span()),
                Some(p.text.as_str()),
                "piece {p:?}"
            );
        }
        for seg in &s.content {
            assert!(
                slice_chars(text, *seg).is_some(),
                "content {seg:?} out of bounds"
            );
        }
        if let Some(words) = s.medium_span {
            assert!(s.medium.is_some(), "medium words without a medium: {s:?}");
            assert!(
                slice_chars(text, words).is_some_and(|w| !w.trim().is_empty()),
                "medium words {words:?} out of bounds or blank"
            );
        }
        if let Some(d) = &s.date {
            assert_eq!(
                slice_chars(text, newsgraph::model::Span::new(d.start, d.end)),
                Some(d.text.as_str())
            );
        }
    }
    for e in &x.events {
        assert_eq!(
            slice_chars(text, e.trigger.span()),
            Some(e.trigger.text.as_str())
        );
        for p in e.participants.iter().map(|p| &p.mention).chain(&e.place) {
            assert_eq!(slice_chars(text, p.span()), Some(p.text.as_str()), "{p:?}");
        }
        let span = newsgraph::model::Span::new;
        let words = e
            .date
            .iter()
            .map(|d| (d.start, d.end, &d.text))
            .chain(e.duration.iter().map(|d| (d.start, d.end, &d.text)))
            .chain(e.figures.iter().map(|f| (f.start, f.end, &f.text)));
        if let Some(words) = e.status_span {
            assert_ne!(e.status, newsgraph::model::EventStatus::Happened, "{e:?}");
            assert!(slice_chars(text, words).is_some(), "{e:?}");
        }
        for (start, end, said) in words {
            assert_eq!(
                slice_chars(text, span(start, end)),
                Some(said.as_str()),
                "{e:?}"
            );
        }
    }
}

#[test]
fn fixture_statements_are_found_with_speaker_addressee_and_kind() {
    let (_, x) = extraction(
        &common::fixtures(),
        "daily-planet-2026-03-03-canada-brazil-call.txt",
    );
    let split = x
        .statements
        .iter()
        .find(|s| s.cue.text == "told")
        .expect("told reporters");
    assert_eq!(
        split.content_text,
        "“We agreed to meet again in April,” “Nobody wants a trade war.”"
    );
    assert_eq!(split.kind, SpeechKind::Direct);
    assert_eq!(
        split
            .source
            .as_ref()
            .and_then(|p| p.entity.as_ref())
            .map(|e| e.0.as_str()),
        Some("person/anna-lindqvist")
    );
    assert_eq!(
        split.addressee.as_ref().map(|p| p.text.as_str()),
        Some("reporters")
    );
    let according = x
        .statements
        .iter()
        .find(|s| s.cue.text == "according to")
        .expect("according to");
    assert_eq!(
        according.content_text,
        "The two governments will publish a joint statement"
    );
    let leader = x
        .statements
        .iter()
        .find(|s| s.content_text == "the call was his idea")
        .expect("title speaker");
    assert_eq!(
        leader
            .source
            .as_ref()
            .and_then(|p| p.entity.as_ref())
            .map(|e| e.0.as_str()),
        Some("person/martin-okafor")
    );
    // Boilerplate yields nothing.
    assert!(x
        .mentions
        .iter()
        .all(|m| m.text != "AFP" && !m.text.contains("newsletter")));
}

/// "Canada and Brazil agreed": one source, two speakers, in the report and
/// in its utterance, which the text's words name.
#[test]
fn joined_speakers_are_each_a_speaker() {
    let quads = common::quads_of(&common::fixtures());
    let table = common::run_query(
        &quads,
        "SELECT ?source ?speaker ?u_speaker ?name WHERE {
           ?r a ng:Report ; ng:cueLemma \"agree\" ; ng:speaker/rdfs:label ?speaker ;
              ng:sourceMention/nif:anchorOf ?source .
           ?u gaf:denotedBy ?r ; ng:speaker/rdfs:label ?u_speaker ; ng:speakerName ?name .
           FILTER(?speaker = ?u_speaker)
         } ORDER BY ?speaker",
    );
    assert_eq!(
        table.lines().skip(1).collect::<Vec<_>>(),
        [
            "Canada and Brazil\tBrazil\tBrazil\tCanada and Brazil",
            "Canada and Brazil\tCanada\tCanada\tCanada and Brazil",
        ],
        "{table}"
    );
}

#[test]
fn broken_lines_and_nested_speech() {
    let (_, x) = extraction(
        &common::fixtures(),
        "evening-post-2026-03-03-okafor-friendly-call.txt",
    );
    let added = x
        .statements
        .iter()
        .find(|s| s.cue.text == "added")
        .expect("added");
    assert_eq!(
        added.content_text,
        "that the tariff dispute was not discussed"
    );
    let nested: Vec<_> = x.statements.iter().filter(|s| s.parent.is_some()).collect();
    assert_eq!(nested.len(), 2, "{nested:#?}");
    assert_eq!(nested[0].content_text, "'Will you come to Ottawa?'");
    assert_eq!(nested[1].content_text, "'Yes, in April,'");
    assert_eq!(
        nested[1]
            .source
            .as_ref()
            .and_then(|p| p.entity.as_ref())
            .map(|e| e.0.as_str()),
        Some("person/martin-okafor")
    );
}

#[test]
fn spans_hold_on_fixtures_and_seed_corpus() {
    for dir in [common::fixtures(), common::root().join("corpus")] {
        let corpus = corpus::read(&dir).expect("corpus");
        for article in &corpus.articles {
            assert_spans_hold(article, &extract::run(article));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn spans_hold_on_generated_text(words in proptest::collection::vec(prop_oneof![
        Just("“"), Just("”"), Just("\""), Just("‘"), Just("’"), Just("'"), Just("''"),
        Just("Claudia Sheinbaum"), Just("Mr Trump"), Just("said"), Just("told"), Just("reporters"),
        Just("she"), Just("he"), Just("him"), Just("I"), Just("according to"), Just("Mexico’s"),
        Just("President"), Just("the US president"), Just("on Monday"), Just("Jan. 3"), Just("."),
        Just(","), Just(":"), Just("\n"), Just("\n\n"), Just("Olá"), Just("🙂"), Just("Díaz-Canel"),
        Just("phone call"), Just("with"), Just("that"), Just("no"), Just("PHOTO: AFP"), Just("15-minute"),
        Just("FranÃ§ois"), Just("FranA\u{303}\u{83}A\u{302}\u{a7}ois"), Just("â€œ"), Just("Ã"),
    ], 0..60)) {
        let text = words.join(" ");
        let article = Article::new("p", text).with_published("2026-01-13");
        let x = extract::run(&article);
        assert_spans_hold(&article, &x);
    }
}

/// Exports `quads` the way `newsgraph export` does: from a store, graph by
/// graph.
fn export(quads: &[Quad], format: GraphFormat) -> Vec<u8> {
    let db = newsgraph::store::in_memory(quads).expect("store");
    let mut out = Vec::new();
    let graphs = export::rdf::store_graphs(&db, &[]).expect("graphs");
    let n = export::rdf::write(graphs, format, &mut out).expect("export");
    assert_eq!(n, quads.len(), "{format:?}: every quad written once");
    out
}

#[test]
fn no_triple_sits_in_two_graphs() {
    // The union exports rely on it: they write the graphs one after another.
    for corpus in [common::root().join("corpus"), common::fixtures()] {
        let quads = common::quads_of(&corpus);
        let union: BTreeSet<String> = quads
            .iter()
            .map(|q| format!("{} {} {}", q.subject, q.predicate, q.object))
            .collect();
        assert_eq!(union.len(), quads.len(), "{}", corpus.display());
    }
}

#[test]
fn builds_are_byte_identical() {
    let a = common::seed_quads();
    let b = common::seed_quads();
    for format in [GraphFormat::Turtle, GraphFormat::Nquads, GraphFormat::Trig] {
        assert_eq!(export(&a, format), export(&b, format), "{format:?}");
    }
    assert!(a
        .iter()
        .all(|q| !q.subject.is_blank_node() && !q.object.is_blank_node()));
}

/// N-Triples lines of what oxigraph parses from `bytes`.
fn oxigraph_parse(bytes: &[u8], format: RdfFormat) -> BTreeSet<String> {
    RdfParser::from_format(format)
        .for_slice(bytes)
        .map(|q| {
            let q = q.expect("oxigraph parses the export");
            format!("{} {} {}", q.subject, q.predicate, q.object)
        })
        .collect()
}

/// The same, through rio_turtle, an independent parser.
fn rio_parse(bytes: &[u8], format: GraphFormat) -> BTreeSet<String> {
    use rio_api::parser::{QuadsParser, TriplesParser};
    use rio_turtle::{NQuadsParser, NTriplesParser, TriGParser, TurtleError, TurtleParser};
    let mut out = BTreeSet::new();
    match format {
        GraphFormat::Turtle => TurtleParser::new(bytes, None)
            .parse_all(&mut |t| -> Result<(), TurtleError> {
                out.insert(format!("{} {} {}", t.subject, t.predicate, t.object));
                Ok(())
            })
            .expect("rio parses Turtle"),
        GraphFormat::Ntriples => NTriplesParser::new(bytes)
            .parse_all(&mut |t| -> Result<(), TurtleError> {
                out.insert(format!("{} {} {}", t.subject, t.predicate, t.object));
                Ok(())
            })
            .expect("rio parses N-Triples"),
        GraphFormat::Nquads => NQuadsParser::new(bytes)
            .parse_all(&mut |q| -> Result<(), TurtleError> {
                out.insert(format!("{} {} {}", q.subject, q.predicate, q.object));
                Ok(())
            })
            .expect("rio parses N-Quads"),
        GraphFormat::Trig => TriGParser::new(bytes, None)
            .parse_all(&mut |q| -> Result<(), TurtleError> {
                out.insert(format!("{} {} {}", q.subject, q.predicate, q.object));
                Ok(())
            })
            .expect("rio parses TriG"),
        other => panic!("rio_turtle does not read {other:?}"),
    }
    out
}

/// Fails with the first few differences rather than both whole sets.
fn assert_same(parsed: &BTreeSet<String>, graph: &BTreeSet<String>, what: &str) {
    let extra: Vec<_> = parsed.difference(graph).take(5).collect();
    let missing: Vec<_> = graph.difference(parsed).take(5).collect();
    assert!(
        extra.is_empty() && missing.is_empty(),
        "{what} differs from the graph ({} parsed, {} in the graph)\nonly parsed: {extra:#?}\nonly in the graph: {missing:#?}",
        parsed.len(),
        graph.len()
    );
}

#[test]
fn exports_reparse_identically_with_an_independent_parser() {
    let quads = common::seed_quads();
    let union: BTreeSet<String> = quads
        .iter()
        .map(|q| format!("{} {} {}", q.subject, q.predicate, q.object))
        .collect();
    for (format, rdf) in [
        (GraphFormat::Turtle, RdfFormat::Turtle),
        (GraphFormat::Ntriples, RdfFormat::NTriples),
        (GraphFormat::Nquads, RdfFormat::NQuads),
        (GraphFormat::Trig, RdfFormat::TriG),
    ] {
        let bytes = export(&quads, format);
        let ours = oxigraph_parse(&bytes, rdf);
        let theirs = rio_parse(&bytes, format);
        assert_same(&ours, &union, &format!("{format:?}: oxigraph re-parse"));
        assert_same(&theirs, &union, &format!("{format:?}: rio_turtle re-parse"));
    }
    // RDF/XML and JSON-LD at least re-parse to the same triples with oxigraph.
    for (format, rdf) in [
        (GraphFormat::Rdfxml, RdfFormat::RdfXml),
        (
            GraphFormat::Jsonld,
            RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            },
        ),
    ] {
        assert_same(
            &oxigraph_parse(&export(&quads, format), rdf),
            &union,
            &format!("{format:?}"),
        );
    }
}

fn ontology_terms() -> BTreeSet<String> {
    let text = std::fs::read(common::root().join("ontology/newsgraph.ttl")).expect("ontology");
    let quads: Vec<Quad> = RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(&text)
        .collect::<Result<_, _>>()
        .expect("ontology parses");
    let labelled: BTreeSet<String> = quads
        .iter()
        .filter(|q| q.predicate.as_str() == format!("{}label", vocab::RDFS))
        .map(|q| q.subject.to_string())
        .collect();
    let commented: BTreeSet<String> = quads
        .iter()
        .filter(|q| q.predicate.as_str() == format!("{}comment", vocab::RDFS))
        .map(|q| q.subject.to_string())
        .collect();
    labelled.intersection(&commented).cloned().collect()
}

#[test]
fn every_ng_term_is_declared_with_label_and_comment() {
    let declared = ontology_terms();
    for term in vocab::NG_TERMS {
        assert!(
            declared.contains(&format!("<{}>", vocab::ng(term))),
            "ng:{term} is not declared in ontology/newsgraph.ttl"
        );
    }
    // And every ng: term the graph actually uses.
    let quads = common::seed_quads();
    for q in &quads {
        for iri in [q.predicate.to_string(), q.object.to_string()] {
            // (The namespace itself is named as the dataset's vocabulary.)
            if iri.starts_with(&format!("<{}", vocab::NG)) && iri != format!("<{}>", vocab::NG) {
                assert!(declared.contains(&iri), "{iri} is used but not declared");
            }
        }
    }
    let shapes = std::fs::read(common::root().join("ontology/shapes.ttl")).expect("shapes");
    assert!(RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(&shapes)
        .all(|q| q.is_ok()));
}

/// The main job on the seed corpus: the statements a reader of the five
/// articles expects, with the right speaker, addressee and outlets, and no
/// boilerplate.
#[test]
fn seed_corpus_who_said_what_to_whom() {
    let table = common::run_bundled(&common::seed_quads(), "who-said-what-to-whom");
    let rows = common::rows(&table);
    let find = |needle: &str| {
        rows.iter()
            .find(|r| r[2].contains(needle))
            .unwrap_or_else(|| panic!("no row saying {needle:?}\n{table}"))
    };
    // The post on X, quoted by two outlets, is one utterance.
    let post = find("We had a very good conversation with the President of the United States");
    assert_eq!(post[0], "Claudia Sheinbaum");
    assert_eq!(post[3], "direct");
    assert_eq!(post[4], "social media post (X)");
    assert_eq!(post[5], "2026-01-12");
    for outlet in ["The Epoch Times", "Anadolu Agency"] {
        assert!(post[6].contains(outlet), "{post:?}");
    }
    // Nested speech: what she told Trump, inside what she told reporters.
    let inner = rows
        .iter()
        .find(|r| r[2].starts_with("‘Well, no"))
        .expect("nested row");
    assert_eq!((inner[0], inner[1]), ("Claudia Sheinbaum", "Donald Trump"));
    // Said in the call the article reports between the two, and dated by it.
    assert_eq!(
        (inner[4], inner[5]),
        ("phone call", "2026-01-12"),
        "{inner:?}"
    );
    // Sheinbaum's answer about the constitution, told by three outlets in
    // three wordings, is one utterance to Trump.
    let answer = rows
        .iter()
        .find(|r| r[1] == "Donald Trump" && r[2].to_lowercase().contains("constitution"))
        .expect("the answer about the constitution");
    assert_eq!(answer[6].split(", ").count(), 3, "{answer:?}");
    let outer = find("He didn’t insist either");
    assert_eq!(
        (outer[0], outer[1], outer[4]),
        ("Claudia Sheinbaum", "reporters", "press conference")
    );
    // No article dates what she told reporters; the press conference the
    // articles report her holding does.
    let ruled_out = find("US military action in Mexico was unnecessary");
    assert_eq!(
        (ruled_out[4], ruled_out[5]),
        ("press conference", "2026-01-12")
    );
    // Words no article ties to an event or a day: said by the day the
    // article was published (an ISO 8601-2 interval open at its start).
    let habitual = find("that such aid is unnecessary");
    assert_eq!(
        (habitual[4], habitual[5]),
        ("", "../2026-01-13"),
        "{habitual:?}"
    );
    // Said after the operation its content names, by the day of the report.
    let venezuela = find("also discussed the US' Jan. 3 military operation");
    assert_eq!(venezuela[5], "2026-01-03/2026-01-12", "{venezuela:?}");
    // Said in the same post as what the same article quotes before it
    // (Anadolu names no post; the Epoch Times dates the one it quotes).
    let added = find("Collaboration and cooperation within a framework");
    assert_eq!(
        (added[4], added[5], added[6]),
        ("social media post (X)", "2026-01-12", "Anadolu Agency"),
        "{added:?}"
    );
    // Said to the same reporters the paragraph before says she told on
    // Jan 12.
    let operate = find("We operate in Mexico");
    assert_eq!((operate[1], operate[5]), ("reporters", "2026-01-12"));
    // Trump's words, on Truth Social.
    let cuba = find("There will be no more oil or money going to Cuba");
    assert_eq!(
        (cuba[0], cuba[4], cuba[5]),
        (
            "Donald Trump",
            "social media post (Truth Social)",
            "2026-01-11"
        )
    );
    // A speaker named only by a title.
    assert!(rows
        .iter()
        .any(|r| r[0] == "Miguel Díaz-Canel Bermúdez" && r[2].contains("International Law")));
    // No boilerplate anywhere.
    for junk in [
        "Sign up",
        "Loading recommendations",
        "PHOTO",
        "subscription",
        "Related topics",
    ] {
        assert!(!table.contains(junk), "{junk} leaked into\n{table}");
    }
    // Every speaker is a named entity, except the experts.
    let unnamed: Vec<&Vec<&str>> = rows.iter().filter(|r| r[0] == "(unknown)").collect();
    assert!(unnamed.is_empty(), "{unnamed:?}");
}

/// The seed corpus's disagreements, as data: the foreign ministers' call
/// placed after the presidents' call by the AP rewrite and before it by the
/// Epoch Times (by date) and Anadolu ("the phone call came after…"); and
/// Trump's "get its act together" against "get their act together".
#[test]
fn seed_corpus_disagreements() {
    let rows = common::run_query(
        &common::seed_quads(),
        "SELECT DISTINCT ?aspect ?value ?article WHERE {
           ?d a ng:Discrepancy ; ng:aspect ?aspect ; ng:claim ?c .
           ?c ng:value ?value ; prov:wasDerivedFrom/prov:wasDerivedFrom/ng:sourceFile ?article .
           FILTER(?aspect IN (\"order\", \"status\") || CONTAINS(?value, \"act together\"))
         } ORDER BY ?aspect ?value ?article",
    );
    let rows: Vec<&str> = rows.lines().skip(1).collect();
    assert_eq!(
        rows,
        [
            "order\tafter\tap-rewrite-2026-01-13-sheinbaum-rejects-military-aid.txt",
            "order\tbefore\tanadolu-2026-01-12-sheinbaum-hails-very-good-conversation.txt",
            "order\tbefore\tepochtimes-2026-01-12-sheinbaum-trump-call.txt",
            "status\tplanned\tanadolu-2026-01-12-sheinbaum-hails-very-good-conversation.txt",
            "status\tplanned\tepochtimes-2026-01-12-sheinbaum-trump-call.txt",
            "status\truled-out\tstraitstimes-2026-01-13-sheinbaum-rejects-us-strikes.txt",
            "wording\tMexico has to get their act together, because they are pouring through Mexico. And we are going to have to do something\tstraitstimes-2026-01-13-sheinbaum-rejects-us-strikes.txt",
            "wording\tget its act together\tepochtimes-2026-01-12-sheinbaum-trump-call.txt",
        ],
        "{rows:#?}"
    );
}

/// The seed corpus's events, one per happening: the presidents' 15-minute
/// call in all five articles (and started by Sheinbaum, says the Straits Times), her
/// press conference in four, the Maduro capture in four, the threatened
/// strikes in three.
#[test]
fn seed_corpus_events_are_one_per_happening() {
    let quads = common::seed_quads();
    let table = common::run_bundled(&quads, "event-timeline");
    let rows = common::rows(&table);
    let find = |date: &str, kind: &str| {
        let found: Vec<&Vec<&str>> = rows
            .iter()
            .filter(|r| r[0] == date && r[1] == kind)
            .collect();
        assert_eq!(found.len(), 1, "{date} {kind}\n{table}");
        found[0].clone()
    };
    let call = find("2026-01-12", "phone-call");
    assert_eq!(call[4], "15-minute", "{call:?}");
    assert_eq!(call[5], "Donald Trump, Claudia Sheinbaum", "{call:?}");
    assert_eq!(call[6], "5", "{call:?}");
    let briefing = find("2026-01-12", "press-conference");
    assert_eq!(briefing[5], "Claudia Sheinbaum", "{briefing:?}");
    assert_eq!(briefing[6], "4", "{briefing:?}");
    let capture = find("2026-01-03", "capture");
    assert_eq!(capture[6], "4", "{capture:?}");
    // The US strikes on Mexican soil that Trump threatened (Anadolu, the
    // Epoch Times) and Sheinbaum ruled out (the Straits Times): undated,
    // one event.
    let strikes = find("", "strike");
    assert_eq!(
        strikes[2..],
        ["planned", "Mexico", "", "United States", "3"],
        "{strikes:?}"
    );
    // Nobody took part in an event only for being named near it.
    for junk in ["White House, United States", "Cuba", "Colombia"] {
        assert!(
            !rows.iter().any(|r| r[5].contains(junk)),
            "{junk} in\n{table}"
        );
    }
    let roles = common::run_query(
        &quads,
        "SELECT ?who ?file WHERE {
           ?r ng:hasParticipation ?p ; ng:eventType ng:PhoneCall ;
              prov:wasDerivedFrom/ng:sourceFile ?file .
           ?p ng:role ng:Agent ; ng:participant/rdfs:label ?who .
         } GROUP BY ?who ?file ORDER BY ?who ?file",
    );
    assert_eq!(
        roles.lines().skip(1).collect::<Vec<_>>(),
        ["Claudia Sheinbaum\tstraitstimes-2026-01-13-sheinbaum-rejects-us-strikes.txt"],
        "{roles}"
    );
}

/// Reports of one remark in other words are one utterance; remarks that
/// only name the same people are not.
#[test]
fn seed_corpus_paraphrases_are_one_utterance() {
    let quads = common::seed_quads();
    let table = common::run_query(
        &quads,
        "SELECT ?u ?file ?content WHERE {
           ?u a ng:Utterance ; gaf:denotedBy ?r .
           ?r ng:content ?content ; prov:wasDerivedFrom/ng:sourceFile ?file .
         } ORDER BY ?u ?file",
    );
    let rows = common::rows(&table);
    // The utterance of the one report of `file` whose content holds `said`
    // (begins with it, after a '^').
    let utterance = |file: &str, said: &str| {
        let holds = |content: &str| match said.strip_prefix('^') {
            Some(start) => content.trim_start_matches('"').starts_with(start),
            None => content.contains(said),
        };
        let found: Vec<&str> = rows
            .iter()
            .filter(|r| r[1].starts_with(file) && holds(r[2]))
            .map(|r| r[0])
            .collect();
        assert_eq!(found.len(), 1, "{file} {said}\n{table}");
        found[0]
    };
    let same = [
        // Two outlets' translations of one answer.
        (
            ("ap-rewrite", "it's not necessary"),
            ("thanhdanh", "that option is unnecessary. Furthermore"),
        ),
        // "collaborate and coordinate without the need for intervention" and
        // "continue to cooperate … will not need to intervene".
        (
            ("straitstimes", "We continue to collaborate and coordinate"),
            ("thanhdanh", "will continue to cooperate"),
        ),
        // "a significant decline in homicides and a reduction in U.S.
        // fentanyl seizures" and "a significant reduction in murder cases …
        // fentanyl seized".
        (
            ("ap-rewrite", "fentanyl seizures"),
            ("thanhdanh", "fentanyl seized"),
        ),
        // "a 50% drop in fentanyl seizures" and "a 50 per cent one-year drop
        // in fentanyl trafficking".
        (("anadolu", "50% drop"), ("straitstimes", "50 per cent")),
        // Two translations of one quoted phrase from the Fox News interview.
        (
            ("ap-rewrite", "97% of the drugs"),
            ("thanhdanh", "97% of drug"),
        ),
        (
            ("anadolu", "The cartels are running Mexico"),
            ("thanhdanh", "criminal gangs are running Mexico"),
        ),
        (
            ("ap-rewrite", "very sad to watch"),
            ("thanhdanh", "criminal gangs are running Mexico"),
        ),
        // Between those two in both articles: the land operations.
        (
            ("ap-rewrite", "land-based operations"),
            ("thanhdanh", "ground assaults"),
        ),
        (
            ("ap-rewrite", "land-based operations"),
            ("epochtimes", "land-based cartel targets"),
        ),
        // A headline and the lede it restates.
        (
            ("straitstimes", "^US strikes on Mexico territory"),
            ("straitstimes", "^US strikes on Mexican territory"),
        ),
        (
            ("anadolu", "^‘very good conversation’"),
            ("anadolu", "^she discussed security, drug trafficking"),
        ),
        // Unnamed experts in two translations ("a vital economic partner",
        // "a key economic partner").
        (
            ("ap-rewrite", "remains unlikely"),
            ("thanhdanh", "is unlikely because"),
        ),
        // Short reports about the same person, with the same words.
        (
            ("ap-rewrite", "this point was understood"),
            ("epochtimes", "Trump was understanding"),
        ),
        // One question, and the two tellings of it.
        (
            ("anadolu", "^her views on the capture"),
            ("straitstimes", "^what my opinion was on what they had done"),
        ),
        (
            ("anadolu", "Trump had asked for her views"),
            ("thanhdanh", "The US president asked my opinion"),
        ),
    ];
    for (a, b) in same {
        assert_eq!(utterance(a.0, a.1), utterance(b.0, b.1), "{a:?} {b:?}");
    }
    // "she and Trump again discussed a U.S. force deployment" joins one of
    // Anadolu's two reports of the offer she declined.
    let deployment = utterance("epochtimes", "force deployment");
    assert!(
        [
            utterance("anadolu", "offered to deploy US troops"),
            utterance("anadolu", "declined Trump's offer"),
        ]
        .contains(&deployment),
        "{table}"
    );
    // Remarks that share a few words, and no more.
    for (a, b) in [
        (
            ("anadolu", "Trump showed respect"),
            ("ap-rewrite", "the importance of respecting"),
        ),
        (
            ("epochtimes", "force deployment"),
            ("straitstimes", "will meet again"),
        ),
        (
            ("anadolu", "mutual understanding"),
            ("epochtimes", "Trump was understanding"),
        ),
    ] {
        assert_ne!(utterance(a.0, a.1), utterance(b.0, b.1), "{a:?} {b:?}");
    }
    // Both name "US President Donald Trump"; one praises a conversation, the
    // other promises dialogue despite differences.
    assert_ne!(
        utterance("straitstimes", "continue pursuing dialogue"),
        utterance("epochtimes", "We had a very good conversation"),
    );
}
