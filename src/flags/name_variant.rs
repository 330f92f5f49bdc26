//! `name_variant` (warning): one entity named with a full-name form that
//! disagrees with the canonical one (`John Earnest` for Josh Earnest).
//!
//! # Arguments
//!
//! The graph's people and organizations with `variant_names` (set by the
//! resolver when a different given name merged on supporting evidence).
//!
//! # Returns
//!
//! One flag per entity. The message names each minority form with the
//! articles that use it, and the majority form with the number of articles
//! that use it. The evidence is every occurrence whose `speaker_mention`
//! contains a variant form, plus one occurrence that uses the majority form
//! (the first by article and position), so a reader sees both side by side.
//!
//! # Complexity
//!
//! Linear in the entity's occurrences.
//!
//! # False positives
//!
//! Only variants that read as slips are reported (see [`likely_variant`]):
//! one word differs, and it is a middle name or a near spelling, not
//! another family name of the lexicons; any other merged form (`Jeb` for
//! `George`, `Lê` for `Hồ`) is the resolver's doubt, not an article's
//! error. A variant is also reported only where a reader can see it: in
//! an article that quotes some other speaker whom an article with the
//! usual form quotes too (one story). A form used only in unrelated
//! stories, or in no mention at all, is left out.
//!
//! - The rule trusts the resolver's merge: two different people wrongly
//!   merged (`George Bush` / `Jeb Bush`) show up here as one person with
//!   a "variant" name. The message names both forms so a reader can tell.
//! - A legitimate second name (a nickname, a transliteration such as
//!   `Mohammad` / `Mohammed`) is reported as a minority form.

use std::collections::{BTreeMap, BTreeSet};

use super::{Evidence, Flag, Severity, articles_phrase, join_and};
use crate::graph::{NodeKind, OccurrenceRef, QuoteGraph};
use crate::text::words;

/// Finds `name_variant` flags; see the [module docs](self).
pub fn name_variants(graph: &QuoteGraph) -> Vec<Flag> {
    let mut flags = Vec::new();
    // The speakers quoted in each article, built on first need.
    let mut doc_speakers: Option<BTreeMap<&str, BTreeSet<&str>>> = None;
    for n in graph.nodes() {
        if !matches!(n.kind(), NodeKind::Person | NodeKind::Organization) {
            continue;
        }
        let Some(e) = n.as_entity() else { continue };
        let variants: Vec<&String> = e
            .variant_names
            .iter()
            .filter(|v| likely_variant(&e.name, v, n.kind() == NodeKind::Person))
            .collect();
        if variants.is_empty() {
            continue;
        }
        let occurrences: Vec<OccurrenceRef<'_>> = graph
            .statements_of(&n.id)
            .into_iter()
            .flat_map(|s| graph.occurrences(&s.id))
            .map(|(_, o)| o)
            .collect();
        let uses = |form: &str| -> Vec<OccurrenceRef<'_>> {
            let form = words(form);
            occurrences
                .iter()
                .copied()
                .filter(|o| {
                    o.speaker_mention().is_some_and(|m| {
                        let m = words(m);
                        !form.is_empty() && m.windows(form.len()).any(|w| w == form.as_slice())
                    })
                })
                .collect()
        };
        let mut evidence = Vec::new();
        let mut minority = Vec::new();
        let mut minority_docs: BTreeSet<&str> = BTreeSet::new();
        let speakers = doc_speakers.get_or_insert_with(|| speakers_by_doc(graph));
        let canonical_docs: BTreeSet<&str> = uses(&e.name).iter().map(|o| o.doc()).collect();
        for v in variants {
            let found = uses(v);
            let docs: BTreeSet<&str> = found.iter().map(|o| o.doc()).collect();
            // A slip shows in an article, in coverage of one story: some
            // other speaker is quoted both where the variant is used and
            // where the usual form is. A form used only in unrelated
            // stories names someone else the resolver merged.
            let same_story = docs.iter().any(|d| {
                canonical_docs.iter().any(|c| {
                    c != d
                        && speakers
                            .get(d)
                            .zip(speakers.get(c))
                            .is_some_and(|(x, y)| x.intersection(y).any(|s| *s != n.id.as_str()))
                })
            });
            if !same_story {
                continue;
            }
            minority.push(format!(
                "\"{v}\" in {}",
                articles_phrase(docs.iter().copied())
            ));
            minority_docs.extend(&docs);
            evidence.extend(found.into_iter().map(Evidence::of));
        }
        if minority.is_empty() {
            continue;
        }
        let majority = uses(&e.name);
        let mut majority_docs: BTreeSet<&str> = majority.iter().map(|o| o.doc()).collect();
        // Articles that mention the entity without ever using a variant
        // form are counted with the majority, as the resolver's canonical
        // name is by definition the most frequent full form.
        majority_docs.extend(
            graph
                .docs(&e.articles)
                .filter(|d| !minority_docs.contains(d)),
        );
        let mut first: BTreeMap<(&str, usize), OccurrenceRef<'_>> = BTreeMap::new();
        for o in &majority {
            first.entry((o.doc(), o.start())).or_insert(*o);
        }
        if let Some(o) = first.values().next() {
            evidence.push(Evidence::of(*o));
        }
        if evidence.is_empty() {
            // Nothing to point at; the entity record alone is not evidence
            // a reader can check.
            continue;
        }
        let majority_phrase = match majority_docs.len() {
            0 => format!("the usual form is \"{}\"", e.name),
            1 => format!("1 article uses \"{}\"", e.name),
            k => format!("the majority ({k} articles) uses \"{}\"", e.name),
        };
        flags.push(Flag {
            kind: "name_variant".into(),
            severity: Severity::Warning,
            entity: e.name.clone(),
            message: format!(
                "{} is also named {}, while {}; the minority form is likely an error.",
                e.name,
                join_and(&minority),
                majority_phrase
            ),
            evidence,
        });
    }
    flags
}

/// The speakers (node ids) quoted in each article.
fn speakers_by_doc(graph: &QuoteGraph) -> BTreeMap<&str, BTreeSet<&str>> {
    let mut out: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for n in graph.nodes_of(NodeKind::Statement) {
        let Some(speaker) = graph.statement(n).and_then(|s| s.speaker()) else {
            continue;
        };
        for (_, o) in graph.occurrences(&n.id) {
            out.entry(o.doc()).or_default().insert(speaker);
        }
    }
    out
}

/// Whether `variant` reads as a slip for `name` rather than another
/// person's name: the same number of words, one of them different, and
/// that word either a person's middle name (`Nguyễn Văn Hùng` / `Nguyễn Hữu Hùng`)
/// or a near spelling of the other (at most half its letters edited:
/// `Josh` / `John`, `Dana` / `Dena`), and not two different family names
/// of a lexicon (`Hồ Thị Yến` / `Lê Thị Yến`, `Phạm` / `Phan`).
pub(crate) fn likely_variant(name: &str, variant: &str, person: bool) -> bool {
    let a: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    let b: Vec<String> = variant.split_whitespace().map(str::to_lowercase).collect();
    if a.len() != b.len() {
        return false;
    }
    let differ: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    let [i] = differ[..] else {
        return false;
    };
    let lexicons = crate::lexicon::Lexicons::embedded();
    let family = |w: &str| lexicons.langs.iter().any(|lx| lx.family_names.contains(w));
    if family(&a[i]) && family(&b[i]) {
        return false;
    }
    if person && i > 0 && i + 1 < a.len() {
        return true;
    }
    let (x, y) = (crate::text::fold(&a[i]), crate::text::fold(&b[i]));
    let longest = x.chars().count().max(y.chars().count());
    crate::text::edit_distance(&x, &y) * 2 <= longest.max(2)
}

#[cfg(test)]
mod tests {
    #[test]
    fn likely_variants() {
        let v = |a, b| super::likely_variant(a, b, true);
        assert!(!super::likely_variant(
            "Huyện Vĩnh Hòa",
            "Huyện Mỹ Hòa",
            false
        ));
        assert!(v("Josh Earnest", "John Earnest"));
        assert!(v("Dana Whitby", "Dena Whitby"));
        assert!(v("Nguyễn Văn Hùng", "Nguyễn Hữu Hùng"));
        assert!(!v("Hồ Thị Yến", "Lê Thị Yến"));
        assert!(!v("Phạm Thị Thủy", "Phan Thị Thủy"));
        assert!(!v("Hoàng Thị Nhàn", "Huỳnh Thị Nhàn"));
        assert!(!v("Dalberg Steel", "Duncott Steel"));
        assert!(!v("George Bush", "Jeb Bush"));
        assert!(!v("Josh Earnest", "Josh Q. Earnest"));
    }

    use super::super::testutil::{Corpus, Q};
    use super::*;
    use crate::model::EntityKind;

    #[test]
    fn minority_form_flagged_with_majority() {
        let mut c = Corpus::default();
        let e = c.entity(
            EntityKind::Person,
            "Josh Earnest",
            &["John Earnest", "Earnest"],
        );
        c.entities[e].variant_names.insert("John Earnest".into());
        let john = Q {
            mention: Some("John Earnest"),
            ..Q::default()
        };
        let josh = Q {
            mention: Some("White House spokesman Josh Earnest"),
            ..Q::default()
        };
        c.quote("a0", Some(e), "I cannot discuss private letters", john);
        c.quote(
            "a1",
            Some(e),
            "We will not share intelligence",
            josh.clone(),
        );
        c.quote("a2", Some(e), "These are separate matters", josh);
        // Another speaker of the story, in a variant and a usual article.
        let obama = c.entity(EntityKind::Person, "Barack Obama", &["Obama"]);
        c.quote("a0", Some(obama), "a shared interest", Q::default());
        c.quote("a1", Some(obama), "a shared fight", Q::default());
        let flags = name_variants(&c.graph());
        assert_eq!(flags.len(), 1);
        let f = &flags[0];
        assert_eq!(f.entity, "Josh Earnest");
        assert_eq!(f.kind, "name_variant");
        assert!(
            f.message.contains("\"John Earnest\" in article a0"),
            "{}",
            f.message
        );
        assert!(
            f.message
                .contains("the majority (2 articles) uses \"Josh Earnest\""),
            "{}",
            f.message
        );
        let docs: Vec<&str> = f.evidence.iter().map(|e| e.doc.as_str()).collect();
        assert_eq!(docs, ["a0", "a1"]);
        c.check_evidence(&flags);
    }

    #[test]
    fn a_form_used_only_in_another_story_is_not_a_slip() {
        let mut c = Corpus::default();
        let e = c.entity(EntityKind::Person, "Josh Earnest", &["John Earnest"]);
        c.entities[e].variant_names.insert("John Earnest".into());
        let q = |m| Q {
            mention: Some(m),
            ..Q::default()
        };
        let obama = c.entity(EntityKind::Person, "Barack Obama", &["Obama"]);
        let lee = c.entity(EntityKind::Person, "Ann Lee", &["Lee"]);
        c.quote(
            "a1",
            Some(e),
            "We will not share intelligence",
            q("Josh Earnest"),
        );
        c.quote("a1", Some(obama), "a shared interest", Q::default());
        c.quote("b1", Some(e), "The bridge stays open", q("John Earnest"));
        c.quote("b1", Some(lee), "the bridge is safe", Q::default());
        assert!(name_variants(&c.graph()).is_empty());
    }

    #[test]
    fn people_sharing_a_surname_are_not_variants() {
        let mut c = Corpus::default();
        let george = c.entity(EntityKind::Person, "George Bush", &["Bush"]);
        let jeb = c.entity(EntityKind::Person, "Jeb Bush", &["Bush"]);
        let q = |m| Q {
            mention: Some(m),
            ..Q::default()
        };
        c.quote("a1", Some(george), "read my lips", q("George Bush"));
        c.quote("a2", Some(jeb), "please clap", q("Jeb Bush"));
        assert!(name_variants(&c.graph()).is_empty());
    }
}
