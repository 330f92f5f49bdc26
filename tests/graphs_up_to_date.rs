//! `graphs/seeds/` holds the seed corpus as `build` renders it. This test
//! rebuilds it in memory and compares byte for byte, so the committed graph
//! can never drift from the code. After an intended change, regenerate with:
//!
//!     cargo run --release -- build data/seeds --out graphs/seeds --png

use quotegraph::lexicon::Lexicons;
use quotegraph::pipeline;
use std::path::PathBuf;

#[test]
fn committed_seed_graph_is_current() {
    let corpus = pipeline::mine_paths(
        &[PathBuf::from("data/seeds")],
        Default::default(),
        Lexicons::embedded(),
    );
    let resolved = pipeline::resolve(&corpus);
    let graph = pipeline::graph(&corpus.articles, &resolved);
    let flags = quotegraph::flags::detect(&graph);
    let mut quotes = String::new();
    for q in &resolved.quotes {
        quotes.push_str(&serde_json::to_string(&q.quotation).unwrap());
        quotes.push('\n');
    }
    let expected = [
        ("graph.json", graph.to_json()),
        ("graph.dot", quotegraph::export::dot::to_dot(&graph)),
        (
            "graph.graphml",
            quotegraph::export::graphml::to_graphml(&graph),
        ),
        ("flags.json", quotegraph::flags::to_json(&flags)),
        ("quotes.jsonl", quotes),
    ];
    let regen = "regenerate with: cargo run --release -- build data/seeds --out graphs/seeds --png";
    for (name, want) in expected {
        let have = std::fs::read_to_string(PathBuf::from("graphs/seeds").join(name))
            .unwrap_or_else(|e| panic!("graphs/seeds/{name}: {e}; {regen}"));
        assert!(have == want, "graphs/seeds/{name} is out of date; {regen}");
    }
}
