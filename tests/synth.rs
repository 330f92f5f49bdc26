//! The synthetic corpus generator: deterministic, news-sized, gold that
//! matches the text, and a miner that scores well on it.

use quotegraph::eval::{self, EvalOptions, GoldEntities, KindFilter, Record};
use quotegraph::lexicon::Lexicons;
use quotegraph::model::Article;
use quotegraph::synth::{self, SynthOptions};

fn opts(n: usize, seed: u64, vi: f64, gold: Option<std::path::PathBuf>) -> SynthOptions {
    SynthOptions {
        articles: n,
        seed,
        vi_share: vi,
        gold,
    }
}

fn corpus(o: &SynthOptions) -> Vec<u8> {
    let mut out = Vec::new();
    synth::generate(o, &mut out).unwrap();
    out
}

fn articles(bytes: &[u8]) -> Vec<Article> {
    std::str::from_utf8(bytes)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() {
    let a = corpus(&opts(60, 11, 0.3, None));
    let b = corpus(&opts(60, 11, 0.3, None));
    assert_eq!(a, b);
    assert_ne!(a, corpus(&opts(60, 12, 0.3, None)));
    // Gold files are deterministic too.
    let d1 = tempfile::tempdir().unwrap();
    let d2 = tempfile::tempdir().unwrap();
    corpus(&opts(30, 11, 0.3, Some(d1.path().into())));
    corpus(&opts(30, 11, 0.3, Some(d2.path().into())));
    for f in ["quotes.jsonl", "entities.json", "flags.json"] {
        assert_eq!(
            std::fs::read(d1.path().join(f)).unwrap(),
            std::fs::read(d2.path().join(f)).unwrap(),
            "{f}"
        );
    }
}

#[test]
fn a_prefix_of_the_corpus_is_the_smaller_corpus_of_whole_stories() {
    // Article i depends on (seed, i) and on the story being complete.
    let big = articles(&corpus(&opts(50, 4, 0.2, None)));
    let small = articles(&corpus(&opts(25, 4, 0.2, None)));
    assert_eq!(&big[..25], &small[..]);
    assert_eq!(synth::article(&opts(50, 4, 0.2, None), 33).article, big[33]);
}

#[test]
fn articles_are_news_sized_with_metadata() {
    let arts = articles(&corpus(&opts(300, 5, 0.3, None)));
    assert_eq!(arts.len(), 300);
    let mut ids = std::collections::HashSet::new();
    let mut vi = 0;
    for a in &arts {
        let n = a.text.len();
        assert!((2048..=6144).contains(&n), "{} is {n} bytes", a.id);
        assert!(ids.insert(a.id.clone()));
        assert!(a.title.is_some() && a.source.is_some() && a.date.is_some());
        if a.lang.as_deref() == Some("vi") {
            vi += 1;
        }
    }
    assert!((30..=150).contains(&vi), "{vi} Vietnamese articles of 300");
    let en = articles(&corpus(&opts(50, 5, 0.0, None)));
    assert!(en.iter().all(|a| a.lang.as_deref() == Some("en")));
}

#[test]
fn gold_quotes_are_substrings_and_gold_files_parse() {
    let dir = tempfile::tempdir().unwrap();
    let arts = articles(&corpus(&opts(120, 8, 0.3, Some(dir.path().into()))));
    let gold = eval::load_jsonl(&std::fs::read_to_string(dir.path().join("quotes.jsonl")).unwrap())
        .unwrap();
    assert!(gold.len() > 120 * 8, "{} gold quotes", gold.len());
    let by_id: std::collections::HashMap<&str, &Article> =
        arts.iter().map(|a| (a.id.as_str(), a)).collect();
    for g in &gold {
        let a = by_id[g.doc.as_str()];
        let q = g.quote.as_deref().unwrap();
        assert!(!q.is_empty());
        assert!(a.text.contains(q), "{}: {q:?}", g.doc);
    }
    let ents_text = std::fs::read_to_string(dir.path().join("entities.json")).unwrap();
    let ents = GoldEntities::from_json(&ents_text).unwrap();
    for g in &gold {
        if let Some(s) = &g.speaker {
            assert!(ents.contains(s), "speaker {s} not in entities.json");
        }
    }
    let flags: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("flags.json")).unwrap())
            .unwrap();
    let flags = flags["flags"].as_array().unwrap();
    let kinds: std::collections::BTreeSet<&str> =
        flags.iter().map(|f| f["kind"].as_str().unwrap()).collect();
    for k in [
        "name_variant",
        "role_variant",
        "speaker_conflict",
        "wording_variant",
    ] {
        assert!(kinds.contains(k), "no {k} planted in 120 articles");
    }
    for f in flags {
        for d in f["docs"].as_array().unwrap() {
            assert!(by_id.contains_key(d.as_str().unwrap()));
        }
    }
}

/// Mines and resolves a synthetic corpus and scores it against its gold.
fn score(n: usize, seed: u64, vi: f64, kind: KindFilter) -> eval::Score {
    let dir = tempfile::tempdir().unwrap();
    let arts = articles(&corpus(&opts(n, seed, vi, Some(dir.path().into()))));
    let gold = eval::load_jsonl(&std::fs::read_to_string(dir.path().join("quotes.jsonl")).unwrap())
        .unwrap();
    let ents = GoldEntities::from_json(
        &std::fs::read_to_string(dir.path().join("entities.json")).unwrap(),
    )
    .unwrap();
    let mined = quotegraph::pipeline::mine_articles(&arts, Lexicons::embedded());
    let resolved = quotegraph::resolve::resolve(&mined);
    let pred: Vec<Record> = resolved
        .quotes
        .iter()
        .map(|a| {
            let q = &a.quotation;
            Record {
                doc: q.doc.clone(),
                quote: Some(q.quote.clone()),
                speaker: q.speaker.clone(),
                kind: Some(q.kind.as_str().to_string()),
                speaker_mention: q.speaker_mention.clone(),
                ..Record::default()
            }
        })
        .collect();
    let o = EvalOptions {
        kind,
        strict: true,
        ..EvalOptions::default()
    };
    let (s, _) = eval::score(&gold, &pred, Some(&ents), &o);
    eprintln!("synthetic n={n} seed={seed} vi={vi}: {}", s.to_json());
    s
}

#[test]
fn miner_finds_the_direct_quotes_of_200_synthetic_articles() {
    let s = score(200, 7, 0.2, KindFilter::Direct);
    assert!(s.quote_f1 >= 0.95, "direct quote F1 {}", s.quote_f1);
    // English attribution is near perfect; Vietnamese title-first mentions
    // (`Chủ tịch UBND huyện X Trần Văn A`) currently lose the speaker.
    assert!(
        s.attribution_f1 >= 0.85,
        "direct attribution F1 {}",
        s.attribution_f1
    );
}

#[test]
fn english_synthetic_attribution_is_near_perfect() {
    let s = score(200, 9, 0.0, KindFilter::Direct);
    assert!(s.quote_f1 >= 0.95, "direct quote F1 {}", s.quote_f1);
    assert!(
        s.attribution_f1 >= 0.95,
        "direct attribution F1 {}",
        s.attribution_f1
    );
}

#[test]
fn every_planted_flag_shows_in_its_article() {
    // The gold flags must be true of the text: the misspelt name, the other
    // title, the misattributed, reworded or stitched quote is in the article
    // the gold names, whatever the article's length budget.
    for (seed, vi) in [(7, 0.2), (11, 0.5)] {
        let dir = tempfile::tempdir().unwrap();
        let arts = articles(&corpus(&opts(150, seed, vi, Some(dir.path().into()))));
        let text: std::collections::HashMap<&str, &str> = arts
            .iter()
            .map(|a| (a.id.as_str(), a.text.as_str()))
            .collect();
        let flags: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.path().join("flags.json")).unwrap())
                .unwrap();
        let flags = flags["flags"].as_array().unwrap();
        assert!(flags.len() > 20, "{} planted flags", flags.len());
        for f in flags {
            let why = f["why"].as_str().unwrap();
            let doc = why
                .split([' ', ':'])
                .find(|w| text.contains_key(w))
                .unwrap_or_else(|| panic!("no article in {why:?}"));
            let shown = f["evidence"][doc].as_str().unwrap();
            let expected = match f["kind"].as_str().unwrap() {
                "speaker_conflict" => why.split_once(": ").unwrap().1,
                _ => shown.strip_prefix("stitched: ").unwrap_or(shown),
            };
            // Quotes before an after-cue end in a comma instead of a stop.
            let mut cut = expected.len() - 1;
            while !expected.is_char_boundary(cut) {
                cut -= 1;
            }
            assert!(
                text[doc].contains(&expected[..cut]),
                "{}: {expected:?} not in {doc}",
                f["kind"]
            );
        }
    }
}
