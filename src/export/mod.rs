//! Graph -> files: `graph.json` (networkx node-link, loadable back),
//! Graphviz DOT, and SVG/PNG images rendered by Graphviz's `dot`.

pub mod dot;
pub mod graphml;
pub mod json;
pub mod render;
