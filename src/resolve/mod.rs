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

use crate::mine::mentions::{acronym_of, is_acronym};
use crate::mine::{LocalEntity, MinedArticle};
use crate::model::{Article, Attributed, Entity, EntityKind, LocalName, NameSet, Record};
use crate::text::fold;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The corpus after resolution.
#[derive(Clone, Debug, Default)]
pub struct Resolved {
    /// Corpus entities, sorted by id.
    pub entities: Vec<Entity>,
    /// Every quotation, articles in input order, speakers canonical.
    pub quotes: Vec<Attributed>,
}

/// A local name during resolution. Its sets are sorted boxed slices, not
/// the record's `BTreeSet`s (a B-tree leaf of about 280 bytes for any
/// non-empty set, and there are about ten a article): resolution only
/// iterates them, in the same order.
struct Local {
    art: usize,
    kind: EntityKind,
    forms: Box<[(String, usize)]>,
    key: Box<[String]>,
    roles: Box<[String]>,
    affiliations: Box<[String]>,
    acronyms: Box<[String]>,
    titled: Box<[String]>,
}

impl Local {
    fn new(art: usize, e: LocalName) -> Local {
        fn set(s: BTreeSet<String>) -> Box<[String]> {
            s.into_iter().collect()
        }
        Local {
            art,
            kind: e.kind,
            forms: e.forms.into_boxed_slice(),
            key: e.key.into_boxed_slice(),
            roles: set(e.roles),
            affiliations: set(e.affiliations),
            acronyms: set(e.acronyms),
            titled: set(e.titled),
        }
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
    /// Corpus entities, sorted by id.
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
    // Numbered in the order given (for `source`), then sorted (stable).
    let mut records: Vec<(usize, Record)> = records.into_iter().enumerate().collect();
    records.sort_by(|a, b| a.1.doc.cmp(&b.1.doc));
    // Sized once: grown by doubling, the list and its copy were the
    // resolution's peak.
    let mut locals: Vec<Local> = Vec::with_capacity(
        records
            .iter()
            .map(|(i, r)| source.name_count(*i).unwrap_or(r.entities.len()))
            .sum(),
    );
    let mut base: Vec<usize> = Vec::with_capacity(records.len());
    let mut articles: Vec<Article> = Vec::with_capacity(records.len());
    let total: usize = records
        .iter()
        .map(|(i, r)| source.count(*i).min(r.speakers.len()))
        .sum();
    // Each article's number in the source and its quotations kept.
    let mut fetch: Vec<(usize, usize)> = Vec::with_capacity(records.len());
    let mut speakers: Vec<Option<usize>> = Vec::with_capacity(total);
    let mut quote_art: Vec<u32> = Vec::with_capacity(total);
    for (ai, (given_no, r)) in records.into_iter().enumerate() {
        let count = source.count(given_no);
        base.push(locals.len());
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
            locals.push(Local::new(ai, e));
        }
        // A quotation without a speaker slot (or the reverse) is dropped,
        // as pairing them always did.
        let n = count.min(r.speakers.len());
        quote_art.extend(std::iter::repeat_n(ai as u32, n));
        fetch.push((given_no, n));
        speakers.extend(r.speakers.into_iter().take(n));
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
    // What each article is about: the people and organizations it names,
    // by their whole name key, as sorted numbers. Whole keys, not last
    // words: in a family-name-first language the last word is a given
    // name that thousands of unrelated people share.
    let mut key_no: HashMap<&[String], u32> = HashMap::new();
    let mut story: Vec<Vec<u32>> = vec![Vec::new(); articles.len()];
    for l in &locals {
        if !l.key.is_empty() {
            let next = key_no.len() as u32;
            let k = *key_no.entry(&l.key[..]).or_insert(next);
            story[l.art].push(k);
        }
    }
    for s in &mut story {
        s.sort_unstable();
        s.dedup();
    }
    let mut dsu = Dsu((0..locals.len()).collect());
    crate::probe::at("resolve: locals, stories");

    // 1. Same full name (and, for organizations, the same name key).
    let mut by_key: HashMap<(EntityKind, Vec<String>), usize> = HashMap::new();
    for (i, l) in locals.iter().enumerate() {
        if l.key.is_empty() || (l.kind == EntityKind::Person && l.key.len() < 2) {
            continue;
        }
        match by_key.get(&(l.kind, l.key.to_vec())) {
            Some(&j) => dsu.union(i, j),
            None => {
                by_key.insert((l.kind, l.key.to_vec()), i);
            }
        }
    }

    crate::probe::at("resolve: rule 1");
    // Family names of languages that put them first (`Nguyễn Văn A`),
    // folded like keys: two such names with different family names are
    // two people, however alike (`Vũ Quốc Bảo`, `Ngô Văn Bảo`).
    let family: std::collections::HashSet<String> = crate::lexicon::Lexicons::embedded()
        .langs
        .iter()
        .flat_map(|lx| lx.family_names.iter().map(fold))
        .collect();
    // Blocks of people by surname.
    let mut by_surname: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, l) in locals.iter().enumerate() {
        if l.kind == EntityKind::Person
            && let Some(last) = l.key.last()
        {
            by_surname.entry(last.clone()).or_default().push(i);
        }
    }
    for members in by_surname.values() {
        let full: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| locals[i].key.len() >= 2)
            .collect();
        // 2. Different given names with evidence, compared group by group
        // (one group per distinct full name).
        let mut groups: BTreeMap<usize, Group> = BTreeMap::new();
        for &i in &full {
            let g = groups.entry(dsu.find(i)).or_insert_with(|| Group {
                key: locals[i].key.to_vec(),
                ..Group::default()
            });
            g.arts.insert(locals[i].art);
            let lang = articles[locals[i].art].lang.as_deref().unwrap_or("");
            g.roles
                .extend(locals[i].roles.iter().map(|r| role_key(r, lang)));
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
        let given: Vec<Vec<char>> = groups.iter().map(|g| g.key[0].chars().collect()).collect();
        for block in by_len.values() {
            for (n, &x) in block.iter().enumerate() {
                for &y in &block[n + 1..] {
                    let (ri, rj) = (roots[x], roots[y]);
                    let (a, b) = (&groups[x], &groups[y]);
                    // The cheap tests first; the conjunction is the same.
                    let (ga, gb) = (&a.key[0], &b.key[0]);
                    let (ca, cb) = (&given[x], &given[y]);
                    let alike = (ca.first() == cb.first() || within_two_edits(ca, cb))
                        && !(ga != gb && family.contains(ga) && family.contains(gb));
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
                                .any(|&y| jaccard(&story[x], &story[y]) >= SAME_STORY)
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
            .filter(|&i| locals[i].key.len() == 1)
            .collect();
        if singles.is_empty() || full.is_empty() {
            continue;
        }
        // Each distinct (group, article) once.
        let mut places: Vec<(usize, usize)> =
            full.iter().map(|&j| (dsu.find(j), locals[j].art)).collect();
        places.sort_unstable();
        places.dedup();
        let exact = singles.len().saturating_mul(places.len()) <= SURNAME_WORK;
        let near = (!exact).then(|| StoryIndex::new(&places, &story));
        for &i in &singles {
            let here = &story[locals[i].art];
            let mut groups: BTreeMap<usize, f64> = BTreeMap::new();
            {
                // Roots move when a surname joins with a smaller index.
                let mut consider = |(g, art): (usize, usize)| {
                    let sim = jaccard(here, &story[art]);
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

    crate::probe::at("resolve: rules 2 and 3");
    // 4. Organizations by acronym and by a shorter form of the name.
    let orgs: Vec<usize> = (0..locals.len())
        .filter(|&i| locals[i].kind == EntityKind::Organization)
        .collect();
    // Every string `acronym_of` accepts for a name (the initials of each
    // trailing part of its words, with and without connectors), and the
    // acronyms written beside it, -> the organizations (ascending), so that
    // each acronym looks up its candidates instead of scanning.
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_acronym: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut connector: HashMap<&str, bool> = HashMap::new();
    for &i in &orgs {
        let key = &locals[i].key;
        if key.len() < 2 {
            continue;
        }
        let content: Vec<&String> = key
            .iter()
            .filter(|w| {
                !*connector
                    .entry(w.as_str())
                    .or_insert_with(|| is_connector(w))
            })
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
        for a in &locals[i].acronyms {
            by_acronym.entry(a.as_str()).or_default().push(i);
        }
    }
    for &i in &orgs {
        let l = &locals[i];
        if l.key.len() != 1 {
            continue;
        }
        let surface = l.forms.first().map(|f| f.0.clone()).unwrap_or_default();
        if !is_acronym(&surface) {
            continue;
        }
        let folded = fold(&surface);
        let first = folded.chars().next().unwrap_or(' ');
        let spelt = by_initials.get(&folded).and_then(|v| v.first().copied());
        // An acronym written beside a name counts for names with a word
        // of that initial.
        let written = by_acronym.get(surface.as_str()).and_then(|v| {
            v.iter()
                .copied()
                .find(|&j| locals[j].key.iter().any(|w| w.starts_with(first)))
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
    drop((
        key_no,
        story,
        by_key,
        by_surname,
        by_initials,
        by_acronym,
        connector,
    ));
    // Build the entities.
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..locals.len() {
        groups.entry(dsu.find(i)).or_default().push(i);
    }
    let mut entities: Vec<Entity> = Vec::with_capacity(groups.len());
    let mut local_to: Vec<usize> = vec![0; locals.len()];
    for members in groups.values() {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        // The sets are gathered in lists and sorted once into `NameSet`s.
        let (mut aliases, mut roles, mut affiliations, mut arts) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        // The locals are not read after this: their strings move into the
        // entity (sets: the order they come in does not matter).
        for &i in members {
            let l = &mut locals[i];
            for (f, n) in std::mem::take(&mut l.forms).into_vec() {
                *counts.entry(f.clone()).or_default() += n;
                aliases.push(f);
            }
            aliases.extend(std::mem::take(&mut l.titled).into_vec());
            roles.extend(std::mem::take(&mut l.roles).into_vec());
            affiliations.extend(std::mem::take(&mut l.affiliations).into_vec());
            aliases.extend(std::mem::take(&mut l.acronyms).into_vec());
            arts.push(articles[l.art].id.clone());
        }
        let mut e = Entity {
            id: String::new(),
            kind: locals[members[0]].kind,
            name: String::new(),
            aliases: aliases.into_iter().collect(),
            variant_names: NameSet::default(),
            roles: roles.into_iter().collect(),
            affiliations: affiliations.into_iter().collect(),
            articles: arts.into_iter().collect(),
        };
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
            e.kind == EntityKind::Person
                && keys.get(i).is_some_and(|k| {
                    keys.iter()
                        .any(|g| g.len() > k.len() && g.ends_with(k.as_slice()))
                })
        };
        // `Northbridge Foods Ltd.`: a company's legal form makes no form
        // fuller.
        let lexicons = crate::lexicon::Lexicons::embedded();
        let name_words = |f: &str| {
            f.split_whitespace()
                .filter(|w| {
                    let w = w.trim_end_matches(['.', ',']).to_lowercase();
                    e.kind != EntityKind::Organization
                        || !lexicons.langs.iter().any(|l| l.legal_forms.contains(&w))
                })
                .count()
        };
        let mut best: Option<(&String, usize)> = None;
        for (i, (f, &n)) in counts.iter().enumerate() {
            let words = name_words(f);
            if max_words >= 2 && words < 2 || is_acronym(f) && counts.len() > 1 || shortened(i) {
                continue;
            }
            // People: the most frequent full form (a misspelling stays a
            // minority). Organizations: the fullest form (`Tarsanian
            // Interior Ministry` over the shorter `Interior Ministry`).
            let fuller = |b: &String| words.cmp(&name_words(b));
            let better = match best {
                None => true,
                Some((b, bn)) => {
                    let org_first = if e.kind == EntityKind::Organization {
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
        e.name = best
            .map(|b| b.0.clone())
            .or_else(|| counts.keys().next().cloned())
            .unwrap_or_default();
        // `Northbridge Foods Ltd.` is known as `Northbridge Foods`: a
        // company's legal form is left out of its name (the form stays
        // among the aliases).
        if e.kind == EntityKind::Organization
            && let Some((rest, last)) = e.name.rsplit_once(' ')
            && lexicons.langs.iter().any(|l| {
                l.legal_forms
                    .contains(&last.trim_end_matches('.').to_lowercase())
            })
        {
            let rest = rest.trim_end_matches(',');
            if !rest.is_empty() && !rest.ends_with(['&', '+']) && !rest.ends_with(" and") {
                e.name = rest.to_string();
            }
        }
        // A person's most used form lengthened by a family name is the full
        // name (`Đinh Quốc Huy` over the `Quốc Huy` Vietnamese calls him).
        if e.kind == EntityKind::Person {
            let lexicons = crate::lexicon::Lexicons::embedded();
            let lengthened = counts.keys().find(|f| {
                f.split_once(' ').is_some_and(|(first, rest)| {
                    rest == e.name
                        && lexicons
                            .langs
                            .iter()
                            .any(|l| l.family_keys.contains(&crate::text::fold(first)))
                })
            });
            if let Some(f) = lengthened {
                e.name = f.clone();
            }
        }
        // A person whose given name is never written keeps the style the
        // press names them by (`Mr Justice Arbuthnot`). The titled forms
        // are among the aliases by now.
        if e.kind == EntityKind::Person && !e.name.contains(' ') {
            let lexicons = crate::lexicon::Lexicons::embedded();
            if let Some(styled) = crate::mine::mentions::styled_name(&e.name, &e.aliases, |w| {
                lexicons.langs.iter().any(|l| l.styles.contains(w))
            }) {
                e.name = styled;
            }
        }
        let canon = crate::mine::mentions::name_key(&e.name);
        let mut variants = Vec::new();
        for (f, k) in counts.keys().zip(&keys) {
            // A shorter form of the name (`Quốc Huy`, `Fernández de
            // Castro`) is no variant of it.
            if k.len() >= 2
                && canon.len() >= 2
                && k.last() == canon.last()
                && *k != canon
                && !canon.ends_with(k)
            {
                variants.push(f.clone());
            }
        }
        e.variant_names = variants.into_iter().collect();
        let idx = entities.len();
        for &i in members {
            local_to[i] = idx;
        }
        entities.push(e);
    }
    drop(locals);
    crate::probe::at("resolve: entities");
    // Stable ids and order.
    let mut order: Vec<usize> = (0..entities.len()).collect();
    for e in &mut entities {
        let prefix = match e.kind {
            EntityKind::Person => "person",
            EntityKind::Organization => "org",
        };
        e.id = format!("{prefix}:{}", slug(&e.name));
    }
    order.sort_by(|&a, &b| {
        entities[a]
            .id
            .cmp(&entities[b].id)
            .then(entities[a].articles.cmp(&entities[b].articles))
    });
    let mut new_index = vec![0; entities.len()];
    let mut sorted = Vec::with_capacity(entities.len());
    let mut used: HashMap<String, usize> = HashMap::new();
    // Each entity moves to its place once (no copy).
    let mut entities: Vec<Option<Entity>> = entities.into_iter().map(Some).collect();
    for (n, &o) in order.iter().enumerate() {
        new_index[o] = n;
        let mut e = entities[o].take().expect("order is a permutation");
        let count = used.entry(e.id.clone()).or_insert(0);
        *count += 1;
        if *count > 1 {
            e.id = format!("{}-{}", e.id, count);
        }
        sorted.push(e);
    }
    let entity: Vec<Option<u32>> = speakers
        .into_iter()
        .zip(&quote_art)
        .map(|(le, &ai)| le.map(|l| new_index[local_to[base[ai as usize] + l]] as u32))
        .collect();
    Resolution {
        articles,
        entities: sorted,
        quotes: QuoteOrder { fetch, entity },
    }
}

#[derive(Clone, Default)]
struct Group {
    key: Vec<String>,
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
    fn new(places: &[(usize, usize)], story: &[Vec<u32>]) -> Self {
        let mut by_key: HashMap<u32, Vec<usize>> = HashMap::new();
        let mut sizes: BTreeMap<usize, usize> = BTreeMap::new();
        for (k, &(g, art)) in places.iter().enumerate() {
            *sizes.entry(g).or_default() += 1;
            for &w in &story[art] {
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
    fn slugs() {
        assert_eq!(slug("The Wall Street Journal"), "the-wall-street-journal");
        assert_eq!(slug("Nguyễn Phương Nga"), "nguyen-phuong-nga");
    }
}
