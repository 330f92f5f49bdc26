//! `speaker_conflict` (warning): nearly the same words credited to different
//! speakers in different articles.
//!
//! # Arguments
//!
//! The graph's attributed statements (those with a `said` edge).
//!
//! # Returns
//!
//! One flag per group of statements linked by conflicting pairs (connected
//! components), naming every speaker of the group (`Barack Obama / The Wall
//! Street Journal`), with every occurrence of the group as evidence.
//!
//! A pair conflicts when the statements have different speakers, are
//! reported in different articles, share at least [`CONFLICT_MIN_SHARED`]
//! content stems (see `content.rs`: stopwords dropped, `dependent` =
//! `depend`, `agreement` = `agreeing`), and their IDF-weighted Dice
//! coefficient is at least [`CONFLICT_MIN_SIMILARITY`], each stem weighing
//! `ln((N + 1) / df)` for `N` statements, `df` of them with the stem.
//! Weighting by inverse statement frequency matters: statements about one story all
//! share `Obama`, `Iran` and `letter`, and those words alone must not make
//! a conflict, while a rare shared word (`IDF`, `contingent`) counts for
//! much.
//!
//! Pairs are not flagged when one statement names the other speaker (a
//! newspaper saying "Obama wrote that ..." reports Obama's words, it does
//! not claim them), or when one speaker is affiliated with the other (a
//! spokesman and the White House).
//!
//! # Complexity
//!
//! Candidate pairs come from an inverted index over each statement's
//! rarest content stems (the prefix filter of All-Pairs: two sets sharing
//! at least `k` items share one among the `|x| - k + 1` rarest of each), so
//! stems common to a whole story are never probed; each candidate costs
//! one merge of two short sorted lists.
//!
//! # False positives
//!
//! - Boilerplate claims that many speakers really do repeat ("the talks
//!   will continue next week") look like one claim credited twice.
//! - A newspaper's paraphrase that does not name the person it paraphrases
//!   (`the letter stressed that ...`) is flagged against the person's own
//!   words; that is usually what a fact-checker wants to see, but it is not
//!   always an error in either article.
//! - Two people who agree in the same words (a minister echoing a
//!   president) are flagged.
//!
//! Paraphrases across languages are not found: the stems of a Vietnamese
//! and an English version of one claim do not overlap.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::content;
use super::{Evidence, Flag, Severity, articles_phrase, join_and, quoted};
use crate::graph::{NodeKind, QuoteGraph};

/// Minimum number of content stems two statements share to conflict.
pub const CONFLICT_MIN_SHARED: usize = 4;

/// Minimum IDF-weighted Dice coefficient of two statements' content stems
/// to conflict.
pub const CONFLICT_MIN_SIMILARITY: f64 = 0.3;

/// One attributed statement, prepared for comparison.
struct Item<'g> {
    id: &'g str,
    text: &'g str,
    speaker: &'g str,
    speaker_name: &'g str,
    docs: BTreeSet<&'g str>,
    /// Distinct stem ranks, sorted (rarest first).
    ranks: Vec<u32>,
    /// Folded words, for "does it name the other speaker".
    words: Vec<String>,
}

/// Finds `speaker_conflict` flags; see the [module docs](self).
pub fn speaker_conflicts(graph: &QuoteGraph) -> Vec<Flag> {
    // Document frequency of stems over all statements, attributed or not.
    let mut stems_of: Vec<(&crate::graph::Node, BTreeSet<String>)> = Vec::new();
    let mut df: HashMap<String, u32> = HashMap::new();
    for n in graph.nodes_of(NodeKind::Statement) {
        let Some(s) = n.as_statement() else { continue };
        let set = content::stem_set(&s.text);
        for w in &set {
            *df.entry(w.clone()).or_default() += 1;
        }
        stems_of.push((n, set));
    }
    let total = stems_of.len() as f64;
    let mut vocab: Vec<(&String, &u32)> = df.iter().collect();
    vocab.sort_unstable_by(|a, b| a.1.cmp(b.1).then(a.0.cmp(b.0)));
    let rank: HashMap<&str, u32> = vocab
        .iter()
        .enumerate()
        .map(|(r, (w, _))| (w.as_str(), r as u32))
        .collect();
    let weight: Vec<f64> = vocab
        .iter()
        .map(|(_, d)| ((total + 1.0) / f64::from(**d)).ln())
        .collect();

    let mut items: Vec<Item<'_>> = Vec::new();
    for (n, set) in &stems_of {
        let Some(s) = n.as_statement() else { continue };
        let Some(speaker) = s.speaker.as_deref() else {
            continue;
        };
        if set.len() < CONFLICT_MIN_SHARED {
            continue;
        }
        let mut ranks: Vec<u32> = set.iter().map(|w| rank[w.as_str()]).collect();
        ranks.sort_unstable();
        items.push(Item {
            id: &n.id,
            text: &s.text,
            speaker,
            speaker_name: s.speaker_name.as_deref().unwrap_or(speaker),
            docs: graph
                .occurrences(&n.id)
                .into_iter()
                .map(|(_, o)| o.doc.as_str())
                .collect(),
            ranks,
            words: content::folded_words(&s.text),
        });
    }

    // Prefix-filtered candidate pairs.
    let mut index: HashMap<u32, Vec<usize>> = HashMap::new();
    let mut stamp = vec![usize::MAX; items.len()];
    let mut pairs: Vec<(usize, usize, f64)> = Vec::new();
    for i in 0..items.len() {
        let prefix_len = items[i].ranks.len() + 1 - CONFLICT_MIN_SHARED;
        for r in &items[i].ranks[..prefix_len] {
            for &j in index.get(r).map(Vec::as_slice).unwrap_or_default() {
                if stamp[j] == i {
                    continue;
                }
                stamp[j] = i;
                if let Some(sim) = conflict(graph, &items[j], &items[i], &weight) {
                    pairs.push((j, i, sim));
                }
            }
        }
        for &r in &items[i].ranks[..prefix_len] {
            index.entry(r).or_default().push(i);
        }
    }

    // Connected components of conflicting pairs.
    let mut parent: Vec<usize> = (0..items.len()).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for &(a, b, _) in &pairs {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        parent[ra.max(rb)] = ra.min(rb);
    }
    let mut groups: BTreeMap<usize, Vec<(usize, usize, f64)>> = BTreeMap::new();
    for &p in &pairs {
        let root = find(&mut parent, p.0);
        groups.entry(root).or_default().push(p);
    }
    groups
        .into_values()
        .map(|pairs| flag(graph, &items, &pairs))
        .collect()
}

/// The weighted similarity of two statements if they conflict.
fn conflict(graph: &QuoteGraph, a: &Item<'_>, b: &Item<'_>, weight: &[f64]) -> Option<f64> {
    if a.speaker == b.speaker {
        return None;
    }
    // Reported in different articles: some article of one is not the only
    // article of the other.
    if !a.docs.iter().any(|x| b.docs.iter().any(|y| x != y)) {
        return None;
    }
    let (mut i, mut j) = (0, 0);
    let (mut shared, mut shared_w) = (0, 0.0);
    while i < a.ranks.len() && j < b.ranks.len() {
        match a.ranks[i].cmp(&b.ranks[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                shared_w += weight[a.ranks[i] as usize];
                i += 1;
                j += 1;
            }
        }
    }
    if shared < CONFLICT_MIN_SHARED {
        return None;
    }
    let total: f64 = a
        .ranks
        .iter()
        .chain(&b.ranks)
        .map(|&r| weight[r as usize])
        .sum();
    let sim = 2.0 * shared_w / total;
    if sim < CONFLICT_MIN_SIMILARITY - 1e-12 {
        return None;
    }
    if names(graph, a, b.speaker) || names(graph, b, a.speaker) {
        return None;
    }
    let affiliated = |x: &str, y: &str| graph.affiliations_of(x).iter().any(|(org, _)| org.id == y);
    if affiliated(a.speaker, b.speaker) || affiliated(b.speaker, a.speaker) {
        return None;
    }
    Some(sim)
}

/// Whether the statement's words contain a name form of `speaker`.
fn names(graph: &QuoteGraph, item: &Item<'_>, speaker: &str) -> bool {
    let Some(e) = graph.node(speaker).and_then(|n| n.as_entity()) else {
        return false;
    };
    e.aliases.iter().chain([&e.name]).any(|form| {
        let form = content::folded_words(form);
        let long = form.iter().map(|w| w.chars().count()).sum::<usize>() >= 3;
        long && !form.is_empty() && item.words.windows(form.len()).any(|w| w == form.as_slice())
    })
}

/// The flag of one group of conflicting pairs.
fn flag(graph: &QuoteGraph, items: &[Item<'_>], pairs: &[(usize, usize, f64)]) -> Flag {
    let members: BTreeSet<usize> = pairs.iter().flat_map(|&(a, b, _)| [a, b]).collect();
    let mut by_speaker: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut evidence = Vec::new();
    for &m in &members {
        let docs = by_speaker.entry(items[m].speaker_name).or_default();
        for (_, o) in graph.occurrences(items[m].id) {
            docs.insert(&o.doc);
            evidence.push(Evidence::of(o));
        }
    }
    let credits: Vec<String> = by_speaker
        .iter()
        .map(|(name, docs)| format!("{name} ({})", articles_phrase(docs.iter().copied())))
        .collect();
    // The closest pair shows the words; ties go to the first pair.
    let best = pairs
        .iter()
        .fold(None::<&(usize, usize, f64)>, |best, p| match best {
            Some(b) if b.2 >= p.2 => Some(b),
            _ => Some(p),
        })
        .expect("a group has a pair");
    let message = format!(
        "Nearly the same words are credited to {}: {} and {} (similarity {:.2}); check who really said it.",
        join_and(&credits),
        quoted(items[best.0].text, 70),
        quoted(items[best.1].text, 70),
        best.2
    );
    let names: Vec<&str> = by_speaker.keys().copied().collect();
    Flag {
        kind: "speaker_conflict".into(),
        severity: Severity::Warning,
        entity: names.join(" / "),
        message,
        evidence,
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{Corpus, Q};
    use super::*;
    use crate::model::{EntityKind, QuoteKind};

    fn story() -> Corpus {
        let mut c = Corpus::default();
        let obama = c.entity(EntityKind::Person, "Barack Obama", &["Obama"]);
        let wsj = c.entity(
            EntityKind::Organization,
            "The Wall Street Journal",
            &["WSJ", "the newspaper"],
        );
        let earnest = c.entity(EntityKind::Person, "Josh Earnest", &["Earnest"]);
        c.quote(
            "a1",
            Some(wsj),
            "any cooperation on Islamic State was largely contingent on Iran reaching a comprehensive agreement with global powers on the future of Tehran's nuclear program by a Nov. 24 diplomatic deadline",
            Q::default(),
        );
        c.quote(
            "a1",
            Some(earnest),
            "I'm not in a position to discuss private correspondence between the president and any world leader about Iran",
            Q::default(),
        );
        c.quote(
            "a2",
            Some(obama),
            "any cooperation in fighting ISIS militants would depend on reaching a comprehensive nuclear deal, as a November 24 deadline looms",
            Q {
                kind: Some(QuoteKind::Indirect),
                ..Q::default()
            },
        );
        c.quote(
            "a3",
            Some(obama),
            "cooperation between the two countries on fighting ISIS was dependent on Iran agreeing to a comprehensive nuclear agreement by a Nov. 24 deadline",
            Q::default(),
        );
        c.quote(
            "a3",
            Some(wsj),
            "Obama has sent at least four letters to Khamenei about Iran and its nuclear program since taking office",
            Q::default(),
        );
        c.quote(
            "a2",
            Some(earnest),
            "the United States will not cooperate militarily with Iran in that effort",
            Q::default(),
        );
        // Other news of the day, so that word weights mean something.
        let mayor = c.entity(EntityKind::Person, "Ann Lee", &["Lee"]);
        for (doc, text) in [
            (
                "b1",
                "the bridge will close for repairs on Monday until the end of March",
            ),
            ("b2", "ticket prices for the season will not rise this year"),
            (
                "b3",
                "we expect the new library to open its doors in the spring",
            ),
            (
                "b4",
                "the council has agreed a budget that protects every school",
            ),
        ] {
            c.quote(doc, Some(mayor), text, Q::default());
        }
        c
    }

    #[test]
    fn paraphrase_and_own_words_conflict() {
        let c = story();
        let flags = speaker_conflicts(&c.graph());
        assert_eq!(flags.len(), 1, "{flags:#?}");
        let f = &flags[0];
        assert_eq!(f.entity, "Barack Obama / The Wall Street Journal");
        assert_eq!(f.severity, Severity::Warning);
        assert_eq!(
            f.articles().into_iter().collect::<Vec<_>>(),
            ["a1", "a2", "a3"],
            "{f:#?}"
        );
        assert!(
            f.message.contains("Barack Obama (articles a2 and a3)"),
            "{}",
            f.message
        );
        c.check_evidence(&flags);
    }

    #[test]
    fn different_statements_of_one_story_do_not_conflict() {
        // Everyone in the story talks about Iran, the letter and the
        // nuclear talks; those words are common and weigh little.
        let mut c = Corpus::default();
        let obama = c.entity(EntityKind::Person, "Barack Obama", &["Obama"]);
        let kerry = c.entity(EntityKind::Person, "John Kerry", &["Kerry"]);
        let earnest = c.entity(EntityKind::Person, "Josh Earnest", &["Earnest"]);
        let zarif = c.entity(EntityKind::Person, "Javad Zarif", &["Zarif"]);
        let q = Q::default;
        c.quote(
            "a1",
            Some(obama),
            "Iran must answer the letter about the nuclear talks before the deadline",
            q(),
        );
        c.quote(
            "a2",
            Some(kerry),
            "the nuclear talks with Iran will go on in Vienna next week after the letter",
            q(),
        );
        c.quote(
            "a3",
            Some(earnest),
            "I will not discuss the letter to Iran or the nuclear talks in any detail",
            q(),
        );
        c.quote(
            "a4",
            Some(zarif),
            "Iran wants the nuclear talks to end with a fair deal and no letter will change that",
            q(),
        );
        c.quote(
            "a2",
            Some(obama),
            "the letter does not change our position in the nuclear talks with Iran",
            q(),
        );
        let flags = speaker_conflicts(&c.graph());
        assert!(flags.is_empty(), "{flags:#?}");
    }

    #[test]
    fn same_article_is_not_a_conflict() {
        let mut c = Corpus::default();
        let a = c.entity(EntityKind::Person, "Ann Lee", &[]);
        let b = c.entity(EntityKind::Organization, "Daily Planet", &[]);
        let words = "the bridge will close for repairs on Monday until the end of March";
        c.quote("a1", Some(a), words, Q::default());
        c.quote("a1", Some(b), words, Q::default());
        assert!(speaker_conflicts(&c.graph()).is_empty());
        // The same words in another article are a conflict.
        c.quote("a2", Some(b), words, Q::default());
        assert_eq!(speaker_conflicts(&c.graph()).len(), 1);
    }

    #[test]
    fn reporting_someone_else_is_not_a_conflict() {
        let mut c = Corpus::default();
        let obama = c.entity(EntityKind::Person, "Barack Obama", &["Obama"]);
        let wsj = c.entity(EntityKind::Organization, "The Wall Street Journal", &[]);
        c.quote(
            "a1",
            Some(wsj),
            "Obama described a shared interest in fighting Islamic State militants in Iraq and Syria",
            Q::default(),
        );
        c.quote(
            "a2",
            Some(obama),
            "the U.S. and Iran had a shared interest in fighting Islamic State militants in Iraq and Syria",
            Q::default(),
        );
        assert!(speaker_conflicts(&c.graph()).is_empty());
    }
}
