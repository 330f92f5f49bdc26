//! The graph's occurrences: one flat table of plain numbers, with every
//! string they name stored once.
//!
//! A big graph has millions of `reported_in` edges (about 14 per article
//! on a news corpus), each standing for one quotation as mined. An edge
//! holds only the [`OccurrenceId`] of its occurrence; the occurrence is a
//! record of 44 bytes in the graph's table (article id, offsets, quote,
//! cue, rule, mention, cited source and role as numbers of strings in one
//! string store, the kind and the confidence). Read one through
//! [`QuoteGraph::occurrence`](super::QuoteGraph::occurrence),
//! [`EdgeRef::occurrence`](super::EdgeRef::occurrence) or the graph's
//! queries, which give an [`OccurrenceRef`]; add one with
//! [`QuoteGraph::add_occurrence`](super::QuoteGraph::add_occurrence) from
//! an owned [`Occurrence`].

use super::IdIndex;
use crate::model::QuoteKind;

/// One occurrence of a statement in an article: the quotation as mined,
/// owned (what [`QuoteGraph::add_occurrence`](super::QuoteGraph::add_occurrence)
/// takes and [`OccurrenceRef::to_owned`] gives; the graph itself keeps its
/// occurrences as numbers).
#[derive(Clone, Debug, PartialEq)]
pub struct Occurrence {
    /// Article id.
    pub doc: String,
    /// Byte offset of the quote's first byte in the article text.
    pub start: usize,
    /// Byte offset one past the quote's last byte.
    pub end: usize,
    /// The quote exactly as written.
    pub quote: String,
    /// The reporting word or phrase.
    pub cue: Option<String>,
    /// Direct, mixed or indirect.
    pub kind: QuoteKind,
    /// Confidence of the attribution, 0 to 1.
    pub confidence: f32,
    /// The rule that decided the attribution.
    pub rule: String,
    /// The speaker as written next to the quote.
    pub speaker_mention: Option<String>,
    /// A source the speaker cites.
    pub cited: Option<String>,
    /// The speaker's role as written beside the quote.
    pub role: Option<String>,
}

/// The number of an occurrence in its graph's table: what a
/// `reported_in` edge holds ([`EdgeData::ReportedIn`](super::EdgeData::ReportedIn)).
/// It means something only in the graph that gave it (an edge copied to
/// another graph needs its occurrence added there:
/// [`QuoteGraph::subgraph`](super::QuoteGraph::subgraph) does so), and two
/// edges' data compare equal when they hold the same number, not when
/// their occurrences read the same (compare [`OccurrenceRef`]s for that).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OccurrenceId(pub(crate) u32);

impl OccurrenceId {
    /// The position in the graph's table.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// The number of a string in a [`Strings`] store; [`NONE`] for no string.
pub(crate) type Sym = u32;

/// The [`Sym`] of an absent optional string.
pub(crate) const NONE: Sym = u32::MAX;

/// An occurrence as numbers (44 bytes; the boxed occurrence of seven
/// shared strings it replaces took 80 bytes plus a pointer).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Record {
    pub(crate) doc: Sym,
    /// The offsets; `u32::MAX` in both when either does not fit 32 bits
    /// (then they are in [`Occurrences::wide`]).
    start: u32,
    end: u32,
    pub(crate) quote: Sym,
    pub(crate) cue: Sym,
    pub(crate) rule: Sym,
    pub(crate) speaker_mention: Sym,
    pub(crate) cited: Sym,
    pub(crate) role: Sym,
    pub(crate) confidence: f32,
    pub(crate) kind: QuoteKind,
}

/// Strings stored once each, numbered in the order they came: bytes in
/// chunks of 1 MiB that are never moved (no doubling of one big buffer,
/// which would hold the old and the new copy at once), and a span per
/// string. While the index exists, [`Strings::intern`] gives an equal
/// string its first number; once it is dropped ([`Strings::seal`]) new
/// strings are appended as they come.
#[derive(Clone, Debug)]
pub(crate) struct Strings {
    chunks: Vec<String>,
    /// Chunk, start and length of each string.
    spans: Vec<[u32; 3]>,
    index: Option<IdIndex<u32>>,
}

impl Default for Strings {
    fn default() -> Self {
        Strings {
            chunks: Vec::new(),
            spans: Vec::new(),
            index: Some(IdIndex::default()),
        }
    }
}

/// The size of a chunk of [`Strings`] (a longer string gets a chunk of its
/// own).
const CHUNK: usize = 1 << 20;

impl Strings {
    /// The string numbered `sym`; empty for a number it did not give.
    pub(crate) fn get(&self, sym: Sym) -> &str {
        let Some(&[chunk, start, len]) = self.spans.get(sym as usize) else {
            return "";
        };
        let (start, len) = (start as usize, len as usize);
        self.chunks
            .get(chunk as usize)
            .and_then(|c| c.get(start..start + len))
            .unwrap_or_default()
    }

    /// The string numbered `sym`, `None` for [`NONE`].
    pub(crate) fn opt(&self, sym: Sym) -> Option<&str> {
        (sym != NONE).then(|| self.get(sym))
    }

    /// The number of `s`.
    ///
    /// # Panics
    ///
    /// With more than `u32::MAX - 1` strings, or a string of 4 GiB.
    pub(crate) fn intern(&mut self, s: &str) -> Sym {
        if let Some(index) = &self.index {
            let have = index.get(s, |sym| self.get(sym) == s);
            if let Some(sym) = have {
                return sym;
            }
        }
        let fits = self
            .chunks
            .last()
            .is_some_and(|c| c.capacity() - c.len() >= s.len());
        if !fits {
            self.chunks.push(String::with_capacity(CHUNK.max(s.len())));
        }
        let chunk = self.chunks.len() - 1;
        let c = &mut self.chunks[chunk];
        let start = c.len();
        c.push_str(s);
        let num = |n: usize| u32::try_from(n).expect("string store within 32-bit numbers");
        let sym = num(self.spans.len());
        assert!(sym != NONE, "string store within 32-bit numbers");
        self.spans.push([num(chunk), num(start), num(s.len())]);
        if let Some(index) = &mut self.index {
            index.insert(s, sym);
        }
        sym
    }

    /// [`Strings::intern`] for an optional string.
    pub(crate) fn intern_opt(&mut self, s: Option<&str>) -> Sym {
        s.map_or(NONE, |s| self.intern(s))
    }

    /// The numbers of an occurrence's seven strings, interned in the order
    /// of [`OccurrenceStrs`]' fields (so the numbers a store gives do not
    /// depend on who adds the occurrence).
    pub(crate) fn intern_all(&mut self, s: OccurrenceStrs<'_>) -> [Sym; 7] {
        [
            self.intern(s.doc),
            self.intern(s.quote),
            self.intern_opt(s.cue),
            self.intern(s.rule),
            self.intern_opt(s.speaker_mention),
            self.intern_opt(s.cited),
            self.intern_opt(s.role),
        ]
    }

    /// Drops the index that finds equal strings (a graph once built takes
    /// few new strings).
    fn seal(&mut self) {
        self.index = None;
    }
}

/// The seven strings of an occurrence (article id, quote, cue, rule,
/// speaker mention, cited source, role), borrowed from an owned
/// [`Occurrence`] or a mined [`Quotation`](crate::model::Quotation):
/// what [`Strings::intern_all`] stores, in that order.
#[derive(Clone, Copy, Debug)]
pub(crate) struct OccurrenceStrs<'a> {
    pub(crate) doc: &'a str,
    pub(crate) quote: &'a str,
    pub(crate) cue: Option<&'a str>,
    pub(crate) rule: &'a str,
    pub(crate) speaker_mention: Option<&'a str>,
    pub(crate) cited: Option<&'a str>,
    pub(crate) role: Option<&'a str>,
}

impl<'a> From<&'a Occurrence> for OccurrenceStrs<'a> {
    fn from(o: &'a Occurrence) -> Self {
        OccurrenceStrs {
            doc: &o.doc,
            quote: &o.quote,
            cue: o.cue.as_deref(),
            rule: &o.rule,
            speaker_mention: o.speaker_mention.as_deref(),
            cited: o.cited.as_deref(),
            role: o.role.as_deref(),
        }
    }
}

impl<'a> From<&'a crate::model::Quotation> for OccurrenceStrs<'a> {
    fn from(q: &'a crate::model::Quotation) -> Self {
        OccurrenceStrs {
            doc: &q.doc,
            quote: &q.quote,
            cue: q.cue.as_deref(),
            rule: &q.rule,
            speaker_mention: q.speaker_mention.as_deref(),
            cited: q.cited.as_deref(),
            role: q.role.as_deref(),
        }
    }
}

/// A graph's occurrences and their strings.
#[derive(Clone, Debug, Default)]
pub(crate) struct Occurrences {
    pub(crate) records: Vec<Record>,
    pub(crate) strings: Strings,
    /// The offsets of the occurrences whose offsets do not fit 32 bits.
    wide: rustc_hash::FxHashMap<u32, (usize, usize)>,
}

impl Occurrences {
    /// A table with room for `n` occurrences.
    pub(crate) fn with_capacity(n: usize) -> Self {
        Occurrences {
            records: Vec::with_capacity(n),
            ..Occurrences::default()
        }
    }

    /// Adds an occurrence whose strings are numbers of `self.strings`
    /// already.
    ///
    /// # Panics
    ///
    /// With more than `u32::MAX` occurrences.
    #[allow(clippy::too_many_arguments)]
    fn push_record(
        &mut self,
        doc: Sym,
        (start, end): (usize, usize),
        quote: Sym,
        cue: Sym,
        kind: QuoteKind,
        confidence: f32,
        [rule, speaker_mention, cited, role]: [Sym; 4],
    ) -> OccurrenceId {
        let id = u32::try_from(self.records.len()).expect("occurrences within 32-bit numbers");
        let (s, e) = match (u32::try_from(start), u32::try_from(end)) {
            (Ok(s), Ok(e)) if s != u32::MAX && e != u32::MAX => (s, e),
            _ => {
                self.wide.insert(id, (start, end));
                (u32::MAX, u32::MAX)
            }
        };
        self.records.push(Record {
            doc,
            start: s,
            end: e,
            quote,
            cue,
            rule,
            speaker_mention,
            cited,
            role,
            confidence,
            kind,
        });
        OccurrenceId(id)
    }

    /// Adds an owned occurrence.
    pub(crate) fn push(&mut self, o: &Occurrence) -> OccurrenceId {
        self.push_strs(o.into(), (o.start, o.end), o.kind, o.confidence)
    }

    /// Adds an occurrence given by its strings (each distinct one stored
    /// once), offsets, kind and confidence.
    ///
    /// # Panics
    ///
    /// With more than `u32::MAX` occurrences.
    pub(crate) fn push_strs(
        &mut self,
        strs: OccurrenceStrs<'_>,
        offsets: (usize, usize),
        kind: QuoteKind,
        confidence: f32,
    ) -> OccurrenceId {
        let [doc, quote, cue, rule, mention, cited, role] = self.strings.intern_all(strs);
        self.push_record(
            doc,
            offsets,
            quote,
            cue,
            kind,
            confidence,
            [rule, mention, cited, role],
        )
    }

    /// The occurrence `id`, if there is one.
    pub(crate) fn get(&self, id: OccurrenceId) -> Option<OccurrenceRef<'_>> {
        let record = self.records.get(id.index())?;
        Some(OccurrenceRef {
            table: self,
            record,
            id,
        })
    }

    /// The offsets of record `id`.
    fn offsets(&self, id: OccurrenceId, r: &Record) -> (usize, usize) {
        if r.start == u32::MAX
            && let Some(&wide) = self.wide.get(&id.0)
        {
            return wide;
        }
        (r.start as usize, r.end as usize)
    }

    /// Drops what only adding needs, and spare room.
    pub(crate) fn seal(&mut self) {
        self.strings.seal();
        self.records.shrink_to_fit();
    }
}

/// An occurrence in a graph: read its fields through the accessors (each
/// as the [`Occurrence`] field of the same name). Small and `Copy`.
#[derive(Clone, Copy)]
pub struct OccurrenceRef<'a> {
    table: &'a Occurrences,
    record: &'a Record,
    id: OccurrenceId,
}

impl<'a> OccurrenceRef<'a> {
    /// Its number in the graph.
    pub fn id(&self) -> OccurrenceId {
        self.id
    }

    /// Article id.
    pub fn doc(&self) -> &'a str {
        self.table.strings.get(self.record.doc)
    }

    /// Byte offset of the quote's first byte in the article text.
    pub fn start(&self) -> usize {
        self.table.offsets(self.id, self.record).0
    }

    /// Byte offset one past the quote's last byte.
    pub fn end(&self) -> usize {
        self.table.offsets(self.id, self.record).1
    }

    /// The quote exactly as written.
    pub fn quote(&self) -> &'a str {
        self.table.strings.get(self.record.quote)
    }

    /// The reporting word or phrase.
    pub fn cue(&self) -> Option<&'a str> {
        self.table.strings.opt(self.record.cue)
    }

    /// Direct, mixed or indirect.
    pub fn kind(&self) -> QuoteKind {
        self.record.kind
    }

    /// Confidence of the attribution, 0 to 1.
    pub fn confidence(&self) -> f32 {
        self.record.confidence
    }

    /// The rule that decided the attribution.
    pub fn rule(&self) -> &'a str {
        self.table.strings.get(self.record.rule)
    }

    /// The speaker as written next to the quote.
    pub fn speaker_mention(&self) -> Option<&'a str> {
        self.table.strings.opt(self.record.speaker_mention)
    }

    /// A source the speaker cites.
    pub fn cited(&self) -> Option<&'a str> {
        self.table.strings.opt(self.record.cited)
    }

    /// The speaker's role as written beside the quote.
    pub fn role(&self) -> Option<&'a str> {
        self.table.strings.opt(self.record.role)
    }

    /// An owned copy.
    pub fn to_owned(&self) -> Occurrence {
        Occurrence {
            doc: self.doc().to_owned(),
            start: self.start(),
            end: self.end(),
            quote: self.quote().to_owned(),
            cue: self.cue().map(str::to_owned),
            kind: self.kind(),
            confidence: self.confidence(),
            rule: self.rule().to_owned(),
            speaker_mention: self.speaker_mention().map(str::to_owned),
            cited: self.cited().map(str::to_owned),
            role: self.role().map(str::to_owned),
        }
    }
}

impl std::fmt::Debug for OccurrenceRef<'_> {
    /// As the owned [`Occurrence`].
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&self.to_owned(), f)
    }
}

impl PartialEq for OccurrenceRef<'_> {
    /// Equal content (wherever each is stored).
    fn eq(&self, other: &Self) -> bool {
        self.doc() == other.doc()
            && self.start() == other.start()
            && self.end() == other.end()
            && self.quote() == other.quote()
            && self.cue() == other.cue()
            && self.kind() == other.kind()
            && self.confidence() == other.confidence()
            && self.rule() == other.rule()
            && self.speaker_mention() == other.speaker_mention()
            && self.cited() == other.cited()
            && self.role() == other.role()
    }
}

impl PartialEq<Occurrence> for OccurrenceRef<'_> {
    fn eq(&self, other: &Occurrence) -> bool {
        self.to_owned() == *other
    }
}
