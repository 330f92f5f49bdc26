//! Resolution: article-local entities -> corpus entities, and quotations ->
//! the entity that said them.
//!
//! Rules, in order:
//! 1. the same full name (folded: case, diacritics, a leading `the`) merges;
//! 2. a different given name with the same surname merges only with
//!    evidence: the given names are alike (same initial or at most two edits
//!    apart, and not two family names of a family-name-first language), the two never appear side by side in one article, and they
//!    share a role or their articles tell the same story (share named
//!    entities). The minority form is kept as a name variant;
//! 3. a surname alone merges with the one full name it fits, the one whose
//!    articles are closest when several fit;
//! 4. organizations merge by name and acronym.
//!
//! Blocking by surname key keeps this near-linear in corpus size.

use crate::graph::{Strings, Sym};
use crate::mine::mentions::{acronym_of, is_acronym};
use crate::mine::{LocalEntity, MinedArticle};
use crate::model::{Article, Attributed, Entity, EntityKind, LocalName, NameSet, Record};
use crate::text::fold;
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The corpus after resolution.
#[derive(Clone, Debug, Default)]
pub struct Resolved {
    /// Corpus entities, sorted by id.
    pub entities: Vec<Entity>,
    /// Every quotation, articles in input order, speakers canonical.
    pub quotes: Vec<Attributed>,
}

/// Every article's local names during resolution, as numbers: each
/// distinct string (name form, key word, role, affiliation, acronym,
/// titled form) once in a string store, each name's lists as runs of one
/// flat array. Resolution only compares, iterates and copies these
/// strings, and equal strings get equal numbers (the store's index lives
/// as long as the names), so a name is 32 bytes plus four bytes a string
/// (the `String`s, boxed lists and records they replace took about 4 KB an
/// article).
#[derive(Default)]
struct Locals {
    strings: Strings,
    names: Vec<Local>,
    /// The lists of every name, one name after another: its forms (two
    /// numbers each: the form and how often it is used, [`BIG_COUNT`]
    /// for a count kept in `big_counts`), key words, roles, affiliations,
    /// acronyms and titled forms, in that order.
    syms: Vec<Sym>,
    /// The form counts that do not fit below [`BIG_COUNT`], by their
    /// position in `syms`.
    big_counts: HashMap<u32, usize>,
}

/// One local name: its article (by number), kind, and where its lists end
/// in [`Locals::syms`] (each starts where the one before ends; the first
/// where the previous name's last ends).
#[derive(Clone, Copy)]
struct Local {
    art: u32,
    kind: EntityKind,
    ends: [u32; 6],
}

/// The lists of a [`Local`], by their place in [`Local::ends`].
const FORMS: usize = 0;
const KEY: usize = 1;
const ROLES: usize = 2;
const AFFILIATIONS: usize = 3;
const ACRONYMS: usize = 4;
const TITLED: usize = 5;

/// The count of a form too big for a [`Sym`]: kept in
/// [`Locals::big_counts`] instead.
const BIG_COUNT: u32 = u32::MAX;

impl Locals {
    /// Adds the local names of article number `art` (their sets in
    /// ascending order, as the sets give them).
    fn push(&mut self, art: usize, e: LocalName) {
        let num = |n: usize| u32::try_from(n).expect("local names within 32-bit numbers");
        let mut ends = [0; 6];
        for (f, n) in &e.forms {
            let f = self.strings.intern(f);
            self.syms.push(f);
            let count = u32::try_from(*n).ok().filter(|&c| c != BIG_COUNT);
            if count.is_none() {
                self.big_counts.insert(num(self.syms.len()), *n);
            }
            self.syms.push(count.unwrap_or(BIG_COUNT));
        }
        ends[FORMS] = num(self.syms.len());
        for w in &e.key {
            let w = self.strings.intern(w);
            self.syms.push(w);
        }
        ends[KEY] = num(self.syms.len());
        for (list, set) in [
            (ROLES, &e.roles),
            (AFFILIATIONS, &e.affiliations),
            (ACRONYMS, &e.acronyms),
            (TITLED, &e.titled),
        ] {
            for x in set {
                let x = self.strings.intern(x);
                self.syms.push(x);
            }
            ends[list] = num(self.syms.len());
        }
        self.names.push(Local {
            art: num(art),
            kind: e.kind,
            ends,
        });
    }

    fn len(&self) -> usize {
        self.names.len()
    }

    /// Name `i`'s list number `list` ([`FORMS`] to [`TITLED`]).
    fn list(&self, i: usize, list: usize) -> &[Sym] {
        let start = match (list, i) {
            (0, 0) => 0,
            (0, _) => self.names[i - 1].ends[TITLED],
            _ => self.names[i].ends[list - 1],
        };
        &self.syms[start as usize..self.names[i].ends[list] as usize]
    }

    /// Name `i`'s forms with their counts, in order of first use.
    fn forms(&self, i: usize) -> impl Iterator<Item = (Sym, usize)> + '_ {
        let start = match i {
            0 => 0,
            _ => self.names[i - 1].ends[TITLED] as usize,
        };
        self.list(i, FORMS)
            .chunks_exact(2)
            .enumerate()
            .map(move |(k, f)| {
                let count = match f[1] {
                    BIG_COUNT => self.big_counts[&((start + 2 * k + 1) as u32)],
                    c => c as usize,
                };
                (f[0], count)
            })
    }

    /// Name `i`'s key: its fullest name's folded words.
    fn key(&self, i: usize) -> &[Sym] {
        self.list(i, KEY)
    }

    fn art(&self, i: usize) -> usize {
        self.names[i].art as usize
    }

    fn kind(&self, i: usize) -> EntityKind {
        self.names[i].kind
    }

    /// The string numbered `sym`.
    fn str(&self, sym: Sym) -> &str {
        self.strings.get(sym)
    }
}

/// What each article is about: the people and organizations it names, by
/// their whole name key, as sorted, distinct numbers, one run per article.
struct Stories {
    ends: Vec<u32>,
    keys: Vec<u32>,
}

impl Stories {
    /// Article `art`'s key numbers.
    fn get(&self, art: usize) -> &[u32] {
        let start = if art == 0 { 0 } else { self.ends[art - 1] };
        &self.keys[start as usize..self.ends[art] as usize]
    }
}

struct Dsu(Vec<usize>);

impl Dsu {
    fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut x = x;
        while self.0[x] != r {
            let n = self.0[x];
            self.0[x] = r;
            x = n;
        }
        r
    }
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            self.0[hi] = lo;
        }
    }
}

/// Whether `acronym_of` skips `word` as a connector (`of`, `for`): exactly
/// when `AB` spells `alpha <word> beta` and `GD` spells `gamma <word>
/// delta` (a word that is no connector spells at most one of them, with
/// its own initial).
fn is_connector(word: &str) -> bool {
    let frame = |a: &str, b: &str| [a.to_owned(), word.to_owned(), b.to_owned()];
    acronym_of("AB", &frame("alpha", "beta")) && acronym_of("GD", &frame("gamma", "delta"))
}

/// Edit distance, for telling a misspelt given name from another name.
#[cfg(test)]
fn edits(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    edits_chars(&a, &b)
}

/// Whether two given names (as characters) are at most two edits apart:
/// never when their lengths differ by more, as each edit changes the
/// length by at most one.
fn within_two_edits(a: &[char], b: &[char]) -> bool {
    a.len().abs_diff(b.len()) <= 2 && edits_chars(a, b) <= 2
}

/// Edit distance of two names as characters, for telling a misspelt given
/// name from another name.
fn edits_chars(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let sub = prev[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            cur[j] = sub.min(prev[j] + 1).min(cur[j - 1] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Jaccard similarity of two sorted, distinct lists.
fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    let (mut i, mut j, mut inter) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// Share of named entities two articles must have in common to be taken for
/// the same story.
const SAME_STORY: f64 = 0.25;

/// Entity ids use the graph's slug, so ids made here and there agree.
pub use crate::graph::slug;

/// What a role is compared by: its pivot-language concepts when the
/// lexicons translate it (`phát ngôn viên Nhà Trắng` = `White House
/// spokesman`), else its folded words.
fn role_key(r: &str, lang: &str) -> String {
    match crate::lexicon::Lexicons::embedded().role_concepts(r, lang) {
        Some(concepts) => concepts.join("|"),
        None => fold(r).split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

/// Resolves the entities of every mined article into corpus entities.
///
/// The same as [`resolve_records`] over the articles' records (without
/// metadata); the quotes come in article-id order.
pub fn resolve(articles: &[MinedArticle]) -> Resolved {
    let records = articles
        .iter()
        .map(|m| Record {
            doc: m.doc.clone(),
            title: None,
            source: None,
            url: None,
            date: None,
            lang: m.lang.clone(),
            quotes: m.quotes.clone(),
            speakers: m.quote_entity.clone(),
            entities: m.entities.iter().cloned().map(local_name).collect(),
        })
        .collect();
    resolve_records(records).1
}

/// What resolution keeps of a miner's local entity.
pub fn local_name(e: LocalEntity) -> LocalName {
    LocalName {
        kind: e.kind,
        forms: e.forms,
        key: e.key,
        roles: e.roles,
        affiliations: e.affiliations,
        acronyms: e.acronyms,
        titled: e.titled,
    }
}

/// Resolves the entities of mined records into corpus entities, and gives
/// each quotation its entity; returns the articles' metadata with it.
///
/// Records are taken in article-id order (ties: the order given), so the
/// result does not depend on the order they came in (shards, folders,
/// streams); articles and quotes come out in that order. The records are
/// consumed: quotations move into the result, not copied.
///
/// # Panics
///
/// When a record's speaker index is out of range of its entities (see
/// [`Record::check`]).
pub fn resolve_records(mut records: Vec<Record>) -> (Vec<Article>, Resolved) {
    let mut held = HeldQuotes::take_from(&mut records);
    resolve_spilled(records, &mut held)
}

/// Quotations kept apart from their records (`pipeline`'s spill file), so
/// that resolution, which does not read them, runs without them in memory.
pub trait QuoteSource {
    /// How many quotations record number `record` (in the order the
    /// records were given) has.
    fn count(&self, record: usize) -> usize;
    /// Record number `record`'s quotations, in text order.
    fn take(&mut self, record: usize) -> Vec<crate::model::Quotation>;
    /// How many local names the source holds for record number `record`
    /// (whose own list is then empty), or `None` when the record keeps
    /// its own.
    fn name_count(&self, record: usize) -> Option<usize> {
        let _ = record;
        None
    }
    /// Record number `record`'s local names, when the source holds them
    /// ([`QuoteSource::name_count`]), in their order.
    fn take_names(&mut self, record: usize) -> Vec<LocalName> {
        let _ = record;
        Vec::new()
    }
}

/// [`resolve_records`] over records whose quotations are in `source` (their
/// own `quotes` empty): the quotations are fetched once the entities are
/// built and the local names freed, in article-id order. Same result.
///
/// # Panics
///
/// As [`resolve_records`], and when `source` gives a record another number
/// of quotations than it counted.
pub fn resolve_spilled(
    records: Vec<Record>,
    source: &mut dyn QuoteSource,
) -> (Vec<Article>, Resolved) {
    let Resolution {
        articles,
        entities,
        quotes,
    } = resolve_entities(records, &mut *source);
    let names: Vec<String> = entities.iter().map(|e| e.name.clone()).collect();
    let quotes = quotes.stream(source, names).collect();
    (articles, Resolved { entities, quotes })
}

/// Records' own quotations as a [`QuoteSource`], by the records' numbers
/// in the order given.
#[derive(Debug, Default)]
pub struct HeldQuotes(Vec<Vec<crate::model::Quotation>>);

impl HeldQuotes {
    /// Moves each record's quotations out (the records keep empty lists).
    pub fn take_from(records: &mut [Record]) -> HeldQuotes {
        HeldQuotes(
            records
                .iter_mut()
                .map(|r| std::mem::take(&mut r.quotes))
                .collect(),
        )
    }
}

impl QuoteSource for HeldQuotes {
    fn count(&self, record: usize) -> usize {
        self.0[record].len()
    }

    fn take(&mut self, record: usize) -> Vec<crate::model::Quotation> {
        std::mem::take(&mut self.0[record])
    }
}

/// Resolution before the quotations are read: the articles and entities
/// (as in [`Resolved`]), and which quotation of which record comes next
/// with what entity ([`QuoteOrder::stream`]), so that a caller can take
/// the quotations one at a time instead of a list of all of them.
#[derive(Debug, Default)]
pub struct Resolution {
    /// The articles' metadata, in article-id order.
    pub articles: Vec<Article>,
    /// Corpus entities, sorted by id (from [`resolve_quoted`], only those
    /// some quotation names).
    pub entities: Vec<Entity>,
    /// The quotations to come.
    pub quotes: QuoteOrder,
}

/// The quotations of a [`Resolution`], in its order (articles in id order,
/// each article's in text order), not yet read from their source: for each
/// article its record's number in the source and how many of its
/// quotations are kept, and for each quotation its entity.
#[derive(Debug, Default)]
pub struct QuoteOrder {
    fetch: Vec<(usize, usize)>,
    entity: Vec<Option<u32>>,
}

impl QuoteOrder {
    /// The number of quotations.
    pub fn len(&self) -> usize {
        self.entity.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entity.is_empty()
    }

    /// Each quotation's entity, in order.
    pub fn entities(&self) -> impl Iterator<Item = Option<usize>> + '_ {
        self.entity.iter().map(|e| e.map(|e| e as usize))
    }

    /// Renumbers the entities (`to` maps the old numbers to new ones).
    pub fn renumber(&mut self, to: &[usize]) {
        for e in self.entity.iter_mut().flatten() {
            *e = to[*e as usize] as u32;
        }
    }

    /// The quotations, read from `source` one record at a time, each with
    /// its entity and, when it has one, that entity's name (`names`, by
    /// entity number) as its speaker.
    ///
    /// # Panics
    ///
    /// When `source` gives a record another number of quotations than it
    /// counted.
    pub fn stream<'s>(
        self,
        source: &'s mut dyn QuoteSource,
        names: Vec<String>,
    ) -> impl Iterator<Item = Attributed> + 's {
        let QuoteOrder { fetch, entity } = self;
        let quotations = fetch.into_iter().flat_map(move |(given_no, n)| {
            let count = source.count(given_no);
            let qs = source.take(given_no);
            assert_eq!(
                qs.len(),
                count,
                "a quote source gave another number of quotations than it counted"
            );
            qs.into_iter().take(n)
        });
        quotations.zip(entity).map(move |(mut quotation, entity)| {
            let entity = entity.map(|e| e as usize);
            if let Some(g) = entity {
                quotation.speaker = Some(names[g].clone());
            }
            Attributed { quotation, entity }
        })
    }
}

/// Resolves the entities of records whose quotations are in `source`
/// (their own `quotes` ignored) and says in what order the quotations come
/// and who said each; reads no quotation. [`resolve_spilled`] is this and
/// [`QuoteOrder::stream`] collected.
///
/// # Panics
///
/// As [`resolve_records`].
pub fn resolve_entities(records: Vec<Record>, source: &mut dyn QuoteSource) -> Resolution {
    resolve_with(records, source, Keep::All)
}

/// [`resolve_entities`] keeping only the entities some quotation names
/// (what the graph shows), in the same order, the quotations' entities
/// numbered among them: the entities no one quoted are named (their names
/// decide the others' ids) but never made.
///
/// # Panics
///
/// As [`resolve_records`].
pub fn resolve_quoted(records: Vec<Record>, source: &mut dyn QuoteSource) -> Resolution {
    resolve_with(records, source, Keep::Quoted)
}

fn resolve_with(records: Vec<Record>, source: &mut dyn QuoteSource, keep: Keep) -> Resolution {
    // Numbered in the order given (for `source`), then sorted (stable).
    let mut records: Vec<(usize, Record)> = records.into_iter().enumerate().collect();
    records.sort_by(|a, b| a.1.doc.cmp(&b.1.doc));
    let n_names: usize = records
        .iter()
        .map(|(i, r)| source.name_count(*i).unwrap_or(r.entities.len()))
        .sum();
    let mut locals = Locals {
        names: Vec::with_capacity(n_names),
        ..Locals::default()
    };
    let mut base: Vec<u32> = Vec::with_capacity(records.len() + 1);
    let mut articles: Vec<Article> = Vec::with_capacity(records.len());
    let total: usize = records
        .iter()
        .map(|(i, r)| source.count(*i).min(r.speakers.len()))
        .sum();
    let num = |n: usize| u32::try_from(n).expect("local names within 32-bit numbers");
    // Each article's number in the source and its quotations kept.
    let mut fetch: Vec<(usize, usize)> = Vec::with_capacity(records.len());
    // Each quotation's speaker as a local name of its article ([`NO_NAME`]
    // for none; an index past `u32` is out of range as it was before).
    let mut speakers: Vec<u32> = Vec::with_capacity(total);
    let mut quote_art: Vec<u32> = Vec::with_capacity(total);
    for (ai, (given_no, r)) in records.into_iter().enumerate() {
        let count = source.count(given_no);
        base.push(num(locals.len()));
        let names = match source.name_count(given_no) {
            Some(n) => {
                let names = source.take_names(given_no);
                assert_eq!(
                    names.len(),
                    n,
                    "a quote source gave another number of local names than it counted"
                );
                names
            }
            None => r.entities,
        };
        for e in names {
            locals.push(ai, e);
        }
        // A quotation without a speaker slot (or the reverse) is dropped,
        // as pairing them always did.
        let n = count.min(r.speakers.len());
        quote_art.extend(std::iter::repeat_n(ai as u32, n));
        fetch.push((given_no, n));
        speakers.extend(
            r.speakers
                .into_iter()
                .take(n)
                .map(|s| s.map_or(NO_NAME, |l| u32::try_from(l).unwrap_or(NO_NAME - 1))),
        );
        articles.push(Article {
            id: r.doc,
            text: String::new(),
            title: r.title,
            source: r.source,
            url: r.url,
            date: r.date,
            lang: Some(r.lang),
        });
    }
    base.push(num(locals.len()));
    // What each article is about: the people and organizations it names,
    // by their whole name key, as sorted numbers. Whole keys, not last
    // words: in a family-name-first language the last word is a given
    // name that thousands of unrelated people share. Each name's key
    // number ([`NO_NAME`] for an empty key) serves rule 1 as well.
    let mut key_of: Vec<u32> = Vec::with_capacity(locals.len());
    let mut story = Stories {
        ends: Vec::with_capacity(articles.len()),
        keys: Vec::new(),
    };
    let n_keys = {
        let mut key_no: FxHashMap<&[Sym], u32> = FxHashMap::default();
        for ai in 0..articles.len() {
            let start = story.keys.len();
            for i in base[ai] as usize..base[ai + 1] as usize {
                let key = locals.key(i);
                if key.is_empty() {
                    key_of.push(NO_NAME);
                    continue;
                }
                let next = num(key_no.len());
                let k = *key_no.entry(key).or_insert(next);
                key_of.push(k);
                story.keys.push(k);
            }
            story.keys[start..].sort_unstable();
            let mut kept = start;
            for j in start..story.keys.len() {
                if j == start || story.keys[j] != story.keys[kept - 1] {
                    story.keys[kept] = story.keys[j];
                    kept += 1;
                }
            }
            story.keys.truncate(kept);
            story.ends.push(num(kept));
        }
        key_no.len()
    };
    let story = story;
    let mut dsu = Dsu((0..locals.len()).collect());
    crate::probe::at("resolve: locals, stories");

    // 1. Same full name (and, for organizations, the same name key): the
    // first name of each kind with each key, by key number.
    {
        let mut first: Vec<[u32; 2]> = vec![[NO_NAME; 2]; n_keys];
        for i in 0..locals.len() {
            let kind = locals.kind(i);
            if key_of[i] == NO_NAME || (kind == EntityKind::Person && locals.key(i).len() < 2) {
                continue;
            }
            let slot = &mut first[key_of[i] as usize][kind as usize];
            match *slot {
                NO_NAME => *slot = num(i),
                j => dsu.union(i, j as usize),
            }
        }
    }
    drop(key_of);

    crate::probe::at("resolve: rule 1");
    // Family names of languages that put them first (`Nguyễn Văn A`),
    // folded like keys: two such names with different family names are
    // two people, however alike (`Vũ Quốc Bảo`, `Ngô Văn Bảo`).
    let family: std::collections::HashSet<String> = crate::lexicon::Lexicons::embedded()
        .langs
        .iter()
        .flat_map(|lx| lx.family_names.iter().map(fold))
        .collect();
    // Blocks of people by surname, in the surnames' order: (the surname's
    // rank, name) sorted.
    let by_surname: Vec<(u32, u32)> = {
        let mut surnames: Vec<Sym> = (0..locals.len())
            .filter(|&i| locals.kind(i) == EntityKind::Person)
            .filter_map(|i| locals.key(i).last().copied())
            .collect();
        surnames.sort_unstable();
        surnames.dedup();
        surnames.sort_by(|&a, &b| locals.str(a).cmp(locals.str(b)));
        let rank: FxHashMap<Sym, u32> = surnames
            .iter()
            .enumerate()
            .map(|(r, &s)| (s, r as u32))
            .collect();
        let mut pairs: Vec<(u32, u32)> = (0..locals.len())
            .filter(|&i| locals.kind(i) == EntityKind::Person)
            .filter_map(|i| locals.key(i).last().map(|s| (rank[s], num(i))))
            .collect();
        pairs.sort_unstable();
        pairs
    };
    for block in by_surname.chunk_by(|a, b| a.0 == b.0) {
        let members: Vec<usize> = block.iter().map(|&(_, i)| i as usize).collect();
        let full: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| locals.key(i).len() >= 2)
            .collect();
        // 2. Different given names with evidence, compared group by group
        // (one group per distinct full name).
        let mut groups: BTreeMap<usize, Group> = BTreeMap::new();
        for &i in &full {
            let g = groups.entry(dsu.find(i)).or_insert_with(|| Group {
                key: locals.key(i),
                arts: BTreeSet::new(),
                roles: BTreeSet::new(),
            });
            g.arts.insert(locals.art(i));
            let lang = articles[locals.art(i)].lang.as_deref().unwrap_or("");
            g.roles.extend(
                locals
                    .list(i, ROLES)
                    .iter()
                    .map(|&r| role_key(locals.str(r), lang)),
            );
        }
        let roots: Vec<usize> = groups.keys().copied().collect();
        let mut groups: Vec<Group> = groups.into_values().collect();
        // Only names of the same length in words are compared, and groups
        // of different lengths are never joined here, so each length is a
        // block of its own; within it, pairs come in the order of `roots`.
        let mut by_len: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (x, g) in groups.iter().enumerate() {
            by_len.entry(g.key.len()).or_default().push(x);
        }
        // Each group's given name as characters, once (groups keep their
        // keys when they join).
        let given: Vec<Vec<char>> = groups
            .iter()
            .map(|g| locals.str(g.key[0]).chars().collect())
            .collect();
        for block in by_len.values() {
            for (n, &x) in block.iter().enumerate() {
                for &y in &block[n + 1..] {
                    let (ri, rj) = (roots[x], roots[y]);
                    let (a, b) = (&groups[x], &groups[y]);
                    // The cheap tests first; the conjunction is the same.
                    let (ga, gb) = (a.key[0], b.key[0]);
                    let (ca, cb) = (&given[x], &given[y]);
                    let alike = (ca.first() == cb.first() || within_two_edits(ca, cb))
                        && !(ga != gb
                            && family.contains(locals.str(ga))
                            && family.contains(locals.str(gb)));
                    if !alike {
                        continue;
                    }
                    let together = a.arts.intersection(&b.arts).next().is_some();
                    if together {
                        continue;
                    }
                    let same_role = a.roles.intersection(&b.roles).next().is_some();
                    let same_story = || {
                        a.arts.iter().take(STORY_SAMPLE).any(|&x| {
                            b.arts
                                .iter()
                                .take(STORY_SAMPLE)
                                .any(|&y| jaccard(story.get(x), story.get(y)) >= SAME_STORY)
                        })
                    };
                    if (same_role || same_story()) && dsu.find(ri) != dsu.find(rj) {
                        dsu.union(ri, rj);
                        let b = groups[y].clone();
                        let a = &mut groups[x];
                        a.arts.extend(b.arts);
                        a.roles.extend(b.roles);
                    }
                }
            }
        }
        // 3. A surname alone joins the closest full name.
        let singles: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| locals.key(i).len() == 1)
            .collect();
        if singles.is_empty() || full.is_empty() {
            continue;
        }
        // Each distinct (group, article) once.
        let mut places: Vec<(usize, usize)> =
            full.iter().map(|&j| (dsu.find(j), locals.art(j))).collect();
        places.sort_unstable();
        places.dedup();
        let exact = singles.len().saturating_mul(places.len()) <= SURNAME_WORK;
        let near = (!exact).then(|| StoryIndex::new(&places, &story));
        for &i in &singles {
            let here = story.get(locals.art(i));
            let mut groups: BTreeMap<usize, f64> = BTreeMap::new();
            {
                // Roots move when a surname joins with a smaller index.
                let mut consider = |(g, art): (usize, usize)| {
                    let sim = jaccard(here, story.get(art));
                    let e = groups.entry(dsu.find(g)).or_insert(0.0);
                    *e = e.max(sim);
                };
                match &near {
                    None => places.iter().copied().for_each(&mut consider),
                    Some(near) => near
                        .candidates(here)
                        .into_iter()
                        .for_each(|k| consider(places[k])),
                }
            }
            let best = groups
                .iter()
                .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(&g, _)| g)
                .or_else(|| near.as_ref().map(|n| dsu.find(n.largest)));
            if let Some(g) = best {
                dsu.union(i, g);
            }
        }
    }
    drop(by_surname);

    crate::probe::at("resolve: rules 2 and 3");
    // 4. Organizations by acronym and by a shorter form of the name.
    let orgs: Vec<usize> = (0..locals.len())
        .filter(|&i| locals.kind(i) == EntityKind::Organization)
        .collect();
    // Every string `acronym_of` accepts for a name (the initials of each
    // trailing part of its words, with and without connectors), and the
    // acronyms written beside it, -> the organizations (ascending), so that
    // each acronym looks up its candidates instead of scanning.
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_acronym: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut connector: FxHashMap<Sym, bool> = FxHashMap::default();
    for &i in &orgs {
        let key: Vec<&str> = locals.key(i).iter().map(|&w| locals.str(w)).collect();
        if key.len() < 2 {
            continue;
        }
        let content: Vec<&str> = locals
            .key(i)
            .iter()
            .filter(|&&w| {
                !*connector
                    .entry(w)
                    .or_insert_with(|| is_connector(locals.str(w)))
            })
            .map(|&w| locals.str(w))
            .collect();
        let mut spelt: BTreeSet<String> = BTreeSet::new();
        for k in 0..key.len() {
            spelt.insert(key[k..].iter().filter_map(|w| w.chars().next()).collect());
        }
        for k in 0..content.len() {
            spelt.insert(
                content[k..]
                    .iter()
                    .filter_map(|w| w.chars().next())
                    .collect(),
            );
        }
        for a in spelt {
            by_initials.entry(a).or_default().push(i);
        }
        for &a in locals.list(i, ACRONYMS) {
            by_acronym.entry(locals.str(a)).or_default().push(i);
        }
    }
    for &i in &orgs {
        if locals.key(i).len() != 1 {
            continue;
        }
        let surface = locals.forms(i).next().map_or("", |f| locals.str(f.0));
        if !is_acronym(surface) {
            continue;
        }
        let folded = fold(surface);
        let first = folded.chars().next().unwrap_or(' ');
        let spelt = by_initials.get(&folded).and_then(|v| v.first().copied());
        // An acronym written beside a name counts for names with a word
        // of that initial.
        let written = by_acronym.get(surface).and_then(|v| {
            v.iter().copied().find(|&j| {
                locals
                    .key(j)
                    .iter()
                    .any(|&w| locals.str(w).starts_with(first))
            })
        });
        let best = match (spelt, written) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        if let Some(j) = best {
            dsu.union(i, j);
        }
    }

    crate::probe::at("resolve: rule 4");
    // The rules' indexes are not needed any more: freed before the entities
    // are built.
    drop((story, by_initials, by_acronym, connector));
    // The entities: the names of each group (by root, ascending) in their
    // order, as (root, name) pairs sorted. Each entity is named first; its
    // sets are made once it is known to be kept, in its final place.
    let mut members_of: Vec<(u32, u32)> = (0..locals.len())
        .map(|i| (num(dsu.find(i)), num(i)))
        .collect();
    drop(dsu);
    members_of.sort_unstable();
    let groups: Vec<&[(u32, u32)]> = members_of.chunk_by(|a, b| a.0 == b.0).collect();
    let lexicons = crate::lexicon::Lexicons::embedded();
    let mut local_to: Vec<u32> = vec![0; locals.len()];
    let mut names: Vec<String> = Vec::with_capacity(groups.len());
    let mut ids: Vec<String> = Vec::with_capacity(groups.len());
    for (g, group) in groups.iter().enumerate() {
        for &(_, i) in *group {
            local_to[i as usize] = num(g);
        }
        let name = name_of(&locals, group, lexicons);
        let prefix = match locals.kind(group[0].1 as usize) {
            EntityKind::Person => "person",
            EntityKind::Organization => "org",
        };
        ids.push(format!("{prefix}:{}", slug(&name)));
        names.push(name);
    }
    crate::probe::at("resolve: entities");
    // Stable ids and order: by id, then (for equal ids) by the articles'
    // ids (as sorted lists, as `NameSet`s compare), then as made.
    let mut order: Vec<u32> = (0..num(groups.len())).collect();
    order.sort_by(|&a, &b| ids[a as usize].cmp(&ids[b as usize]));
    let mut start = 0;
    while start < order.len() {
        let id = &ids[order[start] as usize];
        let len = order[start..]
            .iter()
            .take_while(|&&g| ids[g as usize] == *id)
            .count();
        let run = &mut order[start..start + len];
        start += len;
        if len > 1 {
            run.sort_by_cached_key(|&g| article_ids(&locals, groups[g as usize], &articles));
            // Equal ids are told apart by a number (`-2`, `-3`) in that order.
            for (k, &g) in run.iter().enumerate().skip(1) {
                let id = &mut ids[g as usize];
                *id = format!("{id}-{}", k + 1);
            }
        }
    }
    let mut new_index = vec![0u32; groups.len()];
    for (n, &g) in order.iter().enumerate() {
        new_index[g as usize] = num(n);
    }
    let mut entity: Vec<Option<u32>> = speakers
        .into_iter()
        .zip(&quote_art)
        .map(|(le, &ai)| {
            (le != NO_NAME)
                .then(|| new_index[local_to[base[ai as usize] as usize + le as usize] as usize])
        })
        .collect();
    drop((local_to, new_index));
    // The entities kept, by their place in `order`, and their new numbers.
    let kept: Vec<u32> = match keep {
        Keep::All => (0..num(order.len())).collect(),
        Keep::Quoted => {
            let mut index = vec![NO_NAME; order.len()];
            for &e in entity.iter().flatten() {
                index[e as usize] = 0;
            }
            let mut kept = Vec::new();
            for (n, x) in index.iter_mut().enumerate() {
                if *x == 0 {
                    *x = num(kept.len());
                    kept.push(num(n));
                }
            }
            for e in entity.iter_mut().flatten() {
                *e = index[*e as usize];
            }
            kept
        }
    };
    let entities: Vec<Entity> = kept
        .into_iter()
        .map(|n| {
            let g = order[n as usize] as usize;
            entity_of(
                &locals,
                groups[g],
                &articles,
                std::mem::take(&mut ids[g]),
                std::mem::take(&mut names[g]),
            )
        })
        .collect();
    Resolution {
        articles,
        entities,
        quotes: QuoteOrder { fetch, entity },
    }
}

/// Which entities resolution gives.
#[derive(Clone, Copy)]
enum Keep {
    /// Every one.
    All,
    /// Those some quotation names.
    Quoted,
}

/// How often each form of a group of local names is used, by form.
fn form_counts<'a>(locals: &'a Locals, group: &[(u32, u32)]) -> BTreeMap<&'a str, usize> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for &(_, i) in group {
        for (f, n) in locals.forms(i as usize) {
            *counts.entry(locals.str(f)).or_default() += n;
        }
    }
    counts
}

/// The strings of a group of local names' lists `lists` (not
/// [`FORMS`]), and their forms too when `forms`, as a set.
fn set_of(locals: &Locals, group: &[(u32, u32)], forms: bool, lists: &[usize]) -> NameSet {
    let mut syms: Vec<Sym> = Vec::new();
    for &(_, i) in group {
        let i = i as usize;
        if forms {
            syms.extend(locals.forms(i).map(|(f, _)| f));
        }
        for &list in lists {
            syms.extend_from_slice(locals.list(i, list));
        }
    }
    syms.sort_unstable();
    syms.dedup();
    syms.into_iter().map(|s| locals.str(s).to_owned()).collect()
}

/// A group's every name form: as written, with titles, acronyms.
fn aliases_of(locals: &Locals, group: &[(u32, u32)]) -> NameSet {
    set_of(locals, group, true, &[TITLED, ACRONYMS])
}

/// The ids of a group's articles, sorted and distinct (a `NameSet`'s
/// order).
fn article_ids<'a>(locals: &Locals, group: &[(u32, u32)], articles: &'a [Article]) -> Vec<&'a str> {
    let mut arts: Vec<usize> = group.iter().map(|&(_, i)| locals.art(i as usize)).collect();
    arts.sort_unstable();
    arts.dedup();
    let mut ids: Vec<&str> = arts.into_iter().map(|a| articles[a].id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// The name of the entity a group of local names makes.
fn name_of(locals: &Locals, group: &[(u32, u32)], lexicons: &crate::lexicon::Lexicons) -> String {
    let kind = locals.kind(group[0].1 as usize);
    let counts = form_counts(locals, group);
    let max_words = counts
        .keys()
        .map(|f| f.split_whitespace().count())
        .max()
        .unwrap_or(0);
    // A person's form that is the last words of a longer one
    // (`DE LA CRUZ-MONTOYA` of a transcript's labels, `de la
    // Cruz-Montoya` of a headline) is a short form however often it is
    // used: the name is the one that gives the rest.
    let keys: Vec<Vec<String>> = counts
        .keys()
        .map(|f| crate::mine::mentions::name_key(f))
        .collect();
    let shortened = |i: usize| {
        kind == EntityKind::Person
            && keys.get(i).is_some_and(|k| {
                keys.iter()
                    .any(|g| g.len() > k.len() && g.ends_with(k.as_slice()))
            })
    };
    // `Northbridge Foods Ltd.`: a company's legal form makes no form
    // fuller.
    let name_words = |f: &str| {
        f.split_whitespace()
            .filter(|w| {
                let w = w.trim_end_matches(['.', ',']).to_lowercase();
                kind != EntityKind::Organization
                    || !lexicons.langs.iter().any(|l| l.legal_forms.contains(&w))
            })
            .count()
    };
    let mut best: Option<(&str, usize)> = None;
    for (i, (&f, &n)) in counts.iter().enumerate() {
        let words = name_words(f);
        if max_words >= 2 && words < 2 || is_acronym(f) && counts.len() > 1 || shortened(i) {
            continue;
        }
        // People: the most frequent full form (a misspelling stays a
        // minority). Organizations: the fullest form (`Tarsanian
        // Interior Ministry` over the shorter `Interior Ministry`).
        let fuller = |b: &str| words.cmp(&name_words(b));
        let better = match best {
            None => true,
            Some((b, bn)) => {
                let org_first = if kind == EntityKind::Organization {
                    fuller(b)
                } else {
                    std::cmp::Ordering::Equal
                };
                org_first
                    .then(n.cmp(&bn))
                    .then(f.len().cmp(&b.len()))
                    .then(b.cmp(f))
                    .is_gt()
            }
        };
        if better {
            best = Some((f, n));
        }
    }
    let mut name = best
        .map(|b| b.0)
        .or_else(|| counts.keys().next().copied())
        .unwrap_or_default()
        .to_owned();
    // `Northbridge Foods Ltd.` is known as `Northbridge Foods`: a
    // company's legal form is left out of its name (the form stays
    // among the aliases).
    if kind == EntityKind::Organization
        && let Some((rest, last)) = name.rsplit_once(' ')
        && lexicons.langs.iter().any(|l| {
            l.legal_forms
                .contains(&last.trim_end_matches('.').to_lowercase())
        })
    {
        let rest = rest.trim_end_matches(',');
        if !rest.is_empty() && !rest.ends_with(['&', '+']) && !rest.ends_with(" and") {
            name = rest.to_string();
        }
    }
    // A person's most used form lengthened by a family name is the full
    // name (`Đinh Quốc Huy` over the `Quốc Huy` Vietnamese calls him).
    if kind == EntityKind::Person {
        let lengthened = counts.keys().find(|f| {
            f.split_once(' ').is_some_and(|(first, rest)| {
                rest == name
                    && lexicons
                        .langs
                        .iter()
                        .any(|l| l.family_keys.contains(&crate::text::fold(first)))
            })
        });
        if let Some(f) = lengthened {
            name = (*f).to_owned();
        }
    }
    // A person whose given name is never written keeps the style the
    // press names them by (`Mr Justice Arbuthnot`), from a titled form
    // among the aliases.
    if kind == EntityKind::Person
        && !name.contains(' ')
        && let Some(styled) =
            crate::mine::mentions::styled_name(&name, &aliases_of(locals, group), |w| {
                lexicons.langs.iter().any(|l| l.styles.contains(w))
            })
    {
        name = styled;
    }
    name
}

/// The entity a group of local names makes, with its id and name.
fn entity_of(
    locals: &Locals,
    group: &[(u32, u32)],
    articles: &[Article],
    id: String,
    name: String,
) -> Entity {
    let counts = form_counts(locals, group);
    let canon = crate::mine::mentions::name_key(&name);
    // A shorter form of the name (`Quốc Huy`, `Fernández de Castro`) is no
    // variant of it.
    let variant_names = counts
        .keys()
        .filter(|f| {
            let k = crate::mine::mentions::name_key(f);
            k.len() >= 2
                && canon.len() >= 2
                && k.last() == canon.last()
                && k != canon
                && !canon.ends_with(&k)
        })
        .map(|f| (*f).to_owned())
        .collect();
    Entity {
        id,
        kind: locals.kind(group[0].1 as usize),
        name,
        aliases: aliases_of(locals, group),
        variant_names,
        roles: set_of(locals, group, false, &[ROLES]),
        affiliations: set_of(locals, group, false, &[AFFILIATIONS]),
        articles: article_ids(locals, group, articles)
            .into_iter()
            .map(str::to_owned)
            .collect(),
    }
}

/// No local name (a quotation without a speaker, a name without a key).
const NO_NAME: u32 = u32::MAX;

#[derive(Clone)]
struct Group<'a> {
    key: &'a [Sym],
    arts: BTreeSet<usize>,
    roles: BTreeSet<String>,
}

/// How many articles of each name group are compared for the same-story test.
const STORY_SAMPLE: usize = 16;

/// Up to this many (surname alone, article of a full name) comparisons in
/// one surname block, every full name is compared (rule 3); above it only
/// the articles that share a less common key word with the surname's
/// article, through a [`StoryIndex`].
const SURNAME_WORK: usize = 1 << 16;

/// Key words naming more than this many articles of a surname block (the
/// surname itself, a city every story names) do not make candidates.
const STORY_KEY_CAP: usize = 64;

/// The articles of one surname block's full names by story key word, for
/// blocks too big to compare every surname alone with every full name.
struct StoryIndex {
    by_key: HashMap<u32, Vec<usize>>,
    /// The group with the most articles (ties: the smallest root), for a
    /// surname whose article shares no uncommon key word with any of them.
    largest: usize,
}

impl StoryIndex {
    fn new(places: &[(usize, usize)], story: &Stories) -> Self {
        let mut by_key: HashMap<u32, Vec<usize>> = HashMap::new();
        let mut sizes: BTreeMap<usize, usize> = BTreeMap::new();
        for (k, &(g, art)) in places.iter().enumerate() {
            *sizes.entry(g).or_default() += 1;
            for &w in story.get(art) {
                let list = by_key.entry(w).or_default();
                if list.len() <= STORY_KEY_CAP {
                    list.push(k);
                }
            }
        }
        by_key.retain(|_, list| list.len() <= STORY_KEY_CAP);
        let largest = sizes
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map_or(0, |(&g, _)| g);
        StoryIndex { by_key, largest }
    }

    /// Indices into the places that share an uncommon key word with `story`.
    fn candidates(&self, story: &[u32]) -> Vec<usize> {
        let mut out: Vec<usize> = story
            .iter()
            .filter_map(|w| self.by_key.get(w))
            .flatten()
            .copied()
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance() {
        assert_eq!(edits("josh", "john"), 2);
        assert_eq!(edits("george", "jeb"), 5);
    }

    #[test]
    fn connectors_as_acronym_of_sees_them() {
        assert!(is_connector("of"));
        assert!(!is_connector("agency"));
        assert!(!is_connector("ministry"));
    }

    #[test]
    fn local_names_read_back_from_numbers() {
        let strs = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let name =
            |kind, forms: &[(&str, usize)], key: &[&str], roles: &[&str], titled: &[&str]| {
                LocalName {
                    kind,
                    forms: forms.iter().map(|&(f, n)| (f.to_string(), n)).collect(),
                    key: strs(key),
                    roles: strs(roles).into_iter().collect(),
                    affiliations: BTreeSet::new(),
                    acronyms: BTreeSet::new(),
                    titled: strs(titled).into_iter().collect(),
                }
            };
        let mut locals = Locals::default();
        let big = u32::MAX as usize + 7;
        locals.push(
            3,
            name(
                EntityKind::Person,
                &[("Josh Earnest", 2), ("Earnest", big)],
                &["josh", "earnest"],
                &["spokesman"],
                &["Mr Earnest"],
            ),
        );
        locals.push(4, name(EntityKind::Organization, &[], &[], &[], &[]));
        locals.push(
            4,
            name(
                EntityKind::Person,
                &[("Earnest", u32::MAX as usize)],
                &["earnest"],
                &[],
                &[],
            ),
        );
        assert_eq!(locals.len(), 3);
        let forms = |i| -> Vec<(String, usize)> {
            locals
                .forms(i)
                .map(|(f, n)| (locals.str(f).to_string(), n))
                .collect()
        };
        assert_eq!(
            forms(0),
            [
                ("Josh Earnest".to_string(), 2),
                ("Earnest".to_string(), big)
            ]
        );
        assert_eq!(forms(1), []);
        assert_eq!(forms(2), [("Earnest".to_string(), u32::MAX as usize)]);
        let words = |list: &[Sym]| list.iter().map(|&w| locals.str(w)).collect::<Vec<_>>();
        assert_eq!(words(locals.key(0)), ["josh", "earnest"]);
        assert_eq!(words(locals.list(0, ROLES)), ["spokesman"]);
        assert_eq!(words(locals.list(0, TITLED)), ["Mr Earnest"]);
        assert!(locals.list(0, AFFILIATIONS).is_empty() && locals.list(0, ACRONYMS).is_empty());
        assert!(locals.key(1).is_empty() && locals.list(1, TITLED).is_empty());
        assert_eq!((locals.art(0), locals.art(2)), (3, 4));
        assert_eq!(locals.kind(1), EntityKind::Organization);
        // Equal strings, equal numbers.
        assert_eq!(
            locals.forms(0).nth(1).map(|f| f.0),
            locals.forms(2).next().map(|f| f.0)
        );
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("The Wall Street Journal"), "the-wall-street-journal");
        assert_eq!(slug("Nguyễn Phương Nga"), "nguyen-phuong-nga");
    }
}
