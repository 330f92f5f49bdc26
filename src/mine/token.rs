//! Tokenizer: words, punctuation and quotation marks with byte offsets, and
//! the paragraph each belongs to.

use crate::text::{is_alnum, is_upper, lower_latin};
use compact_str::CompactString;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tk {
    /// Letters and digits, with inner apostrophes, hyphens and dots.
    Word,
    /// A possessive ending (`'s`, `’s`).
    Possessive,
    /// Any other punctuation character (dashes are folded to `—`).
    Punct(char),
    /// A character that may be a quotation mark.
    Quote(char),
}

/// One token.
#[derive(Clone, Debug)]
pub struct Tok {
    /// Byte offset of the first byte (normalized text).
    pub s: usize,
    /// Byte offset past the last byte.
    pub e: usize,
    /// Kind.
    pub kind: Tk,
    /// Lowercase form (words only; empty otherwise). Inline, no heap
    /// allocation, for words of up to 24 bytes.
    pub lower: CompactString,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Paragraph (line) index.
    pub para: u32,
    /// Whitespace (or the start of a line) precedes it.
    pub space_before: bool,
}

impl Tok {
    /// Whether this is a word.
    pub fn is_word(&self) -> bool {
        self.kind == Tk::Word
    }

    /// Whether this is the given punctuation.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Tk::Punct(c)
    }
}

/// Whether `c` can be a quotation mark.
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '“'
            | '”'
            | '„'
            | '«'
            | '»'
            | '「'
            | '」'
            | '『'
            | '』'
            | '\''
            | '‘'
            | '’'
            | '‹'
            | '›'
    )
}

/// The width of a double quotation mark typed as two marks at `i`: `''`
/// (old wire copy and archives) or ``` `` ```; the marks stand for `"`.
#[inline]
fn doubled_quote(bytes: &[u8], i: usize) -> Option<usize> {
    match (bytes[i], bytes.get(i + 1)) {
        (b'\'', Some(b'\'')) | (b'`', Some(b'`')) => Some(2),
        _ => None,
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The longest HTML tag skipped as noise, in characters.
const MAX_TAG: usize = 200;

/// The character at byte `p` of `text` (a char boundary), if any.
#[inline]
fn char_at(text: &str, p: usize) -> Option<char> {
    match text.as_bytes().get(p) {
        None => None,
        Some(&b) if b < 128 => Some(b as char),
        Some(_) => text[p..].chars().next(),
    }
}

/// The character before byte `p` (a char boundary); `p` must be > 0.
#[inline]
fn char_before(text: &str, p: usize) -> char {
    match text.as_bytes()[p - 1] {
        b if b < 128 => b as char,
        _ => text[..p].chars().next_back().unwrap_or('\0'),
    }
}

/// Byte classes of ASCII (and of UTF-8 lead and continuation bytes, which
/// are all [`B_OTHER`]): what the tokenizer's main loop branches on.
const B_SPACE: u8 = 1; // ASCII spaces and controls but the line break
const B_NL: u8 = 2; // the line break
const B_ALNUM: u8 = 4; // ASCII letters and digits
const B_UPPER: u8 = 8; // ASCII upper-case letters (with `B_ALNUM`)
const B_OTHER: u8 = 16; // anything else
const B_END: u8 = 32; // ASCII that ends a word outright (no letter, digit or inner mark)

static CLASS: [u8; 256] = {
    let mut t = [B_OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c == b'\n' {
            B_NL
        } else if c <= b' ' || c == 0x7f {
            B_SPACE
        } else if c.is_ascii_uppercase() {
            B_ALNUM | B_UPPER
        } else if c.is_ascii_alphanumeric() {
            B_ALNUM
        } else if c < 128 && !matches!(c, b'-' | b'&' | b'\'' | b'.' | b'+' | b'/' | b',' | b':') {
            B_OTHER | B_END
        } else {
            B_OTHER
        };
        // Spaces and line breaks end words too.
        if c < 128 && !c.is_ascii_alphanumeric() && t[b] & B_OTHER == 0 {
            t[b] |= B_END;
        }
        b += 1;
    }
    t
};

/// The character at byte `p` (a char boundary, `p < text.len()`) and its
/// length in bytes.
#[inline]
fn decode_at(text: &str, p: usize) -> (char, usize) {
    let b = text.as_bytes()[p];
    if b < 128 {
        (b as char, 1)
    } else {
        let c = text[p..].chars().next().unwrap_or('\0');
        (c, c.len_utf8())
    }
}

/// Splits `text` into tokens. Lines are paragraphs.
///
/// One pass over the bytes with a class table; words in ASCII are scanned
/// a run of letters at a time and lowercased without looking at them again.
/// The tests keep the plain version (`tokenize_reference`) it must agree
/// with.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 4 + 4);
    let bytes = text.as_bytes();
    let n = text.len();
    let mut para = 0u32;
    let mut space = true;
    let mut brace = false;
    // `i` walks byte offsets, always on a char boundary.
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        let class = CLASS[b as usize];
        if class & B_SPACE != 0 {
            space = true;
            i += 1;
            continue;
        }
        if class & B_NL != 0 {
            para += 1;
            space = true;
            i += 1;
            continue;
        }
        // An ASCII word outside `{…}`: the common case.
        if class & B_ALNUM != 0 && !brace {
            let start = i;
            i += 1;
            // The run of ASCII letters and digits; most words end there.
            let mut flags = class;
            while i < n {
                let k = CLASS[bytes[i] as usize];
                if k & B_ALNUM == 0 {
                    break;
                }
                flags |= k;
                i += 1;
            }
            // Every inner mark needs a letter or digit after it: an ASCII
            // mark followed by ASCII that is neither ends the word too.
            let ends = i >= n
                || CLASS[bytes[i] as usize] & B_END != 0
                || (bytes[i] < 128
                    && bytes
                        .get(i + 1)
                        .is_none_or(|&x| x < 128 && CLASS[x as usize] & B_ALNUM == 0));
            let (e, upper, ascii) = if ends {
                (i, flags & B_UPPER != 0, true)
            } else {
                word_end(text, i, flags, i - start)
            };
            i = e;
            let word = &text[start..e];
            let lower = if ascii {
                let mut l = CompactString::from(word);
                if upper {
                    l.make_ascii_lowercase();
                }
                l
            } else {
                lowercase_word(word)
            };
            toks.push(Tok {
                s: start,
                e,
                kind: Tk::Word,
                lower,
                cap: class & B_UPPER != 0,
                para,
                space_before: space,
            });
            space = false;
            continue;
        }
        let (c, clen) = if b < 128 {
            (b as char, 1)
        } else {
            decode_at(text, i)
        };
        if b >= 128 && (c.is_whitespace() || c.is_control()) {
            space = true;
            i += clen;
            continue;
        }
        // HTML tags left in scraped text (`<b>`, `</a>`, `<br/>`) are noise,
        // like spaces: `“…,” <b>Bo Lind</b> said` reads `“…,” Bo Lind said`.
        if c == '<'
            && char_at(text, i + 1).is_some_and(|n| n.is_ascii_alphabetic() || n == '/' || n == '!')
            && let Some(close) = text[i + 1..]
                .char_indices()
                .take(MAX_TAG)
                .find(|&(_, d)| d == '>' || d == '<' || d == '\n')
                .filter(|&(_, d)| d == '>')
                .map(|(p, _)| i + 1 + p)
        {
            space = true;
            // The contents of `<script>` and `<style>` are code, not text.
            let tag = text[i + 1..close].to_ascii_lowercase();
            let code = ["script", "style"]
                .into_iter()
                .find(|t| tag.starts_with(t) && !tag.ends_with('/'));
            i = close + 1;
            if let Some(name) = code {
                let from = i;
                let hay = &text[from..];
                let stop = hay
                    .match_indices("</")
                    .find(|&(p, _)| {
                        hay.get(p + 2..p + 2 + name.len())
                            .is_some_and(|s| s.eq_ignore_ascii_case(name))
                    })
                    .map_or(text.len(), |(p, _)| {
                        from + p + hay[p..].find('>').map_or(hay.len() - p, |q| q + 1)
                    });
                i = i.max(stop);
            }
            continue;
        }
        // `{template}` markers left by content systems are noise.
        if c == '{' {
            brace = true;
        }
        if brace {
            if c == '}' {
                brace = false;
            }
            space = true;
            i += clen;
            continue;
        }
        let start = i;
        let (kind, lower, cap);
        if is_alnum(c) {
            // A word opening with a letter outside ASCII.
            let (e, _, _) = word_end(text, i + clen, 0, 1);
            i = e;
            kind = Tk::Word;
            lower = lowercase_word(&text[start..e]);
            cap = is_upper(c);
        } else if is_apostrophe(c)
            && start > 0
            && char_before(text, start).is_alphanumeric()
            && matches!(bytes.get(i + clen), Some(b's' | b'S'))
            && !char_at(text, i + clen + 1).is_some_and(char::is_alphanumeric)
        {
            i += clen + 1;
            kind = Tk::Possessive;
            lower = CompactString::from(if c == '\'' { "'s" } else { "’s" });
            cap = false;
        } else {
            if let Some(w) = doubled_quote(bytes, i) {
                // ``` ``…'' ```, `''…''`: two marks typed for one double quote.
                i += w;
                kind = Tk::Quote('"');
            } else if is_quote_char(c) {
                i += clen;
                kind = Tk::Quote(c);
            } else if matches!(c, '-' | '—' | '–' | '―') {
                let single_hyphen = c == '-' && bytes.get(i + 1) != Some(&b'-');
                i += clen;
                while i < n && bytes[i] == b'-' {
                    i += 1;
                }
                kind = Tk::Punct(if single_hyphen { '-' } else { '—' });
            } else if c == '.' && bytes.get(i + 1) == Some(&b'.') {
                while i < n && bytes[i] == b'.' {
                    i += 1;
                }
                kind = Tk::Punct('…');
            } else {
                i += clen;
                kind = Tk::Punct(c);
            }
            lower = CompactString::default();
            cap = false;
        }
        toks.push(Tok {
            s: start,
            e: i,
            kind,
            lower,
            cap,
            para,
            space_before: space,
        });
        space = false;
    }
    toks
}

/// The end of the word that has been read up to `i` (past its first
/// character), whether it has ASCII upper-case letters, and whether it is
/// all ASCII. `class` holds the classes of the bytes read (0 if the first
/// is not ASCII), `seg_len` how many letters and digits they are.
#[inline]
fn word_end(text: &str, mut i: usize, class: u8, seg_len: usize) -> (usize, bool, bool) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut flags = class;
    let mut ascii = class != 0;
    // Letters since the last inner dot (only 0, 1 and "2 or more" matter).
    let mut seg_len = seg_len;
    loop {
        // A run of ASCII letters and digits.
        let run = i;
        while i < n {
            let k = CLASS[bytes[i] as usize];
            if k & B_ALNUM == 0 {
                break;
            }
            flags |= k;
            i += 1;
        }
        seg_len += i - run;
        if i >= n {
            break;
        }
        let (d, dlen) = decode_at(text, i);
        if dlen > 1 && is_alnum(d) {
            ascii = false;
            seg_len += 1;
            i += dlen;
            continue;
        }
        // Only these may stand inside a word (the match below); anything
        // else (a space, mostly) ends it.
        if !matches!(d, '-' | '&' | '\'' | '’' | '.' | '+' | '/' | ',' | ':') {
            break;
        }
        let prev = char_before(text, i);
        let next = char_at(text, i + dlen);
        let next_alnum = next.is_some_and(is_alnum);
        let inner = match d {
            '-' | '&' => next_alnum,
            '\'' | '’' => {
                // `Iran's` splits off the possessive; `IS'Tổng` (a closing
                // mark glued to the next sentence) is no apostrophe;
                // `O'Brien` and `don't` are words.
                let poss = matches!(next, Some('s' | 'S'))
                    && !char_at(text, i + dlen + 1).is_some_and(char::is_alphanumeric);
                let glued = next.is_some_and(is_upper) && seg_len >= 2;
                next_alnum && !poss && !glued
            }
            '.' => {
                next_alnum
                    && (seg_len == 1 || next.is_some_and(|x| x.is_lowercase()))
                    && !next.is_some_and(|x| x.is_numeric() && !prev.is_numeric())
            }
            '+' | '/' | ',' | ':' => prev.is_numeric() && next.is_some_and(|x| x.is_numeric()),
            _ => false,
        };
        if !inner {
            break;
        }
        if d == '.' {
            seg_len = 0;
        }
        if dlen > 1 {
            ascii = false;
        }
        i += dlen;
    }
    (i, flags & B_UPPER != 0, ascii)
}

/// Whether `c` is its own lowercase form.
#[inline]
fn is_own_lower(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_uppercase();
    }
    if let Some(l) = lower_latin(c) {
        return l == c;
    }
    let mut l = c.to_lowercase();
    l.next() == Some(c) && l.next().is_none()
}

/// The lowercase form of a word (`str::to_lowercase`, inline).
fn lowercase_word(word: &str) -> CompactString {
    if word.is_ascii() {
        let mut l = CompactString::from(word);
        l.make_ascii_lowercase();
        return l;
    }
    // Most words are lower case already: a copy. (`str::to_lowercase` maps
    // each character on its own, final sigma aside, and `Σ` is not its own
    // lowercase.)
    if word.chars().all(is_own_lower) {
        return CompactString::from(word);
    }
    if crate::text::has_char(word, 'Σ') {
        // Final sigma depends on the context: the whole-string rule.
        return CompactString::from(word.to_lowercase());
    }
    // Char by char into a buffer on the stack, then into the inline string.
    let mut buf = [0u8; 64];
    let mut len = 0;
    let mut fits = true;
    'chars: for c in word.chars() {
        if c.is_ascii() {
            if len == buf.len() {
                fits = false;
                break;
            }
            buf[len] = c.to_ascii_lowercase() as u8;
            len += 1;
        } else if let Some(l) = lower_latin(c) {
            if len + l.len_utf8() > buf.len() {
                fits = false;
                break;
            }
            len += l.encode_utf8(&mut buf[len..]).len();
        } else {
            for l in c.to_lowercase() {
                if len + l.len_utf8() > buf.len() {
                    fits = false;
                    break 'chars;
                }
                len += l.encode_utf8(&mut buf[len..]).len();
            }
        }
    }
    match std::str::from_utf8(&buf[..len]) {
        Ok(s) if fits => CompactString::from(s),
        _ => {
            let mut l = CompactString::with_capacity(word.len());
            for c in word.chars() {
                if c.is_ascii() {
                    l.push(c.to_ascii_lowercase());
                } else {
                    l.extend(c.to_lowercase());
                }
            }
            l
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The character after the one at byte `p` (a char boundary), if any.
    #[inline]
    fn char_after(text: &str, p: usize) -> Option<char> {
        let c = char_at(text, p)?;
        char_at(text, p + c.len_utf8())
    }

    /// The byte offset past the character at `p`.
    #[inline]
    fn after(text: &str, p: usize) -> usize {
        char_at(text, p).map_or(text.len(), |c| p + c.len_utf8())
    }

    /// The tokenizer as it was before the class table: the fast one must give
    /// the same tokens.
    pub(super) fn tokenize_reference(text: &str) -> Vec<Tok> {
        let mut toks = Vec::with_capacity(text.len() / 5);
        let bytes = text.as_bytes();
        let n = text.len();
        let mut para = 0u32;
        let mut space = true;
        let mut brace = false;
        // `i` walks byte offsets, always on a char boundary.
        let mut i = 0;
        while i < n {
            let b = bytes[i];
            // ASCII spaces and controls (the line break aside), the common case
            // of the test below.
            if (b <= b' ' && b != b'\n') || b == 0x7f {
                space = true;
                i += 1;
                continue;
            }
            let c = if b < 128 {
                b as char
            } else {
                text[i..].chars().next().unwrap_or('\0')
            };
            let clen = c.len_utf8();
            if c == '\n' {
                para += 1;
                space = true;
                i += 1;
                continue;
            }
            if c.is_whitespace() || c.is_control() {
                space = true;
                i += clen;
                continue;
            }
            // HTML tags left in scraped text (`<b>`, `</a>`, `<br/>`) are noise,
            // like spaces: `“…,” <b>Bo Lind</b> said` reads `“…,” Bo Lind said`.
            if c == '<'
                && char_at(text, i + 1)
                    .is_some_and(|n| n.is_ascii_alphabetic() || n == '/' || n == '!')
                && let Some(close) = text[i + 1..]
                    .char_indices()
                    .take(MAX_TAG)
                    .find(|&(_, d)| d == '>' || d == '<' || d == '\n')
                    .filter(|&(_, d)| d == '>')
                    .map(|(p, _)| i + 1 + p)
            {
                space = true;
                // The contents of `<script>` and `<style>` are code, not text.
                let tag = text[i + 1..close].to_ascii_lowercase();
                let code = ["script", "style"]
                    .into_iter()
                    .find(|t| tag.starts_with(t) && !tag.ends_with('/'));
                i = close + 1;
                if let Some(name) = code {
                    let from = i;
                    let hay = &text[from..];
                    let stop = hay
                        .match_indices("</")
                        .find(|&(p, _)| {
                            hay.get(p + 2..p + 2 + name.len())
                                .is_some_and(|s| s.eq_ignore_ascii_case(name))
                        })
                        .map_or(text.len(), |(p, _)| {
                            from + p + hay[p..].find('>').map_or(hay.len() - p, |q| q + 1)
                        });
                    i = i.max(stop);
                }
                continue;
            }
            // `{template}` markers left by content systems are noise.
            if c == '{' {
                brace = true;
            }
            if brace {
                if c == '}' {
                    brace = false;
                }
                space = true;
                i += clen;
                continue;
            }
            let start = i;
            let kind;
            if is_alnum(c) {
                let mut seg_len = 1; // letters since the last inner dot
                let mut prev = c;
                i += clen;
                while i < n {
                    let b = bytes[i];
                    // ASCII letters and digits: the common case.
                    if b.is_ascii_alphanumeric() {
                        seg_len += 1;
                        prev = b as char;
                        i += 1;
                        continue;
                    }
                    let d = if b < 128 {
                        b as char
                    } else {
                        text[i..].chars().next().unwrap_or('\0')
                    };
                    let dlen = d.len_utf8();
                    if is_alnum(d) {
                        seg_len += 1;
                        prev = d;
                        i += dlen;
                        continue;
                    }
                    // Only these may stand inside a word (the match below);
                    // anything else (a space, mostly) ends it.
                    if !matches!(d, '-' | '&' | '\'' | '’' | '.' | '+' | '/' | ',' | ':') {
                        break;
                    }
                    let next = char_at(text, i + dlen);
                    let next_alnum = next.is_some_and(is_alnum);
                    let inner = match d {
                        '-' | '&' => next_alnum,
                        '\'' | '’' => {
                            // `Iran's` splits off the possessive; `IS'Tổng` (a
                            // closing mark glued to the next sentence) is no
                            // apostrophe; `O'Brien` and `don't` are words.
                            let poss = matches!(next, Some('s' | 'S'))
                                && !char_at(text, i + dlen + 1).is_some_and(char::is_alphanumeric);
                            let glued = next.is_some_and(is_upper) && seg_len >= 2;
                            next_alnum && !poss && !glued
                        }
                        '.' => {
                            next_alnum
                                && (seg_len == 1 || next.is_some_and(|x| x.is_lowercase()))
                                && !next.is_some_and(|x| x.is_numeric() && !prev.is_numeric())
                        }
                        '+' | '/' | ',' | ':' => {
                            prev.is_numeric() && next.is_some_and(|x| x.is_numeric())
                        }
                        _ => false,
                    };
                    if !inner {
                        break;
                    }
                    if d == '.' {
                        seg_len = 0;
                    }
                    prev = d;
                    i += dlen;
                }
                kind = Tk::Word;
            } else if is_apostrophe(c)
                && start > 0
                && char_before(text, start).is_alphanumeric()
                && matches!(char_at(text, i + clen), Some('s' | 'S'))
                && !char_at(text, i + clen + 1).is_some_and(char::is_alphanumeric)
            {
                i += clen + 1;
                kind = Tk::Possessive;
            } else if let Some(w) = doubled_quote(bytes, i) {
                i += w;
                kind = Tk::Quote('"');
            } else if is_quote_char(c) {
                i += clen;
                kind = Tk::Quote(c);
            } else if matches!(c, '-' | '—' | '–' | '―') {
                let single_hyphen = c == '-' && char_after(text, i) != Some('-');
                i += clen;
                while i < n && bytes[i] == b'-' {
                    i += 1;
                }
                kind = Tk::Punct(if single_hyphen { '-' } else { '—' });
            } else if c == '.' && char_after(text, i) == Some('.') {
                while i < n && bytes[i] == b'.' {
                    i += 1;
                }
                kind = Tk::Punct('…');
            } else {
                i = after(text, i);
                kind = Tk::Punct(c);
            }
            let s = start;
            let e = i;
            let word = &text[s..e];
            let (lower, cap) = if kind == Tk::Word || kind == Tk::Possessive {
                // Most words are ASCII lower case already: no conversion.
                let lower = if word.bytes().all(|b| b < 128 && !b.is_ascii_uppercase()) {
                    CompactString::from(word)
                } else if word.is_ascii() {
                    let mut l = CompactString::from(word);
                    l.make_ascii_lowercase();
                    l
                } else if crate::text::has_char(word, 'Σ') {
                    // Final sigma depends on the context: the whole-string rule.
                    CompactString::from(word.to_lowercase())
                } else {
                    // Char by char into a buffer on the stack, then into the
                    // inline string.
                    let mut buf = [0u8; 64];
                    let mut len = 0;
                    let mut fits = true;
                    'chars: for c in word.chars() {
                        if c.is_ascii() {
                            if len == buf.len() {
                                fits = false;
                                break;
                            }
                            buf[len] = c.to_ascii_lowercase() as u8;
                            len += 1;
                        } else {
                            for l in c.to_lowercase() {
                                if len + l.len_utf8() > buf.len() {
                                    fits = false;
                                    break 'chars;
                                }
                                len += l.encode_utf8(&mut buf[len..]).len();
                            }
                        }
                    }
                    match std::str::from_utf8(&buf[..len]) {
                        Ok(s) if fits => CompactString::from(s),
                        _ => {
                            let mut l = CompactString::with_capacity(word.len());
                            for c in word.chars() {
                                if c.is_ascii() {
                                    l.push(c.to_ascii_lowercase());
                                } else {
                                    l.extend(c.to_lowercase());
                                }
                            }
                            l
                        }
                    }
                };
                (lower, is_upper(c))
            } else {
                (CompactString::default(), false)
            };
            toks.push(Tok {
                s,
                e,
                kind,
                lower,
                cap,
                para,
                space_before: space,
            });
            space = false;
        }
        toks
    }

    /// The fields of a token, for comparing the two tokenizers.
    fn fields(t: &Tok) -> (usize, usize, Tk, String, bool, u32, bool) {
        (
            t.s,
            t.e,
            t.kind,
            t.lower.to_string(),
            t.cap,
            t.para,
            t.space_before,
        )
    }

    fn same_as_reference(t: &str) {
        let fast: Vec<_> = tokenize(t).iter().map(fields).collect();
        let slow: Vec<_> = tokenize_reference(t).iter().map(fields).collect();
        assert_eq!(fast, slow, "{t:?}");
    }

    #[test]
    fn fast_tokenizer_agrees_on_the_articles() {
        let texts = super::super::test_articles();
        assert!(!texts.is_empty());
        for t in &texts {
            same_as_reference(t);
        }
    }

    #[test]
    fn fast_tokenizer_agrees_on_odd_cases() {
        for t in [
            "",
            "a",
            "A",
            "'s",
            "x's",
            "Iran’s",
            "Iran’S x",
            "IS'Tổng",
            "Tổng'S",
            "ab'Cd a'Cd 1.5 a.5 U.S. U.s. u.S.A 3.14 x.y.z",
            "5+1 5/1 5,1 5:1 a+1 5+a 1,000,000 ٣,٤ ٣.٤ a.٤",
            "-- - — – ― --x x-- x-y x- -x",
            ". .. ... x.. x...y",
            "{a} {b\nc} d}{ <b>x</b> <script>a</script>b <style x>y</STYLE>z < a",
            "\u{a0}x\u{2009}y\u{200b}z\u{85}w\r\n\tq\u{7f}r",
            "«Xin chào» „Guten“ ‹a› 「日本語」 『x』 \"y\" ‘z’",
            "ΟΔΟΣ ΣΑΣ İstanbul ǅemal Straße STRASSE ß",
            "Nguyễn Tấn Dũng nói: “Chúng tôi sẽ”",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaAAA",
            "ỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄỄ",
            "x’y x'y x’ x' ’s 's é's é’s",
            "a&b a& &b a&& 1&2",
            "½ ² x² ²x Ⅻ",
        ] {
            same_as_reference(t);
        }
    }

    #[test]
    fn latin_lowercase_table_agrees() {
        for n in (0x80..=0x24fu32).chain(0x1e00..=0x1effu32) {
            let Some(c) = char::from_u32(n) else { continue };
            let s = c.to_string();
            assert_eq!(lowercase_word(&s), s.to_lowercase(), "{c:?}");
            let w = format!("x{c}Y{c}");
            assert_eq!(lowercase_word(&w), w.to_lowercase(), "{c:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_tokenizer_agrees_on_random_text(
            t in "[a-zA-Z0-9 \n.,:;'’\"“”\\-—–&+/<>{}!?()…ếỄßΣİé٣²\u{a0}\u{2009}]{0,60}"
        ) {
            same_as_reference(&t);
        }
    }

    fn words(t: &str) -> Vec<String> {
        tokenize(t)
            .iter()
            .map(|k| t[k.s..k.e].to_string())
            .collect()
    }

    #[test]
    fn words_keep_inner_marks() {
        assert_eq!(
            words("U.S. al-Jaafari don't P5+1 24/11 1,000"),
            ["U.S", ".", "al-Jaafari", "don't", "P5+1", "24/11", "1,000"]
        );
    }

    #[test]
    fn possessive_and_glued_quote() {
        assert_eq!(words("Iran’s leader"), ["Iran", "’s", "leader"]);
        assert_eq!(words("chống IS'Tổng"), ["chống", "IS", "'", "Tổng"]);
        assert_eq!(words("O'Brien"), ["O'Brien"]);
    }

    #[test]
    fn glued_sentences_split() {
        assert_eq!(words("cho hay.Trong"), ["cho", "hay", ".", "Trong"]);
        assert_eq!(words("alarabiya.net"), ["alarabiya.net"]);
    }

    #[test]
    fn html_tags_are_noise() {
        assert_eq!(
            words("“Ready,” <b>Bo Lind</b> said. a < b > c"),
            [
                "“", "Ready", ",", "”", "Bo", "Lind", "said", ".", "a", "<", "b", ">", "c"
            ]
        );
    }

    #[test]
    fn lowercase_forms() {
        let t = tokenize("Tổng THỐNG Obama ΟΔΟΣ İstanbul");
        let lowers: Vec<&str> = t.iter().map(|k| k.lower.as_str()).collect();
        assert_eq!(
            lowers,
            [
                "tổng",
                "thống",
                "obama",
                &*"ΟΔΟΣ".to_lowercase(),
                &*"İstanbul".to_lowercase()
            ]
        );
    }

    #[test]
    fn templates_and_dashes() {
        assert_eq!(
            words("{mosads}White -- x — y"),
            ["White", "--", "x", "—", "y"]
        );
        let t = tokenize("a\n\nb");
        assert_eq!(t[1].para, 2);
    }
}
