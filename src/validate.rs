//! `newsgraph validate`: checks the store against SHACL shapes (by default
//! `ontology/shapes.ttl`) and reports each violation with its focus node and
//! the article and code-point span the node came from.
//!
//! The checker implements the SHACL Core components our shapes use, each as
//! one SPARQL query over the union of the store's graphs: `sh:targetClass`
//! (with `rdfs:subClassOf` from the ontology), property shapes with a
//! predicate path, `sh:minCount`, `sh:maxCount`, `sh:datatype`, `sh:class`,
//! `sh:in`, `sh:pattern` (with `sh:flags`), `sh:minInclusive`,
//! `sh:maxInclusive`, `sh:nodeKind`, `sh:hasValue` and `sh:lessThanOrEquals`.
//! A shape that uses any other component is refused with its name, rather
//! than passed unchecked. As with `pyshacl -e`, the ontology's own facts
//! count for `sh:class` (`ng:PressConference a ng:Medium`).

use crate::store;
use crate::vocab::{display_term, ONTOLOGY_TTL};
use anyhow::{bail, Context, Result};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Literal, NamedNode, Term};
use oxigraph::sparql::QueryResults;
use oxigraph::store::Store;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

const SH: &str = "http://www.w3.org/ns/shacl#";
const RDFS_SUBCLASS: &str = "http://www.w3.org/2000/01/rdf-schema#subClassOf";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

/// Constraint components the checker knows; anything else under a shape is
/// refused.
const KNOWN: &[&str] = &[
    "path",
    "minCount",
    "maxCount",
    "datatype",
    "class",
    "in",
    "pattern",
    "flags",
    "minInclusive",
    "maxInclusive",
    "nodeKind",
    "hasValue",
    "lessThanOrEquals",
    "name",
    "description",
    "message",
    "severity",
];

/// One violation.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Violation {
    /// The shape that failed (IRI).
    pub shape: String,
    /// The node that failed it (IRI).
    pub focus: String,
    /// The property path (IRI).
    pub path: String,
    /// The constraint, e.g. `sh:minCount 1`.
    pub constraint: String,
    /// The offending value, if there is one.
    pub value: Option<String>,
    /// Where the node came from: article IRI and code-point span, when the
    /// graph records one.
    pub article: Option<String>,
    pub start: Option<u64>,
    pub end: Option<u64>,
}

/// What a validation found.
#[derive(Debug, Serialize)]
pub struct Report {
    pub shapes: usize,
    pub checks: usize,
    pub focus_nodes: usize,
    pub violations: Vec<Violation>,
}

impl Report {
    pub fn conforms(&self) -> bool {
        self.violations.is_empty()
    }
}

#[derive(Debug)]
struct PropertyShape {
    shape: String,
    path: String,
    constraints: Vec<(String, Term)>,
}

#[derive(Debug)]
struct NodeShape {
    iri: String,
    classes: Vec<String>,
    properties: Vec<PropertyShape>,
}

fn parse_store(text: &str, origin: &str) -> Result<Store> {
    let db = Store::new().context("creating a store for the shapes")?;
    db.load_from_reader(RdfParser::from_format(RdfFormat::Turtle), text.as_bytes())
        .map_err(|e| anyhow::anyhow!("{origin}: {e}"))?;
    Ok(db)
}

fn objects(db: &Store, s: &Term, p: &str) -> Result<Vec<Term>> {
    let subject = match s {
        Term::NamedNode(n) => n.as_ref().into(),
        Term::BlankNode(b) => b.as_ref().into(),
        _ => return Ok(Vec::new()),
    };
    db.quads_for_pattern(
        Some(subject),
        Some(NamedNode::new_unchecked(p).as_ref()),
        None,
        None,
    )
    .map(|q| q.map(|q| q.object).context("reading the shapes"))
    .collect()
}

/// Items of an RDF list.
fn list(db: &Store, head: &Term) -> Result<Vec<Term>> {
    let (first, rest, nil) = (
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#first",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil",
    );
    let mut items = Vec::new();
    let mut node = head.clone();
    while !matches!(&node, Term::NamedNode(n) if n.as_str() == nil) {
        items.extend(objects(db, &node, first)?);
        node = match objects(db, &node, rest)?.into_iter().next() {
            Some(n) => n,
            None => bail!("malformed RDF list in sh:in"),
        };
        if items.len() > 10_000 {
            bail!("RDF list in sh:in is too long or cyclic");
        }
    }
    Ok(items)
}

fn shapes_of(text: &str, origin: &str) -> Result<Vec<NodeShape>> {
    let db = parse_store(text, origin)?;
    let sh = |local: &str| format!("{SH}{local}");
    let mut shapes = Vec::new();
    let node_shapes = db
        .quads_for_pattern(
            None,
            Some(NamedNode::new_unchecked(RDF_TYPE).as_ref()),
            Some(NamedNode::new_unchecked(sh("NodeShape")).as_ref().into()),
            None,
        )
        .map(|q| q.map(|q| Term::from(q.subject)))
        .collect::<Result<Vec<_>, _>>()
        .context("reading the shapes")?;
    for shape in node_shapes {
        let iri = match &shape {
            Term::NamedNode(n) => n.as_str().to_owned(),
            other => other.to_string(),
        };
        let classes = objects(&db, &shape, &sh("targetClass"))?
            .into_iter()
            .filter_map(|t| match t {
                Term::NamedNode(n) => Some(n.into_string()),
                _ => None,
            })
            .collect();
        let mut properties = Vec::new();
        for p in objects(&db, &shape, &sh("property"))? {
            let quads = match &p {
                Term::BlankNode(b) => db
                    .quads_for_pattern(Some(b.as_ref().into()), None, None, None)
                    .collect::<Result<Vec<_>, _>>()
                    .context("reading the shapes")?,
                Term::NamedNode(n) => db
                    .quads_for_pattern(Some(n.as_ref().into()), None, None, None)
                    .collect::<Result<Vec<_>, _>>()
                    .context("reading the shapes")?,
                _ => continue,
            };
            let mut path = None;
            let mut constraints = Vec::new();
            for q in quads {
                let Some(local) = q.predicate.as_str().strip_prefix(SH) else {
                    continue; // rdfs:label and other annotations
                };
                if !KNOWN.contains(&local) {
                    bail!("{origin}: shape {iri} uses sh:{local}, which `newsgraph validate` does not check");
                }
                match (local, q.object) {
                    ("path", Term::NamedNode(n)) => path = Some(n.into_string()),
                    ("path", _) => bail!("{origin}: shape {iri}: only predicate paths are checked"),
                    ("in", head) => constraints.push((
                        "in".to_owned(),
                        Term::Literal(Literal::new_simple_literal(
                            list(&db, &head)?
                                .iter()
                                .map(ToString::to_string)
                                .collect::<Vec<_>>()
                                .join(", "),
                        )),
                    )),
                    (local, object) => constraints.push((local.to_owned(), object)),
                }
            }
            let Some(path) = path else {
                bail!("{origin}: a property shape of {iri} has no sh:path");
            };
            properties.push(PropertyShape {
                shape: iri.clone(),
                path,
                constraints,
            });
        }
        shapes.push(NodeShape {
            iri,
            classes,
            properties,
        });
    }
    shapes.sort_by(|a, b| a.iri.cmp(&b.iri));
    Ok(shapes)
}

/// What the ontology says of classes: each class with its subclasses
/// (transitively), and the individuals it types (`ng:PressConference a
/// ng:Medium`).
struct Ontology {
    subclasses: BTreeMap<String, BTreeSet<String>>,
    members: BTreeMap<String, BTreeSet<String>>,
}

impl Ontology {
    fn load() -> Result<Self> {
        let mut parents: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut members: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for q in RdfParser::from_format(RdfFormat::Turtle).for_slice(ONTOLOGY_TTL.as_bytes()) {
            let q = q.context("parsing the built-in ontology/newsgraph.ttl")?;
            let (Term::NamedNode(o), s) = (&q.object, q.subject.to_string()) else {
                continue;
            };
            let s = s.trim_matches(['<', '>']).to_owned();
            match q.predicate.as_str() {
                RDFS_SUBCLASS => {
                    parents.entry(o.as_str().to_owned()).or_default().insert(s);
                }
                RDF_TYPE => {
                    members.entry(o.as_str().to_owned()).or_default().insert(s);
                }
                _ => {}
            }
        }
        Ok(Self {
            subclasses: parents,
            members,
        })
    }

    /// `class` and all its subclasses.
    fn closure(&self, class: &str) -> BTreeSet<String> {
        let mut seen = BTreeSet::from([class.to_owned()]);
        let mut todo = vec![class.to_owned()];
        while let Some(c) = todo.pop() {
            for sub in self.subclasses.get(&c).into_iter().flatten() {
                if seen.insert(sub.clone()) {
                    todo.push(sub.clone());
                }
            }
        }
        seen
    }

    fn individuals(&self, class: &str) -> BTreeSet<String> {
        self.closure(class)
            .iter()
            .flat_map(|c| self.members.get(c).into_iter().flatten().cloned())
            .collect()
    }
}

fn values(iris: &BTreeSet<String>) -> String {
    iris.iter()
        .map(|i| format!("<{i}>"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The SPARQL that finds the violations of one constraint: it selects
/// `?f` (the focus node) and, where there is one, `?v` (the value).
fn check_query(
    ontology: &Ontology,
    targets: &str,
    path: &str,
    component: &str,
    arg: &Term,
    flags: Option<&Term>,
) -> Result<String> {
    let target = format!("?f a ?target . VALUES ?target {{ {targets} }}");
    let p = format!("<{path}>");
    let number = |t: &Term| -> Result<String> {
        match t {
            Term::Literal(l) => Ok(l.value().to_owned()),
            other => bail!("sh:{component} expects a literal, not {other}"),
        }
    };
    let iri = |t: &Term| -> Result<String> {
        match t {
            Term::NamedNode(n) => Ok(n.as_str().to_owned()),
            other => bail!("sh:{component} expects an IRI, not {other}"),
        }
    };
    Ok(match component {
        "minCount" => format!(
            "SELECT ?f WHERE {{ {target} OPTIONAL {{ ?f {p} ?x }} }} GROUP BY ?f HAVING (COUNT(DISTINCT ?x) < {})",
            number(arg)?
        ),
        "maxCount" => format!(
            "SELECT ?f WHERE {{ {target} ?f {p} ?x }} GROUP BY ?f HAVING (COUNT(DISTINCT ?x) > {})",
            number(arg)?
        ),
        "datatype" => format!(
            "SELECT DISTINCT ?f ?v WHERE {{ {target} ?f {p} ?v FILTER(!isLiteral(?v) || DATATYPE(?v) != <{}>) }}",
            iri(arg)?
        ),
        "class" => {
            let class = iri(arg)?;
            let individuals = ontology.individuals(&class);
            let known = if individuals.is_empty() {
                String::new()
            } else {
                format!(
                    " FILTER(?v NOT IN ({}))",
                    individuals
                        .iter()
                        .map(|i| format!("<{i}>"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            format!(
                "SELECT DISTINCT ?f ?v WHERE {{ {target} ?f {p} ?v FILTER NOT EXISTS {{ ?v a ?c VALUES ?c {{ {} }} }}{known} }}",
                values(&ontology.closure(&class))
            )
        }
        "in" => format!(
            "SELECT DISTINCT ?f ?v WHERE {{ {target} ?f {p} ?v FILTER(?v NOT IN ({})) }}",
            number(arg)?
        ),
        // A literal's N-Triples form is a SPARQL string literal.
        "pattern" => format!(
            "SELECT DISTINCT ?f ?v WHERE {{ {target} ?f {p} ?v FILTER(isBlank(?v) || !REGEX(STR(?v), {arg}{})) }}",
            flags.map(|f| format!(", {f}")).unwrap_or_default()
        ),
        "minInclusive" => format!(
            "SELECT DISTINCT ?f ?v WHERE {{ {target} ?f {p} ?v FILTER(!(?v >= {arg})) }}"
        ),
        "maxInclusive" => format!(
            "SELECT DISTINCT ?f ?v WHERE {{ {target} ?f {p} ?v FILTER(!(?v <= {arg})) }}"
        ),
        "hasValue" => format!(
            "SELECT DISTINCT ?f WHERE {{ {target} FILTER NOT EXISTS {{ ?f {p} {arg} }} }}"
        ),
        "lessThanOrEquals" => format!(
            "SELECT DISTINCT ?f ?v WHERE {{ {target} ?f {p} ?v . ?f <{}> ?w FILTER(!(?v <= ?w)) }}",
            iri(arg)?
        ),
        "nodeKind" => {
            let test = match iri(arg)?.strip_prefix(SH) {
                Some("IRI") => "isIRI(?v)",
                Some("Literal") => "isLiteral(?v)",
                Some("BlankNode") => "isBlank(?v)",
                Some("BlankNodeOrIRI") => "(isBlank(?v) || isIRI(?v))",
                Some("IRIOrLiteral") => "(isIRI(?v) || isLiteral(?v))",
                Some("BlankNodeOrLiteral") => "(isBlank(?v) || isLiteral(?v))",
                _ => bail!("unknown sh:nodeKind {arg}"),
            };
            format!("SELECT DISTINCT ?f ?v WHERE {{ {target} ?f {p} ?v FILTER(!{test}) }}")
        }
        other => bail!("sh:{other} is not checked"),
    })
}

/// Where a node came from: its own span (mentions), its cue's (reports),
/// its first report's (utterances, events) or its first mention's
/// (entities).
const SOURCE: &str = "
SELECT ?article ?start ?end WHERE {
  { ?node a ng:Mention ; prov:wasDerivedFrom ?article .
    OPTIONAL { ?node nif:beginIndex ?start } OPTIONAL { ?node nif:endIndex ?end } }
  UNION
  { ?node ng:cueMention|ng:triggerMention ?m . ?m nif:beginIndex ?start ; nif:endIndex ?end ; prov:wasDerivedFrom ?article }
  UNION
  { ?node gaf:denotedBy/(ng:cueMention|ng:triggerMention) ?m . ?m nif:beginIndex ?start ; nif:endIndex ?end ; prov:wasDerivedFrom ?article }
  UNION
  { ?m itsrdf:taIdentRef ?node ; nif:beginIndex ?start ; nif:endIndex ?end ; prov:wasDerivedFrom ?article }
  UNION
  { ?node prov:wasDerivedFrom ?article }
  UNION
  { ?node a ng:Article . BIND(?node AS ?article) }
}
ORDER BY DESC(BOUND(?start)) ?article ?start
LIMIT 1";

fn source_of(db: &Store, node: &str) -> Result<(Option<String>, Option<u64>, Option<u64>)> {
    let sparql = SOURCE.replace("?node", &format!("<{node}>"));
    let QueryResults::Solutions(mut rows) = store::query(db, &sparql, "validate (source span)")?
    else {
        return Ok((None, None, None));
    };
    let Some(row) = rows.next().transpose().context("finding a node's source")? else {
        return Ok((None, None, None));
    };
    let num = |v: &str| match row.get(v) {
        Some(Term::Literal(l)) => l.value().parse().ok(),
        _ => None,
    };
    let article = match row.get("article") {
        Some(Term::NamedNode(n)) => Some(n.as_str().to_owned()),
        _ => None,
    };
    Ok((article, num("start"), num("end")))
}

/// Validates the store against the shapes in `shapes_ttl` (`origin` names
/// them in messages).
pub fn run(db: &Store, shapes_ttl: &str, origin: &str) -> Result<Report> {
    let shapes = shapes_of(shapes_ttl, origin)?;
    let ontology = Ontology::load()?;
    let mut violations = BTreeSet::new();
    let mut checks = 0;
    let mut focus = BTreeSet::new();
    for shape in &shapes {
        let mut classes = BTreeSet::new();
        for c in &shape.classes {
            classes.extend(ontology.closure(c));
        }
        if classes.is_empty() {
            continue;
        }
        let targets = values(&classes);
        let sparql =
            format!("SELECT DISTINCT ?f WHERE {{ ?f a ?target . VALUES ?target {{ {targets} }} }}");
        if let QueryResults::Solutions(rows) = store::query(db, &sparql, "validate (targets)")? {
            for row in rows {
                let row = row.context("finding focus nodes")?;
                if let Some(f) = row.get("f") {
                    focus.insert(f.to_string());
                }
            }
        }
        for property in &shape.properties {
            for (component, arg) in &property.constraints {
                if matches!(
                    component.as_str(),
                    "flags" | "name" | "description" | "message" | "severity"
                ) {
                    continue;
                }
                let flags = property
                    .constraints
                    .iter()
                    .find(|(c, _)| c == "flags")
                    .map(|(_, f)| f);
                let sparql =
                    check_query(&ontology, &targets, &property.path, component, arg, flags)
                        .with_context(|| format!("{origin}: shape {}", shape.iri))?;
                checks += 1;
                let QueryResults::Solutions(rows) =
                    store::query(db, &sparql, &format!("validate ({component})"))?
                else {
                    continue;
                };
                for row in rows {
                    let row = row.context("checking a constraint")?;
                    let Some(Term::NamedNode(f)) = row.get("f") else {
                        continue;
                    };
                    let label = match component.as_str() {
                        "pattern" | "in" => format!("sh:{component} {}", arg_text(arg)),
                        _ => format!("sh:{component} {}", display_term(arg)),
                    };
                    violations.insert(Violation {
                        shape: property.shape.clone(),
                        focus: f.as_str().to_owned(),
                        path: property.path.clone(),
                        constraint: label,
                        value: row.get("v").map(ToString::to_string),
                        article: None,
                        start: None,
                        end: None,
                    });
                }
            }
        }
    }
    let mut violations: Vec<Violation> = violations.into_iter().collect();
    for v in violations.iter_mut().take(1000) {
        (v.article, v.start, v.end) = source_of(db, &v.focus)?;
    }
    Ok(Report {
        shapes: shapes.len(),
        checks,
        focus_nodes: focus.len(),
        violations,
    })
}

fn arg_text(t: &Term) -> &str {
    match t {
        Term::Literal(l) => l.value(),
        Term::NamedNode(n) => n.as_str(),
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_shapes_use_only_checked_components() {
        let shapes = shapes_of(crate::vocab::SHAPES_TTL, "shapes.ttl").unwrap();
        assert!(shapes.len() >= 8);
        assert!(shapes.iter().all(|s| !s.classes.is_empty()));
    }

    #[test]
    fn unknown_components_are_refused_by_name() {
        let ttl = "@prefix sh: <http://www.w3.org/ns/shacl#> .
            <http://example.org/s> a sh:NodeShape ; sh:targetClass <http://example.org/C> ;
                sh:property [ sh:path <http://example.org/p> ; sh:qualifiedMinCount 1 ] .";
        let err = shapes_of(ttl, "mine.ttl").unwrap_err().to_string();
        assert!(err.contains("sh:qualifiedMinCount"), "{err}");
        assert!(err.contains("mine.ttl"), "{err}");
    }

    #[test]
    fn ontology_closure_includes_subclasses_and_typed_individuals() {
        let o = Ontology::load().unwrap();
        let medium = o.individuals(&crate::vocab::ng("Medium"));
        assert!(medium.contains(&crate::vocab::ng("PressConference")));
    }
}
