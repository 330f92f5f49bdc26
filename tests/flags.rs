//! Attribution flags on the seed articles, against `data/gold/flags.json`:
//! every gold flag is reported with its kind, severity and entity, and every
//! evidence span slices its article to its text.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use quotegraph::flags::{self, Flag, Severity};
use quotegraph::graph::{QuoteGraph, normalize_text};
use quotegraph::input::ReadOptions;
use quotegraph::lexicon::Lexicons;
use quotegraph::pipeline;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn seed_graph() -> QuoteGraph {
    let corpus = pipeline::mine_paths(
        &[root().join("data/seeds")],
        ReadOptions::default(),
        Lexicons::embedded(),
    );
    assert!(corpus.errors.is_empty(), "{:?}", corpus.errors);
    let resolved = pipeline::resolve(&corpus);
    pipeline::graph(&corpus.articles, &resolved)
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).expect("readable")).expect("JSON")
}

/// Gold entity name for every normalized name form of `entities.json`.
fn gold_names() -> BTreeMap<String, String> {
    let doc = read_json(&root().join("data/gold/entities.json"));
    let mut names = BTreeMap::new();
    for e in doc["entities"].as_array().expect("entities") {
        let name = e["name"].as_str().expect("name").to_owned();
        let forms = e["aliases"].as_array().into_iter().flatten();
        for form in forms.filter_map(Value::as_str).chain([name.as_str()]) {
            names.insert(normalize_text(form), name.clone());
        }
    }
    names
}

/// The gold entities a flag's `entity` names (`A / B` for a conflict).
fn entity_set(entity: &str, names: &BTreeMap<String, String>) -> BTreeSet<String> {
    entity
        .split(" / ")
        .map(|n| {
            names
                .get(&normalize_text(n))
                .cloned()
                .unwrap_or_else(|| n.to_owned())
        })
        .collect()
}

#[test]
fn every_gold_flag_is_reported() {
    let graph = seed_graph();
    let found = flags::detect(&graph);
    let names = gold_names();
    let gold = read_json(&root().join("data/gold/flags.json"));
    let mut missing = Vec::new();
    for g in gold["flags"].as_array().expect("flags") {
        let kind = g["kind"].as_str().expect("kind");
        let severity = match g["severity"].as_str() {
            Some("info") => Severity::Info,
            _ => Severity::Warning,
        };
        let entity = entity_set(g["entity"].as_str().expect("entity"), &names);
        let gold_docs: BTreeSet<&str> = g["evidence"]
            .as_object()
            .map(|m| m.keys().map(String::as_str).collect())
            .unwrap_or_default();
        let hit = found.iter().find(|f| {
            f.kind == kind && f.severity == severity && entity_set(&f.entity, &names) == entity
        });
        match hit {
            None => missing.push(format!("{kind} {entity:?}")),
            Some(f) => {
                let shared = f.articles().intersection(&gold_docs).count();
                assert!(
                    shared >= 2,
                    "{kind} {entity:?}: evidence articles {:?}, gold {:?}",
                    f.articles(),
                    gold_docs
                );
            }
        }
    }
    assert!(
        missing.is_empty(),
        "missing gold flags: {missing:#?}\nfound: {}",
        flags::to_text(&found)
    );
}

#[test]
fn evidence_slices_the_articles() {
    let found = flags::detect(&seed_graph());
    assert!(!found.is_empty());
    for f in &found {
        assert!(!f.evidence.is_empty(), "{f:?}");
        assert!(!f.message.is_empty() && !f.entity.is_empty(), "{f:?}");
        for e in &f.evidence {
            let text = std::fs::read_to_string(root().join(format!("data/seeds/{}.txt", e.doc)))
                .expect("seed article");
            assert_eq!(text.get(e.start..e.end), Some(e.text.as_str()), "{f:?}");
        }
    }
}

#[test]
fn sorted_and_deterministic() {
    let graph = seed_graph();
    let found = flags::detect(&graph);
    let key = |f: &Flag| (f.severity, std::cmp::Reverse(f.articles().len()));
    assert!(found.windows(2).all(|w| key(&w[0]) <= key(&w[1])));
    assert_eq!(flags::detect(&graph), found);
    // A graph loaded back from graph.json gives the same flags.
    let reloaded = QuoteGraph::from_json(&graph.to_json()).expect("round trip");
    assert_eq!(flags::detect(&reloaded), found);
    assert_eq!(flags::from_json(&flags::to_json(&found)).unwrap(), found);
}

#[test]
fn no_warning_on_the_dev_articles() {
    // The dev set is sixteen unrelated stories: nothing is credited twice.
    let corpus = pipeline::mine_paths(
        &[root().join("data/dev/articles")],
        ReadOptions::default(),
        Lexicons::embedded(),
    );
    let resolved = pipeline::resolve(&corpus);
    let found = flags::detect(&pipeline::graph(&corpus.articles, &resolved));
    let warnings: Vec<&Flag> = found
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .collect();
    assert!(warnings.is_empty(), "{warnings:#?}");
}
