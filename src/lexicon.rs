//! Per-language word lists (`data/lexicons/<lang>/*.txt`), embedded at compile
//! time and parsed once. Adding a language is adding a folder: no code path
//! names a language.
//!
//! Each file holds one entry per line; `#` starts a comment; an optional
//! second column follows a TAB. See `docs/lexicons.md`.

use crate::text::fold;
use include_dir::{Dir, include_dir};
use rustc_hash::{FxHashMap as HashMap, FxHashSet};
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;

static EMBEDDED: Dir = include_dir!("$CARGO_MANIFEST_DIR/data/lexicons");

/// An error in a lexicon file, with the file and line.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct LexiconError {
    /// The file (language folder and name).
    pub file: String,
    /// 1-based line number (0 for the whole file).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// How a speech verb may be used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VerbFlags {
    /// Introduces a reported clause directly (`X said the deal is off`).
    pub clause: bool,
    /// Introduces a clause only with a complementizer (`X wrote that …`).
    pub that: bool,
    /// Only beside a direct quotation (`"…," she sighed`).
    pub quote_only: bool,
    /// Non-finite (`saying`): its subject is the clause subject.
    pub nonfinite: bool,
    /// Often takes a noun object (`announced the plans`), so a clause after
    /// it without `that` must hold a finite verb.
    pub object: bool,
    /// Answers the previous speaker (`replied`, `đáp`): its speaker is not
    /// the one who spoke last.
    pub reply: bool,
    /// Names whom it is said to before a bare clause (`told the court the
    /// car was stolen`, `warned residents the water was unsafe`).
    pub recipient: bool,
}

/// How a phrase continues an organization's name (`org_continuations.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrgCont {
    /// Part of the name (`Y tế`, `nhân dân`).
    Part,
    /// An administrative unit, part of the name only before a capitalized
    /// place (`tỉnh Đông Sơn`).
    Place,
    /// Part of the name only before another continuation (`và`).
    Joiner,
}

/// What a pronoun can refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PronounKind {
    /// A man.
    Male,
    /// A woman.
    Female,
    /// A person of unknown gender.
    Person,
    /// A group (people, officials, an organization's staff).
    Plural,
    /// An organization.
    Org,
}

/// Where a boilerplate marker must stand in a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Where {
    /// The line starts with it.
    Prefix,
    /// The trimmed line is exactly it.
    Line,
    /// A navigation trail: the line contains it and does not end like a
    /// sentence (`News › Crime & Courts`, `Home » World`).
    Nav,
    /// A byline: the line starts with it and a capitalized name follows
    /// (`By Jane Smith, Staff Writer`).
    Byline,
    /// The line contains it.
    Contains,
    /// A journalist's job under the author's name (`Economics
    /// correspondent`): a line of at most five words that contains it as
    /// a word and does not end like a sentence. A bare name line just
    /// above it is the author's and is skipped too.
    Job,
    /// A row of buttons (`Share 𝕏 in ✉`, `Print Email`): a line of at most
    /// four words that opens with it as a word and does not end like a
    /// sentence.
    Buttons,
    /// A picture credit closing a caption (`… at a rally on Monday. Photo:
    /// Daniel Ortiz/Reuters`): the marker opens a word and at most
    /// [`MAX_CREDIT_WORDS`] words that do not end like a sentence follow
    /// it to the end of the line, however long the caption.
    Credit,
}

/// The most words after a [`Where::Credit`] marker.
pub const MAX_CREDIT_WORDS: usize = 6;

/// Where an `according to` phrase may stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccordingPos {
    /// Anywhere in the sentence.
    Any,
    /// Only opening a sentence or clause (`Theo X, …`).
    Initial,
}

/// Who speaks in an interview turn opened by a label (`turns.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TurnKind {
    /// The interviewer asks (`Q:`, `Hỏi:`).
    Question,
    /// The interviewee answers (`A:`, `Đáp:`).
    Answer,
}

/// What a person description word (`Dane`, `Republican`, `father`) says
/// about the person (`demonyms.txt`, `parties.txt`, `kinship.txt`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Descriptor {
    /// The concept it names, folded and prefixed by its kind: `country:
    /// denmark`, `party:republican party`, `kin:father`.
    pub concept: String,
    /// `m` or `f` when the word tells (`Frenchwoman`, `mother`).
    pub gender: Option<char>,
    /// Whether it can stand for a person on its own (`the Dane`), not only
    /// modify a name or title (`Labour MP`).
    pub noun: bool,
}

/// A known organization: its name, type and acronyms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KnownOrg {
    /// The full name as listed.
    pub name: String,
    /// Organization type (`agency`, `newspaper`), possibly empty.
    pub kind: String,
    /// The organization's name in the pivot language ([`PIVOT`]), for
    /// matching it across languages (`Nhà Trắng` -> `White House`).
    pub pivot: Option<String>,
}

/// The language that titles, places and organizations of every other
/// language are translated into (the `english` column of `titles.txt`,
/// `places.txt` and `orgs.txt`), so that `phát ngôn viên Nhà Trắng` and
/// `White House spokesman` can be compared.
pub const PIVOT: &str = "en";

/// A cheap first test for word look-ups: one bit per (first byte, length
/// up to 63) pair of the words a table holds. A word whose pair is not set
/// is not in the table, and most words looked up are not: they skip the
/// hash.
#[derive(Clone, Debug)]
struct WordFilter(Box<[u64; 256]>);

impl Default for WordFilter {
    fn default() -> Self {
        WordFilter(Box::new([0; 256]))
    }
}

impl WordFilter {
    #[inline]
    fn key(w: &str) -> Option<(usize, u32)> {
        let b = *w.as_bytes().first()?;
        Some((b as usize, w.len().min(63) as u32))
    }

    fn insert(&mut self, w: &str) {
        match Self::key(w) {
            Some((b, l)) => self.0[b] |= 1 << l,
            // The empty word: bit 0 of byte 0.
            None => self.0[0] |= 1,
        }
    }

    #[inline]
    fn may_hold(&self, w: &str) -> bool {
        match Self::key(w) {
            Some((b, l)) => self.0[b] >> l & 1 == 1,
            None => self.0[0] & 1 == 1,
        }
    }
}

/// A set of lowercase words, looked up by `&str` (tokens keep their lowercase
/// form inline, not as `String`).
#[derive(Clone, Debug, Default)]
pub struct WordSet {
    words: FxHashSet<String>,
    filter: WordFilter,
}

impl WordSet {
    /// Adds a word.
    pub fn insert(&mut self, w: String) -> bool {
        self.filter.insert(&w);
        self.words.insert(w)
    }

    /// Whether the word is in the set.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.filter.may_hold(w) && self.words.contains(w)
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(String::as_str)
    }
}

/// "No word of the vocabulary": the id of a token whose lowercase form
/// is in no phrase table.
pub const NO_WORD: u32 = u32::MAX;

/// The words of one lexicon's phrase tables, numbered, so that a text's
/// tokens are looked up once ([`Vocab::id`]) and phrases then matched by
/// number ([`Phrases::longest_at`] on [`TokenWords`]).
#[derive(Clone, Debug, Default)]
pub struct Vocab {
    /// The words, by id.
    words: Vec<Box<str>>,
    /// By id: what [`word_key`] reads of the word. For words of up to 16
    /// bytes, two words are equal exactly when their keys are, so a hit
    /// needs no string compare.
    keys: Vec<WordKey>,
    /// An open-addressing table (a power of two, at most a quarter full)
    /// of `id + 1` by [`key_hash`]; 0 is an empty slot. Every token of a
    /// text is looked up here once, so it is kept simpler than a
    /// `HashMap<String, _>`.
    slots: Vec<u32>,
    /// Tells vocabularies apart (0: none), so that ids are only ever
    /// compared with tables numbered by the same vocabulary.
    stamp: u64,
}

/// A word's length and its first and last (up to) eight bytes (for
/// shorter words, the first and last four, or the first, middle and last
/// byte): every byte of a word of up to 16 bytes is in it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct WordKey {
    a: u64,
    b: u64,
    n: usize,
}

#[inline]
fn word_key(w: &[u8]) -> WordKey {
    let n = w.len();
    let (a, b) = if n >= 8 {
        (
            u64::from_le_bytes(w[..8].try_into().unwrap_or_default()),
            u64::from_le_bytes(w[n - 8..].try_into().unwrap_or_default()),
        )
    } else if n >= 4 {
        (
            u64::from(u32::from_le_bytes(w[..4].try_into().unwrap_or_default())),
            u64::from(u32::from_le_bytes(
                w[n - 4..].try_into().unwrap_or_default(),
            )),
        )
    } else if n > 0 {
        (
            u64::from(w[0]) | u64::from(w[n / 2]) << 8 | u64::from(w[n - 1]) << 16,
            0,
        )
    } else {
        (0, 0)
    };
    WordKey { a, b, n }
}

/// A quick hash of a word for [`Vocab`], from its [`WordKey`].
#[inline]
fn key_hash(k: WordKey) -> u64 {
    let h = (k.a ^ (k.n as u64) << 56).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ k.b.wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    h ^ h >> 32
}

#[cfg(test)]
fn word_hash(w: &[u8]) -> u64 {
    key_hash(word_key(w))
}

impl Vocab {
    /// The id of a lowercase word, or [`NO_WORD`].
    #[inline(always)]
    pub fn id(&self, w: &str) -> u32 {
        // No phrase word is empty (punctuation tokens are).
        if self.slots.is_empty() || w.is_empty() {
            return NO_WORD;
        }
        let mask = self.slots.len() - 1;
        let key = word_key(w.as_bytes());
        let mut i = key_hash(key) as usize & mask;
        loop {
            let s = self.slots[i];
            if s == 0 {
                return NO_WORD;
            }
            let id = s as usize - 1;
            if self.keys[id] == key && (key.n <= 16 || *self.words[id] == *w) {
                return s - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /// [`Vocab::id`] by comparing the words themselves: the reference.
    #[cfg(test)]
    fn id_by_words(&self, w: &str) -> u32 {
        if self.slots.is_empty() || w.is_empty() {
            return NO_WORD;
        }
        let mask = self.slots.len() - 1;
        let mut i = word_hash(w.as_bytes()) as usize & mask;
        loop {
            let s = self.slots[i];
            if s == 0 {
                return NO_WORD;
            }
            if *self.words[s as usize - 1] == *w {
                return s - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /// How many words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether there is no word.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Builds the vocabulary of `words` (duplicates are one word).
    fn build<'a>(words: impl IntoIterator<Item = &'a str>, stamp: u64) -> Vocab {
        let mut seen: FxHashSet<&str> = FxHashSet::default();
        let words: Vec<Box<str>> = words
            .into_iter()
            .filter(|w| seen.insert(w))
            .map(Box::from)
            .collect();
        let size = (words.len() * 4).next_power_of_two().max(16);
        let mut slots = vec![0u32; size];
        let keys: Vec<WordKey> = words.iter().map(|w| word_key(w.as_bytes())).collect();
        for (id, &k) in keys.iter().enumerate() {
            let mut i = key_hash(k) as usize & (size - 1);
            while slots[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            slots[i] = id as u32 + 1;
        }
        Vocab {
            words,
            keys,
            slots,
            stamp,
        }
    }

    /// The stamp that ids of this vocabulary carry.
    pub fn stamp(&self) -> u64 {
        self.stamp
    }
}

/// Lowercase words as a phrase table reads them: a slice of strings, or a
/// text's tokens with their vocabulary ids.
pub trait PhraseWords {
    /// How many words.
    fn count(&self) -> usize;
    /// The lowercase word `i`.
    fn word(&self, i: usize) -> &str;
    /// The words' ids, when numbered by the vocabulary of `stamp`.
    fn ids(&self, _stamp: u64) -> Option<&[u32]> {
        None
    }
}

impl<S: AsRef<str>> PhraseWords for [S] {
    fn count(&self) -> usize {
        self.len()
    }
    fn word(&self, i: usize) -> &str {
        self[i].as_ref()
    }
}

impl<S: AsRef<str>, const N: usize> PhraseWords for [S; N] {
    fn count(&self) -> usize {
        N
    }
    fn word(&self, i: usize) -> &str {
        self[i].as_ref()
    }
}

impl<S: AsRef<str>> PhraseWords for Vec<S> {
    fn count(&self) -> usize {
        self.len()
    }
    fn word(&self, i: usize) -> &str {
        self[i].as_ref()
    }
}

/// A text's lowercase tokens with their ids in one lexicon's vocabulary.
/// Derefs to the lowercase forms.
#[derive(Clone, Debug, Default)]
pub struct TokenWords {
    words: Vec<compact_str::CompactString>,
    ids: Vec<u32>,
    stamp: u64,
}

impl TokenWords {
    /// Numbers `words` by `vocab`.
    pub fn new(words: Vec<compact_str::CompactString>, vocab: &Vocab) -> TokenWords {
        let ids = words.iter().map(|w| vocab.id(w)).collect();
        TokenWords {
            words,
            ids,
            stamp: vocab.stamp,
        }
    }
}

impl std::ops::Deref for TokenWords {
    type Target = [compact_str::CompactString];
    fn deref(&self) -> &Self::Target {
        &self.words
    }
}

impl PhraseWords for TokenWords {
    fn count(&self) -> usize {
        self.words.len()
    }
    fn word(&self, i: usize) -> &str {
        &self.words[i]
    }
    fn ids(&self, stamp: u64) -> Option<&[u32]> {
        (stamp != 0 && stamp == self.stamp).then_some(&self.ids)
    }
}

/// One phrase of a table: its lowercase words, their numbers, its value.
type Phrase<T> = (Vec<String>, Vec<u32>, T);

/// A table of one- or multi-word phrases, matched on lowercase tokens.
#[derive(Clone, Debug)]
pub struct Phrases<T> {
    /// Phrases by first word: an index into `lists`.
    by_first: HashMap<String, u32>,
    /// The phrases sharing a first word, longest first: words, their ids
    /// in the vocabulary of `stamp` (empty before [`Phrases::number`]),
    /// value.
    lists: Vec<Vec<Phrase<T>>>,
    /// The first words, for a cheap miss.
    filter: WordFilter,
    /// By vocabulary id of a first word: an index into `lists`, or
    /// [`NO_WORD`].
    by_first_id: Vec<u32>,
    /// The vocabulary the ids are of (0: not numbered).
    stamp: u64,
}

impl<T> Default for Phrases<T> {
    fn default() -> Self {
        Phrases {
            by_first: HashMap::default(),
            lists: Vec::new(),
            filter: WordFilter::default(),
            by_first_id: Vec::new(),
            stamp: 0,
        }
    }
}

impl<T> Phrases<T> {
    fn insert(&mut self, phrase: &str, value: T) {
        // Tokens carry no final dot (`Sen.` is `Sen` then `.`), so entries
        // drop it too.
        let words: Vec<String> = phrase
            .split_whitespace()
            .map(|w| {
                let w = w.to_lowercase();
                match w.strip_suffix('.') {
                    Some(s) if !s.is_empty() => s.to_string(),
                    _ => w,
                }
            })
            .collect();
        if words.is_empty() {
            return;
        }
        self.filter.insert(&words[0]);
        let next = self.lists.len() as u32;
        let li = *self.by_first.entry(words[0].clone()).or_insert(next);
        if li == next {
            self.lists.push(Vec::new());
        }
        let list = &mut self.lists[li as usize];
        if list.iter().any(|(w, _, _)| *w == words) {
            return;
        }
        list.push((words, Vec::new(), value));
        list.sort_by_key(|(w, _, _)| std::cmp::Reverse(w.len()));
        // A new phrase is not numbered yet.
        self.stamp = 0;
        self.by_first_id.clear();
    }

    /// Every word of the table's phrases.
    fn words(&self) -> impl Iterator<Item = &str> {
        self.lists
            .iter()
            .flatten()
            .flat_map(|(w, _, _)| w.iter().map(String::as_str))
    }

    /// Numbers the phrases' words by `vocab`, which must hold them all.
    fn number(&mut self, vocab: &Vocab) {
        let mut by_first_id = vec![NO_WORD; vocab.len()];
        for (li, list) in self.lists.iter_mut().enumerate() {
            for (w, ids, _) in list.iter_mut() {
                *ids = w.iter().map(|w| vocab.id(w)).collect();
                debug_assert!(ids.iter().all(|&i| i != NO_WORD));
            }
            if let Some((_, ids, _)) = list.first() {
                by_first_id[ids[0] as usize] = li as u32;
            }
        }
        self.by_first_id = by_first_id;
        self.stamp = vocab.stamp;
    }

    /// The index in `lists` of the phrases opening at `ids[i]`, if any
    /// (numbered words; most tokens open none, and this is inlined).
    #[inline(always)]
    fn list_at_id(&self, ids: &[u32], i: usize) -> Option<usize> {
        // A token whose form is in no phrase has no number, and every
        // phrase word has one.
        let first = *ids.get(i)?;
        let li = *self.by_first_id.get(first as usize)?;
        (li != NO_WORD).then_some(li as usize)
    }

    /// The longest phrase starting at `words[i]` (lowercase words), with its
    /// length in words.
    #[inline(always)]
    pub fn longest_at<W: PhraseWords + ?Sized>(&self, words: &W, i: usize) -> Option<(usize, &T)> {
        if let Some(ids) = words.ids(self.stamp) {
            let li = self.list_at_id(ids, i)?;
            return self.longest_in(li, ids, i);
        }
        self.longest_at_words(words, i)
    }

    /// [`Phrases::longest_at`] among the phrases of `lists[li]`, by number.
    fn longest_in(&self, li: usize, ids: &[u32], i: usize) -> Option<(usize, &T)> {
        self.lists[li]
            .iter()
            .find(|(_, w, _)| {
                i + w.len() <= ids.len() && w.iter().zip(&ids[i..]).all(|(a, b)| a == b)
            })
            .map(|(w, _, v)| (w.len(), v))
    }

    /// The value of the one-word entry `words[i]` (as [`Phrases::word`]).
    #[inline(always)]
    pub fn word_at<W: PhraseWords + ?Sized>(&self, words: &W, i: usize) -> Option<&T> {
        if let Some(ids) = words.ids(self.stamp) {
            let li = self.list_at_id(ids, i)?;
            return self.lists[li]
                .iter()
                .find(|(w, _, _)| w.len() == 1)
                .map(|(_, _, v)| v);
        }
        self.word(words.word(i))
    }

    /// [`Phrases::longest_at`] by the words themselves.
    fn longest_at_words<W: PhraseWords + ?Sized>(
        &self,
        words: &W,
        i: usize,
    ) -> Option<(usize, &T)> {
        if i >= words.count() {
            return None;
        }
        let first = words.word(i);
        if !self.filter.may_hold(first) {
            return None;
        }
        let li = *self.by_first.get(first)?;
        self.lists[li as usize]
            .iter()
            .find(|(w, _, _)| {
                i + w.len() <= words.count()
                    && w.iter().enumerate().all(|(j, a)| a == words.word(i + j))
            })
            .map(|(w, _, v)| (w.len(), v))
    }

    /// Whether some phrase opens with the lowercase word `first` (no
    /// phrase does when this is false).
    #[inline]
    pub fn may_open(&self, first: &str) -> bool {
        self.filter.may_hold(first) && self.by_first.contains_key(first)
    }

    /// The value of a one-word entry.
    pub fn word(&self, lower: &str) -> Option<&T> {
        if !self.filter.may_hold(lower) {
            return None;
        }
        let li = *self.by_first.get(lower)?;
        self.lists[li as usize]
            .iter()
            .find(|(w, _, _)| w.len() == 1)
            .map(|(_, _, v)| v)
    }

    /// Whether `lower` is a one-word entry.
    pub fn has_word(&self, lower: &str) -> bool {
        self.word(lower).is_some()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }
}

/// Every list of one language.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    /// Language code used in output (`en`).
    pub code: String,
    /// Language name (`English`).
    pub name: String,
    /// whatlang's language, when whatlang knows it.
    pub whatlang: Option<whatlang::Lang>,
    /// The script the language is written in, as whatlang names it (`Latin`).
    pub script: String,
    /// Whether a reported clause must contain a finite verb (an auxiliary, a
    /// speech verb, or a word with one of `verb_endings`).
    pub clause_needs_verb: bool,
    /// Whether names are written in sentence case, so that a lower-case
    /// organization word can stand inside one (`Thời báo Sông Hồng`).
    pub sentence_case_names: bool,
    /// Endings of present participles (`ing`): one opening an aside
    /// between a subject and its verb leaves the subject (`X, defending,
    /// said`).
    pub participle_endings: Vec<String>,
    /// A company's legal form written after its name (`ltd`, `inc`), in
    /// lower case without its stop: no part of the name it is known by.
    pub legal_forms: Vec<String>,
    /// Endings of occupation nouns (`ist`): such a word before a given
    /// name is a role (`Saxophonist Cyril Mokoena`).
    pub role_endings: Vec<String>,
    /// Endings of finite verb forms (`ed`).
    pub verb_endings: Vec<String>,
    /// Endings of adverbs that may stand between a subject and its verb
    /// (`ly`: `Ms Ortiz quickly said`).
    pub adverb_endings: Vec<String>,
    /// Endings of plural nouns (`s`), for groups named by a plural (`the
    /// stewards said`).
    pub plural_endings: Vec<String>,
    /// Endings that look plural but are singular (`ss`, `us`).
    pub singular_endings: Vec<String>,
    /// Words that tie a title to the organization it serves (`of`, `at`:
    /// `chief executive of Kelda Pumps`): the name after them is an
    /// organization's (not `for`: `a spokesman for Jane Doe`).
    pub role_links: Vec<String>,
    /// Words that open a hometown apposition (`of`, `from`: `Marjorie
    /// Flint, 71, of Oak Ridge, said`).
    pub origin_links: Vec<String>,
    /// Words that open a sentence pointing back at the quotation before it
    /// (`"…" That was the message from X.`, `So says X.`).
    pub back_references: Vec<String>,
    /// Function words that open a name when capitalized before another
    /// capitalized word (`Second Street Baptist`, `First National Bank`).
    pub name_ordinals: Vec<String>,
    /// Words that open a subordinate clause (`when`, `after`): the name
    /// after one is that clause's subject (`… when Ollie Tennant dropped
    /// into the pocket`).
    pub subordinators: Vec<String>,
    /// Pronouns as the person spoken to (`told him the deal was off`).
    pub object_pronouns: Vec<String>,
    /// Words before an organization that make it the medium of a
    /// statement, not a speaker (`posted on Facebook`, `via X`).
    pub medium_links: Vec<String>,
    /// Possessive pronouns with the pronoun they stand for (`its` -> `it`):
    /// `according to its website` is the organization's.
    pub possessive_pronouns: Vec<(String, String)>,
    /// Words that make a description definite (`the`, `this`); a language
    /// without articles leaves it empty, and then a bare noun is definite.
    pub definites: Vec<String>,
    /// Words that make a description indefinite (`a`, `một`).
    pub indefinites: Vec<String>,
    /// The definite article (`the`): `the Kenyan` describes another person,
    /// `the Harbour Trust` is an organization. Empty for a language without
    /// one.
    pub definite_articles: Vec<String>,
    /// The articles, definite and indefinite (`the`, `a`, `an`).
    pub articles: Vec<String>,
    /// Determiners before a description's head (`the`, `its`, `several`,
    /// `những`): what follows them is described, not named.
    pub determiners: Vec<String>,
    /// Words before a nationality or party noun that make it a noun (`the
    /// Kenyan`, `a Republican`, `fellow Dane`).
    pub descriptor_openers: Vec<String>,
    /// Levels of government that may open an organization's name in lower
    /// case (`the state Department of Health`).
    pub org_levels: Vec<String>,
    /// Prepositions that tie a name to what comes before it (`a spokesman
    /// for X`, `chief of X`): a name after one is not the subject there.
    pub prepositions: Vec<String>,
    /// Words that may stand inside a name between capitalized words (`Bank
    /// of America`, `bin Salman`, `Freedom and Progress Party`).
    pub name_connectors: Vec<String>,
    /// The genitive link (`of`): `Petra Lindqvist of Harrow Row Partners`
    /// ends a person's name before it, `Office of the Data Commissioner`
    /// continues an organization's.
    pub genitive_links: Vec<String>,
    /// Words that open a quantity before a number (`at least 41`, `about
    /// 40`, `more than half`): a reported clause may start with one.
    pub quantity_openers: Vec<String>,
    /// Numbers written as words (`four`, `half`, `dozens`).
    pub number_words: Vec<String>,
    /// Business nouns that describe the name after them even when they
    /// open a sentence capitalized (`Carmaker Toyota said`); each is an
    /// organization word of `org_words.txt`, which gives the type.
    pub org_descriptors: Vec<String>,
    /// Words between a capitalized title and its portfolio (`for`, `on`:
    /// `Minister for Finance Paschal Donohoe`).
    pub portfolio_links: Vec<String>,
    /// Words after a telling verb that open its topic, not a clause (`told
    /// of the moment …`).
    pub topic_links: Vec<String>,
    /// Words that name a document's sender (`a statement from X`).
    pub source_links: Vec<String>,
    /// Words after a quote-only cue that name its addressee, not its speaker
    /// (`wrote to X`).
    pub addressee_links: Vec<String>,
    /// Conjunctions that open a new clause after a comma (`and`, `but`).
    pub conjunctions: Vec<String>,
    /// Conjunctions of contrast (`but`): in `…, but CLAUSE, according to X`
    /// the source vouches for the clause after it.
    pub contrasts: Vec<String>,
    /// Letters that mark the language out among the supported ones
    /// (`ăâđêôơư…` for Vietnamese).
    pub letters: String,
    /// The words of the phrase tables below, numbered
    /// ([`Lexicon::number_phrases`]).
    pub vocab: Vocab,
    /// Speech and reporting verbs, every inflected form.
    pub verbs: Phrases<VerbFlags>,
    /// Titles and roles that precede names, with their pivot-language
    /// equivalent when the lexicon gives one (`phát ngôn viên` ->
    /// `spokesperson`).
    pub titles: Phrases<Option<String>>,
    /// Forms of address (`Mr`, `ông`): titles that are not roles.
    pub courtesy: Phrases<()>,
    /// Pronouns that can stand for a speaker.
    pub pronouns: Phrases<PronounKind>,
    /// Heads of unnamed sources (`officials`).
    pub anonymous: Phrases<()>,
    /// Heads of documents that speak for their author (`the statement
    /// said`, `court documents`), from `documents.txt`; true for documents
    /// a speaker just quoted issued even when the article does not say so
    /// (`the statement`, `the letter`; flag `a`).
    pub documents: Phrases<bool>,
    /// Words that make a name an organization, with the organization type.
    pub org_words: Phrases<String>,
    /// Lower-case syllables that continue an organization's name after its
    /// head (`Sở Y tế tỉnh Đông Sơn`), with their kind.
    pub org_continuations: Phrases<OrgCont>,
    /// Known organizations by name and acronym.
    pub orgs: Phrases<KnownOrg>,
    /// Countries, cities and nationality adjectives, with their
    /// pivot-language name when the lexicon gives one (`Mỹ` -> `United
    /// States`).
    pub places: Phrases<Option<String>>,
    /// Words that describe a person by nationality, party or kinship
    /// (`Dane`, `Republican`, `father`), with what they say.
    pub descriptors: Phrases<Descriptor>,
    /// Words that, before a place, describe a person by nationality
    /// (`người` in `HLV người Hà Lan`).
    pub nationality_markers: WordSet,
    /// Boilerplate line markers, lowercase.
    pub boilerplate: Vec<(String, Where)>,
    /// `according to` phrases.
    pub according: Phrases<AccordingPos>,
    /// Citing phrases (`citing`, `dẫn lời`).
    pub cite: Phrases<()>,
    /// Abbreviations that do not end a sentence (case-sensitive, with the dot).
    pub abbreviations: WordSet,
    /// Lowercase function words, never part of a name.
    pub function_words: WordSet,
    /// Words between a subject and its verb (`has`, `also`).
    pub auxiliaries: WordSet,
    /// Negations of a speech verb.
    pub negations: Phrases<()>,
    /// Complementizers (`that`, `rằng`).
    pub complementizers: WordSet,
    /// Complementizers that introduce a clause only right after the verb
    /// (Vietnamese `là` is also the copula).
    pub adjacent_complementizers: WordSet,
    /// Relative pronouns (`who`, `which`).
    pub relatives: WordSet,
    /// Words that join two reported clauses before a complementizer (`and`
    /// in `said that A and that B`), from `coordinators.txt`.
    pub coordinators: WordSet,
    /// Function words that may open a reported clause right after the verb
    /// (`said the`, `said nobody`, `cho biết đây`), from `clause_openers.txt`;
    /// other function words there mean the verb has no clause.
    pub clause_openers: WordSet,
    /// Words by which speakers name themselves or those they speak to (`I`,
    /// `we`, `you`, `tôi`), from `first_person.txt`: an interview's answers
    /// use them, a sports page's notes under a team's name do not.
    pub first_person: WordSet,
    /// Words after which a number is part of an organization's name
    /// (`Local 417`, `Precinct 9`), from `numbered.txt`.
    pub numbered: WordSet,
    /// Letters after a person's name that are no part of it (`KC`, `MP`,
    /// `Jr`), from `postnominals.txt`, lower case.
    pub postnominals: WordSet,
    /// Titles that stay in the name of a person whose given name is never
    /// written (`Mr Justice Arbuthnot`, `Lord Hartley`), from `styles.txt`.
    pub styles: WordSet,
    /// Words before a quotation that make it a name or a term, not speech
    /// (`so-called`, `titled`).
    pub nonstatement: Phrases<()>,
    /// Family names that open a full name (family-name-first languages).
    pub family_names: WordSet,
    /// The same, folded like name keys (`dinh` for `Đinh`).
    pub family_keys: WordSet,
    /// Particles inside a person's full name (`de la`, `van der`, `bin`).
    pub name_particles: Phrases<()>,
    /// Gendered titles and given names (`mrs` -> `f`), lowercase.
    pub genders: HashMap<String, char>,
    /// Middle names that tell a person's gender in a full name written
    /// family name first (`Văn`, `Thị`), from `middle_names.txt`.
    pub middle_names: HashMap<String, char>,
    /// Given names that tell the gender, from `given_names.txt`: read only
    /// as the first word of a full name (`Mayor` is a given name there,
    /// and a title before one).
    pub given_names: HashMap<String, char>,
    /// Endings that make a number a person's age (`-year-old`), from
    /// `ages.txt`: `the 16-year-old said` describes a person.
    pub age_suffixes: Vec<String>,
    /// Agency tags in datelines (`AP`, `Reuters`), case-sensitive.
    pub dateline: WordSet,
    /// Labels that open a Q&A interview turn (`q`, `answer`, `hỏi`).
    pub turns: Phrases<TurnKind>,
}

/// An optional pivot column: trimmed, `None` when empty.
fn pivot(col: Option<&str>) -> Option<String> {
    col.map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_string)
}

/// A number of one to three ASCII digits (`16`, an age), parsed.
pub(crate) fn small_number(s: &str) -> Option<u32> {
    (!s.is_empty() && s.len() <= 3 && s.bytes().all(|c| c.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

fn entries(text: &str) -> impl Iterator<Item = (usize, &str, Option<&str>)> {
    text.lines().enumerate().filter_map(|(i, l)| {
        let l = l.trim_end_matches('\r');
        if l.trim().is_empty() || l.trim_start().starts_with('#') {
            return None;
        }
        let mut parts = l.splitn(2, '\t');
        let a = parts.next().unwrap_or("").trim();
        // Leading tabs stay: `son<TAB><TAB>m` has an empty second column.
        let b = parts.next().map(|b| b.trim_start_matches(' ').trim_end());
        Some((i + 1, a, b))
    })
}

impl Lexicon {
    /// The age a word states (`16-year-old` -> 16), by the endings of
    /// `ages.txt`.
    pub fn age_of(&self, lower: &str) -> Option<u32> {
        self.age_suffixes
            .iter()
            .find_map(|suf| small_number(lower.strip_suffix(suf.as_str())?))
    }

    /// The gender the first word of a full name tells: `genders.txt`
    /// first, then the long list of `given_names.txt`.
    pub fn given_gender(&self, first: &str) -> Option<char> {
        self.genders
            .get(first)
            .or_else(|| self.given_names.get(first))
            .copied()
    }

    /// Builds a lexicon from `(file name, contents)` pairs; missing files
    /// leave their table empty.
    pub fn from_files<'a>(
        folder: &str,
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Lexicon, LexiconError> {
        let mut lx = Lexicon {
            code: folder.to_string(),
            name: folder.to_string(),
            ..Lexicon::default()
        };
        for (name, raw) in files {
            let text = crate::text::nfc(raw);
            let err = |line: usize, message: String| LexiconError {
                file: format!("{folder}/{name}"),
                line,
                message,
            };
            for (line, a, b) in entries(&text) {
                match name {
                    "language.txt" => {
                        let v = b.unwrap_or("").to_string();
                        match a {
                            "code" => lx.code = v,
                            "name" => lx.name = v,
                            "script" => lx.script = v,
                            "letters" => lx.letters = v,
                            "clause_needs_verb" => lx.clause_needs_verb = v == "yes",
                            "sentence_case_names" => lx.sentence_case_names = v == "yes",
                            "verb_endings" => lx.verb_endings = words(&v),
                            "role_endings" => lx.role_endings = words(&v),
                            "legal_forms" => lx.legal_forms = words(&v),
                            "participle_endings" => lx.participle_endings = words(&v),
                            "adverb_endings" => lx.adverb_endings = words(&v),
                            "plural_endings" => lx.plural_endings = words(&v),
                            "singular_endings" => lx.singular_endings = words(&v),
                            "role_links" => lx.role_links = words(&v),
                            "origin_links" => lx.origin_links = words(&v),
                            "back_references" => lx.back_references = words(&v),
                            "name_ordinals" => lx.name_ordinals = words(&v),
                            "subordinators" => lx.subordinators = words(&v),
                            "object_pronouns" => lx.object_pronouns = words(&v),
                            "possessive_pronouns" => {
                                lx.possessive_pronouns = words(&v)
                                    .into_iter()
                                    .map(|w| match w.split_once(':') {
                                        Some((p, q)) => Ok((p.to_string(), q.to_string())),
                                        None => Err(err(
                                            line,
                                            format!("`{w}` is not `possessive:pronoun`"),
                                        )),
                                    })
                                    .collect::<Result<_, _>>()?
                            }
                            "definites" => lx.definites = words(&v),
                            "medium_links" => lx.medium_links = words(&v),
                            "indefinites" => lx.indefinites = words(&v),
                            "definite_articles" => lx.definite_articles = words(&v),
                            "prepositions" => lx.prepositions = words(&v),
                            "articles" => lx.articles = words(&v),
                            "determiners" => lx.determiners = words(&v),
                            "descriptor_openers" => lx.descriptor_openers = words(&v),
                            "org_levels" => lx.org_levels = words(&v),
                            "name_connectors" => lx.name_connectors = words(&v),
                            "genitive_links" => lx.genitive_links = words(&v),
                            "topic_links" => lx.topic_links = words(&v),
                            "portfolio_links" => lx.portfolio_links = words(&v),
                            "org_descriptors" => lx.org_descriptors = words(&v),
                            "quantity_openers" => lx.quantity_openers = words(&v),
                            "number_words" => lx.number_words = words(&v),
                            "source_links" => lx.source_links = words(&v),
                            "addressee_links" => lx.addressee_links = words(&v),
                            "conjunctions" => lx.conjunctions = words(&v),
                            "contrasts" => lx.contrasts = words(&v),
                            "whatlang" => {
                                lx.whatlang =
                                    Some(whatlang::Lang::from_code(&v).ok_or_else(|| {
                                        err(line, format!("unknown whatlang code `{v}`"))
                                    })?)
                            }
                            _ => {}
                        }
                    }
                    "verbs.txt" => {
                        let f = b.unwrap_or("c");
                        let mut flags = VerbFlags::default();
                        for c in f.chars() {
                            match c {
                                'c' => flags.clause = true,
                                't' => flags.that = true,
                                'q' => flags.quote_only = true,
                                'n' => flags.nonfinite = true,
                                'o' => flags.object = true,
                                'r' => flags.reply = true,
                                'i' => flags.recipient = true,
                                ' ' | ',' => {}
                                _ => return Err(err(line, format!("unknown verb flag `{c}`"))),
                            }
                        }
                        lx.verbs.insert(a, flags);
                    }
                    "titles.txt" => lx.titles.insert(a, pivot(b)),
                    "courtesy.txt" => {
                        lx.courtesy.insert(a, ());
                        lx.titles.insert(a, None);
                    }
                    "pronouns.txt" => {
                        let k = match b.unwrap_or("person") {
                            "person-m" => PronounKind::Male,
                            "person-f" => PronounKind::Female,
                            "person" => PronounKind::Person,
                            "plural" => PronounKind::Plural,
                            "org" => PronounKind::Org,
                            o => return Err(err(line, format!("unknown pronoun type `{o}`"))),
                        };
                        lx.pronouns.insert(a, k);
                    }
                    "anonymous.txt" => lx.anonymous.insert(a, ()),
                    "documents.txt" => {
                        let authored = match b {
                            None => false,
                            Some("a") => true,
                            Some(o) => return Err(err(line, format!("unknown flag `{o}`"))),
                        };
                        lx.documents.insert(a, authored);
                    }
                    "org_words.txt" => lx.org_words.insert(a, b.unwrap_or("").to_lowercase()),
                    "org_continuations.txt" => {
                        let k = match b.unwrap_or("") {
                            "" => OrgCont::Part,
                            "place" => OrgCont::Place,
                            "joiner" => OrgCont::Joiner,
                            o => return Err(err(line, format!("unknown continuation kind `{o}`"))),
                        };
                        lx.org_continuations.insert(a, k);
                    }
                    "orgs.txt" => {
                        let mut cols = b.unwrap_or("").splitn(2, '\t');
                        let kind = cols.next().unwrap_or("").trim().to_string();
                        let english = pivot(cols.next());
                        let mut names = a.split('|').map(str::trim);
                        let full = names.next().unwrap_or("").to_string();
                        for n in std::iter::once(full.as_str()).chain(names) {
                            lx.orgs.insert(
                                n,
                                KnownOrg {
                                    name: full.clone(),
                                    kind: kind.clone(),
                                    pivot: english.clone(),
                                },
                            );
                        }
                    }
                    "places.txt" => lx.places.insert(a, pivot(b)),
                    "demonyms.txt" | "parties.txt" | "kinship.txt" => {
                        let kind = match name {
                            "demonyms.txt" => "country",
                            "parties.txt" => "party",
                            _ => "kin",
                        };
                        let mut cols = b.unwrap_or("").splitn(2, '\t');
                        let target = pivot(cols.next()).unwrap_or_else(|| a.to_string());
                        let flags = cols.next().unwrap_or("").trim();
                        let mut d = Descriptor {
                            concept: format!("{kind}:{}", fold(&target)),
                            gender: None,
                            noun: true,
                        };
                        for c in flags.chars() {
                            match c {
                                'm' | 'f' => d.gender = Some(c),
                                'a' => d.noun = false,
                                ' ' | ',' => {}
                                _ => return Err(err(line, format!("unknown flag `{c}`"))),
                            }
                        }
                        lx.descriptors.insert(a, d);
                    }
                    "nationality_markers.txt" => {
                        lx.nationality_markers.insert(a.to_lowercase());
                    }
                    "boilerplate.txt" => {
                        let w = match b.unwrap_or("prefix") {
                            "prefix" => Where::Prefix,
                            "line" => Where::Line,
                            "contains" => Where::Contains,
                            "byline" => Where::Byline,
                            "nav" => Where::Nav,
                            "job" => Where::Job,
                            "buttons" => Where::Buttons,
                            "credit" => Where::Credit,
                            o => return Err(err(line, format!("unknown position `{o}`"))),
                        };
                        lx.boilerplate.push((a.to_lowercase(), w));
                    }
                    "according.txt" => {
                        let p = match b.unwrap_or("any") {
                            "any" => AccordingPos::Any,
                            "initial" => AccordingPos::Initial,
                            o => return Err(err(line, format!("unknown position `{o}`"))),
                        };
                        lx.according.insert(a, p);
                    }
                    "cite.txt" => lx.cite.insert(a, ()),
                    "nonstatement.txt" => lx.nonstatement.insert(a, ()),
                    "name_particles.txt" => lx.name_particles.insert(a, ()),
                    "family_names.txt" => {
                        lx.family_names.insert(a.to_lowercase());
                        lx.family_keys.insert(crate::text::fold(a));
                    }
                    "genders.txt" | "given_names.txt" | "middle_names.txt" => {
                        let g = match b {
                            Some("m") => 'm',
                            Some("f") => 'f',
                            o => {
                                return Err(err(line, format!("gender must be m or f, not {o:?}")));
                            }
                        };
                        let table = match name {
                            "middle_names.txt" => &mut lx.middle_names,
                            "given_names.txt" => &mut lx.given_names,
                            _ => &mut lx.genders,
                        };
                        table.insert(a.to_lowercase().trim_end_matches('.').to_string(), g);
                    }
                    "abbreviations.txt" => {
                        lx.abbreviations.insert(a.to_string());
                    }
                    "function_words.txt" | "auxiliaries.txt" | "relatives.txt"
                    | "coordinators.txt" | "clause_openers.txt" | "first_person.txt"
                    | "numbered.txt" | "postnominals.txt" | "styles.txt" => {
                        // Plain lists of lower-case words.
                        let set = match name {
                            "function_words.txt" => &mut lx.function_words,
                            "auxiliaries.txt" => &mut lx.auxiliaries,
                            "relatives.txt" => &mut lx.relatives,
                            "coordinators.txt" => &mut lx.coordinators,
                            "clause_openers.txt" => &mut lx.clause_openers,
                            "first_person.txt" => &mut lx.first_person,
                            "postnominals.txt" => &mut lx.postnominals,
                            "styles.txt" => &mut lx.styles,
                            _ => &mut lx.numbered,
                        };
                        set.insert(a.to_lowercase());
                    }
                    "negations.txt" => lx.negations.insert(a, ()),
                    "complementizers.txt" => {
                        lx.complementizers.insert(a.to_lowercase());
                        if b == Some("adjacent") {
                            lx.adjacent_complementizers.insert(a.to_lowercase());
                        }
                    }
                    "dateline.txt" => {
                        lx.dateline.insert(a.to_string());
                    }
                    "ages.txt" => lx.age_suffixes.push(a.to_lowercase()),
                    "turns.txt" => {
                        let k = match b.unwrap_or("") {
                            "q" => TurnKind::Question,
                            "a" => TurnKind::Answer,
                            o => return Err(err(line, format!("turn must be q or a, not `{o}`"))),
                        };
                        lx.turns.insert(a, k);
                    }
                    _ => {}
                }
            }
        }
        lx.number_phrases();
        Ok(lx)
    }

    /// Numbers the words of every phrase table ([`Lexicon::vocab`]), so
    /// that a text's tokens ([`TokenWords`]) are matched by number. Tables
    /// left unnumbered (or numbered by another vocabulary) are matched by
    /// their words, with the same results.
    pub fn number_phrases(&mut self) {
        use std::sync::atomic::{AtomicU64, Ordering};
        static NEXT: AtomicU64 = AtomicU64::new(1);
        macro_rules! tables {
            ($($t:ident),*) => {{
                let words: Vec<String> = std::iter::empty()
                    $( .chain(self.$t.words()) )*
                    .map(str::to_string)
                    .collect();
                let vocab = Vocab::build(
                    words.iter().map(String::as_str),
                    NEXT.fetch_add(1, Ordering::Relaxed),
                );
                $( self.$t.number(&vocab); )*
                vocab
            }};
        }
        let vocab = tables!(
            verbs,
            titles,
            courtesy,
            pronouns,
            anonymous,
            documents,
            org_words,
            org_continuations,
            orgs,
            places,
            descriptors,
            according,
            cite,
            negations,
            nonstatement,
            name_particles,
            turns
        );
        self.vocab = vocab;
    }

    /// Reads a lexicon from a folder on disk (for trying a new language
    /// before embedding it).
    pub fn from_dir(dir: &Path) -> Result<Lexicon, LexiconError> {
        let folder = dir
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut files = Vec::new();
        let rd = std::fs::read_dir(dir).map_err(|e| LexiconError {
            file: dir.display().to_string(),
            line: 0,
            message: e.to_string(),
        })?;
        for entry in rd.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".txt") {
                let text = std::fs::read_to_string(entry.path()).map_err(|e| LexiconError {
                    file: format!("{folder}/{name}"),
                    line: 0,
                    message: e.to_string(),
                })?;
                files.push((name, text));
            }
        }
        files.sort();
        Lexicon::from_files(&folder, files.iter().map(|(a, b)| (a.as_str(), b.as_str())))
    }

    /// Whether a role is only forms of address of this language
    /// (`courtesy.txt`): `Mr.`, `Ông`.
    pub fn is_courtesy(&self, role: &str) -> bool {
        // Most roles do not open with a form of address: look at the first
        // word before splitting and lowercasing them all.
        let first = role
            .split(is_role_break)
            .map(|w| w.trim_end_matches('.'))
            .find(|w| !w.is_empty());
        match first {
            None => return false,
            Some(w) if !self.courtesy.may_open(&lower_inline(w)) => return false,
            Some(_) => {}
        }
        let words = role_words(role);
        let mut i = 0;
        while i < words.len() {
            match self.courtesy.longest_at(&words, i) {
                Some((n, _)) => i += n,
                None => return false,
            }
        }
        !words.is_empty()
    }

    /// Whether a lowercase word looks like an adverb by its ending
    /// (`adverb_endings`, more than two letters before it).
    pub fn adverb_like(&self, lower: &str) -> bool {
        self.adverb_endings
            .iter()
            .any(|e| lower.len() > e.len() + 2 && lower.ends_with(e.as_str()))
    }

    /// Whether a lowercase word is a function word of this language.
    pub fn is_function(&self, lower: &str) -> bool {
        self.function_words.contains(lower)
    }
}

/// Whether `word` is one of a `language.txt` word list's words.
pub(crate) fn listed(list: &[String], word: &str) -> bool {
    list.iter().any(|w| w == word)
}

/// The set of supported languages.
#[derive(Clone, Debug, Default)]
pub struct Lexicons {
    /// One lexicon per language, sorted by code.
    pub langs: Vec<Lexicon>,
    /// Every language's boilerplate markers, compiled on first use (build
    /// the set with [`Lexicons::with`], not by editing `langs` after use).
    boiler: OnceLock<BoilerMarkers>,
}

/// The boilerplate markers of every language, compiled: a line is tested
/// only against the markers that occur in it. Markers that must open the
/// line are bucketed by their first byte; the others are found by one
/// Aho-Corasick automaton.
#[derive(Clone, Debug)]
pub struct BoilerMarkers {
    /// Every marker with its position rule, in lexicon order.
    pub markers: Vec<(String, Where)>,
    /// What the line must contain for each marker to match: the marker,
    /// or for [`Where::Line`] the marker without its final `:` and `.`.
    needles: Vec<String>,
    /// Markers that must open the line ([`Where::Prefix`], [`Where::Line`],
    /// [`Where::Byline`]), by the first byte of their needle.
    opening: Vec<Vec<usize>>,
    /// Over the needles of the markers that may stand anywhere.
    anywhere: aho_corasick::AhoCorasick,
    /// For each pattern of `anywhere`, its marker.
    anywhere_marker: Vec<usize>,
    /// Markers with an empty needle: always tested.
    always: Vec<usize>,
}

impl BoilerMarkers {
    fn new(langs: &[Lexicon]) -> BoilerMarkers {
        let markers: Vec<(String, Where)> = langs
            .iter()
            .flat_map(|l| l.boilerplate.iter().cloned())
            .collect();
        let mut needles = Vec::with_capacity(markers.len());
        let mut opening = vec![Vec::new(); 256];
        let mut anywhere = Vec::new();
        let mut anywhere_marker = Vec::new();
        let mut always = Vec::new();
        for (i, (m, w)) in markers.iter().enumerate() {
            let needle = match w {
                Where::Line => m.trim_end_matches([':', '.']),
                _ => m.as_str(),
            };
            needles.push(needle.to_string());
            match (needle.as_bytes().first(), w) {
                (None, _) => always.push(i),
                (Some(&b), Where::Prefix | Where::Line | Where::Byline | Where::Buttons) => {
                    opening[b as usize].push(i)
                }
                // A needle with an ASCII capital never occurs in a
                // lowercase line: left out, so that the automaton may ignore
                // ASCII case and read an ASCII line as it is.
                (Some(_), Where::Contains | Where::Nav | Where::Job | Where::Credit)
                    if needle.bytes().any(|b| b.is_ascii_uppercase()) => {}
                (Some(_), Where::Contains | Where::Nav | Where::Job | Where::Credit) => {
                    anywhere.push(needle.to_string());
                    anywhere_marker.push(i);
                }
            }
        }
        let anywhere = aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .ascii_case_insensitive(true)
            .build(&anywhere)
            .expect("boilerplate markers compile");
        BoilerMarkers {
            markers,
            needles,
            opening,
            anywhere,
            anywhere_marker,
            always,
        }
    }

    /// Whether `test` holds for a marker that may match the lowercase line
    /// `lower`: only the markers that occur in it are tried (a marker may be
    /// tried more than once).
    pub fn any(&self, lower: &str, test: impl FnMut(&str, Where) -> bool) -> bool {
        self.any_in(lower, test)
    }

    /// [`BoilerMarkers::any`] of the lowercase form of an ASCII line, read
    /// from the line as it is: the same markers are tried, and the line
    /// need not be lowercased unless one is.
    pub fn any_ascii(&self, line: &str, test: impl FnMut(&str, Where) -> bool) -> bool {
        debug_assert!(line.is_ascii());
        self.any_in(line, test)
    }

    /// `hay` is a lowercase line or an ASCII line: it is read with ASCII
    /// capitals as lower case (a lowercase line has none).
    fn any_in(&self, hay: &str, mut test: impl FnMut(&str, Where) -> bool) -> bool {
        let mut try_one = |i: usize| {
            let (m, w) = &self.markers[i];
            test(m, *w)
        };
        if self.always.iter().any(|&i| try_one(i)) {
            return true;
        }
        let h = hay.as_bytes();
        if let Some(&b) = h.first()
            && self.opening[b.to_ascii_lowercase() as usize]
                .iter()
                .any(|&i| {
                    let n = self.needles[i].as_bytes();
                    n.len() <= h.len()
                        && h.iter().zip(n).all(|(&x, &y)| x.to_ascii_lowercase() == y)
                        && try_one(i)
                })
        {
            return true;
        }
        self.anywhere
            .find_overlapping_iter(hay)
            .any(|m| try_one(self.anywhere_marker[m.pattern().as_usize()]))
    }
}

impl Lexicons {
    /// The languages embedded in the binary (`data/lexicons/*`).
    pub fn embedded() -> &'static Lexicons {
        static CELL: OnceLock<Lexicons> = OnceLock::new();
        CELL.get_or_init(|| {
            let mut langs = Vec::new();
            for dir in EMBEDDED.dirs() {
                let folder = dir.path().to_string_lossy().into_owned();
                let files = dir
                    .files()
                    .filter_map(|f| Some((f.path().file_name()?.to_str()?, f.contents_utf8()?)));
                // The embedded lists are checked by tests; a broken one is a
                // build defect, not a user error.
                langs.push(Lexicon::from_files(&folder, files).expect("embedded lexicon is valid"));
            }
            langs.sort_by(|a, b| a.code.cmp(&b.code));
            Lexicons {
                langs,
                boiler: OnceLock::new(),
            }
        })
    }

    /// Every language's boilerplate markers, compiled.
    pub fn boilerplate(&self) -> &BoilerMarkers {
        self.boiler.get_or_init(|| BoilerMarkers::new(&self.langs))
    }

    /// Adds (or replaces) a language.
    pub fn with(mut self, lx: Lexicon) -> Lexicons {
        self.langs.retain(|l| l.code != lx.code);
        self.langs.push(lx);
        self.langs.sort_by(|a, b| a.code.cmp(&b.code));
        self.boiler = OnceLock::new();
        self
    }

    /// The lexicon for a language code.
    pub fn get(&self, code: &str) -> Option<&Lexicon> {
        self.langs.iter().find(|l| l.code == code)
    }

    /// Whether a role is only forms of address (`Mr.`, `Ông`, `Bà`) of
    /// one language's `courtesy.txt`: a way to speak to someone, not a
    /// role.
    pub fn is_courtesy(&self, role: &str) -> bool {
        self.langs.iter().any(|lx| lx.is_courtesy(role))
    }

    /// A role as a sorted set of pivot-language concepts, for comparing
    /// roles across languages: `phát ngôn viên Nhà Trắng` and `White House
    /// spokesman` both give `spokesperson` + `white house`, `Tổng thống
    /// Mỹ` and `U.S. President` both `president` + `united states`.
    ///
    /// Titles, places and organizations of every language's lexicons are
    /// matched longest first and replaced by their `english` column (a
    /// pivot-language entry stands for itself, or for its own `english`
    /// synonym); function words are skipped; other capitalized words
    /// (names of places the lexicons lack) stand for themselves, and so
    /// does any other word of a role written in the pivot language.
    /// `None` when a word of a role in another language cannot be
    /// translated: such a role is only comparable within its language.
    pub fn role_concepts(&self, role: &str, lang: &str) -> Option<Vec<String>> {
        let words = role_words(role);
        let capital: Vec<bool> = role
            .split(is_role_break)
            .map(|w| w.trim_end_matches('.'))
            .filter(|w| !w.is_empty())
            .map(|w| w.chars().next().is_some_and(char::is_uppercase))
            .collect();
        let mut out = BTreeSet::new();
        let mut i = 0;
        while i < words.len() {
            // The longest match that translates; a longer match that does
            // not still hides shorter ones.
            let mut best: Option<(usize, Option<String>)> = None;
            let mut offer = |n: usize, concept: Option<String>| {
                let better = match &best {
                    None => true,
                    Some((m, c)) => n > *m || (n == *m && c.is_none() && concept.is_some()),
                };
                if better {
                    best = Some((n, concept));
                }
            };
            for lx in &self.langs {
                let own = |n: usize| (lx.code == PIVOT).then(|| words[i..i + n].join(" "));
                if let Some((n, p)) = lx.titles.longest_at(&words, i)
                    && lx
                        .courtesy
                        .longest_at(&words, i)
                        .is_none_or(|(m, _)| m != n)
                {
                    offer(n, p.as_deref().map(fold).or_else(|| own(n)));
                }
                if let Some((n, p)) = lx.places.longest_at(&words, i) {
                    offer(n, p.as_deref().map(fold).or_else(|| own(n)));
                }
                if let Some((n, o)) = lx.orgs.longest_at(&words, i) {
                    let own = (lx.code == PIVOT).then(|| fold(&o.name));
                    offer(n, o.pivot.as_deref().map(fold).or(own));
                }
            }
            match best {
                Some((n, Some(c))) => {
                    out.insert(c);
                    i += n;
                }
                Some((_, None)) if lang != PIVOT => return None,
                _ => {
                    let w = &words[i];
                    let function = self.langs.iter().any(|lx| lx.is_function(w));
                    let courtesy = self
                        .langs
                        .iter()
                        .any(|lx| lx.courtesy.longest_at(&words, i).is_some());
                    if !(function || courtesy) {
                        if lang != PIVOT && !capital.get(i).copied().unwrap_or(false) {
                            return None;
                        }
                        out.insert(fold(w));
                    }
                    i += 1;
                }
            }
        }
        (!out.is_empty()).then(|| out.into_iter().collect())
    }
}

/// Where a role splits into words: anything but letters, digits, `-`,
/// `.` and `'`.
fn is_role_break(c: char) -> bool {
    !(c.is_alphanumeric() || matches!(c, '-' | '.' | '\''))
}

/// A role's lowercase words, each without a final `.`, as lexicon
/// entries are stored (`U.S.` -> `u.s`).
/// `str::to_lowercase`, without a heap allocation for short ASCII words.
fn lower_inline(w: &str) -> compact_str::CompactString {
    if w.is_ascii() {
        compact_str::CompactString::from(w).to_ascii_lowercase()
    } else {
        compact_str::CompactString::from(w.to_lowercase())
    }
}

fn role_words(role: &str) -> Vec<String> {
    role.split(is_role_break)
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The space-separated words of a `language.txt` value.
fn words(v: &str) -> Vec<String> {
    v.split_whitespace().map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_languages_load() {
        let lx = Lexicons::embedded();
        let en = lx.get("en").expect("English");
        let vi = lx.get("vi").expect("Vietnamese");
        assert!(en.verbs.has_word("said"));
        assert!(vi.verbs.longest_at(&["cho", "biết"], 0).is_some());
        assert_eq!(en.whatlang, Some(whatlang::Lang::Eng));
        assert_eq!(vi.whatlang, Some(whatlang::Lang::Vie));
    }

    #[test]
    fn roles_translate_through_the_pivot_column() {
        let lx = Lexicons::embedded();
        let concepts = |r: &str, lang: &str| lx.role_concepts(r, lang);
        assert_eq!(
            concepts("phát ngôn viên Nhà Trắng", "vi"),
            concepts("White House spokesman", "en")
        );
        assert_eq!(
            concepts("White House spokeswoman", "en"),
            concepts("White House spokesman", "en")
        );
        assert_eq!(
            concepts("Tổng thống Mỹ", "vi"),
            concepts("U.S. President", "en")
        );
        assert_eq!(
            concepts("Tổng thống Mỹ", "vi"),
            Some(vec!["president".to_string(), "united states".to_string()])
        );
        assert_ne!(
            concepts("White House press secretary", "en"),
            concepts("White House spokesman", "en")
        );
        // A Vietnamese word the lexicons cannot translate: no concepts.
        assert_eq!(concepts("trưởng nhóm truyền thông", "vi"), None);
        // An unknown English word stands for itself.
        assert_eq!(
            concepts("Harrowby Deputy Mayor", "en"),
            Some(vec!["deputy mayor".to_string(), "harrowby".to_string()])
        );
    }

    #[test]
    fn forms_of_address_are_courtesy() {
        let lx = Lexicons::embedded();
        for r in ["Mr.", "Ms", "Ông", "bà", "Dr."] {
            assert!(lx.is_courtesy(r), "{r}");
        }
        for r in ["President", "Ông Chủ tịch", "", "Mr. President"] {
            assert!(!lx.is_courtesy(r), "{r}");
        }
    }

    #[test]
    fn vocab_numbers_every_phrase_word() {
        for lx in &Lexicons::embedded().langs {
            let v = &lx.vocab;
            assert!(!v.is_empty());
            for (id, w) in v.words.iter().enumerate() {
                assert_eq!(v.id(w), id as u32, "{w}");
            }
            for w in lx.verbs.words().chain(lx.titles.words()) {
                assert_ne!(v.id(w), NO_WORD, "{w}");
            }
            for w in ["", "x", "zzzzqq", "no such word in any list", "saidx"] {
                assert!(v.id(w) == NO_WORD || &*v.words[v.id(w) as usize] == w);
            }
            // Comparing keys finds what comparing words finds: every word of
            // every article, every vocabulary word and its near misses.
            let mut tried = 0;
            for text in crate::mine::test_articles() {
                for t in crate::mine::token::tokenize(&text) {
                    assert_eq!(v.id(&t.lower), v.id_by_words(&t.lower), "{}", t.lower);
                    tried += 1;
                }
            }
            assert!(tried > 10_000);
            for w in v.words.iter() {
                for cut in 0..w.len() {
                    for p in [w.get(..cut), w.get(cut..)].into_iter().flatten() {
                        assert_eq!(v.id(p), v.id_by_words(p), "{p}");
                    }
                }
                for extra in ["s", "x", "é", "ed", "aaaaaaaaaaaaaaaa"] {
                    let p = format!("{w}{extra}");
                    assert_eq!(v.id(&p), v.id_by_words(&p), "{p}");
                    let p = format!("{extra}{w}");
                    assert_eq!(v.id(&p), v.id_by_words(&p), "{p}");
                }
            }
            // Matching by number and by word agree.
            let text: Vec<compact_str::CompactString> =
                "the white house spokesman said on monday that the president of the united states"
                    .split(' ')
                    .map(compact_str::CompactString::from)
                    .collect();
            let numbered = TokenWords::new(text.clone(), v);
            for i in 0..=text.len() {
                assert_eq!(
                    lx.titles.longest_at(&numbered, i).map(|(n, _)| n),
                    lx.titles.longest_at(&text, i).map(|(n, _)| n)
                );
                assert_eq!(
                    lx.verbs.longest_at(&numbered, i).map(|(n, f)| (n, *f)),
                    lx.verbs.longest_at(&text, i).map(|(n, f)| (n, *f))
                );
            }
        }
    }

    #[test]
    fn word_filter_keeps_every_member() {
        let long = "x".repeat(100);
        let words = ["", "a", "said", long.as_str(), "nói", "Đức"];
        let mut set = WordSet::default();
        for w in words {
            set.insert(w.to_string());
        }
        assert!(words.iter().all(|w| set.contains(w)));
        assert!(!set.contains("says") && !set.contains(&"x".repeat(99)) && !set.contains("b"));
    }

    #[test]
    fn longest_phrase_wins() {
        let mut p = Phrases::default();
        p.insert("minister", 1);
        p.insert("foreign minister", 2);
        p.insert("foreign", 3);
        assert_eq!(
            p.longest_at(&["foreign", "minister", "x"], 0),
            Some((2, &2))
        );
        assert_eq!(p.longest_at(&["foreign", "x"], 0), Some((1, &3)));
    }

    #[test]
    fn bad_flag_names_file_and_line() {
        let e = Lexicon::from_files("xx", [("verbs.txt", "# c\nsaid\tc\nsays\tz\n")]).unwrap_err();
        assert_eq!(e.to_string(), "xx/verbs.txt:3: unknown verb flag `z`");
    }
}
