//! [`QuoteGraph`] -> Graphviz DOT, written straight to a writer in the
//! bytes `graphviz_rust`'s printer gives for the same AST ([`dot_graph`]).
//!
//! | node         | shape    | fill         | label |
//! |--------------|----------|--------------|-------|
//! | person       | ellipse  | light blue   | name |
//! | organization | box      | light orange | name |
//! | statement    | note     | light yellow | the quote, shortened to 60 characters and wrapped |
//! | article      | folder   | light grey   | doc id and shortened title |
//!
//! Edges carry their type as label: `said`, `reported_in: <cue>`,
//! `variant_of <score>` (dashed), `affiliated_with: <role>`, `cites`
//! (dotted). Every id and label is escaped here (`"`, `\`, newlines) and
//! quoted, so any text is safe, whatever it contains.

use std::borrow::Cow;
use std::io::{self, Write as _};
use std::path::Path;

use graphviz_rust::dot_structures::{
    Attribute, Edge as DotEdge, EdgeTy, Graph, GraphAttributes, Id, Node as DotNode, NodeId, Stmt,
    Vertex,
};
#[cfg(test)]
use graphviz_rust::printer::{DotPrinter, PrinterContext};

use crate::graph::{EdgeData, Node, NodeData, QuoteGraph, VariantRelation, shorten, wrap};

/// Longest statement text shown in a node, in characters.
pub const STATEMENT_LABEL_CHARS: usize = 60;

/// Line width of wrapped labels, in characters.
const WRAP: usize = 24;

/// The graph as DOT text, ending with a newline.
pub fn to_dot(graph: &QuoteGraph) -> String {
    let mut out = Vec::new();
    write_to(graph, &mut out).expect("writing to memory does not fail");
    String::from_utf8(out).expect("DOT text is UTF-8")
}

/// Writes the DOT text to `path` atomically, streamed.
///
/// # Errors
///
/// Any I/O error; the message names the path.
pub fn write(graph: &QuoteGraph, path: &Path) -> io::Result<()> {
    crate::fsutil::write_atomic_with(path, |w| write_to(graph, w))
}

/// Writes the DOT text to `w`, node by node and edge by edge, straight
/// to the writer: no `graphviz_rust` statement or string is built per
/// node or edge, and the whole graph is never held as one AST or one
/// string, so big graphs stream. The bytes are those of printing
/// [`dot_graph`] with `graphviz_rust`'s default printer (plus a final
/// newline); a test checks it.
///
/// # Errors
///
/// The writer's I/O error.
pub fn write_to(graph: &QuoteGraph, w: impl io::Write) -> io::Result<()> {
    let mut w = io::BufWriter::with_capacity(1 << 16, w);
    write!(w, "digraph ")?;
    write_quoted(&mut w, GRAPH_ID)?;
    w.write_all(b" {\n")?;
    // The printer indents each statement by one step (two spaces) and
    // joins them with line breaks; an attribute list is `[k=v k=v]`.
    w.write_all(
        b"  graph[rankdir=LR overlap=false splines=true]\n  node[style=filled fontsize=\"11\"]\n  edge[fontsize=\"9\"]",
    )?;
    for n in graph.nodes() {
        w.write_all(b"\n  ")?;
        write_quoted(&mut w, &n.id)?;
        write_attrs(&mut w, &node_attrs(graph, n))?;
    }
    for e in graph.edges() {
        w.write_all(b"\n  ")?;
        write_quoted(&mut w, &e.source.id)?;
        w.write_all(b" -> ")?;
        write_quoted(&mut w, &e.target.id)?;
        w.write_all(b" ")?;
        write_attrs(&mut w, &edge_attrs(e))?;
    }
    w.write_all(b"\n}\n")?;
    w.flush()
}

/// `[k=v k=v]`, each value as [`attr`] prints it.
fn write_attrs(w: &mut impl io::Write, attrs: &[(&str, Cow<'_, str>)]) -> io::Result<()> {
    w.write_all(b"[")?;
    for (i, (k, v)) in attrs.iter().enumerate() {
        if i > 0 {
            w.write_all(b" ")?;
        }
        w.write_all(k.as_bytes())?;
        w.write_all(b"=")?;
        if is_plain(v) {
            w.write_all(v.as_bytes())?;
        } else {
            write_quoted(w, v)?;
        }
    }
    w.write_all(b"]")
}

/// `"` + [`escape`]`(s)` + `"`, without a copy when nothing needs escaping.
fn write_quoted(w: &mut impl io::Write, s: &str) -> io::Result<()> {
    w.write_all(b"\"")?;
    let clean = s
        .bytes()
        .all(|b| b >= 0x20 && b != 0x7f && b != b'"' && b != b'\\' && b < 0x80)
        || !s.chars().any(needs_escape);
    if clean {
        w.write_all(s.as_bytes())?;
    } else {
        w.write_all(escape(s).as_bytes())?;
    }
    w.write_all(b"\"")
}

/// Whether [`escape`] changes `c`.
fn needs_escape(c: char) -> bool {
    matches!(c, '\\' | '"' | '\r' | '\n' | '\u{2028}' | '\u{2029}') || c.is_control()
}

/// The id of the DOT graph.
const GRAPH_ID: &str = "quotegraph";

/// Graph, node and edge defaults.
fn header() -> Vec<Stmt> {
    vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("rankdir", "LR"),
            attr("overlap", "false"),
            attr("splines", "true"),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("style", "filled"),
            attr("fontsize", "11"),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![attr("fontsize", "9")])),
    ]
}

fn dot_edge(e: crate::graph::EdgeRef<'_>) -> Stmt {
    Stmt::Edge(DotEdge {
        ty: EdgeTy::Pair(
            Vertex::N(NodeId(quoted(&e.source.id), None)),
            Vertex::N(NodeId(quoted(&e.target.id), None)),
        ),
        attributes: to_attributes(&edge_attrs(e)),
    })
}

/// The graph as a `graphviz_rust` AST, for callers that want to add to it
/// or run it through `graphviz_rust::exec`.
pub fn dot_graph(graph: &QuoteGraph) -> Graph {
    let mut stmts = header();
    stmts.extend(graph.nodes().map(|n| Stmt::Node(dot_node(graph, n))));
    stmts.extend(graph.edges().map(dot_edge));
    Graph::DiGraph {
        id: quoted(GRAPH_ID),
        strict: false,
        stmts,
    }
}

fn dot_node(graph: &QuoteGraph, node: &Node) -> DotNode {
    DotNode::new(
        NodeId(quoted(&node.id), None),
        to_attributes(&node_attrs(graph, node)),
    )
}

fn to_attributes(attrs: &[(&str, Cow<'_, str>)]) -> Vec<Attribute> {
    attrs.iter().map(|(k, v)| attr(k, v)).collect()
}

/// A node's attributes, keys and unescaped values.
fn node_attrs<'a>(graph: &'a QuoteGraph, node: &'a Node) -> Vec<(&'static str, Cow<'a, str>)> {
    let mut attrs: Vec<(&'static str, Cow<'_, str>)> = match &node.data {
        NodeData::Person(e) => vec![
            ("shape", "ellipse".into()),
            ("fillcolor", "lightblue".into()),
            ("label", wrap(&e.name, WRAP).into()),
        ],
        NodeData::Organization(e) => vec![
            ("shape", "box".into()),
            ("fillcolor", "#ffd8a8".into()),
            ("label", wrap(&e.name, WRAP).into()),
        ],
        NodeData::Statement(_) => {
            let text = graph.label(node);
            vec![
                ("shape", "note".into()),
                ("fillcolor", "lightyellow".into()),
                (
                    "label",
                    wrap(&format!("“{}”", shorten(text, STATEMENT_LABEL_CHARS)), WRAP).into(),
                ),
                ("tooltip", shorten(text, 1000).into()),
            ]
        }
        NodeData::Article(a) => {
            let mut label = a.doc.clone();
            if let Some(title) = &a.title {
                label.push('\n');
                label.push_str(&wrap(&shorten(title, 40), WRAP));
            }
            vec![
                ("shape", "folder".into()),
                ("fillcolor", "lightgrey".into()),
                ("label", label.into()),
            ]
        }
    };
    attrs.push(("id", Cow::Borrowed(&node.id)));
    attrs
}

/// An edge's attributes, keys and unescaped values.
fn edge_attrs(e: crate::graph::EdgeRef<'_>) -> Vec<(&'static str, Cow<'static, str>)> {
    match &e.edge.data {
        EdgeData::Said => vec![("label", "said".into())],
        EdgeData::ReportedIn(_) => {
            let label = match e.occurrence().and_then(|o| o.cue()) {
                Some(cue) => format!("reported_in: {}", shorten(cue, 30)).into(),
                None => "reported_in".into(),
            };
            vec![("label", label), ("color", "gray40".into())]
        }
        EdgeData::AffiliatedWith { role } => {
            let label = match role {
                Some(r) => wrap(&format!("affiliated_with: {}", shorten(r, 40)), 30).into(),
                None => "affiliated_with".into(),
            };
            vec![("label", label), ("color", "darkorange3".into())]
        }
        EdgeData::VariantOf(v) => {
            let name = match v.relation {
                VariantRelation::Similar => "variant_of",
                VariantRelation::Stitched => "variant_of (stitched)",
            };
            vec![
                ("label", format!("{name} {:.2}", v.similarity).into()),
                ("style", "dashed".into()),
                ("color", "goldenrod4".into()),
            ]
        }
        EdgeData::Cites { .. } => vec![("label", "cites".into()), ("style", "dotted".into())],
    }
}

/// Escapes text for a quoted DOT string: `\` -> `\\`, `"` -> `\"`, line
/// breaks -> `\n` (a centered line break in labels). Carriage returns are
/// dropped.
///
/// # Examples
///
/// ```
/// use quotegraph::export::dot::escape;
/// assert_eq!(escape("say \"hi\"\\\nbye"), r#"say \"hi\"\\\nbye"#);
/// ```
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push_str("\\n"),
            '\r' => {}
            // Graphviz rejects NUL and other control characters in ids.
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A quoted, escaped DOT id: `Id::Escaped("\"...\"")`.
pub fn quoted(s: &str) -> Id {
    Id::Escaped(format!("\"{}\"", escape(s)))
}

/// An attribute; the value stays bare when it is a plain DOT identifier.
fn attr(key: &str, value: &str) -> Attribute {
    let v = if is_plain(value) {
        Id::Plain(value.to_owned())
    } else {
        quoted(value)
    };
    Attribute(Id::Plain(key.to_owned()), v)
}

/// Whether `value` is a plain DOT identifier (printed without quotes).
fn is_plain(value: &str) -> bool {
    value
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !matches!(
            value.to_ascii_lowercase().as_str(),
            "node" | "edge" | "graph" | "digraph" | "subgraph" | "strict"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests::{quote, sample};
    use crate::model::{Article, Entity, EntityKind};

    #[test]
    fn escapes() {
        assert_eq!(escape(r#"a"b\c"#), r#"a\"b\\c"#);
        assert_eq!(escape("x\r\ny"), r"x\ny");
        assert_eq!(escape("ends with \\"), r"ends with \\");
        assert_eq!(escape("<b>{x}|y</b>"), "<b>{x}|y</b>");
        assert_eq!(escape("Tổng thống"), "Tổng thống");
    }

    #[test]
    fn plain_attribute_values_stay_bare() {
        assert_eq!(attr("rankdir", "LR").1, Id::Plain("LR".into()));
        assert_eq!(attr("fillcolor", "#ffd8a8").1, quoted("#ffd8a8"));
        assert_eq!(attr("label", "node").1, quoted("node"));
        assert_eq!(attr("label", "").1, quoted(""));
    }

    #[test]
    fn streamed_dot_is_the_printed_ast() {
        for g in [sample(), QuoteGraph::new()] {
            let mut printed = dot_graph(&g).print(&mut PrinterContext::default());
            printed.push('\n');
            assert_eq!(to_dot(&g), printed);
        }
    }

    #[test]
    fn dot_parses_back_with_every_node() {
        let g = sample();
        let dot = to_dot(&g);
        assert!(dot.starts_with("digraph \"quotegraph\" {"), "{dot}");
        assert!(dot.ends_with("}\n"));
        assert!(dot.contains("rankdir=LR"));
        let parsed = graphviz_rust::parse(&dot).expect("DOT parses");
        let Graph::DiGraph { stmts, .. } = parsed else {
            panic!("not a digraph")
        };
        let ids: Vec<Id> = stmts
            .iter()
            .filter_map(|s| match s {
                Stmt::Node(n) => Some(n.id.0.clone()),
                _ => None,
            })
            .collect();
        let expected: Vec<Id> = g.nodes().map(|n| quoted(&n.id)).collect();
        assert_eq!(ids, expected);
        let edges = stmts.iter().filter(|s| matches!(s, Stmt::Edge(_))).count();
        assert_eq!(edges, g.edge_count());
    }

    #[test]
    fn statement_labels_are_short() {
        let long = "word ".repeat(40);
        let g = QuoteGraph::build(&[], &[quote("d", 0, &long, None)], &[]);
        let dot = to_dot(&g);
        let label = dot
            .lines()
            .find(|l| l.contains("shape=note"))
            .and_then(|l| l.split("label=\"").nth(1))
            .and_then(|l| l.split("\" tooltip").next())
            .unwrap();
        let shown = label.replace("\\n", " ");
        assert!(
            shown.chars().count() <= STATEMENT_LABEL_CHARS + 2,
            "{shown}"
        );
        assert!(shown.contains('…'));
        assert!(label.contains("\\n"), "wrapped: {label}");
    }

    #[test]
    fn hostile_text_survives_parsing() {
        let nasty = "He said \"no\" \\ then\nleft <b>{x}|y</b> \\\" Tổng thống Mỹ \\";
        let entity = Entity {
            id: format!("person:{nasty}"),
            kind: EntityKind::Person,
            name: nasty.into(),
            aliases: Default::default(),
            variant_names: Default::default(),
            roles: Default::default(),
            affiliations: Default::default(),
            articles: Default::default(),
        };
        let article = Article {
            id: nasty.into(),
            title: Some(nasty.into()),
            ..Article::default()
        };
        let q = quote(nasty, 0, nasty, Some(0));
        let g = QuoteGraph::build(&[article], &[q], &[entity]);
        let dot = to_dot(&g);
        let parsed = graphviz_rust::parse(&dot).expect("hostile DOT parses");
        let Graph::DiGraph { stmts, .. } = parsed else {
            panic!("not a digraph")
        };
        let nodes: Vec<&DotNode> = stmts
            .iter()
            .filter_map(|s| match s {
                Stmt::Node(n) => Some(n),
                _ => None,
            })
            .collect();
        assert_eq!(nodes.len(), g.node_count());
        for (dn, n) in nodes.iter().zip(g.nodes()) {
            let Id::Escaped(raw) = &dn.id.0 else {
                panic!("unquoted id {:?}", dn.id)
            };
            assert_eq!(unescape(raw), n.id);
        }
    }

    /// Undoes `quoted`.
    fn unescape(raw: &str) -> String {
        let inner = &raw[1..raw.len() - 1];
        let mut out = String::new();
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => out.push('\n'),
                    Some(o) => out.push(o),
                    None => panic!("dangling backslash in {raw}"),
                }
            } else {
                out.push(c);
            }
        }
        out
    }
}
