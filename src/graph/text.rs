//! Text keys for the graph: wording normalization, slugs and a stable hash,
//! so ids derived from content are the same on every run and platform.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// FNV-1a, 64 bit, over `bytes`.
///
/// Used for statement ids because, unlike `std`'s `DefaultHasher`, its
/// output is fixed by its definition and never changes between Rust
/// releases or runs.
///
/// # Examples
///
/// ```
/// use quotegraph::graph::fnv1a64;
/// assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
/// assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
/// ```
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes
        .iter()
        .fold(OFFSET, |h, &b| (h ^ u64::from(b)).wrapping_mul(PRIME))
}

/// Normalizes a quote's wording for comparison.
///
/// NFC, lowercase, apostrophes dropped (`won't` -> `wont`), every other
/// character that is not a letter, digit or combining mark becomes a space,
/// runs of spaces collapse. Letters keep their diacritics, so Vietnamese
/// words stay distinct (`chung` is not `chúng`), while NFC and NFD input
/// give the same key.
///
/// # Examples
///
/// ```
/// use quotegraph::graph::normalize_text;
/// assert_eq!(normalize_text("  We won't share it,\n \"he\" said. "), "we wont share it he said");
/// assert_eq!(normalize_text("Cuộc chiến chung"), normalize_text("Cuo\u{302}\u{323}c chie\u{302}\u{301}n chung"));
/// ```
pub fn normalize_text(s: &str) -> String {
    if s.chars()
        .all(|c| c.is_ascii() || ('\u{2000}'..='\u{206f}').contains(&c))
    {
        return normalize_plain(s);
    }
    normalize_full(s)
}

/// [`normalize_text`] of text in ASCII and General Punctuation (curly
/// quotes, dashes, `’`): there lowercasing is ASCII's, NFC changes nothing
/// but two spaces (U+2000, U+2001, which stay spaces), and the only letters
/// and digits are ASCII ones, so no Unicode tables are needed.
fn normalize_plain(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if is_apostrophe(c) {
            continue;
        }
        if c.is_ascii_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending_space = true;
        }
    }
    out
}

/// [`normalize_text`] for any text.
fn normalize_full(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars().flat_map(char::to_lowercase).nfc() {
        if is_apostrophe(c) {
            continue;
        }
        if c.is_alphanumeric() || (is_combining_mark(c) && !out.is_empty() && !pending_space) {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        } else {
            pending_space = true;
        }
    }
    out
}

/// The words of a normalized text.
pub(crate) fn words(normalized: &str) -> Vec<&str> {
    normalized.split(' ').filter(|w| !w.is_empty()).collect()
}

/// An id-friendly form of a name: lowercase letters and digits joined by
/// `-`, diacritics removed (`Nhà Trắng` -> `nha-trang`); letters without
/// an ASCII base (CJK, Arabic) are kept. Same rule as the resolver's entity
/// ids, so an organization created from an affiliation gets the id the
/// resolver would give it.
///
/// # Examples
///
/// ```
/// use quotegraph::graph::slug;
/// assert_eq!(slug("The Wall Street Journal"), "the-wall-street-journal");
/// assert_eq!(slug("Bộ Quốc phòng Đức"), "bo-quoc-phong-duc");
/// assert_eq!(slug("  MoD (UK) "), "mod-uk");
/// ```
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_dash = false;
    for c in s.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        let lower: Vec<char> = match c {
            'đ' | 'Đ' => vec!['d'],
            c => c.to_lowercase().collect(),
        };
        for c in lower {
            if c.is_alphanumeric() {
                if pending_dash && !out.is_empty() {
                    out.push('-');
                }
                pending_dash = false;
                out.push(c);
            } else {
                pending_dash = true;
            }
        }
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Shortens `s` to at most `max` characters, cutting at a word boundary
/// when one is near and appending `…`.
pub(crate) fn shorten(s: &str, max: usize) -> String {
    // Single-spaced text (the usual case) is its own whitespace-joined
    // form: no copy of the whole text, and the cut is a slice of it.
    let joined: String;
    let s = if crate::text::single_spaced(s) {
        s
    } else {
        joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
        &joined
    };
    if s.len() <= max || s.chars().count() <= max {
        return s.to_owned();
    }
    let keep = max.saturating_sub(1).max(1);
    let cut = match s.char_indices().nth(keep) {
        Some((end, _)) => &s[..end],
        None => s,
    };
    let cut = match cut.rfind(' ') {
        Some(i) if cut[..i].chars().count() * 3 >= keep * 2 => &cut[..i],
        _ => cut,
    };
    format!(
        "{}…",
        cut.trim_end_matches(|c: char| c.is_whitespace() || c == ',')
    )
}

/// Greedy word wrap to lines of about `width` characters, joined by `\n`.
pub(crate) fn wrap(s: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_reference_vectors() {
        // From the FNV reference test suite (fnv-1a 64).
        assert_eq!(fnv1a64(b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a64(b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x85944171f73967e8);
    }

    #[test]
    fn plain_normalization_is_the_full_one() {
        // Every ASCII and General Punctuation character, alone and between
        // words, and pseudo-random strings of them.
        let chars: Vec<char> = (0u32..0x80)
            .chain(0x2000..0x2070)
            .filter_map(char::from_u32)
            .collect();
        for &c in &chars {
            for s in [c.to_string(), format!("Ab{c}cD"), format!("{c} x{c}{c}Y ")] {
                assert_eq!(normalize_plain(&s), normalize_full(&s), "{s:?}");
                assert_eq!(normalize_text(&s), normalize_full(&s), "{s:?}");
            }
        }
        let mut state = 11u64;
        for _ in 0..2000 {
            let s: String = (0..12)
                .map(|_| {
                    state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
                    chars[(state >> 33) as usize % chars.len()]
                })
                .collect();
            assert_eq!(normalize_plain(&s), normalize_full(&s), "{s:?}");
        }
    }

    #[test]
    fn normalize_folds_punctuation_case_and_space() {
        assert_eq!(
            normalize_text("The United States will not cooperate, militarily!"),
            "the united states will not cooperate militarily"
        );
        assert_eq!(normalize_text("“Hello”—world…"), "hello world");
        assert_eq!(normalize_text("P5+1 in 2009"), "p5 1 in 2009");
        assert_eq!(normalize_text("..."), "");
        assert_eq!(normalize_text("We won’t"), "we wont");
    }

    #[test]
    fn normalize_keeps_vietnamese_letters() {
        let nfc = "Tôi không ở vị trí";
        let nfd: String = nfc.nfd().collect();
        assert_ne!(nfc, nfd);
        assert_eq!(normalize_text(nfc), "tôi không ở vị trí");
        assert_eq!(normalize_text(&nfd), normalize_text(nfc));
        assert_ne!(normalize_text("chung"), normalize_text("chúng"));
        assert_eq!(normalize_text("ĐÀ NẴNG"), "đà nẵng");
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Josh Earnest"), "josh-earnest");
        assert_eq!(slug("Nhà Trắng"), "nha-trang");
        assert_eq!(slug("al-Jaafari"), "al-jaafari");
        assert_eq!(slug("Iran's Supreme Leader"), "iran-s-supreme-leader");
        assert_eq!(slug("新华社"), "新华社");
        assert_eq!(slug("--"), "");
    }

    /// `shorten` as it was written before its single-spaced fast path.
    fn shorten_joined(s: &str, max: usize) -> String {
        let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
        if s.chars().count() <= max {
            return s;
        }
        let keep = max.saturating_sub(1).max(1);
        let cut: String = s.chars().take(keep).collect();
        let cut = match cut.rfind(' ') {
            Some(i) if cut[..i].chars().count() * 3 >= keep * 2 => &cut[..i],
            _ => cut.as_str(),
        };
        format!(
            "{}…",
            cut.trim_end_matches(|c: char| c.is_whitespace() || c == ',')
        )
    }

    proptest::proptest! {
        #[test]
        fn shorten_is_the_joined_form_cut(
            s in "([a-zđắ,.]{0,6}[ \t\n\u{a0}\u{2003}]{0,3}){0,12}",
            max in 0usize..40,
        ) {
            proptest::prop_assert_eq!(shorten(&s, max), shorten_joined(&s, max));
        }
    }

    #[test]
    fn shorten_and_wrap() {
        assert_eq!(shorten("short", 10), "short");
        let s = shorten(
            "The United States will not cooperate militarily with Iran in that effort",
            30,
        );
        assert!(s.chars().count() <= 30, "{s}");
        assert!(s.ends_with('…'));
        assert_eq!(s, "The United States will not…");
        assert_eq!(shorten("abcdefghijklmnop", 5), "abcd…");
        assert_eq!(wrap("aa bb cc dd", 5), "aa bb\ncc dd");
        assert_eq!(
            wrap("averyveryverylongword x", 5),
            "averyveryverylongword\nx"
        );
    }
}
