//! Issue 4: `build` makes one node per quoted entity of the seed gold, and
//! merges no two gold entities into one node.

use quotegraph::graph::NodeKind;
use quotegraph::lexicon::Lexicons;
use quotegraph::pipeline;
use quotegraph::text::fold;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

fn key(s: &str) -> String {
    let f = fold(s);
    f.strip_prefix("the ").unwrap_or(&f).to_string()
}

#[test]
fn one_node_per_quoted_gold_entity_and_no_false_merge() {
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("data/gold/entities.json").unwrap()).unwrap();
    let quotes = std::fs::read_to_string("data/gold/quotes.jsonl").unwrap();
    let quoted: BTreeSet<String> = quotes
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|q| q["scored"] != false)
        .filter_map(|q| q["speaker"].as_str().map(str::to_string))
        .collect();
    // Alias -> gold entity name.
    let mut alias_of: BTreeMap<String, String> = BTreeMap::new();
    for e in gold["entities"].as_array().unwrap() {
        let name = e["name"].as_str().unwrap().to_string();
        for a in e["aliases"]
            .as_array()
            .unwrap()
            .iter()
            .chain(std::iter::once(&e["name"]))
        {
            alias_of.insert(key(a.as_str().unwrap()), name.clone());
        }
    }

    let corpus = pipeline::mine_paths(
        &[PathBuf::from("data/seeds")],
        Default::default(),
        Lexicons::embedded(),
    );
    let graph = pipeline::graph(&corpus.articles, &pipeline::resolve(&corpus));
    let mut nodes_of: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for kind in [NodeKind::Person, NodeKind::Organization] {
        for node in graph.nodes_of(kind) {
            let info = node.as_entity().unwrap();
            let golds: BTreeSet<&String> = std::iter::once(&info.name)
                .chain(&info.aliases)
                .filter_map(|a| alias_of.get(&key(a)))
                .collect();
            assert!(
                golds.len() <= 1,
                "node {} merges gold entities {golds:?}",
                node.id
            );
            if let Some(g) = golds.into_iter().next() {
                nodes_of.entry(g.clone()).or_default().push(node.id.clone());
            }
        }
    }
    for name in &quoted {
        let nodes = nodes_of.get(name).cloned().unwrap_or_default();
        assert_eq!(
            nodes.len(),
            1,
            "gold entity {name} is quoted: want one node, got {nodes:?}"
        );
    }
}
