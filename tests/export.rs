//! Export tests: snapshots of graph.json and DOT for a small hand-built
//! corpus (tests/fixtures/export/corpus.json), determinism, round trips,
//! DOT parse-back, and the external tools (Graphviz `dot`, networkx) when
//! they are installed.
//!
//! Update the snapshots with `INSTA_UPDATE=always cargo test --test export`
//! (or `cargo insta review`) and read the diff.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use graphviz_rust::dot_structures::{Graph, Id, Stmt};
use proptest::prelude::*;
use quotegraph::export::{dot, json, render};
use quotegraph::fsutil;
use quotegraph::graph::{EdgeKind, NodeKind, QuoteGraph, VariantRelation};
use quotegraph::model::{
    Article, Attributed, Entity, EntityKind, Quotation, QuoteKind, SpeakerType,
};
use serde::Deserialize;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export")
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Corpus {
    #[allow(dead_code)]
    about: String,
    articles: Vec<Article>,
    entities: Vec<Entity>,
    quotes: Vec<FixtureQuote>,
}

/// A quotation without offsets (computed from the article text) and with
/// the speaker given as an entity id.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FixtureQuote {
    doc: String,
    quote: String,
    kind: QuoteKind,
    entity: Option<String>,
    speaker_mention: Option<String>,
    cue: Option<String>,
    confidence: f32,
    rule: String,
    #[serde(default)]
    cited: Option<String>,
    #[serde(default)]
    role: Option<String>,
}

fn corpus() -> (Vec<Article>, Vec<Attributed>, Vec<Entity>) {
    let text = std::fs::read_to_string(fixtures().join("corpus.json")).unwrap();
    let c: Corpus = serde_json::from_str(&text).unwrap();
    let quotes = c
        .quotes
        .into_iter()
        .map(|q| {
            let article = c.articles.iter().find(|a| a.id == q.doc).unwrap();
            let start = article
                .text
                .find(&q.quote)
                .unwrap_or_else(|| panic!("{:?} not in {}", q.quote, q.doc));
            let entity = q
                .entity
                .as_ref()
                .map(|id| c.entities.iter().position(|e| &e.id == id).unwrap());
            let (speaker, speaker_type) = match entity.map(|i| &c.entities[i]) {
                Some(e) if e.kind == EntityKind::Person => {
                    (Some(e.name.clone()), SpeakerType::Person)
                }
                Some(e) => (Some(e.name.clone()), SpeakerType::Organization),
                None => (None, SpeakerType::Unknown),
            };
            Attributed {
                quotation: Quotation {
                    end: start + q.quote.len(),
                    doc: q.doc,
                    quote: q.quote,
                    kind: q.kind,
                    speaker,
                    speaker_mention: q.speaker_mention,
                    speaker_type,
                    cue: q.cue,
                    start,
                    lang: article.lang.clone().unwrap_or_else(|| "vi".into()),
                    confidence: q.confidence,
                    rule: q.rule,
                    cited: q.cited,
                    role: q.role,
                },
                entity,
            }
        })
        .collect();
    (c.articles, quotes, c.entities)
}

fn graph() -> QuoteGraph {
    let (a, q, e) = corpus();
    QuoteGraph::build(&a, &q, &e)
}

fn snapshot_settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path(fixtures().join("snapshots"));
    s.set_prepend_module_to_snapshot(false);
    s
}

#[test]
fn json_snapshot() {
    let text = graph().to_json();
    snapshot_settings().bind(|| insta::assert_snapshot!("graph_json", text));
}

#[test]
fn dot_snapshot() {
    let text = dot::to_dot(&graph());
    snapshot_settings().bind(|| insta::assert_snapshot!("graph_dot", text));
}

#[test]
fn corpus_graph_has_the_expected_structure() {
    let g = graph();
    let count = |k| g.nodes_of(k).count();
    assert_eq!(count(NodeKind::Article), 3);
    assert_eq!(count(NodeKind::Person), 2);
    assert_eq!(count(NodeKind::Organization), 2);
    // 12 quotes: the repeated-in-part WSJ quote merges, the stitched
    // quote stays its own statement.
    assert_eq!(count(NodeKind::Statement), 11);
    assert_eq!(g.edges_of(EdgeKind::ReportedIn).count(), 12);

    let wsj: Vec<_> = g.statements_of("org:the-wall-street-journal");
    assert_eq!(wsj.len(), 1);
    assert_eq!(
        g.label(wsj[0]),
        "any cooperation on Islamic State was largely contingent on Iran reaching a comprehensive agreement."
    );
    let docs: Vec<_> = g
        .occurrences(&wsj[0].id)
        .iter()
        .map(|(_, o)| o.doc().to_string())
        .collect();
    assert_eq!(docs, ["001", "002"]);

    let relations: Vec<(VariantRelation, String)> = g
        .edges_of(EdgeKind::VariantOf)
        .map(|e| match &e.edge.data {
            quotegraph::graph::EdgeData::VariantOf(v) => (v.relation, g.label(e.source).to_owned()),
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(relations.len(), 3, "{relations:#?}");
    assert_eq!(
        relations
            .iter()
            .filter(|(r, _)| *r == VariantRelation::Stitched)
            .count(),
        2
    );

    let roles = g.affiliations_of("person:josh-earnest");
    assert_eq!(roles.len(), 1);
    assert_eq!(roles[0].0.id, "org:white-house");
    assert_eq!(
        roles[0].1,
        Some("White House spokesman; phát ngôn viên Nhà Trắng")
    );
    for doc in ["001", "002", "003"] {
        let cited: Vec<_> = g
            .cited_in(&QuoteGraph::article_id(doc))
            .iter()
            .map(|n| n.id.clone())
            .collect();
        assert_eq!(cited, ["org:the-wall-street-journal"], "{doc}");
    }
}

#[test]
fn build_is_deterministic() {
    let (a, q, e) = corpus();
    let first = QuoteGraph::build(&a, &q, &e);
    let second = QuoteGraph::build(&a, &q, &e);
    assert_eq!(first.to_json(), second.to_json());
    assert_eq!(dot::to_dot(&first), dot::to_dot(&second));

    // Input order does not matter either.
    let (mut a2, mut q2, mut e2) = (a.clone(), q.clone(), e.clone());
    a2.reverse();
    q2.rotate_left(5);
    q2.swap(0, 3);
    let n = e2.len();
    e2.reverse();
    for x in &mut q2 {
        x.entity = x.entity.map(|i| n - 1 - i);
    }
    let third = QuoteGraph::build(&a2, &q2, &e2);
    assert_eq!(first.to_json(), third.to_json());
    assert_eq!(dot::to_dot(&first), dot::to_dot(&third));
}

#[test]
fn json_round_trip_is_byte_identical() {
    let text = graph().to_json();
    let back = QuoteGraph::from_json(&text).unwrap();
    assert_eq!(back.to_json(), text);
    assert_eq!(dot::to_dot(&back), dot::to_dot(&graph()));
}

#[test]
fn wrong_json_is_an_error_not_a_panic() {
    let text = graph().to_json();
    let broken = text.replacen("\"type\": \"said\"", "\"type\": \"shouted\"", 1);
    let err = QuoteGraph::from_json(&broken).unwrap_err().to_string();
    assert!(err.contains("unknown link type \"shouted\""), "{err}");
    let truncated = &text[..text.len() / 2];
    assert!(QuoteGraph::from_json(truncated).is_err());
    assert!(QuoteGraph::from_json("[]").is_err());
    assert!(QuoteGraph::from_json("").is_err());
}

/// The ids of the node statements in parsed DOT.
fn parsed_node_ids(dot_text: &str) -> Vec<Id> {
    let parsed = graphviz_rust::parse(dot_text).expect("DOT parses back");
    let Graph::DiGraph { stmts, .. } = parsed else {
        panic!("not a digraph");
    };
    stmts
        .into_iter()
        .filter_map(|s| match s {
            Stmt::Node(n) => Some(n.id.0),
            _ => None,
        })
        .collect()
}

#[test]
fn dot_parses_back_with_every_node() {
    let g = graph();
    let ids = parsed_node_ids(&dot::to_dot(&g));
    let expected: Vec<Id> = g.nodes().map(|n| dot::quoted(&n.id)).collect();
    assert_eq!(ids, expected);
}

/// A corpus whose every name, title, id and quote is hostile to DOT.
fn hostile_graph() -> QuoteGraph {
    let nasty = [
        "say \"no\" \\",
        "line one\nline two\r\n",
        "<b>{a}|b</b> [x=y]; // not a comment",
        "Tổng thống Mỹ \"Barack Obama\" nói: \\n",
        "\\",
        "-> digraph { }",
    ];
    let entities: Vec<Entity> = nasty
        .iter()
        .enumerate()
        .map(|(i, s)| Entity {
            id: format!("person:{s}{i}"),
            kind: if i % 2 == 0 {
                EntityKind::Person
            } else {
                EntityKind::Organization
            },
            name: s.to_string(),
            aliases: BTreeSet::from([s.to_string()]).into(),
            variant_names: Default::default(),
            roles: BTreeSet::from([format!("{s} role")]).into(),
            affiliations: BTreeSet::from([format!("{s} org")]).into(),
            articles: Default::default(),
        })
        .collect();
    let articles: Vec<Article> = nasty
        .iter()
        .map(|s| Article {
            id: s.to_string(),
            title: Some(s.repeat(5)),
            ..Article::default()
        })
        .collect();
    let quotes: Vec<Attributed> = nasty
        .iter()
        .enumerate()
        .map(|(i, s)| Attributed {
            quotation: Quotation {
                doc: s.to_string(),
                quote: format!("{s} {s} {s}"),
                kind: QuoteKind::Direct,
                speaker: None,
                speaker_mention: Some(s.to_string()),
                speaker_type: SpeakerType::Person,
                cue: Some(s.to_string()),
                start: 0,
                end: 1,
                lang: "vi".into(),
                confidence: 0.5,
                rule: s.to_string(),
                cited: Some(s.to_string()),
                role: None,
            },
            entity: Some(i),
        })
        .collect();
    QuoteGraph::build(&articles, &quotes, &entities)
}

#[test]
fn hostile_labels_parse_back() {
    let g = hostile_graph();
    let text = dot::to_dot(&g);
    let ids = parsed_node_ids(&text);
    assert_eq!(ids.len(), g.node_count());
    let expected: Vec<Id> = g.nodes().map(|n| dot::quoted(&n.id)).collect();
    assert_eq!(ids, expected);
    // And the JSON side keeps them exactly.
    let back = QuoteGraph::from_json(&g.to_json()).unwrap();
    assert_eq!(back.to_json(), g.to_json());
}

#[test]
fn graphviz_accepts_the_dot() {
    let r = render::Renderer::default();
    if !r.is_available() {
        eprintln!(
            "skipping: Graphviz `dot` is not on PATH ({})",
            render::INSTALL_HINT
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for (name, g) in [("corpus", graph()), ("hostile", hostile_graph())] {
        let out = dir.path().join(format!("{name}.svg"));
        r.render(&dot::to_dot(&g), render::Format::Svg, &out)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let svg = std::fs::read_to_string(&out).unwrap();
        assert!(svg.contains("<svg"), "{name}");
        // Every node and edge is drawn.
        assert_eq!(
            svg.matches("class=\"node\"").count(),
            g.node_count(),
            "{name}"
        );
        assert_eq!(
            svg.matches("class=\"edge\"").count(),
            g.edge_count(),
            "{name}"
        );
        let obama = "<g id=\"person:barack&#45;obama\" class=\"node\">";
        assert!(
            name != "corpus" || svg.contains(obama),
            "node ids become SVG ids"
        );
    }
}

#[test]
fn writers_write_files_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out/nested");
    fsutil::ensure_writable_dir(&out).unwrap();
    let g = graph();
    json::write(&g, &out.join("graph.json")).unwrap();
    dot::write(&g, &out.join("graph.dot")).unwrap();
    assert_eq!(
        std::fs::read_to_string(out.join("graph.json")).unwrap(),
        g.to_json()
    );
    assert_eq!(
        std::fs::read_to_string(out.join("graph.dot")).unwrap(),
        dot::to_dot(&g)
    );
    let mut names: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["graph.dot", "graph.json"]);
}

/// `.ci/networkx_check.py` accepts our graph.json (when python3 with
/// networkx is installed).
#[test]
fn networkx_loads_graph_json() {
    let has_networkx = Command::new("python3")
        .args(["-c", "import networkx"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_networkx {
        eprintln!("skipping: python3 with networkx is not installed");
        return;
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/networkx_check.py");
    let dir = tempfile::tempdir().unwrap();
    for (name, g) in [("corpus", graph()), ("hostile", hostile_graph())] {
        let path = dir.path().join(format!("{name}.json"));
        json::write(&g, &path).unwrap();
        let out = Command::new("python3")
            .arg(&script)
            .arg(&path)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{name}: {stdout}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let summary = format!("{} nodes, {} links", g.node_count(), g.edge_count());
        assert!(stdout.contains(&summary), "{name}: {stdout}");
    }
    // And it rejects a dangling link.
    let bad = graph()
        .to_json()
        .replacen("\"target\": \"stmt:", "\"target\": \"stmt:missing", 1);
    let path = dir.path().join("bad.json");
    std::fs::write(&path, bad).unwrap();
    let out = Command::new("python3")
        .arg(&script)
        .arg(&path)
        .output()
        .unwrap();
    assert!(!out.status.success());
}

// Property tests over small random corpora.

const WORDS: &[&str] = &[
    "we",
    "will",
    "not",
    "share",
    "intelligence",
    "with",
    "them",
    "iran",
    "deal",
    "chung",
    "cuộc",
    "chiến",
    "the",
    "letter",
];

fn words() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 1..9).prop_map(|w| w.join(" "))
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![words(), ".{0,12}", Just("say \"x\" \\ \n".to_owned())]
}

prop_compose! {
    fn arb_entity(i: usize)(
        is_person in any::<bool>(),
        name in any_text(),
        roles in prop::collection::btree_set(any_text(), 0..3),
        affiliations in prop::collection::btree_set(prop_oneof![Just("Org 0".to_owned()), any_text()], 0..3),
    ) -> Entity {
        Entity {
            id: if is_person { format!("person:p{i}") } else { format!("org:o{i}") },
            kind: if is_person { EntityKind::Person } else { EntityKind::Organization },
            aliases: BTreeSet::from([name.clone()]).into(),
            name,
            variant_names: Default::default(),
            roles: roles.into(),
            affiliations: affiliations.into(),
            articles: Default::default(),
        }
    }
}

prop_compose! {
    fn arb_quote(n_entities: usize)(
        doc in 0..4usize,
        quote in words(),
        entity in prop::option::of(0..n_entities.max(1)),
        start in 0..50usize,
        kind in prop::sample::select(vec![QuoteKind::Direct, QuoteKind::Mixed, QuoteKind::Indirect]),
        cue in prop::option::of(any_text()),
        confidence in 0.0f32..=1.0,
        cited in prop::option::of(prop_oneof![Just("Org 0".to_owned()), any_text()]),
    ) -> Attributed {
        Attributed {
            quotation: Quotation {
                doc: format!("d{doc}"),
                end: start + quote.len(),
                quote,
                kind,
                speaker: None,
                speaker_mention: None,
                speaker_type: SpeakerType::Unknown,
                cue,
                start,
                lang: "en".into(),
                confidence,
                rule: "prop".into(),
                cited,
                role: None,
            },
            entity: if n_entities == 0 { None } else { entity },
        }
    }
}

fn arb_corpus() -> impl Strategy<Value = (Vec<Article>, Vec<Attributed>, Vec<Entity>)> {
    (0..4usize).prop_flat_map(|n| {
        let entities: Vec<_> = (0..n).map(arb_entity).collect();
        let articles = prop::collection::vec(
            (0..4usize, prop::option::of(any_text())).prop_map(|(d, title)| Article {
                id: format!("d{d}"),
                title,
                ..Article::default()
            }),
            0..3,
        );
        (
            articles,
            prop::collection::vec(arb_quote(n), 0..10),
            entities,
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn prop_json_round_trip((articles, quotes, entities) in arb_corpus()) {
        let g = QuoteGraph::build(&articles, &quotes, &entities);
        let text = g.to_json();
        let back = QuoteGraph::from_json(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(back.to_json(), text);
        prop_assert_eq!(back.node_count(), g.node_count());
        prop_assert_eq!(back.edge_count(), g.edge_count());
    }

    #[test]
    fn prop_build_ignores_input_order((articles, quotes, entities) in arb_corpus()) {
        let g = QuoteGraph::build(&articles, &quotes, &entities);
        let mut q2 = quotes.clone();
        q2.reverse();
        let mut a2 = articles.clone();
        a2.reverse();
        prop_assert_eq!(QuoteGraph::build(&a2, &q2, &entities).to_json(), g.to_json());
    }

    #[test]
    fn prop_dot_parses((articles, quotes, entities) in arb_corpus()) {
        let g = QuoteGraph::build(&articles, &quotes, &entities);
        let ids = parsed_node_ids(&dot::to_dot(&g));
        prop_assert_eq!(ids.len(), g.node_count());
    }

    #[test]
    fn prop_every_quote_is_one_occurrence((articles, quotes, entities) in arb_corpus()) {
        let g = QuoteGraph::build(&articles, &quotes, &entities);
        prop_assert_eq!(g.edges_of(EdgeKind::ReportedIn).count(), quotes.len());
        for s in g.nodes_of(NodeKind::Statement) {
            prop_assert!(!g.occurrences(&s.id).is_empty());
            prop_assert!(g.speakers_of(&s.id).len() <= 1);
        }
    }
}
