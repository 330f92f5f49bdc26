//! Flags: a [`QuoteGraph`] -> attribution warnings (inconsistent credits,
//! names, wordings and roles across articles), not command-line flags.
//!
//! Each rule lives in its own file and documents its false positives:
//!
//! | kind               | severity | what                                              |
//! |--------------------|----------|---------------------------------------------------|
//! | `speaker_conflict` | warning  | nearly the same words credited to different speakers in different articles |
//! | `name_variant`     | warning  | one entity named with a minority full-name form   |
//! | `wording_variant`  | warning  | one speaker's words quoted differently, or stitched |
//! | `role_variant`     | info     | one person given different titles                 |
//! | `unattributed`     | info     | a direct quotation with no speaker at all         |
//!
//! [`detect`] runs every rule and sorts the result: warnings first, then by
//! the number of articles involved (most first), then kind, entity, message
//! and evidence, so the output is the same on every run.
//!
//! # Examples
//!
//! ```
//! use quotegraph::flags;
//! use quotegraph::graph::QuoteGraph;
//! let flags = flags::detect(&QuoteGraph::new());
//! assert!(flags.is_empty());
//! assert_eq!(flags::to_json(&flags), "{\n  \"flags\": []\n}\n");
//! ```

pub(crate) mod content;
pub mod name_variant;
pub mod role_variant;
pub mod speaker_conflict;
pub mod unattributed;
pub mod wording_variant;

#[cfg(test)]
pub(crate) mod testutil;

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::graph::{OccurrenceRef, QuoteGraph};

pub use name_variant::name_variants;
pub use role_variant::role_variants;
pub use speaker_conflict::{
    CONFLICT_MIN_SHARED, CONFLICT_MIN_SIMILARITY, CONFLICT_SPEAKERS_MIN_SIMILARITY,
    CONFLICT_UNRELATED_MIN_SIMILARITY, speaker_conflicts,
};
pub use unattributed::unattributed;
pub use wording_variant::wording_variants;

/// How serious a flag is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Likely an error in at least one article.
    Warning,
    /// Worth knowing, not an error on its own.
    Info,
}

impl Severity {
    /// The lowercase name used in JSON and text output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// A span of an article that supports a flag: `text` is exactly the
/// article's bytes `start..end`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// Article id.
    pub doc: String,
    /// Byte offset of the first byte in the article text.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The article text between `start` and `end`.
    pub text: String,
}

impl Evidence {
    /// The evidence of one occurrence of a statement: its quote span.
    pub fn of(occurrence: OccurrenceRef<'_>) -> Evidence {
        Evidence {
            doc: occurrence.doc().to_string(),
            start: occurrence.start(),
            end: occurrence.end(),
            text: occurrence.quote().to_string(),
        }
    }
}

/// One inconsistency found in the graph.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flag {
    /// The rule that fired: `speaker_conflict`, `name_variant`,
    /// `wording_variant`, `role_variant` or `unattributed`.
    pub kind: String,
    /// Warning or info.
    pub severity: Severity,
    /// The canonical name of the entity concerned; for a conflict the
    /// speakers' names joined by ` / `; for an unattributed quote `unknown`.
    pub entity: String,
    /// One sentence a journalist understands, naming the articles and forms.
    pub message: String,
    /// The spans that show it, sorted by article then position.
    pub evidence: Vec<Evidence>,
}

impl Flag {
    /// The distinct articles of the evidence.
    pub fn articles(&self) -> BTreeSet<&str> {
        self.evidence.iter().map(|e| e.doc.as_str()).collect()
    }
}

/// Finds every flag of a graph, sorted (see the [module docs](self)).
///
/// # Complexity
///
/// Near-linear in the number of occurrences: every rule works per entity or
/// per statement, and `speaker_conflict` finds candidate pairs through an
/// inverted index of content words.
pub fn detect(graph: &QuoteGraph) -> Vec<Flag> {
    let mut flags = Vec::new();
    flags.extend(speaker_conflicts(graph));
    crate::probe::at("flags: speaker_conflict");
    // The three rules below run on one thread each: side by side, in the
    // same order in the list (and the list is sorted at the end anyway).
    let (names, (wordings, roles)) = rayon::join(
        || name_variants(graph),
        || rayon::join(|| wording_variants(graph), || role_variants(graph)),
    );
    flags.extend(names);
    flags.extend(wordings);
    flags.extend(roles);
    crate::probe::at("flags: name, wording, role");
    flags.extend(unattributed(graph));
    sort(&mut flags);
    crate::probe::at("flags: unattributed, sort");
    flags
}

/// Sorts flags: warnings first, then by the number of articles involved
/// (most first), then kind, entity, message and evidence.
pub fn sort(flags: &mut [Flag]) {
    for f in flags.iter_mut() {
        f.evidence.sort();
        f.evidence.dedup();
    }
    flags.sort_by(|a, b| {
        a.severity
            .cmp(&b.severity)
            .then_with(|| b.articles().len().cmp(&a.articles().len()))
            .then_with(|| a.kind.cmp(&b.kind))
            .then_with(|| a.entity.cmp(&b.entity))
            .then_with(|| a.message.cmp(&b.message))
            .then_with(|| a.evidence.cmp(&b.evidence))
    });
}

/// The number of warnings among `flags`.
pub fn warnings(flags: &[Flag]) -> usize {
    flags
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count()
}

/// Flags as pretty JSON: `{"flags": [...]}` with a trailing newline.
pub fn to_json(flags: &[Flag]) -> String {
    #[derive(Serialize)]
    struct Doc<'a> {
        flags: &'a [Flag],
    }
    let mut s = serde_json::to_string_pretty(&Doc { flags }).expect("flags serialize");
    s.push('\n');
    s
}

/// Writes [`to_json`]'s text to `w` flag by flag, without holding it.
///
/// # Errors
///
/// The writer's I/O error.
pub fn write_json(flags: &[Flag], mut w: impl std::io::Write) -> std::io::Result<()> {
    #[derive(Serialize)]
    struct Doc<'a> {
        flags: &'a [Flag],
    }
    serde_json::to_writer_pretty(&mut w, &Doc { flags })?;
    w.write_all(b"\n")
}

/// Parses [`to_json`] output back.
///
/// # Errors
///
/// A serde error when the text is not a flags document.
pub fn from_json(text: &str) -> Result<Vec<Flag>, serde_json::Error> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        flags: Vec<Flag>,
    }
    serde_json::from_str::<Doc>(text).map(|d| d.flags)
}

/// Flags as text for a terminal: one block per flag (a header line, the
/// message, one line per evidence span), blocks separated by blank lines,
/// then a one-line summary.
pub fn to_text(flags: &[Flag]) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for f in flags {
        let _ = writeln!(out, "{}[{}] {}", f.severity.as_str(), f.kind, f.entity);
        for line in crate::graph::wrap(&f.message, 76).lines() {
            let _ = writeln!(out, "  {line}");
        }
        for e in &f.evidence {
            let _ = writeln!(
                out,
                "  - {} {}..{}: \"{}\"",
                e.doc,
                e.start,
                e.end,
                crate::graph::shorten(&e.text, 90)
            );
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "{} flags ({} warnings, {} info)",
        flags.len(),
        warnings(flags),
        flags.len() - warnings(flags)
    );
    out
}

/// `"a"`, `"a and b"`, `"a, b and c"`.
pub(crate) fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    }
}

/// `article 001` / `articles 001 and 002`.
pub(crate) fn articles_phrase<'a>(docs: impl IntoIterator<Item = &'a str>) -> String {
    let docs: BTreeSet<&str> = docs.into_iter().collect();
    let list: Vec<String> = docs.iter().map(|d| d.to_string()).collect();
    match list.len() {
        1 => format!("article {}", list[0]),
        _ => format!("articles {}", join_and(&list)),
    }
}

/// A quote shortened for a message, in double quotes.
pub(crate) fn quoted(text: &str, max: usize) -> String {
    format!("\"{}\"", crate::graph::shorten(text, max))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flag(kind: &str, severity: Severity, entity: &str, docs: &[&str]) -> Flag {
        Flag {
            kind: kind.into(),
            severity,
            entity: entity.into(),
            message: String::new(),
            evidence: docs
                .iter()
                .map(|d| Evidence {
                    doc: d.to_string(),
                    start: 0,
                    end: 1,
                    text: "x".into(),
                })
                .collect(),
        }
    }

    #[test]
    fn sorted_warnings_first_then_articles() {
        let mut flags = vec![
            flag("role_variant", Severity::Info, "A", &["1", "2", "3"]),
            flag("wording_variant", Severity::Warning, "B", &["1"]),
            flag("name_variant", Severity::Warning, "C", &["1", "2"]),
            flag("speaker_conflict", Severity::Warning, "D", &["1"]),
        ];
        sort(&mut flags);
        let kinds: Vec<&str> = flags.iter().map(|f| f.kind.as_str()).collect();
        assert_eq!(
            kinds,
            [
                "name_variant",
                "speaker_conflict",
                "wording_variant",
                "role_variant"
            ]
        );
    }

    #[test]
    fn json_round_trip() {
        let flags = vec![flag("unattributed", Severity::Info, "unknown", &["d"])];
        let text = to_json(&flags);
        assert!(text.ends_with("}\n"));
        assert_eq!(from_json(&text).unwrap(), flags);
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let keys: Vec<&String> = v["flags"][0].as_object().unwrap().keys().collect();
        assert_eq!(
            keys.len(),
            5,
            "exactly kind, severity, entity, message, evidence"
        );
    }

    #[test]
    fn text_has_one_block_per_flag() {
        let flags = vec![
            flag("name_variant", Severity::Warning, "Josh Earnest", &["d1"]),
            flag("unattributed", Severity::Info, "unknown", &["d2"]),
        ];
        let text = to_text(&flags);
        assert!(text.contains("warning[name_variant] Josh Earnest"));
        assert!(text.contains("info[unattributed] unknown"));
        assert!(text.ends_with("2 flags (1 warnings, 1 info)\n"));
    }

    #[test]
    fn phrases() {
        assert_eq!(
            join_and(&["a".into(), "b".into(), "c".into()]),
            "a, b and c"
        );
        assert_eq!(articles_phrase(["x"]), "article x");
        assert_eq!(articles_phrase(["y", "x", "y"]), "articles x and y");
    }
}
