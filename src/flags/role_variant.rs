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
use crate::lexicon::PIVOT;
use crate::text::{fold, words};

/// One distinct role of a person.
#[derive(Default)]
struct Role {
    /// The form first seen (by article, position), else the entity's.
    shown: Option<String>,
    /// Whether `shown` is written in the pivot language, which is
    /// preferred for a role seen in several languages.
    shown_in_pivot: bool,
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
                let Some(r) = o.role() else { continue };
                let lang = lang_of(o.doc());
                let Some((key, tag)) = role_key(r, &lang) else {
                    continue;
                };
                let role = roles.entry(key).or_default();
                if role.shown.is_none() || (!role.shown_in_pivot && lang == PIVOT) {
                    role.shown = Some(tidy(r));
                    role.shown_in_pivot = lang == PIVOT;
                }
                role.langs.insert(tag);
                role.docs.insert(o.doc().to_string());
                role.evidence.push(Evidence::of(o));
            }
        }
        let other_lang = most_common(
            graph
                .docs(&e.articles)
                .map(lang_of)
                .filter(|l| !l.is_empty() && l != "en"),
        );
        for r in &e.roles {
            let guess = if r.is_ascii() {
                "en".to_owned()
            } else {
                other_lang.clone().unwrap_or_else(|| "other".into())
            };
            let Some((key, tag)) = role_key(r, &guess) else {
                continue;
            };
            let role = roles.entry(key).or_default();
            role.shown.get_or_insert_with(|| tidy(r));
            if role.langs.is_empty() {
                role.langs.insert(tag);
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

/// Languages whose roles the lexicons translate into the pivot language
/// are compared with each other under this tag.
const TRANSLATED: &str = "*";

/// What a role is compared by, and with which other roles (a language
/// tag): its pivot-language concepts when the lexicons translate it
/// (`phát ngôn viên Nhà Trắng` and `White House spokesman` are one
/// role), else its folded words, compared within its language. `None`
/// for what is not a title: forms of address (`Ông`, `Mr`), lone
/// abbreviations (`Cllr`), descriptions opening with an indefinite
/// article (`a former All-Star guard`).
fn role_key(role: &str, lang: &str) -> Option<(Vec<String>, String)> {
    let lexicons = crate::lexicon::Lexicons::embedded();
    let key = words(role);
    let title = match key.as_slice() {
        [] => false,
        [one] => one.chars().count() > 4,
        [first, ..] => !matches!(first.as_str(), "a" | "an" | "mot"),
    };
    if !title || lexicons.is_courtesy(role) {
        return None;
    }
    Some(match lexicons.role_concepts(role, lang) {
        Some(concepts) => (concepts, TRANSLATED.to_owned()),
        None => (key, lang.to_owned()),
    })
}

/// The titles of the lexicons (`titles.txt` of every language) that a
/// role holds, longest first at each word, as their pivot-language
/// equivalents where the lexicons give one: `Harrowby Deputy Mayor` holds
/// `deputy mayor`, `Phó Chủ tịch UBND huyện X` the pivot of `phó chủ
/// tịch ubnd`.
fn title_core(role: &str) -> BTreeSet<String> {
    let words: Vec<String> = role
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '.'))
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    let lexicons = crate::lexicon::Lexicons::embedded();
    let mut out = BTreeSet::new();
    // A one-word title waiting for the title it may rank (`Deputy` in
    // `Deputy Health Commissioner`), cleared by a function word (`President
    // and CEO` holds two titles).
    let mut rank: Option<String> = None;
    let mut i = 0;
    while i < words.len() {
        let best = lexicons
            .langs
            .iter()
            .filter_map(|lx| lx.titles.longest_at(&words, i))
            .max_by_key(|(n, p)| (*n, p.is_some()));
        match best {
            Some((n, p)) => {
                let title = p.as_deref().map_or_else(|| words[i..i + n].join(" "), fold);
                match rank.take() {
                    Some(r) => {
                        out.remove(&r);
                        out.insert(format!("{r} {title}"));
                    }
                    None => {
                        out.insert(title.clone());
                    }
                }
                if n == 1 {
                    rank = Some(title);
                }
                i += n;
            }
            None => {
                if lexicons
                    .langs
                    .iter()
                    .any(|lx| lx.function_words.contains(&words[i]))
                {
                    rank = None;
                }
                i += 1;
            }
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
        // A rank before a title that has words of its own between them.
        let h = c.entity(EntityKind::Person, "Eve Marsh", &["Marsh"]);
        c.quote("a6", Some(h), "a thing", role("Tamsin Health Commissioner"));
        c.quote(
            "a7",
            Some(h),
            "a thing more",
            role("Tamsin Deputy Health Commissioner"),
        );
        // Two titles joined are not a rank (`President and CEO`).
        let g = c.entity(EntityKind::Person, "Ray Gold", &["Gold"]);
        c.quote(
            "a8",
            Some(g),
            "one more",
            role("Lumora Chairman and Chief Executive"),
        );
        c.quote("a9", Some(g), "and more", role("Lumora Chief Executive"));
        let flags = role_variants(&c.graph());
        assert_eq!(flags.len(), 3, "{flags:#?}");
        assert!(flags.iter().any(|f| f.entity == "Eve Marsh"), "{flags:#?}");
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

    fn role_in<'a>(r: &'a str, lang: &'a str) -> Q<'a> {
        Q {
            role: Some(r),
            lang: Some(lang),
            ..Q::default()
        }
    }

    #[test]
    fn translations_are_one_title() {
        let mut c = Corpus::default();
        let e = c.entity(EntityKind::Person, "Josh Earnest", &["Earnest"]);
        c.quote("a1", Some(e), "one thing", role("White House spokesman"));
        c.quote(
            "a2",
            Some(e),
            "một điều",
            role_in("phát ngôn viên Nhà Trắng", "vi"),
        );
        let o = c.entity(EntityKind::Person, "Barack Obama", &["Obama"]);
        c.quote("a3", Some(o), "another thing", role("U.S. President"));
        c.quote("a4", Some(o), "điều khác", role_in("Tổng thống Mỹ", "vi"));
        c.quote("a5", Some(o), "điều nữa", role_in("Tổng thống", "vi"));
        assert!(role_variants(&c.graph()).is_empty());
    }

    #[test]
    fn a_different_title_in_another_language_is_flagged() {
        let mut c = Corpus::default();
        let e = c.entity(EntityKind::Person, "Josh Earnest", &["Earnest"]);
        c.quote("a1", Some(e), "one thing", role("White House spokesman"));
        c.quote(
            "a2",
            Some(e),
            "một điều",
            role_in("Bộ trưởng Ngoại giao Mỹ", "vi"),
        );
        let flags = role_variants(&c.graph());
        assert_eq!(flags.len(), 1, "{flags:#?}");
        assert!(
            flags[0].message.contains("Bộ trưởng Ngoại giao Mỹ"),
            "{}",
            flags[0].message
        );
        // A role the lexicons cannot translate is only compared within
        // its language.
        let mut c = Corpus::default();
        let e = c.entity(EntityKind::Person, "Josh Earnest", &["Earnest"]);
        c.quote("a1", Some(e), "one thing", role("White House spokesman"));
        c.quote(
            "a2",
            Some(e),
            "một điều",
            role_in("trưởng nhóm truyền thông", "vi"),
        );
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
