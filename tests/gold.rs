//! The gold evaluation as a test with floors: the seed articles (the issue's
//! targets), the independent development set (`data/dev`, written for the
//! project) and the held-out set (`data/heldout`). A change that lowers a
//! score below its floor fails here; raise the floors when the scores rise.

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

/// A gold set: articles, gold quotes, gold entities.
type Set = (&'static str, &'static str, &'static str);

const SEEDS: Set = (
    "data/seeds",
    "data/gold/quotes.jsonl",
    "data/gold/entities.json",
);
const DEV: Set = (
    "data/dev/articles",
    "data/dev/quotes.jsonl",
    "data/dev/entities.json",
);
const HELDOUT: Set = (
    "data/heldout/articles",
    "data/heldout/quotes.jsonl",
    "data/heldout/entities.json",
);
const BLIND: Set = (
    "data/blind/articles",
    "data/blind/quotes.jsonl",
    "data/blind/entities.json",
);
const BLIND2: Set = (
    "data/blind2/articles",
    "data/blind2/quotes.jsonl",
    "data/blind2/entities.json",
);
const BLIND3: Set = (
    "data/blind3/articles",
    "data/blind3/quotes.jsonl",
    "data/blind3/entities.json",
);
const BLIND4: Set = (
    "data/blind4/articles",
    "data/blind4/quotes.jsonl",
    "data/blind4/entities.json",
);
const BLIND5: Set = (
    "data/blind5/articles",
    "data/blind5/quotes.jsonl",
    "data/blind5/entities.json",
);
const BLIND6: Set = (
    "data/blind6/articles",
    "data/blind6/quotes.jsonl",
    "data/blind6/entities.json",
);
const BLIND7: Set = (
    "data/blind7/articles",
    "data/blind7/quotes.jsonl",
    "data/blind7/entities.json",
);
const BLIND8: Set = (
    "data/blind8/articles",
    "data/blind8/quotes.jsonl",
    "data/blind8/entities.json",
);
const BLIND9: Set = (
    "data/blind9/articles",
    "data/blind9/quotes.jsonl",
    "data/blind9/entities.json",
);
const BLIND10: Set = (
    "data/blind10/articles",
    "data/blind10/quotes.jsonl",
    "data/blind10/entities.json",
);

/// Asserts the quote F1 and attribution F1 of one kind on `set` against
/// their floors.
#[track_caller]
fn at_least(set: Set, kind: KindFilter, quote_f1: f64, attribution_f1: f64) {
    let s = scores(set.0, set.1, set.2, kind);
    assert!(
        s.quote_f1 >= quote_f1,
        "{} {kind:?}: quote F1 {} < {quote_f1}",
        set.0,
        s.quote_f1
    );
    assert!(
        s.attribution_f1 >= attribution_f1,
        "{} {kind:?}: attribution F1 {} < {attribution_f1}",
        set.0,
        s.attribution_f1
    );
}

#[test]
fn seed_scores_stay_above_the_floors() {
    at_least(SEEDS, KindFilter::Direct, 0.97, 0.95);
    at_least(SEEDS, KindFilter::Indirect, 0.80, 0.90);
}

#[test]
fn dev_set_scores_stay_above_the_floors() {
    at_least(DEV, KindFilter::Direct, 0.97, 0.97);
    at_least(DEV, KindFilter::Indirect, 0.83, 0.69);
}

/// The held-out set (`data/heldout`, 24 articles written apart from the
/// rules, see its README): measured, and guarded against regressions, but
/// not a set to tune on.
#[test]
fn heldout_scores_stay_above_the_floors() {
    at_least(HELDOUT, KindFilter::Direct, 0.97, 0.89);
    at_least(HELDOUT, KindFilter::Indirect, 0.80, 0.65);
}

/// The blind set (`data/blind`, 24 articles written without reading the
/// rules or the other sets, see its README): first measured at direct
/// attribution F1 0.724, now guarded at a floor under today's figure.
#[test]
fn blind_scores_stay_above_the_floors() {
    at_least(BLIND, KindFilter::Direct, 0.96, 0.84);
    at_least(BLIND, KindFilter::Indirect, 0.74, 0.63);
}

/// The second blind set (`data/blind2`): first measured at direct quote F1
/// 0.956 and attribution F1 0.849, indirect 0.777 / 0.629
/// (`docs/accuracy.md`); floors under today's figures.
#[test]
fn blind2_scores_stay_above_the_floors() {
    at_least(BLIND2, KindFilter::Direct, 0.97, 0.89);
    at_least(BLIND2, KindFilter::Indirect, 0.76, 0.62);
}

/// The third blind set (`data/blind3`): first measured at direct quote F1
/// 0.985 and attribution F1 0.825, indirect 0.742 / 0.606
/// (`docs/accuracy.md`); floors under today's figures.
#[test]
fn blind3_scores_stay_above_the_floors() {
    at_least(BLIND3, KindFilter::Direct, 0.97, 0.89);
    at_least(BLIND3, KindFilter::Indirect, 0.73, 0.61);
}

/// The fourth blind set (`data/blind4`): first measured at direct quote F1
/// 0.980 and attribution F1 0.824, indirect 0.699 / 0.550
/// (`docs/accuracy.md`); floors under today's figures.
#[test]
fn blind4_scores_stay_above_the_floors() {
    at_least(BLIND4, KindFilter::Direct, 0.98, 0.87);
    at_least(BLIND4, KindFilter::Indirect, 0.69, 0.55);
}

/// The fifth blind set (`data/blind5`): first measured at direct quote F1
/// 0.976 and attribution F1 0.843, indirect 0.717 / 0.658
/// (`docs/accuracy.md`); floors under today's figures.
#[test]
fn blind5_scores_stay_above_the_floors() {
    at_least(BLIND5, KindFilter::Direct, 0.98, 0.92);
    at_least(BLIND5, KindFilter::Indirect, 0.71, 0.66);
}

/// The sixth blind set (`data/blind6`, written after reading real news
/// excerpts for their manner): first measured at direct quote F1 0.976 and
/// attribution F1 0.807, indirect 0.756 / 0.644 (`docs/accuracy.md`);
/// floors under today's figures.
#[test]
fn blind6_scores_stay_above_the_floors() {
    at_least(BLIND6, KindFilter::Direct, 0.97, 0.82);
    at_least(BLIND6, KindFilter::Indirect, 0.75, 0.64);
}

/// The seventh blind set (`data/blind7`: wire copy of several eras, old
/// `''…''` marks, pull quotes signed after a dash): first measured at
/// direct quote F1 0.979 and attribution F1 0.745, indirect 0.779 / 0.644
/// (`docs/accuracy.md`); floors under today's figures.
#[test]
fn blind7_scores_stay_above_the_floors() {
    at_least(BLIND7, KindFilter::Direct, 0.99, 0.87);
    at_least(BLIND7, KindFilter::Indirect, 0.78, 0.69);
}

/// The eighth blind set (`data/blind8`: Canadian national and regional
/// news, 2017–2021): first measured at direct quote F1 1.000 and
/// attribution F1 0.913, indirect 0.796 / 0.651 (`docs/accuracy.md`);
/// floors under today's figures.
#[test]
fn blind8_scores_stay_above_the_floors() {
    at_least(BLIND8, KindFilter::Direct, 0.99, 0.94);
    at_least(BLIND8, KindFilter::Indirect, 0.79, 0.68);
}

/// The ninth blind set (`data/blind9`: US, UK, Irish, Australian, New
/// Zealand, South African and Indian English news, 2003–2024): first
/// measured at direct quote F1 1.000 and attribution F1 0.889, indirect
/// 0.822 / 0.654 (`docs/accuracy.md`); floors under today's figures.
#[test]
fn blind9_scores_stay_above_the_floors() {
    at_least(BLIND9, KindFilter::Direct, 0.99, 0.91);
    at_least(BLIND9, KindFilter::Indirect, 0.81, 0.67);
}

/// The tenth blind set (`data/blind10`: Caribbean, Singaporean,
/// Malaysian, Kenyan, Nigerian, Ghanaian, Namibian, Philippine, Pakistani,
/// Bangladeshi, Sri Lankan, Hong Kong, UK regional and trade, US campus and
/// hyperlocal news, 1998–2024, and three Vietnamese stories): first
/// measured at direct quote F1 0.977 and attribution F1 0.779, indirect
/// 0.781 / 0.625 (`docs/accuracy.md`); floors under today's figures.
#[test]
fn blind10_scores_stay_above_the_floors() {
    at_least(BLIND10, KindFilter::Direct, 0.99, 0.95);
    at_least(BLIND10, KindFilter::Indirect, 0.80, 0.72);
}
