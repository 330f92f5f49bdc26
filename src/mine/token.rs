//! Tokenizer: words, punctuation and quotation marks with byte offsets, and
//! the paragraph each belongs to.

use crate::text::{is_alnum, is_upper};
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

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The longest HTML tag skipped as noise, in characters.
const MAX_TAG: usize = 200;

/// Splits `text` into tokens. Lines are paragraphs.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 5);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let pos = |i: usize| chars.get(i).map(|&(p, _)| p).unwrap_or(text.len());
    let mut para = 0u32;
    let mut space = true;
    let mut brace = false;
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c == '\n' {
            para += 1;
            space = true;
            i += 1;
            continue;
        }
        if c.is_whitespace() || c.is_control() {
            space = true;
            i += 1;
            continue;
        }
        // HTML tags left in scraped text (`<b>`, `</a>`, `<br/>`) are noise,
        // like spaces: `“…,” <b>Bo Lind</b> said` reads `“…,” Bo Lind said`.
        if c == '<'
            && at(i + 1).is_some_and(|n| n.is_ascii_alphabetic() || n == '/' || n == '!')
            && let Some(len) = chars[i + 1..(i + 1 + MAX_TAG).min(n)]
                .iter()
                .position(|&(_, d)| d == '>' || d == '<' || d == '\n')
                .filter(|&p| chars[i + 1 + p].1 == '>')
        {
            space = true;
            // The contents of `<script>` and `<style>` are code, not text.
            let tag = text[pos(i + 1)..pos(i + 1 + len)].to_ascii_lowercase();
            let code = ["script", "style"]
                .into_iter()
                .find(|t| tag.starts_with(t) && !tag.ends_with('/'));
            i += len + 2;
            if let Some(name) = code {
                let from = pos(i);
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
                while i < n && chars[i].0 < stop {
                    i += 1;
                }
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
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if is_alnum(c) {
            let mut seg_len = 1; // letters since the last inner dot
            i += 1;
            while i < n {
                let d = chars[i].1;
                if is_alnum(d) {
                    seg_len += 1;
                    i += 1;
                    continue;
                }
                let next = at(i + 1);
                let next_alnum = next.is_some_and(is_alnum);
                let prev = chars[i - 1].1;
                let inner = match d {
                    '-' | '&' => next_alnum,
                    '\'' | '’' => {
                        // `Iran's` splits off the possessive; `IS'Tổng` (a
                        // closing mark glued to the next sentence) is no
                        // apostrophe; `O'Brien` and `don't` are words.
                        let poss = matches!(next, Some('s' | 'S'))
                            && !at(i + 2).is_some_and(char::is_alphanumeric);
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
                i += 1;
            }
            kind = Tk::Word;
        } else if is_apostrophe(c)
            && start > 0
            && chars[start - 1].1.is_alphanumeric()
            && matches!(at(i + 1), Some('s' | 'S'))
            && !at(i + 2).is_some_and(char::is_alphanumeric)
        {
            i += 2;
            kind = Tk::Possessive;
        } else if is_quote_char(c) {
            i += 1;
            kind = Tk::Quote(c);
        } else if matches!(c, '-' | '—' | '–' | '―') {
            let single_hyphen = c == '-' && at(i + 1) != Some('-');
            i += 1;
            while i < n && chars[i].1 == '-' {
                i += 1;
            }
            kind = Tk::Punct(if single_hyphen { '-' } else { '—' });
        } else if c == '.' && at(i + 1) == Some('.') {
            while i < n && chars[i].1 == '.' {
                i += 1;
            }
            kind = Tk::Punct('…');
        } else {
            i += 1;
            kind = Tk::Punct(c);
        }
        let s = pos(start);
        let e = pos(i);
        let word = &text[s..e];
        let (lower, cap) = if kind == Tk::Word || kind == Tk::Possessive {
            // Most words are ASCII lower case already: no conversion.
            let lower = if word.bytes().all(|b| b < 128 && !b.is_ascii_uppercase()) {
                CompactString::from(word)
            } else {
                CompactString::from(word.to_lowercase())
            };
            (lower, word.chars().next().is_some_and(is_upper))
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn templates_and_dashes() {
        assert_eq!(
            words("{mosads}White -- x — y"),
            ["White", "--", "x", "—", "y"]
        );
        let t = tokenize("a\n\nb");
        assert_eq!(t[1].para, 2);
    }
}
