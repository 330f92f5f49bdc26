//! Language detection per article, restricted to the languages that have a
//! lexicon.

use crate::lexicon::{Lexicon, Lexicons};

/// Share of letters that must be distinctive of one language for it to win
/// outright (Vietnamese tone marks are a strong signal even in short texts).
const LETTER_SHARE: f64 = 0.01;

/// Picks the lexicon for an article: a language's distinctive letters decide
/// first, then whatlang restricted to the supported languages, then the
/// first language.
pub fn detect<'a>(text: &str, all: &'a Lexicons) -> &'a Lexicon {
    let sample: String = text.chars().take(20_000).collect();
    let letters = sample.chars().filter(|c| c.is_alphabetic()).count().max(1);
    let mut best: Option<(&Lexicon, usize)> = None;
    for lx in &all.langs {
        if lx.letters.is_empty() {
            continue;
        }
        let n = sample
            .chars()
            .filter(|c| lx.letters.contains(c.to_lowercase().next().unwrap_or(*c)))
            .count();
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
        if let Some(lang) = det.detect_lang(&sample)
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
