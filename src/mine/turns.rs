//! Interviews printed as Q&A: paragraphs opened by a label and a colon
//! (`Q:`/`A:`, `Hỏi:`/`Đáp:`, or a speaker's name: `Solvang:`) -> `direct`
//! quotations for the answer turns (rule `qa-turn`).
//!
//! A label is recognized only at the start of a paragraph, and only when the
//! article has a question turn and an answer turn, or answer turns under two
//! different labels: a lone `Note:` or `Photo:` line is never a turn. An
//! answer runs from after its label to the end of the paragraph before the
//! next label, over at most [`MAX_TURN_PARAS`] paragraphs. Question turns are
//! the interviewer's, not the interviewee's: they give no quotation, and any
//! other quotation found inside one is dropped.
//!
//! Interviews printed without labels are recognized too: questions set in
//! bold (`**…?**`) each followed by a plain answer paragraph, or turns that
//! all open with a dash (`- …?` then `- …`), with at least
//! [`MIN_BARE_PAIRS`] question-and-answer pairs whose answers end like
//! sentences (so a bold subheading or a dash list of headlines is no
//! interview). Their answers go to the interviewee, with no cue.

use super::Doc;
use super::attribute::Found;
use super::mentions::MKind;
use crate::lexicon::TurnKind;
use crate::model::{EntityKind, QuoteKind, SpeakerType};

/// Organization types of news outlets (`org_words.txt`), whose labels in
/// an interview are the interviewer's.
const MEDIA_TYPES: &[&str] = &["newspaper", "magazine", "broadcaster", "media"];

/// The most paragraphs one turn runs over: an interview's last answer must
/// not swallow the rest of the article.
pub(crate) const MAX_TURN_PARAS: usize = 6;

/// The most words in a name label (`Anna Maria Solvang:`).
const MAX_NAME_LABEL: usize = 4;

/// How many paragraphs are searched for labels; bounds the work on huge
/// inputs.
const MAX_PARAS: usize = 5000;

/// Confidence of an answer under a name label.
const CONF_NAME: f32 = 0.9;

/// Confidence of an answer under an `A:`-style label, credited to the
/// interviewee the article introduces.
const CONF_ANSWER: f32 = 0.8;

/// Confidence of an unlabelled answer after a question set off by bold
/// type or a dash.
const CONF_BARE: f32 = 0.75;

/// The fewest question-and-answer pairs that make an unlabelled interview.
const MIN_BARE_PAIRS: usize = 2;

/// The fewest turns of a host found by their questions alone.
const MIN_HOST_TURNS: usize = 3;

/// The share of a host's turns that ask.
const HOST_ASKS: f32 = 0.4;

/// The share of every other speaker's turns that ask, below which they are
/// guests.
const GUEST_ASKS: f32 = 0.2;

/// Direct quotations before the first turn that make the article a news story
/// with an interview excerpt rather than an interview with an
/// introduction (see `Doc::interviewee`).
const STORY_QUOTES: usize = 4;

/// Who opens a turn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Label {
    Question,
    /// An `A:`-style label; the lexicon label's first token.
    Answer(usize),
    /// A person's name: the entity.
    Name(usize),
    /// A person's name with the interviewer's role (`X, HOST:`): this and
    /// every other turn of that person are questions.
    Host(usize),
    /// An unlabelled answer after a marked question.
    Bare,
}

/// How an unlabelled interview sets off a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    /// `**What did you mean?**`: a question in bold, answers plain.
    Bold,
    /// `- Điều gì…?` / `- Năm 2020…`: every turn opens with a dash.
    Dash,
}

/// One labelled paragraph.
#[derive(Clone, Copy, Debug)]
struct Turn {
    label: Label,
    /// Tokens of the label (before the colon).
    la: usize,
    lb: usize,
    /// First token of the body (after the colon).
    body: usize,
    /// The paragraph.
    para: u32,
}

/// The result: answer quotations, and the byte ranges of question turns.
pub(crate) struct Turns {
    pub answers: Vec<Found>,
    pub questions: Vec<(usize, usize)>,
}

impl Doc<'_> {
    /// The label opening the paragraph whose first token is `p`, if any:
    /// `(label, label end, colon)`.
    fn turn_label(&self, p: usize) -> Option<(Label, usize, usize, usize)> {
        let para = self.toks[p].para;
        let same = |k: usize| k < self.toks.len() && self.toks[k].para == para;
        // `**Hobday:**`, `**Q**:`: a label set in bold or italics.
        let markup = |k: usize| same(k) && self.is_markup(k);
        let mut p = p;
        while markup(p) {
            p += 1;
        }
        // A paragraph of markup alone (`**`) opens no turn.
        if !same(p) {
            return None;
        }
        let bold = p > self.para_span(p).0;
        // The colon after a label ending before `k`.
        let colon_at = |mut k: usize| {
            while bold && markup(k) {
                k += 1;
            }
            (same(k) && self.toks[k].is_punct(':')).then_some(k)
        };
        if !same(p) || self.skip[p] || !self.toks[p].is_word() {
            return None;
        }
        if let Some((n, kind)) = self.lx.turns.longest_at(&self.lowers, p)
            && let Some(colon) = colon_at(p + n)
        {
            let l = match kind {
                TurnKind::Question => Label::Question,
                TurnKind::Answer => Label::Answer(p),
            };
            return Some((l, p, p + n, colon));
        }
        // A person's name: a mention that ends at the colon, else capitalized
        // words whose last one is the surname of a person named earlier.
        let mut c = p;
        while same(c) && c - p <= MAX_NAME_LABEL && self.toks[c].is_word() && self.toks[c].cap {
            c += 1;
        }
        // `MARGUERITE OLSEN-TANAKA, HOST:`: a role after the name; the
        // interviewer's role (`turns.txt`) makes the turn a question.
        let mut colon = colon_at(c).unwrap_or(c);
        let mut asks = false;
        if c > p && same(c) && self.toks[c].is_punct(',') {
            let mut r = c + 1;
            while same(r) && r - c <= MAX_NAME_LABEL && self.toks[r].is_word() && self.toks[r].cap {
                r += 1;
            }
            if r > c + 1 && same(r) && self.toks[r].is_punct(':') {
                colon = r;
                asks = (c + 1..r).any(|k| {
                    self.lx
                        .turns
                        .longest_at(&self.lowers, k)
                        .is_some_and(|(n, kind)| k + n == r && *kind == TurnKind::Question)
                });
            }
        }
        if c == p || c - p > MAX_NAME_LABEL || !same(colon) || !self.toks[colon].is_punct(':') {
            return None;
        }
        // A team sheet or a list of names after `Club:` is a comma list with
        // no lower-case word; an answer, however short, is not.
        let body = || {
            (colon + 1..self.toks.len())
                .take_while(|&k| same(k))
                .take(80)
        };
        let lower_words = body()
            .filter(|&k| {
                let t = &self.toks[k];
                t.is_word()
                    && self.text[t.s..t.e]
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase)
            })
            .count();
        let commas = body().filter(|&k| self.toks[k].is_punct(',')).count();
        if lower_words == 0 && commas >= 3 {
            return None;
        }
        // Mentions are in text order: a binary search keeps this linear.
        let from = self.mentions.partition_point(|m| m.a < p);
        // `Gazette:` in an interview a newspaper prints: a news outlet's
        // turns ask.
        let outlet = self.mentions[from..]
            .iter()
            .take_while(|m| m.a == p)
            .any(|m| m.b == c && m.kind == MKind::Org)
            && self
                .org_type(p, c)
                .is_some_and(|t| MEDIA_TYPES.contains(&t.as_str()));
        if outlet {
            return Some((Label::Question, p, c, colon));
        }
        let ent = self.mentions[from..]
            .iter()
            .take_while(|m| m.a == p)
            .find(|m| m.b == c && m.kind == MKind::Person)
            .and_then(|m| m.ent)
            .or_else(|| {
                // `DE LA CRUZ-MONTOYA:`: the label's words, folded, are the
                // whole name or its last words.
                let key = super::mentions::name_key(&self.surface(p, c));
                self.ents.iter().rposition(|e| {
                    e.kind == EntityKind::Person
                        && key.len() >= 2
                        && (e.key == key || e.key.ends_with(&key))
                })
            })
            .or_else(|| {
                // `RUTH:`, a caller the host only greets: the person
                // `label_names` made of the label.
                let key = super::mentions::name_key(&self.surface(p, c));
                (key.len() == 1 && self.lx.given_gender(&key[0]).is_some())
                    .then(|| {
                        self.ents
                            .iter()
                            .position(|e| e.kind == EntityKind::Person && e.key == key)
                    })
                    .flatten()
            })
            .or_else(|| {
                let last = crate::text::fold(&self.toks[c - 1].lower);
                // A surname alone stands for someone named before it.
                self.ent_by_last.get(&last)?.iter().copied().find(|&e| {
                    self.ents[e].kind == EntityKind::Person
                        && self.mentions[..from].iter().any(|m| m.ent == Some(e))
                })
            });
        let Some(ent) = ent else {
            // `NATION: What did you mean?`: a label that names nobody the
            // article knows, over a question, is the interviewer's (a
            // masthead the lexicon does not know).
            let end = self.para_span(p).1;
            let asks = end > colon + 1 && self.toks[end - 1].is_punct('?');
            return asks.then_some((Label::Question, p, c, colon));
        };
        if self.ents[ent].kind != EntityKind::Person {
            return None;
        }
        Some((
            if asks {
                Label::Host(ent)
            } else {
                Label::Name(ent)
            },
            p,
            c,
            colon,
        ))
    }

    /// Whether the paragraph opening at token `p` holds a quotation with a
    /// cue and no first-person word (`first_person.txt`).
    fn reports_speech(&self, p: usize, found: &[Found]) -> bool {
        let (a, b) = self.para_span(p);
        let (s, e) = (self.toks[a].s, self.toks[b - 1].e);
        found
            .iter()
            .any(|f| (s..e).contains(&f.cs) && f.cue.is_some())
            && !(a..b)
                .any(|k| self.toks[k].is_word() && self.lx.first_person.contains(&self.lowers[k]))
    }

    /// Whether token `k` is emphasis markup around a label (`*`, `_`).
    fn is_markup(&self, k: usize) -> bool {
        self.toks[k].is_punct('*') || self.toks[k].is_punct('_')
    }

    /// Of a transcript under name labels only, the one person whose turns
    /// ask (at least [`HOST_ASKS`] of their turns, and at least
    /// [`MIN_HOST_TURNS`] turns) while everybody else's with as many turns
    /// hardly do (below [`GUEST_ASKS`]): the host, whose turns are
    /// questions.
    fn asking_label(&self, turns: &[(usize, Turn)]) -> Option<usize> {
        // (entity, turns, asking turns)
        let mut by: Vec<(usize, usize, usize)> = Vec::new();
        for (_, t) in turns {
            let Label::Name(e) = t.label else {
                return None;
            };
            if t.body >= self.toks.len() || self.toks[t.body].para != t.para {
                continue;
            }
            let end = self.para_span(t.body).1;
            let body = self.text[self.toks[t.body].s..self.toks[end - 1].e].trim_end();
            // A question, or a question cut off (`save the bees —`).
            let asks = body.ends_with(['?', '—', '–']) || body.ends_with("--");
            match by.iter_mut().find(|b| b.0 == e) {
                Some(b) => {
                    b.1 += 1;
                    b.2 += usize::from(asks);
                }
                None => by.push((e, 1, usize::from(asks))),
            }
        }
        if by.len() < 2 {
            return None;
        }
        let share = |b: &(usize, usize, usize)| b.2 as f32 / b.1 as f32;
        let mut askers = by
            .iter()
            .filter(|b| b.1 >= MIN_HOST_TURNS && share(b) >= HOST_ASKS);
        let host = askers.next()?;
        if askers.next().is_some() {
            return None;
        }
        // A caller's one question does not make two hosts.
        by.iter()
            .all(|b| b.0 == host.0 || b.1 < MIN_HOST_TURNS || share(b) < GUEST_ASKS)
            .then_some(host.0)
    }

    /// Gives a person to each name label (`RUTH:`) that no mention of the
    /// article resolves, when it is a known given name: a radio caller or
    /// a member of the audience whom the host greets by first name only.
    pub(crate) fn label_names(&mut self) {
        if self.lx.given_names.is_empty() {
            return;
        }
        let mut labels: Vec<(usize, usize)> = Vec::new();
        for p in 0..self.toks.len() {
            if p > 0 && self.toks[p - 1].para == self.toks[p].para {
                continue;
            }
            let para = self.toks[p].para;
            let same = |k: usize| k < self.toks.len() && self.toks[k].para == para;
            if self.skip[p]
                || !self.toks[p].is_word()
                || !self.toks[p].cap
                || !same(p + 1)
                || !self.toks[p + 1].is_punct(':')
                || self.lx.given_gender(&self.lowers[p]).is_none()
                || self.lx.turns.longest_at(&self.lowers, p).is_some()
                || self
                    .ent_by_first
                    .contains_key(&crate::text::fold(&self.lowers[p]))
            {
                continue;
            }
            // Known only as this label, read as an acronym (`RUTH`), or not
            // at all.
            let w = &self.text[self.toks[p].s..self.toks[p].e];
            let acronym_only = |e: &super::mentions::LocalEntity| {
                e.kind == EntityKind::Organization && e.forms.iter().all(|(f, _)| f == w)
            };
            if self
                .ent_by_last
                .get(&crate::text::fold(&self.lowers[p]))
                .is_some_and(|es| !es.iter().all(|&e| acronym_only(&self.ents[e])))
            {
                continue;
            }
            labels.push((p, p + 1));
            if labels.len() > MAX_PARAS {
                break;
            }
        }
        for (a, b) in labels {
            let w = &self.text[self.toks[a].s..self.toks[a].e];
            // `RUTH` is written `Ruth`.
            let name: String = if w.chars().any(char::is_lowercase) {
                w.to_string()
            } else {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_string() + &c.as_str().to_lowercase())
                    .unwrap_or_default()
            };
            let e = self.link_name(&name, false, a, b);
            if self.ents[e].kind == EntityKind::Organization {
                self.ents[e].kind = EntityKind::Person;
                self.ents[e].orgtype = None;
                self.org_ents.retain(|&o| o != e);
            }
        }
    }

    /// Whether the turn's paragraph speaks: it holds a word of
    /// `first_person.txt` or asks.
    fn speaks(&self, t: Turn) -> bool {
        let mut last = None;
        self.toks[t.body..]
            .iter()
            .zip(t.body..)
            .take_while(|(x, _)| x.para == t.para)
            .any(|(x, k)| {
                last = Some(x);
                x.is_word() && self.lx.first_person.contains(&self.lowers[k])
            })
            || last.is_some_and(|x| x.is_punct('?'))
    }

    /// Whether the paragraph opening at token `p` is a transcript's stage
    /// direction: wholly in brackets, or with letters but none in lower
    /// case.
    fn stage_direction(&self, p: usize) -> bool {
        let end = self.para_span(p).1;
        let line = self.text[self.toks[p].s..self.toks[end - 1].e].trim();
        (line.starts_with(['(', '[']) && line.ends_with([')', ']']))
            || (line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase))
    }

    /// The person the article introduces as interviewed: the person named
    /// in full who is mentioned most often before the first turn, where
    /// each direct quotation counts as a mention too when a story of at
    /// least [`STORY_QUOTES`] of them comes first (the earliest on a tie). A
    /// single word (`the Halvard`) is too often a place or an
    /// institution read as a name.
    fn interviewee(&self, before: usize, found: &[Found]) -> Option<usize> {
        let mut count: Vec<(usize, usize, usize)> = Vec::new();
        for m in self.mentions.iter().take_while(|m| m.a < before) {
            let Some(e) = m.ent else { continue };
            if m.kind != MKind::Person
                || self.ents[e].kind != EntityKind::Person
                || self.ents[e].key.len() < 2
                || self.skip[m.a]
            {
                continue;
            }
            match count.iter_mut().find(|c| c.0 == e) {
                Some(c) => c.1 += 1,
                None => count.push((e, 1, m.a)),
            }
        }
        // `'…,' Valverde-Roux said.` in a news story that ends with a
        // press-conference excerpt: the person quoted is the one asked. An
        // interview's introduction quotes little (a board chair's welcome),
        // and there the person introduced is the one asked.
        let start = self.toks.get(before).map_or(usize::MAX, |t| t.s);
        let quoted = || {
            found
                .iter()
                .filter(|f| f.cs < start && f.kind == QuoteKind::Direct)
        };
        if quoted().count() >= STORY_QUOTES {
            for f in quoted() {
                if let Some(c) = f.ent.and_then(|e| count.iter_mut().find(|c| c.0 == e)) {
                    c.1 += 1;
                }
            }
        }
        count
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))
            .map(|c| c.0)
    }

    /// The paragraph starting at token `p` as a marked question or a
    /// dash turn: `(mark, is a question, first token of the body)`.
    fn marked_para(&self, p: usize) -> Option<(Mark, bool, usize)> {
        let last = self.para_span(p).1 - 1;
        let line = self.text[self.toks[p].s..self.toks[last].e].trim();
        let question = |t: &str| {
            t.trim_end_matches(['"', '”', '’', '»', ')'])
                .ends_with(['?', '？'])
        };
        let first_word = (p..=last).find(|&k| self.toks[k].is_word())?;
        if let Some(inner) = line
            .strip_prefix("**")
            .and_then(|l| l.strip_suffix("**"))
            .or_else(|| line.strip_prefix("__").and_then(|l| l.strip_suffix("__")))
        {
            return question(inner).then_some((Mark::Bold, true, first_word));
        }
        let dash = line
            .strip_prefix(['-', '–', '—'])
            .is_some_and(|rest| rest.starts_with(char::is_whitespace));
        dash.then(|| (Mark::Dash, question(line), first_word))
    }

    /// An interview printed without labels: questions in bold followed by
    /// plain answers, or dash turns alternating a question and an answer.
    /// At least [`MIN_BARE_PAIRS`] questions must each be followed by an
    /// answer, so a bold subheading or a list of links is not an interview.
    fn bare_turns(&self, starts: &[usize]) -> Vec<(usize, Turn)> {
        let marks: Vec<Option<(Mark, bool, usize)>> = starts
            .iter()
            .map(|&p| (!self.skip[p]).then(|| self.marked_para(p)).flatten())
            .collect();
        // An answer ends like a sentence; a headline in a list does not.
        let sentence = |p: usize| {
            let last = self.para_span(p).1 - 1;
            self.text[..self.toks[last].e]
                .trim_end()
                .ends_with(['.', '!', '?', '…', '"', '”', '’', '»', ')'])
        };
        // Only the style with the most pairs counts.
        let pairs_of = |mark: Mark| {
            (0..starts.len().saturating_sub(1))
                .filter(|&i| {
                    matches!(marks[i], Some((m, true, _)) if m == mark)
                        && !self.skip[starts[i + 1]]
                        && sentence(starts[i + 1])
                        && match mark {
                            Mark::Bold => marks[i + 1].is_none(),
                            Mark::Dash => matches!(marks[i + 1], Some((Mark::Dash, false, _))),
                        }
                })
                .count()
        };
        let (bold, dash) = (pairs_of(Mark::Bold), pairs_of(Mark::Dash));
        let style = if bold >= dash { Mark::Bold } else { Mark::Dash };
        if bold.max(dash) < MIN_BARE_PAIRS {
            return Vec::new();
        }
        let mut turns = Vec::new();
        for (i, &p) in starts.iter().enumerate() {
            let Some((mark, true, body)) = marks[i] else {
                continue;
            };
            if mark != style {
                continue;
            }
            let Some(&next) = starts.get(i + 1) else {
                continue;
            };
            // The answer: for bold questions a plain paragraph, for dash
            // turns a dash paragraph that is no question.
            let answer = match (mark, marks[i + 1]) {
                _ if self.skip[next] || !sentence(next) => None,
                (Mark::Bold, None) => Some(next),
                (Mark::Dash, Some((Mark::Dash, false, b))) => Some(b),
                _ => None,
            };
            turns.push((
                i,
                Turn {
                    label: Label::Question,
                    la: p,
                    lb: body,
                    body,
                    para: self.toks[p].para,
                },
            ));
            if let Some(b) = answer {
                turns.push((
                    i + 1,
                    Turn {
                        label: Label::Bare,
                        la: next,
                        lb: b,
                        body: b,
                        para: self.toks[next].para,
                    },
                ));
            }
        }
        turns
    }

    /// Finds the interview turns of the article.
    pub(crate) fn qa_turns(&self, found: &[Found]) -> Turns {
        let mut out = Turns {
            answers: Vec::new(),
            questions: Vec::new(),
        };
        if self.lx.turns.is_empty() && self.ents.is_empty() {
            return out;
        }
        // The first token of each paragraph.
        let mut starts: Vec<usize> = Vec::new();
        for (k, t) in self.toks.iter().enumerate() {
            if (k == 0 || self.toks[k - 1].para != t.para) && starts.len() < MAX_PARAS {
                starts.push(k);
            }
        }
        let mut turns: Vec<(usize, Turn)> = Vec::new();
        for (i, &p) in starts.iter().enumerate() {
            if let Some((label, la, lb, colon)) = self.turn_label(p) {
                // `**Hobday:** Look at the sky`: the body after the markup.
                let mut body = colon + 1;
                while body < self.toks.len()
                    && self.toks[body].para == self.toks[p].para
                    && la > p
                    && self.is_markup(body)
                {
                    body += 1;
                }
                turns.push((
                    i,
                    Turn {
                        label,
                        la,
                        lb,
                        body,
                        para: self.toks[p].para,
                    },
                ));
            }
        }
        // The interviewer's turns ask, under whatever label.
        let mut hosts: Vec<usize> = turns
            .iter()
            .filter_map(|t| match t.1.label {
                Label::Host(e) => Some(e),
                _ => None,
            })
            .collect();
        if hosts.is_empty() {
            hosts.extend(self.asking_label(&turns));
        }
        for t in &mut turns {
            if let Label::Host(e) | Label::Name(e) = t.1.label
                && hosts.contains(&e)
            {
                t.1.label = Label::Question;
            }
        }
        let questions = turns
            .iter()
            .filter(|t| t.1.label == Label::Question)
            .count();
        let mut answer_labels: Vec<Label> = Vec::new();
        for (_, t) in &turns {
            let key = match t.label {
                Label::Question => continue,
                Label::Answer(_) => Label::Answer(0),
                l => l,
            };
            if !answer_labels.contains(&key) {
                answer_labels.push(key);
            }
        }
        // A Q&A pattern: a question and an answer, or answers under two
        // labels (an interview printed with both speakers' names).
        if answer_labels.is_empty() || (questions == 0 && answer_labels.len() < 2) {
            turns = self.bare_turns(&starts);
            if turns.is_empty() {
                return out;
            }
        }
        // `Ostrava State: The Otters were outrebounded …`: notes under
        // names that speak of others, not turns of people speaking (who
        // say `I`, `we`, `you`, or ask).
        if !self.lx.first_person.is_empty()
            && turns.iter().all(|t| matches!(t.1.label, Label::Name(_)))
        {
            let speaking = turns.iter().filter(|t| self.speaks(t.1)).count();
            if speaking * 2 < turns.len() {
                return out;
            }
        }
        let interviewee = turns
            .iter()
            .find(|t| matches!(t.1.label, Label::Answer(_) | Label::Bare))
            .and_then(|_| self.interviewee(turns[0].1.la, found));
        for (ti, &(i, t)) in turns.iter().enumerate() {
            // The turn ends before the next label, within the bound.
            let next = turns.get(ti + 1).map_or(starts.len(), |n| n.0);
            let last_para = next.min(i + MAX_TURN_PARAS);
            let mut end_tok = t.body;
            // `Q: …` / `A: …` on consecutive lines: a blank line ends the
            // transcript, and what follows is the reporter's again.
            let line_by_line = [ti.checked_sub(1), Some(ti + 1)]
                .into_iter()
                .flatten()
                .filter_map(|o| turns.get(o))
                .any(|o| o.1.para.abs_diff(t.para) == 1);
            let mut prev_para = t.para;
            for (j, &p) in starts.iter().enumerate().take(last_para).skip(i) {
                if j > i && self.skip[p] {
                    break;
                }
                let para = self.toks[p].para;
                if j > i && line_by_line && para > prev_para + 1 {
                    break;
                }
                // `(CROSSTALK)`, `END OF TRANSCRIPT`: a stage direction or a
                // line in capitals is no one's turn.
                if j > i && self.stage_direction(p) {
                    break;
                }
                // `In a statement, the club said …` after the last answer:
                // a paragraph that reports speech with a cue of its own,
                // and says no `I` or `we`, is the reporter's again.
                if j > i && self.reports_speech(p, found) {
                    break;
                }
                prev_para = para;
                let mut k = if j == i { t.body } else { p };
                while k < self.toks.len() && self.toks[k].para == para && !self.skip[k] {
                    k += 1;
                }
                if k > end_tok {
                    end_tok = k;
                }
            }
            debug_assert!(self.toks[t.la].para == t.para);
            if end_tok <= t.body {
                continue;
            }
            let (cs, ce) = (self.toks[t.body].s, self.toks[end_tok - 1].e);
            let (ent, mention, cue, conf) = match t.label {
                Label::Question | Label::Host(_) => {
                    out.questions.push((cs, ce));
                    continue;
                }
                Label::Answer(p) => (interviewee, None, Some(self.surface(p, t.lb)), CONF_ANSWER),
                Label::Name(e) => (Some(e), Some(self.surface(t.la, t.lb)), None, CONF_NAME),
                Label::Bare => (interviewee, None, None, CONF_BARE),
            };
            out.answers.push(Found {
                cs,
                ce,
                kind: QuoteKind::Direct,
                ent,
                mention,
                speaker_type: if ent.is_some() {
                    SpeakerType::Person
                } else {
                    SpeakerType::Unknown
                },
                cue,
                confidence: conf,
                rule: "qa-turn",
                cited: None,
                role: None,
            });
        }
        out
    }
}
