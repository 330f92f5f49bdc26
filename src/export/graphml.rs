//! Graph -> GraphML, for the tools people use on big graphs (Gephi,
//! Cytoscape, yEd, networkx `read_graphml`). Nodes carry `type` and `label`;
//! edges carry `type` and their stable id as `key`. Deterministic: the same
//! graph gives the same bytes.

use crate::graph::{EdgeData, QuoteGraph};

/// Escapes text for XML character data and attribute values; characters
/// XML 1.0 forbids (most control characters) become spaces.
pub fn escape(s: &str) -> String {
    Escaped(s).to_string()
}

/// [`escape`]`(s)` as `Display`, written straight to the output: a run of
/// characters that need nothing is written whole, without a copy.
struct Escaped<'a>(&'a str);

impl std::fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = self.0;
        let mut from = 0;
        for (i, c) in s.char_indices() {
            let with = match c {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                '\t' | '\n' | '\r' => continue,
                c if c.is_control() => " ",
                _ => continue,
            };
            f.write_str(&s[from..i])?;
            f.write_str(with)?;
            from = i + c.len_utf8();
        }
        f.write_str(&s[from..])
    }
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
            Escaped(&n.id),
            n.kind().as_str(),
            Escaped(graph.label(n))
        )?;
    }
    for e in graph.edges() {
        let label: std::borrow::Cow<'_, str> = match &e.edge.data {
            EdgeData::ReportedIn(_) => e
                .occurrence()
                .and_then(|o| o.cue())
                .unwrap_or_default()
                .into(),
            EdgeData::AffiliatedWith { role } => role.as_deref().unwrap_or_default().into(),
            EdgeData::VariantOf(v) => format!("{:.2}", v.similarity).into(),
            _ => "".into(),
        };
        writeln!(
            out,
            "    <edge id=\"{}\" source=\"{}\" target=\"{}\"><data key=\"d2\">{}</data><data key=\"d3\">{}</data></edge>",
            Escaped(&e.id()),
            Escaped(&e.source.id),
            Escaped(&e.target.id),
            e.edge.kind().as_str(),
            Escaped(&label)
        )?;
    }
    out.write_all(b"  </graph>\n</graphml>\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The escaping character by character, as it was written before
    /// [`Escaped`] wrote runs whole.
    fn escape_each(s: &str) -> String {
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

    proptest::proptest! {
        #[test]
        fn runs_escape_as_characters_do(s in "(\\PC|[&<>\"'\t\n\r\u{0}-\u{1f}\u{7f}-\u{9f}ắ])*") {
            proptest::prop_assert_eq!(escape(&s), escape_each(&s));
        }
    }

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(escape("a<b>&\"c\"\u{0}d"), "a&lt;b&gt;&amp;&quot;c&quot; d");
    }
}
