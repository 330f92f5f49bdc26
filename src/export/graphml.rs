//! Graph -> GraphML, for the tools people use on big graphs (Gephi,
//! Cytoscape, yEd, networkx `read_graphml`). Nodes carry `type` and `label`;
//! edges carry `type` and their stable id as `key`. Deterministic: the same
//! graph gives the same bytes.

use crate::graph::{EdgeData, QuoteGraph};

/// Escapes text for XML character data and attribute values; characters
/// XML 1.0 forbids (most control characters) become spaces.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The graph as a GraphML document.
pub fn to_graphml(graph: &QuoteGraph) -> String {
    let mut out = Vec::with_capacity(256 + graph.node_count() * 120 + graph.edge_count() * 120);
    write_to(graph, &mut out).expect("writing to memory does not fail");
    String::from_utf8(out).expect("GraphML text is UTF-8")
}

/// Writes the GraphML document to `path` atomically, streamed.
///
/// # Errors
///
/// Any I/O error; the message names the path.
pub fn write(graph: &QuoteGraph, path: &std::path::Path) -> std::io::Result<()> {
    crate::fsutil::write_atomic_with(path, |w| write_to(graph, w))
}

/// Writes the GraphML document to `w` node by node; the same bytes as
/// [`to_graphml`].
///
/// # Errors
///
/// The writer's I/O error.
pub fn write_to(graph: &QuoteGraph, mut out: impl std::io::Write) -> std::io::Result<()> {
    out.write_all(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")?;
    out.write_all(b"<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n")?;
    for (id, on, name) in [
        ("d0", "node", "type"),
        ("d1", "node", "label"),
        ("d2", "edge", "type"),
        ("d3", "edge", "label"),
    ] {
        writeln!(
            out,
            "  <key id=\"{id}\" for=\"{on}\" attr.name=\"{name}\" attr.type=\"string\"/>"
        )?;
    }
    out.write_all(b"  <graph id=\"quotegraph\" edgedefault=\"directed\">\n")?;
    for n in graph.nodes() {
        writeln!(
            out,
            "    <node id=\"{}\"><data key=\"d0\">{}</data><data key=\"d1\">{}</data></node>",
            escape(&n.id),
            n.kind().as_str(),
            escape(n.label())
        )?;
    }
    for e in graph.edges() {
        let label = match &e.edge.data {
            EdgeData::ReportedIn(o) => o.cue.as_deref().unwrap_or_default().to_owned(),
            EdgeData::AffiliatedWith { role } => role.clone().unwrap_or_default(),
            EdgeData::VariantOf(v) => format!("{:.2}", v.similarity),
            _ => String::new(),
        };
        writeln!(
            out,
            "    <edge id=\"{}\" source=\"{}\" target=\"{}\"><data key=\"d2\">{}</data><data key=\"d3\">{}</data></edge>",
            escape(&e.edge.id),
            escape(&e.source.id),
            escape(&e.target.id),
            e.edge.kind().as_str(),
            escape(&label)
        )?;
    }
    out.write_all(b"  </graph>\n</graphml>\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(escape("a<b>&\"c\"\u{0}d"), "a&lt;b&gt;&amp;&quot;c&quot; d");
    }
}
