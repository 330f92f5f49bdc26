//! `unattributed` (info): a direct quotation with no speaker at all.
//!
//! # Arguments
//!
//! The graph's statements without a `said` edge.
//!
//! # Returns
//!
//! One flag per such statement that is quoted directly (inside quotation
//! marks) in at least one article and whose quotes have no speaker written
//! beside them: no speaker name (`speaker_name` is null) and no
//! `speaker_mention` in any occurrence. Anonymous sources (`administration
//! officials`, `diplomatic sources`) do have a mention and are not flagged:
//! unnamed is a choice of the outlet, not a missing credit. The entity is
//! `unknown`; the evidence is every occurrence.
//!
//! # Complexity
//!
//! Linear in the statements.
//!
//! # False positives
//!
//! - Quotation marks used for scare quotes or titles (`the "deal"`, a
//!   headline) are reported when the miner takes them for quotes.
//! - Quotes whose speaker is clear to a reader from the previous paragraph
//!   but that the miner did not attribute are reported; that is a miner
//!   miss rather than an article's fault, and still worth a look.

use std::collections::BTreeSet;

use super::{Evidence, Flag, Severity, articles_phrase, quoted};
use crate::graph::{NodeKind, QuoteGraph};
use crate::model::QuoteKind;

/// The `entity` of an unattributed flag.
pub const UNKNOWN_ENTITY: &str = "unknown";

/// Finds `unattributed` flags; see the [module docs](self).
pub fn unattributed(graph: &QuoteGraph) -> Vec<Flag> {
    let mut flags = Vec::new();
    for n in graph.nodes_of(NodeKind::Statement) {
        let Some(s) = graph.statement(n) else {
            continue;
        };
        if s.speaker().is_some() || s.speaker_name().is_some_and(|x| !x.trim().is_empty()) {
            continue;
        }
        let occ = graph.occurrences(&n.id);
        let direct = occ.iter().any(|(_, o)| o.kind() == QuoteKind::Direct);
        let mentioned = occ
            .iter()
            .any(|(_, o)| o.speaker_mention().is_some_and(|m| !m.trim().is_empty()));
        if !direct || mentioned || occ.is_empty() {
            continue;
        }
        let docs: BTreeSet<&str> = occ.iter().map(|(_, o)| o.doc()).collect();
        flags.push(Flag {
            kind: "unattributed".into(),
            severity: Severity::Info,
            entity: UNKNOWN_ENTITY.into(),
            message: format!(
                "The quotation {} in {} has no speaker: no name, title or pronoun credits it.",
                quoted(s.text(), 70),
                articles_phrase(docs)
            ),
            evidence: occ.iter().map(|(_, o)| Evidence::of(*o)).collect(),
        });
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{Corpus, Q};
    use super::*;

    #[test]
    fn only_direct_quotes_without_any_speaker() {
        let mut c = Corpus::default();
        c.quote("a1", None, "nobody said this", Q::default());
        c.quote(
            "a1",
            None,
            "officials said this",
            Q {
                mention: Some("administration officials"),
                ..Q::default()
            },
        );
        c.quote(
            "a2",
            None,
            "a paraphrase with no speaker",
            Q {
                kind: Some(QuoteKind::Indirect),
                ..Q::default()
            },
        );
        let flags = unattributed(&c.graph());
        assert_eq!(flags.len(), 1, "{flags:#?}");
        assert_eq!(flags[0].entity, UNKNOWN_ENTITY);
        assert_eq!(flags[0].severity, Severity::Info);
        assert!(
            flags[0]
                .message
                .contains("\"nobody said this\" in article a1")
        );
        c.check_evidence(&flags);
    }
}
