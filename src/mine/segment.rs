//! Segmentation: boilerplate lines, datelines, and sentences that keep
//! quotations whole.

use super::quotes::QSpan;
use super::token::{Tk, Tok};
use crate::lexicon::{Lexicon, Lexicons, Where};
use crate::text::is_alpha;

/// A sentence: a token range within one paragraph.
#[derive(Clone, Copy, Debug)]
pub struct Sent {
    /// First token.
    pub a: usize,
    /// One past the last token.
    pub b: usize,
}

/// The most words a line may have and still be taken for boilerplate by a
/// marker (long lines are article text that happens to contain one).
const MAX_BOILER_WORDS: usize = 15;

/// The longest caption whose closing credit ([`Where::Credit`]) makes it
/// boilerplate.
const MAX_CAPTION_WORDS: usize = 60;

/// The most words of a journalist's job line (`Senior Economics
/// Correspondent, Europe`).
const MAX_JOB_WORDS: usize = 5;

/// The most words of a row of buttons (`Share 𝕏 in ✉`).
const MAX_BUTTON_WORDS: usize = 4;

/// Whether `s[i..j]` is whole words: no letter or digit right before or
/// right after it.
fn is_whole_word(s: &str, i: usize, j: usize) -> bool {
    !s[..i]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
        && !s[j..].chars().next().is_some_and(char::is_alphanumeric)
}

/// The most words of a byline (`By Jane Smith and Tom Lee, Staff Writers`).
const MAX_BYLINE_WORDS: usize = 10;

/// Marks the tokens of boilerplate lines: lines that match a marker of any
/// language, lines written in another script than the article, and a
/// trailing author line.
pub fn boilerplate(
    text: &str,
    toks: &[Tok],
    lx: &Lexicon,
    all: &Lexicons,
    script: &str,
) -> Vec<bool> {
    let mut skip = vec![false; toks.len()];
    let mut k = 0;
    let mut previous: Option<(usize, usize)> = None;
    while k < toks.len() {
        let para = toks[k].para;
        let mut j = k;
        while j < toks.len() && toks[j].para == para {
            j += 1;
        }
        let line = text[toks[k].s..toks[j - 1].e].trim();
        let words = toks[k..j].iter().filter(|t| t.is_word()).count();
        // `line` starts at the first token: no space to trim there.
        let boiler = is_boiler_line(line, words, all) || foreign_script(line, script);
        if !boiler && let Some(c) = credit_start(line, words, all) {
            let from = toks[k].s + c;
            for q in k..j {
                skip[q] |= toks[q].s >= from;
            }
        }
        if boiler {
            skip[k..j].iter_mut().for_each(|s| *s = true);
            // `Clara Vandenberghe` over `Economics correspondent`.
            if let Some((a, b)) = previous
                && is_job_line(line, words, all)
                && is_name_line(toks, &skip, a, b, lx)
            {
                skip[a..b].iter_mut().for_each(|s| *s = true);
            }
        }
        previous = Some((k, j));
        k = j;
    }
    trailing_byline(toks, &mut skip, lx);
    leading_byline(text, toks, &mut skip, lx);
    skip
}

/// The most paragraphs before the first body paragraph that may hold a
/// bare author line.
const HEAD_LINES: usize = 12;

/// A bare author line in the article's head: a line of two to four
/// capitalized name words, before the first paragraph of body text, next to
/// a short line with a digit (`Updated 14 March 2025 — 5.30am`). Web pages
/// print the author this way without `By`. Written in capitals (`HOÀI
/// THƯƠNG` under a Vietnamese standfirst), it needs no date line and may
/// follow the first body paragraph, within the first [`HEAD_LINES`].
fn leading_byline(text: &str, toks: &[Tok], skip: &mut [bool], lx: &Lexicon) {
    // Paragraphs as token ranges, up to the first body paragraph.
    let mut paras: Vec<(usize, usize)> = Vec::new();
    // The first body paragraph (a capitalized name line may follow it).
    let mut body = None;
    let mut k = 0;
    while k < toks.len() && paras.len() < HEAD_LINES {
        let mut j = k;
        while j < toks.len() && toks[j].para == toks[k].para {
            j += 1;
        }
        let words = toks[k..j].iter().filter(|t| t.is_word()).count();
        let ends = toks[j - 1].kind == Tk::Punct('.') || matches!(toks[j - 1].kind, Tk::Quote(_));
        if words >= 12 && ends && !skip[k] && body.is_none() {
            body = Some(paras.len());
        }
        paras.push((k, j));
        k = j;
    }
    let body = body.unwrap_or(paras.len());
    let is_name_line = |(a, b): (usize, usize)| is_name_line(toks, skip, a, b, lx);
    let is_date_line = |(a, b): (usize, usize)| {
        b - a <= 16
            && toks[a..b]
                .iter()
                .any(|t| t.lower.chars().any(|c| c.is_ascii_digit()))
    };
    let in_capitals = |(a, b): (usize, usize)| {
        !text[toks[a].s..toks[b - 1].e]
            .chars()
            .any(char::is_lowercase)
    };
    let authors: Vec<(usize, usize)> = (0..paras.len())
        .filter(|&i| {
            is_name_line(paras[i])
                && ((i < body
                    && ((i > 0 && is_date_line(paras[i - 1]))
                        || paras.get(i + 1).is_some_and(|&p| is_date_line(p))))
                    || in_capitals(paras[i]))
        })
        .map(|i| paras[i])
        .collect();
    for (a, b) in authors {
        skip[a..b].iter_mut().for_each(|s| *s = true);
    }
}

/// Whether tokens `a..b` (a paragraph) are a bare name: two to four
/// capitalized words, no function word, organization word or digit.
fn is_name_line(toks: &[Tok], skip: &[bool], a: usize, b: usize, lx: &Lexicon) -> bool {
    !skip[a]
        && (2..=4).contains(&(b - a))
        && toks[a..b].iter().all(|t| {
            t.is_word()
                && t.cap
                && !lx.is_function(&t.lower)
                && !lx.org_words.has_word(&t.lower)
                && !t.lower.chars().any(|c| c.is_ascii_digit())
        })
}

/// Whether a line is a journalist's job line ([`Where::Job`]).
fn is_job_line(line: &str, words: usize, all: &Lexicons) -> bool {
    let lower = crate::text::lowercase(line);
    all.boilerplate().any(&lower, |m, w| {
        w == Where::Job && marker_matches(line, &lower, words, all, m, w)
    })
}

fn is_boiler_line(line: &str, words: usize, all: &Lexicons) -> bool {
    if words > MAX_BOILER_WORDS {
        return false;
    }
    // A credit ([`Where::Credit`]) is cut from its caption by
    // [`credit_start`], not the whole line.
    if line.is_ascii() {
        // Lowercased only when a marker occurs in it.
        let mut lower: Option<String> = None;
        return all.boilerplate().any_ascii(line, |m, w| {
            let lower = lower.get_or_insert_with(|| line.to_ascii_lowercase());
            w != Where::Credit && marker_matches(line, lower, words, all, m, w)
        });
    }
    let lower = crate::text::lowercase(line);
    // Only the markers that occur in the line are tried.
    all.boilerplate().any(&lower, |m, w| {
        w != Where::Credit && marker_matches(line, &lower, words, all, m, w)
    })
}

/// Where the picture credit closing a caption starts, as a byte offset in
/// `line` (`… on Monday. Photo: Daniel Ortiz/Reuters`): the caption keeps
/// the names it gives, the photographer is no one in the story.
fn credit_start(line: &str, words: usize, all: &Lexicons) -> Option<usize> {
    // A credit does not end like a sentence, and most paragraphs do: they
    // are let go at once.
    if words > MAX_CAPTION_WORDS
        || line
            .trim_end()
            .ends_with(['.', '!', '?', '"', '”', '»', '’', '\'', ':'])
    {
        return None;
    }
    // A credit is in the line's last words: only they are searched (a
    // two-word marker and the words after it), so the cost does not grow
    // with the paragraph.
    let keep = crate::lexicon::MAX_CREDIT_WORDS + 2;
    let mut seen = 0;
    let mut from = 0;
    let mut in_word = false;
    for (i, c) in line.char_indices().rev() {
        if c.is_whitespace() {
            if in_word {
                seen += 1;
                if seen == keep {
                    from = i + c.len_utf8();
                    break;
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    let tail = &line[from..];
    let words = tail.split_whitespace().count();
    credit_in(tail, words, all).map(|c| from + c)
}

/// [`credit_start`] over the last words of a line (a few words, and only
/// of lines that do not end like a sentence: no ASCII fast path needed).
fn credit_in(line: &str, words: usize, all: &Lexicons) -> Option<usize> {
    let lower = crate::text::lowercase(line);
    // Offsets in `lower` are offsets in `line` only when lowercasing kept
    // every length.
    if lower.len() != line.len() {
        return None;
    }
    let mut start = None;
    all.boilerplate().any(&lower, |m, w| {
        if w == Where::Credit && marker_matches(line, &lower, words, all, m, w) {
            start = lower.rfind(m);
        }
        start.is_some()
    });
    start
}

/// Whether the boilerplate marker `m` (lowercase) matches `line`.
fn marker_matches(
    line: &str,
    lower: &str,
    words: usize,
    all: &Lexicons,
    m: &str,
    w: Where,
) -> bool {
    match w {
        Where::Prefix => lower.starts_with(m),
        Where::Line => lower.trim_end_matches([':', '.', ' ']) == m.trim_end_matches([':', '.']),
        Where::Contains => lower.contains(m),
        Where::Credit => lower.rfind(m).is_some_and(|i| {
            let rest = &lower[i + m.len()..];
            let opens_word = lower[..i]
                .chars()
                .next_back()
                .is_none_or(|c| c.is_whitespace() || c == '(' || c == '.');
            let n = rest.split_whitespace().count();
            opens_word
                && (1..=crate::lexicon::MAX_CREDIT_WORDS).contains(&n)
                && !rest.trim_end().ends_with(['.', '!', '?', '"', '”', '»', '’', '\'', ':'])
                // The credit names someone or an agency.
                && line
                    .get(i + m.len()..)
                    .and_then(|r| r.trim_start().chars().next())
                    .is_some_and(char::is_uppercase)
        }),
        Where::Job => {
            words <= MAX_JOB_WORDS
                && !lower.ends_with(['.', '!', '?', '"', '”', '»', '’', '\'', '」', ':'])
                && lower
                    .match_indices(m)
                    .any(|(i, _)| is_whole_word(lower, i, i + m.len()))
        }
        Where::Buttons => {
            words <= MAX_BUTTON_WORDS
                && lower.starts_with(m)
                && is_whole_word(lower, 0, m.len())
                && !lower.ends_with(['.', '!', '?', '"', '”', '»', '’', '\'', '」', ':'])
        }
        Where::Nav => {
            lower.contains(m) && !lower.ends_with(['.', '!', '?', '"', '”', '»', '’', '\'', '」'])
        }
        Where::Byline => {
            // `lower` may differ from `line` in length: slice `line` safely.
            let rest = line.get(m.len()..).unwrap_or("");
            words <= MAX_BYLINE_WORDS
                && lower.starts_with(m)
                && rest.starts_with(' ')
                && rest
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                && !rest
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| all.langs.iter().any(|l| l.is_function(&w.to_lowercase())))
        }
    }
}

fn foreign_script(line: &str, script: &str) -> bool {
    // A line in Latin letters, punctuation and spaces is Latin script for
    // whatlang (every other script counts zero): no need to ask it.
    if script.is_empty() || (script == "Latin" && all_latin_or_neutral(line)) {
        return false;
    }
    let letters = line.chars().filter(|&c| is_alpha(c)).count();
    if letters < 3 {
        return false;
    }
    whatlang::detect_script(line).is_some_and(|s| s.name() != script)
}

/// Whether every character of `line` is in the blocks of `latin_or_neutral`, read from the UTF-8 bytes: eight
/// ASCII bytes at a time, and the lead bytes of the other blocks.
fn all_latin_or_neutral(line: &str) -> bool {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if crate::text::ascii8_at(b, i) {
            i += 8;
            continue;
        }
        match b[i] {
            0..=0x7f => i += 1,
            // U+0080 to U+027F, then U+0280 to U+02AF.
            0xc2..=0xc9 => i += 2,
            0xca if b[i + 1] <= 0xaf => i += 2,
            // U+1D00 to U+1DBF, U+1E00 to U+1EFF.
            0xe1 if matches!(b[i + 1], 0xb4..=0xb6 | 0xb8..=0xbb) => i += 3,
            // U+2000 to U+206F.
            0xe2 if b[i + 1] == 0x80 || (b[i + 1] == 0x81 && b[i + 2] <= 0xaf) => i += 3,
            _ => return false,
        }
    }
    true
}

/// Whether whatlang counts `c` as Latin or counts it for no script at all
/// (its stop characters, general punctuation).
#[cfg(test)]
fn latin_or_neutral(c: char) -> bool {
    matches!(
        c,
        '\u{0}'..='\u{7F}'
            | '\u{80}'..='\u{2AF}'
            | '\u{1D00}'..='\u{1DBF}'
            | '\u{1E00}'..='\u{1EFF}'
            | '\u{2000}'..='\u{206F}'
    )
}

/// The article's last line or glued last sentence, when it is a short run of
/// capitalized words with no verb or punctuation: the author's name.
fn trailing_byline(toks: &[Tok], skip: &mut [bool], lx: &Lexicon) {
    let Some(last) = (0..toks.len()).rev().find(|&k| !skip[k]) else {
        return;
    };
    let mut k = last + 1;
    while k > 0 {
        let t = &toks[k - 1];
        if skip[k - 1] || !t.is_word() || !t.cap || lx.is_function(&t.lower) {
            break;
        }
        k -= 1;
    }
    let n = last + 1 - k;
    if n == 0 {
        return;
    }
    let starts_unit = k == 0
        || toks[k - 1].para != toks[k].para
        || matches!(toks[k - 1].kind, Tk::Punct('.' | '!' | '?'));
    if (1..=4).contains(&n) && starts_unit && k > 0 {
        skip[k..=last].iter_mut().for_each(|s| *s = true);
    }
}

/// Marks a dateline opening a paragraph (`WASHINGTON, Nov. 6 (Xinhua) --`,
/// `WASHINGTON (AP) —`) as skipped.
pub fn datelines(text: &str, toks: &[Tok], skip: &mut [bool]) {
    let mut k = 0;
    while k < toks.len() {
        let first = k;
        let para = toks[k].para;
        let mut j = k;
        // Upper-case place words, then anything short up to a dash.
        let mut upper = 0;
        while j < toks.len()
            && toks[j].para == para
            && toks[j].is_word()
            && is_all_upper(&text[toks[j].s..toks[j].e])
        {
            upper += 1;
            j += 1;
        }
        if upper > 0 {
            let limit = (j + 10).min(toks.len());
            let mut d = j;
            let dash = |t: &Tok| t.is_punct('—') || (t.is_punct('-') && t.space_before);
            while d < limit && toks[d].para == para && !dash(&toks[d]) {
                if matches!(toks[d].kind, Tk::Punct('.' | '!' | '?'))
                    && d + 1 < limit
                    && toks[d + 1].cap
                    && !toks[d + 1].space_before
                {
                    break;
                }
                d += 1;
            }
            if d < limit && toks[d].para == para && dash(&toks[d]) {
                skip[first..=d].iter_mut().for_each(|s| *s = true);
            }
        }
        while k < toks.len() && toks[k].para == para {
            k += 1;
        }
    }
}

fn is_all_upper(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
}

/// Splits each paragraph into sentences. Quotations are atomic: a sentence
/// ends inside one only where the quote itself ends a sentence.
pub fn sentences(
    text: &str,
    toks: &[Tok],
    skip: &[bool],
    quotes: &[QSpan],
    lx: &Lexicon,
) -> (Vec<Sent>, Vec<Option<u32>>) {
    let mut inq: Vec<Option<u32>> = vec![None; toks.len()];
    for (qi, q) in quotes.iter().enumerate() {
        for slot in &mut inq[q.open..=q.last] {
            *slot = Some(qi as u32);
        }
    }
    let mut sents = Vec::new();
    let mut a: Option<usize> = None;
    for k in 0..toks.len() {
        if skip[k] {
            if let Some(s) = a.take() {
                sents.push(Sent { a: s, b: k });
            }
            continue;
        }
        let t = &toks[k];
        // Most tokens are words inside the paragraph of the one before:
        // they neither end a sentence nor start a paragraph.
        if matches!(t.kind, Tk::Word | Tk::Possessive) && k > 0 && t.para == toks[k - 1].para {
            if a.is_none() {
                a = Some(k);
            }
            continue;
        }
        // A new paragraph starts a new sentence unless a quote runs on.
        if let Some(s) = a
            && k > 0
            && t.para != toks[k - 1].para
            && !(inq[k].is_some() && inq[k] == inq[k - 1])
        {
            sents.push(Sent { a: s, b: k });
            a = None;
        }
        if a.is_none() {
            a = Some(k);
        }
        let next = toks.get(k + 1);
        // Only asked after a sentence-final stop.
        let next_starts = || {
            next.is_none_or(|n| {
                n.para != t.para
                    || n.cap
                    || n.lower.chars().next().is_some_and(|c| c.is_numeric())
                    || matches!(n.kind, Tk::Quote(_) | Tk::Punct('(' | '['))
            })
        };
        let end = match (t.kind, inq[k]) {
            (Tk::Punct('.' | '!' | '?' | '…'), None) => {
                next_starts() && !abbreviation(text, toks, k, lx)
            }
            (Tk::Quote(_), Some(qi)) => {
                let q = &quotes[qi as usize];
                q.close == Some(k)
                    && k > 0
                    && matches!(toks[k - 1].kind, Tk::Punct('.' | '!' | '?' | '…'))
                    && next
                        .is_none_or(|n| n.para != t.para || n.cap || matches!(n.kind, Tk::Quote(_)))
                    && !(matches!(toks[k - 1].kind, Tk::Punct('!' | '?'))
                        && speaker_then_verb(toks, k + 1, lx))
            }
            _ => false,
        };
        if end {
            sents.push(Sent {
                a: a.take().unwrap_or(k),
                b: k + 1,
            });
        }
    }
    if let Some(s) = a {
        sents.push(Sent {
            a: s,
            b: toks.len(),
        });
    }
    sents.retain(|s| s.b > s.a);
    (sents, inq)
}

/// Whether a speaker and a speech verb follow at `k`: `"…?" Colm Reddaway
/// asked.`, `"…!" Assistant District Attorney Jo Reed said.` A question or
/// an exclamation cannot take the comma that joins a quote to its cue, so
/// its capital does not open a sentence there.
fn speaker_then_verb(toks: &[Tok], k: usize, lx: &Lexicon) -> bool {
    let para = match toks.get(k) {
        Some(t) if t.cap && t.is_word() => t.para,
        _ => return false,
    };
    let mut j = k;
    while j < toks.len() && j < k + MAX_SPEAKER_WORDS && toks[j].para == para {
        let t = &toks[j];
        if t.is_word() && t.cap {
            j += 1;
        } else if t.is_punct('.') && j > k && toks[j - 1].e == t.s {
            // `Dr.`, `Sgt.`
            j += 1;
        } else {
            break;
        }
    }
    j > k
        && toks
            .get(j)
            .is_some_and(|t| t.para == para && t.is_word() && !t.cap && lx.verbs.has_word(&t.lower))
}

/// The most words a speaker before a cue verb runs to (`Assistant District
/// Attorney Colm Reddaway`).
const MAX_SPEAKER_WORDS: usize = 8;

fn abbreviation(text: &str, toks: &[Tok], k: usize, lx: &Lexicon) -> bool {
    let Some(p) = k.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    if !p.is_word() || p.e != toks[k].s {
        return false;
    }
    let w = &text[p.s..p.e];
    // An initial (`J. Smith`), initials written together (`K.R. Nagaraj`,
    // like `U.S.`), or a listed abbreviation.
    (w.chars().count() == 1 && p.cap) || initials(w) || {
        // `w.` without a heap allocation for words up to 23 bytes.
        let mut dotted = compact_str::CompactString::with_capacity(w.len() + 1);
        dotted.push_str(w);
        dotted.push('.');
        lx.abbreviations.contains(&dotted)
    }
}

/// `K.R`, `J.K`: capital letters joined by stops (the last stop apart).
fn initials(w: &str) -> bool {
    w.len() >= 3
        && w.split('.').count() >= 2
        && w.split('.').all(|p| {
            let mut c = p.chars();
            c.next().is_some_and(char::is_uppercase) && c.next().is_none()
        })
}

#[cfg(test)]
mod tests {
    use super::super::{quotes, token::tokenize};
    use super::*;

    #[test]
    fn a_credit_is_cut_from_the_end_of_a_caption_only() {
        let all = Lexicons::embedded();
        let at = |line: &str| credit_start(line, line.split_whitespace().count(), all);
        let cap = "Ana Ruiz speaks at a rally in the capital on Monday. Photo: Dan Ortiz/Reuters";
        assert_eq!(at(cap), cap.find("Photo:"));
        assert_eq!(at("The crowd at the gate. Photo by Lee Kim"), Some(23));
        // Inside a sentence, or with a whole sentence after it, or in
        // lower case: no credit.
        assert_eq!(at("She said the photo: was fake, and left."), None);
        assert_eq!(
            at("Photo: the crowd gathered early and stayed until the rain came."),
            None
        );
        assert_eq!(at("We printed the photo: hers"), None);
    }

    #[test]
    fn latin_byte_scan_agrees_with_chars() {
        for c in (0..0x3_0000u32).filter_map(char::from_u32) {
            let one = c.to_string();
            assert_eq!(all_latin_or_neutral(&one), latin_or_neutral(c), "{c:?}");
            let long = format!("abcdefgh{one}xyz");
            assert_eq!(all_latin_or_neutral(&long), latin_or_neutral(c), "{c:?}");
        }
    }

    fn split(t: &str) -> Vec<String> {
        let lx = Lexicons::embedded().get("en").unwrap();
        let toks = tokenize(t);
        let skip = vec![false; toks.len()];
        let qs = quotes::find(&toks, &skip);
        let (s, _) = sentences(t, &toks, &skip, &qs, lx);
        s.iter()
            .map(|s| t[toks[s.a].s..toks[s.b - 1].e].to_string())
            .collect()
    }

    /// The sentence splitter as it was before words skipped the checks:
    /// the reference the fast one must agree with.
    fn sentences_reference(
        text: &str,
        toks: &[Tok],
        skip: &[bool],
        quotes: &[QSpan],
        lx: &Lexicon,
    ) -> (Vec<Sent>, Vec<Option<u32>>) {
        let mut inq: Vec<Option<u32>> = vec![None; toks.len()];
        for (qi, q) in quotes.iter().enumerate() {
            for slot in &mut inq[q.open..=q.last] {
                *slot = Some(qi as u32);
            }
        }
        let mut sents = Vec::new();
        let mut a: Option<usize> = None;
        for k in 0..toks.len() {
            if skip[k] {
                if let Some(s) = a.take() {
                    sents.push(Sent { a: s, b: k });
                }
                continue;
            }
            let t = &toks[k];
            // A new paragraph starts a new sentence unless a quote runs on.
            if let Some(s) = a
                && k > 0
                && t.para != toks[k - 1].para
                && !(inq[k].is_some() && inq[k] == inq[k - 1])
            {
                sents.push(Sent { a: s, b: k });
                a = None;
            }
            if a.is_none() {
                a = Some(k);
            }
            let next = toks.get(k + 1);
            // Only asked after a sentence-final stop.
            let next_starts = || {
                next.is_none_or(|n| {
                    n.para != t.para
                        || n.cap
                        || n.lower.chars().next().is_some_and(|c| c.is_numeric())
                        || matches!(n.kind, Tk::Quote(_) | Tk::Punct('(' | '['))
                })
            };
            let end = match (t.kind, inq[k]) {
                (Tk::Punct('.' | '!' | '?' | '…'), None) => {
                    next_starts() && !abbreviation(text, toks, k, lx)
                }
                (Tk::Quote(_), Some(qi)) => {
                    let q = &quotes[qi as usize];
                    q.close == Some(k)
                        && k > 0
                        && matches!(toks[k - 1].kind, Tk::Punct('.' | '!' | '?' | '…'))
                        && next.is_none_or(|n| {
                            n.para != t.para || n.cap || matches!(n.kind, Tk::Quote(_))
                        })
                        && !(matches!(toks[k - 1].kind, Tk::Punct('!' | '?'))
                            && speaker_then_verb(toks, k + 1, lx))
                }
                _ => false,
            };
            if end {
                sents.push(Sent {
                    a: a.take().unwrap_or(k),
                    b: k + 1,
                });
            }
        }
        if let Some(s) = a {
            sents.push(Sent {
                a: s,
                b: toks.len(),
            });
        }
        sents.retain(|s| s.b > s.a);
        (sents, inq)
    }

    #[test]
    fn sentences_agree_with_reference_on_every_article() {
        let all = Lexicons::embedded();
        let mut n = 0;
        for text in crate::mine::test_articles() {
            let norm = crate::text::Normalized::new(&text);
            let text: &str = &norm.text;
            let lx = crate::mine::lang::detect(text, all);
            let toks = tokenize(text);
            let mut skip = boilerplate(text, &toks, lx, all, &lx.script);
            datelines(text, &toks, &mut skip);
            for skip in [skip, vec![false; toks.len()]] {
                let qs = quotes::find(&toks, &skip);
                let (fast, inq) = sentences(text, &toks, &skip, &qs, lx);
                let (slow, inq_ref) = sentences_reference(text, &toks, &skip, &qs, lx);
                let spans = |v: &[Sent]| v.iter().map(|s| (s.a, s.b)).collect::<Vec<_>>();
                assert_eq!(spans(&fast), spans(&slow));
                assert_eq!(inq, inq_ref);
                n += fast.len();
            }
        }
        assert!(n > 1000);
    }

    proptest::proptest! {
        #[test]
        fn sentences_agree_with_reference_on_random_text(
            t in "[a-zA-Z0-9 \n.,:;!?'’\"“”\\-—&()…ếỄ]{0,80}"
        ) {
            let lx = Lexicons::embedded().get("en").unwrap();
            let toks = tokenize(&t);
            let skip: Vec<bool> = toks.iter().map(|x| x.s % 7 == 3).collect();
            let qs = quotes::find(&toks, &skip);
            let (fast, inq) = sentences(&t, &toks, &skip, &qs, lx);
            let (slow, inq_ref) = sentences_reference(&t, &toks, &skip, &qs, lx);
            let spans = |v: &[Sent]| v.iter().map(|s| (s.a, s.b)).collect::<Vec<_>>();
            proptest::prop_assert_eq!(spans(&fast), spans(&slow));
            proptest::prop_assert_eq!(inq, inq_ref);
        }
    }

    /// The skipped words of an English text.
    fn skipped(t: &str) -> String {
        let all = Lexicons::embedded();
        let lx = all.get("en").unwrap();
        let toks = tokenize(t);
        let skip = boilerplate(t, &toks, lx, all, "Latin");
        toks.iter()
            .zip(&skip)
            .filter(|(tok, s)| **s && tok.is_word())
            .map(|(tok, _)| &t[tok.s..tok.e])
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn an_author_over_a_job_line_is_skipped_anywhere() {
        let t = "Why the ferry still runs late\n\n\
                 Passengers say the new timetable changed nothing, and the operator agrees.\n\n\
                 Priya Holmgren-Sato\n\nTransport correspondent\n\n\
                 \"We need two more boats,\" she said.";
        assert_eq!(skipped(t), "Priya Holmgren-Sato Transport correspondent");
        // A short quoted line with a job word is text; so is a name line
        // over a line that is no job.
        let t = "Ana Ruiz Lopez\n\nShe said: \"I am no reporter.\"\n\nTom Weller\n\nBoard member";
        assert_eq!(skipped(t), "");
    }

    #[test]
    fn marker_index_agrees_with_trying_every_marker() {
        let all = Lexicons::embedded();
        let mut lines = vec![
            "Related: Everly mill's future".to_string(),
            "By Jane Smith".to_string(),
            "Home » World".to_string(),
            "He said the plant would close.".to_string(),
            String::new(),
        ];
        for (m, _) in &all.boilerplate().markers {
            let t = m.trim_end_matches([':', '.']);
            lines.extend([
                m.clone(),
                t.to_string(),
                format!("{m} Jane Smith"),
                format!("x {m} y"),
                format!("{} Tran", m.to_uppercase()),
                format!("{t}..."),
            ]);
        }
        // Every line of the article folders, as written and in capitals.
        for text in crate::mine::test_articles() {
            for l in text.lines() {
                lines.extend([l.to_string(), l.to_uppercase()]);
            }
        }
        for line in &lines {
            let line = line.trim();
            let words = line.split_whitespace().count();
            let lower = line.to_lowercase();
            let every = words <= MAX_BOILER_WORDS
                && all.langs.iter().flat_map(|l| &l.boilerplate).any(|(m, w)| {
                    *w != Where::Credit && marker_matches(line, &lower, words, all, m, *w)
                });
            assert_eq!(is_boiler_line(line, words, all), every, "{line:?}");
            // An ASCII line read as it is offers the markers its lowercase
            // form offers.
            if line.is_ascii() {
                let offered = |ascii: bool| {
                    let mut seen = Vec::new();
                    let mut note = |m: &str, w: Where| {
                        seen.push((m.to_string(), w));
                        false
                    };
                    if ascii {
                        all.boilerplate().any_ascii(line, &mut note);
                    } else {
                        all.boilerplate().any(&lower, &mut note);
                    }
                    seen.sort_by_key(|(m, w)| format!("{m}\u{0}{w:?}"));
                    seen
                };
                assert_eq!(offered(true), offered(false), "{line:?}");
            }
        }
    }

    #[test]
    fn a_question_before_its_asker_stays_in_the_sentence() {
        assert_eq!(
            split("“Why?” Dr. Jo Reed asked. “Fine!” Ben Ode said. “No?” Then it ended."),
            [
                "“Why?” Dr. Jo Reed asked.",
                "“Fine!” Ben Ode said.",
                "“No?”",
                "Then it ended."
            ]
        );
    }

    #[test]
    fn abbreviations_and_quotes() {
        assert_eq!(
            split("Mr. Smith met U.S. officials. “Go. Now,” he said. “Fine.” Then"),
            [
                "Mr. Smith met U.S. officials.",
                "“Go. Now,” he said.",
                "“Fine.”",
                "Then"
            ]
        );
        assert_eq!(
            split("cho hay.Trong bức thư"),
            ["cho hay.", "Trong bức thư"]
        );
    }
}
