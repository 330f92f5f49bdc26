//! quotegraph: who said what, mined from news articles into a knowledge graph.

#![warn(missing_docs)]

pub mod cli;
pub mod eval;
pub mod export;
pub mod flags;
pub mod fsutil;
pub mod graph;
pub mod input;
pub mod lexicon;
pub mod mine;
pub mod model;
pub mod pipeline;
pub mod probe;
pub mod query;
pub mod resolve;
pub mod synth;
pub mod text;
