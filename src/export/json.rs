//! [`QuoteGraph`] <-> `graph.json` in networkx node-link form, loadable
//! with `networkx.node_link_graph(data, edges="links")`.
//!
//! ```text
//! {
//!   "directed": true,
//!   "multigraph": true,
//!   "graph": {"name": "quotegraph", "version": "0.1.0", "articles": 2, ...},
//!   "nodes": [{"id": "person:josh-earnest", "type": "person", "label": "Josh Earnest", ...}],
//!   "links": [{"source": "...", "target": "...", "key": "<edge id>", "type": "said"}]
//! }
//! ```
//!
//! Node fields by `type`:
//!
//! * `person`, `organization`: `name`, `aliases`, `variant_names`, `roles`,
//!   `affiliations`, `articles` (arrays of strings, sorted);
//! * `statement`: `text`, `speaker` (node id or null), `speaker_name`;
//! * `article`: `doc`, and `title`, `source`, `url`, `date`, `lang` when
//!   known.
//!
//! Link fields by `type`:
//!
//! * `said`: none;
//! * `reported_in`: `doc`, `start`, `end` (byte offsets), `quote`, `cue`,
//!   `kind` (`direct`/`mixed`/`indirect`), `confidence`, `rule`,
//!   `speaker_mention`, and `cited`, `role` when known;
//! * `affiliated_with`: `role` (or null);
//! * `variant_of`: `similarity` (0 to 1), `relation` (`similar`/`stitched`);
//! * `cites`: `via` (`cited` and/or `speaker`).
//!
//! The output is pretty-printed with a fixed key order and ends with a
//! newline; the same graph always gives the same bytes. `label` and the
//! counts in `graph` are derived: the loader checks the counts and ignores
//! the labels.

use std::borrow::Cow;
use std::io;
use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::graph::{
    ArticleInfo, CiteVia, CiteVias, Edge, EdgeData, EdgeKind, EdgeRef, EntityInfo, GraphError,
    NameSet, Node, NodeData, NodeKind, Occurrence, QuoteGraph, Role, StatementInfo, Variant,
    VariantRelation,
};
use crate::model::QuoteKind;

/// The `graph.name` of every `graph.json`.
pub const GRAPH_NAME: &str = "quotegraph";

/// Why a `graph.json` could not be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum JsonError {
    /// The text is not JSON.
    #[error("graph.json is not valid JSON: {0}")]
    Syntax(#[source] serde_json::Error),
    /// The JSON is not a quotegraph node-link graph.
    #[error("graph.json, {at}: {message}")]
    Invalid {
        /// Where: `top level`, `graph`, `nodes[3] (id "x")`, `links[0]`.
        at: String,
        /// What is wrong.
        message: String,
    },
}

impl QuoteGraph {
    /// The graph as `graph.json` text (see the [module docs](self)).
    pub fn to_json(&self) -> String {
        to_json(self)
    }

    /// Loads a graph written by [`QuoteGraph::to_json`].
    ///
    /// Nodes and edges keep the file's order, so
    /// `QuoteGraph::from_json(&g.to_json())?.to_json() == g.to_json()`.
    ///
    /// # Errors
    ///
    /// [`JsonError::Syntax`] for text that is not JSON, and
    /// [`JsonError::Invalid`], naming the node or link, for a missing or
    /// unknown field, a wrong type, an unknown node or link `type`, a
    /// duplicate id, a link to a missing node or between nodes of the wrong
    /// kinds, or counts in `graph` that disagree with the nodes.
    pub fn from_json(text: &str) -> Result<QuoteGraph, JsonError> {
        from_json(text)
    }
}

/// Writes `graph.json` to `path` atomically (see
/// [`write_atomic`](crate::fsutil::write_atomic)), streamed.
///
/// # Errors
///
/// Any I/O error; the message names the path.
pub fn write(graph: &QuoteGraph, path: &Path) -> io::Result<()> {
    crate::fsutil::write_atomic_with(path, |w| write_to(graph, w))
}

/// The graph as `graph.json` text.
pub fn to_json(graph: &QuoteGraph) -> String {
    let mut out = Vec::new();
    write_to(graph, &mut out).expect("writing to memory does not fail");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// Writes `graph.json` to `w` node by node, without building the document
/// in memory; the same bytes as [`to_json`].
///
/// # Errors
///
/// The writer's I/O error.
pub fn write_to(graph: &QuoteGraph, mut w: impl io::Write) -> io::Result<()> {
    let doc = DocumentOut {
        directed: true,
        multigraph: true,
        graph: Counts::of(graph),
        nodes: Seq::new(graph.nodes().map(|n| node_json(graph, n))),
        links: Seq::new(
            graph
                .edges()
                .map(|e| link_json(&e.source.id, &e.target.id, e.id(), e)),
        ),
    };
    serde_json::to_writer_pretty(&mut w, &doc).map_err(io::Error::from)?;
    w.write_all(b"\n")
}

/// The serialized form of [`Document`], with streamed lists.
#[derive(Serialize)]
struct DocumentOut<N, L> {
    directed: bool,
    multigraph: bool,
    graph: Counts,
    nodes: N,
    links: L,
}

/// A list serialized from an iterator, once.
struct Seq<I>(std::cell::RefCell<Option<I>>);

impl<I> Seq<I> {
    fn new(iter: I) -> Self {
        Seq(std::cell::RefCell::new(Some(iter)))
    }
}

impl<I> Serialize for Seq<I>
where
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let iter = self.0.borrow_mut().take();
        s.collect_seq(iter.into_iter().flatten())
    }
}

/// Parses `graph.json` text; see [`QuoteGraph::from_json`].
///
/// # Errors
///
/// See [`QuoteGraph::from_json`].
pub fn from_json(text: &str) -> Result<QuoteGraph, JsonError> {
    let value: Value = serde_json::from_str(text).map_err(JsonError::Syntax)?;
    let doc: Document<Value, Value> =
        serde_json::from_value(value).map_err(|e| invalid("top level", e))?;
    if !doc.directed || !doc.multigraph {
        return Err(invalid(
            "top level",
            "a quotegraph is directed and a multigraph (\"directed\": true, \"multigraph\": true)",
        ));
    }
    if doc.graph.name != GRAPH_NAME {
        return Err(invalid(
            "graph",
            format!("name is {:?}, expected {GRAPH_NAME:?}", doc.graph.name),
        ));
    }

    let mut graph = QuoteGraph::new();
    for (i, value) in doc.nodes.into_iter().enumerate() {
        let at = item_at("nodes", i, &value, "id");
        let node = parse_node(value, &mut graph).map_err(|m| invalid(&at, m))?;
        graph.add_node(node).map_err(|e| invalid(&at, e))?;
    }
    for node in graph.nodes() {
        if let Some(s) = graph.statement(node).and_then(|s| s.speaker()) {
            match graph.node(s).map(Node::kind) {
                Some(NodeKind::Person | NodeKind::Organization) => {}
                Some(k) => {
                    return Err(invalid(
                        &format!("statement {:?}", node.id),
                        format!(
                            "speaker {s:?} is a {}, not a person or organization",
                            k.as_str()
                        ),
                    ));
                }
                None => {
                    return Err(invalid(
                        &format!("statement {:?}", node.id),
                        format!("speaker {s:?} is not a node"),
                    ));
                }
            }
        }
    }
    for (i, value) in doc.links.into_iter().enumerate() {
        let at = item_at("links", i, &value, "key");
        let (source, target, edge) = parse_link(value, &mut graph).map_err(|m| invalid(&at, m))?;
        graph
            .add_edge(&source, &target, edge)
            .map_err(|e: GraphError| invalid(&at, e))?;
    }
    doc.graph.check(&Counts::of(&graph))?;
    Ok(graph)
}

fn invalid(at: &str, message: impl ToString) -> JsonError {
    JsonError::Invalid {
        at: at.to_owned(),
        message: message.to_string(),
    }
}

/// `nodes[3] (id "x")`, or `nodes[3]` when the item has no string id.
fn item_at(list: &str, i: usize, value: &Value, id_field: &str) -> String {
    match value.get(id_field).and_then(Value::as_str) {
        Some(id) => format!("{list}[{i}] ({id_field} {id:?})"),
        None => format!("{list}[{i}]"),
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Document<N, L> {
    directed: bool,
    multigraph: bool,
    graph: Counts,
    nodes: Vec<N>,
    links: Vec<L>,
}

/// The `graph` attributes: name, version and counts.
#[derive(Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct Counts {
    name: String,
    version: String,
    #[serde(default)]
    articles: Option<usize>,
    #[serde(default)]
    people: Option<usize>,
    #[serde(default)]
    organizations: Option<usize>,
    #[serde(default)]
    statements: Option<usize>,
    #[serde(default)]
    quotes: Option<usize>,
}

impl Counts {
    fn of(graph: &QuoteGraph) -> Counts {
        let n = |k| Some(graph.nodes_of(k).count());
        Counts {
            name: GRAPH_NAME.to_owned(),
            version: env!("CARGO_PKG_VERSION").to_owned(),
            articles: n(NodeKind::Article),
            people: n(NodeKind::Person),
            organizations: n(NodeKind::Organization),
            statements: n(NodeKind::Statement),
            quotes: Some(graph.edges_of(EdgeKind::ReportedIn).count()),
        }
    }

    /// Counts given in the file must match the graph.
    fn check(&self, actual: &Counts) -> Result<(), JsonError> {
        let pairs = [
            ("articles", self.articles, actual.articles, "article nodes"),
            ("people", self.people, actual.people, "person nodes"),
            (
                "organizations",
                self.organizations,
                actual.organizations,
                "organization nodes",
            ),
            (
                "statements",
                self.statements,
                actual.statements,
                "statement nodes",
            ),
            ("quotes", self.quotes, actual.quotes, "reported_in links"),
        ];
        for (field, said, is, what) in pairs {
            if let (Some(said), Some(is)) = (said, is)
                && said != is
            {
                return Err(invalid(
                    "graph",
                    format!("{field} is {said}, but there are {is} {what}"),
                ));
            }
        }
        Ok(())
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntityJson<'a> {
    id: Cow<'a, str>,
    #[serde(rename = "type")]
    kind: Cow<'a, str>,
    label: Cow<'a, str>,
    name: Cow<'a, str>,
    aliases: Cow<'a, NameSet>,
    variant_names: Cow<'a, NameSet>,
    roles: Cow<'a, NameSet>,
    affiliations: Cow<'a, NameSet>,
    articles: Cow<'a, NameSet>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StatementJson<'a> {
    id: Cow<'a, str>,
    #[serde(rename = "type")]
    kind: Cow<'a, str>,
    label: Cow<'a, str>,
    text: Cow<'a, str>,
    speaker: Option<Cow<'a, str>>,
    speaker_name: Option<Cow<'a, str>>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleJson<'a> {
    id: Cow<'a, str>,
    #[serde(rename = "type")]
    kind: Cow<'a, str>,
    label: Cow<'a, str>,
    doc: Cow<'a, str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    url: Option<Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    date: Option<Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lang: Option<Cow<'a, str>>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum NodeJson<'a> {
    Entity(EntityJson<'a>),
    Statement(StatementJson<'a>),
    Article(ArticleJson<'a>),
}

/// A node's JSON form, borrowing its strings (the graph outlives it).
fn node_json<'a>(graph: &'a QuoteGraph, node: &'a Node) -> NodeJson<'a> {
    let (id, kind, label) = (
        Cow::Borrowed(node.id.as_str()),
        Cow::Borrowed(node.kind().as_str()),
        Cow::Borrowed(graph.label(node)),
    );
    match &node.data {
        NodeData::Person(e) | NodeData::Organization(e) => NodeJson::Entity(EntityJson {
            id,
            kind,
            label,
            name: Cow::Borrowed(&e.name),
            aliases: Cow::Borrowed(&e.aliases),
            variant_names: Cow::Borrowed(&e.variant_names),
            roles: Cow::Borrowed(&e.roles),
            affiliations: Cow::Borrowed(&e.affiliations),
            articles: Cow::Owned(graph.docs(&e.articles).map(str::to_owned).collect()),
        }),
        NodeData::Statement(_) => {
            let s = graph.statement(node).expect("a statement node");
            NodeJson::Statement(StatementJson {
                id,
                kind,
                label,
                text: Cow::Borrowed(s.text()),
                speaker: borrowed(s.speaker()),
                speaker_name: borrowed(s.speaker_name()),
            })
        }
        NodeData::Article(a) => NodeJson::Article(ArticleJson {
            id,
            kind,
            label,
            doc: Cow::Borrowed(&a.doc),
            title: borrowed(a.title.as_deref()),
            source: borrowed(a.source.as_deref()),
            url: borrowed(a.url.as_deref()),
            date: borrowed(a.date.as_deref()),
            lang: borrowed(a.lang.as_deref()),
        }),
    }
}

/// An optional string, borrowed.
fn borrowed(s: Option<&str>) -> Option<Cow<'_, str>> {
    s.map(Cow::Borrowed)
}

/// An optional string as an owned one.
fn owned(s: Option<Cow<'_, str>>) -> Option<String> {
    s.map(Cow::into_owned)
}

/// A node read from its JSON form; a statement's strings go into
/// `graph`'s store.
fn parse_node(value: Value, graph: &mut QuoteGraph) -> Result<Node, String> {
    let kind = type_of(&value)?;
    let kind = NodeKind::parse(&kind).ok_or_else(|| {
        format!(
            "unknown node type {kind:?}; expected {}",
            names(NodeKind::ALL.map(NodeKind::as_str))
        )
    })?;
    let err = |e: serde_json::Error| e.to_string();
    Ok(match kind {
        NodeKind::Person | NodeKind::Organization => {
            let e: EntityJson = serde_json::from_value(value).map_err(err)?;
            let info = EntityInfo {
                name: e.name.into_owned(),
                aliases: e.aliases.into_owned(),
                variant_names: e.variant_names.into_owned(),
                roles: e.roles.into_owned(),
                affiliations: e.affiliations.into_owned(),
                articles: graph.doc_set(&e.articles),
            };
            let data = if kind == NodeKind::Person {
                NodeData::Person(Box::new(info))
            } else {
                NodeData::Organization(Box::new(info))
            };
            Node {
                id: e.id.into_owned(),
                data,
            }
        }
        NodeKind::Statement => {
            let s: StatementJson = serde_json::from_value(value).map_err(err)?;
            Node {
                id: s.id.into_owned(),
                data: NodeData::Statement(graph.statement_data(&StatementInfo {
                    text: s.text.into_owned(),
                    speaker: owned(s.speaker),
                    speaker_name: owned(s.speaker_name),
                })),
            }
        }
        NodeKind::Article => {
            let a: ArticleJson = serde_json::from_value(value).map_err(err)?;
            Node {
                id: a.id.into_owned(),
                data: NodeData::Article(Box::new(ArticleInfo {
                    doc: a.doc.into_owned(),
                    title: owned(a.title),
                    source: owned(a.source),
                    url: owned(a.url),
                    date: owned(a.date),
                    lang: owned(a.lang),
                })),
            }
        }
    })
}

/// The `type` field of a node or link.
fn type_of(value: &Value) -> Result<String, String> {
    if !value.is_object() {
        return Err(format!("expected an object, found {}", json_kind(value)));
    }
    match value.get("type") {
        Some(Value::String(s)) => Ok(s.clone()),
        Some(other) => Err(format!(
            "`type` must be a string, found {}",
            json_kind(other)
        )),
        None => Err("missing field `type`".to_owned()),
    }
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn names<const N: usize>(all: [&str; N]) -> String {
    all.map(|s| format!("{s:?}")).join(", ")
}

/// The fields every link has.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SaidJson<'a> {
    source: Cow<'a, str>,
    target: Cow<'a, str>,
    key: Cow<'a, str>,
    #[serde(rename = "type")]
    kind: Cow<'a, str>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportedInJson<'a> {
    source: Cow<'a, str>,
    target: Cow<'a, str>,
    key: Cow<'a, str>,
    #[serde(rename = "type")]
    kind: Cow<'a, str>,
    doc: Cow<'a, str>,
    start: usize,
    end: usize,
    quote: Cow<'a, str>,
    cue: Option<Cow<'a, str>>,
    #[serde(rename = "kind")]
    quote_kind: QuoteKind,
    confidence: f32,
    rule: Cow<'a, str>,
    speaker_mention: Option<Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cited: Option<Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    role: Option<Cow<'a, str>>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AffiliatedJson<'a> {
    source: Cow<'a, str>,
    target: Cow<'a, str>,
    key: Cow<'a, str>,
    #[serde(rename = "type")]
    kind: Cow<'a, str>,
    role: Option<Cow<'a, str>>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct VariantJson<'a> {
    source: Cow<'a, str>,
    target: Cow<'a, str>,
    key: Cow<'a, str>,
    #[serde(rename = "type")]
    kind: Cow<'a, str>,
    similarity: f64,
    relation: Cow<'a, str>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CitesJson<'a> {
    source: Cow<'a, str>,
    target: Cow<'a, str>,
    key: Cow<'a, str>,
    #[serde(rename = "type")]
    kind: Cow<'a, str>,
    via: Vec<Cow<'a, str>>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum LinkJson<'a> {
    Said(SaidJson<'a>),
    ReportedIn(Box<ReportedInJson<'a>>),
    Affiliated(AffiliatedJson<'a>),
    Variant(VariantJson<'a>),
    Cites(CitesJson<'a>),
}

/// A link's JSON form, borrowing its strings (the graph outlives it).
fn link_json<'a>(
    source: &'a str,
    target: &'a str,
    key: Cow<'a, str>,
    e: EdgeRef<'a>,
) -> LinkJson<'a> {
    let edge = e.edge;
    let (source, target, kind) = (
        Cow::Borrowed(source),
        Cow::Borrowed(target),
        Cow::Borrowed(edge.kind().as_str()),
    );
    match &edge.data {
        EdgeData::Said => LinkJson::Said(SaidJson {
            source,
            target,
            key,
            kind,
        }),
        EdgeData::ReportedIn(_) => {
            let Some(o) = e.occurrence() else {
                unreachable!("a graph's reported_in edges have their occurrences");
            };
            LinkJson::ReportedIn(Box::new(ReportedInJson {
                source,
                target,
                key,
                kind,
                doc: Cow::Borrowed(o.doc()),
                start: o.start(),
                end: o.end(),
                quote: Cow::Borrowed(o.quote()),
                cue: o.cue().map(Cow::Borrowed),
                quote_kind: o.kind(),
                confidence: o.confidence(),
                rule: Cow::Borrowed(o.rule()),
                speaker_mention: o.speaker_mention().map(Cow::Borrowed),
                cited: o.cited().map(Cow::Borrowed),
                role: o.role().map(Cow::Borrowed),
            }))
        }
        EdgeData::AffiliatedWith { role } => LinkJson::Affiliated(AffiliatedJson {
            source,
            target,
            key,
            kind,
            role: borrowed(role.as_deref()),
        }),
        EdgeData::VariantOf(v) => LinkJson::Variant(VariantJson {
            source,
            target,
            key,
            kind,
            similarity: v.similarity,
            relation: Cow::Borrowed(v.relation.as_str()),
        }),
        EdgeData::Cites { via } => LinkJson::Cites(CitesJson {
            source,
            target,
            key,
            kind,
            via: via.iter().map(|v| Cow::Borrowed(v.as_str())).collect(),
        }),
    }
}

/// A link and its endpoints; a `reported_in` link's occurrence is added
/// to `graph`.
fn parse_link(value: Value, graph: &mut QuoteGraph) -> Result<(String, String, Edge), String> {
    let kind = type_of(&value)?;
    let kind = EdgeKind::parse(&kind).ok_or_else(|| {
        format!(
            "unknown link type {kind:?}; expected {}",
            names(EdgeKind::ALL.map(EdgeKind::as_str))
        )
    })?;
    let err = |e: serde_json::Error| e.to_string();
    let edge = Edge::new;
    Ok(match kind {
        EdgeKind::Said => {
            let l: SaidJson = serde_json::from_value(value).map_err(err)?;
            (
                l.source.into_owned(),
                l.target.into_owned(),
                edge(l.key.into_owned(), EdgeData::Said),
            )
        }
        EdgeKind::ReportedIn => {
            let l: ReportedInJson = serde_json::from_value(value).map_err(err)?;
            if l.start > l.end {
                return Err(format!("start {} is after end {}", l.start, l.end));
            }
            if !(0.0..=1.0).contains(&l.confidence) {
                return Err(format!(
                    "confidence {} is not between 0 and 1",
                    l.confidence
                ));
            }
            let o = Occurrence {
                doc: l.doc.into_owned(),
                start: l.start,
                end: l.end,
                quote: l.quote.into_owned(),
                cue: owned(l.cue),
                kind: l.quote_kind,
                confidence: l.confidence,
                rule: l.rule.into_owned(),
                speaker_mention: owned(l.speaker_mention),
                cited: owned(l.cited),
                role: owned(l.role),
            };
            let o = graph.add_occurrence(&o);
            (
                l.source.into_owned(),
                l.target.into_owned(),
                edge(l.key.into_owned(), EdgeData::ReportedIn(o)),
            )
        }
        EdgeKind::AffiliatedWith => {
            let l: AffiliatedJson = serde_json::from_value(value).map_err(err)?;
            let data = EdgeData::AffiliatedWith {
                role: owned(l.role).map(Role::from),
            };
            (
                l.source.into_owned(),
                l.target.into_owned(),
                edge(l.key.into_owned(), data),
            )
        }
        EdgeKind::VariantOf => {
            let l: VariantJson = serde_json::from_value(value).map_err(err)?;
            let relation = VariantRelation::parse(&l.relation).ok_or_else(|| {
                format!(
                    "unknown relation {:?}; expected \"similar\" or \"stitched\"",
                    l.relation
                )
            })?;
            if !(0.0..=1.0).contains(&l.similarity) {
                return Err(format!(
                    "similarity {} is not between 0 and 1",
                    l.similarity
                ));
            }
            let data = EdgeData::VariantOf(Variant {
                similarity: l.similarity,
                relation,
            });
            (
                l.source.into_owned(),
                l.target.into_owned(),
                edge(l.key.into_owned(), data),
            )
        }
        EdgeKind::Cites => {
            let l: CitesJson = serde_json::from_value(value).map_err(err)?;
            let via = l
                .via
                .iter()
                .map(|v| {
                    CiteVia::parse(v).ok_or_else(|| {
                        format!("unknown via {v:?}; expected \"cited\" or \"speaker\"")
                    })
                })
                .collect::<Result<CiteVias, _>>()?;
            (
                l.source.into_owned(),
                l.target.into_owned(),
                edge(l.key.into_owned(), EdgeData::Cites { via }),
            )
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests::sample;

    #[test]
    fn round_trip_is_byte_identical() {
        let g = sample();
        let text = g.to_json();
        let back = QuoteGraph::from_json(&text).unwrap();
        assert_eq!(back.to_json(), text);
        assert_eq!(back.node_count(), g.node_count());
        assert_eq!(back.edge_count(), g.edge_count());
    }

    #[test]
    fn output_shape() {
        let text = sample().to_json();
        assert!(text.ends_with("}\n"));
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["directed"], true);
        assert_eq!(v["multigraph"], true);
        assert_eq!(v["graph"]["name"], "quotegraph");
        assert_eq!(v["graph"]["version"], env!("CARGO_PKG_VERSION"));
        for n in v["nodes"].as_array().unwrap() {
            assert!(n["id"].is_string() && n["label"].is_string());
            assert!(NodeKind::parse(n["type"].as_str().unwrap()).is_some());
        }
        for l in v["links"].as_array().unwrap() {
            assert!(l["key"].is_string() && l["source"].is_string());
        }
    }

    /// Loads `text` with one edit applied and returns the error message.
    fn error_after(edit: impl FnOnce(&mut Value)) -> String {
        let mut v: Value = serde_json::from_str(&sample().to_json()).unwrap();
        edit(&mut v);
        match QuoteGraph::from_json(&v.to_string()) {
            Ok(_) => panic!("edited graph.json loaded without error"),
            Err(e) => e.to_string(),
        }
    }

    fn first_of(v: &mut Value, list: &str, kind: &str) -> usize {
        v[list]
            .as_array()
            .unwrap()
            .iter()
            .position(|n| n["type"] == kind)
            .unwrap()
    }

    #[test]
    fn errors_say_what_is_wrong() {
        let e = QuoteGraph::from_json("{not json").unwrap_err();
        assert!(matches!(e, JsonError::Syntax(_)), "{e}");

        let e = error_after(|v| {
            v.as_object_mut().unwrap().remove("links");
        });
        assert!(e.contains("top level") && e.contains("links"), "{e}");

        let e = error_after(|v| v["directed"] = Value::Bool(false));
        assert!(e.contains("directed"), "{e}");

        let e = error_after(|v| v["graph"]["name"] = "other".into());
        assert!(e.contains("\"other\""), "{e}");

        let e = error_after(|v| v["nodes"][0]["type"] = "place".into());
        assert!(
            e.contains("nodes[0]") && e.contains("unknown node type \"place\""),
            "{e}"
        );

        let e = error_after(|v| {
            let i = first_of(v, "nodes", "person");
            v["nodes"][i].as_object_mut().unwrap().remove("name");
        });
        assert!(
            e.contains("missing field `name`") && e.contains("person:"),
            "{e}"
        );

        let e = error_after(|v| {
            let i = first_of(v, "nodes", "statement");
            v["nodes"][i]["colour"] = "red".into();
        });
        assert!(e.contains("unknown field `colour`"), "{e}");

        let e = error_after(|v| {
            let n = v["nodes"][0].clone();
            v["nodes"].as_array_mut().unwrap().push(n);
        });
        assert!(e.contains("duplicate node id"), "{e}");

        let e = error_after(|v| v["links"][0]["target"] = "stmt:nowhere".into());
        assert!(
            e.contains("links[0]") && e.contains("unknown node \"stmt:nowhere\""),
            "{e}"
        );

        let e = error_after(|v| {
            let i = first_of(v, "links", "said");
            let t = v["links"][i]["target"].clone();
            v["links"][i]["source"] = t;
        });
        assert!(
            e.contains("cannot go from a statement to a statement"),
            "{e}"
        );

        let e = error_after(|v| {
            let i = first_of(v, "links", "reported_in");
            v["links"][i]["start"] = "zero".into();
        });
        assert!(
            e.contains("invalid type") && e.contains("reported_in"),
            "{e}"
        );

        let e = error_after(|v| {
            let i = first_of(v, "links", "reported_in");
            v["links"][i]["kind"] = "shouted".into();
        });
        assert!(e.contains("unknown variant `shouted`"), "{e}");

        let e = error_after(|v| v["graph"]["articles"] = 99.into());
        assert!(e.contains("articles is 99"), "{e}");

        let e = error_after(|v| {
            let i = first_of(v, "nodes", "statement");
            v["nodes"][i]["speaker"] = "person:nobody".into();
        });
        assert!(e.contains("speaker \"person:nobody\" is not a node"), "{e}");

        let e = error_after(|v| v["links"][0] = Value::Array(vec![]));
        assert!(e.contains("expected an object, found an array"), "{e}");
    }
}
