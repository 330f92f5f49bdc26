//! Property tests for the invariants of issue 6: offsets, determinism,
//! idempotence, graph.json round trips and sharding.
//!
//! Text comes from a news-like generator that mixes every quote mark the
//! miner knows (" “ ” « » ‘ ’ ' „), apostrophes, newlines, Vietnamese letters
//! (precomposed and NFD) and reporting cues, so that the miner's quote
//! matching, NFC mapping and attribution all run.

use proptest::prelude::*;
use quotegraph::graph::QuoteGraph;
use quotegraph::lexicon::Lexicons;
use quotegraph::mine::{self, MinedArticle};
use quotegraph::model::Article;
use quotegraph::pipeline::{self, Corpus};

/// Pieces of text: words, names, cues, marks, whitespace, NFD sequences.
const PIECES: &[&str] = &[
    // quote marks and apostrophes
    "\"",
    "“",
    "”",
    "«",
    "»",
    "‘",
    "’",
    "'",
    "„",
    "’s",
    "don't",
    "'90s",
    "O'Brien",
    // punctuation and space
    ",",
    ".",
    ":",
    ";",
    "?",
    "!",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    " — ",
    "(",
    ")",
    // English
    "said",
    "says",
    "told reporters",
    "according to",
    "he",
    "she",
    "they",
    "the newspaper",
    "White House spokesman Josh Earnest",
    "Earnest",
    "John Earnest",
    "Mr. Earnest",
    "Secretary of State John Kerry",
    "Kerry",
    "The Wall Street Journal",
    "WSJ",
    "U.S. officials",
    "Iran",
    "will not cooperate",
    "militarily",
    "we are ready",
    "the talks",
    "nuclear",
    "in that effort",
    "It is",
    "that",
    // Vietnamese, precomposed
    "ông",
    "bà",
    "cho biết",
    "nói",
    "khẳng định",
    "theo",
    "Nguyễn Văn An",
    "ông An",
    "Bộ Ngoại giao",
    "chúng tôi",
    "không",
    "hợp tác",
    "quân sự",
    "với",
    "Việt Nam",
    // Vietnamese and Latin, decomposed (NFD): the miner normalizes to NFC
    // and must map offsets back into these bytes.
    "Nguye\u{302}\u{303}n",
    "Vie\u{323}\u{302}t",
    "o\u{302}ng",
    "bie\u{302}\u{301}t",
    "cafe\u{301}",
    "e\u{301}",
    "\u{301}",
    "a\u{328}\u{301}",
    // other scripts and oddities
    "日本",
    "😀",
    "\u{200b}",
    "\u{feff}",
    "\u{a0}",
    "&quot;",
    "<p>",
    "</p>",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => "[a-zA-Zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệ ]{1,12}",
        1 => any::<char>().prop_map(|c| c.to_string()),
    ]
}

/// Random news-like text up to about 120 pieces.
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..120).prop_map(|v| v.concat())
}

/// A sentence that the miner should find a quote in, or plain narration.
fn sentence() -> impl Strategy<Value = String> {
    let name = proptest::sample::select(
        &[
            "White House spokesman Josh Earnest",
            "Josh Earnest",
            "Earnest",
            "John Earnest",
            "Secretary of State John Kerry",
            "Kerry",
            "The Wall Street Journal",
            "the State Department",
            "Nguyễn Văn An",
            "ông An",
            "he",
            "she",
        ][..],
    );
    let quote = proptest::sample::select(
        &[
            "The United States will not cooperate militarily with Iran",
            "We are ready to talk",
            "There is no deal",
            "Chúng tôi không hợp tác quân sự",
            "It's too early to say",
            "We will not cooperate",
        ][..],
    );
    (0..6u8, name, quote).prop_map(|(t, n, q)| match t {
        0 => format!("“{q},” {n} said. "),
        1 => format!("{n} said: \"{q}.\" "),
        2 => format!("{n} said that {q}. "),
        3 => format!("{n} cho biết: “{q}”. "),
        4 => format!("«{q}», {n} told reporters.\n"),
        _ => format!("{n} met officials on Monday. "),
    })
}

/// How many articles a random corpus has at most: 8, or `PROPS_MAX_ARTICLES`
/// for a longer run by hand.
fn max_articles() -> usize {
    std::env::var("PROPS_MAX_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8)
}

/// A small corpus: a few articles of up to 6 sentences, ids distinct.
fn corpus() -> impl Strategy<Value = Vec<Article>> {
    proptest::collection::vec(
        (
            proptest::collection::vec(sentence(), 1..6),
            proptest::option::of(proptest::sample::select(&["en", "vi"][..])),
        ),
        1..max_articles(),
    )
    .prop_map(|arts| {
        arts.into_iter()
            .enumerate()
            .map(|(i, (sents, lang))| Article {
                id: format!("doc{i}"),
                text: sents.concat(),
                lang: lang.map(str::to_string),
                ..Article::default()
            })
            .collect()
    })
}

/// `n` cases, or `PROPTEST_CASES` when set (for a longer run by hand).
fn cases(n: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(n)
}

fn article(text: String, lang: Option<&str>) -> Article {
    Article {
        id: "p".into(),
        text,
        lang: lang.map(str::to_string),
        ..Article::default()
    }
}

fn check_offsets(a: &Article, m: &MinedArticle) -> Result<(), TestCaseError> {
    let t = a.text.as_str();
    for q in &m.quotes {
        prop_assert!(
            q.start <= q.end && q.end <= t.len(),
            "{q:?} outside {}",
            t.len()
        );
        prop_assert!(t.is_char_boundary(q.start), "start {} in a char", q.start);
        prop_assert!(t.is_char_boundary(q.end), "end {} in a char", q.end);
        prop_assert_eq!(&t[q.start..q.end], q.quote.as_str());
        prop_assert_eq!(q.doc.as_str(), a.id.as_str());
    }
    prop_assert_eq!(m.quotes.len(), m.quote_entity.len());
    Ok(())
}

/// Everything mining returns, as comparable text.
fn mined_repr(m: &MinedArticle) -> String {
    format!("{m:?}")
}

/// The pipeline as `build` runs it, from articles in memory: mine, drop the
/// text, resolve, graph.
fn build(articles: &[Article]) -> QuoteGraph {
    let mined = pipeline::mine_articles(articles, Lexicons::embedded());
    let corpus = corpus_of(articles, mined);
    let resolved = pipeline::resolve(&corpus);
    pipeline::graph(&corpus.articles, &resolved)
}

fn corpus_of(articles: &[Article], mined: Vec<MinedArticle>) -> Corpus {
    let articles = articles
        .iter()
        .zip(&mined)
        .map(|(a, m)| Article {
            text: String::new(),
            lang: a.lang.clone().or_else(|| Some(m.lang.clone())),
            ..a.clone()
        })
        .collect();
    Corpus {
        articles,
        mined,
        errors: Vec::new(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(256)))]

    #[test]
    fn offsets_slice_the_text_on_char_boundaries(
        t in text(),
        lang in proptest::option::of(proptest::sample::select(&["en", "vi"][..])),
    ) {
        let a = article(t, lang);
        let m = mine::mine(&a);
        check_offsets(&a, &m)?;
    }

    #[test]
    fn offsets_hold_on_quote_rich_sentences(
        sents in proptest::collection::vec(sentence(), 1..12),
        noise in text(),
        at in any::<prop::sample::Index>(),
    ) {
        // Noise spliced into well-formed news text, at a char boundary.
        let clean = sents.concat();
        let mut cut = at.index(clean.len() + 1);
        while !clean.is_char_boundary(cut) {
            cut -= 1;
        }
        let a = article(format!("{}{noise}{}", &clean[..cut], &clean[cut..]), None);
        let m = mine::mine(&a);
        check_offsets(&a, &m)?;
    }

    #[test]
    fn mining_is_deterministic(t in text()) {
        let a = article(t, None);
        prop_assert_eq!(mined_repr(&mine::mine(&a)), mined_repr(&mine::mine(&a)));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(48)))]

    #[test]
    fn mined_sentences_have_valid_offsets(arts in corpus()) {
        for a in &arts {
            check_offsets(a, &mine::mine(a))?;
        }
    }

    /// Resolution, as far as the public API can express idempotence: the
    /// whole pipeline run twice gives byte-identical graph.json. (There is
    /// no public way to re-resolve a `Resolved` or a `QuoteGraph`.)
    #[test]
    fn pipeline_twice_gives_identical_graph_json(arts in corpus()) {
        prop_assert_eq!(build(&arts).to_json(), build(&arts).to_json());
    }

    #[test]
    fn graph_json_round_trips(arts in corpus()) {
        let json = build(&arts).to_json();
        let back = QuoteGraph::from_json(&json)
            .map_err(|e| TestCaseError::fail(format!("{e}\n{json}")))?;
        prop_assert_eq!(back.to_json(), json);
    }

    /// Mining shard by shard (any split, shards in any order) and resolving
    /// the concatenation gives the graph of mining everything at once, in
    /// input order.
    #[test]
    fn shards_mined_separately_give_the_same_graph(
        arts in corpus(),
        cuts in proptest::collection::vec(any::<prop::sample::Index>(), 0..3),
    ) {
        let all = build(&arts).to_json();
        let mut bounds: Vec<usize> = cuts.iter().map(|c| c.index(arts.len() + 1)).collect();
        bounds.extend([0, arts.len()]);
        bounds.sort_unstable();
        bounds.dedup();
        let shards: Vec<&[Article]> = bounds.windows(2).map(|w| &arts[w[0]..w[1]]).collect();
        // Shards in input order, mined separately.
        let mut mined = Vec::new();
        for s in &shards {
            mined.extend(pipeline::mine_articles(s, Lexicons::embedded()));
        }
        let corpus = corpus_of(&arts, mined);
        let g = pipeline::graph(&corpus.articles, &pipeline::resolve(&corpus));
        prop_assert_eq!(g.to_json(), all.clone());
    }

    /// The same articles in another order give the same graph.json: the
    /// order shards arrive in does not matter.
    #[test]
    fn shard_order_does_not_change_the_graph(
        arts in corpus(),
        rot in any::<prop::sample::Index>(),
    ) {
        let all = build(&arts).to_json();
        let mut reordered = arts.clone();
        reordered.rotate_left(rot.index(arts.len()));
        reordered.reverse();
        prop_assert_eq!(build(&reordered).to_json(), all);
    }
}
