//! Text preparation: NFC normalization with a map back to input byte offsets,
//! and the folding used to compare names and wordings.

use std::borrow::Cow;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// An article's text in NFC, with a way back to byte offsets of the input.
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    /// The NFC text that all matching runs on: the input itself when it was
    /// already NFC (no copy).
    pub text: Cow<'a, str>,
    /// For each byte of `text`, the input byte offset of the segment it came
    /// from; `None` when the input was already NFC (offsets are identical).
    map: Option<Vec<u32>>,
    /// Length of the input in bytes.
    orig_len: usize,
}

impl<'a> Normalized<'a> {
    /// Normalizes `input` to NFC, keeping an offset map when anything changes.
    ///
    /// Normalization runs per segment (a starter and the combining marks that
    /// follow it), so every segment boundary maps exactly back to the input.
    pub fn new(input: &'a str) -> Normalized<'a> {
        // ASCII (checked a word at a time) is NFC.
        if input.is_ascii()
            || all_nfc_starters(input)
            || is_nfc_quick(input.chars()) == IsNormalized::Yes
        {
            return Normalized {
                text: Cow::Borrowed(input),
                map: None,
                orig_len: input.len(),
            };
        }
        let mut text = String::with_capacity(input.len());
        let mut map = Vec::with_capacity(input.len() + 1);
        let mut seg_start = 0;
        let bytes_of = |s: &str, text: &mut String, map: &mut Vec<u32>, at: usize| {
            for c in s.nfc() {
                let before = text.len();
                text.push(c);
                map.extend(std::iter::repeat_n(at as u32, text.len() - before));
            }
        };
        for (i, c) in input.char_indices() {
            if i > seg_start && is_starter(c) {
                bytes_of(&input[seg_start..i], &mut text, &mut map, seg_start);
                seg_start = i;
            }
        }
        bytes_of(&input[seg_start..], &mut text, &mut map, seg_start);
        map.push(input.len() as u32);
        Normalized {
            text: Cow::Owned(text),
            map: Some(map),
            orig_len: input.len(),
        }
    }

    /// Maps a byte offset of the normalized text to one of the input.
    pub fn to_input(&self, pos: usize) -> usize {
        match &self.map {
            None => pos,
            Some(m) => m.get(pos).map(|&p| p as usize).unwrap_or(self.orig_len),
        }
    }

    /// Whether the input was already NFC.
    pub fn is_identity(&self) -> bool {
        self.map.is_none()
    }
}

/// A fast path for [`is_nfc_quick`]: characters of the blocks most news
/// text is written in (Latin, Latin Extended Additional, general
/// punctuation but for the two singletons U+2000 and U+2001) that are
/// NFC quick-check `Yes` with combining class 0, so a text of only these
/// is NFC (checked against the tables in a test).
#[inline]
#[cfg(test)]
fn nfc_starter(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{2FF}' | '\u{1E00}'..='\u{1EFF}' | '\u{2002}'..='\u{206F}')
}

/// Whether the eight bytes at `i` are all ASCII: the fast path of the byte
/// scans here and in `mine::segment`.
#[inline]
pub(crate) fn ascii8_at(b: &[u8], i: usize) -> bool {
    i + 8 <= b.len()
        && u64::from_le_bytes(b[i..i + 8].try_into().unwrap_or([0x80; 8])) & 0x8080_8080_8080_8080
            == 0
}

/// Whether every character of `s` is in the blocks of `nfc_starter`, read from the UTF-8 bytes: eight ASCII
/// bytes at a time, and the lead bytes of the other blocks.
fn all_nfc_starters(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if ascii8_at(b, i) {
            i += 8;
            continue;
        }
        match b[i] {
            0..=0x7f => i += 1,
            // U+0080 to U+02FF.
            0xc2..=0xcb => i += 2,
            // U+1E00 to U+1EFF.
            0xe1 if matches!(b[i + 1], 0xb8..=0xbb) => i += 3,
            // U+2002 to U+206F.
            0xe2 if (b[i + 1] == 0x80 && b[i + 2] >= 0x82)
                || (b[i + 1] == 0x81 && b[i + 2] <= 0xaf) =>
            {
                i += 3
            }
            _ => return false,
        }
    }
    true
}

fn is_starter(c: char) -> bool {
    unicode_normalization::char::canonical_combining_class(c) == 0
        && !unicode_normalization::char::is_combining_mark(c)
}

/// Folds a string for comparison: NFD, combining marks dropped, `đ` to `d`,
/// lowercase. `Nguyễn` and `nguyen` fold alike.
pub fn fold(s: &str) -> String {
    // ASCII has no marks to drop and no decompositions: lowercase is all.
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    // Each character is decomposed on its own: NFD only adds the
    // canonical reordering of characters of non-zero combining class, and
    // those are all combining marks, which are dropped (a test checks it),
    // so the order of what is kept is the same.
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(f) = folded_latin(c) {
            out.push_str(f);
        } else {
            fold_char(c, &mut out);
        }
    }
    out
}

/// Folds one character (not ASCII) onto `out`.
fn fold_char(c: char, out: &mut String) {
    unicode_normalization::char::decompose_canonical(c, |d| {
        if unicode_normalization::char::is_combining_mark(d) {
            return;
        }
        match d {
            'đ' | 'Đ' => out.push('d'),
            _ => out.extend(d.to_lowercase()),
        }
    });
}

/// The folded form of a character of the Latin blocks that names are
/// written in (U+0080 to U+024F, U+1E00 to U+1EFF), from a table worked
/// out once with [`fold_char`].
#[inline]
fn folded_latin(c: char) -> Option<&'static str> {
    static TABLE: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let i = match c as u32 {
        n @ 0x80..=0x24f => n - 0x80,
        n @ 0x1e00..=0x1eff => n - 0x1e00 + 0x1d0,
        _ => return None,
    } as usize;
    let table = TABLE.get_or_init(|| {
        (0x80..=0x24fu32)
            .chain(0x1e00..=0x1effu32)
            .map(|n| {
                let mut s = String::new();
                if let Some(c) = char::from_u32(n) {
                    fold_char(c, &mut s);
                }
                s
            })
            .collect()
    });
    table.get(i).map(String::as_str)
}

/// The folded words of a string: runs of letters and digits.
pub fn words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether `c` is in one of the Latin letter blocks where every code point is
/// alphabetic (Latin-1 letters, Latin Extended-A/B, Latin Extended
/// Additional): a fast path before the Unicode tables.
#[inline]
fn is_latin_letter(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}') && c != '×' && c != '÷'
}

/// `char::is_alphanumeric`, with fast paths for ASCII and Latin letters.
#[inline]
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_latin_letter(c) || (!is_general_punctuation(c) && c.is_alphanumeric())
    }
}

/// The General Punctuation block (curly quotes, dashes, spaces): no letter
/// or digit in it.
#[inline]
fn is_general_punctuation(c: char) -> bool {
    matches!(c, '\u{2000}'..='\u{206F}')
}

/// `char::is_alphabetic`, with fast paths for ASCII and Latin letters.
#[inline]
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        is_latin_letter(c) || (!is_general_punctuation(c) && c.is_alphabetic())
    }
}

/// Whether `c` is an upper-case letter (title-case counts).
#[inline]
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    c.is_uppercase() || (c.is_alphabetic() && c.to_lowercase().next() != Some(c))
}

/// `str::to_lowercase`, with fast paths for ASCII and Latin letters.
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    if has_char(s, 'Σ') {
        // Final sigma depends on the context: the whole-string rule.
        return s.to_lowercase();
    }
    // Every other character is lowercased on its own (as
    // `str::to_lowercase` does).
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(l) = lower_latin(c) {
            out.push(l);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// The lowercase form of a character of the Latin blocks (U+0080 to
/// U+024F, U+1E00 to U+1EFF) when it is one character, from a table worked
/// out once with `char::to_lowercase`.
#[inline]
pub(crate) fn lower_latin(c: char) -> Option<char> {
    static TABLE: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    let i = match c as u32 {
        n @ 0x80..=0x24f => n - 0x80,
        n @ 0x1e00..=0x1eff => n - 0x1e00 + 0x1d0,
        _ => return None,
    } as usize;
    let table = TABLE.get_or_init(|| {
        (0x80..=0x24fu32)
            .chain(0x1e00..=0x1effu32)
            .map(|n| {
                let mut l = char::from_u32(n).unwrap_or('\0').to_lowercase();
                match (l.next(), l.next()) {
                    (Some(x), None) => x,
                    _ => '\0',
                }
            })
            .collect()
    });
    table.get(i).copied().filter(|&l| l != '\0')
}

/// `s` in NFC: borrowed when it already is (the quick check of
/// [`Normalized::new`]).
pub fn nfc(s: &str) -> Cow<'_, str> {
    if s.is_ascii() || all_nfc_starters(s) || is_nfc_quick(s.chars()) == IsNormalized::Yes {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfc().collect())
    }
}

/// Whether `s` holds single spaces between other characters and no other
/// space or control character (nor a space at either end): what
/// `surface` copies as it is. ASCII is read byte by byte.
pub fn single_spaced(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let mut prev_space = false;
    let mut i = 0;
    while i < b.len() {
        // Eight ASCII bytes at a time: no control byte (below 0x20, or
        // 0x7f), and no two spaces in a row, within them or across from
        // the byte before.
        if i + 8 <= b.len() {
            let x = u64::from_le_bytes(b[i..i + 8].try_into().unwrap_or([0x80; 8]));
            if x & HI == 0 {
                let below_space = x.wrapping_sub(LO * 0x20) & !x & HI;
                let del = (x ^ (LO * 0x7f)).wrapping_sub(LO) & !(x ^ (LO * 0x7f)) & HI;
                if below_space | del != 0 {
                    return false;
                }
                // 0x80 in each byte that is a space, exactly.
                let y = x ^ (LO * 0x20);
                let spaces = !(((y & !HI) + !HI) | y | !HI);
                if spaces & (spaces >> 8) != 0 || (prev_space && spaces & 0x80 != 0) {
                    return false;
                }
                prev_space = spaces >> 63 != 0;
                i += 8;
                continue;
            }
        }
        let x = b[i];
        if x == b' ' {
            if prev_space {
                return false;
            }
            prev_space = true;
            i += 1;
        } else if x < 128 {
            // ASCII spaces other than ' ' and controls are below 0x20.
            if x < 0x20 || x == 0x7f {
                return false;
            }
            prev_space = false;
            i += 1;
        } else {
            let c = s[i..].chars().next().unwrap_or('\0');
            if c.is_whitespace() || c.is_control() {
                return false;
            }
            prev_space = false;
            i += c.len_utf8();
        }
    }
    true
}

/// `s.contains(c)`, as a byte search: for a character outside ASCII the
/// standard search builds a substring searcher first, which costs more
/// than scanning a word.
#[inline]
pub fn has_char(s: &str, c: char) -> bool {
    let mut buf = [0u8; 4];
    let pat = c.encode_utf8(&mut buf).as_bytes();
    // UTF-8 is self-synchronizing: the bytes of `c` occur only as `c`.
    s.as_bytes().windows(pat.len()).any(|w| w == pat)
}

/// Truncates to at most `max` chars, adding an ellipsis when cut.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out = out.trim_end().to_string();
    out.push('…');
    out
}

/// Levenshtein distance in characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = (diag + usize::from(ca != cb)).min(up + 1).min(row[j] + 1);
            diag = up;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    /// What `single_spaced` must say: the char loop it replaces.
    fn single_spaced_plain(raw: &str) -> bool {
        let mut prev_space = false;
        !raw.starts_with(' ')
            && !raw.ends_with(' ')
            && raw.chars().all(|c| {
                if c == ' ' {
                    let ok = !prev_space;
                    prev_space = true;
                    ok
                } else {
                    prev_space = false;
                    !(c.is_whitespace() || c.is_control())
                }
            })
    }

    proptest::proptest! {
        #[test]
        fn single_spaced_agrees_on_random_text(
            s in "[ab \t\u{1f}\u{7f}\u{0}é\u{a0}\u{85}\u{2009}~!]{0,40}|([a-z]{0,9} ){0,6}[a-z ]{0,3}"
        ) {
            proptest::prop_assert_eq!(super::single_spaced(&s), single_spaced_plain(&s));
        }
    }

    #[test]
    fn single_spaced_agrees_on_every_short_string() {
        // Every string of up to 17 bytes of `a` and space (every place of a
        // double space around the eight-byte steps), and of up to 9 of
        // `a`, space, DEL and a control byte.
        for (alphabet, max) in [
            (&[b'a', b' '][..], 17u32),
            (&[b'a', b' ', 0x7f, 0x1f][..], 9),
        ] {
            let k = alphabet.len() as u64;
            for len in 0..=max {
                for mut code in 0..k.pow(len) {
                    let mut v = Vec::with_capacity(len as usize);
                    for _ in 0..len {
                        v.push(alphabet[(code % k) as usize]);
                        code /= k;
                    }
                    let t = String::from_utf8(v).unwrap();
                    assert_eq!(super::single_spaced(&t), single_spaced_plain(&t), "{t:?}");
                }
            }
        }
    }

    #[test]
    fn single_spaced_agrees_with_chars() {
        let plain = single_spaced_plain;
        for n in 0..0x3000u32 {
            let Some(c) = char::from_u32(n) else { continue };
            for s in [
                format!("a{c}b"),
                format!("{c}"),
                format!("a {c} b"),
                format!("a{c} b"),
            ] {
                assert_eq!(single_spaced(&s), plain(&s), "{s:?}");
            }
        }
        for p in 0..20 {
            let pad = "x".repeat(p);
            for mid in [
                "  ", " ", "\t", "\u{7f}", "\u{1f}", "\u{0}", "é", "\u{a0}", " é", "é ",
            ] {
                for s in [
                    format!("{pad}{mid}yyyyyyyyyyyyyyyy"),
                    format!("ab cd ef{pad}{mid}y z"),
                    format!("abcdefg {pad}{mid}"),
                ] {
                    assert_eq!(single_spaced(&s), plain(&s), "{s:?}");
                }
            }
        }
        for s in [
            "",
            " ",
            "a  b",
            "a b",
            "Nguyễn Văn A",
            "a\u{a0}b",
            "a\u{85}b",
            " a",
            "a ",
        ] {
            assert_eq!(single_spaced(s), plain(s), "{s:?}");
        }
    }

    #[test]
    fn lowercase_agrees_with_std() {
        for n in (0x80..=0x24fu32)
            .chain(0x370..=0x52f)
            .chain(0x1e00..=0x1fff)
        {
            let Some(c) = char::from_u32(n) else { continue };
            let s = format!("Ab{c}Cd{c}");
            assert_eq!(lowercase(&s), s.to_lowercase(), "{c:?}");
        }
        for s in [
            "ΟΔΟΣ ΣΑΣ",
            "İstanbul",
            "Nguyễn Tấn DŨNG",
            "ǅemal",
            "Straße",
            "x",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s:?}");
        }
    }

    #[test]
    fn nfc_borrows_only_normalized_text() {
        use unicode_normalization::UnicodeNormalization;
        for s in [
            "abc",
            "Nguyễn",
            "Nguye\u{302}\u{303}n",
            "e\u{301}",
            "한국어",
            "ᄒ\u{1161}",
        ] {
            let want: String = s.nfc().collect();
            assert_eq!(nfc(s), want.as_str());
            assert_eq!(matches!(nfc(s), Cow::Borrowed(_)), want == s);
        }
    }

    use super::*;

    #[test]
    fn nfc_input_is_identity() {
        let n = Normalized::new("Tổng thống Obama");
        assert!(n.is_identity());
        assert_eq!(n.to_input(5), 5);
    }

    #[test]
    fn nfd_input_maps_back() {
        // "ố" decomposed: o + circumflex + acute.
        let input = "To\u{302}\u{309}ng \"x\"";
        let n = Normalized::new(input);
        assert!(!n.is_identity());
        assert_eq!(n.text, "Tổng \"x\"");
        let q = n.text.find('x').unwrap();
        assert_eq!(&input[n.to_input(q)..n.to_input(q + 1)], "x");
        assert_eq!(n.to_input(n.text.len()), input.len());
    }

    #[test]
    fn fast_paths_agree_with_std() {
        for c in (0..0x3_0000u32).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c:?}");
            let upper =
                c.is_uppercase() || (c.is_alphabetic() && c.to_lowercase().next() != Some(c));
            assert_eq!(is_upper(c), upper, "{c:?}");
        }
        assert_eq!(fold("Josh EARNEST"), "josh earnest");
        for s in ["", "abc", "Σ", "ΟΔΟΣ x", "İstanbul", "Ab’c", "a'b"] {
            assert_eq!(lowercase(s), s.to_lowercase());
            for c in ['Σ', '’', '\'', 'a', 'İ'] {
                assert_eq!(has_char(s, c), s.contains(c), "{s:?} {c:?}");
            }
        }
    }

    #[test]
    fn nfc_byte_scan_agrees_with_chars() {
        let mut s = String::new();
        for c in (0..0x3_0000u32).filter_map(char::from_u32) {
            let one = c.to_string();
            assert_eq!(all_nfc_starters(&one), nfc_starter(c), "{c:?}");
            assert_eq!(
                all_nfc_starters(&format!("abcdefgh{one}xyz")),
                nfc_starter(c),
                "{c:?}"
            );
            if nfc_starter(c) {
                s.push(c);
            }
        }
        assert!(all_nfc_starters(&s));
    }

    #[test]
    fn nfc_fast_path_agrees_with_tables() {
        for c in (0..0x3_0000u32)
            .filter_map(char::from_u32)
            .filter(|&c| nfc_starter(c))
        {
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
            assert_eq!(
                unicode_normalization::char::canonical_combining_class(c),
                0,
                "{c:?}"
            );
        }
    }

    #[test]
    fn fold_per_char_agrees_with_nfd() {
        // Reordering only moves marks, which fold drops.
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            if unicode_normalization::char::canonical_combining_class(c) != 0 {
                assert!(unicode_normalization::char::is_combining_mark(c), "{c:?}");
            }
        }
        let old = |s: &str| {
            let mut out = String::new();
            for c in s.nfd() {
                if unicode_normalization::char::is_combining_mark(c) {
                    continue;
                }
                match c {
                    'đ' | 'Đ' => out.push('d'),
                    _ => out.extend(c.to_lowercase()),
                }
            }
            out
        };
        for c in (0x80..0x2_0000u32).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(fold(&s), old(&s), "{c:?}");
        }
        for s in [
            "Nguyễn Văn Đức",
            "To\u{302}\u{309}ng a\u{323}\u{302} x\u{301}\u{323}",
            "ΟΔΟΣ İstanbul Ǆemal ﬁne Å Ω K 한국어",
            "Ṩ\u{307}\u{323}q\u{307}\u{323}",
        ] {
            assert_eq!(fold(s), old(s), "{s:?}");
        }
    }

    #[test]
    fn fold_drops_marks() {
        assert_eq!(fold("Nguyễn Đức"), "nguyen duc");
        assert_eq!(
            words("Iran's  Supreme-Leader"),
            ["iran", "s", "supreme", "leader"]
        );
    }
}
