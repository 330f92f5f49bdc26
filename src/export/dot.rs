//! [`QuoteGraph`] -> Graphviz DOT, built as a `graphviz_rust` AST and
//! printed with its printer.
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

use std::io;
use std::path::Path;

use graphviz_rust::dot_structures::{
    Attribute, Edge as DotEdge, EdgeTy, Graph, GraphAttributes, Id, Node as DotNode, NodeId, Stmt,
    Vertex,
};
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

/// Writes the DOT text to `w` statement by statement: each node and edge
/// is built as a `graphviz_rust` statement and printed with its printer,
/// but the whole graph is never held as one AST or one string, so big
/// graphs stream. The bytes are those of printing [`dot_graph`] (plus a
/// final newline).
///
/// # Errors
///
/// The writer's I/O error.
pub fn write_to(graph: &QuoteGraph, mut w: impl io::Write) -> io::Result<()> {
    let mut ctx = PrinterContext::default();
    // Printing a graph sets the printer to directed edges and indents its
    // statements by one step; an empty one leaves the context that way.
    let empty = Graph::DiGraph {
        id: quoted(GRAPH_ID),
        strict: false,
        stmts: Vec::new(),
    };
    let _ = empty.print(&mut ctx);
    writeln!(w, "digraph {} {{", quoted(GRAPH_ID).print(&mut ctx))?;
    let mut first = true;
    let mut put = |stmt: Stmt, w: &mut dyn io::Write| -> io::Result<()> {
        if !first {
            w.write_all(b"\n")?;
        }
        first = false;
        w.write_all(stmt.print(&mut ctx).as_bytes())
    };
    for stmt in header() {
        put(stmt, &mut w)?;
    }
    for n in graph.nodes() {
        put(Stmt::Node(dot_node(n)), &mut w)?;
    }
    for e in graph.edges() {
        put(dot_edge(e), &mut w)?;
    }
    w.write_all(b"\n}\n")
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
        attributes: edge_attributes(&e.edge.data),
    })
}

/// The graph as a `graphviz_rust` AST, for callers that want to add to it
/// or run it through `graphviz_rust::exec`.
pub fn dot_graph(graph: &QuoteGraph) -> Graph {
    let mut stmts = header();
    stmts.extend(graph.nodes().map(|n| Stmt::Node(dot_node(n))));
    stmts.extend(graph.edges().map(dot_edge));
    Graph::DiGraph {
        id: quoted(GRAPH_ID),
        strict: false,
        stmts,
    }
}

fn dot_node(node: &Node) -> DotNode {
    let mut attrs = match &node.data {
        NodeData::Person(e) => vec![
            attr("shape", "ellipse"),
            attr("fillcolor", "lightblue"),
            attr("label", &wrap(&e.name, WRAP)),
        ],
        NodeData::Organization(e) => vec![
            attr("shape", "box"),
            attr("fillcolor", "#ffd8a8"),
            attr("label", &wrap(&e.name, WRAP)),
        ],
        NodeData::Statement(s) => vec![
            attr("shape", "note"),
            attr("fillcolor", "lightyellow"),
            attr(
                "label",
                &wrap(
                    &format!("“{}”", shorten(&s.text, STATEMENT_LABEL_CHARS)),
                    WRAP,
                ),
            ),
            attr("tooltip", &shorten(&s.text, 1000)),
        ],
        NodeData::Article(a) => {
            let mut label = a.doc.clone();
            if let Some(title) = &a.title {
                label.push('\n');
                label.push_str(&wrap(&shorten(title, 40), WRAP));
            }
            vec![
                attr("shape", "folder"),
                attr("fillcolor", "lightgrey"),
                attr("label", &label),
            ]
        }
    };
    attrs.push(attr("id", &node.id));
    DotNode::new(NodeId(quoted(&node.id), None), attrs)
}

fn edge_attributes(data: &EdgeData) -> Vec<Attribute> {
    match data {
        EdgeData::Said => vec![attr("label", "said")],
        EdgeData::ReportedIn(o) => {
            let label = match &o.cue {
                Some(cue) => format!("reported_in: {}", shorten(cue, 30)),
                None => "reported_in".to_owned(),
            };
            vec![attr("label", &label), attr("color", "gray40")]
        }
        EdgeData::AffiliatedWith { role } => {
            let label = match role {
                Some(r) => wrap(&format!("affiliated_with: {}", shorten(r, 40)), 30),
                None => "affiliated_with".to_owned(),
            };
            vec![attr("label", &label), attr("color", "darkorange3")]
        }
        EdgeData::VariantOf(v) => {
            let name = match v.relation {
                VariantRelation::Similar => "variant_of",
                VariantRelation::Stitched => "variant_of (stitched)",
            };
            vec![
                attr("label", &format!("{name} {:.2}", v.similarity)),
                attr("style", "dashed"),
                attr("color", "goldenrod4"),
            ]
        }
        EdgeData::Cites { .. } => vec![attr("label", "cites"), attr("style", "dotted")],
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
    let plain = value
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !matches!(
            value.to_ascii_lowercase().as_str(),
            "node" | "edge" | "graph" | "digraph" | "subgraph" | "strict"
        );
    let v = if plain {
        Id::Plain(value.to_owned())
    } else {
        quoted(value)
    };
    Attribute(Id::Plain(key.to_owned()), v)
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
