//! IRIs of the vocabularies the graph uses, mirroring `ontology/*.ttl`
//! (as oxrdf's `vocab` module does). A test checks that every `ng:` term here
//! is declared in `ontology/newsgraph.ttl`.

/// Our ontology.
pub const NG: &str = "https://w3id.org/newsgraph/ontology#";
/// Base of every data IRI; entity ids and graph names are appended to it.
pub const ID: &str = "https://w3id.org/newsgraph/id/";

pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
pub const SCHEMA: &str = "http://schema.org/";
pub const SEM: &str = "http://semanticweb.cs.vu.nl/2009/11/sem/";
pub const GAF: &str = "http://groundedannotationframework.org/gaf#";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
pub const ITSRDF: &str = "http://www.w3.org/2005/11/its/rdf#";
pub const DCTERMS: &str = "http://purl.org/dc/terms/";
pub const VOID: &str = "http://rdfs.org/ns/void#";
pub const WD: &str = "http://www.wikidata.org/entity/";
pub const DCAT: &str = "http://www.w3.org/ns/dcat#";

/// Our ontology (`ontology/newsgraph.ttl`), built into the binary so that
/// exports and validation need no files beside it.
pub const ONTOLOGY_TTL: &str = include_str!("../ontology/newsgraph.ttl");
/// The SHACL shapes of the graph we emit (`ontology/shapes.ttl`).
pub const SHAPES_TTL: &str = include_str!("../ontology/shapes.ttl");
/// The SKOS lexicon of countries (`ontology/lexicon/countries.ttl`) the
/// extractor matches against.
pub const COUNTRIES_TTL: &str = include_str!("../ontology/lexicon/countries.ttl");
/// The SKOS lexicon of places other than countries, the US states
/// (`ontology/lexicon/places.ttl`), the extractor matches against.
pub const PLACES_TTL: &str = include_str!("../ontology/lexicon/places.ttl");

/// Prefixes written in Turtle and TriG exports and accepted in queries, in
/// this order. Data prefixes come one per IRI segment so local names stay
/// plain.
pub const PREFIXES: &[(&str, &str)] = &[
    ("ng", NG),
    ("article", "https://w3id.org/newsgraph/id/article/"),
    ("mention", "https://w3id.org/newsgraph/id/mention/"),
    ("report", "https://w3id.org/newsgraph/id/report/"),
    ("utterance", "https://w3id.org/newsgraph/id/utterance/"),
    ("event", "https://w3id.org/newsgraph/id/event/"),
    ("person", "https://w3id.org/newsgraph/id/person/"),
    ("country", "https://w3id.org/newsgraph/id/country/"),
    ("place", "https://w3id.org/newsgraph/id/place/"),
    ("org", "https://w3id.org/newsgraph/id/org/"),
    ("outlet", "https://w3id.org/newsgraph/id/outlet/"),
    ("source", "https://w3id.org/newsgraph/id/source/"),
    ("group", "https://w3id.org/newsgraph/id/group/"),
    ("office", "https://w3id.org/newsgraph/id/office/"),
    ("graph", "https://w3id.org/newsgraph/id/graph/"),
    ("lexicon", "https://w3id.org/newsgraph/id/lexicon/"),
    ("discrepancy", "https://w3id.org/newsgraph/id/discrepancy/"),
    ("claim", "https://w3id.org/newsgraph/id/claim/"),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("xsd", XSD),
    ("owl", OWL),
    ("skos", SKOS),
    ("schema", SCHEMA),
    ("sem", SEM),
    ("gaf", GAF),
    ("prov", PROV),
    ("nif", NIF),
    ("itsrdf", ITSRDF),
    ("dcterms", DCTERMS),
    ("void", VOID),
    ("dcat", DCAT),
    ("wd", WD),
];

/// Terms of our ontology used by the mapper (local names after [`NG`]).
pub const NG_TERMS: &[&str] = &[
    // classes
    "Article",
    "IndependentSource",
    "ArticleText",
    "Mention",
    "Report",
    "Utterance",
    "EventReport",
    "Event",
    "Participation",
    "Office",
    "Audience",
    "ReportingMode",
    "Medium",
    "EventType",
    "Role",
    "EventStatus",
    // reporting modes, media, event types, roles, statuses
    "Direct",
    "Mixed",
    "Indirect",
    "PhoneCall",
    "PressConference",
    "SocialMediaPost",
    "Interview",
    "PressStatement",
    "Meeting",
    "MilitaryOperation",
    "Capture",
    "Strike",
    "TradeMeasure",
    "Agent",
    "Participant",
    "Target",
    "Happened",
    "Planned",
    "RuledOut",
    // properties
    "text",
    "sha256",
    "codePointLength",
    "sourceFile",
    "wire",
    "independentSource",
    "wireCopyOf",
    "note",
    "form",
    "reportingMode",
    "sourceMention",
    "cueMention",
    "cueLemma",
    "contentMention",
    "segment",
    "content",
    "speaker",
    "addressee",
    "addresseeMention",
    "medium",
    "platform",
    "embeddedIn",
    "eventType",
    "triggerMention",
    "hasParticipation",
    "participant",
    "participantMention",
    "role",
    "status",
    "speakerName",
    "office",
    "holder",
    "cueClass",
    "Speech",
    "Thought",
    "officeRole",
    "officeCountry",
    "iso3166Alpha2",
    "outletName",
];

pub fn ng(local: &str) -> String {
    format!("{NG}{local}")
}

pub fn id(path: &str) -> String {
    format!("{ID}{path}")
}

/// Compact form of a term for tables: literals as their text, IRIs with a
/// known prefix as `prefix:local`.
pub fn display_term(term: &oxigraph::model::Term) -> String {
    match term {
        oxigraph::model::Term::NamedNode(n) => {
            let iri = n.as_str();
            PREFIXES
                .iter()
                .filter(|(_, ns)| iri.starts_with(ns) && iri.len() > ns.len())
                .max_by_key(|(_, ns)| ns.len())
                .map(|(p, ns)| format!("{p}:{}", &iri[ns.len()..]))
                .unwrap_or_else(|| iri.to_owned())
        }
        oxigraph::model::Term::Literal(l) => l.value().to_owned(),
        other => other.to_string(),
    }
}
