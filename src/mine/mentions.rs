//! Mentions of people and organizations: name chunks with their titles,
//! pronouns and descriptions, and the local entities they refer to.

use super::Doc;
use super::token::Tk;
use crate::lexicon::{OrgCont, PronounKind, listed};
use crate::model::EntityKind;
use crate::text::fold;
use std::collections::BTreeSet;

/// What a mention is.
#[derive(Clone, Debug)]
pub enum MKind {
    /// A person's name (possibly only the surname).
    Person,
    /// An organization's name or acronym.
    Org,
    /// A country or city.
    Place,
    /// A pronoun.
    Pronoun(PronounKind),
    /// An unnamed source (`officials`, `a person familiar with the matter`).
    Anon,
    /// A description of an organization (`the newspaper`), with its type.
    OrgRef(String),
    /// A description by title (`the spokesman`), with the title word; the
    /// flag says whether it is definite.
    TitleRef(String, bool),
    /// A description by nationality, party or kinship (`the Dane`, `the
    /// Republican`, `her father`, `HLV người Hà Lan`): the concept
    /// (`country:denmark`), the gender the word tells, and the title
    /// head written with it (`hlv`), if any.
    Described(String, Option<char>, Option<String>),
    /// A document that speaks for its author (`the statement`, `the
    /// report`): the author of the document introduced last; or, with the
    /// organization type of a word before it (`museum records`), the
    /// organization of that type named in the article.
    Document(String),
}

/// What `#[derive(PartialEq)]` gives, always inlined: the rules compare
/// kinds (`m.kind == MKind::Person`) at nearly every mention, and the
/// derived comparison was a call each time. The match is on every variant
/// of `self`, so a new variant must be added here.
impl PartialEq for MKind {
    #[inline(always)]
    fn eq(&self, other: &Self) -> bool {
        use MKind::*;
        match self {
            Person => matches!(other, Person),
            Org => matches!(other, Org),
            Place => matches!(other, Place),
            Pronoun(a) => matches!(other, Pronoun(b) if a == b),
            Anon => matches!(other, Anon),
            Document(a) => matches!(other, Document(b) if a == b),
            OrgRef(a) => matches!(other, OrgRef(b) if a == b),
            TitleRef(a, x) => matches!(other, TitleRef(b, y) if a == b && x == y),
            Described(a, g, h) => {
                matches!(other, Described(b, g2, h2) if a == b && g == g2 && h == h2)
            }
        }
    }
}

/// One mention.
#[derive(Clone, Debug)]
pub struct Mention {
    /// First token (including titles).
    pub a: usize,
    /// One past the last token.
    pub b: usize,
    /// First token of the name proper (after titles).
    pub name_a: usize,
    /// Kind.
    pub kind: MKind,
    /// Role words before the name or in an apposition.
    pub role: Option<String>,
    /// Organizations named in the role (`White House` in `White House
    /// spokesman Josh Earnest`).
    pub affiliations: Vec<String>,
    /// Local entity, once resolved.
    pub ent: Option<usize>,
    /// Whether it opens its clause (a likely subject).
    pub subject: bool,
    /// Followed by a possessive (`Iran's`).
    pub possessor: bool,
}

/// A person or organization within one article.
#[derive(Clone, Debug)]
pub struct LocalEntity {
    /// Person or organization.
    pub kind: EntityKind,
    /// Name forms as written, with counts, in order of first use.
    pub forms: Vec<(String, usize)>,
    /// Folded tokens of the fullest name.
    pub key: Vec<String>,
    /// Roles seen.
    pub roles: BTreeSet<String>,
    /// Affiliations seen.
    pub affiliations: BTreeSet<String>,
    /// Organization type (`newspaper`), when known.
    pub orgtype: Option<String>,
    /// Acronyms seen for it.
    pub acronyms: BTreeSet<String>,
    /// Name forms seen with their title (`White House spokesman Josh Earnest`).
    pub titled: BTreeSet<String>,
    /// `m` or `f` when a title or the given name tells.
    pub gender: Option<char>,
    /// Last token position where it was mentioned.
    pub last: usize,
}

impl LocalEntity {
    /// The best full name: the most frequent form of the most words; for a
    /// person, that form lengthened by a family name (`family_names.txt`)
    /// when the article writes it so once (`Đinh Quốc Huy` over `Quốc
    /// Huy`).
    /// A person whose given name is never written keeps a style the press
    /// names such people by (`Mr Justice Arbuthnot`, `styles.txt`).
    pub fn best_name(&self, lx: &crate::lexicon::Lexicon) -> String {
        let best = self.most_used_name();
        if self.kind != EntityKind::Person {
            return best;
        }
        if !best.contains(' ')
            && let Some(styled) = styled_name(&best, &self.titled, |w| lx.styles.contains(w))
        {
            return styled;
        }
        let family_names = &lx.family_names;
        if family_names.is_empty() {
            return best;
        }
        self.forms
            .iter()
            .find_map(|(f, _)| {
                let (first, rest) = f.split_once(' ')?;
                (rest == best && family_names.contains(&first.to_lowercase())).then(|| f.clone())
            })
            .unwrap_or(best)
    }

    /// The most frequent form of the most words.
    fn most_used_name(&self) -> String {
        let max_words = self
            .forms
            .iter()
            .map(|(f, _)| f.split_whitespace().count())
            .max()
            .unwrap_or(0);
        let long: Vec<&(String, usize)> = self
            .forms
            .iter()
            .filter(|(f, _)| max_words < 2 || f.split_whitespace().count() >= 2)
            .collect();
        // `DE LA CRUZ-MONTOYA:` in a transcript: a form in capitals is the
        // best name only when the name is never written otherwise.
        let caps = |f: &str| !f.chars().any(char::is_lowercase);
        let mixed = long.iter().any(|(f, _)| !caps(f));
        let long: Vec<&(String, usize)> = long
            .into_iter()
            .filter(|(f, _)| !(mixed && caps(f)))
            .collect();
        // `de la Cruz-Montoya` (a headline) and `Teresa de la Cruz-Montoya`:
        // a person's name is never shortened to a form it ends.
        let ends = |long: &str, short: &str| {
            let (l, s) = (long.to_lowercase(), short.to_lowercase());
            l.len() > s.len() && l.ends_with(&s) && l.as_bytes()[l.len() - s.len() - 1] == b' '
        };
        let long: Vec<&(String, usize)> = if self.kind == EntityKind::Person {
            long.iter()
                .copied()
                .filter(|(f, _)| !long.iter().any(|(g, _)| ends(g, f)))
                .collect()
        } else {
            long
        };
        let mut best: Option<&(String, usize)> = None;
        let words = |f: &str| f.split_whitespace().count();
        for f in long {
            let better = best.is_none_or(|b| {
                if self.kind == EntityKind::Organization && words(&f.0) != words(&b.0) {
                    words(&f.0) > words(&b.0)
                } else {
                    f.1 > b.1
                }
            });
            if better {
                best = Some(f);
            }
        }
        best.map(|b| b.0.clone()).unwrap_or_default()
    }
}

/// `Mr Justice Arbuthnot` for a person named `Arbuthnot`: the capitalized
/// titles written right before `name` in one of its `titled` forms, when
/// one of them is a style (`is_style`, given a lower-case word); the
/// longest such form.
pub fn styled_name<'a>(
    name: &str,
    titled: impl IntoIterator<Item = &'a String>,
    is_style: impl Fn(&str) -> bool,
) -> Option<String> {
    let mut best: Option<String> = None;
    for t in titled {
        let Some(head) = t.strip_suffix(name).and_then(|h| h.strip_suffix(' ')) else {
            continue;
        };
        let words: Vec<&str> = head.split(' ').collect();
        let start = words
            .iter()
            .rposition(|w| !w.chars().next().is_some_and(char::is_uppercase))
            .map_or(0, |i| i + 1);
        let caps = &words[start..];
        if caps.iter().any(|w| is_style(&w.to_lowercase())) {
            let styled = format!("{} {name}", caps.join(" "));
            if best.as_ref().is_none_or(|b| b.len() < styled.len()) {
                best = Some(styled);
            }
        }
    }
    best
}

/// The fewest letters of a surname that may be misspelled by one letter
/// and still stand for the person (`Abernethy` for `Abernathy`).
const MIN_MISSPELT: usize = 6;

/// How many recent organizations a short reference (`Công ty`) is matched
/// against.
const LOOKBACK_ORGS: usize = 50;

impl Doc<'_> {
    pub(crate) fn surface(&self, a: usize, b: usize) -> String {
        if a >= b {
            return String::new();
        }
        // Names and cues are written with single spaces: a line break, a
        // NUL or a run of spaces inside a name is one space.
        let raw = &self.text[self.toks[a].s..self.toks[b - 1].e];
        // Single spaces between other characters, and no other space or
        // control character: the loop below would copy it as it is.
        if crate::text::single_spaced(raw) {
            return raw.to_string();
        }
        let mut out = String::with_capacity(raw.len());
        let mut gap = false;
        for c in raw.chars() {
            if c.is_whitespace() || c.is_control() {
                gap = true;
            } else {
                if gap && !out.is_empty() {
                    out.push(' ');
                }
                gap = false;
                out.push(c);
            }
        }
        out
    }

    /// The end of the name `a..b` without the letters after it that are no
    /// part of it (`Priya Ramaswamy-Hart KC`, `Daniel Obi MP`,
    /// `postnominals.txt`); one word at least stays.
    pub(crate) fn name_end(&self, a: usize, mut b: usize) -> usize {
        while b >= a + 2
            && self.toks[b - 1].cap
            && self.lx.postnominals.contains(&self.lowers[b - 1])
        {
            b -= 1;
        }
        b
    }

    /// A word that can be part of a name: capitalized and no function word,
    /// or a particle-prefixed surname (`al-Jaafari`).
    #[inline]
    pub(crate) fn name_like(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        if !t.is_word() || self.inq[k].is_some() || self.skip[k] {
            return false;
        }
        if t.cap {
            // `Ông Lại Văn Thành`: a family name that is also a function
            // word (`lại`, again) opens a name before another capital.
            if self.lx.family_names.contains(&self.lowers[k])
                && self
                    .toks
                    .get(k + 1)
                    .is_some_and(|n| n.cap && n.is_word() && !self.lx.is_function(&n.lower))
            {
                return true;
            }
            if self.lx.is_function(&t.lower) {
                return self.ordinal_opens_name(k);
            }
            return self.lx.verbs.word_at(&self.lowers, k).is_none();
        }
        let w = &self.text[t.s..t.e];
        // Most lower-case words hold no hyphen.
        if !w.as_bytes()[..w.len().min(4)].contains(&b'-') {
            return false;
        }
        w.split_once('-').is_some_and(|(p, rest)| {
            p.len() <= 3 && rest.chars().next().is_some_and(char::is_uppercase)
        })
    }

    /// The length of the name particle (`name_particles.txt`) at `k` when
    /// a name word follows it: `de la` before `Fuente`. Its words are in
    /// lower case, except the first one when `first_cap` allows. The word
    /// after it may be a verb's form (`bin Said`).
    pub(crate) fn particle_at(&self, k: usize, first_cap: bool) -> Option<usize> {
        let (n, _) = self.lx.name_particles.longest_at(&self.lowers, k)?;
        let plain = |i: usize| {
            self.toks
                .get(i)
                .is_some_and(|t| t.is_word() && self.inq[i].is_none() && !self.skip[i])
        };
        let lower_ok = (k..k + n).all(|i| plain(i) && (!self.toks[i].cap || (first_cap && i == k)));
        let e = k + n;
        let name_after = plain(e)
            && self.toks[e].cap
            && (self.name_like(e) || !self.lx.is_function(&self.toks[e].lower));
        (lower_ok && name_after).then_some(n)
    }

    /// Whether a lower-case particle at `k` opens a short form of a name
    /// given in full earlier (`van den Heuvel said`).
    fn particle_opens(&self, k: usize) -> bool {
        !self.toks[k].cap
            && self
                .particle_at(k, false)
                .is_some_and(|n| self.particle_names.contains(&fold(&self.lowers[k + n])))
    }

    /// Records the name words after the lower-case particles of the full
    /// name `a..b`.
    fn note_particle_names(&mut self, a: usize, b: usize) {
        let mut i = a + 1;
        while i < b {
            if let Some(n) = self.particle_at(i, false)
                && i + n < b
            {
                self.particle_names.insert(fold(&self.lowers[i + n]));
                i += n + 1;
            } else {
                i += 1;
            }
        }
    }

    /// `Second Street Baptist`, `First National Bank`: a capitalized
    /// ordinal (`name_ordinals`) before another capitalized word.
    #[inline(never)]
    fn ordinal_opens_name(&self, k: usize) -> bool {
        self.lx.name_ordinals.iter().any(|o| *o == self.lowers[k])
            && self
                .toks
                .get(k + 1)
                .is_some_and(|n| n.cap && n.is_word() && !self.lx.is_function(&n.lower))
    }

    fn title_at(&self, k: usize) -> Option<usize> {
        if self.inq.get(k).is_none_or(|q| q.is_some()) {
            return None;
        }
        match self.lx.titles.longest_at(&self.lowers, k) {
            Some((n, _)) => Some(n),
            None if self.lowers[k].contains('-') => self.hyphenated_title(k),
            None if self.occupation_at(k) => Some(1),
            None => None,
        }
    }

    /// `Saxophonist Cyril Mokoena`, `Audiologist Riaan Steyn`: a word with
    /// an occupation's ending (`language.txt` `role_endings`) before a
    /// given name is a role, though no list holds it. A known given or
    /// family name is not one (`Brian`, `Lindqvist`).
    fn occupation_at(&self, k: usize) -> bool {
        let l = self.lowers[k].as_str();
        !self.lx.role_endings.is_empty()
            && self.toks[k].is_word()
            && self
                .lx
                .role_endings
                .iter()
                .any(|e| l.len() >= e.len() + 4 && l.ends_with(e.as_str()))
            && self.lx.given_gender(l).is_none()
            && !self.lx.family_names.contains(l)
            && !self.surnames.contains(&fold(l))
            && self.toks.get(k + 1).is_some_and(|t| t.cap && t.is_word())
            && self.inq.get(k + 1).is_some_and(|q| q.is_none())
            && self.lx.given_gender(&self.lowers[k + 1]).is_some()
    }

    /// `Judge-Executive`, `Director-General`: titles joined by hyphens
    /// make one title.
    #[inline(never)]
    fn hyphenated_title(&self, k: usize) -> Option<usize> {
        let l = self.lowers[k].as_str();
        (self.toks[k].is_word()
            && l.split('-')
                .all(|p| !p.is_empty() && self.lx.titles.has_word(p)))
        .then_some(1)
    }

    /// Whether a title ends just before token `e` (`chief executive` of
    /// `chief executive of`).
    fn title_ends_at(&self, e: usize) -> bool {
        (e.saturating_sub(4)..e).any(|k| self.title_at(k).is_some_and(|n| k + n == e))
    }

    /// Finds name chunks in every sentence.
    pub(crate) fn chunk_names(&mut self) {
        for si in 0..self.sents.len() {
            let s = self.sents[si];
            if self.title_case_line(s.a, s.b) {
                continue;
            }
            let mut k = s.a;
            let mut clause_start = true;
            // `The elder Achterberg insists`: one modifier after a
            // clause-opening `the` keeps the name a subject.
            let mut after_the = false;
            // Where a subject's modifier ended (`Green Party` before
            // `candidate Ahmed Rahimi`).
            let mut modifier_end: Option<usize> = None;
            while k < s.b {
                let t = &self.toks[k];
                if self.inq[k].is_some() || self.skip[k] {
                    clause_start = matches!(t.kind, Tk::Quote(_));
                    k += 1;
                    continue;
                }
                // `Carmaker Toyota said`, `Packer Pennine Fresh said`: a
                // business noun opening a sentence describes the name
                // after it (`org_descriptors`).
                if k == s.a
                    && t.cap
                    && listed(&self.lx.org_descriptors, &t.lower)
                    && self.name_like(k + 1)
                    && self.inq[k + 1].is_none()
                {
                    k += 1;
                    continue;
                }
                // A lower-case title opens a name too (`said prosecutor Daniel
                // Okafor`, `ông Obama`); `run_end` drops it when no name follows.
                let starts =
                    self.name_like(k) || self.title_at(k).is_some() || self.particle_opens(k);
                if !starts {
                    let was_the = after_the;
                    after_the = false;
                    // `Green Party candidate`: role words in lower case
                    // after the modifier.
                    if modifier_end == Some(k)
                        && t.is_word()
                        && !t.cap
                        && self.lx.titles.has_word(&t.lower)
                    {
                        modifier_end = Some(k + 1);
                        clause_start = false;
                        k += 1;
                        continue;
                    }
                    modifier_end = None;
                    if matches!(t.kind, Tk::Punct(',' | ';' | ':' | '—' | '('))
                        || listed(&self.lx.conjunctions, &t.lower)
                    {
                        clause_start = true;
                    } else if listed(&self.lx.definite_articles, &t.lower) {
                        after_the = clause_start;
                    } else if was_the && t.is_word() && !self.lx.verbs.has_word(&t.lower) {
                        // `the elder`, `the 34-year-old`: still the subject.
                    } else if listed(&self.lx.articles, &t.lower) || !self.lx.is_function(&t.lower)
                    {
                        // `X, a Democrat from …`: an apposition, no subject.
                        clause_start = false;
                    } else if self.lx.subordinators.iter().any(|w| *w == t.lower) {
                        // `… when Ollie Tennant dropped`: a subordinate
                        // clause opens (subordinators are function words).
                        clause_start = true;
                    }
                    k += 1;
                    continue;
                }
                after_the = false;
                // `Frank Dorsey, R-Calder Springs,`: a party tag is no name.
                // `Kamaruddin Osman (BN-Bukit Kepong)`: a coalition's
                // letters and a seat in brackets.
                let w = &self.text[t.s..t.e];
                if k > 0
                    && ((is_party_tag(w) && matches!(self.toks[k - 1].kind, Tk::Punct(',' | '(')))
                        || (self.toks[k - 1].is_punct('(') && is_bloc_tag(w)))
                {
                    let mut e = k + 1;
                    while e < s.b && self.name_like(e) {
                        e += 1;
                    }
                    clause_start = false;
                    k = e;
                    continue;
                }
                let (end, last_title) = self.run_end(k, s.b);
                if end == k {
                    k += 1;
                    continue;
                }
                // `Bà Diệp, Giám đốc Sở Y tế, …`: a title right after a
                // name and a comma opens an apposition, not a subject.
                let apposition = k >= s.a + 2
                    && self.toks[k - 1].is_punct(',')
                    && self.title_at(k).is_some()
                    && self
                        .mentions
                        .last()
                        .is_some_and(|m| m.b == k - 1 && m.kind == MKind::Person);
                // `Green Party candidate Ahmed Rahimi drew …`, `Liberal
                // candidate X`: a name right after a subject's modifier
                // (an organization, a party) is the subject.
                // `… for the final hymn, Calon Lân.`: a name after a comma
                // with nothing but the full stop after it is an apposition
                // with no verb to be subject of (a name alone on its line
                // heads what follows).
                let last_in_sentence = k > s.a
                    && self.toks[k - 1].is_punct(',')
                    && (end..s.b).all(|j| matches!(self.toks[j].kind, Tk::Punct(_)));
                let subject =
                    (clause_start || modifier_end == Some(k)) && !apposition && !last_in_sentence;
                clause_start = false;
                modifier_end = None;
                let m = self.classify_chunk(k, end, last_title, si, subject);
                if subject && m.as_ref().is_none_or(|m| m.kind != MKind::Person) {
                    modifier_end = Some(end);
                }
                if let Some(mut m) = m {
                    // `the state Department of Health`: a level of
                    // government written in lower case is part of the name.
                    if m.kind == MKind::Org
                        && m.name_a == m.a
                        && m.a >= s.a + 2
                        && listed(&self.lx.org_levels, &self.lowers[m.a - 1])
                        && !self.toks[m.a - 1].cap
                        && listed(&self.lx.definite_articles, &self.lowers[m.a - 2])
                        && self.inq[m.a - 1].is_none()
                    {
                        m.a -= 1;
                        m.name_a -= 1;
                    }
                    if m.kind == MKind::Person && m.b - m.name_a >= 2 {
                        let b = self.name_end(m.name_a, m.b);
                        self.surnames.insert(fold(&self.toks[b - 1].lower));
                        self.given_seen.insert(fold(&self.toks[m.name_a].lower));
                        self.note_particle_names(m.name_a, b);
                    }
                    self.mentions.push(m);
                }
                k = end;
            }
        }
    }

    /// Whether sentence `a..b` is a headline in title case (`Bus Driver
    /// Knits Mittens For Every Kid On Her Route`): a whole paragraph with
    /// no quotation, every word of four letters or more capitalized, and a
    /// capitalized function word inside. Its capitals mark no names, so it
    /// gives none.
    fn title_case_line(&self, a: usize, b: usize) -> bool {
        let whole = (a == 0 || self.toks[a - 1].para != self.toks[a].para)
            && (b == self.toks.len() || self.toks[b].para != self.toks[a].para);
        let words = || (a..b).filter(|&k| self.toks[k].is_word());
        whole
            && words().count() >= 5
            && (a..b).all(|k| self.inq[k].is_none() && !matches!(self.toks[k].kind, Tk::Quote(_)))
            && words().all(|k| self.toks[k].cap || self.lowers[k].chars().count() < 4)
            && words().any(|k| k > a && self.toks[k].cap && self.lx.is_function(&self.lowers[k]))
    }

    /// The end of the name run starting at `k`, and the index of its last
    /// title token.
    fn run_end(&self, k: usize, b: usize) -> (usize, Option<usize>) {
        let mut j = k;
        let mut last_title = None;
        let mut last_name = None;
        // The end of the last capitalized organization word (`Sở`, `Công
        // ty`): the name may run on through its continuations.
        let mut org_head: Option<usize> = None;
        let mut title_org: Option<usize> = None;
        // Past `of the` after an organization word.
        let mut org_of = false;
        while j < b {
            // `Sở Y tế tỉnh Đông Sơn`, `Công ty cổ phần Xây dựng Phú Hưng`:
            // the lower-case syllables of an organization's name.
            if let Some(h) = org_head
                && let Some(n) = self.org_continuation_at(j, b, h == j, 0)
            {
                j += n;
                last_name = Some(j - 1);
                continue;
            }
            // `Northern Rescue Coordination Centre`: a capitalized word that
            // is a title (`Centre`, a player's position) and an
            // organization word, after a name's words, ends the name.
            // So is any capitalized title after `Office of the`.
            let org_end = j > k
                && last_name == Some(j - 1)
                && self.toks[j].cap
                && ((self.lx.org_words.has_word(&self.lowers[j]) && !self.name_like(j + 1))
                    || org_of);
            // `Councilman Earl Pettaway`, `Sen. Dean Holloway`: a title
            // word that is a given name too, right after a title and
            // before a name, is the given name.
            let given = |n: usize| {
                n == 1
                    && j > k
                    && last_title == Some(j - 1)
                    && self.toks[j].cap
                    // `genders.txt` holds courtesy titles too (`Sir`).
                    && self.lx.given_names.contains_key(self.lowers[j].as_str())
                    && !self.lx.genders.contains_key(self.lowers[j].as_str())
                    && self.name_like(j + 1)
                    && self.title_at(j + 1).is_none()
            };
            // `Nick Nurse said`, `John Major`, `Julie Bishop`: a capitalized
            // one-word title right after a given name, ending the run, is
            // the family name.
            let surname = |n: usize| {
                n == 1
                    && j > k
                    && last_name == Some(j - 1)
                    && last_title != Some(j - 1)
                    && self.toks[j].cap
                    && !is_acronym(&self.text[self.toks[j].s..self.toks[j].e])
                    && ((j - 1 == k
                        && (k == 0 || !listed(&self.lx.determiners, &self.lowers[k - 1])))
                        || last_title.is_some_and(|t| {
                            t + 2 == j || (t + 3 == j && self.toks[t + 1].is_punct('.'))
                        }))
                    && self.lx.given_gender(&self.lowers[j - 1]).is_some()
                    && !self.name_like(j + 1)
                    && self.title_at(j + 1).is_none()
                    && self.particle_at(j + 1, false).is_none()
            };
            // `Dean Ferris kicked`, `Earl Pettaway said`: a capitalized
            // title word that is a given name too, opening a run of exactly
            // two name words (no determiner before), is the given name.
            let first_given = |n: usize| {
                n == 1
                    && j == k
                    && self.toks[j].cap
                    && (k == 0 || !listed(&self.lx.determiners, &self.lowers[k - 1]))
                    && self.lx.given_names.contains_key(self.lowers[j].as_str())
                    && !self.lx.genders.contains_key(self.lowers[j].as_str())
                    && self.name_like(j + 1)
                    && self.title_at(j + 1).is_none()
                    && !self.name_like(j + 2)
                    && self.particle_at(j + 2, false).is_none()
                    && !self
                        .toks
                        .get(j + 2)
                        .is_some_and(|t| t.kind == Tk::Possessive)
            };
            // `chị Lan Anh nói`: where titles are written in lower case
            // inside a sentence (`sentence_case_names`), a capitalized one
            // after a name's word is a syllable of the name.
            let syllable = |n: usize| {
                n == 1
                    && self.lx.sentence_case_names
                    && j > k
                    && last_name == Some(j - 1)
                    && self.toks[j].cap
                    && self.name_like(j)
            };
            if !org_end
                && let Some(n) = self.title_at(j)
                && (self.toks[j].cap || j > k || last_name.is_none())
                && !given(n)
                && !surname(n)
                && !first_given(n)
                && !syllable(n)
            {
                // A title that is a pronoun too (`ông`) counts only before a name.
                if !self.name_like(j + n)
                    && self.title_at(j + n).is_none()
                    && self.particle_at(j + n, false).is_none()
                    && !self.toks[j].cap
                {
                    break;
                }
                last_title = Some(j + n - 1);
                j += n;
                // `Giám đốc Sở`, `Chủ tịch UBND`: a title ending in an
                // organization word opens the organization's name.
                // So does one followed by the capitalized field of a
                // department (`Trưởng phòng Tài nguyên và Môi trường`) or
                // by an administrative unit (`Bí thư xã Hưng Bình`).
                let unit = || {
                    self.lx
                        .org_continuations
                        .longest_at(&self.lowers, j)
                        .is_some_and(|(_, k)| *k == OrgCont::Place)
                };
                if (self.toks[j - 1].cap && self.lx.org_words.has_word(&self.toks[j - 1].lower))
                    || (j < b
                        && (self.toks[j].cap || unit())
                        && self.org_continuation_at(j, b, false, 0).is_some())
                {
                    org_head = Some(j);
                    title_org = Some(j);
                }
                continue;
            }
            // A capitalized multi-word organization word (`Công ty`, `Hãng
            // tin`) belongs to the name it opens.
            if self.toks[j].cap
                && self.inq[j].is_none()
                && let Some((n, _)) = self.lx.org_words.longest_at(&self.lowers, j)
                && n >= 2
                && j + n <= b
            {
                last_name = Some(j + n - 1);
                j += n;
                org_head = Some(j);
                continue;
            }
            // `Marisol de la Fuente Ibarra`, `Ms de la Fuente Ibarra`, `Van
            // der Merwe said`, `Omar bin Said`: a particle and the name word
            // after it. Inside a name (after a name word or a title) the
            // particle is in lower case; opening a run, it is capitalized
            // and two words long, or stands before a name already given in
            // full after a particle.
            let inside = j > k && (last_name == Some(j - 1) || last_title == Some(j - 1));
            if let Some(n) = self.particle_at(j, !inside)
                && (inside
                    || (j == k
                        && ((self.toks[j].cap && n >= 2)
                            || self.particle_names.contains(&fold(&self.lowers[j + n])))))
            {
                last_name = Some(j + n);
                j += n + 1;
                continue;
            }
            // `Transit Workers Union Local 417`: a number after a unit word.
            if j > k
                && last_name == Some(j - 1)
                && self.inq[j].is_none()
                && self.toks[j].is_word()
                && self.lowers[j].bytes().all(|c| c.is_ascii_digit())
                && self.lx.numbered.contains(&self.lowers[j - 1])
            {
                last_name = Some(j);
                j += 1;
                continue;
            }
            // `Hãng hàng không Sao Việt`: inside an organization's name,
            // a capitalized function word (`sao`, why) before another
            // capitalized word is a name word.
            if org_head.is_some()
                && j > k
                && last_name == Some(j - 1)
                && self.toks[j].cap
                && self.toks[j].is_word()
                && self.inq[j].is_none()
                && !self.skip[j]
                && self.lx.is_function(&self.lowers[j])
                && self.toks.get(j + 1).is_some_and(|t| t.cap && t.is_word())
                && self.name_like(j + 1)
            {
                last_name = Some(j);
                j += 1;
                continue;
            }
            if self.name_like(j) {
                if self.toks[j].cap && self.lx.org_words.has_word(&self.toks[j].lower) {
                    org_head = Some(j + 1);
                }
                last_name = Some(j);
                j += 1;
                continue;
            }
            // `Gulf Inshore Fishermen's Association`, `Women's College
            // Hospital`: a possessive inside a name, before a capitalized
            // organization word.
            if j > k
                && last_name == Some(j - 1)
                && self.toks[j].kind == Tk::Possessive
                && self.toks.get(j + 1).is_some_and(|t| t.cap && t.is_word())
                && self.inq[j].is_none()
                && self.lx.org_words.has_word(&self.lowers[j + 1])
            {
                last_name = Some(j + 1);
                org_head = Some(j + 2);
                j += 2;
                continue;
            }
            // `Thời báo Sông Hồng`: a lower-case organization word inside a
            // name written in sentence case (in a language that writes
            // names so: `Environmental group Seawatch Alliance` is a
            // description before a name).
            if self.lx.sentence_case_names
                && last_name == Some(j.wrapping_sub(1))
                && self.inq[j].is_none()
                && self.toks[j].is_word()
                && self.lx.org_words.has_word(&self.toks[j].lower)
                && self.name_like(j + 1)
            {
                j += 1;
                continue;
            }
            // `Minister for Finance Paschal Donohoe`, `Opposition
            // Spokesperson on Water Yvonne Beckford-Hall`: the portfolio
            // after a capitalized title belongs to the title, and the
            // person's name follows it.
            if j > k
                && last_title == Some(j - 1)
                && self.toks[j - 1].cap
                && self.inq[j].is_none()
                && listed(&self.lx.portfolio_links, &self.lowers[j])
                && let Some(name_at) = self.portfolio_end(
                    // `Member of the Senedd Sioned Harcombe`.
                    if self
                        .lowers
                        .get(j + 1)
                        .is_some_and(|w| listed(&self.lx.definite_articles, w))
                    {
                        j + 2
                    } else {
                        j + 1
                    },
                    b,
                )
            {
                last_title = Some(name_at - 1);
                j = name_at;
                continue;
            }
            let t = &self.toks[j];
            let connector = t.is_word()
                && listed(&self.lx.name_connectors, &t.lower)
                && j > k
                && self.name_like(j + 1)
                && if listed(&self.lx.conjunctions, &t.lower) {
                    // `and` joins titles (`President and CEO`) and the words
                    // of an organization's name (`Freedom and Progress Party`).
                    last_title.is_some() || self.org_run_at(j + 1, b)
                } else if listed(&self.lx.genitive_links, &t.lower) {
                    // `Petra Lindqvist of Harrow Row Partners`, `John Smith of
                    // Leeds`: a full name ends before `of`.
                    let org_next = last_title == Some(j - 1) && self.org_after_of(j + 1, b);
                    !(self.person_name_before(k, j, last_title) || org_next)
                } else {
                    true
                };
            // `Pell & Ashby Records`, `Whitcombe & Rhys`.
            let ampersand = t.is_punct('&')
                && last_name == Some(j.wrapping_sub(1))
                && self.inq[j].is_none()
                && self.name_like(j + 1);
            // `Office of the Data Commissioner`: `of the` after an
            // organization word, before a name.
            if t.is_word()
                && listed(&self.lx.genitive_links, &t.lower)
                && j > k
                && last_name == Some(j - 1)
                && self.toks[j - 1].cap
                && self.lx.org_words.has_word(&self.lowers[j - 1])
                && self
                    .lowers
                    .get(j + 1)
                    .is_some_and(|l| listed(&self.lx.definite_articles, l))
                && self.inq[j + 1].is_none()
                && self.name_like(j + 2)
            {
                j += 2;
                org_of = true;
                continue;
            }
            let initial_dot = t.is_punct('.')
                && j > k
                && !t.space_before
                && (self.toks[j - 1].lower.chars().count() <= 3
                    // `Supt.`, `Cllr.`: a listed abbreviation of any length.
                    || self.lx.abbreviations.contains(&format!(
                        "{}.",
                        &self.text[self.toks[j - 1].s..self.toks[j - 1].e]
                    )))
                && self.name_like(j + 1);
            if connector || initial_dot || ampersand {
                j += 1;
                continue;
            }
            break;
        }
        // Trailing titles with no name after them are descriptions.
        let mut end = match (last_name, last_title) {
            (Some(n), _) => n + 1,
            (None, _) => k,
        };
        // `Baxterley's said`, `Sainsbury's has`: a possessive with a verb
        // right after it, not a noun, ends a shop's name.
        if last_name.is_some()
            && end < b
            && self.toks[end].kind == Tk::Possessive
            && self.inq[end].is_none()
            && self
                .toks
                .get(end + 1)
                .is_some_and(|t| t.is_word() && !t.cap)
            && (self.lx.auxiliaries.contains(&self.lowers[end + 1])
                || self.finite_only_verb(&self.lowers[end + 1]))
        {
            end += 1;
        }
        // `Chủ tịch UBND huyện Tân Mỹ,` with no family name after the
        // organization leaving two words or more: no person is named, and
        // the organization's name is found on its own from `UBND`.
        if let Some(t) = title_org
            && !self.lx.family_names.is_empty()
            && !(t..end.saturating_sub(1)).any(|i| {
                self.toks[i].cap
                    && self.lx.family_names.contains(&self.lowers[i])
                    && !self.after_unit(i)
            })
        {
            return (k, None);
        }
        (end, last_title.filter(|&t| t < end))
    }

    /// Where the person's name starts after a title's portfolio opening
    /// at `a` (`Finance` in `Minister for Finance Paschal Donohoe`): at the
    /// first known given name after the portfolio's first word that leaves
    /// two words or more, else two words before the end of the capitalized
    /// run when it has three or more and those two are no place and no
    /// organization (`spokesman for Harrow Row Partners` names no person).
    fn portfolio_end(&self, a: usize, b: usize) -> Option<usize> {
        let word = |i: usize| i < b && self.inq[i].is_none() && self.name_like(i);
        let mut r = a;
        while word(r) || (r > a && listed(&self.lx.conjunctions, &self.lowers[r]) && word(r + 1)) {
            r += 1;
        }
        if let Some(i) =
            (a + 1..r.saturating_sub(1)).find(|&i| self.lx.given_gender(&self.lowers[i]).is_some())
        {
            return Some(i);
        }
        let i = r.checked_sub(2)?;
        (i > a
            && !listed(&self.lx.conjunctions, &self.lowers[i - 1])
            && (i..r).all(|q| {
                self.toks[q].cap
                    && !self.lx.org_words.has_word(&self.lowers[q])
                    && self.lx.places.longest_at(&self.lowers, q).is_none()
            }))
        .then_some(i)
    }

    /// The length of the continuation of an organization's name at `j`
    /// (`org_continuations.txt`), if any. A capitalized phrase (`Y tế`)
    /// always continues it; a lower-case one (`cổ phần`) right after the
    /// organization word, or when the name goes on after it (`cổ phần dược
    /// phẩm Hà Tây`); an administrative unit (`tỉnh`) only before a
    /// capitalized place, a joiner (`và`) only before another continuation.
    fn org_continuation_at(
        &self,
        j: usize,
        b: usize,
        after_head: bool,
        depth: u8,
    ) -> Option<usize> {
        let (n, kind) = self.lx.org_continuations.longest_at(&self.lowers, j)?;
        let e = j + n;
        if e > b || (j..e).any(|i| self.inq[i].is_some() || self.skip[i] || !self.toks[i].is_word())
        {
            return None;
        }
        // A bounded look-ahead: chains of continuations are short.
        let goes_on = |e: usize| {
            e < b
                && (self.name_like(e)
                    || (depth < 3 && self.org_continuation_at(e, b, false, depth + 1).is_some()))
        };
        let ok = match kind {
            OrgCont::Part => self.toks[j].cap || after_head || goes_on(e),
            OrgCont::Place => e < b && self.name_like(e),
            OrgCont::Joiner => {
                e < b
                    && depth < 3
                    && self
                        .lx
                        .org_continuations
                        .longest_at(&self.lowers, e)
                        .is_some_and(|(_, k)| *k != OrgCont::Joiner)
                    && self.org_continuation_at(e, b, false, depth + 1).is_some()
            }
        };
        ok.then_some(n)
    }

    /// Whether token `i` follows an administrative unit (`huyện Lâm Hà`):
    /// a family name there opens a place, not a person's name.
    fn after_unit(&self, i: usize) -> bool {
        (i.saturating_sub(3)..i).any(|s| {
            self.lx
                .org_continuations
                .longest_at(&self.lowers, s)
                .is_some_and(|(n, k)| s + n == i && *k == OrgCont::Place)
        })
    }

    /// Whether the capitalized run starting at `k` ends in an organization
    /// word (`Progress Party`).
    fn org_run_at(&self, k: usize, b: usize) -> bool {
        let mut r = k;
        while r < b && self.name_like(r) {
            r += 1;
        }
        r > k && self.is_org_head(r)
    }

    /// `Chairman and CEO of Meadowlark,`: a few capitalized words after a
    /// title's `of` that end the run, with no title or given name among
    /// them, name the organization the title serves, not the person
    /// (`Minister of Finance Jane Doe` has a given name).
    fn org_after_of(&self, s: usize, b: usize) -> bool {
        let mut e = s;
        while e < b && e - s < 5 && self.name_like(e) {
            e += 1;
        }
        e > s
            && (e == b || !self.name_like(e))
            && self.toks.get(e).is_none_or(|t| !t.is_word())
            && (s..e).all(|i| {
                self.title_at(i).is_none() && self.lx.given_gender(&self.lowers[i]).is_none()
            })
    }

    /// Whether `k..j` (before an `of`) is a person's full name: two or more
    /// name words, no organization word, and no known place or organization
    /// running on through the `of` (`United States of America`). A title may
    /// open the run (`the Rev. Amos Kettering of Second Street Baptist`);
    /// the name words are those after it.
    fn person_name_before(&self, k: usize, j: usize, last_title: Option<usize>) -> bool {
        let mut k = last_title.map_or(k, |t| t + 1);
        if k < j && self.toks[k].is_punct('.') {
            k += 1;
        }
        let through = |n: Option<usize>| n.is_some_and(|n| k + n > j + 1);
        j >= k + 2
            && (k..j).all(|i| self.name_like(i) && !self.lx.org_words.has_word(&self.lowers[i]))
            && !through(self.lx.places.longest_at(&self.lowers, k).map(|(n, _)| n))
            && !through(self.lx.orgs.longest_at(&self.lowers, k).map(|(n, _)| n))
    }

    fn classify_chunk(
        &self,
        a: usize,
        b: usize,
        last_title: Option<usize>,
        si: usize,
        subject: bool,
    ) -> Option<Mention> {
        let mut name_a = last_title.map(|t| t + 1).unwrap_or(a);
        // `Tổng thống Mỹ Barack Obama`: a place between title and name.
        while last_title.is_some()
            && name_a + 1 < b
            && (self.is_place(name_a, name_a + 1) || self.toks[name_a].is_punct('.'))
            && self.title_at(name_a).is_none()
        {
            name_a += 1;
        }
        // `phát ngôn viên Nhà Trắng John Earnest`: a known organization
        // between title and name belongs to the role.
        if last_title.is_some()
            && let Some((n, _)) = self.lx.orgs.longest_at(&self.lowers, name_a)
            && name_a + n < b
            && (name_a + n..b).all(|k| self.name_like(k))
        {
            name_a += n;
        }
        // `Minister of Finance Ada Obiora`: the title runs through `of` and
        // the department's words to the person's given name, else to the
        // last two words.
        if last_title.is_some()
            && name_a + 2 < b
            && listed(&self.lx.genitive_links, &self.lowers[name_a])
            && !self.toks[name_a].cap
        {
            name_a = (name_a + 1..b - 1)
                .find(|&q| self.lx.given_gender(&self.lowers[q]).is_some())
                .unwrap_or(if b - name_a > 3 { b - 2 } else { name_a });
        }
        // `Indonesian Putri Wulandari`: a nationality adjective before a
        // full name is a role.
        if last_title.is_none()
            && name_a == a
            && let Some((n, Some(_))) = self.lx.places.longest_at(&self.lowers, a)
            && a + n + 2 <= b
            && (a..a + n).all(|k| self.toks[k].cap && !self.toks[k].lower.contains('.'))
            && (a + n..b).all(|k| self.name_like(k))
        {
            name_a = a + n;
        }
        // `Liberal Democrat Fraser Lindsay`, `Republican Dana Whitfield`: a
        // party's member noun before a full name opening with a given name
        // is a role.
        if last_title.is_none()
            && name_a == a
            && let Some((n, d)) = self.lx.descriptors.longest_at(&self.lowers, a)
            && d.concept.starts_with("party:")
            && a + n + 2 <= b
            && (a..a + n).all(|k| self.toks[k].cap)
            && self.lx.given_gender(&self.lowers[a + n]).is_some()
            && (a + n..b).all(|k| self.name_like(k))
        {
            name_a = a + n;
        }
        if name_a >= b {
            return None;
        }
        // `the Dane`, `the 24-year-old Kenyan`: a nationality or party noun
        // after a determiner describes a person; it names nobody.
        if b == a + 1 && self.descriptor_noun_after_determiner(a) {
            return None;
        }
        // `Hãng tin Đông Phong`: a news-agency classifier before the name.
        let classifier = last_title.is_none()
            && self.toks[a].cap
            && self
                .lx
                .org_words
                .longest_at(&self.lowers, a)
                .is_some_and(|(n, t)| n >= 2 && a + n < b && t == "agency");
        if classifier {
            let (n, _) = self.lx.org_words.longest_at(&self.lowers, a)?;
            name_a = a + n;
        }
        // `huyện Thạnh Bình Phạm Văn Tín`: the name starts at a family name
        // that leaves two to four words; the rest is the role. Three words
        // is the usual full name, then four (`Nguyễn Thị Bích Lộc`), then
        // two; a middle name that is also a family name (`Lê Hoàng Phúc`)
        // does not cut the name short.
        if !self.lx.family_names.is_empty()
            && b - name_a >= 3
            && let Some(i) = [3, 4, 2].into_iter().find_map(|len| {
                let i = b.checked_sub(len)?;
                (i >= name_a
                    && self.toks[i].cap
                    && self.lx.family_names.contains(&self.lowers[i])
                    && !self.after_unit(i))
                .then_some(i)
            })
        {
            name_a = i;
        }
        let s = self.sents[si];
        let sentence_initial = (s.a..a).all(|k| {
            self.skip[k] || (self.inq[k].is_some()) || self.lx.is_function(&self.toks[k].lower)
        });
        let possessor = self.toks.get(b).is_some_and(|t| t.kind == Tk::Possessive);
        // `Justice Department`: a title opening an organization's name.
        let honorific = last_title.is_some_and(|t| self.lx.pronouns.has_word(&self.lowers[t]));
        if name_a > a && self.is_org_head(b) && !honorific {
            name_a = a;
        }
        // `2:15 p.m. PT`, `14:00 GMT`: a time zone after a clock time.
        if b == a + 1 && a > 0 && is_acronym(&self.text[self.toks[a].s..self.toks[a].e]) {
            // `p.m.` may end in a token of its own.
            let k = if a > 1 && self.toks[a - 1].is_punct('.') {
                a - 2
            } else {
                a - 1
            };
            let p = &self.toks[k];
            let l = p.lower.trim_end_matches('.');
            // `06.00 GMT` (digits, a stop, digits), `19:40 BST`, `2 p.m. PT`.
            let digits = |w: &str| !w.is_empty() && w.bytes().all(|c| c.is_ascii_digit());
            if matches!(l, "a.m" | "p.m" | "am" | "pm")
                || (p.lower.contains(':') && p.lower.bytes().any(|c| c.is_ascii_digit()))
                || (digits(&p.lower)
                    && k >= 2
                    && matches!(self.toks[k - 1].kind, Tk::Punct('.' | ':'))
                    && digits(&self.toks[k - 2].lower))
                || p.lower
                    .split_once('.')
                    .is_some_and(|(h, m)| digits(h) && digits(m))
                // `at 1015 GMT`: wire copy's four-digit clock.
                || (digits(&p.lower)
                    && p.lower.len() == 4
                    && TIME_ZONES.contains(&&self.text[self.toks[a].s..self.toks[a].e]))
            {
                return None;
            }
        }
        // `Hollins & Vane`, `Procter & Gamble`: names joined by `&` are a
        // firm's.
        let ampersand = (name_a..b).any(|k| self.toks[k].is_punct('&'));
        let mut kind = if classifier || ampersand || self.is_org(name_a, b) {
            MKind::Org
        } else if self.is_place(name_a, b) && name_a == a {
            MKind::Place
        } else {
            MKind::Person
        };
        // `the Penobscot Shore Line`, `The Harrow Group`: a name of several
        // words after the definite article, with no title, is not a
        // person's.
        if kind == MKind::Person
            && a == name_a
            && b - a >= 2
            && a > 0
            && listed(&self.lx.definite_articles, &self.lowers[a - 1])
            && self.lx.given_gender(&self.lowers[a]).is_none()
        {
            kind = MKind::Org;
        }
        // `the 24-year-old Vantor Racing driver`, `the Halden team
        // principal`: a name between a determiner (and a few modifiers)
        // and a role in lower case is the role's organization.
        if kind == MKind::Person
            && a == name_a
            && self.role_follows(b)
            && self.after_determiner(a)
            && !(b - a >= 2 && self.lx.given_gender(&self.lowers[a]).is_some())
        {
            kind = MKind::Org;
        }
        // `Baxterley's said`: a name ending in a possessive (`run_end`) is
        // a shop's.
        if kind == MKind::Person && b > name_a + 1 && self.toks[b - 1].kind == Tk::Possessive {
            kind = MKind::Org;
        }
        // `the Otters`, `the Grizzlies`: a team's plural name.
        if kind == MKind::Person
            && a == name_a
            && b == a + 1
            && a > 0
            && listed(&self.lx.definite_articles, &self.lowers[a - 1])
            && self.lowers[a].len() > 3
            && self.lowers[a].ends_with('s')
            && !self
                .lx
                .singular_endings
                .iter()
                .any(|e| self.lowers[a].ends_with(e.as_str()))
            && self.lx.given_gender(&self.lowers[a]).is_none()
            && !self.surnames.contains(&fold(&self.lowers[a]))
        {
            kind = MKind::Org;
        }
        // `chief executive of Kelda Pumps`, `a researcher at Halvorsen
        // Labs`: a name tied to a title before it by a role link
        // (`language.txt`) is the organization the title serves, unless it
        // opens with a given name.
        if kind == MKind::Person
            && a == name_a
            && a >= 2
            && self.lx.role_links.iter().any(|w| *w == self.lowers[a - 1])
            && self.inq[a - 1].is_none()
            && self.title_ends_at(a - 1)
            && self.lx.given_gender(&self.lowers[a]).is_none()
        {
            kind = MKind::Org;
        }
        // `the pharmacy chain Medway`, `Environmental group Seawatch`: a
        // name right after an organization word in lower case is the
        // organization it describes, unless it opens with a given name.
        if kind == MKind::Person
            && a == name_a
            && a >= 1
            && self.inq[a - 1].is_none()
            && self.toks[a - 1].is_word()
            && (!self.toks[a - 1].cap || listed(&self.lx.org_descriptors, &self.lowers[a - 1]))
            && self.lx.org_words.has_word(&self.lowers[a - 1])
            && self.lx.given_gender(&self.lowers[a]).is_none()
        {
            kind = MKind::Org;
        }
        if kind == MKind::Person && b - name_a == 1 && a == name_a {
            let w = &self.toks[a];
            // A lone capitalized word opening a sentence is a name only when
            // it is known or acts as a subject.
            let acronym = is_acronym(&self.text[w.s..w.e]);
            if acronym {
                kind = MKind::Org;
            } else if sentence_initial
                && ((!self.known_token(&w.lower) && !self.verb_follows(b))
                    // `Critics warned …`: a group, not a name.
                    || self
                        .lx
                        .anonymous
                        .longest_at(&self.lowers, a)
                        .is_some_and(|(n, _)| n == 1))
            {
                return None;
            }
        }
        let role = (name_a > a)
            .then(|| self.surface(a, name_a))
            .map(|r| r.trim_end_matches(['.', ',']).to_string());
        let affiliations = if name_a > a {
            self.orgs_in(a, name_a)
        } else {
            Vec::new()
        };
        Some(Mention {
            a,
            b,
            name_a,
            kind,
            role,
            affiliations,
            ent: None,
            subject: subject && !possessor,
            possessor,
        })
    }

    /// Whether a role in lower case (`titles.txt`) follows at `b`.
    fn role_follows(&self, b: usize) -> bool {
        self.toks.get(b).is_some_and(|t| t.is_word() && !t.cap)
            && self.inq[b].is_none()
            && self.lx.titles.longest_at(&self.lowers, b).is_some()
    }

    /// Whether `the`, `a` or `an` comes before token `a`, past at most
    /// three modifiers in lower case (`the 24-year-old`).
    fn after_determiner(&self, a: usize) -> bool {
        let mut k = a;
        while k > 0 && a - k <= 3 {
            let t = &self.toks[k - 1];
            if !t.is_word() || self.inq[k - 1].is_some() {
                return false;
            }
            if listed(&self.lx.articles, &self.lowers[k - 1]) {
                return true;
            }
            if t.cap || self.lx.is_function(&self.lowers[k - 1]) {
                return false;
            }
            k -= 1;
        }
        false
    }

    /// Whether token `a` is a nationality or party noun (`Dane`,
    /// `Republican`) after a determiner and at most three modifiers (`the
    /// 24-year-old Kenyan`, `a Republican`).
    pub(crate) fn descriptor_noun_after_determiner(&self, a: usize) -> bool {
        if !self
            .lx
            .descriptors
            .longest_at(&self.lowers, a)
            .is_some_and(|(n, d)| n == 1 && d.noun && !d.concept.starts_with("kin:"))
        {
            return false;
        }
        let mut k = a;
        while k > 0 && a - k <= 3 {
            let t = &self.toks[k - 1];
            if !t.is_word() || self.inq[k - 1].is_some() {
                return false;
            }
            let l = self.lowers[k - 1].as_str();
            if listed(&self.lx.descriptor_openers, l) {
                return true;
            }
            if t.cap || self.lx.is_function(l) || self.lx.verbs.has_word(l) {
                return false;
            }
            k -= 1;
        }
        false
    }

    /// Whether a verb (after auxiliaries or an apposition) follows `b`.
    fn verb_follows(&self, mut b: usize) -> bool {
        while b < self.toks.len()
            && (self.lx.auxiliaries.contains(&self.toks[b].lower)
                || self.lx.adverb_like(&self.toks[b].lower))
        {
            b += 1;
        }
        if b >= self.toks.len() {
            return false;
        }
        if self.lx.verbs.longest_at(&self.lowers, b).is_some() {
            return true;
        }
        // `Toner: "…"`: a speaker label.
        if self.toks[b].is_punct(':') && self.inq.get(b + 1).is_some_and(Option::is_some) {
            return true;
        }
        // `Vásquez, a retired harvester, …`, `Earnest, who …`: an apposition.
        self.toks[b].is_punct(',')
            && self.lowers.get(b + 1).is_some_and(|n| {
                self.lx.relatives.contains(n)
                    || listed(&self.lx.articles, n)
                    || n.chars().all(|c| c.is_ascii_digit())
                    || self.lx.titles.longest_at(&self.lowers, b + 1).is_some()
            })
    }

    /// Whether token `k` is a known organization's name or an organization word.
    fn known_org_word(&self, k: usize) -> bool {
        self.lx.orgs.has_word(&self.lowers[k]) || self.lx.org_words.has_word(&self.lowers[k])
    }

    fn known_token(&self, lower: &str) -> bool {
        let f = fold(lower);
        self.ent_by_last.contains_key(&f)
            || self.surnames.contains(&f)
            || self.given_seen.contains(&f)
            || self.lx.orgs.has_word(lower)
            || self.lx.places.has_word(lower)
    }

    pub(crate) fn is_place(&self, a: usize, b: usize) -> bool {
        self.lx
            .places
            .longest_at(&self.lowers, a)
            .is_some_and(|(n, _)| a + n == b)
            || (b == a + 1 && {
                let w = &self.toks[a].lower;
                self.lx.places.has_word(w.trim_end_matches('.'))
            })
    }

    /// Whether the chunk ending at `b` ends in an organization word
    /// (`Justice Department`, `Wall Street Journal`).
    fn is_org_head(&self, b: usize) -> bool {
        b > 0 && self.toks[b - 1].cap && self.lx.org_words.has_word(&self.toks[b - 1].lower)
    }

    pub(crate) fn is_org(&self, a: usize, b: usize) -> bool {
        if self
            .lx
            .orgs
            .longest_at(&self.lowers, a)
            .is_some_and(|(n, _)| a + n == b)
        {
            return true;
        }
        (a..b).any(|k| {
            (self.toks[k].cap || k > a)
                && self
                    .lx
                    .org_words
                    .longest_at(&self.lowers, k)
                    .is_some_and(|(n, _)| k + n <= b)
        })
    }

    /// The organization type of a name, from its org words.
    pub(crate) fn org_type(&self, a: usize, b: usize) -> Option<String> {
        if let Some((n, o)) = self.lx.orgs.longest_at(&self.lowers, a)
            && a + n == b
            && !o.kind.is_empty()
        {
            return Some(o.kind.clone());
        }
        // `the environmental group Seawatch Alliance`: an organization word
        // in lower case right before the name says what it is.
        if let Some(p) = a.checked_sub(1)
            && self.toks[p].is_word()
            && !self.toks[p].cap
            && self.inq[p].is_none()
            && let Some(t) = self.lx.org_words.word(&self.toks[p].lower)
            && !t.is_empty()
        {
            return Some(t.clone());
        }
        (a..b)
            .rev()
            .find_map(|k| {
                self.lx
                    .org_words
                    .word(&self.toks[k].lower)
                    .filter(|t| !t.is_empty())
                    .cloned()
            })
            .or_else(|| {
                a.checked_sub(1).and_then(|p| {
                    self.lx
                        .org_words
                        .word(&self.toks[p].lower)
                        .filter(|t| !t.is_empty())
                        .cloned()
                })
            })
    }

    fn orgs_in(&self, a: usize, b: usize) -> Vec<String> {
        let mut out = Vec::new();
        let mut k = a;
        while k < b {
            if let Some((n, o)) = self.lx.orgs.longest_at(&self.lowers, k)
                && k + n <= b
            {
                out.push(o.name.clone());
                k += n;
                continue;
            }
            k += 1;
        }
        out
    }

    /// The runs of two or more capitalized words in a role `a..b` that
    /// name an organization by an organization word (`Calderbrook
    /// Rovers`), and are no title.
    fn role_orgs(&self, a: usize, b: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut k = a;
        while k < b {
            if !(self.name_like(k) && self.title_at(k).is_none()) {
                k += 1;
                continue;
            }
            let s = k;
            while k < b && self.name_like(k) && self.title_at(k).is_none() {
                k += 1;
            }
            if k - s >= 2 && self.is_org(s, k) && self.lx.orgs.longest_at(&self.lowers, s).is_none()
            {
                out.push((s, k));
            }
        }
        out
    }

    /// Links every name mention to a local entity, in text order.
    pub(crate) fn resolve_names(&mut self) {
        let later_full = self.full_names_by_first();
        for mi in 0..self.mentions.len() {
            let m = self.mentions[mi].clone();
            if !matches!(m.kind, MKind::Person | MKind::Org) {
                continue;
            }
            let name = self.surface(m.name_a, m.b);
            let gender = self.gender_of_mention(&m).or_else(|| self.kin_gender(mi));
            let org = m.kind == MKind::Org;
            // `Ms Ramaswamy-Hart` after `Priya Ramaswamy-Hart KC`: the key
            // leaves the post-nominal out.
            let mut key = if org || self.name_end(m.name_a, m.b) == m.b {
                name_key(&name)
            } else {
                name_key(&self.surface(m.name_a, self.name_end(m.name_a, m.b)))
            };
            // `"Got to keep busy," Wiremu said.` before `Wiremu Tane, 61,
            // has lived there`: a given name alone, before the one full name
            // it opens, is that person.
            if !org
                && key.len() == 1
                && self.find_entity(&key, &name, org, gender).is_none()
                && let Some(full) = later_full.get(&key[0])
            {
                key = full.clone();
            }
            // `former Calderbrook Rovers prop Gary Shorrocks`: an
            // organization named in the role is mentioned too, so that
            // `Rovers` later is the same club.
            let role_orgs = if m.kind == MKind::Person {
                self.role_orgs(m.a, m.name_a)
            } else {
                Vec::new()
            };
            for &(ra, rb) in &role_orgs {
                let o = self.surface(ra, rb);
                self.link_name(&o, true, ra, rb);
            }
            let e = self.link_name_keyed(&name, key, org, m.name_a, m.b, gender);
            for &(ra, rb) in &role_orgs {
                let o = self.surface(ra, rb);
                self.ents[e].affiliations.insert(o);
            }
            let titled = self.surface(m.a, m.b);
            let gender = gender.or_else(|| self.pronoun_after(&m));
            let ent = &mut self.ents[e];
            if ent.gender.is_none() {
                ent.gender = gender;
            }
            if let Some(r) = &m.role {
                // `Ông`, `Mr.`: a form of address, not a role.
                if !self.lx.is_courtesy(r) {
                    ent.roles.insert(r.clone());
                }
                ent.titled.insert(titled);
            }
            ent.affiliations.extend(m.affiliations.iter().cloned());
            // `Petra Lindqvist of Harrow Row Partners`: the organization
            // right after `of` is an affiliation.
            if m.kind == MKind::Person
                && self
                    .lowers
                    .get(m.b)
                    .is_some_and(|w| listed(&self.lx.genitive_links, w))
                && let Some(next) = self.mentions.get(mi + 1)
                && next.a == m.b + 1
                && next.kind == MKind::Org
            {
                let org = self.surface(next.name_a, next.b);
                self.ents[e].affiliations.insert(org);
            }
            self.mentions[mi].ent = Some(e);
            // `British Ministry of Defense (MoD)`: an acronym in brackets.
            if self.toks.get(m.b).is_some_and(|t| t.is_punct('('))
                && self.toks.get(m.b + 2).is_some_and(|t| t.is_punct(')'))
                && is_acronym(&self.surface(m.b + 1, m.b + 2))
            {
                let acr = self.surface(m.b + 1, m.b + 2);
                self.ents[e].acronyms.insert(acr);
            }
        }
    }

    /// The gender of the pronoun that takes up a speaker in the same
    /// sentence: `…, Quintero-Hale said, but she would not …`.
    fn pronoun_after(&self, m: &Mention) -> Option<char> {
        if m.kind != MKind::Person {
            return None;
        }
        let mut k = m.b;
        if !self.lx.verbs.has_word(self.lowers.get(k)?) {
            return None;
        }
        k += 1;
        // Not `McBride said she fell`: that `she` is as often another
        // woman (his mother) as the speaker.
        if self.toks.get(k)?.is_punct(',')
            && self
                .lowers
                .get(k + 1)
                .is_some_and(|w| listed(&self.lx.conjunctions, w))
        {
            k += 2;
        } else {
            return None;
        }
        let t = self.toks.get(k)?;
        if self.inq[k].is_some() || self.sent_of[k] != self.sent_of[m.a] {
            return None;
        }
        match self.lx.pronouns.word(&t.lower)? {
            PronounKind::Male => Some('m'),
            PronounKind::Female => Some('f'),
            _ => None,
        }
    }

    /// A person's gender from a gendered title before the name (`Mrs`,
    /// `bà`, `spokeswoman`) or from the given name of a full name.
    fn gender_of_mention(&self, m: &Mention) -> Option<char> {
        if m.kind != MKind::Person {
            return None;
        }
        let title = (m.a..m.name_a)
            .rev()
            .find_map(|k| self.lx.genders.get(self.lowers[k].as_str()).copied());
        let given = (m.b - m.name_a >= 2)
            .then(|| self.lx.given_gender(&self.lowers[m.name_a]))
            .flatten();
        // `Nguyễn Văn An`, `Lê Thị Hoa`: a middle name that tells the
        // gender, in languages written family name first.
        let middle = || {
            (m.name_a + 1..m.b.saturating_sub(1))
                .find_map(|k| self.lx.middle_names.get(self.lowers[k].as_str()).copied())
        };
        title.or(given).or_else(middle)
    }

    /// Finds or creates the local entity for a name.
    pub(crate) fn link_name(&mut self, name: &str, org: bool, a: usize, b: usize) -> usize {
        self.link_name_with(name, org, a, b, None)
    }

    /// [`Doc::link_name`] for a mention whose title tells the gender
    /// (`Ms. Castellano`): entities known to be of the other gender are
    /// not candidates.
    fn link_name_with(
        &mut self,
        name: &str,
        org: bool,
        a: usize,
        b: usize,
        gender: Option<char>,
    ) -> usize {
        self.link_name_keyed(name, name_key(name), org, a, b, gender)
    }

    /// The full person names of the article by their first word, for first
    /// words that open exactly one full name and are nobody's surname.
    fn full_names_by_first(&self) -> rustc_hash::FxHashMap<String, Vec<String>> {
        let mut by_first: rustc_hash::FxHashMap<String, Option<Vec<String>>> = Default::default();
        let mut last_words: rustc_hash::FxHashSet<String> = Default::default();
        // Family-name-first languages (`Nguyễn Văn An`) never shorten a
        // name to its first word.
        if !self.lx.family_names.is_empty() {
            return Default::default();
        }
        for m in &self.mentions {
            if m.kind != MKind::Person || m.b - m.name_a < 2 {
                continue;
            }
            let key = name_key(&self.surface(m.name_a, self.name_end(m.name_a, m.b)));
            if key.len() < 2 {
                continue;
            }
            last_words.insert(key[key.len() - 1].clone());
            // `Norvalia Henrik Aaltonen-Berg` after a title: a place's name
            // is no given name.
            if self.is_place(m.name_a, m.name_a + 1) || self.known_org_word(m.name_a) {
                continue;
            }
            by_first
                .entry(key[0].clone())
                .and_modify(|k| {
                    if k.as_ref().is_some_and(|k| *k != key) {
                        *k = None;
                    }
                })
                .or_insert_with(|| Some(key.clone()));
        }
        by_first
            .into_iter()
            .filter(|(f, _)| !last_words.contains(f))
            .filter_map(|(f, k)| Some((f, k?)))
            .collect()
    }

    /// [`Doc::link_name_with`] with the name key given.
    fn link_name_keyed(
        &mut self,
        name: &str,
        key: Vec<String>,
        org: bool,
        a: usize,
        b: usize,
        gender: Option<char>,
    ) -> usize {
        // `Công ty cam kết …` after `Công ty CP Xây dựng Phú Hưng`: a name
        // that is only an organization word stands for the last
        // organization whose name opens with it.
        let short_ref = org
            && self
                .lx
                .org_words
                .longest_at(&self.lowers, a)
                .is_some_and(|(n, _)| a + n == b);
        let found = if short_ref {
            self.org_ents
                .iter()
                .rev()
                .take(LOOKBACK_ORGS)
                .copied()
                .find(|&e| {
                    let ent = &self.ents[e];
                    ent.key.len() > key.len() && ent.key.starts_with(&key)
                })
                .or_else(|| self.find_entity(&key, name, org, gender))
        } else {
            self.find_entity(&key, name, org, gender)
        };
        let e = match found {
            Some(e) => e,
            None => {
                let orgtype = if org { self.org_type(a, b) } else { None };
                self.ents.push(LocalEntity {
                    kind: if org {
                        EntityKind::Organization
                    } else {
                        EntityKind::Person
                    },
                    forms: Vec::new(),
                    key: key.clone(),
                    roles: BTreeSet::new(),
                    affiliations: BTreeSet::new(),
                    orgtype,
                    acronyms: BTreeSet::new(),
                    titled: BTreeSet::new(),
                    gender: None,
                    last: a,
                });
                let e = self.ents.len() - 1;
                if let Some(l) = key.last() {
                    self.ent_by_last.entry(l.clone()).or_default().push(e);
                }
                if key.len() >= 2 {
                    self.ent_by_first.entry(key[0].clone()).or_default().push(e);
                }
                if org {
                    self.org_ents.push(e);
                }
                e
            }
        };
        let ent = &mut self.ents[e];
        if key.len() > ent.key.len() && ent.key.last() == key.last() {
            ent.key = key.clone();
            if ent.kind == EntityKind::Person {
                self.ent_by_first.entry(key[0].clone()).or_default().push(e);
            }
        }
        // `Kelda Pumps opens plant` then `chief executive of Kelda Pumps`:
        // a name taken for a person's by default (no gender, no title) is
        // an organization's once the same name is written as one.
        let ent = &mut self.ents[e];
        if org
            && ent.kind == EntityKind::Person
            && ent.key == key
            && ent.gender.is_none()
            && ent.titled.is_empty()
            && key.len() >= 2
        {
            ent.kind = EntityKind::Organization;
            self.org_ents.push(e);
        }
        let ent = &mut self.ents[e];
        ent.last = ent.last.max(a);
        if ent.kind == EntityKind::Organization && ent.orgtype.is_none() && org {
            let t = self.org_type(a, b);
            self.ents[e].orgtype = t;
        }
        let ent = &mut self.ents[e];
        match ent.forms.iter_mut().find(|(f, _)| f == name) {
            Some(f) => f.1 += 1,
            None => ent.forms.push((name.to_string(), 1)),
        }
        e
    }

    fn find_entity(
        &self,
        key: &[String],
        name: &str,
        org: bool,
        gender: Option<char>,
    ) -> Option<usize> {
        if key.is_empty() {
            return None;
        }
        // Same name, then a short form (surname, `the Journal`), then an
        // acronym; the most recently mentioned candidate wins.
        let mut best: Option<(usize, usize)> = None;
        // Among candidates of one rank, a name spelled with the same
        // letters and diacritics wins over one equal only when folded
        // (`bà Hiền` is not `Nguyễn Văn Hiển`); then the most recent.
        let last_word = |s: &str| crate::text::lowercase(s.rsplit(' ').next().unwrap_or(""));
        let written = last_word(name);
        let consider = |e: usize, rank: usize, best: &mut Option<(usize, usize)>| {
            let exact = self.ents[e].forms.iter().any(|(f, _)| {
                // `to_lowercase` of ASCII is ASCII lower case, and `written`
                // (a lowercase form) holds no ASCII capital.
                let w = f.rsplit(' ').next().unwrap_or("");
                if w.is_ascii() {
                    w.eq_ignore_ascii_case(&written)
                } else {
                    crate::text::lowercase(w) == written
                }
            });
            let score = rank * 100_000_000 + usize::from(exact) * 50_000_000 + self.ents[e].last;
            if best.is_none_or(|(_, s)| score > s) {
                *best = Some((e, score));
            }
        };
        let same_last = key
            .last()
            .and_then(|l| self.ent_by_last.get(l))
            .into_iter()
            .flatten();
        // A given name alone may stand for a full name.
        // So may the first words of one (`Mohd Fadhlullah`).
        let same_first = (!key.is_empty())
            .then(|| self.ent_by_first.get(&key[0]))
            .flatten()
            .into_iter()
            .flatten();
        // Acronyms can match any organization; the rest share the last word.
        let acronym = key.len() == 1 && is_acronym(name);
        let orgs = self
            .org_ents
            .iter()
            .rev()
            .take(if acronym { 400 } else { 0 });
        let mut cands: Vec<usize> = same_last.chain(same_first).chain(orgs).copied().collect();
        // A one-word name no name ends with may be a Hong Kong surname
        // (`Chan` for `Ricky Chan Tsz-hin`): the people named so.
        if key.len() == 1 && !org && cands.is_empty() {
            cands.extend((0..self.ents.len()).filter(|&e| {
                surname_before_last(&self.ents[e].key, &key[0])
                    && self.ents[e].kind == EntityKind::Person
            }));
        }
        cands.sort_unstable();
        cands.dedup();
        for e in cands {
            let ent = &self.ents[e];
            if gender.is_some() && ent.gender.is_some() && ent.gender != gender {
                continue;
            }
            if ent.key == key {
                consider(e, 3, &mut best);
            } else if ent.key.last() == key.last()
                && (key.len() == 1
                    || (ent.key.len() == 1 && ent.kind == EntityKind::Person && !org))
            {
                // Two people sharing a surname (`Rosalind Achterberg` and
                // her daughter `Liesbeth Achterberg`): the bare surname stays
                // with the one it already stood for; news style names the
                // other in full.
                let used = key.len() == 1 && ent.forms.iter().any(|(f, _)| f == name);
                consider(e, if used { 3 } else { 2 }, &mut best);
            } else if key.len() >= 2
                && !org
                && ent.kind == EntityKind::Person
                && ent.key.len() > key.len()
                && ent.key.ends_with(key)
                && self.given_words(&ent.key[..ent.key.len() - key.len()])
            {
                // The last words of a full name: a compound surname
                // (`Fernández de Castro`), or the middle and given names
                // Vietnamese calls people by (`Quốc Huy` for `Đinh Quốc Huy`).
                consider(e, 2, &mut best);
            } else if key.len() > ent.key.len()
                && ent.key.len() >= 2
                && !org
                && ent.kind == EntityKind::Person
                && key.ends_with(&ent.key)
                && self.given_words(&key[..key.len() - ent.key.len()])
            {
                // The same, the short form first (a headline's `Quốc Huy`
                // before `Đinh Quốc Huy` in the text).
                consider(e, 2, &mut best);
            } else if key.len() == 2 && !org && ent.kind == EntityKind::Person && {
                // `Maria Vasquez` for `Maria Elena Vasquez`, `Nana Boakye`
                // for `Nana Ofori Atta Boakye III`: the first and last
                // words of a longer name (before letters after it).
                let mut full = &ent.key[..];
                while full.len() > 2
                    && full
                        .last()
                        .is_some_and(|w| self.lx.postnominals.contains(w))
                {
                    full = &full[..full.len() - 1];
                }
                full.len() >= 3 && full[0] == key[0] && full.last() == key.last()
            } {
                consider(e, 2, &mut best);
            } else if key.len() == 1
                && !org
                && ent.kind == EntityKind::Person
                && surname_before_last(&ent.key, &key[0])
                && ent.forms.iter().any(|(f, _)| syllable_given_last(f))
            {
                // `Chan` for `Ricky Chan Tsz-hin`: a Hong Kong name puts the
                // Chinese given name, its syllables joined by a hyphen,
                // after the surname.
                consider(e, 2, &mut best);
            } else if key.len() >= 2
                && !org
                && ent.kind == EntityKind::Person
                && ent.key.len() > key.len()
                && ent.key.starts_with(key)
                && self.given_words(&ent.key[key.len()..])
            {
                // `Mohd Fadhlullah` for `Mohd Fadhlullah Ismail`: the given
                // names without the family or father's name (not a title-case
                // headline opening with the name).
                consider(e, 1, &mut best);
            } else if key.len() == 1
                && is_acronym(name)
                && (ent.acronyms.contains(name) || acronym_of(name, &ent.key))
            {
                consider(e, 1, &mut best);
            } else if key.len() == 1
                && !org
                && ent.kind == EntityKind::Person
                && ent.key.len() >= 2
                && ent.key[0] == key[0]
            {
                // A given name alone (`Tomas said`), in features and sports.
                consider(e, 1, &mut best);
            } else if key.len() == 1
                && ent.kind == EntityKind::Organization
                && ent.key.len() >= 2
                && ent.key[0] == key[0]
                && !self.lx.org_words.has_word(&key[0])
            {
                // The distinctive first word of an organization's name
                // (`Brackwater` for `Brackwater Systems`).
                consider(e, 1, &mut best);
            } else if key.len() >= 2
                && !org
                && ent.kind == EntityKind::Person
                && ent.key.len() > key.len()
                && ent.key.ends_with(key)
            {
                // The last words of a full name (`García Márquez`, `Hữu Nam`
                // for `Trần Hữu Nam`).
                consider(e, 2, &mut best);
            } else if org
                && ent.kind == EntityKind::Organization
                && ent.key.len() == 1
                && key.len() >= 2
                && key.ends_with(&ent.key)
            {
                // `Calderbrook Rovers` after a headline's `Rovers`: the
                // full name of the club named short first.
                consider(e, 2, &mut best);
            } else if org
                && ent.kind == EntityKind::Organization
                && key.len() >= 2
                && ent.key.ends_with(key)
            {
                // `the Interior Ministry` after `the Tarsanian Interior
                // Ministry`; `Phú Hưng` after `Công ty CP Xây dựng Phú Hưng`.
                consider(e, 2, &mut best);
            }
        }
        best.map(|(e, _)| e)
            .or_else(|| self.misspelled_surname(key, org, gender))
    }

    /// `Mr. Abernethy` in an article about `Desmond Abernathy`: a surname
    /// alone, of at least [`MIN_MISSPELT`] letters, one edit away from the
    /// surname of exactly one person named in full, and from nobody else's.
    fn misspelled_surname(&self, key: &[String], org: bool, gender: Option<char>) -> Option<usize> {
        let [w] = key else {
            return None;
        };
        if org || w.chars().count() < MIN_MISSPELT || self.lx.function_words.contains(w) {
            return None;
        }
        let mut found = None;
        for (e, ent) in self.ents.iter().enumerate().rev().take(LOOKBACK_ORGS) {
            let Some(last) = ent.key.last() else {
                continue;
            };
            if ent.key.len() < 2
                || last.chars().count() < MIN_MISSPELT
                || last.chars().next() != w.chars().next()
                || crate::text::edit_distance(last, w) != 1
            {
                continue;
            }
            if ent.kind != EntityKind::Person
                || (gender.is_some() && ent.gender.is_some() && ent.gender != gender)
                || found.is_some()
            {
                return None;
            }
            found = Some(e);
        }
        found
    }
}

/// A party-and-place tag after a politician's name (`R-Texas`, `D-Calif.`).
pub(crate) fn is_party_tag(w: &str) -> bool {
    let mut c = w.chars();
    matches!((c.next(), c.next(), c.next()), (Some('R' | 'D' | 'I'), Some('-'), Some(x)) if x.is_uppercase())
}

impl Doc<'_> {
    /// Whether `w` is a form of a cue verb that cannot be a noun: neither
    /// a base form (`claim`, `reply`: some form adds `s` or `ies` to it)
    /// nor a third-person form (`claims`), so a past form (`said`,
    /// `replied`) or a participle.
    fn finite_only_verb(&self, w: &str) -> bool {
        let v = &self.lx.verbs;
        let base = v.has_word(&format!("{w}s"))
            || w.strip_suffix('y')
                .is_some_and(|s| v.has_word(&format!("{s}ies")));
        let third = w.strip_suffix('s').is_some_and(|s| {
            v.has_word(s)
                || s.strip_suffix('e').is_some_and(|s| v.has_word(s))
                || s.strip_suffix("ie")
                    .is_some_and(|s| v.has_word(&format!("{s}y")))
        });
        v.has_word(w) && !base && !third
    }
}

/// A coalition's or party's letters joined to a seat (`BN-Bukit`,
/// `PH-Klang`), written in brackets after a member's name.
fn is_bloc_tag(w: &str) -> bool {
    w.split_once('-').is_some_and(|(a, b)| {
        (2..=5).contains(&a.len())
            && a.bytes().all(|c| c.is_ascii_uppercase())
            && b.chars().next().is_some_and(char::is_uppercase)
            && b.chars().skip(1).any(char::is_lowercase)
    })
}

impl Doc<'_> {
    /// Whether the folded words that lengthen a name are the rest of a
    /// person's name (`Đinh`, `Lucía`), not a phrase around it (`Shares
    /// of`, an acronym `CDC`).
    fn given_words(&self, words: &[String]) -> bool {
        if !self.lx.family_names.is_empty() {
            return words.len() == 1 && self.lx.family_keys.contains(&words[0]);
        }
        !words.is_empty()
            && words.len() <= 2
            && words.iter().all(|w| {
                !listed(&self.lx.name_connectors, w)
                    && !self.lx.function_words.contains(w)
                    && !self.lx.org_words.has_word(w)
                    && !self.lx.titles.has_word(w)
            })
    }
}

/// Whether `word` is the word before the last of a name of three words or
/// more (`chan` in `ricky chan tsz-hin`).
fn surname_before_last(key: &[String], word: &str) -> bool {
    key.len() >= 3 && key[key.len() - 2] == word
}

/// Whether a name of three words or more ends in a given name of syllables
/// joined by a hyphen, the second in lower case (`Ricky Chan Tsz-hin`), so
/// that the word before it is the surname. A double-barrelled surname
/// capitalizes both parts (`Holder-Griffith`).
fn syllable_given_last(form: &str) -> bool {
    let mut words = form.split(' ');
    let last = words.next_back().unwrap_or("");
    words.count() >= 2
        && last.split_once('-').is_some_and(|(a, b)| {
            let mut a = a.chars();
            a.next().is_some_and(char::is_uppercase)
                && a.all(char::is_lowercase)
                && !b.is_empty()
                && b.chars().all(char::is_lowercase)
        })
}

/// Folded name tokens without a leading article.
pub fn name_key(name: &str) -> Vec<String> {
    if name.is_ascii() {
        return name_key_ascii(name);
    }
    name_key_folded(name)
}

/// [`name_key`] of an ASCII name: words split, trimmed and lowercased
/// straight from the bytes, without folding a copy first (`fold` is ASCII
/// lowercase there). The general version stays the reference in the tests.
fn name_key_ascii(name: &str) -> Vec<String> {
    let b = name.as_bytes();
    let mut out: Vec<String> = Vec::with_capacity(4);
    let mut first = true;
    let mut i = 0;
    while i < b.len() {
        // A word: letters, digits, `-` and `'`.
        let start = i;
        while i < b.len() && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'-' | b'\'')) {
            i += 1;
        }
        let w = name[start..i].trim_matches('\'');
        if !w.is_empty() {
            if !(first && w.eq_ignore_ascii_case("the")) {
                out.push(w.to_ascii_lowercase());
            }
            first = false;
        }
        i += 1;
    }
    out
}

/// [`name_key`] by folding the whole name first.
fn name_key_folded(name: &str) -> Vec<String> {
    // `O'Neill` is one word.
    let mut w: Vec<String> = fold(name)
        .split(|c: char| !(crate::text::is_alnum(c) || matches!(c, '-' | '\'' | '’')))
        .map(|w| {
            let w = w.trim_matches(['\'', '’']);
            if crate::text::has_char(w, '’') {
                w.replace('’', "'")
            } else {
                w.to_string()
            }
        })
        .filter(|w| !w.is_empty())
        .collect();
    if w.first().is_some_and(|f| f == "the") {
        w.remove(0);
    }
    w
}

/// Time zones written after a clock time (`1015 GMT`); codes, the same in
/// every language.
const TIME_ZONES: &[&str] = &[
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "EST", "EDT", "CST", "CDT", "MST",
    "MDT", "PST", "PDT", "AKST", "HST", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "JST",
    "KST", "IST", "ICT", "SGT", "HKT", "MSK",
];

/// An all-capitals word of 2 to 6 letters (`WSJ`, `MoD` counts too).
pub fn is_acronym(w: &str) -> bool {
    let n = w.chars().count();
    (2..=6).contains(&n)
        && w.chars().all(char::is_alphabetic)
        && w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// Whether `acr` spells the initials of `key` (or of its words without
/// connectors, any language's `name_connectors`, or of a trailing part of
/// it). Names are compared across articles, whatever their language.
pub fn acronym_of(acr: &str, key: &[String]) -> bool {
    let a = fold(acr);
    let initials = |ws: &[String]| {
        ws.iter()
            .filter_map(|w| w.chars().next())
            .collect::<String>()
    };
    let content: Vec<String> = key
        .iter()
        .filter(|w| {
            !crate::lexicon::Lexicons::embedded()
                .langs
                .iter()
                .any(|l| listed(&l.name_connectors, w))
        })
        .cloned()
        .collect();
    (0..key.len()).any(|i| initials(&key[i..]) == a)
        || (0..content.len()).any(|i| initials(&content[i..]) == a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mention_kinds_compare_like_derived_equality() {
        /// `MKind` with the derived comparison: the reference.
        #[derive(PartialEq)]
        enum Derived<'a> {
            Person,
            Org,
            Place,
            Pronoun(PronounKind),
            Anon,
            Document(&'a str),
            OrgRef(&'a str),
            TitleRef(&'a str, bool),
            Described(&'a str, Option<char>, Option<&'a str>),
        }
        fn derived(k: &MKind) -> Derived<'_> {
            match k {
                MKind::Person => Derived::Person,
                MKind::Org => Derived::Org,
                MKind::Place => Derived::Place,
                MKind::Pronoun(p) => Derived::Pronoun(*p),
                MKind::Anon => Derived::Anon,
                MKind::Document(t) => Derived::Document(t),
                MKind::OrgRef(t) => Derived::OrgRef(t),
                MKind::TitleRef(t, d) => Derived::TitleRef(t, *d),
                MKind::Described(c, g, h) => Derived::Described(c, *g, h.as_deref()),
            }
        }
        let mut kinds = vec![MKind::Person, MKind::Org, MKind::Place, MKind::Anon];
        for s in ["", "a", "b"] {
            kinds.push(MKind::OrgRef(s.into()));
            kinds.push(MKind::Document(s.into()));
            for d in [false, true] {
                kinds.push(MKind::TitleRef(s.into(), d));
            }
            for g in [None, Some('m'), Some('f')] {
                for h in [None, Some(""), Some("x")] {
                    kinds.push(MKind::Described(s.into(), g, h.map(String::from)));
                }
            }
        }
        for s in ["he", "she", "they", "it", "i", "we"] {
            if let Some(p) = crate::lexicon::Lexicons::embedded()
                .get("en")
                .and_then(|lx| lx.pronouns.word(s))
            {
                kinds.push(MKind::Pronoun(*p));
            }
        }
        for a in &kinds {
            for b in &kinds {
                assert_eq!(a == b, derived(a) == derived(b), "{a:?} {b:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn ascii_name_key_agrees_on_random_text(n in "[a-zA-Z0-9 \t'.,-]{0,30}|(the|The|THE| |'|-|a){0,8}") {
            proptest::prop_assert_eq!(name_key_ascii(&n), name_key_folded(&n));
        }
    }

    #[test]
    fn acronyms() {
        assert!(acronym_of("WSJ", &name_key("Wall Street Journal")));
        // The ASCII path gives what folding the name first gives.
        for n in [
            "",
            "the",
            "The",
            "the the",
            "The New York Times",
            "O'Neill",
            "'Neill'",
            "a''b",
            "Jean-Luc  Picard",
            "x--y",
            "- -",
            "'",
            "the'",
            "'the",
            "THE Who",
            "r2-d2",
            "A. B. Smith",
            "U.S.",
            "the\tTimes",
            "a\u{7f}b",
        ] {
            assert_eq!(name_key_ascii(n), name_key_folded(n), "{n:?}");
        }
        for text in crate::mine::test_articles() {
            let words: Vec<&str> = text.split(' ').collect();
            for i in 0..words.len() {
                for j in i + 1..(i + 5).min(words.len() + 1) {
                    let n = words[i..j].join(" ");
                    if n.is_ascii() {
                        assert_eq!(name_key_ascii(&n), name_key_folded(&n), "{n:?}");
                    }
                }
            }
        }
        assert!(acronym_of("MoD", &name_key("British Ministry of Defense")));
        assert!(!acronym_of("AP", &name_key("Wall Street Journal")));
        assert!(is_acronym("MoD") && is_acronym("WSJ") && !is_acronym("Obama"));
    }
}
