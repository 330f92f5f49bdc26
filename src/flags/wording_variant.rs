//! `wording_variant` (warning): one speaker's words quoted differently
//! across articles, or stitched together from separate quotes.
//!
//! # Arguments
//!
//! The graph's attributed statements and their `variant_of` edges.
//!
//! # Returns
//!
//! One flag per speaker and group of linked statements (connected
//! components), with every occurrence of the group as evidence. Two
//! statements of one speaker are linked when no article reports both (an
//! article that quotes both wordings reports two things the speaker said)
//! and
//!
//! - a `variant_of` edge joins them: near-identical wording (`similar`)
//!   or one quote stitched from others (`stitched`: Earnest's
//!   "... in that effort, we won't share intelligence with them." in one
//!   article, two separate quotes in the others); or
//! - both are short fragments (at most [`FRAGMENT_MAX_WORDS`] words, the
//!   kind of two-word quote outlets lift from a letter) that share a
//!   content word and differ: `"shared interest"` / `"shared fight"`.
//!
//! # Complexity
//!
//! Linear in the `variant_of` edges, plus, per speaker, the pairs of
//! fragments that share a content stem (found through a small index).
//!
//! # False positives
//!
//! - Two different short phrases of one speaker that happen to share a
//!   word (`"shared interest"` in a letter, `"shared values"` in a speech a
//!   year later) are linked.
//! - A `similar` edge can join two different sentences of one speaker that
//!   share most of their words ("we will not ..." / "we will ...").
//! - Translations are not compared: the Vietnamese `"cuộc chiến chung"`
//!   is not linked to the English `"shared fight"`.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::content;
use super::{Evidence, Flag, Severity, articles_phrase, join_and, quoted};
use crate::graph::{EdgeData, EdgeKind, NodeKind, QuoteGraph, VariantRelation, normalize_text};

/// A statement of at most this many words is a fragment.
pub const FRAGMENT_MAX_WORDS: usize = 4;

/// A short statement: its id, content stems and normalized wording.
type Fragment<'g> = (&'g str, BTreeSet<String>, String);

/// Finds `wording_variant` flags; see the [module docs](self).
pub fn wording_variants(graph: &QuoteGraph) -> Vec<Flag> {
    let docs_of = |id: &str| -> BTreeSet<String> {
        graph
            .occurrences(id)
            .into_iter()
            .map(|(_, o)| o.doc().to_string())
            .collect()
    };
    // Two wordings in one article are two things the speaker said, as that
    // article reports them, not one thing quoted two ways.
    let apart = |a: &BTreeSet<String>, b: &BTreeSet<String>| a.is_disjoint(b);

    // Links: (a, b) statement ids, and the stitched statements.
    let mut links: Vec<(String, String)> = Vec::new();
    let mut stitched: BTreeSet<String> = BTreeSet::new();
    for e in graph.edges_of(EdgeKind::VariantOf) {
        let EdgeData::VariantOf(v) = &e.edge.data else {
            continue;
        };
        let (Some(a), Some(b)) = (graph.statement(e.source), graph.statement(e.target)) else {
            continue;
        };
        if a.speaker().is_none() || a.speaker() != b.speaker() {
            continue;
        }
        if !apart(&docs_of(&e.source.id), &docs_of(&e.target.id)) {
            continue;
        }
        if v.relation == VariantRelation::Stitched {
            stitched.insert(e.source.id.clone());
        }
        links.push((e.source.id.clone(), e.target.id.clone()));
    }

    // Fragments, per speaker, indexed by content stem.
    let mut fragments: BTreeMap<&str, Vec<Fragment<'_>>> = BTreeMap::new();
    for n in graph.nodes_of(NodeKind::Statement) {
        let Some(s) = graph.statement(n) else {
            continue;
        };
        let Some(speaker) = s.speaker() else {
            continue;
        };
        let norm = normalize_text(s.text());
        if norm.split(' ').count() > FRAGMENT_MAX_WORDS {
            continue;
        }
        let stems = content::stem_set(s.text());
        if !stems.is_empty() {
            fragments
                .entry(speaker)
                .or_default()
                .push((&n.id, stems, norm));
        }
    }
    for list in fragments.values() {
        let mut by_stem: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, (_, stems, _)) in list.iter().enumerate() {
            for w in stems {
                by_stem.entry(w).or_default().push(i);
            }
        }
        let mut seen: BTreeSet<(usize, usize)> = BTreeSet::new();
        for ids in by_stem.values() {
            for (k, &i) in ids.iter().enumerate() {
                for &j in &ids[k + 1..] {
                    let (i, j) = (i.min(j), i.max(j));
                    if !seen.insert((i, j)) || list[i].2 == list[j].2 {
                        continue;
                    }
                    if apart(&docs_of(list[i].0), &docs_of(list[j].0)) {
                        links.push((list[i].0.to_owned(), list[j].0.to_owned()));
                    }
                }
            }
        }
    }

    // Components.
    let mut parent: BTreeMap<String, String> = BTreeMap::new();
    fn find(p: &mut BTreeMap<String, String>, x: &str) -> String {
        let mut x = x.to_owned();
        loop {
            let up = p.entry(x.clone()).or_insert_with(|| x.clone()).clone();
            if up == x {
                return x;
            }
            x = up;
        }
    }
    for (a, b) in &links {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            parent.insert(hi, lo);
        }
    }
    let mut groups: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let ids: Vec<String> = parent.keys().cloned().collect();
    for id in ids {
        let root = find(&mut parent, &id);
        groups.entry(root).or_default().insert(id);
    }
    groups
        .into_values()
        .filter_map(|members| flag(graph, &members, &stitched))
        .collect()
}

/// The flag of one group of linked statements.
fn flag(
    graph: &QuoteGraph,
    members: &BTreeSet<String>,
    stitched: &BTreeSet<String>,
) -> Option<Flag> {
    let mut speaker = None;
    let mut evidence = Vec::new();
    // (first article, position, text) for a stable order of the wordings.
    let mut wordings: Vec<(String, usize, String, bool)> = Vec::new();
    for id in members {
        let s = graph.statement(graph.node(id)?)?;
        speaker = speaker.or(s.speaker_name().map(str::to_owned));
        let occ = graph.occurrences(id);
        let docs: BTreeSet<&str> = occ.iter().map(|(_, o)| o.doc()).collect();
        let first = occ.first().map(|(_, o)| (o.doc().to_string(), o.start()))?;
        evidence.extend(occ.iter().map(|(_, o)| Evidence::of(*o)));
        let text = format!("{} ({})", quoted(s.text(), 60), articles_phrase(docs));
        wordings.push((first.0, first.1, text, stitched.contains(id)));
    }
    wordings.sort();
    let speaker = speaker?;
    let listed: Vec<String> = wordings
        .iter()
        .filter(|w| !w.3)
        .map(|w| w.2.clone())
        .collect();
    let joined: Vec<String> = wordings
        .iter()
        .filter(|w| w.3)
        .map(|w| w.2.clone())
        .collect();
    let message = if joined.is_empty() {
        format!(
            "{speaker}'s words are quoted differently across articles: {}.",
            join_and(&listed)
        )
    } else {
        format!(
            "{speaker}'s quote {} joins into one quotation words that are reported apart: {}.",
            join_and(&joined),
            join_and(&listed)
        )
    };
    Some(Flag {
        kind: "wording_variant".into(),
        severity: Severity::Warning,
        entity: speaker,
        message,
        evidence,
    })
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{Corpus, Q};
    use super::*;
    use crate::model::EntityKind;

    #[test]
    fn stitched_quote_flagged() {
        let mut c = Corpus::default();
        let e = c.entity(EntityKind::Person, "Josh Earnest", &["Earnest"]);
        c.quote(
            "a1",
            Some(e),
            "The United States will not cooperate militarily with Iran in that effort,",
            Q::default(),
        );
        c.quote(
            "a1",
            Some(e),
            "We won't share intelligence with them.",
            Q::default(),
        );
        c.quote(
            "a2",
            Some(e),
            "the United States will not cooperate militarily with Iran in that effort, we won't share intelligence with them.",
            Q::default(),
        );
        let flags = wording_variants(&c.graph());
        assert_eq!(flags.len(), 1, "{flags:#?}");
        let f = &flags[0];
        assert_eq!(f.entity, "Josh Earnest");
        assert_eq!(f.evidence.len(), 3);
        assert!(
            f.message.contains("joins into one quotation"),
            "{}",
            f.message
        );
        c.check_evidence(&flags);
    }

    #[test]
    fn stitched_in_the_same_article_is_not_flagged() {
        let mut c = Corpus::default();
        let e = c.entity(EntityKind::Person, "Josh Earnest", &["Earnest"]);
        c.quote(
            "a1",
            Some(e),
            "The United States will not cooperate militarily",
            Q::default(),
        );
        c.quote(
            "a1",
            Some(e),
            "We won't share intelligence with them.",
            Q::default(),
        );
        c.quote(
            "a1",
            Some(e),
            "the United States will not cooperate militarily, we won't share intelligence with them.",
            Q::default(),
        );
        assert!(wording_variants(&c.graph()).is_empty());
    }

    #[test]
    fn fragments_sharing_a_word_flagged() {
        let mut c = Corpus::default();
        let obama = c.entity(EntityKind::Person, "Barack Obama", &["Obama"]);
        let other = c.entity(EntityKind::Person, "Ann Lee", &[]);
        c.quote("a1", Some(obama), "shared interest", Q::default());
        c.quote("a2", Some(obama), "shared fight", Q::default());
        c.quote("a3", Some(obama), "seriously", Q::default());
        c.quote("a3", Some(other), "shared values", Q::default());
        let flags = wording_variants(&c.graph());
        assert_eq!(flags.len(), 1, "{flags:#?}");
        assert_eq!(flags[0].entity, "Barack Obama");
        assert!(
            flags[0]
                .message
                .contains("\"shared interest\" (article a1)")
        );
        assert!(flags[0].message.contains("\"shared fight\" (article a2)"));
        c.check_evidence(&flags);
    }

    #[test]
    fn different_fragments_not_flagged() {
        let mut c = Corpus::default();
        let obama = c.entity(EntityKind::Person, "Barack Obama", &["Obama"]);
        c.quote("a1", Some(obama), "open question", Q::default());
        c.quote("a2", Some(obama), "seriously", Q::default());
        c.quote("a3", Some(obama), "shared interest", Q::default());
        c.quote("a4", Some(obama), "shared interest", Q::default());
        assert!(wording_variants(&c.graph()).is_empty());
    }
}
