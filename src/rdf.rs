//! rdf
