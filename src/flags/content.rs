//! Text -> content stems: the words that carry a claim (stopwords dropped,
//! diacritics folded, English suffixes stripped), so that paraphrases such
//! as `depend` / `dependent` or `agreeing` / `agreement` compare equal.
//!
//! Shared by the `flags` rules and the `query` module. The stopword list is
//! kept here rather than read from the miner's lexicons so that flag output
//! does not move when those lists are tuned for mining.

use std::collections::BTreeSet;

/// Words that say nothing about the claim: English and Vietnamese function
/// words, auxiliaries, pronouns and reporting verbs.
const STOPWORDS: &[&str] = &[
    // English determiners, pronouns, prepositions, conjunctions.
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "either",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "must",
    "my",
    "myself",
    "neither",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "shall",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "im",
    "ive",
    "its",
    "dont",
    "doesnt",
    "didnt",
    "wont",
    "cant",
    "isnt",
    "wasnt",
    "arent",
    "werent",
    "theyre",
    "theyve",
    "were",
    "weve",
    "youre",
    "hes",
    "shes",
    "thats",
    "theres",
    "mr",
    "mrs",
    "ms",
    "said",
    "says",
    "say",
    "told",
    "tell",
    "according",
    "added",
    "stated",
    "reportedly",
    "one",
    "two",
    "three",
    // Vietnamese function words (folded, without diacritics).
    "va",
    "la",
    "cua",
    "co",
    "duoc",
    "cac",
    "nhung",
    "mot",
    "trong",
    "voi",
    "cho",
    "ve",
    "nay",
    "da",
    "se",
    "khi",
    "tu",
    "tai",
    "thi",
    "ma",
    "de",
    "nhu",
    "cung",
    "ong",
    "ba",
    "rang",
    "nhieu",
    "vao",
    "ra",
    "den",
    "boi",
    "vi",
    "neu",
    "hay",
    "hoac",
    "nao",
    "do",
    "kia",
    "ay",
];

/// Month names mapped to one key, so `Nov.` and `November` match.
const MONTHS: &[(&str, &str)] = &[
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep"),
    ("sept", "sep"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
];

/// Whether `w` is one of [`STOPWORDS`]: a hash set made once (a scan of
/// the 210-word list for every word of every statement was a tenth of
/// `build`'s CPU on a big corpus, in string comparisons).
fn is_stopword(w: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().copied().collect())
        .contains(w)
}

/// The folded words of `text`: lowercase, diacritics removed, apostrophes
/// dropped (`won't` -> `wont`), split at anything not a letter or digit.
pub(crate) fn folded_words(text: &str) -> Vec<String> {
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, '\'' | '\u{2019}' | '\u{02BC}'))
        .collect();
    crate::text::words(&cleaned)
}

/// A light English stemmer: strips one inflectional or derivational suffix
/// and then a final `e`, keeping at least three letters. Words with
/// non-ASCII letters are left alone.
///
/// `depend`, `dependent`, `dependence` -> `depend`; `agree`, `agreed`,
/// `agreeing`, `agreement` -> `agre`; `countries` -> `country`.
pub(crate) fn stem(word: &str) -> String {
    if !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return word.to_owned();
    }
    if let Some(&(_, short)) = MONTHS.iter().find(|(m, _)| *m == word) {
        return short.to_owned();
    }
    let mut w = word.to_owned();
    let keeps = |w: &str, suffix: &str| w.len() >= suffix.len() + 3 && w.ends_with(suffix);
    if keeps(&w, "ies") {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if keeps(&w, "eed") {
        // `agreed` -> `agree`, like `agreeing` -> `agree`.
        w.pop();
    } else if keeps(&w, "sses") {
        w.truncate(w.len() - 2);
    } else if w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && w.len() >= 4
    {
        w.pop();
    }
    for suffix in [
        "ments", "ment", "ence", "ency", "ent", "ings", "ing", "ed", "ly",
    ] {
        if keeps(&w, suffix) {
            w.truncate(w.len() - suffix.len());
            // `stopped` -> `stop`, `planning` -> `plan`.
            let b = w.as_bytes();
            let n = b.len();
            if n >= 4 && b[n - 1] == b[n - 2] && !matches!(b[n - 1], b'l' | b's' | b'z' | b'e') {
                w.pop();
            }
            break;
        }
    }
    if w.len() > 3 && w.ends_with('e') {
        w.pop();
    }
    w
}

/// The content stems of `text`, in order, repeats kept: folded words that
/// are not stopwords and not single letters, stemmed.
pub(crate) fn stems(text: &str) -> Vec<String> {
    folded_words(text)
        .into_iter()
        .filter(|w| w.chars().count() > 1 && !is_stopword(w))
        .map(|w| stem(&w))
        .collect()
}

/// The distinct content stems of `text`.
pub(crate) fn stem_set(text: &str) -> BTreeSet<String> {
    stems(text).into_iter().collect()
}

/// Dice coefficient of two sets.
pub(crate) fn dice<T: Ord>(a: &BTreeSet<T>, b: &BTreeSet<T>) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    2.0 * a.intersection(b).count() as f64 / (a.len() + b.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The stopword set answers as a scan of the list does.
        #[test]
        fn stopword_set_is_the_list(w in "[a-zăâđêôơư]{0,6}", k in 0usize..210) {
            proptest::prop_assert_eq!(is_stopword(&w), STOPWORDS.contains(&w.as_str()));
            let listed = STOPWORDS[k % STOPWORDS.len()];
            proptest::prop_assert!(is_stopword(listed));
        }
    }

    #[test]
    fn every_stopword_is_in_the_set() {
        assert!(STOPWORDS.iter().all(|w| is_stopword(w)));
        assert!(!is_stopword("") && !is_stopword("letter") && !is_stopword("The"));
    }

    #[test]
    fn stems_join_paraphrases() {
        assert_eq!(stem("depend"), stem("dependent"));
        assert_eq!(stem("depend"), stem("dependence"));
        assert_eq!(stem("agree"), stem("agreeing"));
        assert_eq!(stem("agree"), stem("agreement"));
        assert_eq!(stem("agree"), stem("agreed"));
        assert_eq!(stem("shared"), stem("share"));
        assert_eq!(stem("fighting"), stem("fight"));
        assert_eq!(stem("countries"), "country");
        assert_eq!(stem("nov"), stem("november"));
        assert_eq!(stem("isis"), "isis");
        assert_eq!(stem("planning"), "plan");
        assert_eq!(stem("chiến"), "chiến");
    }

    #[test]
    fn stopwords_dropped() {
        assert_eq!(
            stems("We won't share intelligence with them."),
            ["shar", "intellig"]
        );
        assert_eq!(stems("sẽ không chia sẻ tin"), ["khong", "chia", "tin"]);
    }

    #[test]
    fn dice_of_sets() {
        let a = stem_set("shared interest");
        let b = stem_set("shared fight");
        assert_eq!(dice(&a, &b), 0.5);
    }
}
