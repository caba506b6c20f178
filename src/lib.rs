//! newsgraph turns news articles into a knowledge graph of who said what to
//! whom.
//!
//! The pipeline, in the order [`pipeline`] runs it:
//! 1. [`corpus`] reads a directory of articles (and its manifest) into
//!    [`model::Article`]s;
//! 2. [`extract`] finds mentions, statements and events in each article;
//! 3. [`resolve`] merges mentions into entities across articles and groups
//!    reports of the same utterance or event;
//! 4. [`rdf`] maps the resolved graph to quads, one named graph per article;
//! 5. [`store`] keeps them in an embedded Oxigraph store and runs SPARQL;
//! 6. [`queries`] holds the bundled SPARQL queries, [`export`] writes graphs
//!    and query results; [`validate`] checks the store against the SHACL
//!    shapes; [`remote`] talks to other SPARQL stores; [`eval`] scores the
//!    extractor against gold annotations.
//!
//! Every span is a [`model::Span`] of Unicode code points into the article.

pub mod corpus;
pub mod error;
pub mod eval;
pub mod export;
pub mod extract;
pub mod model;
pub mod pipeline;
pub mod queries;
pub mod rdf;
pub mod remote;
pub mod resolve;
pub mod store;
pub mod text;
pub mod validate;
pub mod vocab;
