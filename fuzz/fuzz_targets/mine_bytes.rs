//! The miner on arbitrary bytes (read lossily, as a `.txt` file with bad
//! UTF-8 is). Checks the offset invariants of the `mine` schema: every
//! quotation's `start..end` lies inside the text, on char boundaries, and
//! slices exactly `quote`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quotegraph::model::Article;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    // The language comes from detection, or is forced to English or
    // Vietnamese, picked by the input length so every byte stays text.
    let lang = match data.len() % 3 {
        0 => None,
        1 => Some("en".to_string()),
        _ => Some("vi".to_string()),
    };
    let article = Article {
        id: "fuzz".into(),
        text,
        lang,
        ..Article::default()
    };
    let mined = quotegraph::mine::mine(&article);
    assert_eq!(mined.quotes.len(), mined.quote_entity.len());
    let t = article.text.as_str();
    for q in &mined.quotes {
        assert!(q.start <= q.end, "start {} > end {}", q.start, q.end);
        assert!(
            q.end <= t.len(),
            "end {} past text length {}",
            q.end,
            t.len()
        );
        assert!(
            t.is_char_boundary(q.start),
            "start {} not on a char boundary",
            q.start
        );
        assert!(
            t.is_char_boundary(q.end),
            "end {} not on a char boundary",
            q.end
        );
        assert_eq!(&t[q.start..q.end], q.quote, "quote differs from its span");
        assert_eq!(q.doc, "fuzz");
        assert!(
            (0.0..=1.0).contains(&q.confidence),
            "confidence {}",
            q.confidence
        );
    }
    for e in mined.quote_entity.iter().flatten() {
        assert!(*e < mined.entities.len(), "quote entity {e} out of range");
    }
});
