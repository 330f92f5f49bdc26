//! The knowledge graph: articles + attributed quotes + entities ->
//! [`QuoteGraph`], a petgraph `StableGraph` of people, organizations,
//! statements and articles, read by `query`, `flags` and `export`.
//!
//! # Model
//!
//! | node           | id                         |
//! |----------------|----------------------------|
//! | person         | the entity id (`person:josh-earnest`) |
//! | organization   | the entity id (`org:white-house`), or `org:<slug>` for an affiliation that is not an entity |
//! | statement      | `stmt:<12 hex of FNV-1a(speaker id, normalized text)>` |
//! | article        | `article:<doc>`            |
//!
//! | edge              | from -> to                 | id |
//! |-------------------|----------------------------|----|
//! | `said`            | speaker -> statement       | `said:<src>-><dst>` |
//! | `reported_in`     | statement -> article       | `reported_in:<stmt>-><article>#<start>` |
//! | `affiliated_with` | person -> organization     | `affiliated_with:<src>-><dst>` |
//! | `variant_of`      | statement -> statement     | `variant_of:<src>-><dst>` |
//! | `cites`           | article -> organization    | `cites:<article>-><org>` |
//!
//! Ids are derived from content only, so they survive re-runs; when two
//! edges would get the same id the later one gets `~2`, `~3`, ...
//!
//! A *statement* is what a speaker said, once, however many articles report
//! it: quotes by the same speaker whose normalized wording is equal, or where
//! one contains the other (at least three words), are one statement with one
//! `reported_in` edge per occurrence. See [`QuoteGraph::build`].

mod build;
mod occurrence;
mod statements;
mod text;

use std::collections::{BTreeSet, HashMap};

use petgraph::Direction;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableGraph};
use petgraph::visit::EdgeRef as _;

use occurrence::Occurrences;
pub use occurrence::{Occurrence, OccurrenceId, OccurrenceRef};
pub(crate) use occurrence::{Strings, Sym};
pub use statements::{MIN_CONTAINED_WORDS, VARIANT_MIN_DICE};
pub use text::{fnv1a64, normalize_text, slug};
pub(crate) use text::{shorten, wrap};

/// The four kinds of node.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeKind {
    /// A person who speaks or is affiliated.
    Person,
    /// An organization that speaks, is cited or has members.
    Organization,
    /// What a speaker said, across all articles that report it.
    Statement,
    /// A news article.
    Article,
}

impl NodeKind {
    /// All kinds, in the order nodes are stored and exported.
    pub const ALL: [NodeKind; 4] = [
        NodeKind::Article,
        NodeKind::Person,
        NodeKind::Organization,
        NodeKind::Statement,
    ];

    /// The lowercase name used as `type` in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Person => "person",
            NodeKind::Organization => "organization",
            NodeKind::Statement => "statement",
            NodeKind::Article => "article",
        }
    }

    /// Parses [`NodeKind::as_str`] back.
    pub fn parse(s: &str) -> Option<NodeKind> {
        NodeKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The five kinds of edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EdgeKind {
    /// Speaker -> statement.
    Said,
    /// Statement -> article, one per occurrence.
    ReportedIn,
    /// Person -> organization.
    AffiliatedWith,
    /// Statement -> statement with near-identical or stitched wording.
    VariantOf,
    /// Article -> organization it relies on.
    Cites,
}

impl EdgeKind {
    /// All kinds, in the order edges are stored and exported.
    pub const ALL: [EdgeKind; 5] = [
        EdgeKind::Said,
        EdgeKind::ReportedIn,
        EdgeKind::AffiliatedWith,
        EdgeKind::VariantOf,
        EdgeKind::Cites,
    ];

    /// The name used as `type` in JSON and as the id prefix.
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::Said => "said",
            EdgeKind::ReportedIn => "reported_in",
            EdgeKind::AffiliatedWith => "affiliated_with",
            EdgeKind::VariantOf => "variant_of",
            EdgeKind::Cites => "cites",
        }
    }

    /// Parses [`EdgeKind::as_str`] back.
    pub fn parse(s: &str) -> Option<EdgeKind> {
        EdgeKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    fn rank(self) -> usize {
        EdgeKind::ALL.iter().position(|&k| k == self).unwrap_or(0)
    }
}

/// A node: a stable id and what it stands for.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// Stable id (`person:josh-earnest`, `stmt:0a1b2c3d4e5f`, ...).
    pub id: String,
    /// Kind-specific data.
    pub data: NodeData,
}

/// The data of a node, by kind.
#[derive(Clone, Debug, PartialEq)]
pub enum NodeData {
    /// A person entity (boxed, as the organizations' and articles' data:
    /// statements, the most numerous nodes, stay small).
    Person(Box<EntityInfo>),
    /// An organization entity.
    Organization(Box<EntityInfo>),
    /// A statement, as numbers of the graph's strings (read it with
    /// [`QuoteGraph::statement`]).
    Statement(StatementData),
    /// An article.
    Article(Box<ArticleInfo>),
}

/// A person or organization, as resolved over the corpus.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntityInfo {
    /// Canonical name.
    pub name: String,
    /// Every name form seen.
    pub aliases: NameSet,
    /// Full-name forms that disagree with the canonical one.
    pub variant_names: NameSet,
    /// Roles and titles seen.
    pub roles: NameSet,
    /// Organizations the entity is affiliated with, by name.
    pub affiliations: NameSet,
    /// Ids of the articles that mention the entity, as numbers of the
    /// graph's strings (read them with [`QuoteGraph::docs`]).
    pub articles: DocSet,
}

/// A set of article ids held as numbers of a graph's string store, in
/// ascending order of the ids: 4 bytes an id, each id stored once in the
/// graph (where its quotations have it already), where a [`NameSet`] took
/// a `String` of 24 bytes and an allocation for every id of every entity
/// (the biggest of an entity's sets on a news corpus).
///
/// Read it with [`QuoteGraph::docs`]; make one with
/// [`QuoteGraph::doc_set`]. Like [`StatementData`], it means something
/// only in the graph that gave it, and two sets compare equal when they
/// hold the same numbers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct DocSet(Box<[Sym]>);

impl DocSet {
    /// The number of ids.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The ids of `docs` (ascending, distinct) stored in `strings`.
    fn store(strings: &mut Strings, docs: &NameSet) -> DocSet {
        DocSet(docs.iter().map(|d| strings.intern(d)).collect())
    }
}

/// A set of strings in sorted order, held as one boxed slice: a graph
/// keeps five per entity, most with one to three strings, where a
/// `BTreeSet<String>` took a B-tree leaf of about 280 bytes for any
/// non-empty set. Read like the set it replaces (`iter`, `contains`,
/// `len`, `&set` in a `for`), serialized as the same JSON array.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NameSet(Box<[String]>);

impl NameSet {
    /// The strings, ascending.
    pub fn iter(&self) -> std::slice::Iter<'_, String> {
        self.0.iter()
    }

    /// The number of strings.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `s` is one of the strings.
    pub fn contains(&self, s: &str) -> bool {
        self.0.binary_search_by(|x| x.as_str().cmp(s)).is_ok()
    }

    /// The smallest string.
    pub fn first(&self) -> Option<&String> {
        self.0.first()
    }

    /// Adds a string (a copy of the set: for building small sets, not
    /// for filling big ones); whether it was new.
    pub fn insert(&mut self, s: String) -> bool {
        match self.0.binary_search(&s) {
            Ok(_) => false,
            Err(at) => {
                let mut v = std::mem::take(&mut self.0).into_vec();
                v.insert(at, s);
                self.0 = v.into_boxed_slice();
                true
            }
        }
    }
}

impl From<BTreeSet<String>> for NameSet {
    fn from(set: BTreeSet<String>) -> NameSet {
        NameSet(set.into_iter().collect())
    }
}

impl FromIterator<String> for NameSet {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> NameSet {
        let mut v: Vec<String> = iter.into_iter().collect();
        v.sort_unstable();
        v.dedup();
        NameSet(v.into_boxed_slice())
    }
}

impl Extend<String> for NameSet {
    fn extend<I: IntoIterator<Item = String>>(&mut self, iter: I) {
        let have = std::mem::take(&mut self.0).into_vec();
        *self = have.into_iter().chain(iter).collect();
    }
}

impl IntoIterator for NameSet {
    type Item = String;
    type IntoIter = std::vec::IntoIter<String>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_vec().into_iter()
    }
}

impl<'a> IntoIterator for &'a NameSet {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl std::fmt::Debug for NameSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl serde::Serialize for NameSet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de> serde::Deserialize<'de> for NameSet {
    /// As a `BTreeSet<String>`: any array of strings, sorted, repeats
    /// dropped.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<NameSet, D::Error> {
        BTreeSet::<String>::deserialize(d).map(NameSet::from)
    }
}

/// A statement: one thing a speaker said, owned (what
/// [`QuoteGraph::statement_data`] takes and [`StatementRef::to_owned`]
/// gives; the graph itself keeps a statement's strings as numbers, see
/// [`StatementData`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatementInfo {
    /// The most frequent wording (ties: longest, then smallest).
    pub text: String,
    /// Id of the speaker node, `None` for unattributed quotes.
    pub speaker: Option<String>,
    /// The speaker's canonical name; for unattributed quotes the most
    /// frequent speaker string of the quotations (`officials`), if any.
    pub speaker_name: Option<String>,
}

/// A statement node's data in its graph: its text, speaker id and speaker
/// name as numbers of the graph's string store (12 bytes; the three
/// `String`s it replaces took 72 plus an allocation each, on the most
/// numerous nodes of a graph). The text of a statement is most often
/// one of its quotations word for word, which the store holds already.
///
/// Read it with [`QuoteGraph::statement`] (a [`StatementRef`]); make one
/// with [`QuoteGraph::statement_data`]. It means something only in the
/// graph that gave it ([`QuoteGraph::subgraph`] adds a copied statement's
/// strings to the new graph), and two nodes' data compare equal when they
/// hold the same numbers, not when their statements read the same
/// (compare [`StatementRef`]s for that). The speaker is its id's number,
/// not the speaker node's: a statement may name a speaker its graph does
/// not have (a subgraph without the speaker).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StatementData {
    text: Sym,
    speaker: Sym,
    speaker_name: Sym,
}

/// A statement in a graph: read its fields through the accessors (each as
/// the [`StatementInfo`] field of the same name). Small and `Copy`.
#[derive(Clone, Copy)]
pub struct StatementRef<'a> {
    strings: &'a Strings,
    data: StatementData,
}

impl<'a> StatementRef<'a> {
    /// The most frequent wording (ties: longest, then smallest).
    pub fn text(&self) -> &'a str {
        self.strings.get(self.data.text)
    }

    /// Id of the speaker node, `None` for unattributed quotes.
    pub fn speaker(&self) -> Option<&'a str> {
        self.strings.opt(self.data.speaker)
    }

    /// The speaker's canonical name; for unattributed quotes the most
    /// frequent speaker string of the quotations (`officials`), if any.
    pub fn speaker_name(&self) -> Option<&'a str> {
        self.strings.opt(self.data.speaker_name)
    }

    /// An owned copy.
    pub fn to_owned(&self) -> StatementInfo {
        StatementInfo {
            text: self.text().to_owned(),
            speaker: self.speaker().map(str::to_owned),
            speaker_name: self.speaker_name().map(str::to_owned),
        }
    }
}

impl std::fmt::Debug for StatementRef<'_> {
    /// As the owned [`StatementInfo`].
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&self.to_owned(), f)
    }
}

impl PartialEq for StatementRef<'_> {
    /// Equal content (wherever each is stored).
    fn eq(&self, other: &Self) -> bool {
        self.text() == other.text()
            && self.speaker() == other.speaker()
            && self.speaker_name() == other.speaker_name()
    }
}

impl PartialEq<StatementInfo> for StatementRef<'_> {
    fn eq(&self, other: &StatementInfo) -> bool {
        self.text() == other.text
            && self.speaker() == other.speaker.as_deref()
            && self.speaker_name() == other.speaker_name.as_deref()
    }
}

/// An article's metadata; the text is not kept.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleInfo {
    /// The article id used in quotations.
    pub doc: String,
    /// Headline.
    pub title: Option<String>,
    /// Outlet.
    pub source: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Publication date as given.
    pub date: Option<String>,
    /// Language code: the article's own, else the most frequent of its
    /// quotations.
    pub lang: Option<String>,
}

impl Node {
    /// The node's kind.
    pub fn kind(&self) -> NodeKind {
        match self.data {
            NodeData::Person(_) => NodeKind::Person,
            NodeData::Organization(_) => NodeKind::Organization,
            NodeData::Statement(_) => NodeKind::Statement,
            NodeData::Article(_) => NodeKind::Article,
        }
    }

    /// The entity data of a person or organization.
    pub fn as_entity(&self) -> Option<&EntityInfo> {
        match &self.data {
            NodeData::Person(e) | NodeData::Organization(e) => Some(e),
            _ => None,
        }
    }

    /// The statement data of a statement: numbers, read through
    /// [`QuoteGraph::statement`].
    pub fn as_statement(&self) -> Option<StatementData> {
        match self.data {
            NodeData::Statement(s) => Some(s),
            _ => None,
        }
    }

    /// The article data of an article.
    pub fn as_article(&self) -> Option<&ArticleInfo> {
        match &self.data {
            NodeData::Article(a) => Some(a),
            _ => None,
        }
    }
}

/// An edge: a stable id and what it stands for.
///
/// The id is not stored as text when it is the one derived from the edge's
/// kind and endpoints (`<kind>:<source>-><target>`, with `#<start>` for a
/// `reported_in` edge and `~<n>` for the `n`-th edge with that id), as it
/// is for every edge [`QuoteGraph::build`] makes: a big graph has millions
/// of edges. [`EdgeRef::id`] gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct Edge {
    id: EdgeId,
    /// Kind-specific data.
    pub data: EdgeData,
}

/// How an [`Edge`] holds its id.
#[derive(Clone, Debug, PartialEq)]
enum EdgeId {
    /// The derived id; with `~n` after it when `n >= 2`.
    Derived(u32),
    /// Any other id, as given (boxed: a thin pointer keeps every edge 8
    /// bytes smaller than a `Box<str>` would).
    #[allow(clippy::box_collection)]
    Given(Box<String>),
}

/// The data of an edge, by kind.
#[derive(Clone, Debug, PartialEq)]
pub enum EdgeData {
    /// Speaker -> statement.
    Said,
    /// Statement -> article: one occurrence of the statement, by its
    /// number in the graph's table of occurrences (read it with
    /// [`EdgeRef::occurrence`] or [`QuoteGraph::occurrence`]; a graph has
    /// millions, kept as plain numbers, see [`OccurrenceRef`]).
    ReportedIn(OccurrenceId),
    /// Person -> organization.
    AffiliatedWith {
        /// The person's roles that name the organization, `; `-joined
        /// (`role.as_deref()` gives it as an `Option<&str>`).
        role: Option<Role>,
    },
    /// Statement -> statement.
    VariantOf(Variant),
    /// Article -> organization.
    Cites {
        /// Why: the organization speaks in the article, is cited, or both.
        via: CiteVias,
    },
}

/// The role of an `affiliated_with` edge: a string behind one thin
/// pointer, so that an [`EdgeData`] (and every edge of the graph, most of
/// which have no role) stays 16 bytes. Reads as a `&str` (`Deref`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Role(#[allow(clippy::box_collection)] Box<String>);

impl Role {
    /// The role as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Role {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<String> for Role {
    fn from(role: String) -> Role {
        Role(Box::new(role))
    }
}

impl From<&str> for Role {
    fn from(role: &str) -> Role {
        Role(Box::new(role.to_owned()))
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A set of [`CiteVia`]s, one bit each (what a `BTreeSet<CiteVia>` held,
/// in one byte): iterates in [`CiteVia`] order, `cited` before `speaker`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CiteVias(u8);

impl CiteVias {
    /// The empty set.
    pub fn new() -> CiteVias {
        CiteVias(0)
    }

    fn bit(via: CiteVia) -> u8 {
        match via {
            CiteVia::Cited => 1,
            CiteVia::Speaker => 2,
        }
    }

    /// Adds `via`; whether it was new.
    pub fn insert(&mut self, via: CiteVia) -> bool {
        let new = !self.contains(via);
        self.0 |= Self::bit(via);
        new
    }

    /// Whether the set has `via`.
    pub fn contains(&self, via: CiteVia) -> bool {
        self.0 & Self::bit(via) != 0
    }

    /// The number of reasons in the set.
    pub fn len(&self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    /// The reasons, in [`CiteVia`] order.
    pub fn iter(&self) -> impl Iterator<Item = CiteVia> + '_ {
        let set = *self;
        [CiteVia::Cited, CiteVia::Speaker]
            .into_iter()
            .filter(move |&v| set.contains(v))
    }
}

impl FromIterator<CiteVia> for CiteVias {
    fn from_iter<I: IntoIterator<Item = CiteVia>>(iter: I) -> CiteVias {
        let mut set = CiteVias::new();
        for v in iter {
            set.insert(v);
        }
        set
    }
}

impl<const N: usize> From<[CiteVia; N]> for CiteVias {
    fn from(vias: [CiteVia; N]) -> CiteVias {
        vias.into_iter().collect()
    }
}

/// How two statements' wordings relate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Variant {
    /// Dice coefficient of the two statements' word sets, rounded to 3
    /// decimals; for stitched quotes usually well below 1.
    pub similarity: f64,
    /// Near-identical wording, or a quote stitched from others.
    pub relation: VariantRelation,
}

/// The two reasons for a `variant_of` edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum VariantRelation {
    /// Near-identical wording (Dice of word sets >= [`VARIANT_MIN_DICE`]);
    /// points from the less reported statement to the more reported one.
    Similar,
    /// The source quote is stitched from the target and at least one other
    /// statement of the same speaker.
    Stitched,
}

impl VariantRelation {
    /// The name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            VariantRelation::Similar => "similar",
            VariantRelation::Stitched => "stitched",
        }
    }

    /// Parses [`VariantRelation::as_str`] back.
    pub fn parse(s: &str) -> Option<VariantRelation> {
        [VariantRelation::Similar, VariantRelation::Stitched]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

/// Why an article cites an organization.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CiteVia {
    /// The organization is cited as a source of a quote (`citing Reuters`).
    Cited,
    /// The organization is the speaker of a quote.
    Speaker,
}

impl CiteVia {
    /// The name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            CiteVia::Cited => "cited",
            CiteVia::Speaker => "speaker",
        }
    }

    /// Parses [`CiteVia::as_str`] back.
    pub fn parse(s: &str) -> Option<CiteVia> {
        [CiteVia::Cited, CiteVia::Speaker]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

impl Edge {
    /// An edge with this id (see [`EdgeRef::id`]) and data.
    pub fn new(id: impl Into<String>, data: EdgeData) -> Edge {
        Edge {
            id: EdgeId::Given(Box::new(id.into())),
            data,
        }
    }

    /// An edge with the id derived from its kind and endpoints, `~n` after
    /// it for `n >= 2` (see [`EdgeRef::id`]).
    pub(crate) fn derived(data: EdgeData, n: u32) -> Edge {
        Edge {
            id: EdgeId::Derived(n),
            data,
        }
    }

    /// The id this edge has between nodes `source` and `target`, `start`
    /// being its occurrence's start for a `reported_in` edge.
    fn id_between(
        &self,
        source: &str,
        target: &str,
        start: Option<usize>,
    ) -> std::borrow::Cow<'_, str> {
        match &self.id {
            EdgeId::Given(id) => std::borrow::Cow::Borrowed(id.as_str()),
            EdgeId::Derived(n) => {
                std::borrow::Cow::Owned(derived_id(self.kind(), start, source, target, *n))
            }
        }
    }

    /// Stores the id as derived when it is the derived one.
    fn compact(&mut self, source: &str, target: &str, start: Option<usize>) {
        if let EdgeId::Given(id) = &self.id
            && let Some(n) = derived_number(id, self.kind(), start, source, target)
        {
            self.id = EdgeId::Derived(n);
        }
    }

    /// The edge's kind.
    pub fn kind(&self) -> EdgeKind {
        self.data.kind()
    }
}

impl EdgeData {
    /// The kind of edge this is the data of.
    pub fn kind(&self) -> EdgeKind {
        match self {
            EdgeData::Said => EdgeKind::Said,
            EdgeData::ReportedIn(_) => EdgeKind::ReportedIn,
            EdgeData::AffiliatedWith { .. } => EdgeKind::AffiliatedWith,
            EdgeData::VariantOf(_) => EdgeKind::VariantOf,
            EdgeData::Cites { .. } => EdgeKind::Cites,
        }
    }
}

/// An edge with its endpoints.
#[derive(Clone, Copy, Debug)]
pub struct EdgeRef<'a> {
    /// The tail.
    pub source: &'a Node,
    /// The head.
    pub target: &'a Node,
    /// The edge.
    pub edge: &'a Edge,
    /// The graph's occurrences, which a `reported_in` edge's data numbers.
    occs: &'a Occurrences,
}

impl<'a> EdgeRef<'a> {
    /// The edge's stable id (`said:person:josh-earnest->stmt:0a1b2c3d4e5f`,
    /// `reported_in:stmt:...->article:a1#120`, ...).
    pub fn id(&self) -> std::borrow::Cow<'a, str> {
        let start = self.occurrence().map(|o| o.start());
        self.edge
            .id_between(&self.source.id, &self.target.id, start)
    }

    /// The occurrence of a `reported_in` edge.
    pub fn occurrence(&self) -> Option<OccurrenceRef<'a>> {
        match self.edge.data {
            EdgeData::ReportedIn(o) => self.occs.get(o),
            _ => None,
        }
    }
}

/// The id derived from an edge's kind and endpoints:
/// `<kind>:<source>-><target>`, `#<start>` after it for a `reported_in`
/// edge, and `~<n>` for `n >= 2`.
fn derived_id(kind: EdgeKind, start: Option<usize>, source: &str, target: &str, n: u32) -> String {
    use std::fmt::Write as _;
    let mut id = String::with_capacity(kind.as_str().len() + source.len() + target.len() + 3 + 12);
    id.push_str(kind.as_str());
    id.push(':');
    id.push_str(source);
    id.push_str("->");
    id.push_str(target);
    if kind == EdgeKind::ReportedIn {
        let _ = write!(id, "#{}", start.unwrap_or_default());
    }
    if n >= 2 {
        let _ = write!(id, "~{n}");
    }
    id
}

/// `n` when `id` is the derived id of such an edge with `~n` (1 for none).
fn derived_number(
    id: &str,
    kind: EdgeKind,
    start: Option<usize>,
    source: &str,
    target: &str,
) -> Option<u32> {
    let stem = derived_id(kind, start, source, target, 1);
    let rest = id.strip_prefix(stem.as_str())?;
    if rest.is_empty() {
        return Some(1);
    }
    let n: u32 = rest.strip_prefix('~')?.parse().ok()?;
    (n >= 2 && format!("~{n}") == rest).then_some(n)
}

/// Why a node or edge could not be added.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum GraphError {
    /// Two nodes with one id.
    #[error("duplicate node id {0:?}")]
    DuplicateNode(String),
    /// Two edges with one id.
    #[error("duplicate edge id {0:?}")]
    DuplicateEdge(String),
    /// An edge endpoint that is not a node.
    #[error("edge {edge:?} refers to unknown node {node:?}")]
    UnknownNode {
        /// The edge id.
        edge: String,
        /// The missing node id.
        node: String,
    },
    /// A `reported_in` edge whose occurrence number is not one of the
    /// graph's ([`QuoteGraph::add_occurrence`] gives them).
    #[error("edge {0:?} refers to an occurrence the graph does not have")]
    UnknownOccurrence(String),
    /// An edge between nodes of the wrong kinds.
    #[error("edge {edge:?} of type {kind} cannot go from a {from} to a {to}")]
    WrongEndpoints {
        /// The edge id.
        edge: String,
        /// The edge type.
        kind: &'static str,
        /// The source's kind.
        from: &'static str,
        /// The target's kind.
        to: &'static str,
    },
}

/// Who said what: people, organizations, statements and articles.
///
/// Built with [`QuoteGraph::build`] or loaded with
/// [`QuoteGraph::from_json`](crate::export::json); nodes and edges are
/// stored in a deterministic order (by kind, then content), which is the
/// order of every iterator here and of the exports.
#[derive(Clone, Debug, Default)]
pub struct QuoteGraph {
    graph: StableGraph<Node, Edge>,
    node_ids: IdIndex<NodeIndex>,
    /// The edges whose id is not the derived one (those read back with an
    /// id of their own); an edge with the derived id is found from its
    /// endpoints, which the id names (see [`QuoteGraph::derived_edge_index`]).
    edge_ids: IdIndex<EdgeIndex>,
    /// What the `reported_in` edges number; its string store also holds
    /// the statements' strings ([`StatementData`]) and the entities'
    /// article ids ([`DocSet`]).
    occs: Occurrences,
}

/// Ids -> indices without a second copy of every id: keyed by a 32-bit hash
/// of the id and checked against the id in the graph; an id whose hash
/// another id already has (rare: about a hundred ids in a million) is kept
/// whole. Eight bytes a slot (a 64-bit hash took sixteen).
#[derive(Clone, Debug)]
struct IdIndex<Ix> {
    by_hash: rustc_hash::FxHashMap<u32, Ix>,
    clashes: HashMap<String, Ix>,
}

impl<Ix> Default for IdIndex<Ix> {
    fn default() -> Self {
        IdIndex {
            by_hash: Default::default(),
            clashes: HashMap::new(),
        }
    }
}

impl<Ix> IdIndex<Ix> {
    fn with_capacity(n: usize) -> Self {
        IdIndex {
            by_hash: rustc_hash::FxHashMap::with_capacity_and_hasher(n, Default::default()),
            clashes: HashMap::new(),
        }
    }
}

impl<Ix: Copy> IdIndex<Ix> {
    fn hash(id: &str) -> u32 {
        use std::hash::{BuildHasher, BuildHasherDefault};
        let h = BuildHasherDefault::<rustc_hash::FxHasher>::default().hash_one(id);
        (h ^ (h >> 32)) as u32
    }

    /// The index of `id`; `has_id` tells whether an index has it.
    fn get(&self, id: &str, has_id: impl Fn(Ix) -> bool) -> Option<Ix> {
        match self.by_hash.get(&Self::hash(id)) {
            Some(&ix) if has_id(ix) => Some(ix),
            Some(_) => self.clashes.get(id).copied(),
            None => None,
        }
    }

    /// Records a new id (one [`IdIndex::get`] does not find).
    fn insert(&mut self, id: &str, ix: Ix) {
        match self.by_hash.entry(Self::hash(id)) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(ix);
            }
            std::collections::hash_map::Entry::Occupied(_) => {
                self.clashes.insert(id.to_owned(), ix);
            }
        }
    }
}

impl QuoteGraph {
    /// An empty graph.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty graph with room for this many nodes and edges (and the
    /// node ids: that map is not rehashed while it fills).
    fn with_capacity(nodes: usize, edges: usize) -> Self {
        QuoteGraph {
            graph: StableGraph::with_capacity(nodes, edges),
            node_ids: IdIndex::with_capacity(nodes),
            edge_ids: IdIndex::default(),
            occs: Occurrences::default(),
        }
    }

    /// Adds an occurrence for a `reported_in` edge to come: its number,
    /// for [`EdgeData::ReportedIn`] (strings equal to ones the graph has
    /// are stored once).
    pub fn add_occurrence(&mut self, occurrence: &Occurrence) -> OccurrenceId {
        self.occs.push(occurrence)
    }

    /// A statement's strings stored in the graph (strings equal to ones
    /// the graph has are stored once while it is being built or read):
    /// the data of its node, [`NodeData::Statement`].
    pub fn statement_data(&mut self, info: &StatementInfo) -> StatementData {
        let st = &mut self.occs.strings;
        StatementData {
            text: st.intern(&info.text),
            speaker: st.intern_opt(info.speaker.as_deref()),
            speaker_name: st.intern_opt(info.speaker_name.as_deref()),
        }
    }

    /// The statement of a statement node of this graph (`None` for other
    /// kinds of node).
    pub fn statement<'a>(&'a self, node: &Node) -> Option<StatementRef<'a>> {
        node.as_statement().map(|data| StatementRef {
            strings: &self.occs.strings,
            data,
        })
    }

    /// An entity's article ids stored in the graph (an id the graph has
    /// is stored once while it is being built or read): the data of
    /// [`EntityInfo::articles`].
    pub fn doc_set(&mut self, docs: &NameSet) -> DocSet {
        DocSet::store(&mut self.occs.strings, docs)
    }

    /// The article ids of a [`DocSet`] of this graph, ascending.
    pub fn docs<'a>(&'a self, set: &'a DocSet) -> impl ExactSizeIterator<Item = &'a str> + 'a {
        set.0.iter().map(|&sym| self.occs.strings.get(sym))
    }

    /// A human-readable label of a node of this graph: the name, the
    /// statement text, or the article title (its doc id when it has none).
    pub fn label<'a>(&'a self, node: &'a Node) -> &'a str {
        match &node.data {
            NodeData::Person(e) | NodeData::Organization(e) => &e.name,
            NodeData::Statement(s) => self.occs.strings.get(s.text),
            NodeData::Article(a) => a.title.as_deref().unwrap_or(&a.doc),
        }
    }

    /// The occurrence numbered `id`, if the graph has it.
    pub fn occurrence(&self, id: OccurrenceId) -> Option<OccurrenceRef<'_>> {
        self.occs.get(id)
    }

    /// The start of a `reported_in` edge's occurrence.
    fn start_of(&self, data: &EdgeData) -> Option<usize> {
        match *data {
            EdgeData::ReportedIn(o) => self.occs.get(o).map(|o| o.start()),
            _ => None,
        }
    }

    /// Adds a node.
    ///
    /// # Errors
    ///
    /// [`GraphError::DuplicateNode`] when the id is taken.
    pub fn add_node(&mut self, node: Node) -> Result<NodeIndex, GraphError> {
        if self.index_of(&node.id).is_some() {
            return Err(GraphError::DuplicateNode(node.id));
        }
        let ix = self.graph.add_node(node);
        self.node_ids.insert(&self.graph[ix].id, ix);
        Ok(ix)
    }

    /// Adds an edge between two existing nodes, checking the endpoint kinds
    /// (`said` from a person or organization to a statement, and so on).
    ///
    /// # Errors
    ///
    /// A [`GraphError`] for a taken id, a missing endpoint or endpoints of
    /// the wrong kinds.
    pub fn add_edge(
        &mut self,
        source: &str,
        target: &str,
        mut edge: Edge,
    ) -> Result<EdgeIndex, GraphError> {
        let start = self.start_of(&edge.data);
        let id = edge.id_between(source, target, start).into_owned();
        if let EdgeData::ReportedIn(o) = edge.data
            && self.occs.get(o).is_none()
        {
            return Err(GraphError::UnknownOccurrence(id));
        }
        if self.has_edge_id(&id) {
            return Err(GraphError::DuplicateEdge(id));
        }
        let lookup = |node: &str| {
            self.index_of(node).ok_or_else(|| GraphError::UnknownNode {
                edge: id.clone(),
                node: node.to_owned(),
            })
        };
        let (s, t) = (lookup(source)?, lookup(target)?);
        let (from, to) = (self.graph[s].kind(), self.graph[t].kind());
        if !endpoints_ok(edge.kind(), from, to) {
            return Err(GraphError::WrongEndpoints {
                kind: edge.kind().as_str(),
                edge: id,
                from: from.as_str(),
                to: to.as_str(),
            });
        }
        edge.compact(source, target, start);
        Ok(self.insert_edge(s, t, edge, &id))
    }

    /// Adds an edge known to be valid, whose id `id` is not taken; only an
    /// id that is not the derived one goes into the id index.
    fn insert_edge(&mut self, s: NodeIndex, t: NodeIndex, edge: Edge, id: &str) -> EdgeIndex {
        let given = matches!(edge.id, EdgeId::Given(_));
        let ix = self.graph.add_edge(s, t, edge);
        if given {
            self.edge_ids.insert(id, ix);
        }
        ix
    }

    /// The id of the edge at `ix`.
    fn edge_id_at(&self, ix: EdgeIndex) -> Option<std::borrow::Cow<'_, str>> {
        let (s, t) = self.graph.edge_endpoints(ix)?;
        let edge = &self.graph[ix];
        let start = self.start_of(&edge.data);
        Some(edge.id_between(&self.graph[s].id, &self.graph[t].id, start))
    }

    /// The index of the edge with this id.
    fn edge_index(&self, id: &str) -> Option<EdgeIndex> {
        self.edge_ids
            .get(id, |ix| self.edge_id_at(ix).is_some_and(|have| have == id))
            .or_else(|| self.derived_edge_index(id))
    }

    /// The index of the edge whose derived id is `id`
    /// (`kind:source->target`, `#start` after it for `reported_in`, `~n`
    /// for `n >= 2`), found without an index: every way of reading `id` as
    /// a kind and two node ids the graph has, and the edges between those
    /// two nodes (walked from the end with fewer edges) compared by id.
    /// Node ids may hold `->`, `#` and `~` themselves, so every reading is
    /// tried; most ids have one.
    fn derived_edge_index(&self, id: &str) -> Option<EdgeIndex> {
        let (kind, rest) = id.split_once(':')?;
        let kind = EdgeKind::parse(kind)?;
        for (arrow, _) in rest.match_indices("->") {
            let Some(s) = self.index_of(&rest[..arrow]) else {
                continue;
            };
            let after = &rest[arrow + 2..];
            let ends = after
                .match_indices(['#', '~'])
                .map(|(k, _)| k)
                .chain([after.len()]);
            for end in ends {
                let Some(t) = self.index_of(&after[..end]) else {
                    continue;
                };
                let found = self.edges_between(s, t).find(|&e| {
                    self.graph[e].kind() == kind
                        && self.edge_id_at(e).is_some_and(|have| have == id)
                });
                if found.is_some() {
                    return found;
                }
            }
        }
        None
    }

    /// The edges from `s` to `t`, read from `s`'s outgoing edges or from
    /// `t`'s incoming ones, whichever list is shorter (a speaker has
    /// thousands of `said` edges, its statement one).
    fn edges_between(&self, s: NodeIndex, t: NodeIndex) -> impl Iterator<Item = EdgeIndex> + '_ {
        use petgraph::visit::EdgeRef as _;
        let mut outgoing = self.graph.edges_directed(s, petgraph::Direction::Outgoing);
        let mut incoming = self.graph.edges_directed(t, petgraph::Direction::Incoming);
        let from_s = loop {
            match (outgoing.next(), incoming.next()) {
                (None, _) => break true,
                (_, None) => break false,
                _ => {}
            }
        };
        let (dir, at, other) = if from_s {
            (petgraph::Direction::Outgoing, s, t)
        } else {
            (petgraph::Direction::Incoming, t, s)
        };
        self.graph.edges_directed(at, dir).filter_map(move |e| {
            let far = if from_s { e.target() } else { e.source() };
            (far == other).then(|| e.id())
        })
    }

    /// Adds an edge [`QuoteGraph::build`] made between two nodes it added,
    /// with the derived id, `~2`, `~3`, ... after it when that is taken.
    fn add_derived_edge(&mut self, source: &str, target: &str, data: EdgeData) {
        let kind = data.kind();
        let mut id = derived_id(kind, self.start_of(&data), source, target, 1);
        let mut n = 1;
        if self.has_edge_id(&id) {
            let stem = id.clone();
            n = 2;
            id = format!("{stem}~{n}");
            while self.has_edge_id(&id) {
                n += 1;
                id = format!("{stem}~{n}");
            }
        }
        let (s, t) = (self.index_of(source), self.index_of(target));
        let (Some(s), Some(t)) = (s, t) else {
            unreachable!("build only links nodes it added: {id}");
        };
        debug_assert!(endpoints_ok(
            kind,
            self.graph[s].kind(),
            self.graph[t].kind()
        ));
        self.insert_edge(s, t, Edge::derived(data, n), &id);
    }

    /// Whether an edge has this id.
    fn has_edge_id(&self, id: &str) -> bool {
        self.edge_index(id).is_some()
    }

    /// The underlying petgraph graph, for algorithms.
    pub fn graph(&self) -> &StableGraph<Node, Edge> {
        &self.graph
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of edges.
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// The index of the node with this id.
    pub fn index_of(&self, id: &str) -> Option<NodeIndex> {
        self.node_ids.get(id, |ix| self.graph[ix].id == id)
    }

    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index_of(id).map(|ix| &self.graph[ix])
    }

    /// The edge with this id, with its endpoints.
    pub fn edge(&self, id: &str) -> Option<EdgeRef<'_>> {
        let ix = self.edge_index(id)?;
        let (s, t) = self.graph.edge_endpoints(ix)?;
        Some(EdgeRef {
            source: &self.graph[s],
            target: &self.graph[t],
            edge: &self.graph[ix],
            occs: &self.occs,
        })
    }

    /// All nodes in storage order.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> + '_ {
        self.graph.node_indices().map(move |ix| &self.graph[ix])
    }

    /// The nodes of one kind in storage order.
    pub fn nodes_of(&self, kind: NodeKind) -> impl Iterator<Item = &Node> + '_ {
        self.nodes().filter(move |n| n.kind() == kind)
    }

    /// All edges in storage order.
    pub fn edges(&self) -> impl Iterator<Item = EdgeRef<'_>> + '_ {
        self.graph.edge_indices().filter_map(move |ix| {
            let (s, t) = self.graph.edge_endpoints(ix)?;
            Some(EdgeRef {
                source: &self.graph[s],
                target: &self.graph[t],
                edge: &self.graph[ix],
                occs: &self.occs,
            })
        })
    }

    /// The edges of one kind in storage order.
    pub fn edges_of(&self, kind: EdgeKind) -> impl Iterator<Item = EdgeRef<'_>> + '_ {
        self.edges().filter(move |e| e.edge.kind() == kind)
    }

    /// Edges of `kind` at node `id` in direction `dir`, in storage order.
    fn incident(&self, id: &str, dir: Direction, kind: EdgeKind) -> Vec<EdgeRef<'_>> {
        let Some(ix) = self.index_of(id) else {
            return Vec::new();
        };
        let mut edges: Vec<_> = self
            .graph
            .edges_directed(ix, dir)
            .filter(|e| e.weight().kind() == kind)
            .map(|e| (e.id(), e.source(), e.target()))
            .collect();
        edges.sort_unstable_by_key(|e| e.0);
        edges
            .into_iter()
            .map(|(e, s, t)| EdgeRef {
                source: &self.graph[s],
                target: &self.graph[t],
                edge: &self.graph[e],
                occs: &self.occs,
            })
            .collect()
    }

    /// The statements a person or organization made.
    pub fn statements_of(&self, speaker_id: &str) -> Vec<&Node> {
        self.incident(speaker_id, Direction::Outgoing, EdgeKind::Said)
            .into_iter()
            .map(|e| e.target)
            .collect()
    }

    /// Who made a statement: none for unattributed quotes, normally one.
    pub fn speakers_of(&self, statement_id: &str) -> Vec<&Node> {
        self.incident(statement_id, Direction::Incoming, EdgeKind::Said)
            .into_iter()
            .map(|e| e.source)
            .collect()
    }

    /// Where a statement is reported: article node and occurrence, ordered
    /// by article, then position.
    pub fn occurrences(&self, statement_id: &str) -> Vec<(&Node, OccurrenceRef<'_>)> {
        self.incident(statement_id, Direction::Outgoing, EdgeKind::ReportedIn)
            .into_iter()
            .filter_map(|e| Some((e.target, e.occurrence()?)))
            .collect()
    }

    /// The statements reported in an article (by article node id), with
    /// the occurrence, ordered by position in the text.
    pub fn statements_in(&self, article_id: &str) -> Vec<(&Node, OccurrenceRef<'_>)> {
        let mut v: Vec<_> = self
            .incident(article_id, Direction::Incoming, EdgeKind::ReportedIn)
            .into_iter()
            .filter_map(|e| Some((e.source, e.occurrence()?)))
            .collect();
        v.sort_by(|a, b| (a.1.start(), a.1.end(), &a.0.id).cmp(&(b.1.start(), b.1.end(), &b.0.id)));
        v
    }

    /// The `variant_of` neighbours of a statement, in both directions.
    pub fn variants_of(&self, statement_id: &str) -> Vec<(&Node, Variant)> {
        let out = self.incident(statement_id, Direction::Outgoing, EdgeKind::VariantOf);
        let inc = self.incident(statement_id, Direction::Incoming, EdgeKind::VariantOf);
        out.into_iter()
            .map(|e| (e.target, e.edge))
            .chain(inc.into_iter().map(|e| (e.source, e.edge)))
            .filter_map(|(n, e)| match &e.data {
                EdgeData::VariantOf(v) => Some((n, *v)),
                _ => None,
            })
            .collect()
    }

    /// The organizations an entity is affiliated with, with the role.
    pub fn affiliations_of(&self, entity_id: &str) -> Vec<(&Node, Option<&str>)> {
        self.incident(entity_id, Direction::Outgoing, EdgeKind::AffiliatedWith)
            .into_iter()
            .map(|e| match &e.edge.data {
                EdgeData::AffiliatedWith { role } => (e.target, role.as_deref()),
                _ => (e.target, None),
            })
            .collect()
    }

    /// The members of an organization, with their role.
    pub fn members_of(&self, org_id: &str) -> Vec<(&Node, Option<&str>)> {
        self.incident(org_id, Direction::Incoming, EdgeKind::AffiliatedWith)
            .into_iter()
            .map(|e| match &e.edge.data {
                EdgeData::AffiliatedWith { role } => (e.source, role.as_deref()),
                _ => (e.source, None),
            })
            .collect()
    }

    /// The organizations an article cites.
    pub fn cited_in(&self, article_id: &str) -> Vec<&Node> {
        self.incident(article_id, Direction::Outgoing, EdgeKind::Cites)
            .into_iter()
            .map(|e| e.target)
            .collect()
    }

    /// The articles that cite an organization.
    pub fn citing(&self, org_id: &str) -> Vec<&Node> {
        self.incident(org_id, Direction::Incoming, EdgeKind::Cites)
            .into_iter()
            .map(|e| e.source)
            .collect()
    }

    /// The id of the article node for a doc id.
    pub fn article_id(doc: &str) -> String {
        format!("article:{doc}")
    }

    /// The person or organization known by `name`: its id, canonical name,
    /// an alias or a variant name, compared after [`normalize_text`]. An
    /// exact id or canonical name wins over an alias; among equals the first
    /// in storage order.
    pub fn find_entity(&self, name: &str) -> Option<&Node> {
        if let Some(n) = self.node(name).filter(|n| n.as_entity().is_some()) {
            return Some(n);
        }
        let key = normalize_text(name);
        if key.is_empty() {
            return None;
        }
        let entities = || self.nodes().filter_map(|n| Some((n, n.as_entity()?)));
        entities()
            .find(|(_, e)| normalize_text(&e.name) == key)
            .or_else(|| {
                entities().find(|(_, e)| {
                    e.aliases
                        .iter()
                        .chain(&e.variant_names)
                        .any(|a| normalize_text(a) == key)
                })
            })
            .map(|(n, _)| n)
    }

    /// A copy with only the nodes `keep` accepts and the edges between
    /// them, in the same order with the same ids.
    pub fn subgraph(&self, keep: impl Fn(&Node) -> bool) -> QuoteGraph {
        let mut out = QuoteGraph::new();
        for node in self.nodes().filter(|n| keep(n)) {
            let mut node = node.clone();
            if let Some(s) = self.statement(&node) {
                node.data = NodeData::Statement(out.statement_data(&s.to_owned()));
            }
            if let NodeData::Person(e) | NodeData::Organization(e) = &mut node.data {
                let docs: NameSet = self.docs(&e.articles).map(str::to_owned).collect();
                e.articles = out.doc_set(&docs);
            }
            out.add_node(node).expect("ids are unique here");
        }
        for e in self.edges() {
            if out.index_of(&e.source.id).is_some() && out.index_of(&e.target.id).is_some() {
                let mut edge = e.edge.clone();
                if let Some(o) = e.occurrence() {
                    edge.data = EdgeData::ReportedIn(out.add_occurrence(&o.to_owned()));
                }
                out.add_edge(&e.source.id, &e.target.id, edge)
                    .expect("edges were valid here");
            }
        }
        out
    }

    /// The neighbourhood of some nodes, for focused pictures: the nodes
    /// themselves, their neighbours in both directions, and the neighbours
    /// of every statement among those (its speaker, articles and variants).
    /// For a person that is what they said, where, and their variants; for
    /// an article its statements, their speakers and the organizations it
    /// cites. Unknown ids are ignored.
    pub fn around(&self, ids: &[&str]) -> QuoteGraph {
        let mut keep: std::collections::HashSet<NodeIndex> = std::collections::HashSet::new();
        let mut statements = Vec::new();
        for ix in ids.iter().filter_map(|id| self.index_of(id)) {
            keep.insert(ix);
            if self.graph[ix].kind() == NodeKind::Statement {
                statements.push(ix);
            }
            for n in self.graph.neighbors_undirected(ix) {
                if keep.insert(n) && self.graph[n].kind() == NodeKind::Statement {
                    statements.push(n);
                }
            }
        }
        for s in statements {
            keep.extend(self.graph.neighbors_undirected(s));
        }
        self.subgraph(|n| self.index_of(&n.id).is_some_and(|ix| keep.contains(&ix)))
    }
}

/// The endpoint kinds each edge kind allows.
fn endpoints_ok(kind: EdgeKind, from: NodeKind, to: NodeKind) -> bool {
    use NodeKind::*;
    let entity = |k| matches!(k, Person | Organization);
    match kind {
        EdgeKind::Said => entity(from) && to == Statement,
        EdgeKind::ReportedIn => from == Statement && to == Article,
        EdgeKind::AffiliatedWith => entity(from) && to == Organization,
        EdgeKind::VariantOf => from == Statement && to == Statement,
        EdgeKind::Cites => from == Article && to == Organization,
    }
}

#[cfg(test)]
pub(crate) mod tests;
