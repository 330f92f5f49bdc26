//! Flags: inconsistent attributions across articles (attribution warnings,
//! not command-line flags). Placeholder until the detectors land.

use crate::graph::QuoteGraph;
use serde::Serialize;

/// How serious a flag is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Likely an error in at least one article.
    Warning,
    /// Worth knowing, not an error on its own.
    Info,
}

/// One flag.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Flag {
    /// The kind of inconsistency.
    pub kind: String,
    /// Warning or info.
    pub severity: Severity,
}

/// Finds the flags of a graph.
pub fn detect(_graph: &QuoteGraph) -> Vec<Flag> {
    Vec::new()
}

/// Flags as pretty JSON.
pub fn to_json(flags: &[Flag]) -> String {
    let mut s =
        serde_json::to_string_pretty(&serde_json::json!({ "flags": flags })).unwrap_or_default();
    s.push('\n');
    s
}
