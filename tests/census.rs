//! The attribution census (`tests/fixtures/census`): short original
//! articles, one per attribution pattern seen in real news, each with the
//! speakers a careful reader names. The share of expected quotations mined
//! with the right kind and speaker is pinned as a floor.

mod common;

use common::run_with_lang;
use quotegraph::model::{Quotation, QuoteKind};
use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/census");

/// Floors: the share of expected quotations right, over every case and
/// over the census proper (cases 001 to 095, written before any rule
/// looked at them).
const FLOOR_ALL: f64 = 0.92;
const FLOOR_CENSUS: f64 = 0.90;

#[derive(Deserialize)]
struct Case {
    case: String,
    pattern: String,
    expect: Vec<Expected>,
}

#[derive(Deserialize)]
struct Expected {
    quote_start: String,
    kind: String,
    speaker: String,
}

fn norm(s: &str) -> String {
    let s: String = s
        .nfc()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            c => c,
        })
        .collect();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    s.trim()
        .trim_matches(|c| c == '"' || c == '\'')
        .trim()
        .to_lowercase()
}

/// The predicted quotation for an expected one: it starts with, else
/// contains, the expected first words; one of the expected kind first.
fn find<'a>(quotes: &'a [Quotation], e: &Expected) -> Option<&'a Quotation> {
    let qs = norm(&e.quote_start);
    let direct = e.kind == "direct";
    let mut cands: Vec<&Quotation> = quotes
        .iter()
        .filter(|q| norm(&q.quote).starts_with(&qs))
        .collect();
    if cands.is_empty() {
        cands = quotes
            .iter()
            .filter(|q| norm(&q.quote).contains(&qs))
            .collect();
    }
    if cands.is_empty() && qs.chars().count() > 25 {
        let head: String = qs.chars().take(25).collect();
        cands = quotes
            .iter()
            .filter(|q| norm(&q.quote).contains(&head))
            .collect();
    }
    cands
        .iter()
        .find(|q| (q.kind == QuoteKind::Direct) == direct)
        .or(cands.first())
        .copied()
}

fn speaker_ok(q: &Quotation, want: &str) -> bool {
    if want.contains('|') {
        return want.split('|').any(|w| speaker_ok(q, w));
    }
    if let Some(w) = want.strip_prefix("anon:") {
        let w = w.trim().to_lowercase();
        return q.speaker.is_none()
            && (w.is_empty()
                || q.speaker_mention
                    .as_deref()
                    .unwrap_or("")
                    .to_lowercase()
                    .contains(&w));
    }
    q.speaker.as_deref().unwrap_or("").to_lowercase() == want.to_lowercase()
}

#[test]
fn census_floor() {
    let cases: Vec<Case> = std::fs::read_to_string(format!("{DIR}/expect.jsonl"))
        .expect("expect.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a case line"))
        .collect();
    assert!(cases.len() >= 160, "{} cases", cases.len());
    let (mut all, mut all_ok, mut census, mut census_ok) = (0usize, 0usize, 0usize, 0usize);
    let mut misses = Vec::new();
    for c in &cases {
        let text =
            std::fs::read_to_string(format!("{DIR}/cases/{}.txt", c.case)).expect("a case file");
        let m = run_with_lang(&text, None);
        let proper = c.case.as_str() <= "095";
        for e in &c.expect {
            let ok = find(&m.quotes, e).is_some_and(|q| {
                (q.kind == QuoteKind::Direct) == (e.kind == "direct") && speaker_ok(q, &e.speaker)
            });
            all += 1;
            all_ok += usize::from(ok);
            if proper {
                census += 1;
                census_ok += usize::from(ok);
            }
            if !ok {
                misses.push(format!("{} ({}): {:?}", c.case, c.pattern, e.quote_start));
            }
        }
    }
    let (r_all, r_census) = (all_ok as f64 / all as f64, census_ok as f64 / census as f64);
    eprintln!(
        "census: {all_ok}/{all} = {r_all:.3} of all quotations, {census_ok}/{census} = {r_census:.3} of the census proper"
    );
    assert!(
        r_all >= FLOOR_ALL && r_census >= FLOOR_CENSUS,
        "census {r_all:.3} (floor {FLOOR_ALL}), proper {r_census:.3} (floor {FLOOR_CENSUS}); misses:\n{}",
        misses.join("\n")
    );
}
