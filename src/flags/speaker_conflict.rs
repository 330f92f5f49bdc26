//! `speaker_conflict` (warning): nearly the same words credited to different
//! speakers in different articles.
//!
//! # Arguments
//!
//! The graph's attributed statements (those with a `said` edge).
//!
//! # Returns
//!
//! One flag per pair of speakers with conflicting statements (`Barack Obama
//! / The Wall Street Journal`), with every occurrence of those statements
//! as evidence. Grouping by pair keeps a flag to two names a reader can
//! check, even when boilerplate links many speakers' words.
//!
//! Two statements conflict when all of these hold:
//!
//! - different speakers, neither canonical name inside the other (two
//!   `Officials` entities, or `Lộc Lợi` and `Huyện Lộc Lợi`, that the
//!   resolver kept apart are one source, not two);
//! - no article reports both: an article that quotes both credits them to
//!   two speakers itself, so it reports two statements, not one statement
//!   two ways;
//! - they share at least [`CONFLICT_MIN_SHARED`] content stems (see
//!   `content.rs`: stopwords dropped, `dependent` = `depend`, `agreement` =
//!   `agreeing`), and their IDF-weighted Dice coefficient (each stem
//!   weighing `ln((N + 1) / df)` for `N` statements, `df` of them with the
//!   stem) is at least
//!   - [`CONFLICT_MIN_SIMILARITY`] when one speaker is a news outlet and the
//!     other is not: the outlet's paraphrase of a person's words (the
//!     issue's "newspaper's paraphrase in one article and the person's own
//!     words in another"). Outlets are organizations whose name holds a
//!     media word or is a known outlet in some language's lexicon
//!     (`Journal`, `Times`, `báo`, `Reuters`);
//!   - [`CONFLICT_SPEAKERS_MIN_SIMILARITY`] otherwise: two people (or two
//!     organizations) conflict over the same words, give or take a trimmed
//!     clause, since people who agree say similar things;
//! - the two speakers are quoted together in some article (they belong to
//!   one story, where a reporter can confuse them), unless the words are
//!   nearly verbatim and long: at least [`CONFLICT_UNRELATED_MIN_SIMILARITY`]
//!   and [`CONFLICT_UNRELATED_MIN_SHARED`] stems, as short phrases recur by
//!   chance across unrelated stories;
//! - neither statement names the other speaker (a newspaper saying "Obama
//!   wrote that ..." reports Obama's words, it does not claim them;
//!   names match with diacritics and a capital, so `giá đất` does not name
//!   `Đạt`), and neither speaker is affiliated with the other (a spokesman
//!   and the White House).
//!
//! Weighting by inverse statement frequency matters: statements about one
//! story all share `Obama`, `Iran` and `letter`, and those words alone must
//! not make a conflict, while a rare shared word (`IDF`, `contingent`)
//! counts for much.
//!
//! # Complexity
//!
//! Candidate pairs come from an inverted index over each statement's
//! rarest content stems (the prefix filter of All-Pairs: two sets sharing
//! at least `k` items share one among the `|x| - k + 1` rarest of each), so
//! stems common to a whole story are never probed; each candidate costs
//! one merge of two short sorted lists of integers, cut short as soon as
//! the stems left cannot reach the similarity needed, then binary
//! searches in the article lists.
//!
//! Statements are visited in the order of their first article (stories
//! are runs of neighbouring articles), and each probe of a posting list
//! looks only at the [`CONFLICT_PROBE_WINDOW`] statements indexed last
//! under that stem. On corpora where no stem is that frequent this finds
//! every pair; on big corpora it bounds the work per statement, so the
//! rule stays linear, at the price of missing pairs whose statements lie
//! far apart in article order and share only very common stems. The names
//! of the speakers and their affiliations are prepared once per speaker,
//! stems are folded once per statement, and the probing runs in parallel;
//! the result does not depend on the number of threads.
//!
//! # False positives
//!
//! - Boilerplate claims that many speakers really do repeat ("the talks
//!   will continue next week") look like one claim credited twice.
//! - A newspaper's paraphrase that does not name the person it paraphrases
//!   (`the letter stressed that ...`) is flagged against the person's own
//!   words; that is usually what a fact-checker wants to see, but it is not
//!   always an error in either article.
//! - A miner or resolver slip that credits one statement to a misread name
//!   (an organization cut short, a place taken for a speaker) shows up as a
//!   conflict between the right speaker and the misread one.
//!
//! Paraphrases across languages are not found: the stems of a Vietnamese
//! and an English version of one claim do not overlap. A paraphrase
//! between two people (not an outlet) is not reported either.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rayon::prelude::*;

use super::content;
use super::{Evidence, Flag, Severity, articles_phrase, join_and, quoted};
use crate::graph::{Node, NodeKind, QuoteGraph, StatementRef};

/// Minimum number of content stems two statements share to conflict.
pub const CONFLICT_MIN_SHARED: usize = 4;

/// Minimum IDF-weighted Dice coefficient of two statements' content stems
/// to conflict.
pub const CONFLICT_MIN_SIMILARITY: f64 = 0.3;

/// Minimum IDF-weighted Dice coefficient for a conflict between two
/// speakers neither or both of which are news outlets: the same words,
/// give or take a trimmed clause, not a paraphrase.
pub const CONFLICT_SPEAKERS_MIN_SIMILARITY: f64 = 0.75;

/// Organization types (`org_words.txt`, `orgs.txt`) of news outlets.
const MEDIA_TYPES: &[&str] = &["newspaper", "magazine", "broadcaster", "media"];

/// Whether entity `id` is a news outlet: an organization one of whose
/// name forms is a known outlet or holds a word that makes a name a news
/// outlet (`Journal`, `Times`, `báo`) in some language's lexicon.
fn is_media(graph: &QuoteGraph, id: &str) -> bool {
    let Some(node) = graph.node(id) else {
        return false;
    };
    if node.kind() != NodeKind::Organization {
        return false;
    }
    let Some(e) = node.as_entity() else {
        return false;
    };
    let lexicons = crate::lexicon::Lexicons::embedded();
    e.aliases.iter().chain([&e.name]).any(|form| {
        let words: Vec<String> = form
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|w| !w.is_empty())
            .collect();
        lexicons.langs.iter().any(|lx| {
            let known = (0..words.len().min(2)).any(|i| {
                lx.orgs.longest_at(&words, i).is_some_and(|(len, org)| {
                    i + len == words.len() && MEDIA_TYPES.contains(&org.kind.as_str())
                })
            });
            known
                || (0..words.len()).any(|i| {
                    lx.org_words
                        .longest_at(&words, i)
                        .is_some_and(|(_, t)| MEDIA_TYPES.contains(&t.as_str()))
                })
        })
    })
}

/// Minimum similarity for a conflict between statements of unrelated
/// articles (no article of one quotes a speaker that an article of the
/// other quotes): only nearly the same words, not a paraphrase.
pub const CONFLICT_UNRELATED_MIN_SIMILARITY: f64 = 0.95;

/// Minimum number of shared content stems for a conflict between
/// statements of unrelated articles.
pub const CONFLICT_UNRELATED_MIN_SHARED: usize = 2 * CONFLICT_MIN_SHARED;

/// How many earlier statements (in article order) one probe of a stem's
/// posting list looks at; see Complexity in the [module docs](self).
pub const CONFLICT_PROBE_WINDOW: usize = 32;

/// One attributed statement, prepared for comparison: 16 bytes, its
/// node read for the few that make a flag, its article and speaker lists
/// in flat [`Lists`] beside the items (see [`ItemLists`]).
#[derive(Clone, Copy)]
struct Item<'g> {
    /// The statement node.
    node: &'g Node,
    /// Speaker number (index into the speaker table).
    speaker: u32,
}

impl<'g> Item<'g> {
    /// The statement, read from `graph`, the item's node's graph.
    fn statement(&self, graph: &'g QuoteGraph) -> StatementRef<'g> {
        graph.statement(self.node).expect("a statement node")
    }

    fn text(&self, graph: &'g QuoteGraph) -> &'g str {
        self.statement(graph).text()
    }

    fn speaker_name(&self, graph: &'g QuoteGraph) -> &'g str {
        let s = self.statement(graph);
        s.speaker_name().or(s.speaker()).expect("attributed")
    }
}

/// What each item has as a list, item by item in two flat [`Lists`].
struct ItemLists {
    /// Distinct article numbers, ascending (numbers follow doc id order).
    docs: Lists,
    /// Speakers one of whose name forms the statement contains, sorted.
    named: Lists,
}

/// The content stems of the statements that can conflict, by visiting
/// position, one statement's after another's in two flat arrays: a probe's
/// candidates are mostly statements visited shortly before, so their stems
/// lie near each other in memory instead of in one allocation per
/// statement scattered over the heap.
#[derive(Debug, Default)]
struct SeqStems {
    /// `start[p]..start[p + 1]` are position `p`'s entries; `start[0] = 0`.
    start: Vec<usize>,
    /// Distinct stem ranks of each statement, ascending (rarest first).
    ranks: Vec<u32>,
    /// `tail[i]`: the summed IDF weight of the statement's ranks from `i`
    /// to its end, rounded up to an `f32`, which bounds what the rest of a
    /// merge can share (a bound a little looser than the `f64` sum, in half
    /// the memory: it only lets a merge stop early, never decides a pair).
    tail: Vec<f32>,
    /// Each position's summed weight, exactly (the `f64` sum from its last
    /// rank down), from which the similarity needed is computed.
    total: Vec<f64>,
}

/// Lists of numbers one after another in one flat array: list `i` is
/// `items[start[i]..start[i + 1]]`.
#[derive(Debug)]
struct Lists {
    start: Vec<usize>,
    items: Vec<u32>,
}

impl Lists {
    /// No lists, room for `n`.
    fn with_capacity(n: usize) -> Self {
        let mut start = Vec::with_capacity(n + 1);
        start.push(0);
        Lists {
            start,
            items: Vec::new(),
        }
    }

    /// Appends a list.
    fn push(&mut self, list: &[u32]) {
        self.items.extend_from_slice(list);
        self.start.push(self.items.len());
    }

    /// List `i`.
    fn get(&self, i: usize) -> &[u32] {
        &self.items[self.start[i]..self.start[i + 1]]
    }

    /// The number of lists.
    fn len(&self) -> usize {
        self.start.len() - 1
    }
}

/// One statement's stems in a [`SeqStems`].
#[derive(Clone, Copy, Debug)]
struct Stems<'a> {
    /// Distinct stem ranks, ascending.
    ranks: &'a [u32],
    /// `tail[i]`: the summed weight of `ranks[i..]`, rounded up.
    tail: &'a [f32],
    /// The summed weight of all the ranks (0 for none).
    total: f64,
}

/// `x` as an `f32` no smaller than it (`x` finite, at most `f32::MAX`).
fn f32_up(x: f64) -> f32 {
    let f = x as f32;
    if f64::from(f) < x { f.next_up() } else { f }
}

impl SeqStems {
    /// Room for `n` statements with `entries` stems in all (exactly: the
    /// arrays are the largest of the rule, and grown by doubling they
    /// would hold up to twice that).
    fn with_capacity(n: usize, entries: usize) -> Self {
        let mut start = Vec::with_capacity(n + 1);
        start.push(0);
        SeqStems {
            start,
            ranks: Vec::with_capacity(entries),
            tail: Vec::with_capacity(entries),
            total: Vec::with_capacity(n),
        }
    }

    /// Appends the next position's ranks (sorted, distinct), weighed by
    /// `weight` (indexed by rank); the tail sums are added from the last
    /// rank down, as a merge reads them.
    fn push(&mut self, ranks: &[u32], weight: &[f64]) {
        let from = self.ranks.len();
        self.ranks.extend_from_slice(ranks);
        self.tail.resize(from + ranks.len(), 0.0);
        let mut sum = 0.0;
        for (k, &r) in ranks.iter().enumerate().rev() {
            sum += weight[r as usize];
            self.tail[from + k] = f32_up(sum);
        }
        self.total.push(sum);
        self.start.push(self.ranks.len());
    }

    /// The stems of position `p`.
    fn get(&self, p: usize) -> Stems<'_> {
        let (from, to) = (self.start[p], self.start[p + 1]);
        Stems {
            ranks: &self.ranks[from..to],
            tail: &self.tail[from..to],
            total: self.total[p],
        }
    }
}

impl Stems<'_> {
    /// The indexed prefix: all but the last `CONFLICT_MIN_SHARED - 1`
    /// ranks (two statements sharing that many stems share one of these).
    fn prefix(&self) -> &[u32] {
        &self.ranks[..(self.ranks.len() + 1).saturating_sub(CONFLICT_MIN_SHARED)]
    }

    /// The summed weight of all the stems (0 for none).
    fn weight(&self) -> f64 {
        self.total
    }
}

/// A conflicting pair of items, `a < b` in statement order: 24 bytes.
#[derive(Clone, Copy, Debug)]
struct Pair {
    a: u32,
    b: u32,
    /// The rarest stem rank both index (orders the pairs of a group).
    rarest: u32,
    /// Their similarity.
    sim: f64,
}

/// Statements stemmed at a time (see [`speaker_conflicts`]).
const STEM_BLOCK: usize = 4096;

/// Finds `speaker_conflict` flags; see the [module docs](self).
pub fn speaker_conflicts(graph: &QuoteGraph) -> Vec<Flag> {
    // Content stems of every statement, attributed or not, folded once.
    // The nodes (8 bytes each), each statement read from the graph as
    // it is needed.
    let statements: Vec<&Node> = graph
        .nodes_of(NodeKind::Statement)
        .filter(|n| n.as_statement().is_some())
        .collect();
    let stmt = |n: &Node| graph.statement(n).expect("a statement node");
    // Stems interned as numbers (in order of first appearance), each
    // statement's distinct ones; the strings are kept once, in `stem_text`.
    // Stemmed in parallel a block at a time, so that only one block's
    // stems are ever held as strings.
    let mut stem_id: HashMap<String, u32> = HashMap::new();
    let mut stem_text: Vec<String> = Vec::new();
    // Each statement's stems in one flat list (not one allocation each).
    let mut stems_of = Lists::with_capacity(statements.len());
    let mut v: Vec<u32> = Vec::new();
    for block in statements.chunks(STEM_BLOCK) {
        let stem_strings: Vec<Vec<String>> = block
            .par_iter()
            .map(|&n| content::stems(stmt(n).text()))
            .collect();
        for words in stem_strings {
            v.clear();
            v.extend(words.into_iter().map(|w| match stem_id.get(&w) {
                Some(&id) => id,
                None => {
                    let id = stem_text.len() as u32;
                    stem_text.push(w.clone());
                    stem_id.insert(w, id);
                    id
                }
            }));
            v.sort_unstable();
            v.dedup();
            stems_of.push(&v);
        }
    }
    drop(stem_id);
    // Document frequency of stems over all statements.
    let mut df: Vec<u32> = vec![0; stem_text.len()];
    for &w in &stems_of.items {
        df[w as usize] += 1;
    }
    let total = stems_of.len() as f64;
    // Ranks: rarest first, ties by spelling.
    let mut vocab: Vec<u32> = (0..stem_text.len() as u32).collect();
    vocab.sort_unstable_by(|&a, &b| {
        df[a as usize]
            .cmp(&df[b as usize])
            .then_with(|| stem_text[a as usize].cmp(&stem_text[b as usize]))
    });
    let mut rank: Vec<u32> = vec![0; stem_text.len()];
    for (r, &w) in vocab.iter().enumerate() {
        rank[w as usize] = r as u32;
    }
    let weight: Vec<f64> = vocab
        .iter()
        .map(|&w| ((total + 1.0) / f64::from(df[w as usize])).ln())
        .collect();
    drop(stem_text);

    crate::probe::at("conflict: stems");
    // Speakers and articles as numbers.
    let mut speaker_no: HashMap<&str, u32> = HashMap::new();
    let mut speakers: Vec<&str> = Vec::new();
    let mut doc_set: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
    let mut chosen: Vec<usize> = Vec::new();
    // The attributed statements too short to conflict: their articles
    // still show who is quoted together.
    let mut short: Vec<usize> = Vec::new();
    // The articles are gathered here and numbered afterwards, each
    // statement's read again then (not held as strings in between: one
    // list per statement of 16 bytes per occurrence was a tenth of the
    // rule's memory).
    for (k, &n) in statements.iter().enumerate() {
        let set = stems_of.get(k);
        let Some(speaker) = stmt(n).speaker() else {
            continue;
        };
        doc_set.extend(graph.occurrences(&n.id).into_iter().map(|(_, o)| o.doc()));
        if set.len() < CONFLICT_MIN_SHARED {
            short.push(k);
            continue;
        }
        if !speaker_no.contains_key(speaker) {
            speaker_no.insert(speaker, speakers.len() as u32);
            speakers.push(speaker);
        }
        chosen.push(k);
    }
    // Articles numbered in id order (the distinct ids sorted, not every
    // occurrence's), looked up by hash.
    let mut doc_names: Vec<&str> = doc_set.into_iter().collect();
    doc_names.sort_unstable();
    let doc_numbers: rustc_hash::FxHashMap<&str, u32> = doc_names
        .iter()
        .enumerate()
        .map(|(k, &d)| (d, k as u32))
        .collect();
    drop(doc_names);
    let doc_no = |d: &str| doc_numbers[d];
    // A statement's distinct article numbers, ascending.
    let docs_of = |n: &Node| {
        let mut docs: Vec<u32> = graph
            .occurrences(&n.id)
            .into_iter()
            .map(|(_, o)| doc_no(o.doc()))
            .collect();
        docs.sort_unstable();
        docs.dedup();
        docs
    };

    // Name forms of every speaker, keyed by all their words.
    let mut names = NameIndex::default();
    for (no, id) in speakers.iter().enumerate() {
        let Some(e) = graph.node(id).and_then(|n| n.as_entity()) else {
            continue;
        };
        let mut seen: BTreeSet<Vec<String>> = BTreeSet::new();
        for form in e.aliases.iter().chain([&e.name]) {
            let form: Vec<String> = name_words(form).into_iter().map(|(w, _)| w).collect();
            let long = form.iter().map(|w| w.chars().count()).sum::<usize>() >= 3;
            if long && !form.is_empty() && seen.insert(form.clone()) {
                names.add(no as u32, &form);
            }
        }
    }
    names.finish();
    // News outlets, whose paraphrase of a person's words conflicts with
    // those words.
    let media: Vec<bool> = speakers.iter().map(|id| is_media(graph, id)).collect();
    // The folded canonical name of every speaker, its words as numbers.
    let mut word_no: HashMap<String, u32> = HashMap::new();
    let folded_names: Vec<Vec<u32>> = speakers
        .iter()
        .map(|id| {
            let name = graph
                .node(id)
                .and_then(|n| n.as_entity())
                .map_or(*id, |e| e.name.as_str());
            content::folded_words(name)
                .into_iter()
                .map(|w| {
                    let next = word_no.len() as u32;
                    *word_no.entry(w).or_insert(next)
                })
                .collect()
        })
        .collect();
    // Affiliations, as speaker numbers.
    let affiliated: Vec<Vec<u32>> = speakers
        .iter()
        .map(|id| {
            let mut v: Vec<u32> = graph
                .affiliations_of(id)
                .iter()
                .filter_map(|(org, _)| speaker_no.get(org.id.as_str()).copied())
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        })
        .collect();

    crate::probe::at("conflict: speakers");
    // The items, prepared in parallel a block at a time and laid out in
    // flat lists, so that only one block's lists are ever held apart.
    let speaker_of = |s: StatementRef<'_>| speaker_no[s.speaker().expect("attributed")];
    let mut items: Vec<Item<'_>> = Vec::with_capacity(chosen.len());
    let mut lists = ItemLists {
        docs: Lists::with_capacity(chosen.len()),
        named: Lists::with_capacity(chosen.len()),
    };
    for block in chosen.chunks(STEM_BLOCK) {
        let prepared: Vec<(Vec<u32>, Vec<u32>)> = block
            .par_iter()
            .map(|&k| {
                let n = statements[k];
                (docs_of(n), names.named_in(stmt(n).text()))
            })
            .collect();
        for (&k, (docs, named)) in block.iter().zip(prepared) {
            let node = statements[k];
            items.push(Item {
                node,
                speaker: speaker_of(stmt(node)),
            });
            lists.docs.push(&docs);
            lists.named.push(&named);
        }
    }
    // The articles that quote each speaker, for telling whether two
    // speakers belong to one story.
    let mut speaker_docs: Vec<Vec<u32>> = vec![Vec::new(); speakers.len()];
    for (i, it) in items.iter().enumerate() {
        speaker_docs[it.speaker as usize].extend(lists.docs.get(i));
    }
    for &k in &short {
        let n = statements[k];
        if let Some(&no) = stmt(n).speaker().and_then(|sp| speaker_no.get(sp)) {
            speaker_docs[no as usize].extend(docs_of(n));
        }
    }
    for v in &mut speaker_docs {
        v.sort_unstable();
        v.dedup();
    }
    // What only the items needed, freed before the scan.
    drop((short, names, speaker_no, doc_numbers, statements));
    let ctx = Context {
        lists: &lists,
        weight: &weight,
        affiliated: &affiliated,
        speaker_docs: &speaker_docs,
        media: &media,
        names: &folded_names,
    };

    crate::probe::at("conflict: items");
    // Visiting order: by first article, then statement order. Statements
    // without an article never conflict.
    let mut seq: Vec<usize> = (0..items.len())
        .filter(|&i| !lists.docs.get(i).is_empty())
        .collect();
    seq.sort_unstable_by_key(|&i| (lists.docs.get(i)[0], i));
    // Each statement's stems as ranks, in visiting order.
    let entries = seq.iter().map(|&i| stems_of.get(chosen[i]).len()).sum();
    let mut stems = SeqStems::with_capacity(seq.len(), entries);
    let mut ranks: Vec<u32> = Vec::new();
    for &i in &seq {
        ranks.clear();
        ranks.extend(stems_of.get(chosen[i]).iter().map(|&w| rank[w as usize]));
        ranks.sort_unstable();
        stems.push(&ranks, &weight);
    }
    drop(stems_of);
    // Posting lists by stem rank (ranks are dense), visiting positions
    // ascending; `slot` (beside `stems.ranks`) gives where each position
    // stands in the list of each of its indexed stems, the end of what a
    // probe from it looks at.
    let (first, postings, slot) = posting_lists(&stems, weight.len());
    let list_of = |r: u32| &postings[first[r as usize]..first[r as usize + 1]];
    // What the first tests of `conflict` read, by visiting position, so
    // that a candidate they reject is rejected without touching its item:
    // its speaker, whether that speaker is an outlet, and its summed stem
    // weight.
    let seq_speaker: Vec<u32> = seq.iter().map(|&i| items[i].speaker).collect();
    let seq_media: Vec<bool> = seq_speaker.iter().map(|&s| media[s as usize]).collect();
    let seq_weight = &stems.total;
    let chunk = (seq.len() / (rayon::current_num_threads() * 8)).max(1024);
    let mut pairs: Vec<Pair> = seq
        .par_chunks(chunk)
        .enumerate()
        .flat_map_iter(|(c, part)| {
            let mut stamp = vec![u32::MAX; seq.len()];
            let mut out = Vec::new();
            for (off, &i) in part.iter().enumerate() {
                let p = (c * chunk + off) as u32;
                let mine = stems.get(p as usize);
                let (speaker, media, weight) = (
                    seq_speaker[p as usize],
                    seq_media[p as usize],
                    seq_weight[p as usize],
                );
                let slots = &slot[stems.start[p as usize]..];
                for (r, &end) in mine.prefix().iter().zip(slots) {
                    let list = list_of(*r);
                    let end = end as usize;
                    debug_assert_eq!(list[end], p);
                    for &q in &list[end.saturating_sub(CONFLICT_PROBE_WINDOW)..end] {
                        if stamp[q as usize] == p {
                            continue;
                        }
                        stamp[q as usize] = p;
                        let q = q as usize;
                        // Two of `conflict`'s tests (same speaker; the
                        // lighter statement alone cannot reach the shared
                        // weight needed), computed as it computes them.
                        let mixed = media != seq_media[q];
                        if seq_speaker[q] == speaker
                            || weight.min(seq_weight[q]) < needed(mixed, weight, seq_weight[q])
                        {
                            continue;
                        }
                        let j = seq[q];
                        let theirs = stems.get(q);
                        let ((a, sa), (b, sb)) = if i < j {
                            ((i, mine), (j, theirs))
                        } else {
                            ((j, theirs), (i, mine))
                        };
                        if let Some(sim) = conflict(&items, (a, sa), (b, sb), mixed, &ctx) {
                            out.push(Pair {
                                a: a as u32,
                                b: b as u32,
                                rarest: first_common(sa, sb),
                                sim,
                            });
                        }
                    }
                }
            }
            out
        })
        .collect();
    // One flag per pair of speakers, with every statement the two are
    // both credited with: chains of boilerplate through many speakers
    // never make one giant flag, and a reader checks one pair at a time.
    // The groups in order of their speakers' numbers, each a run of one
    // array (not a list each). Within a group, the order in which an
    // exhaustive scan in statement order meets the pairs: by the later
    // statement, the rarest stem the two index, then the earlier
    // statement (no two pairs have the same two statements). It decides
    // ties for the pair a flag quotes.
    let speakers_of = |p: &Pair| {
        let (x, y) = (items[p.a as usize].speaker, items[p.b as usize].speaker);
        (x.min(y), x.max(y))
    };
    pairs.sort_unstable_by_key(|p| (speakers_of(p), p.b, p.rarest, p.a));
    let groups: Vec<&[Pair]> = pairs
        .chunk_by(|x, y| speakers_of(x) == speakers_of(y))
        .collect();
    crate::probe::at("conflict: pairs");
    groups
        .par_iter()
        .map(|pairs| flag(graph, &items, pairs))
        .collect()
}

/// The posting lists of the indexed prefixes of `stems`, by stem rank
/// (`ranks` of them), visiting positions ascending, laid out one after
/// another in one flat array (each sized by a first count: no growth
/// slack, no allocation per stem): list `r` is
/// `postings[first[r]..first[r + 1]]`. `slot`, beside `stems.ranks`, gives
/// where each position stands in the list of each of its indexed stems.
fn posting_lists(stems: &SeqStems, ranks: usize) -> (Vec<usize>, Vec<u32>, Vec<u32>) {
    let positions = stems.start.len() - 1;
    let mut first: Vec<usize> = vec![0; ranks + 1];
    for p in 0..positions {
        for &r in stems.get(p).prefix() {
            first[r as usize + 1] += 1;
        }
    }
    for r in 0..ranks {
        first[r + 1] += first[r];
    }
    let mut fill: Vec<usize> = first[..ranks].to_vec();
    let mut postings: Vec<u32> = vec![0; first[ranks]];
    let mut slot: Vec<u32> = vec![0; stems.ranks.len()];
    for p in 0..positions {
        let from = stems.start[p];
        for (k, &r) in stems.get(p).prefix().iter().enumerate() {
            let at = &mut fill[r as usize];
            slot[from + k] = (*at - first[r as usize]) as u32;
            postings[*at] = p as u32;
            *at += 1;
        }
    }
    (first, postings, slot)
}

/// The name forms of the speakers, as folded words, found by a hash of all
/// their words: a run of words is looked up once per distinct form length,
/// however many forms share their first words (`Nguyễn Văn`).
///
/// Compact: the forms' words are numbers (each distinct word spelled once),
/// the forms one flat list of them, and the hash index one sorted array,
/// not a string per word and a list per hash (that layout was most of the
/// rule's memory before its pair scan).
struct NameIndex {
    /// Every distinct word of a form, numbered.
    word_no: HashMap<String, u32>,
    /// Each form's words, as numbers.
    forms: Lists,
    /// Each form's speaker.
    speaker: Vec<u32>,
    /// `(hash of a form's words, form)`, sorted once all forms are in
    /// ([`NameIndex::finish`]): the forms of one hash are a run.
    keys: Vec<(u64, u32)>,
    /// The distinct form lengths in words, ascending.
    lens: Vec<usize>,
}

impl Default for NameIndex {
    fn default() -> Self {
        NameIndex {
            word_no: HashMap::new(),
            forms: Lists::with_capacity(0),
            speaker: Vec::new(),
            keys: Vec::new(),
            lens: Vec::new(),
        }
    }
}

impl NameIndex {
    /// Adds a name form (non-empty) of `speaker`; [`NameIndex::finish`]
    /// before looking names up.
    fn add(&mut self, speaker: u32, form: &[String]) {
        let mut ids = Vec::with_capacity(form.len());
        for w in form {
            let next = self.word_no.len() as u32;
            ids.push(match self.word_no.get(w.as_str()) {
                Some(&id) => id,
                None => {
                    self.word_no.insert(w.clone(), next);
                    next
                }
            });
        }
        self.keys.push((words_key(&ids), self.speaker.len() as u32));
        if let Err(at) = self.lens.binary_search(&form.len()) {
            self.lens.insert(at, form.len());
        }
        self.forms.push(&ids);
        self.speaker.push(speaker);
    }

    /// Sorts the hash index; called once, after the last [`NameIndex::add`].
    fn finish(&mut self) {
        self.keys.sort_unstable();
    }

    /// The speakers one of whose name forms occurs, as a run of words
    /// starting with a capital, in `text`; sorted.
    fn named_in(&self, text: &str) -> Vec<u32> {
        if self.speaker.is_empty() {
            return Vec::new();
        }
        // A word no form has gets a number no form holds.
        let (ids, caps): (Vec<u32>, Vec<bool>) = name_words(text)
            .into_iter()
            .map(|(w, cap)| (self.word_no.get(&w).copied().unwrap_or(u32::MAX), cap))
            .unzip();
        let mut out = Vec::new();
        for i in 0..ids.len() {
            // A name in running text starts with a capital: `giá đất` (land
            // price) does not name `Đạt`.
            if !caps[i] || ids[i] == u32::MAX {
                continue;
            }
            for &len in self.lens.iter().take_while(|&&len| i + len <= ids.len()) {
                let run = &ids[i..i + len];
                let key = words_key(run);
                let from = self.keys.partition_point(|&(k, _)| k < key);
                for &(_, f) in self.keys[from..].iter().take_while(|&&(k, _)| k == key) {
                    if self.forms.get(f as usize) == run {
                        out.push(self.speaker[f as usize]);
                    }
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// FNV-1a of a run of word numbers.
fn words_key(words: &[u32]) -> u64 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &w in words {
        for byte in w.to_le_bytes() {
            h = (h ^ u64::from(byte)).wrapping_mul(PRIME);
        }
    }
    h
}

/// The words of `text` for matching names: lowercase, diacritics kept
/// (`Đạt` is not `đất`), apostrophes dropped, each with whether it starts
/// with a capital letter.
fn name_words(text: &str) -> Vec<(String, bool)> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}' | '\u{02BC}')))
        .map(|w| w.replace(['\'', '\u{2019}', '\u{02BC}'], ""))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let cap = w.chars().next().is_some_and(crate::text::is_upper);
            (w.to_lowercase(), cap)
        })
        .collect()
}

/// The rarest stem in the indexed prefixes of both statements.
fn first_common(a: Stems<'_>, b: Stems<'_>) -> u32 {
    let (x, y) = (a.prefix(), b.prefix());
    let (mut i, mut j) = (0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return x[i],
        }
    }
    u32::MAX
}

/// What [`conflict`] needs besides the two statements.
struct Context<'a> {
    /// The items' article and named-speaker lists.
    lists: &'a ItemLists,
    /// IDF weight of each stem rank.
    weight: &'a [f64],
    /// Affiliations of each speaker, as sorted speaker numbers.
    affiliated: &'a [Vec<u32>],
    /// The articles that quote each speaker, sorted.
    speaker_docs: &'a [Vec<u32>],
    /// Whether each speaker is a news outlet.
    media: &'a [bool],
    /// The folded canonical name of each speaker, as word numbers.
    names: &'a [Vec<u32>],
}

/// Whether the speakers of `a` and `b` are quoted together in some
/// article: people of one story, whom a reporter can confuse.
fn same_story(a: &Item<'_>, b: &Item<'_>, speaker_docs: &[Vec<u32>]) -> bool {
    let (x, y) = (
        &speaker_docs[a.speaker as usize],
        &speaker_docs[b.speaker as usize],
    );
    let (small, large) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    small.iter().any(|d| large.binary_search(d).is_ok())
}

/// Whether two sorted lists share an item: binary searches of the longer
/// list when the other is much shorter, else one merge.
fn intersects(x: &[u32], y: &[u32]) -> bool {
    let (small, large) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    if small.len() * 16 < large.len() {
        return small.iter().any(|d| large.binary_search(d).is_ok());
    }
    let (x, y) = (small, large);
    let (mut i, mut j) = (0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// The shared stem weight two statements of summed weights `a` and `b`
/// need to conflict (`media`: one speaker is an outlet, the other not), a
/// little less so that rounding never stops a merge that would reach it:
/// the merge in [`conflict`] stops as soon as what is left of either
/// statement cannot make it up.
fn needed(media: bool, a: f64, b: f64) -> f64 {
    let min = if media {
        CONFLICT_MIN_SIMILARITY
    } else {
        CONFLICT_SPEAKERS_MIN_SIMILARITY
    };
    (min * (a + b) / 2.0) * (1.0 - 1e-9) - 1e-9
}

/// The weighted similarity of statements `items[a]` and `items[b]` (stems
/// `sa` and `sb`) if they conflict. `media` is whether exactly one of
/// their speakers is a news outlet (the caller has it at hand): the words
/// are compared first, and the items (scattered in memory) are read only
/// for a pair whose words are close enough.
fn conflict(
    items: &[Item<'_>],
    (a, sa): (usize, Stems<'_>),
    (b, sb): (usize, Stems<'_>),
    media: bool,
    ctx: &Context<'_>,
) -> Option<f64> {
    // An outlet's paraphrase of a person's words conflicts with them; two
    // other speakers conflict only over nearly the same words, since
    // people who agree say similar things.
    let min = if media {
        CONFLICT_MIN_SIMILARITY
    } else {
        CONFLICT_SPEAKERS_MIN_SIMILARITY
    };
    let need = needed(media, sa.weight(), sb.weight());
    let weight = ctx.weight;
    let (mut i, mut j) = (0, 0);
    let (mut shared, mut shared_w) = (0, 0.0);
    while i < sa.ranks.len() && j < sb.ranks.len() {
        if shared_w + f64::from(sa.tail[i].min(sb.tail[j])) < need
            || shared + (sa.ranks.len() - i).min(sb.ranks.len() - j) < CONFLICT_MIN_SHARED
        {
            return None;
        }
        match sa.ranks[i].cmp(&sb.ranks[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                shared_w += weight[sa.ranks[i] as usize];
                i += 1;
                j += 1;
            }
        }
    }
    if shared < CONFLICT_MIN_SHARED {
        return None;
    }
    let total: f64 = sa
        .ranks
        .iter()
        .chain(sb.ranks)
        .map(|&r| weight[r as usize])
        .sum();
    let sim = 2.0 * shared_w / total;
    if sim < min - 1e-12 {
        return None;
    }
    let (ia, ib) = (a, b);
    let (a, b) = (&items[a], &items[b]);
    if a.speaker == b.speaker {
        return None;
    }
    debug_assert_eq!(
        media,
        ctx.media[a.speaker as usize] != ctx.media[b.speaker as usize]
    );
    // Two entities with one name, or a name and a longer form of it, are
    // one speaker the resolver kept apart (`Officials` in two articles,
    // `Lộc Lợi` / `Huyện Lộc Lợi`), not two speakers.
    let (na, nb) = (
        &ctx.names[a.speaker as usize],
        &ctx.names[b.speaker as usize],
    );
    let (short, long) = if na.len() <= nb.len() {
        (na, nb)
    } else {
        (nb, na)
    };
    if short.iter().all(|w| long.contains(w)) {
        return None;
    }
    // Different articles (checked after the words, as a statement's
    // article list can be long): an article that reports both statements
    // credits them to two speakers itself; it reports two statements, not
    // one statement two ways.
    let lists = ctx.lists;
    if intersects(lists.docs.get(ia), lists.docs.get(ib)) {
        return None;
    }
    // A paraphrase matters within one story; across unrelated stories
    // only a long run of nearly verbatim words does, as short phrases
    // (`giải quyết ô nhiễm`, `what we saw last week`) recur by chance.
    if !same_story(a, b, ctx.speaker_docs)
        && (sim < CONFLICT_UNRELATED_MIN_SIMILARITY - 1e-12
            || shared < CONFLICT_UNRELATED_MIN_SHARED)
    {
        return None;
    }
    if lists.named.get(ia).binary_search(&b.speaker).is_ok()
        || lists.named.get(ib).binary_search(&a.speaker).is_ok()
    {
        return None;
    }
    let of = |x: u32, y: u32| ctx.affiliated[x as usize].binary_search(&y).is_ok();
    if of(a.speaker, b.speaker) || of(b.speaker, a.speaker) {
        return None;
    }
    Some(sim)
}

/// The flag of one group of conflicting pairs.
fn flag(graph: &QuoteGraph, items: &[Item<'_>], pairs: &[Pair]) -> Flag {
    let members: BTreeSet<usize> = pairs
        .iter()
        .flat_map(|p| [p.a as usize, p.b as usize])
        .collect();
    let mut by_speaker: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut evidence = Vec::new();
    for &m in &members {
        let docs = by_speaker.entry(items[m].speaker_name(graph)).or_default();
        for (_, o) in graph.occurrences(&items[m].node.id) {
            docs.insert(o.doc());
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
        .fold(None::<&Pair>, |best, p| match best {
            Some(b) if b.sim >= p.sim => Some(b),
            _ => Some(p),
        })
        .expect("a group has a pair");
    let message = format!(
        "Nearly the same words are credited to {}: {} and {} (similarity {:.2}); check who really said it.",
        join_and(&credits),
        quoted(items[best.a as usize].text(graph), 70),
        quoted(items[best.b as usize].text(graph), 70),
        best.sim
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

    proptest::proptest! {
        /// The flat posting lists hold what one growing list per stem held
        /// (the computation they replace), and `slot` each position's place.
        #[test]
        fn flat_posting_lists_match_per_stem_lists(
            sets in proptest::collection::vec(
                proptest::collection::btree_set(0u32..40, 0..12), 0..30),
        ) {
            let weights = vec![1.0; 40];
            let mut stems = SeqStems::with_capacity(sets.len(), 0);
            for set in &sets {
                let ranks: Vec<u32> = set.iter().copied().collect();
                stems.push(&ranks, &weights);
            }
            let mut index: Vec<Vec<u32>> = vec![Vec::new(); 40];
            let mut want_slot: Vec<u32> = vec![0; stems.ranks.len()];
            for p in 0..sets.len() {
                let from = stems.start[p];
                for (k, &r) in stems.get(p).prefix().iter().enumerate() {
                    let list = &mut index[r as usize];
                    want_slot[from + k] = list.len() as u32;
                    list.push(p as u32);
                }
            }
            let (first, postings, slot) = posting_lists(&stems, 40);
            for (r, list) in index.iter().enumerate() {
                proptest::prop_assert_eq!(&postings[first[r]..first[r + 1]], &list[..]);
            }
            proptest::prop_assert_eq!(slot, want_slot);
        }

        /// `Lists` gives back the lists pushed.
        #[test]
        fn lists_round_trip(
            lists in proptest::collection::vec(proptest::collection::vec(0u32..99, 0..9), 0..20),
        ) {
            let mut flat = Lists::with_capacity(lists.len());
            for l in &lists {
                flat.push(l);
            }
            proptest::prop_assert_eq!(flat.len(), lists.len());
            for (i, l) in lists.iter().enumerate() {
                proptest::prop_assert_eq!(flat.get(i), &l[..]);
            }
        }
    }

    proptest::proptest! {
        /// A `SeqStems` gives back each statement's ranks, their tail sums
        /// exactly as the per-statement vectors computed them (`tail[i] =
        /// tail[i + 1] + weight`, from a trailing 0), and the indexed prefix.
        #[test]
        fn seq_stems_round_trip(
            sets in proptest::collection::vec(
                proptest::collection::btree_set(0u32..40, 0..12), 0..30),
            weights in proptest::collection::vec(0.001f64..20.0, 40),
        ) {
            let mut stems = SeqStems::with_capacity(sets.len(), 0);
            let sets: Vec<Vec<u32>> = sets.into_iter().map(|s| s.into_iter().collect()).collect();
            for ranks in &sets {
                stems.push(ranks, &weights);
            }
            proptest::prop_assert_eq!(stems.start.len(), sets.len() + 1);
            for (p, ranks) in sets.iter().enumerate() {
                let got = stems.get(p);
                proptest::prop_assert_eq!(got.ranks, &ranks[..]);
                let mut tail = vec![0.0; ranks.len() + 1];
                for (i, &r) in ranks.iter().enumerate().rev() {
                    tail[i] = tail[i + 1] + weights[r as usize];
                }
                // Each tail is the `f32` just at or above the exact sum.
                for (&up, &exact) in got.tail.iter().zip(&tail) {
                    proptest::prop_assert!(f64::from(up) >= exact);
                    proptest::prop_assert!(f64::from(up.next_down()) < exact);
                }
                proptest::prop_assert_eq!(got.weight().to_bits(), tail[0].to_bits());
                let keep = (ranks.len() + 1).saturating_sub(CONFLICT_MIN_SHARED);
                proptest::prop_assert_eq!(got.prefix(), &ranks[..keep]);
            }
        }
    }

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

    /// An item reads its text and speaker name from its node: the
    /// canonical name when the statement has one, else the speaker id.
    #[test]
    fn item_reads_its_node() {
        use crate::graph::{NodeData, StatementInfo};
        let mut graph = QuoteGraph::new();
        let mut node = |speaker_name: Option<&str>| Node {
            id: "stmt:0001".into(),
            data: NodeData::Statement(graph.statement_data(&StatementInfo {
                text: "We will build it.".into(),
                speaker: Some("person:ann-lee".into()),
                speaker_name: speaker_name.map(str::to_owned),
            })),
        };
        let (named, bare) = (node(Some("Ann Lee")), node(None));
        let item = Item {
            node: &named,
            speaker: 3,
        };
        assert_eq!(item.text(&graph), "We will build it.");
        assert_eq!(item.speaker_name(&graph), "Ann Lee");
        let item = Item {
            node: &bare,
            speaker: 3,
        };
        assert_eq!(item.speaker_name(&graph), "person:ann-lee");
        assert_eq!(std::mem::size_of::<Item<'_>>(), 16);
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
        // a1 reports both speakers, so it tells two statements apart.
        c.quote("a2", Some(b), words, Q::default());
        assert!(speaker_conflicts(&c.graph()).is_empty());
        // One article credits Ann Lee, another the Daily Planet: a conflict.
        let mut c = Corpus::default();
        let a = c.entity(EntityKind::Person, "Ann Lee", &[]);
        let b = c.entity(EntityKind::Organization, "Daily Planet", &[]);
        c.quote("a1", Some(a), words, Q::default());
        c.quote("a2", Some(b), words, Q::default());
        c.quote(
            "a2",
            Some(a),
            "we will keep the other bridge open",
            Q::default(),
        );
        assert_eq!(speaker_conflicts(&c.graph()).len(), 1);
    }

    #[test]
    fn people_who_agree_do_not_conflict() {
        // Two officials of one story saying similar things in their own
        // words: no outlet paraphrases anyone.
        let mut c = Corpus::default();
        let a = c.entity(EntityKind::Person, "Ann Lee", &["Lee"]);
        let b = c.entity(EntityKind::Person, "Bo Ng", &["Ng"]);
        c.quote(
            "a1",
            Some(a),
            "the old bridge will close for urgent repairs on Monday until the end of March",
            Q::default(),
        );
        c.quote(
            "a2",
            Some(b),
            "urgent repairs mean the bridge closes Monday, and it may stay shut until March",
            Q::default(),
        );
        c.quote("a2", Some(a), "nobody wants a closed bridge", Q::default());
        assert!(speaker_conflicts(&c.graph()).is_empty());
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
