//! Helpers shared by the rule-by-rule miner tests (`mine_en.rs`,
//! `mine_vi.rs`).

#![allow(dead_code)]

use quotegraph::mine::{MinedArticle, mine};
use quotegraph::model::{Article, Quotation, QuoteKind, SpeakerType};
use unicode_normalization::UnicodeNormalization;

/// Mine `text` (as `lang` when given) and check the offsets invariant
/// (`text[start..end] == quote`) for every quotation.
pub fn run_with_lang(text: &str, lang: Option<&str>) -> MinedArticle {
    let m = mine(&Article {
        id: "t".into(),
        text: text.into(),
        lang: lang.map(Into::into),
        ..Default::default()
    });
    for q in &m.quotes {
        assert_eq!(
            text.get(q.start..q.end),
            Some(q.quote.as_str()),
            "offsets {}..{} do not slice the input to the quote {:?}; found:\n{}",
            q.start,
            q.end,
            q.quote,
            dump(&m)
        );
    }
    m
}

pub fn dump(m: &MinedArticle) -> String {
    if m.quotes.is_empty() {
        return "  (no quotations)\n".into();
    }
    m.quotes
        .iter()
        .map(|q| {
            format!(
                "  [{}] {:?} speaker={:?} mention={:?} type={} cue={:?} rule={} role={:?} cited={:?}\n",
                q.kind.as_str(),
                q.quote,
                q.speaker,
                q.speaker_mention,
                q.speaker_type.as_str(),
                q.cue,
                q.rule,
                q.role,
                q.cited
            )
        })
        .collect()
}

/// The quotation containing `needle`, a direct one if there are several.
#[track_caller]
pub fn find<'a>(m: &'a MinedArticle, needle: &str) -> &'a Quotation {
    let hits: Vec<&Quotation> = m
        .quotes
        .iter()
        .filter(|q| q.quote.contains(needle))
        .collect();
    hits.iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .or(hits.first())
        .copied()
        .unwrap_or_else(|| panic!("no quotation contains {needle:?}; found:\n{}", dump(m)))
}

/// The quotation of `kind` containing `needle`.
#[track_caller]
pub fn find_kind<'a>(m: &'a MinedArticle, needle: &str, kind: QuoteKind) -> &'a Quotation {
    m.quotes
        .iter()
        .find(|q| q.kind == kind && q.quote.contains(needle))
        .unwrap_or_else(|| {
            panic!(
                "no {} quotation contains {needle:?}; found:\n{}",
                kind.as_str(),
                dump(m)
            )
        })
}

/// Assert that no quotation contains `needle`.
#[track_caller]
pub fn assert_absent(m: &MinedArticle, needle: &str) {
    assert!(
        !m.quotes.iter().any(|q| q.quote.contains(needle)),
        "expected no quotation containing {needle:?}; found:\n{}",
        dump(m)
    );
}

/// A clause without its trailing punctuation.
pub fn trim_clause(s: &str) -> &str {
    s.trim().trim_end_matches(['.', ',', ';']).trim()
}

/// A speaker name as compared: NFC, without a leading "The".
pub fn norm_speaker(s: &str) -> String {
    let s: String = s.nfc().collect();
    s.strip_prefix("The ")
        .or_else(|| s.strip_prefix("the "))
        .unwrap_or(&s)
        .to_string()
}

/// Assert a direct quotation: exact text, kind and speaker.
#[track_caller]
pub fn direct(m: &MinedArticle, quote: &str, speaker: Option<&str>) -> Quotation {
    let q = find_kind(m, quote, QuoteKind::Direct).clone();
    assert_eq!(q.quote, quote, "direct quote text; found:\n{}", dump(m));
    assert_speaker(m, &q, speaker);
    q
}

/// Assert a reported clause of `kind` (trailing punctuation ignored) and its speaker.
#[track_caller]
pub fn clause(m: &MinedArticle, kind: QuoteKind, text: &str, speaker: Option<&str>) -> Quotation {
    let q = find_kind(m, trim_clause(text), kind).clone();
    assert_eq!(
        trim_clause(&q.quote),
        trim_clause(text),
        "{} clause text; found:\n{}",
        kind.as_str(),
        dump(m)
    );
    assert_speaker(m, &q, speaker);
    q
}

/// Speakers compare exactly after NFC normalization, except that a leading
/// "The" is not significant for organization names.
#[track_caller]
pub fn assert_speaker(m: &MinedArticle, q: &Quotation, speaker: Option<&str>) {
    let got = q.speaker.as_deref().map(norm_speaker);
    assert_eq!(
        got,
        speaker.map(norm_speaker),
        "speaker of {:?}; found:\n{}",
        q.quote,
        dump(m)
    );
}

#[track_caller]
pub fn assert_rule(m: &MinedArticle, q: &Quotation, rule: &str) {
    assert_eq!(q.rule, rule, "rule of {:?}; found:\n{}", q.quote, dump(m));
}

#[track_caller]
pub fn assert_type(m: &MinedArticle, q: &Quotation, t: SpeakerType) {
    assert_eq!(
        q.speaker_type,
        t,
        "speaker_type of {:?}; found:\n{}",
        q.quote,
        dump(m)
    );
}
