//! Language detection per article, restricted to the languages that have a
//! lexicon.

use crate::lexicon::{Lexicon, Lexicons};
use crate::text::is_alpha;

/// Share of letters that must be distinctive of one language for it to win
/// outright (Vietnamese tone marks are a strong signal even in short texts).
const LETTER_SHARE: f64 = 0.01;

/// How many characters of an article language detection looks at.
const SAMPLE_CHARS: usize = 20_000;

/// Picks the lexicon for an article: a language's distinctive letters decide
/// first, then whatlang restricted to the supported languages, then the
/// first language.
pub fn detect<'a>(text: &str, all: &'a Lexicons) -> &'a Lexicon {
    // The sample is a prefix of the text: no copy.
    let sample = match text.char_indices().nth(SAMPLE_CHARS) {
        Some((end, _)) => &text[..end],
        None => text,
    };
    // One pass over the sample counts letters and each language's
    // distinctive letters; ASCII characters are only looked up when some
    // language lists one.
    let cands: Vec<&Lexicon> = all
        .langs
        .iter()
        .filter(|lx| !lx.letters.is_empty())
        .collect();
    let any_ascii = cands.iter().any(|lx| lx.letters.bytes().any(|b| b < 128));
    let mut counts = vec![0usize; cands.len()];
    let mut letters = 0usize;
    for c in sample.chars() {
        if c.is_ascii() {
            letters += usize::from(c.is_ascii_alphabetic());
            if !any_ascii {
                continue;
            }
        } else {
            letters += usize::from(is_alpha(c));
        }
        let l = c.to_lowercase().next().unwrap_or(c);
        for (n, lx) in counts.iter_mut().zip(&cands) {
            if lx.letters.contains(l) {
                *n += 1;
            }
        }
    }
    let letters = letters.max(1);
    let mut best: Option<(&Lexicon, usize)> = None;
    for (&lx, &n) in cands.iter().zip(&counts) {
        if n as f64 / letters as f64 >= LETTER_SHARE && best.is_none_or(|(_, m)| n > m) {
            best = Some((lx, n));
        }
    }
    if let Some((lx, _)) = best {
        return lx;
    }
    let allow: Vec<whatlang::Lang> = all.langs.iter().filter_map(|l| l.whatlang).collect();
    if !allow.is_empty() {
        let det = whatlang::Detector::with_allowlist(allow);
        if let Some(lang) = det.detect_lang(sample)
            && let Some(lx) = all.langs.iter().find(|l| l.whatlang == Some(lang))
        {
            return lx;
        }
    }
    all.get("en")
        .or_else(|| all.langs.first())
        .expect("at least one language")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_letters_win_on_short_text() {
        let all = Lexicons::embedded();
        assert_eq!(detect("Ông Obama nói rằng", all).code, "vi");
        assert_eq!(
            detect(
                "The president said on Tuesday that talks would resume.",
                all
            )
            .code,
            "en"
        );
    }
}
