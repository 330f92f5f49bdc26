//! Quotation spans: pairs opening and closing marks, follows quotes over
//! paragraphs, and recovers locally from marks that do not pair.

use super::token::{Tk, Tok};

/// A quotation found between marks.
#[derive(Clone, Debug)]
pub struct QSpan {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark (`None` when the quote ran unclosed
    /// to the end of its paragraph).
    pub close: Option<usize>,
    /// Index of the last token that belongs to the quote (the closing mark,
    /// or the last content token when unclosed).
    pub last: usize,
    /// Content start (byte, normalized text).
    pub cs: usize,
    /// Content end (byte, normalized text).
    pub ce: usize,
    /// Single marks (`‘…’`) rather than double ones.
    pub single: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Straight,
    Curly,
    Low,
    Guillemet,
    Corner,
    WhiteCorner,
    StraightSingle,
    CurlySingle,
    SingleGuillemet,
}

#[derive(Clone, Copy)]
struct Mark {
    family: Family,
    open: bool,
    close: bool,
}

fn punct_opens(t: &Tok) -> bool {
    matches!(t.kind, Tk::Punct('(' | '[' | '—' | '-' | ':' | '/' | '{'))
}

fn punct_closes(t: &Tok) -> bool {
    matches!(
        t.kind,
        Tk::Punct('.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '—' | '-' | '…') | Tk::Possessive
    )
}

fn classify(toks: &[Tok], k: usize) -> Option<Mark> {
    let Tk::Quote(c) = toks[k].kind else {
        return None;
    };
    let t = &toks[k];
    let prev = k
        .checked_sub(1)
        .map(|p| &toks[p])
        .filter(|p| p.para == t.para);
    let next = toks.get(k + 1).filter(|n| n.para == t.para);
    let left = !t.space_before && prev.is_some_and(|p| !punct_opens(p));
    let right = next.is_some_and(|n| !n.space_before && !punct_closes(n));
    let right_upper = next.is_some_and(|n| !n.space_before && n.cap);
    let ambiguous = |family| Mark {
        family,
        open: right && !left,
        close: left && (!right || right_upper),
    };
    Some(match c {
        '"' => {
            // An inch mark: `6'2"` or `a 12" pipe`.
            if prev.is_some_and(|p| {
                // `6'8"`: digits, with a feet mark inside the word.
                !t.space_before
                    && p.is_word()
                    && p.lower
                        .chars()
                        .all(|c| c.is_ascii_digit() || c == '\'' || c == '’')
            }) && !right
            {
                // Only the feet-and-inches pattern: `"… in 2024", she said`
                // closes a quote after a number.
                let feet = prev.is_some_and(|p| p.lower.contains(['\'', '’']));
                let inch = feet || (k >= 2 && matches!(toks[k - 2].kind, Tk::Quote('\'' | '’')));
                if inch {
                    return None;
                }
            }
            // A straight mark glued on both sides (`end."Next`) may open or
            // close: the pairing state decides.
            let mut m = Mark {
                family: Family::Straight,
                open: right,
                close: left,
            };
            if !m.open && !m.close {
                // Spaced on both sides: either, decided by the pairing state.
                m.open = true;
                m.close = true;
            }
            m
        }
        '“' => Mark {
            family: Family::Curly,
            open: true,
            close: left && !right,
        },
        '”' => Mark {
            family: Family::Curly,
            open: right && !left,
            close: true,
        },
        '„' => Mark {
            family: Family::Low,
            open: true,
            close: false,
        },
        '«' => Mark {
            family: Family::Guillemet,
            open: true,
            close: false,
        },
        '»' => Mark {
            family: Family::Guillemet,
            open: false,
            close: true,
        },
        '「' => Mark {
            family: Family::Corner,
            open: true,
            close: false,
        },
        '」' => Mark {
            family: Family::Corner,
            open: false,
            close: true,
        },
        '『' => Mark {
            family: Family::WhiteCorner,
            open: true,
            close: false,
        },
        '』' => Mark {
            family: Family::WhiteCorner,
            open: false,
            close: true,
        },
        '\'' => ambiguous(Family::StraightSingle),
        '‘' => Mark {
            family: Family::CurlySingle,
            open: right,
            close: false,
        },
        '’' => Mark {
            family: Family::CurlySingle,
            open: false,
            close: left && (!right || right_upper),
        },
        '‹' => Mark {
            family: Family::SingleGuillemet,
            open: true,
            close: false,
        },
        '›' => Mark {
            family: Family::SingleGuillemet,
            open: false,
            close: true,
        },
        _ => return None,
    })
}

fn closes(open: Family, close: &Mark) -> bool {
    close.close
        && (open == close.family
            // „ closes with “ (German) or ” (Polish and others).
            || (open == Family::Low && close.family == Family::Curly))
}

fn is_single(f: Family) -> bool {
    matches!(
        f,
        Family::StraightSingle | Family::CurlySingle | Family::SingleGuillemet
    )
}

/// The most words a single-quoted span may hold; longer pairings are taken
/// for apostrophes.
const MAX_SINGLE_WORDS: usize = 80;

/// Finds quotation spans. `skip[k]` marks tokens to ignore (boilerplate).
pub fn find(toks: &[Tok], skip: &[bool]) -> Vec<QSpan> {
    find_with_depth(toks, skip).0
}

/// Finds quotation spans, and the deepest nesting of same-kind marks seen.
///
/// Only the marks are visited: paragraph ends between two marks are found
/// by a binary search on the tokens' paragraph numbers. The tests keep the
/// token-by-token version (`find_with_depth_reference`) it must agree with.
pub fn find_with_depth(toks: &[Tok], skip: &[bool]) -> (Vec<QSpan>, usize) {
    let mut deepest = 0usize;
    let mut spans = Vec::new();
    let marks: Vec<(usize, Mark)> = toks
        .iter()
        .enumerate()
        .filter(|&(k, t)| matches!(t.kind, Tk::Quote(_)) && !skip[k])
        .filter_map(|(k, _)| classify(toks, k).map(|m| (k, m)))
        .collect();
    // The first token after `k` in a later paragraph (or the end).
    let next_para = |k: usize| {
        let p = toks[k].para;
        k + 1 + toks[k + 1..].partition_point(|t| t.para == p)
    };

    // Double marks, across paragraphs.
    let mut open: Option<(usize, Family)> = None;
    let mut depth = 0usize;
    // The last token looked at while a quote is open.
    let mut pos = 0usize;
    for &(k, ref m) in &marks {
        if let Some((o, fam)) = open {
            // A quote still open at a paragraph end continues only when the
            // next paragraph reopens it with the same kind of mark.
            let b = next_para(pos);
            if b < k {
                push_unclosed(toks, o, b - 1, &mut spans);
                open = None;
                depth = 0;
            } else if b == k {
                let reopens = m.open
                    && !is_single(m.family)
                    && (m.family == fam || fam == Family::Straight || m.family == Family::Straight);
                if reopens {
                    pos = k;
                    continue;
                }
                push_unclosed(toks, o, k - 1, &mut spans);
                open = None;
                depth = 0;
            }
        }
        pos = k;
        if is_single(m.family) {
            continue;
        }
        match open {
            None if m.open => {
                open = Some((k, m.family));
                depth = 0;
            }
            None => {} // A stray closing mark.
            Some((o, fam)) => {
                if m.family == fam && m.open && !m.close && fam != Family::Straight {
                    depth += 1; // Nested quote with the same marks.
                    deepest = deepest.max(depth);
                } else if closes(fam, m) {
                    if depth > 0 && m.family == fam {
                        depth -= 1;
                    } else {
                        spans.push(make(toks, o, Some(k), false));
                        open = None;
                    }
                } else if fam == Family::Straight && m.family == Family::Straight && m.open {
                    // A clear opener while a straight quote is open: the
                    // earlier mark was unmatched; start again here.
                    open = Some((k, m.family));
                }
            }
        }
    }
    if let Some((o, _)) = open {
        push_unclosed(toks, o, next_para(pos) - 1, &mut spans);
    }

    // Single marks, within a paragraph and outside double quotes (the
    // spans so far, in order and apart).
    let doubles = spans.len();
    let mut d = 0;
    let mut open: Option<(usize, Family)> = None;
    for (i, &(k, ref m)) in marks.iter().enumerate() {
        while d < doubles && spans[d].last < k {
            d += 1;
        }
        if d < doubles && spans[d].open <= k {
            continue;
        }
        if let Some((o, _)) = open
            && toks[k].para != toks[o].para
        {
            open = None;
        }
        if !is_single(m.family) {
            continue;
        }
        match open {
            Some((o, fam))
                if closes(fam, m)
                    || (fam == Family::StraightSingle
                        && m.family == Family::CurlySingle
                        && m.close) =>
            {
                let words = toks[o + 1..k].iter().filter(|t| t.is_word()).count();
                let possessive = toks[k - 1].lower.ends_with('s')
                    && toks
                        .get(k + 1)
                        .is_some_and(|n| n.is_word() && !n.cap && n.space_before)
                    && has_later_closer(toks, &marks, i);
                if words == 0 || words > MAX_SINGLE_WORDS {
                    open = None;
                } else if !possessive {
                    spans.push(make(toks, o, Some(k), true));
                    open = None;
                }
            }
            _ if m.open => open = Some((k, m.family)),
            _ => {}
        }
    }
    spans.sort_by_key(|s| s.open);
    spans.retain(|s| s.cs < s.ce);
    (spans, deepest)
}

/// Whether a single closing mark follows mark `i` (of `marks`) in its
/// paragraph, before a single opening one, within twice
/// [`MAX_SINGLE_WORDS`] tokens.
fn has_later_closer(toks: &[Tok], marks: &[(usize, Mark)], i: usize) -> bool {
    let k = marks[i].0;
    let para = toks[k].para;
    let end = toks.len().min(k + 1 + MAX_SINGLE_WORDS * 2);
    for &(j, ref m) in &marks[i + 1..] {
        if j >= end || toks[j].para != para {
            return false;
        }
        if is_single(m.family) {
            if m.close {
                return true;
            }
            if m.open {
                return false;
            }
        }
    }
    false
}

fn push_unclosed(toks: &[Tok], open: usize, last: usize, spans: &mut Vec<QSpan>) {
    let words = toks[open + 1..=last].iter().filter(|t| t.is_word()).count();
    if words >= 3 && last > open {
        spans.push(QSpan {
            last,
            ..make(toks, open, None, false)
        });
        let s = spans.last_mut().expect("just pushed");
        s.ce = toks[last].e;
    }
}

fn make(toks: &[Tok], open: usize, close: Option<usize>, single: bool) -> QSpan {
    let cs = toks[open].e;
    let ce = close.map(|c| toks[c].s).unwrap_or(cs);
    let cs = toks[open + 1..]
        .iter()
        .map(|t| t.s)
        .next()
        .filter(|&s| s <= ce)
        .unwrap_or(cs);
    let ce = close
        .and_then(|c| c.checked_sub(1))
        .filter(|&p| p > open)
        .map(|p| toks[p].e)
        .unwrap_or(ce);
    QSpan {
        open,
        close,
        last: close.unwrap_or(open),
        cs,
        ce,
        single,
    }
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;

    /// The quote finder as it was, token by token: the fast one must agree.
    pub(super) fn find_with_depth_reference(toks: &[Tok], skip: &[bool]) -> (Vec<QSpan>, usize) {
        let mut deepest = 0usize;
        let mut spans = Vec::new();
        let marks: Vec<Option<Mark>> = (0..toks.len())
            .map(|k| {
                if skip[k] || !matches!(toks[k].kind, Tk::Quote(_)) {
                    None
                } else {
                    classify(toks, k)
                }
            })
            .collect();
        let mut in_double = vec![false; toks.len()];

        // Double marks, across paragraphs.
        let mut open: Option<(usize, Family)> = None;
        let mut depth = 0usize;
        let mut k = 0;
        while k < toks.len() {
            if let Some((o, fam)) = open
                && k > 0
                && toks[k].para != toks[k - 1].para
            {
                // A quote still open at a paragraph end continues only when the
                // next paragraph reopens it with the same kind of mark.
                let reopens = marks[k].as_ref().is_some_and(|m| {
                    m.open
                        && !is_single(m.family)
                        && (m.family == fam
                            || fam == Family::Straight
                            || m.family == Family::Straight)
                });
                if reopens {
                    k += 1;
                    continue;
                }
                push_unclosed(toks, o, k - 1, &mut spans);
                open = None;
                depth = 0;
            }
            let Some(m) = &marks[k] else {
                k += 1;
                continue;
            };
            if is_single(m.family) {
                k += 1;
                continue;
            }
            match open {
                None if m.open => {
                    open = Some((k, m.family));
                    depth = 0;
                }
                None => {} // A stray closing mark.
                Some((o, fam)) => {
                    if m.family == fam && m.open && !m.close && fam != Family::Straight {
                        depth += 1; // Nested quote with the same marks.
                        deepest = deepest.max(depth);
                    } else if closes(fam, m) {
                        if depth > 0 && m.family == fam {
                            depth -= 1;
                        } else {
                            spans.push(make(toks, o, Some(k), false));
                            open = None;
                        }
                    } else if fam == Family::Straight && m.family == Family::Straight && m.open {
                        // A clear opener while a straight quote is open: the
                        // earlier mark was unmatched; start again here.
                        open = Some((k, m.family));
                    }
                }
            }
            k += 1;
        }
        if let Some((o, _)) = open
            && let Some(last) = toks.len().checked_sub(1)
        {
            push_unclosed(toks, o, last, &mut spans);
        }
        for s in &spans {
            for flag in &mut in_double[s.open..=s.last] {
                *flag = true;
            }
        }

        // Single marks, within a paragraph and outside double quotes.
        let mut open: Option<(usize, Family)> = None;
        for k in 0..toks.len() {
            if in_double[k] {
                continue;
            }
            if let Some((o, _)) = open
                && toks[k].para != toks[o].para
            {
                open = None;
            }
            let Some(m) = &marks[k] else { continue };
            if !is_single(m.family) {
                continue;
            }
            match open {
                Some((o, fam))
                    if closes(fam, m)
                        || (fam == Family::StraightSingle
                            && m.family == Family::CurlySingle
                            && m.close) =>
                {
                    let words = toks[o + 1..k].iter().filter(|t| t.is_word()).count();
                    let possessive = toks[k - 1].lower.ends_with('s')
                        && toks
                            .get(k + 1)
                            .is_some_and(|n| n.is_word() && !n.cap && n.space_before)
                        && has_later_closer_reference(toks, &marks, k);
                    if words == 0 || words > MAX_SINGLE_WORDS {
                        open = None;
                    } else if !possessive {
                        spans.push(make(toks, o, Some(k), true));
                        open = None;
                    }
                }
                _ if m.open => open = Some((k, m.family)),
                _ => {}
            }
        }
        spans.sort_by_key(|s| s.open);
        spans.retain(|s| s.cs < s.ce);
        (spans, deepest)
    }

    fn has_later_closer_reference(toks: &[Tok], marks: &[Option<Mark>], k: usize) -> bool {
        let para = toks[k].para;
        for j in k + 1..toks.len().min(k + 1 + MAX_SINGLE_WORDS * 2) {
            if toks[j].para != para {
                return false;
            }
            if let Some(m) = &marks[j]
                && is_single(m.family)
            {
                if m.close {
                    return true;
                }
                if m.open {
                    return false;
                }
            }
        }
        false
    }

    fn fields(q: &QSpan) -> (usize, Option<usize>, usize, usize, usize, bool) {
        (q.open, q.close, q.last, q.cs, q.ce, q.single)
    }

    fn same_as_reference(t: &str, skip_every: usize) {
        let toks = tokenize(t);
        let skip: Vec<bool> = (0..toks.len())
            .map(|k| skip_every > 0 && k % skip_every == 0)
            .collect();
        let (fast, fd) = find_with_depth(&toks, &skip);
        let (slow, sd) = find_with_depth_reference(&toks, &skip);
        let fast: Vec<_> = fast.iter().map(fields).collect();
        let slow: Vec<_> = slow.iter().map(fields).collect();
        assert_eq!((fast, fd), (slow, sd), "{t:?} {skip_every}");
    }

    #[test]
    fn marks_only_finder_agrees_on_the_articles() {
        let texts = super::super::test_articles();
        assert!(!texts.is_empty());
        for t in &texts {
            same_as_reference(t, 0);
            same_as_reference(t, 7);
        }
    }

    proptest::proptest! {
        #[test]
        fn marks_only_finder_agrees_on_random_text(
            t in "([a-z]{1,3}|[A-Z][a-z]|[ \n]|\n\n|[\"“”„«»「」『』'‘’‹›]|[.,:;!?()—-]){0,80}",
            skip_every in 0usize..5
        ) {
            same_as_reference(&t, skip_every);
        }
    }

    fn quotes(t: &str) -> Vec<String> {
        let toks = tokenize(t);
        let skip = vec![false; toks.len()];
        find(&toks, &skip)
            .iter()
            .map(|q| t[q.cs..q.ce].to_string())
            .collect()
    }

    #[test]
    fn straight_and_curly() {
        assert_eq!(
            quotes(r#""We won," he said. “Yes,” she said."#),
            ["We won,", "Yes,"]
        );
        assert_eq!(
            quotes("« Bonjour » et „Hallo“ und 「こんにちは」"),
            ["Bonjour", "Hallo", "こんにちは"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(
            quotes("the talks’ deadline and Iran’s leader, don't"),
            Vec::<String>::new()
        );
        assert_eq!(quotes(r#"a 6'2" guard said "fine" today"#), ["fine"]);
    }

    #[test]
    fn single_quotes_in_headlines() {
        assert_eq!(quotes("Obama 'gửi thư mật' tới Iran"), ["gửi thư mật"]);
        assert_eq!(
            quotes("Obama 'gửi thư chống IS'Tổng thống"),
            ["gửi thư chống IS"]
        );
        assert_eq!(quotes("‘We will fight,’ she said."), ["We will fight,"]);
    }

    #[test]
    fn paragraphs_reopen() {
        let t = "He said: “First part.\n\n“Second part.”\nNext.";
        assert_eq!(quotes(t), ["First part.\n\n“Second part."]);
    }

    #[test]
    fn unmatched_marks_recover() {
        // The first quote never closes; the next paragraph still pairs.
        let t = "He said \"this never closes at all\nShe said \"this does\" today.";
        assert_eq!(quotes(t), ["this never closes at all", "this does"]);
        assert_eq!(quotes("one \" two"), Vec::<String>::new());
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(
            quotes("“He called it ‘a farce’ today,” she said."),
            ["He called it ‘a farce’ today,"]
        );
        assert_eq!(
            quotes("“Outer “inner” done,” he said."),
            ["Outer “inner” done,"]
        );
    }
}
