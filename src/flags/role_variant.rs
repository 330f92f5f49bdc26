//! `role_variant` (info): one person given different titles
//! (`White House spokesman`, `White House press secretary`).
//!
//! # Arguments
//!
//! The graph's people: the roles of the entity record plus the `role`
//! written beside each of their quotes.
//!
//! # Returns
//!
//! One flag per person whose roles differ within one language, listing every
//! role with the articles that use it beside a quote; the evidence is those
//! quotes.
//!
//! Roles are compared after folding case, diacritics and spacing
//! (`White House\u{a0}spokesman` is `White House spokesman`). A role whose
//! words are all inside another role is the same title, less specific, and
//! is dropped (`President` inside `U.S. President`), unless the other role
//! holds a title of the lexicons that it lacks: `Deputy Mayor` is not
//! `Mayor`, `Phó Chủ tịch` is not `Chủ tịch`. Roles in different
//! languages are not compared with each other, since translations
//! (`Tổng thống Mỹ` / `U.S. President`) are not a difference; once a
//! person has two roles in one language, all roles are listed. A role's
//! language is that of the articles quoting the person with it, else a
//! guess: plain ASCII is English, anything else the language of the
//! person's other non-English articles.
//!
//! Lone honorifics and abbreviated forms of address (`Mr`, `Cllr`, `Col`,
//! `Ông`, `Bà`) and descriptions opening with an indefinite article
//! (`a former All-Star guard`, `a 29-year-old nurse`) are not titles and
//! are ignored.
//!
//! # Complexity
//!
//! Quadratic in one person's distinct roles, which are few.
//!
//! # False positives
//!
//! - Real changes of office (a spokesman promoted to press secretary, a
//!   senator elected president) are reported: that is why this is info.
//! - Descriptions that are not titles (`the American leader`) count as
//!   roles when the resolver records them.

use std::collections::{BTreeMap, BTreeSet};

use super::{Evidence, Flag, Severity, articles_phrase, join_and};
use crate::graph::{NodeKind, QuoteGraph};
use crate::text::words;

/// One distinct role of a person.
#[derive(Default)]
struct Role {
    /// The form first seen (by article, position), else the entity's.
    shown: Option<String>,
    langs: BTreeSet<String>,
    docs: BTreeSet<String>,
    evidence: Vec<Evidence>,
}

/// Finds `role_variant` flags; see the [module docs](self).
pub fn role_variants(graph: &QuoteGraph) -> Vec<Flag> {
    let mut flags = Vec::new();
    for n in graph.nodes_of(NodeKind::Person) {
        let Some(e) = n.as_entity() else { continue };
        let lang_of = |doc: &str| -> String {
            graph
                .node(&QuoteGraph::article_id(doc))
                .and_then(|a| a.as_article())
                .and_then(|a| a.lang.clone())
                .unwrap_or_default()
        };
        let mut roles: BTreeMap<Vec<String>, Role> = BTreeMap::new();
        for s in graph.statements_of(&n.id) {
            for (_, o) in graph.occurrences(&s.id) {
                let Some(r) = o.role.as_deref() else { continue };
                let key = words(r);
                if !is_title(&key) {
                    continue;
                }
                let role = roles.entry(key).or_default();
                role.shown.get_or_insert_with(|| tidy(r));
                role.langs.insert(lang_of(&o.doc));
                role.docs.insert(o.doc.clone());
                role.evidence.push(Evidence::of(o));
            }
        }
        let other_lang = most_common(
            e.articles
                .iter()
                .map(|d| lang_of(d))
                .filter(|l| !l.is_empty() && l != "en"),
        );
        for r in &e.roles {
            let key = words(r);
            if !is_title(&key) {
                continue;
            }
            let role = roles.entry(key).or_default();
            role.shown.get_or_insert_with(|| tidy(r));
            if role.langs.is_empty() {
                let guess = if r.is_ascii() {
                    "en".to_owned()
                } else {
                    other_lang.clone().unwrap_or_else(|| "other".into())
                };
                role.langs.insert(guess);
            }
        }
        // Drop roles whose words are all in another role with the same
        // titles (`President` in `U.S. President`; not `Mayor` in `Deputy
        // Mayor`).
        let keys: Vec<Vec<String>> = roles.keys().cloned().collect();
        let titles: BTreeMap<&Vec<String>, BTreeSet<String>> = keys
            .iter()
            .map(|k| (k, title_core(roles[k].shown.as_deref().unwrap_or(""))))
            .collect();
        let within = |small: &Vec<String>, big: &Vec<String>| {
            let set: BTreeSet<&String> = small.iter().collect();
            small != big
                && set.is_subset(&big.iter().collect())
                && titles[small].is_subset(&titles[big])
        };
        for k in &keys {
            let inside = keys.iter().any(|o| within(k, o));
            if inside && let Some(small) = roles.remove(k) {
                // Its quotes still show the person with a title.
                let host = keys
                    .iter()
                    .filter(|o| roles.contains_key(*o))
                    .find(|o| within(k, o));
                if let Some(h) = host.and_then(|h| roles.get_mut(h)) {
                    h.docs.extend(small.docs);
                    h.evidence.extend(small.evidence);
                }
            }
        }
        let mut per_lang: BTreeMap<&str, usize> = BTreeMap::new();
        for r in roles.values() {
            for l in &r.langs {
                *per_lang.entry(l).or_default() += 1;
            }
        }
        if !per_lang.values().any(|&c| c >= 2) {
            continue;
        }
        let evidence: Vec<Evidence> = roles.values().flat_map(|r| r.evidence.clone()).collect();
        if evidence.is_empty() {
            continue;
        }
        let listed: Vec<String> = roles
            .values()
            .map(|r| {
                let shown = r.shown.clone().unwrap_or_default();
                if r.docs.is_empty() {
                    format!("\"{shown}\"")
                } else {
                    format!(
                        "\"{shown}\" ({})",
                        articles_phrase(r.docs.iter().map(String::as_str))
                    )
                }
            })
            .collect();
        flags.push(Flag {
            kind: "role_variant".into(),
            severity: Severity::Info,
            entity: e.name.clone(),
            message: format!(
                "{} is given different titles: {}; check they are all current and correct.",
                e.name,
                join_and(&listed)
            ),
            evidence,
        });
    }
    flags
}

/// Courtesy titles and honorifics: forms of address, not roles.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "cllr", "col", "gen", "sen",
    "rep", "gov", "prof", "rev", "ong", "ba", "anh", "chi", "co", "em", "ngai", "cu", "chu", "bac",
];

/// Whether folded role words name a title: not empty, not a lone
/// honorific or abbreviation (`Mr`, `Cllr`, `Ông`), not a description
/// opening with an indefinite article (`a former All-Star guard`).
fn is_title(key: &[String]) -> bool {
    match key {
        [] => false,
        [one] => one.chars().count() > 4 && !HONORIFICS.contains(&one.as_str()),
        [first, ..] => !matches!(first.as_str(), "a" | "an" | "mot"),
    }
}

/// The titles of the lexicons (`titles.txt` of every language) that a
/// role holds, longest first at each word: `Harrowby Deputy Mayor` holds
/// `deputy mayor`, `Phó Chủ tịch UBND huyện X` holds `phó chủ tịch ubnd`.
fn title_core(role: &str) -> BTreeSet<String> {
    let words: Vec<String> = role
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '.'))
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    let lexicons = crate::lexicon::Lexicons::embedded();
    let mut out = BTreeSet::new();
    let mut i = 0;
    while i < words.len() {
        let best = lexicons
            .langs
            .iter()
            .filter_map(|lx| lx.titles.longest_at(&words, i).map(|(n, _)| n))
            .max();
        match best {
            Some(n) => {
                out.insert(words[i..i + n].join(" "));
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// Spacing normalized (no-break spaces, runs of spaces).
fn tidy(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn most_common(items: impl Iterator<Item = String>) -> Option<String> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for i in items {
        *counts.entry(i).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(k, _)| k)
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{Corpus, Q};
    use super::*;
    use crate::model::EntityKind;

    fn role(r: &str) -> Q<'_> {
        Q {
            role: Some(r),
            ..Q::default()
        }
    }

    #[test]
    fn different_titles_flagged_as_info() {
        let mut c = Corpus::default();
        let e = c.entity(EntityKind::Person, "Josh Earnest", &["Earnest"]);
        c.quote(
            "a1",
            Some(e),
            "one thing",
            role("White House\u{a0}spokesman"),
        );
        c.quote(
            "a2",
            Some(e),
            "another thing",
            role("White House spokesman"),
        );
        c.quote(
            "a3",
            Some(e),
            "a third thing",
            role("White House press secretary"),
        );
        let flags = role_variants(&c.graph());
        assert_eq!(flags.len(), 1, "{flags:#?}");
        let f = &flags[0];
        assert_eq!(f.severity, Severity::Info);
        assert_eq!(f.entity, "Josh Earnest");
        assert!(
            f.message
                .contains("\"White House spokesman\" (articles a1 and a2)"),
            "{}",
            f.message
        );
        assert_eq!(f.evidence.len(), 3);
        c.check_evidence(&flags);
    }

    #[test]
    fn subsets_and_case_are_the_same_title() {
        let mut c = Corpus::default();
        let e = c.entity(EntityKind::Person, "Barack Obama", &["Obama"]);
        c.quote("a1", Some(e), "one thing", role("President"));
        c.quote("a2", Some(e), "another thing", role("U.S. President"));
        c.quote("a3", Some(e), "a third thing", role("u.s. president"));
        assert!(role_variants(&c.graph()).is_empty());
    }

    #[test]
    fn a_rank_is_another_title() {
        let mut c = Corpus::default();
        let e = c.entity(EntityKind::Person, "Ann Lee", &["Lee"]);
        c.quote("a1", Some(e), "one thing", role("Harrowby Mayor"));
        c.quote(
            "a2",
            Some(e),
            "another thing",
            role("Harrowby Deputy Mayor"),
        );
        let v = c.entity(EntityKind::Person, "Hồ Thị Uyên", &["Uyên"]);
        c.quote(
            "a3",
            Some(v),
            "một điều",
            role("Chủ tịch UBND huyện Tân Mỹ"),
        );
        c.quote(
            "a4",
            Some(v),
            "điều khác",
            role("Phó Chủ tịch UBND huyện Tân Mỹ"),
        );
        c.quote("a5", Some(v), "điều nữa", role("Tân Mỹ"));
        let flags = role_variants(&c.graph());
        assert_eq!(flags.len(), 2, "{flags:#?}");
        assert!(
            flags.iter().all(|f| !f.message.contains("\"Tân Mỹ\"")),
            "{flags:#?}"
        );
    }

    #[test]
    fn honorifics_and_descriptions_are_not_titles() {
        let mut c = Corpus::default();
        let e = c.entity(EntityKind::Person, "Andrew Pryce", &["Pryce"]);
        c.quote("a1", Some(e), "one thing", role("Cllr"));
        c.quote("a1", Some(e), "another thing", role("Council leader"));
        c.quote("a2", Some(e), "a third thing", role("a former teacher"));
        assert!(role_variants(&c.graph()).is_empty());
    }

    #[test]
    fn organizations_are_not_checked() {
        let mut c = Corpus::default();
        let e = c.entity(EntityKind::Organization, "Acme", &[]);
        c.quote("a1", Some(e), "one thing", role("maker"));
        c.quote("a2", Some(e), "another thing", role("seller"));
        assert!(role_variants(&c.graph()).is_empty());
    }
}
