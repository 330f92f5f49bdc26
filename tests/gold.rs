//! The gold evaluation as a test with floors: the seed articles (the issue's
//! targets) and the independent development set (`data/dev`, written for
//! the project). A change that lowers a score below its floor fails here;
//! raise the floors when the scores rise.

use quotegraph::eval::{EvalOptions, GoldEntities, KindFilter, Record, load_jsonl, score};
use quotegraph::lexicon::Lexicons;
use quotegraph::pipeline;
use std::path::PathBuf;

fn predictions(dir: &str) -> Vec<Record> {
    let corpus = pipeline::mine_paths(
        &[PathBuf::from(dir)],
        Default::default(),
        Lexicons::embedded(),
    );
    assert!(corpus.errors.is_empty(), "{:?}", corpus.errors);
    let resolved = pipeline::resolve(&corpus);
    let mut text = String::new();
    for q in &resolved.quotes {
        text.push_str(&serde_json::to_string(&q.quotation).unwrap());
        text.push('\n');
    }
    load_jsonl(&text).unwrap()
}

fn scores(dir: &str, gold: &str, entities: &str, kind: KindFilter) -> quotegraph::eval::Score {
    let pred = predictions(dir);
    let gold = load_jsonl(&std::fs::read_to_string(gold).unwrap()).unwrap();
    let ents = GoldEntities::from_json(&std::fs::read_to_string(entities).unwrap()).unwrap();
    let opts = EvalOptions {
        kind,
        overlap: 0.5,
        strict: true,
    };
    score(&gold, &pred, Some(&ents), &opts).0
}

#[test]
fn seed_scores_stay_above_the_floors() {
    let d = scores(
        "data/seeds",
        "data/gold/quotes.jsonl",
        "data/gold/entities.json",
        KindFilter::Direct,
    );
    assert!(d.quote_f1 >= 0.97, "direct quote F1 {}", d.quote_f1);
    assert!(
        d.attribution_f1 >= 0.95,
        "direct attribution F1 {}",
        d.attribution_f1
    );
    let i = scores(
        "data/seeds",
        "data/gold/quotes.jsonl",
        "data/gold/entities.json",
        KindFilter::Indirect,
    );
    assert!(i.quote_f1 >= 0.80, "indirect quote F1 {}", i.quote_f1);
}

#[test]
fn dev_set_scores_stay_above_the_floors() {
    let d = scores(
        "data/dev/articles",
        "data/dev/quotes.jsonl",
        "data/dev/entities.json",
        KindFilter::Direct,
    );
    assert!(d.quote_f1 >= 0.97, "direct quote F1 {}", d.quote_f1);
    assert!(
        d.attribution_f1 >= 0.97,
        "direct attribution F1 {}",
        d.attribution_f1
    );
    let i = scores(
        "data/dev/articles",
        "data/dev/quotes.jsonl",
        "data/dev/entities.json",
        KindFilter::Indirect,
    );
    assert!(i.quote_f1 >= 0.83, "indirect quote F1 {}", i.quote_f1);
    assert!(
        i.attribution_f1 >= 0.69,
        "indirect attribution F1 {}",
        i.attribution_f1
    );
}
