//! quotegraph: who said what, mined from news articles into a knowledge graph.

#![warn(missing_docs)]

pub mod model;
