//! Attribution: ordered sieves that give each direct quote its speaker, and
//! the rules that find indirect and mixed speech.
//!
//! Sieves for a direct quote, most precise first (the `rule` field names the
//! one that decided):
//! 1. `cue-after`: a cue right after the quote (`"…," X said`, `"…," said X`,
//!    `"…," X, a doctor, said`, `"…," the official was quoted as saying`);
//! 2. `cue-before`: a cue right before it (`X said: "…"`, `X said "…"`);
//! 3. `cue-in-sentence`: the last cue before it in the sentence (`Obama said
//!    Tehran was negotiating "seriously"`, `…, saying "…"`);
//! 4. `cue-later-in-sentence`: a cue after it further on in the sentence;
//! 5. `cue-before-colon`: a sentence ending in a colon introduces the quote;
//! 6. `continuation`: no cue; the previous speaker goes on, with no other
//!    speaker named between;
//! 7. `previous-subject`: no cue; the subject of a recent sentence.
//!
//! Interviews printed as Q&A: `qa-turn` (see [`super::turns`]).
//!
//! Indirect speech: `indirect-cue` (`X said (that) …`), `indirect-final`
//! (`…, X said.`), `indirect-according` (`according to X, …`, `Theo X, …`).

use super::Doc;
use super::mentions::{MKind, Mention, is_party_tag};
use super::token::Tk;
use crate::lexicon::{AccordingPos, PronounKind, VerbFlags, listed};
use crate::model::{EntityKind, QuoteKind, SpeakerType};

/// An attributed quotation before offsets are mapped back to the input.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub cs: usize,
    pub ce: usize,
    pub kind: QuoteKind,
    pub ent: Option<usize>,
    pub mention: Option<String>,
    pub speaker_type: SpeakerType,
    pub cue: Option<String>,
    pub confidence: f32,
    pub rule: &'static str,
    pub cited: Option<String>,
    pub role: Option<String>,
}

/// A speaker as written: a token range and what it is.
#[derive(Clone, Debug)]
struct Slot {
    a: usize,
    b: usize,
    kind: MKind,
    mention: Option<usize>,
    role: Option<String>,
    cited: Option<String>,
}

impl Slot {
    /// An unnamed source over `a..b`, with no role or cited source.
    fn anon(a: usize, b: usize) -> Slot {
        Slot {
            a,
            b,
            kind: MKind::Anon,
            mention: None,
            role: None,
            cited: None,
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Cue {
    v: usize,
    len: usize,
    flags: VerbFlags,
}

/// Who a reported clause is credited to, and by which rule.
struct Source {
    slot: Slot,
    cue: String,
    rule: &'static str,
    conf: f32,
}

struct Item {
    cs: usize,
    ce: usize,
    /// Token where the quotation starts (for order and distance).
    at: usize,
    /// Token where it ends.
    end: usize,
    kind: QuoteKind,
    slot: Option<Slot>,
    cue: Option<String>,
    rule: &'static str,
    conf: f32,
    words: usize,
}

/// How many earlier quotations an exchange (a reply, a question and its
/// answer) looks back over for the other party.
const EXCHANGE_LOOKBACK: usize = 6;

/// How far (in tokens) from a quotation its cue is looked for.
const CUE_WINDOW: usize = 80;

/// The longest reported clause, in tokens; a longer one is cut there.
const MAX_CLAUSE: usize = 250;

/// How many mentions or earlier speakers an antecedent search looks back
/// over: enough for any article, and a bound that keeps huge inputs linear.
const LOOKBACK: usize = 400;

/// The organization types (`org_words.txt`) of news outlets.
const NEWS_TYPES: [&str; 4] = ["newspaper", "broadcaster", "media", "magazine"];

/// How many paragraphs back `the statement` looks for the sentence that
/// introduced the document ([`Doc::document_author`]).
const DOCUMENT_PARAGRAPHS: usize = 3;

/// How many words may stand between an author and the document it issues
/// (`X sau đó ra thông cáo`, `X issued a statement`).
const DOCUMENT_VERB: usize = 4;

/// How many tokens after a document its author may be named (`a report
/// released Monday by X`).
const DOCUMENT_AUTHOR: usize = 10;

/// Where the description before an apposition starts (`His lawyer` in
/// `His lawyer, Nathan Pruitt, said`): back to a clause boundary.
fn p_start(doc: &Doc<'_>, p: usize, lo: usize) -> usize {
    let mut a = p;
    while a > lo
        && (doc.toks[a - 1].is_word() || doc.toks[a - 1].kind == Tk::Possessive)
        && p - a < 6
    {
        a -= 1;
    }
    a
}

/// The gender a pronoun asks for: `m`, `f`, or any.
fn gender_of(pk: PronounKind) -> Option<char> {
    match pk {
        PronounKind::Male => Some('m'),
        PronounKind::Female => Some('f'),
        _ => None,
    }
}

/// Whether a role word fits the head of a description: the same word, or
/// its abbreviation (`Sen.` for `senator`, `Gov.` for `governor`).
fn role_word_matches(w: &str, head: &str) -> bool {
    let abbr = w.trim_end_matches('.');
    w == head
        || ((3..=4).contains(&abbr.chars().count())
            && head.starts_with(abbr)
            && head.len() > abbr.len() + 2)
}

/// The most tokens of a bracketed aside between a speaker and the cue.
const MAX_ASIDE: usize = 24;

impl Doc<'_> {
    #[inline]
    fn cue_at(&self, k: usize) -> Option<Cue> {
        let t = self.toks.get(k)?;
        if !t.is_word() || self.inq[k].is_some() || self.skip[k] {
            return None;
        }
        let (len, flags) = self.lx.verbs.longest_at(&self.lowers, k)?;
        // A verb right after a determiner or a possessive is a noun (`a
        // report`, `Ferrand-Osei's reply`).
        if k > 0
            && (matches!(
                self.lowers[k - 1].as_str(),
                "a" | "an" | "the" | "this" | "its" | "his" | "her" | "their"
            ) || (self.toks[k - 1].kind == Tk::Possessive
                // `Baxterley's said`: a shop's name ending in `'s`.
                && self.name_mention_ending(k).is_none()))
        {
            return None;
        }
        Some(Cue {
            v: k,
            len,
            flags: *flags,
        })
    }

    fn cues_in(&self, a: usize, b: usize) -> Vec<Cue> {
        let mut out = Vec::new();
        let mut k = a;
        while k < b {
            if let Some(c) = self.cue_at(k)
                && c.v + c.len <= b
            {
                out.push(c);
                k += c.len;
            } else {
                k += 1;
            }
        }
        out
    }

    fn is_aux(&self, k: usize) -> bool {
        let t = &self.toks[k];
        t.is_word()
            && self.inq[k].is_none()
            && (self.lx.auxiliaries.contains(&t.lower)
                || (!t.cap
                    && self.lx.adverb_like(&t.lower)
                    // `the family said`, `an ally said`, `the woman's
                    // family said`: a noun after a determiner.
                    && !(k > 0
                        && (listed(&self.lx.determiners, &self.lowers[k - 1])
                            || self.toks[k - 1].kind == Tk::Possessive))))
    }

    fn negated(&self, c: Cue, lo: usize) -> bool {
        // Within the cue's own clause: `No shots were fired, she said` is
        // not a denial.
        let mut from = c.v.saturating_sub(6).max(lo);
        if let Some(p) = (from..c.v).rev().find(|&j| !self.toks[j].is_word()) {
            from = p + 1;
        }
        (from..c.v).any(|j| {
            self.lowers[j].ends_with("n't")
                || self
                    .lx
                    .negations
                    .longest_at(&self.lowers, j)
                    .is_some_and(|(n, _)| j + n <= c.v)
        })
    }

    /// Whether the verb at `v` opens a relative clause after a comma (`X,
    /// who called …`), auxiliaries aside.
    fn after_relative(&self, v: usize, lo: usize) -> bool {
        self.relative_comma(v, lo).is_some()
    }

    /// The comma before the relative word opening the clause of the verb
    /// at `v`, auxiliaries aside (`, who said`, `, which has said`).
    fn relative_comma(&self, v: usize, lo: usize) -> Option<usize> {
        let mut j = v;
        while j > lo && self.is_aux(j - 1) {
            j -= 1;
        }
        (j >= lo + 3
            && self.toks[j - 1].is_word()
            && self.lx.relatives.contains(&self.lowers[j - 1])
            && self.toks[j - 2].is_punct(',')
            && self.inq[j - 2].is_none())
        .then(|| j - 2)
    }

    /// The person or organization a relative clause holding cue `c`
    /// (`Daniel Ahern, who said …`) is about: the name right before its
    /// comma, when no cue outside a relative clause follows in the
    /// sentence (else the relative clause is an aside before the main
    /// verb).
    fn relative_antecedent(&self, c: Cue, lo: usize, cues: &[Cue]) -> Option<Slot> {
        if cues
            .iter()
            .any(|d| d.v > c.v && !d.flags.quote_only && !self.after_relative(d.v, lo))
        {
            return None;
        }
        // `Kamaruddin Osman (BN-Bukit Kepong), who said`: past a bracket.
        let mut b = self.relative_comma(c.v, lo)?;
        if b > lo && self.toks[b - 1].is_punct(')') {
            let open = (lo..b - 1)
                .rev()
                .take(12)
                .find(|&k| self.toks[k].is_punct('('))?;
            b = open;
        }
        let mi = self.name_mention_ending(b)?;
        matches!(self.mentions[mi].kind, MKind::Person | MKind::Org).then(|| self.mention_slot(mi))
    }

    /// Whether a negation stands right before the cue, auxiliaries aside
    /// (`does not comment`, `never said`).
    fn negated_here(&self, c: Cue, lo: usize) -> bool {
        let mut j = c.v;
        while j > lo && c.v - j < 3 && self.is_aux(j - 1) && !self.lowers[j - 1].ends_with("n't") {
            j -= 1;
        }
        (j > lo && self.lowers[j - 1].ends_with("n't"))
            || (1..=3).any(|n| {
                j >= lo + n
                    && self
                        .lx
                        .negations
                        .longest_at(&self.lowers, j - n)
                        .is_some_and(|(m, _)| m == n)
            })
    }

    fn pronoun_at(&self, a: usize, b: usize) -> Option<PronounKind> {
        (a..b).find_map(|s| {
            self.lx
                .pronouns
                .longest_at(&self.lowers, s)
                .filter(|(n, _)| s + n == b)
                .map(|(_, k)| *k)
                .filter(|_| s == a || b - a <= 3)
        })
    }

    // Name mentions are sorted and do not overlap, so both their starts and
    // their ends increase: every look-up below is a binary search, and
    // searches for antecedents look back no further than `LOOKBACK`.

    fn name_mention_ending(&self, b: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.b < b);
        (self.mentions.get(i)?.b == b).then_some(i)
    }

    fn name_mention_starting(&self, a: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.a < a);
        (self.mentions.get(i)?.a == a).then_some(i)
    }

    /// Mentions that end by token `p`, nearest first.
    fn mentions_before(&self, p: usize) -> impl Iterator<Item = &Mention> {
        let end = self.mentions.partition_point(|m| m.b <= p);
        self.mentions[end.saturating_sub(LOOKBACK)..end]
            .iter()
            .rev()
    }

    /// Mentions from token `p` on, nearest first.
    fn mentions_after(&self, p: usize) -> impl Iterator<Item = &Mention> {
        let start = self.mentions.partition_point(|m| m.a < p);
        self.mentions[start..].iter().take(LOOKBACK)
    }

    /// Indices of the mentions inside tokens `a..b`.
    fn mentions_within(&self, a: usize, b: usize) -> std::ops::Range<usize> {
        let start = self.mentions.partition_point(|m| m.a < a);
        let end = self.mentions.partition_point(|m| m.b <= b).max(start);
        start..end
    }

    /// A description `a..b` whose head is a nationality, party or kinship
    /// word (`the Dane`, `the 24-year-old Kenyan`, `her father`, `the
    /// boy's mother`).
    fn descriptor_head(&self, a: usize, b: usize, definite: bool) -> Option<MKind> {
        let first = self.lowers[a].as_str();
        let possessed = definite
            || matches!(first, "his" | "her" | "their" | "my" | "our" | "its")
            || self.lx.descriptors.longest_at(&self.lowers, a).is_some();
        (a..b).find_map(|s| {
            let (n, d) = self.lx.descriptors.longest_at(&self.lowers, s)?;
            if s + n != b || !d.noun {
                return None;
            }
            let kin = d.concept.starts_with("kin:");
            // `the Dane`, not `Dane` alone (a name); `her father`.
            let ok = if kin { possessed } else { definite && s > a };
            ok.then(|| MKind::Described(d.concept.clone(), d.gender, None))
        })
    }

    /// A kinship word followed by a few function words or pronouns up to
    /// `j` (`mẹ của em`, `the mother of the boy`).
    fn kin_of(&self, j: usize, lo: usize) -> Option<Slot> {
        (j.saturating_sub(5).max(lo)..j.saturating_sub(1)).find_map(|s| {
            let (n, d) = self.lx.descriptors.longest_at(&self.lowers, s)?;
            if !d.concept.starts_with("kin:") || s + n >= j || self.inq[s].is_some() {
                return None;
            }
            let tail_ok = (s + n..j).all(|k| {
                self.toks[k].is_word()
                    && self.inq[k].is_none()
                    && (self.lx.is_function(&self.lowers[k])
                        || self.lx.pronouns.has_word(&self.lowers[k])
                        || listed(&self.lx.determiners, &self.lowers[k])
                        || (!self.toks[k].cap && k + 1 == j))
            }) && (s + n..j).any(|k| self.lx.is_function(&self.lowers[k]));
            if !tail_ok {
                return None;
            }
            let a = if s > lo
                && matches!(self.lowers[s - 1].as_str(), "the" | "his" | "her" | "their")
            {
                s - 1
            } else {
                s
            };
            Some(Slot {
                a,
                b: j,
                kind: MKind::Described(d.concept.clone(), d.gender, None),
                mention: None,
                role: None,
                cited: None,
            })
        })
    }

    /// `[title] người <place>` ending at `b` (`HLV người Hà Lan`, `cầu thủ
    /// người Brazil`): a person described by nationality, with the title
    /// written before it.
    fn marked_nationality(&self, place_a: usize, b: usize, lo: usize) -> Option<Slot> {
        let mk = place_a.checked_sub(1).filter(|&k| k >= lo)?;
        if self.inq[mk].is_some() || !self.lx.nationality_markers.contains(&self.lowers[mk]) {
            return None;
        }
        let concept = self.place_concept(place_a, b)?;
        // The title just before the marker, the longest first.
        let title = (mk.saturating_sub(4).max(lo)..mk).find(|&s| {
            self.lx
                .titles
                .longest_at(&self.lowers, s)
                .is_some_and(|(n, _)| s + n == mk)
        });
        let a = title.unwrap_or(mk);
        Some(Slot {
            a,
            b,
            kind: MKind::Described(concept, None, title.map(|t| self.lowers[t..mk].join(" "))),
            mention: None,
            role: None,
            cited: None,
        })
    }

    /// The concept of a place `a..b` (`country:netherlands` for `Hà Lan`,
    /// `Dutch` or `Netherlands`), when it is exactly one.
    fn place_concept(&self, a: usize, b: usize) -> Option<String> {
        let (n, p) = self.lx.places.longest_at(&self.lowers, a)?;
        (a + n == b).then(|| {
            let name = p.clone().unwrap_or_else(|| self.lowers[a..b].join(" "));
            format!("country:{}", crate::text::fold(&name))
        })
    }

    /// The nationality, party or kinship concept written at `k`, with its
    /// length: a descriptor (`Dane`, `Republican`, `father`), a place or
    /// nationality adjective (`Denmark`, `Danish`), a party tag (`R-Ohio`).
    fn concept_at(&self, k: usize) -> Option<(usize, String)> {
        if self.inq[k].is_some() || !self.toks[k].is_word() {
            return None;
        }
        // `Pole`, not `from pole` (a race's start): nationality and party
        // are written with a capital (`người Mỹ` has one too).
        if let Some((n, d)) = self.lx.descriptors.longest_at(&self.lowers, k)
            && (d.concept.starts_with("kin:") || (k..k + n).any(|i| self.toks[i].cap))
        {
            return Some((n, d.concept.clone()));
        }
        // `Wilde, 19, ranked …`, `the 19-year-old Kenyan`: an age.
        if let Some(n) = self.lx.age_of(&self.lowers[k]) {
            return Some((1, format!("age:{n}")));
        }
        let w = &self.text[self.toks[k].s..self.toks[k].e];
        if k > 0
            && self.toks[k - 1].is_punct(',')
            && self.toks.get(k + 1).is_some_and(|t| t.is_punct(','))
            && let Some(n) = crate::lexicon::small_number(w)
        {
            return Some((1, format!("age:{n}")));
        }
        if is_party_tag(w) {
            let tag: String = w.chars().take(2).collect::<String>().to_lowercase();
            return self
                .lx
                .descriptors
                .word(&tag)
                .map(|d| (1, d.concept.clone()));
        }
        if self.toks[k].cap
            && let Some((n, _)) = self.lx.places.longest_at(&self.lowers, k)
        {
            return self.place_concept(k, k + n).map(|c| (n, c));
        }
        None
    }

    /// The gender a kinship noun beside person mention `mi` tells (`Her
    /// son, Anders Brandvold`, `Kovac, her father,`).
    pub(crate) fn kin_gender(&self, mi: usize) -> Option<char> {
        if self.mentions[mi].kind != MKind::Person {
            return None;
        }
        self.mention_concepts(mi).iter().find_map(|c| {
            let noun = c.strip_prefix("kin:")?;
            self.lx.descriptors.word(noun)?.gender
        })
    }

    /// The concepts written around person mention `mi`: in its title, a
    /// few words before it (`Denmark's Anders Holm`, `her father, Dragan
    /// Kovac`) and in what follows it in its sentence (`Anders Holm of
    /// Denmark`, `Mbeki, who is Kenyan`, `X, a Republican,`, `X (R-Ohio)`).
    /// Kinship counts only right beside the name.
    pub(crate) fn mention_concepts(&self, mi: usize) -> Vec<String> {
        let m = &self.mentions[mi];
        let si = self.sent_of[m.a] as usize;
        let Some(s) = self.sents.get(si).copied() else {
            return Vec::new();
        };
        let person = |x: &Mention| x.kind == MKind::Person;
        let prev_end = self.mentions[..mi]
            .iter()
            .rev()
            .find(|x| person(x))
            .map_or(0, |x| x.b);
        let next_start = self.mentions[mi + 1..]
            .iter()
            .find(|x| person(x))
            .map_or(usize::MAX, |x| x.a);
        let mut out = Vec::new();
        // Before the name, back over a few words (and one comma right
        // before it: `her father, Dragan Kovac`), and in its title.
        let mut from = m.a;
        while from > s.a.max(prev_end) && m.a - from < 5 {
            let t = &self.toks[from - 1];
            if self.inq[from - 1].is_some() {
                break;
            }
            if !(t.is_word() || t.kind == Tk::Possessive || (t.is_punct(',') && from == m.a)) {
                break;
            }
            // `The Spaniard said Wilde's forehand`: a speech verb ends the
            // description.
            if self.lx.verbs.has_word(&self.lowers[from - 1]) {
                break;
            }
            from -= 1;
        }
        let mut k = from;
        while k < m.name_a {
            let Some((n, c)) = self.concept_at(k) else {
                k += 1;
                continue;
            };
            // `Kenyan runner Wanjiru Mbeki`, `her father, Dragan Kovac`,
            // `mẹ của em, bà Lê Thị Hoa`; not `of Spain and Sarah Collins`.
            let kin = c.starts_with("kin:");
            let beside = (k + n..m.a).all(|j| {
                let t = &self.toks[j];
                t.is_punct(',')
                    || t.kind == Tk::Possessive
                    || (t.is_word() && !t.cap && (kin || !self.lx.is_function(&self.lowers[j])))
            });
            if k + n > m.a || beside {
                out.push(c);
            }
            k += n;
        }
        // After it, up to a speech verb, the next person, or 10 words.
        let to = s.b.min(m.b + 10).min(next_start);
        let mut k = m.b;
        while k < to {
            if self.cue_at(k).is_some() || self.toks[k].is_punct(';') {
                break;
            }
            let Some((n, c)) = self.concept_at(k) else {
                k += 1;
                continue;
            };
            // `who beat the Kenyan`: another person, described.
            let other = k > 0
                && listed(&self.lx.definite_articles, &self.lowers[k - 1])
                && self.lx.descriptors.has_word(&self.lowers[k]);
            // `Kovac, her father, …`: kinship only as the apposition.
            let kin_ok = !c.starts_with("kin:")
                || (self.toks[m.b].is_punct(',')
                    && k <= m.b + 3
                    && self
                        .toks
                        .get(k + n)
                        .is_none_or(|t| matches!(t.kind, Tk::Punct(',' | '.' | ')' | ';'))));
            // `Alcaraz of Spain`, `Bårdsen (Norway)`: a country named
            // right after the name; not `holds off Bårdsen … in Hungary`.
            let place_ok = k <= m.b + 1
                || self.lx.descriptors.longest_at(&self.lowers, k).is_some()
                || self.lx.age_of(&self.lowers[k]).is_some()
                || !c.starts_with("country:");
            if !other && kin_ok && place_ok {
                out.push(c);
            }
            k += n;
        }
        out
    }

    /// The persons named before `p`, nearest first, with the mention.
    fn persons_before(&self, p: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        let end = self.mentions.partition_point(|m| m.b <= p);
        (end.saturating_sub(LOOKBACK)..end).rev().filter_map(|i| {
            let m = &self.mentions[i];
            (m.kind == MKind::Person)
                .then_some(m.ent)
                .flatten()
                .filter(|&e| self.ents[e].kind == EntityKind::Person)
                .map(|e| (i, e))
        })
    }

    /// The person named before `p` whose title (`Sen.`, `HLV`) or role
    /// fits `head`.
    fn by_role(&self, p: usize, head: &str) -> Option<usize> {
        let multi = head.contains(' ');
        // `the judge` for `Mr Justice Arbuthnot`: titles with the same
        // entry in `titles.txt`'s english column.
        let head_title = self.title_pivot(head);
        let matches = |r: &str| {
            let r = r.to_lowercase();
            if multi {
                r.contains(head)
            } else {
                r.split_whitespace().any(|w| {
                    role_word_matches(w, head)
                        || head_title.is_some() && self.title_pivot(w) == head_title
                })
            }
        };
        self.mentions_before(p)
            .filter(|m| m.kind == MKind::Person)
            .find_map(|m| {
                let e = m.ent?;
                // Forms of address are not roles but still written titles
                // (`ông Holloway` for `ông`). A title in an apposition
                // counts too (`Gideon Marsh, minister for local roads,
                // held …`), though the sentence quotes nobody.
                (self.ents[e]
                    .roles
                    .iter()
                    .chain(&self.ents[e].titled)
                    .any(|r| matches(r))
                    || self
                        .apposition_after(m.b, (m.b + 10).min(p))
                        .is_some_and(|r| matches(&r)))
                .then_some(e)
            })
    }

    /// A title's entry in the pivot language, lower case (`justice` ->
    /// `judge`; `judge` itself).
    fn title_pivot(&self, w: &str) -> Option<String> {
        let p = self.lx.titles.word(w)?;
        Some(p.as_deref().unwrap_or(w).to_lowercase())
    }

    /// The person a description by nationality, party or kinship stands
    /// for: the one introduced with that concept, else the one with the
    /// title written beside it, else (not for kinship) the person in focus
    /// when nothing says they are of another nationality or party.
    fn resolve_described(
        &self,
        p: usize,
        concept: &str,
        gender: Option<char>,
        head: Option<&str>,
        history: &[(usize, Option<usize>, SpeakerType)],
    ) -> Option<usize> {
        let fits = |e: usize| {
            gender.is_none() || self.ents[e].gender.is_none() || self.ents[e].gender == gender
        };
        let has = |i: usize| self.mention_concepts(i).iter().any(|c| c == concept);
        // `the Tory MP`: of that party and with that title, first.
        if let Some(h) = head
            && let Some((_, e)) = self
                .persons_before(p)
                .find(|&(i, e)| fits(e) && has(i) && self.by_role(p, h) == Some(e))
                .or_else(|| {
                    self.persons_before(p).find(|&(i, e)| {
                        fits(e)
                            && has(i)
                            && self.ents[e]
                                .roles
                                .iter()
                                .chain(&self.ents[e].titled)
                                .any(|r| {
                                    r.to_lowercase()
                                        .split_whitespace()
                                        .any(|w| role_word_matches(w, h))
                                })
                    })
                })
        {
            return Some(e);
        }
        if let Some((_, e)) = self.persons_before(p).find(|&(i, e)| fits(e) && has(i)) {
            return Some(e);
        }
        // `his younger brother told jurors …` and a few sentences on `His
        // brother, Andre Whitcomb, testified`: named just after.
        let si = self.sent_of[p] as usize;
        let start = self.mentions.partition_point(|m| m.a < p);
        let end = (start + LOOKBACK).min(self.mentions.len());
        if let Some(e) = (start..end)
            .take_while(|&i| (self.sent_of[self.mentions[i].a] as usize) <= si + 6)
            .find_map(|i| {
                let m = &self.mentions[i];
                let e = m.ent.filter(|_| m.kind == MKind::Person)?;
                (fits(e) && self.mention_concepts(i).iter().any(|c| c == concept)).then_some(e)
            })
        {
            return Some(e);
        }
        let kind = concept.split(':').next().unwrap_or("");
        // Described otherwise (`Rosalind Achterberg, the Democratic
        // nominee` is not `the Republican nominee`).
        let other = |e: usize| {
            let differs = |c: &str| c.split(':').next() == Some(kind) && c != concept;
            let appositions: Vec<String> = self
                .persons_before(p)
                .filter(|&(_, x)| x == e)
                .filter_map(|(i, _)| {
                    let b = self.mentions[i].b;
                    self.apposition_after(b, (b + 10).min(p))
                })
                .collect();
            self.persons_before(p)
                .filter(|&(_, x)| x == e)
                .any(|(i, _)| self.mention_concepts(i).iter().any(|c| differs(c)))
                || self.ents[e].roles.iter().chain(&appositions).any(|r| {
                    r.split_whitespace().any(|w| {
                        w.chars().next().is_some_and(char::is_uppercase)
                            && self
                                .lx
                                .descriptors
                                .word(&w.to_lowercase())
                                .is_some_and(|d| differs(&d.concept))
                    })
                })
        };
        if let Some(e) = head.and_then(|h| self.by_role(p, h))
            && !other(e)
        {
            return Some(e);
        }
        if concept.starts_with("kin:") {
            return None;
        }
        let e = self.salient_person(p, history, gender)?;
        (!other(e)).then_some(e)
    }

    /// Classifies a description `a..b` by its head word.
    fn description(&self, a: usize, b: usize) -> Option<MKind> {
        if a >= b {
            return None;
        }
        let definite = listed(&self.lx.definites, &self.lowers[a])
            || self.toks[a..b].iter().any(|t| t.kind == Tk::Possessive);
        for s in a..b {
            if let Some((n, _)) = self.lx.anonymous.longest_at(&self.lowers, s)
                && s + n == b
            {
                return Some(MKind::Anon);
            }
        }
        if let Some(kind) = self.descriptor_head(a, b, definite) {
            return Some(kind);
        }
        if let Some(kind) = self.document(a, b) {
            return Some(kind);
        }
        let head = &self.lowers[b - 1];
        // `the 16-year-old said`: the person of that age, or in focus.
        if definite && let Some(n) = self.lx.age_of(head) {
            return Some(MKind::Described(format!("age:{n}"), None, None));
        }
        // `the 31-year-old rider`: an age before a noun in lower case that
        // is no title (`the 24-year-old driver` is a title's) or group.
        if definite
            && !self.toks[b - 1].cap
            && !self.lx.titles.has_word(head)
            && !self.plural_group(a, b)
            && let Some(n) = (a + 1..b - 1).find_map(|k| self.lx.age_of(&self.lowers[k]))
        {
            return Some(MKind::Described(format!("age:{n}"), None, None));
        }
        // `the sophomore guard`: a word that is a title too (`Guard` of the
        // National Guard) is a person's in lower case.
        if let Some(t) = self.lx.org_words.word(head)
            && !self.toks[b - 1].cap
            && !self.lx.titles.has_word(head)
        {
            return Some(MKind::OrgRef(t.clone()));
        }
        for s in a..b {
            if let Some((n, _)) = self.lx.titles.longest_at(&self.lowers, s)
                && s + n == b
            {
                // `the Tory MP`, `the Danish coach`: the party or country
                // written with the title tells which one.
                if definite
                    && let Some(c) = (a..s).find_map(|k| {
                        self.concept_at(k)
                            .filter(|(m, c)| k + m <= s && !c.starts_with("kin:"))
                            .map(|(_, c)| c)
                    })
                {
                    return Some(MKind::Described(c, None, Some(head.to_string())));
                }
                return Some(MKind::TitleRef(head.to_string(), definite));
            }
        }
        None
    }

    /// `the statement`, `court documents`, `a report`: a document in lower
    /// case ending `a..b` (`documents.txt`) speaks for its author when
    /// definite; an indefinite one is an unnamed source. A possessor
    /// (`the council's report`) is left to [`Self::possessor_org`].
    fn document(&self, a: usize, b: usize) -> Option<MKind> {
        let s = (a..b).find(|&s| {
            self.lx
                .documents
                .longest_at(&self.lowers, s)
                .is_some_and(|(n, _)| s + n == b)
        })?;
        if self.toks[s..b].iter().any(|t| t.cap)
            || self.toks[a..b]
                .iter()
                .any(|t| t.kind == Tk::Possessive || !t.is_word())
        {
            return None;
        }
        // `museum records`, `the company statement`: the organization of
        // that type named in the article.
        if s > a
            && let Some(t) = self.lx.org_words.word(&self.lowers[s - 1])
        {
            return Some(MKind::Document(t.clone()));
        }
        let first = self.lowers[a].as_str();
        if let Some((_, p)) = self.lx.possessive_pronouns.iter().find(|(w, _)| w == first) {
            return self.lx.pronouns.word(p).map(|&k| MKind::Pronoun(k));
        }
        let definite = if self.lx.definites.is_empty() {
            !self.lx.indefinites.iter().any(|w| w == first)
        } else {
            self.lx.definites.iter().any(|w| w == first)
        };
        Some(if definite {
            MKind::Document(String::new())
        } else {
            MKind::Anon
        })
    }

    /// Whether `a..b` ends in a plural noun in lower case (`language.txt`'s
    /// `plural_endings`) that is no function word, verb or title.
    fn plural_group(&self, a: usize, b: usize) -> bool {
        let (t, w) = (&self.toks[b - 1], self.lowers[b - 1].as_str());
        let ends = |e: &Vec<String>| {
            e.iter()
                .any(|x| w.len() > x.len() + 2 && w.ends_with(x.as_str()))
        };
        b > a
            && t.is_word()
            && !t.cap
            && ends(&self.lx.plural_endings)
            && !ends(&self.lx.singular_endings)
            && !self.lx.is_function(w)
            && !self.lx.verbs.has_word(w)
            && !self.lx.titles.has_word(w)
            && w.chars().all(char::is_alphabetic)
    }

    /// The subject of the cue at `v`, looking back no further than `lo`.
    /// Whether `a..b` is a possessor and a title (`Lumora's chief
    /// executive`, `the company's longtime spokesman`): an apposition that
    /// describes the name before it.
    fn possessed_title(&self, a: usize, b: usize) -> bool {
        (a + 1..b.min(a + 6))
            .find(|&q| self.toks[q].kind == Tk::Possessive)
            .is_some_and(|q| {
                (q + 1..b.min(q + 4)).any(|t| self.lx.titles.longest_at(&self.lowers, t).is_some())
            })
    }

    fn subject_before(&self, v: usize, lo: usize) -> Option<Slot> {
        let mut j = v;
        while j > lo && self.is_aux(j - 1) {
            j -= 1;
        }
        // `Tomas Brandl dismissed the protests and said …`: a cue joined
        // to an earlier verb phrase shares the subject of the sentence.
        if j > lo
            && self.inq[j - 1].is_none()
            && self.lx.coordinators.contains(&self.lowers[j - 1])
            && self.lx.clause_needs_verb
        {
            return self.coordinated_subject(j - 1, lo);
        }
        let mut role = None;
        let mut cited = None;
        // Nested attribution: `X dẫn nguồn từ "…" cho hay`, `X citing Y said`.
        let from = j.saturating_sub(14).max(lo);
        if let Some(c) = (from..j)
            .rev()
            .find(|&c| self.inq[c].is_none() && self.lx.cite.longest_at(&self.lowers, c).is_some())
            && !(c..j).any(|k| self.toks[k].is_punct(',') && self.inq[k].is_none())
            // `X dẫn lời Y cho biết Z đề xuất …`: another verb between
            // makes the cite phrase belong to that verb.
            && self
                .cues_in(c + self.lx.cite.longest_at(&self.lowers, c).map_or(1, |(n, _)| n), j)
                .is_empty()
        {
            let (n, _) = self
                .lx
                .cite
                .longest_at(&self.lowers, c)
                .expect("found above");
            // `Báo X dẫn lời ông Y cho biết …`: a cite phrase that is also
            // an `according to` phrase names the speaker after it.
            if self
                .lx
                .according
                .longest_at(&self.lowers, c)
                .is_some_and(|(m, _)| m == n)
                && let Some(mi) = self.name_mention_ending(j)
                && self.mentions[mi].a >= c + n
                && matches!(self.mentions[mi].kind, MKind::Person)
            {
                return Some(self.person_slot(mi, || None, None));
            }
            cited = Some(self.surface(c + n, j));
            j = c;
        }
        // `Tobias Feldhaus, who called her work "…"`: the subject of a
        // relative clause is the name before it.
        if j >= lo + 3
            && self.lx.relatives.contains(&self.lowers[j - 1])
            && self.toks[j - 1].is_word()
            && self.toks[j - 2].is_punct(',')
            && self.inq[j - 2].is_none()
        {
            j -= 2;
        }
        let mut origin = false;
        loop {
            if j <= lo {
                return None;
            }
            let t = &self.toks[j - 1];
            if t.is_punct(',') && self.inq[j - 1].is_none() {
                let p = (lo..j - 1).rev().find(|&p| {
                    (self.toks[p].is_punct(',') || self.toks[p].is_punct('—'))
                        && self.inq[p].is_none()
                });
                let p = p?;
                let (pa, pb) = (p + 1, j - 1);
                if pa >= pb {
                    return None;
                }
                let first = &self.lowers[pa];
                // `His lawyer, Nathan Pruitt, said`: the apposition names
                // the speaker the description before it introduces.
                // `whose president, senior Priya Raghunathan, said`: a few
                // words in lower case (a class year, `veteran`) may come
                // before the name. Not where names are written in sentence
                // case: there such words are often a place's or an
                // organization's own (`người dân phường An Khánh`).
                let modified = || {
                    self.name_mention_ending(pb).filter(|&mi| {
                        let a = self.mentions[mi].a;
                        !self.lx.sentence_case_names
                            && a > pa
                            && a - pa <= 3
                            && (pa..a).all(|k| {
                                self.toks[k].is_word()
                                    && !self.toks[k].cap
                                    && self.inq[k].is_none()
                                    && !self.lx.is_function(&self.lowers[k])
                                    && self.cue_at(k).is_none()
                            })
                    })
                };
                if let Some(mi) = self
                    .name_mention_starting(pa)
                    .filter(|&mi| {
                        self.mentions[mi].b == pb || self.affiliation_tail(self.mentions[mi].b, pb)
                    })
                    .or_else(modified)
                    && matches!(self.mentions[mi].kind, MKind::Person)
                {
                    // The description is the subject's first words: a
                    // reported clause ends before it.
                    let start = lo.max(p_start(self, p, lo));
                    return Some(Slot {
                        a: start,
                        ..self.person_slot(mi, || Some(self.surface(start, p)), cited)
                    });
                }
                // `the site's developer, Brayfield Homes, said`.
                if let Some(mi) = self.name_mention_starting(pa)
                    && self.mentions[mi].b == pb
                    && self.mentions[mi].kind == MKind::Org
                    && self.toks[pa..pb].iter().all(|t| t.cap || !t.is_word())
                {
                    return Some(Slot {
                        a: lo.max(p_start(self, p, lo)),
                        b: pb,
                        kind: MKind::Org,
                        mention: Some(mi),
                        role: None,
                        cited,
                    });
                }
                if self.lx.relatives.contains(first) {
                } else if let Some((n, _)) = self.lx.cite.longest_at(&self.lowers, pa) {
                    cited = Some(self.surface(pa + n, pb));
                } else if matches!(first.as_str(), "a" | "an" | "the")
                    || self.lx.titles.longest_at(&self.lowers, pa).is_some()
                    || first.chars().all(|c| c.is_ascii_digit())
                    || is_party_tag(&self.text[self.toks[pa].s..self.toks[pa].e])
                    || self.possessed_title(pa, pb)
                {
                    role = Some(self.surface(pa, pb));
                } else if self.lx.origin_links.iter().any(|w| w == first) && self.toks[pa + 1].cap {
                    // `Marjorie Flint, 71, of Oak Ridge, said`: a
                    // hometown, no role; an age or a role may come before.
                    origin = true;
                } else if self.aside(pa, pb) {
                    // `The authority, in its response, said`, `X SC,
                    // defending, said`, `Kestrel, however, said`: an aside
                    // between the subject and the verb.
                } else {
                    return None;
                }
                j = p;
                if std::mem::take(&mut origin)
                    && (lo..p)
                        .rev()
                        .any(|q| self.toks[q].is_punct(',') && self.inq[q].is_none())
                {
                    j = p + 1;
                    continue;
                }
                // `Dana Whitlow, a portfolio manager at Greyfield Capital,
                // which owns …, said`: another apposition before this one.
                if let Some(p2) = (lo..p).rev().find(|&q| {
                    (self.toks[q].is_punct(',') || self.toks[q].is_punct('—'))
                        && self.inq[q].is_none()
                }) && p2 + 1 < p
                    && (matches!(self.lowers[p2 + 1].as_str(), "a" | "an")
                        || self.possessed_title(p2 + 1, p))
                {
                    j = p + 1;
                }
                continue;
            }
            // `Mayor Philippa Wentworth — who first took office in 2009 —
            // said`: an aside between dashes, up to [`MAX_ASIDE`] tokens.
            let dash = |p: usize| {
                (self.toks[p].is_punct('—') || self.toks[p].is_punct('–')) && self.inq[p].is_none()
            };
            if dash(j - 1) {
                let open = (j.saturating_sub(MAX_ASIDE).max(lo)..j - 1)
                    .rev()
                    .find(|&p| dash(p))?;
                j = open;
                continue;
            }
            // `Anh Huỳnh Gia Bảo (34 tuổi, nhân viên văn phòng ở quận Bình
            // Thạnh) cho biết`: an aside in brackets, up to
            // [`MAX_ASIDE`] tokens.
            if t.is_punct(')') {
                let open = (j.saturating_sub(MAX_ASIDE).max(lo)..j - 1)
                    .rev()
                    .find(|&p| self.toks[p].is_punct('('))?;
                j = open;
                continue;
            }
            break;
        }
        if let Some(mi) = self.name_mention_ending(j) {
            let m = &self.mentions[mi];
            if m.a < lo {
                return None;
            }
            // `HLV người Hà Lan cho biết`: a person described by the place.
            if m.kind == MKind::Place
                && let Some(slot) = self.marked_nationality(m.a, j, lo)
            {
                return Some(Slot {
                    role,
                    cited,
                    ..slot
                });
            }
            // A lowercase classifier before an organization (`tờ`, `hãng tin`).
            let mut a = m.a;
            while a > lo
                && !self.toks[a - 1].cap
                && self.lx.org_words.has_word(&self.lowers[a - 1])
                && m.kind != MKind::Person
            {
                a -= 1;
            }
            if a > lo && matches!(self.lowers[a - 1].as_str(), "the") {
                a -= 1;
            }
            // `a Wall Street Journal report` is no speaker.
            if a > lo && matches!(self.lowers[a - 1].as_str(), "a" | "an") {
                return None;
            }
            // `A senior official at the Interior Ministry said`, `Dana
            // Reyes of the Harbor Trust said`: the head before the
            // preposition speaks.
            if a > lo + 1
                && listed(&self.lx.prepositions, &self.lowers[a - 1])
                && self.inq[a - 1].is_none()
            {
                let hb = a - 1;
                if let Some(hi) = self.name_mention_ending(hb)
                    && self.mentions[hi].kind == MKind::Person
                    && self.mentions[hi].a >= lo
                {
                    let h = &self.mentions[hi];
                    return Some(Slot {
                        a: h.a,
                        b: hb,
                        kind: MKind::Person,
                        mention: Some(hi),
                        role: role.or_else(|| h.role.clone()),
                        cited,
                    });
                }
                // `A spokesman for the Clarion said`, `a lawyer for Reyes
                // said`: an unnamed holder of a title is an unnamed source.
                if let Some(slot) = self.description_ending(hb, lo, role.clone(), cited.clone())
                    && matches!(slot.kind, MKind::Anon | MKind::TitleRef(_, false))
                {
                    return Some(Slot { b: j, ..slot });
                }
            }
            return Some(Slot {
                a,
                b: j,
                kind: m.kind.clone(),
                mention: Some(mi),
                role: role.or_else(|| m.role.clone()),
                cited,
            });
        }
        // `mẹ của em nói`, `the mother of the boy said`: a relative of
        // someone, before the pronoun or noun that names the someone.
        if let Some(slot) = self.kin_of(j, lo) {
            return Some(Slot {
                role,
                cited,
                ..slot
            });
        }
        if let Some(pk) = self
            .pronoun_at(j.saturating_sub(2).max(lo), j)
            .or_else(|| self.pronoun_at(j - 1, j))
        {
            let a = if self.pronoun_at(j - 1, j).is_some() {
                j - 1
            } else {
                j.saturating_sub(2).max(lo)
            };
            return Some(Slot {
                a,
                b: j,
                kind: MKind::Pronoun(pk),
                mention: None,
                role,
                cited,
            });
        }
        if let Some(slot) = self.description_ending(j, lo, role.clone(), cited.clone()) {
            return Some(slot);
        }
        // `people briefed on the letter said`: an unnamed-source head a few
        // words back, with no punctuation between.
        let from = j.saturating_sub(8).max(lo);
        for s in from..j {
            if self.toks[s..j]
                .iter()
                .any(|t| !t.is_word() && t.kind != Tk::Possessive)
            {
                continue;
            }
            if self.lx.anonymous.longest_at(&self.lowers, s).is_some() {
                let a = if s > lo && listed(&self.lx.determiners, &self.lowers[s - 1]) {
                    s - 1
                } else {
                    s
                };
                return Some(Slot {
                    a,
                    b: j,
                    kind: MKind::Anon,
                    mention: None,
                    role,
                    cited,
                });
            }
        }
        self.possessor_org(j, lo).map(|slot| Slot {
            role,
            cited,
            ..slot
        })
    }

    /// A description ending at `j` (`a senior official`, `the company`):
    /// modifiers back to a determiner or a boundary.
    fn description_ending(
        &self,
        j: usize,
        lo: usize,
        role: Option<String>,
        cited: Option<String>,
    ) -> Option<Slot> {
        let (mut a, mut kind) = self.description_span(j, lo)?;
        // `A spokesman for the governor said`: the head before a
        // preposition speaks, when it is a person or an unnamed source.
        if a >= lo + 2
            && listed(&self.lx.prepositions, &self.lowers[a - 1])
            && self.inq[a - 1].is_none()
            && let Some((ha, hk)) = self.description_span(a - 1, lo)
            && matches!(hk, MKind::Anon | MKind::TitleRef(..))
        {
            a = ha;
            kind = hk;
        }
        Some(Slot {
            a,
            b: j,
            kind,
            mention: None,
            role,
            cited,
        })
    }

    /// `Nimbora's status page said`, `the company's website said`: what an
    /// organization publishes (a few words in lower case after its
    /// possessive, ending at `j`) speaks for it.
    fn possessor_org(&self, j: usize, lo: usize) -> Option<Slot> {
        let mut q = j;
        while q > lo
            && j - q < 3
            && self.toks[q - 1].is_word()
            && !self.toks[q - 1].cap
            && self.inq[q - 1].is_none()
            && !self.lx.is_function(&self.lowers[q - 1])
            && !self.lx.verbs.has_word(&self.lowers[q - 1])
            && !self.lx.titles.has_word(&self.lowers[q - 1])
            && self
                .lx
                .descriptors
                .longest_at(&self.lowers, q - 1)
                .is_none()
            && self.lx.anonymous.longest_at(&self.lowers, q - 1).is_none()
        {
            q -= 1;
        }
        if q == j || q <= lo || self.toks[q - 1].kind != Tk::Possessive {
            return None;
        }
        let p = q - 1;
        if let Some(mi) = self.name_mention_ending(p)
            && matches!(self.mentions[mi].kind, MKind::Org | MKind::Person)
            && self.mentions[mi].a >= lo
        {
            return Some(Slot {
                a: self.mentions[mi].a,
                b: j,
                kind: self.mentions[mi].kind.clone(),
                mention: Some(mi),
                role: None,
                cited: None,
            });
        }
        let (a, kind) = self.description_span(p, lo)?;
        matches!(kind, MKind::OrgRef(_)).then_some(Slot {
            a,
            b: j,
            kind,
            mention: None,
            role: None,
            cited: None,
        })
    }

    /// The start and kind of a description ending at `j`.
    fn description_span(&self, j: usize, lo: usize) -> Option<(usize, MKind)> {
        let mut a = j;
        while a > lo && j - a < 7 {
            let t = &self.toks[a - 1];
            if t.is_punct('.')
                && !t.space_before
                && a >= 2
                && self.toks[a - 2].is_word()
                && self.toks[a - 2].cap
            {
                a -= 1;
                continue;
            }
            if self.inq[a - 1].is_some() || !(t.is_word() || t.kind == Tk::Possessive) {
                break;
            }
            let l = &self.lowers[a - 1];
            if listed(&self.lx.determiners, l) {
                a -= 1;
                break;
            }
            // `the report said`: a document's head may be a verb too.
            if self.lx.is_function(l) && t.kind != Tk::Possessive
                || self.lx.verbs.has_word(l) && !(a == j && self.lx.documents.has_word(l) && !t.cap)
            {
                break;
            }
            a -= 1;
        }
        // `the stewards said`, `organisers said`: a group named by a plural
        // noun in lower case, opening its clause or after a determiner, is
        // an unnamed source.
        let group = || {
            a < j
                && (listed(&self.lx.determiners, &self.lowers[a])
                    || a == lo
                    || matches!(self.toks[a - 1].kind, Tk::Punct(',' | ';' | ':' | '—'))
                    || self.sent_of[a - 1] != self.sent_of[a])
                && self.plural_group(a, j)
        };
        self.description(a, j)
            .or_else(|| group().then_some(MKind::Anon))
            .map(|kind| (a, kind))
    }

    /// The speaker after an inverted cue (`said Smith`), up to `hi`.
    fn subject_after(&self, k: usize, hi: usize) -> Option<Slot> {
        if k >= hi {
            return None;
        }
        if let Some(mi) = self.name_mention_starting(k) {
            let m = &self.mentions[mi];
            // `said Republican state Rep. Dale Hutchins`, `said Obama
            // spokesman Josh Earnest`: a name before a role in lower case
            // and a person's name modifies the role.
            if self
                .toks
                .get(m.b)
                .is_some_and(|t| t.is_word() && !t.cap && self.inq[m.b].is_none())
                && let Some(slot) = self.role_then_person(k, m.b, hi)
            {
                return Some(slot);
            }
            return Some(Slot {
                a: k,
                b: m.b,
                kind: m.kind.clone(),
                mention: Some(mi),
                role: m.role.clone().or_else(|| self.apposition_after(m.b, hi)),
                cited: None,
            });
        }
        if let Some((n, pk)) = self.lx.pronouns.longest_at(&self.lowers, k) {
            return Some(Slot {
                a: k,
                b: k + n,
                kind: MKind::Pronoun(*pk),
                mention: None,
                role: None,
                cited: None,
            });
        }
        let first = self.lowers[k].as_str();
        // `said the Kildare trainer Siobhán Carrigan-Moss`: a determiner
        // before a titled name.
        if listed(&self.lx.determiners, first)
            && let Some(mi) = self.name_mention_starting(k + 1)
            && self.mentions[mi].kind == MKind::Person
            && self.mentions[mi].name_a > self.mentions[mi].a
            && self.mentions[mi].b <= hi
        {
            let m = &self.mentions[mi];
            return Some(Slot {
                a: k,
                b: m.b,
                kind: MKind::Person,
                mention: Some(mi),
                role: m.role.clone().or_else(|| self.apposition_after(m.b, hi)),
                cited: None,
            });
        }
        // `shouted someone on the benches`: an unnamed source that is a
        // function word too, with what follows it.
        if let Some((n, _)) = self.lx.anonymous.longest_at(&self.lowers, k)
            && self.lx.is_function(first)
        {
            let mut b = k + n;
            while b < hi && b - k < 8 && self.toks[b].is_word() && self.inq[b].is_none() {
                b += 1;
            }
            return Some(Slot::anon(k, b));
        }
        // `drawing groans from the crowd`: a preposition opens no subject.
        if self.lx.is_function(first) && !listed(&self.lx.determiners, first) {
            return None;
        }
        if let Some(slot) = self.role_then_person(k, k, hi) {
            return Some(slot);
        }
        self.description_forward(k, hi, false)
    }

    /// `said his wife, Adriana Ferreira`, `said city council president
    /// Dolores Whitfield`: a description or a role after an inverted cue
    /// (from `k`; the role proper from `from`, past a party or place), then
    /// the person's name, up to `hi`.
    fn role_then_person(&self, k: usize, from: usize, hi: usize) -> Option<Slot> {
        // `said his wife, Adriana Ferreira`, `said the bank's chief
        // economist, Ravindra Menon`: a description, then the name.
        let mut e = k;
        while e < hi
            && e - k < 6
            && (self.toks[e].is_word() || self.toks[e].kind == Tk::Possessive)
            && self.inq[e].is_none()
        {
            e += 1;
        }
        let person_at = |s: usize| {
            self.name_mention_starting(s).filter(|&mi| {
                self.mentions[mi].kind == MKind::Person
                    && self.mentions[mi].b <= hi
                    && self
                        .toks
                        .get(self.mentions[mi].b)
                        .is_none_or(|t| !t.is_word())
            })
        };
        if e > k
            && e + 1 < hi
            && self.toks[e].is_punct(',')
            && let Some(mi) = person_at(e + 1)
        {
            return Some(self.person_slot(mi, || Some(self.surface(k, e)), None));
        }
        // `said city council president Dolores Whitfield`, `said union
        // leader Kwabena Osei`: a role in lower case, then the name. The
        // name starts at the first capital after the role.
        let mut r = from;
        while r < e && !self.toks[r].cap {
            r += 1;
        }
        let role_word = |q: usize| {
            let (t, l) = (&self.toks[q], self.lowers[q].as_str());
            t.kind == Tk::Possessive
                || (q == k && listed(&self.lx.determiners, l))
                || (!self.lx.is_function(l)
                    && !self.lx.verbs.has_word(l)
                    && !self.lx.auxiliaries.contains(l))
        };
        if r < e
            && let Some((s, mi)) = (k + 1..=r).find_map(|s| person_at(s).map(|mi| (s, mi)))
            && (k..s).all(role_word)
            && (k..s).any(|q| !listed(&self.lx.determiners, &self.lowers[q]))
        {
            return Some(self.person_slot(mi, || Some(self.surface(k, r)), None));
        }
        None
    }

    /// The slot of a person mention; its role, else `role()`.
    fn person_slot(
        &self,
        mi: usize,
        role: impl FnOnce() -> Option<String>,
        cited: Option<String>,
    ) -> Slot {
        let m = &self.mentions[mi];
        Slot {
            a: m.a,
            b: m.b,
            kind: MKind::Person,
            mention: Some(mi),
            role: m.role.clone().or_else(role),
            cited,
        }
    }

    /// With `groups`, a plural noun phrase that fills the rest (`according
    /// to the stewards`) is an unnamed source too.
    fn description_forward(&self, k: usize, hi: usize, groups: bool) -> Option<Slot> {
        let mut b = k;
        // `said the decision had taken her family two years`: a
        // description holds no auxiliary.
        while b < hi
            && b - k < 8
            && self.inq[b].is_none()
            && (self.toks[b].is_word() || self.toks[b].kind == Tk::Possessive)
            && !(b > k && self.lx.auxiliaries.contains(&self.lowers[b]))
        {
            b += 1;
        }
        // `court documents`, `a statement from the Harbour Trust`: a
        // document is its head (not `court`), and a sender named after
        // `from` speaks.
        if let Some((e, kind)) = (k + 1..=b).find_map(|e| Some((e, self.document(k, e)?))) {
            if let Some(mi) = self.name_mention_starting(e + 1)
                && self
                    .lowers
                    .get(e)
                    .is_some_and(|w| listed(&self.lx.source_links, w))
                && matches!(self.mentions[mi].kind, MKind::Org | MKind::Person)
                && self.mentions[mi].b <= hi
            {
                let m = &self.mentions[mi];
                return Some(Slot {
                    a: k,
                    b: m.b,
                    kind: m.kind.clone(),
                    mention: Some(mi),
                    role: None,
                    cited: None,
                });
            }
            return Some(Slot {
                a: k,
                b: e,
                kind,
                mention: None,
                role: None,
                cited: None,
            });
        }
        // The head is the first speaker word; modifiers after it (`people
        // briefed on the correspondence`) stay in the mention.
        for e in k + 1..=b {
            if let Some(kind) = self.description(k, e) {
                let end = if kind == MKind::Anon { b } else { e };
                return Some(Slot {
                    a: k,
                    b: end,
                    kind,
                    mention: None,
                    role: None,
                    cited: None,
                });
            }
        }
        if groups && b > k && b == hi && self.plural_group(k, b) {
            return Some(Slot::anon(k, b));
        }
        // `a Wall Street Journal report`: the organization inside.
        (k..b).find_map(|s| {
            let mi = self.name_mention_starting(s)?;
            let m = &self.mentions[mi];
            (m.kind == MKind::Org).then_some(Slot {
                a: s,
                b: m.b,
                kind: MKind::Org,
                mention: Some(mi),
                role: None,
                cited: None,
            })
        })
    }

    /// The source named after `according to` / `Theo`: a person or
    /// organization named in the phrase wins over its description (`police
    /// spokesman Derek Hale`, `tờ Thời báo Sông Hồng`, `ông Định`).
    fn source_phrase(&self, a: usize, b: usize) -> Option<Slot> {
        let named = self.mentions_within(a, b).find(|&i| {
            let m = &self.mentions[i];
            matches!(m.kind, MKind::Person | MKind::Org) && !m.possessor
        });
        if let Some(mi) = named {
            let m = &self.mentions[mi];
            return Some(Slot {
                a,
                b: m.b,
                kind: m.kind.clone(),
                mention: Some(mi),
                role: m.role.clone(),
                cited: None,
            });
        }
        self.description_forward(a, b, true)
            .or_else(|| self.subject_after(a, b))
    }

    fn apposition_after(&self, b: usize, hi: usize) -> Option<String> {
        if !self.toks.get(b)?.is_punct(',') {
            return None;
        }
        let a = b + 1;
        let first = self.lowers.get(a)?;
        if !(matches!(first.as_str(), "a" | "an" | "the")
            || self.lx.titles.longest_at(&self.lowers, a).is_some())
        {
            return None;
        }
        let mut e = a;
        while e < hi && self.toks[e].is_word() {
            e += 1;
        }
        (e > a).then(|| self.surface(a, e))
    }

    /// The first person or organization named in the sentence before `p`;
    /// one named right after an `according to` phrase comes first (`Báo X
    /// dẫn lời ông Y: "…"`).
    fn topic(&self, si: usize, p: usize) -> Option<Slot> {
        let s = self.sents[si];
        let named = |i: &usize| {
            let m = &self.mentions[*i];
            matches!(m.kind, MKind::Person | MKind::Org) && !m.possessor
        };
        let introduced = |i: &usize| {
            let a = self.mentions[*i].a;
            (1..=3).any(|n| {
                a >= s.a + n
                    && self
                        .lx
                        .according
                        .longest_at(&self.lowers, a - n)
                        .is_some_and(|(m, _)| m == n)
            })
        };
        let mi = self
            .mentions_within(s.a, p)
            .take(LOOKBACK)
            .filter(named)
            .find(introduced)
            .or_else(|| self.mentions_within(s.a, p).find(named))
            .or_else(|| {
                // `Ferrand-Osei's reply was one word: "Staying."`: the
                // person whose words (no one else: not `Smith's lawyer`)
                // the sentence is about.
                self.mentions_within(s.a, p).find(|&i| {
                    let m = &self.mentions[i];
                    let w = m.b + 1;
                    m.possessor
                        && m.kind == MKind::Person
                        && w < p
                        && self.toks[w].is_word()
                        && !self.toks[w].cap
                        && self.lx.titles.longest_at(&self.lowers, w).is_none()
                        && self.lx.descriptors.longest_at(&self.lowers, w).is_none()
                        && self.lx.anonymous.longest_at(&self.lowers, w).is_none()
                })
            })?;
        Some(self.mention_slot(mi))
    }

    fn cue_text(&self, c: Cue) -> String {
        self.surface(c.v, c.v + c.len)
    }

    fn words_in(&self, a: usize, b: usize) -> usize {
        self.toks[a..b].iter().filter(|t| t.is_word()).count()
    }

    fn sentence_start(&self, si: usize) -> usize {
        let s = self.sents[si];
        (s.a..s.b).find(|&k| !self.skip[k]).unwrap_or(s.a)
    }

    /// Whether a quote names a work or a term rather than reporting speech.
    fn not_a_statement(&self, qi: usize) -> bool {
        let q = &self.quotes[qi];
        // A marker word right before the quote, in the same sentence
        // (`the film "Salt Road"`, `so-called "moderates"`, `titled: "…"`):
        // only punctuation may stand between.
        let mut end = q.open;
        while end > 0 && matches!(self.toks[end - 1].kind, Tk::Punct(',' | ':' | '—')) {
            end -= 1;
        }
        let from = end.saturating_sub(3);
        if (from..end).any(|k| {
            self.sent_of[k] == self.sent_of[q.open]
                && self
                    .lx
                    .nonstatement
                    .longest_at(&self.lowers, k)
                    .is_some_and(|(n, _)| k + n == end)
        }) {
            return true;
        }
        let ends_sentence = q.close.is_some_and(|c| {
            c > 0 && matches!(self.toks[c - 1].kind, Tk::Punct('.' | '!' | '?' | ','))
        });
        if ends_sentence {
            return false;
        }
        // A short title-case phrase (`"The Art of the Deal"`): 2 to 8
        // words, at least two of them content words, all capitalized.
        let (mut inner, mut content, mut all_cap) = (0usize, 0usize, true);
        for t in self.toks[q.open + 1..q.last].iter().filter(|t| t.is_word()) {
            inner += 1;
            if inner > 8 {
                return false;
            }
            if !self.lx.is_function(&t.lower) {
                content += 1;
                all_cap &= t.cap;
            }
        }
        inner >= 2 && content >= 2 && all_cap
    }

    fn direct_item(&self, qi: usize) -> Option<Item> {
        let q = &self.quotes[qi];
        if self.not_a_statement(qi) {
            return None;
        }
        let s_open = self.sent_of[q.open] as usize;
        let s_close = self.sent_of[q.last] as usize;
        if s_open == u32::MAX as usize || s_close == u32::MAX as usize {
            return None;
        }
        let pre_lo = self.sentence_start(s_open);
        let post_hi = self.sents[s_close].b;
        let words = self.words_in(q.open, q.last + 1);
        let mut item = Item {
            cs: q.cs,
            ce: q.ce,
            at: q.open,
            end: q.last,
            kind: QuoteKind::Direct,
            slot: None,
            cue: None,
            rule: "none",
            conf: 0.0,
            words,
        };
        let set =
            |item: &mut Item, slot: Slot, cue: Option<String>, rule: &'static str, conf: f32| {
                let conf = if matches!(slot.kind, MKind::Pronoun(_)) {
                    conf - 0.05
                } else {
                    conf
                };
                item.slot = Some(slot);
                item.cue = cue;
                item.rule = rule;
                item.conf = conf;
            };

        // 1. A cue right after the quote.
        let mut k = q.last + 1;
        while k < post_hi && matches!(self.toks[k].kind, Tk::Punct(',' | '—' | '-')) {
            k += 1;
        }
        if k < post_hi {
            if let Some((n, _)) = self.lx.according.longest_at(&self.lowers, k)
                && let Some(slot) = self.subject_after(k + n, post_hi)
            {
                set(
                    &mut item,
                    slot,
                    Some(self.surface(k, k + n)),
                    "cue-after",
                    0.9,
                );
                return Some(item);
            }
            if let Some(c) = self.cue_at(k)
                && let Some(slot) = self.subject_after(c.v + c.len, post_hi)
            {
                set(&mut item, slot, Some(self.cue_text(c)), "cue-after", 0.95);
                return Some(item);
            }
            let limit = (k + 16).min(post_hi);
            let upto = (k..limit).find(|&j| self.inq[j].is_some()).unwrap_or(limit);
            // `"…," union leader Bev Castillo said`: a few lowercase
            // modifiers may come before the speaker's title.
            if let Some(c) = self.cues_in(k, upto).first().copied()
                && let Some(slot) = self.subject_before(c.v, k)
                && (slot.a == k
                    || (slot.a - k <= 3
                        && (k..slot.a).all(|j| {
                            self.toks[j].is_word()
                                && !self.toks[j].cap
                                && !self.lx.is_function(&self.lowers[j])
                        })))
            {
                set(&mut item, slot, Some(self.cue_text(c)), "cue-after", 0.95);
                return Some(item);
            }
        }

        // 1b. A pull quote signed after a dash, with no cue: `'…' –
        // Kingsbridge captain Rory Ayre on his yellow card.` The quote opens
        // its paragraph and the name follows the dash at once.
        if let Some(slot) = self.dash_signature(q.open, q.last) {
            set(&mut item, slot, None, "dash-signature", 0.8);
            return Some(item);
        }

        // 2. A cue right before the quote.
        let mut e = q.open;
        while e > pre_lo
            && (matches!(self.toks[e - 1].kind, Tk::Punct(':' | ',' | '—'))
                || self.lx.complementizers.contains(&self.lowers[e - 1]))
        {
            e -= 1;
        }
        let pre_cues = self.cues_in(pre_lo.max(q.open.saturating_sub(CUE_WINDOW)), q.open);
        // `posted on Facebook: "…"`, `said in a statement: "…"`: a short
        // prepositional phrase may stand between the cue and the colon.
        let pp_gap = |c: &Cue| {
            let a = c.v + c.len;
            e - a <= 4
                && listed(&self.lx.prepositions, &self.lowers[a])
                && (a..e).all(|k| self.toks[k].is_word() && self.inq[k].is_none())
                && self.toks[e].is_punct(':')
        };
        if let Some(c) = pre_cues
            .iter()
            .rev()
            .find(|c| c.v + c.len <= e && (e - (c.v + c.len) <= 1 || pp_gap(c)))
            .copied()
            .filter(|&c| !self.negated_here(c, pre_lo))
            && let Some(slot) = self.cue_subject(c, &pre_cues, pre_lo, s_open)
        {
            set(&mut item, slot, Some(self.cue_text(c)), "cue-before", 0.9);
            return Some(item);
        }

        // 2b. A colon with no cue: `Toner: "…"`, `Jim Harbaugh after the
        // win: "…"`; the person the sentence is about.
        if q.open > pre_lo
            && matches!(self.toks[q.open - 1].kind, Tk::Punct(':' | '—'))
            && pre_cues.is_empty()
            && let Some(slot) = self.topic(s_open, q.open)
        {
            set(&mut item, slot, None, "colon-speaker", 0.75);
            return Some(item);
        }

        // 3. The last cue before it in the sentence that has a subject; a
        // quote-only verb before `to` is no cue (`would continue to buy
        // back shares`), nor is a negated one (`does not comment on "…"`).
        if let Some((c, slot)) = pre_cues
            .iter()
            .rev()
            .filter(|c| {
                let before_to = c.flags.quote_only
                    && self
                        .lowers
                        .get(c.v + c.len)
                        .is_some_and(|w| listed(&self.lx.addressee_links, w));
                !before_to && !self.negated_here(**c, pre_lo)
            })
            .take(4)
            .find_map(|&c| Some((c, self.cue_subject(c, &pre_cues, pre_lo, s_open)?)))
        {
            set(
                &mut item,
                slot,
                Some(self.cue_text(c)),
                "cue-in-sentence",
                0.75,
            );
            return Some(item);
        }

        // 4. A cue later in the sentence; one joined by `and` to the verb
        // before the quote (`X dismissed it as "…" and said …`) is the
        // sentence subject's.
        for c in self.cues_in(q.last + 1, post_hi.min(q.last + 1 + CUE_WINDOW)) {
            let joined = self.lx.clause_needs_verb
                && c.v > q.last + 1
                && self.inq[c.v - 1].is_none()
                && self.lx.coordinators.contains(&self.lowers[c.v - 1]);
            let slot = if joined {
                self.coordinated_subject(c.v - 1, pre_lo)
            } else {
                self.subject_before(c.v, q.last + 1)
                    .or_else(|| self.subject_after(c.v + c.len, post_hi))
            };
            if let Some(slot) = slot {
                set(
                    &mut item,
                    slot,
                    Some(self.cue_text(c)),
                    "cue-later-in-sentence",
                    0.7,
                );
                return Some(item);
            }
        }

        // 5. A previous sentence that ends in a colon.
        if q.open == pre_lo && s_open > 0 {
            let prev = self.sents[s_open - 1];
            let last = (prev.a..prev.b).rev().find(|&j| !self.skip[j]);
            if let Some(l) = last
                && self.toks[l].is_punct(':')
                && let Some(c) = self.cues_in(prev.a, l).last().copied()
                && let Some(slot) = self
                    .subject_before(c.v, prev.a)
                    .or_else(|| self.topic(s_open - 1, c.v))
            {
                set(
                    &mut item,
                    slot,
                    Some(self.cue_text(c)),
                    "cue-before-colon",
                    0.85,
                );
                return Some(item);
            }
            if let Some(l) = last
                && self.toks[l].is_punct(':')
                && let Some(slot) = self.topic(s_open - 1, l)
            {
                set(&mut item, slot, None, "colon-speaker", 0.7);
                return Some(item);
            }
        }
        Some(item)
    }

    /// The name signing a quotation `open..=last` that opens its paragraph
    /// and is followed by a dash and a named person or organization.
    fn dash_signature(&self, open: usize, last: usize) -> Option<Slot> {
        let d = last + 1;
        if !self.toks.get(d)?.is_punct('—') && !self.toks[d].is_punct('-') {
            return None;
        }
        let para = self.toks[open].para;
        if self.toks[d].para != para
            || (open > 0 && self.toks[open - 1].para == para && !self.skip[open - 1])
        {
            return None;
        }
        let end = self.toks[d..]
            .iter()
            .position(|t| t.para != para)
            .map_or(self.toks.len(), |n| d + n);
        let slot = self.subject_after(d + 1, end)?;
        (slot.a == d + 1
            && slot.mention.is_some()
            && matches!(slot.kind, MKind::Person | MKind::Org))
        .then_some(slot)
    }

    /// Where a reported clause starts after whom it is said to, at `a`
    /// right after a verb with a recipient: an object pronoun (`told him`),
    /// a name (`told CNN`), a determiner and words in lower case (`told the
    /// court`, `told a news conference`), or one plural noun (`told
    /// reporters`), then prepositional phrases (`on Sunday`, `in Ottawa`).
    /// A clause subject must follow (a determiner, pronoun, name or clause
    /// opener, no verb): in `warned the deal could collapse` the noun phrase
    /// is the clause's own subject, and there is no recipient.
    fn recipient_end(&self, a: usize, hi: usize) -> Option<usize> {
        let word = |k: usize| k < hi && self.toks[k].is_word() && self.inq[k].is_none();
        let content = |k: usize| {
            word(k)
                && !self.toks[k].cap
                && !self.lx.is_function(&self.lowers[k])
                && !self.aux_or_cue(k)
        };
        if !word(a) {
            return None;
        }
        let l = self.lowers[a].as_str();
        let k = if listed(&self.lx.determiners, l) && content(a + 1) {
            let mut k = a + 1;
            while k < a + 5 && content(k) {
                k += 1;
            }
            k
        } else if self.lx.object_pronouns.iter().any(|p| p == l) {
            a + 1
        } else if let Some(mi) = self.name_mention_starting(a) {
            self.mentions[mi].b
        } else if listed(&self.lx.determiners, l)
            && let Some(mi) = self.name_mention_starting(a + 1)
        {
            self.mentions[mi].b
        } else if content(a) && self.plural_group(a, a + 1) {
            a + 1
        } else if content(a)
            && word(a + 1)
            && !self.aux_or_cue(a + 1)
            && (self.lx.pronouns.has_word(&self.lowers[a + 1])
                || listed(&self.lx.determiners, &self.lowers[a + 1]))
        {
            // `told police he swerved`: a collective noun in the singular.
            a + 1
        } else {
            return None;
        };
        let mut k = self.adjuncts_end(k, hi);
        // `told reporters at the party that the campaign …`.
        if word(k) && k > a && self.lx.complementizers.contains(&self.lowers[k]) {
            k += 1;
        }
        (self.clause_opens(k, hi) && k > a).then_some(k)
    }

    /// The end of the prepositional phrases from `k` on (`on Sunday`, `at
    /// a news conference`, `in Ottawa`).
    fn adjuncts_end(&self, mut k: usize, hi: usize) -> usize {
        let word = |k: usize| k < hi && self.toks[k].is_word() && self.inq[k].is_none();
        while word(k) && listed(&self.lx.prepositions, &self.lowers[k]) {
            let mut j = k + 1;
            if word(j) && listed(&self.lx.determiners, &self.lowers[j]) {
                j += 1;
            }
            let from = j;
            // Days and months are function words, in capitals.
            // `at the Republican's party`: a possessive inside.
            while j < from + 4
                && (word(j)
                    && (self.toks[j].cap || !self.lx.is_function(&self.lowers[j]))
                    && !self.aux_or_cue(j)
                    || j > from && j < hi && self.toks[j].kind == Tk::Possessive)
            {
                j += 1;
            }
            if j == from {
                break;
            }
            k = j;
        }
        k
    }

    /// Whether `a..b` is a person's organization or place after the name
    /// (`of Sankofa Build Ltd` in `The contractor, Mr Yaw Asamoah-Mensah
    /// of Sankofa Build Ltd, said`): a role or origin link, then a name
    /// ending at `b`.
    fn affiliation_tail(&self, a: usize, b: usize) -> bool {
        a + 1 < b
            && self.inq[a].is_none()
            && (listed(&self.lx.role_links, &self.lowers[a])
                || listed(&self.lx.origin_links, &self.lowers[a]))
            && self.name_mention_ending(b).is_some_and(|mi| {
                let m = &self.mentions[mi];
                m.a == a + 1
                    || (m.a == a + 2 && listed(&self.lx.definite_articles, &self.lowers[a + 1]))
            })
    }

    /// Whether a quantity opens at `k` (`at least 41 residents`, `about
    /// 40 volunteers`, `more than half`): a word of `quantity_openers`
    /// with a number (digits or `number_words`) within the next two words.
    fn quantity_at(&self, k: usize, hi: usize) -> bool {
        listed(&self.lx.quantity_openers, &self.lowers[k])
            && (k + 1..(k + 3).min(hi)).any(|j| {
                self.toks[j].is_word()
                    && self.inq[j].is_none()
                    && (self.lowers[j].starts_with(|c: char| c.is_ascii_digit())
                        || listed(&self.lx.number_words, &self.lowers[j]))
            })
    }

    /// Whether a clause subject opens at `k`: a name, a determiner, a
    /// pronoun or a clause opener, not a verb.
    fn clause_opens(&self, k: usize, hi: usize) -> bool {
        k < hi
            && self.toks[k].is_word()
            && self.inq[k].is_none()
            && !self.aux_or_cue(k)
            && (self.toks[k].cap
                || listed(&self.lx.determiners, &self.lowers[k])
                || self.lx.pronouns.has_word(&self.lowers[k])
                || self.lx.clause_openers.contains(&self.lowers[k])
                || self.plural_group(k, k + 1))
    }

    /// `said on Tuesday it would`, `said in a statement the company had`:
    /// where a reported clause with no complementizer starts after the
    /// verb's prepositional phrases (a day alone counts as one: `said
    /// Tuesday it would`).
    fn clause_after_adjuncts(&self, after: usize, hi: usize) -> Option<usize> {
        let mut k = after;
        // `said Tuesday`: days and months are function words in capitals.
        if k < hi
            && self.toks[k].is_word()
            && self.toks[k].cap
            && self.inq[k].is_none()
            && self.lx.is_function(&self.lowers[k])
        {
            k += 1;
        }
        // `told of the moment a tree crashed`: what `of` opens is the topic.
        if self
            .lowers
            .get(k)
            .is_some_and(|l| listed(&self.lx.topic_links, l))
        {
            return None;
        }
        let k = self.adjuncts_end(k, hi);
        (k > after && self.clause_opens(k, hi)).then_some(k)
    }

    /// Whether `a..b`, set off by commas between a subject and its verb, is
    /// an aside that says nothing of who the subject is: a prepositional
    /// phrase (`in its response`, `for its part`), or up to three words
    /// opening with an adverb or a participle (`however`, `defending`,
    /// `speaking to reporters`).
    fn aside(&self, a: usize, b: usize) -> bool {
        if b <= a || b - a > 8 || (a..b).any(|k| self.inq[k].is_some() || !self.toks[k].is_word()) {
            return false;
        }
        let first = self.lowers[a].as_str();
        if self.toks[a].cap {
            return false;
        }
        listed(&self.lx.prepositions, first)
            || (b - a <= 3
                && (self
                    .lx
                    .adverb_endings
                    .iter()
                    .any(|e| first.len() > e.len() + 2 && first.ends_with(e.as_str()))
                    || self
                        .lx
                        .participle_endings
                        .iter()
                        .any(|e| first.len() > e.len() + 2 && first.ends_with(e.as_str()))
                    || (b - a == 1
                        && self.lx.is_function(first)
                        && !listed(&self.lx.determiners, first))))
    }

    /// The subject of the sentence before the coordinator at `and` (from
    /// `lo` on): the last person or organization named as a clause subject
    /// there, with a
    /// word that is no name between it and `and` (a verb phrase). Only
    /// where the language marks finite verbs (`clause_needs_verb`): in
    /// Vietnamese `và báo cáo kết quả` joins an object, not a cue.
    fn coordinated_subject(&self, and: usize, lo: usize) -> Option<Slot> {
        let si = *self.sent_of.get(and)? as usize;
        if si >= self.sents.len() {
            return None;
        }
        let lo = self.sentence_start(si).max(lo);
        let mi = self.mentions_within(lo, and).rev().find(|&i| {
            let m = &self.mentions[i];
            m.subject && matches!(m.kind, MKind::Person | MKind::Org) && !m.possessor
        })?;
        let m = &self.mentions[mi];
        // `Corvalis will supply and maintain …`: under an auxiliary the
        // joined verb is no finite cue of its own.
        let finite = m.b < and && !self.is_aux(m.b);
        (m.b + 1 < and && finite).then(|| self.mention_slot(mi))
    }

    /// The slot of mention `mi` as it stands, with its own role.
    fn mention_slot(&self, mi: usize) -> Slot {
        let m = &self.mentions[mi];
        Slot {
            a: m.a,
            b: m.b,
            kind: m.kind.clone(),
            mention: Some(mi),
            role: m.role.clone(),
            cited: None,
        }
    }

    /// `VRT quoted the interior minister, Oleg Sarkany, as saying`: the
    /// one quoted (between a citing word of `cite.txt` and `as` right
    /// before a non-finite cue) is the speaker; whoever quoted them is
    /// the cited source.
    fn quoted_as(&self, c: Cue, lo: usize) -> Option<Slot> {
        if !c.flags.nonfinite || c.v < lo + 3 || self.lowers[c.v - 1] != "as" {
            return None;
        }
        let q = (c.v.saturating_sub(14).max(lo)..c.v - 2)
            .rev()
            .find(|&q| self.inq[q].is_none() && self.lx.cite.has_word(&self.lowers[q]))?;
        let mut slot = self.subject_after(q + 1, c.v - 1)?;
        // The object must reach `as` (an apposition's comma may close it);
        // a description may stand before the name (`the interior minister,
        // Oleg Sarkany,`).
        let mut end = slot.b;
        while end < c.v - 1 && self.toks[end].is_punct(',') {
            end += 1;
        }
        if end != c.v - 1 {
            return None;
        }
        slot.cited = self.subject_before(q, lo).map(|s| self.surface(s.a, s.b));
        Some(slot)
    }

    /// The speaker of a cue before a quotation. A non-finite cue (`…,
    /// saying "…"`, `calling the film "…"`) shares the subject of the
    /// finite cue before it in the sentence.
    fn cue_subject(&self, c: Cue, pre_cues: &[Cue], lo: usize, si: usize) -> Option<Slot> {
        if let Some(slot) = self.quoted_as(c, lo) {
            return Some(slot);
        }
        if c.flags.nonfinite
            && let Some(slot) = pre_cues
                .iter()
                .rev()
                .filter(|d| d.v < c.v && !d.flags.nonfinite)
                .take(4)
                .find_map(|d| self.subject_before(d.v, lo))
        {
            return Some(slot);
        }
        self.subject_before(c.v, lo).or_else(|| self.topic(si, c.v))
    }

    /// Indirect and mixed speech in one sentence.
    fn indirect_items(&self, si: usize, out: &mut Vec<(u8, Item)>) {
        let s = self.sents[si];
        let lo = self.sentence_start(si);
        if lo >= s.b || self.skip[lo] {
            return;
        }
        // The sentence end, without its final stop.
        let mut hi = s.b;
        while hi > lo
            && self.inq[hi - 1].is_none()
            && matches!(
                self.toks[hi - 1].kind,
                Tk::Punct('.' | '!' | '?' | '…' | ',' | ';' | ':')
            )
        {
            hi -= 1;
        }
        let cues = self.cues_in(lo, hi);
        for &c in &cues {
            if c.flags.quote_only || self.negated(c, lo) {
                continue;
            }
            // A verb in a relative clause before the main verb (`The
            // Journal, which first reported that …, said …`) reports no
            // clause of its own here; one that ends the sentence (`… from
            // Daniel Ahern, who said the council had not …`) reports for
            // the name before it.
            let relative = if self.after_relative(c.v, lo) {
                match self.relative_antecedent(c, lo, &cues) {
                    Some(slot) => Some(slot),
                    None => continue,
                }
            } else {
                None
            };
            let subject = relative
                .or_else(|| self.quoted_as(c, lo))
                .or_else(|| self.subject_before(c.v, lo));
            // `"…," he reiterated …`: the cue of a direct quote.
            if let Some(sl) = &subject {
                let mut p = sl.a;
                while p > lo && self.toks[p - 1].is_punct(',') {
                    p -= 1;
                }
                if p > lo && self.inq[p - 1].is_some() {
                    continue;
                }
            }
            // A. `X said (that) CLAUSE`.
            if c.flags.clause || c.flags.that {
                let after = c.v + c.len;
                let comp = (after..(after + 7).min(hi)).find(|&j| {
                    self.inq[j].is_none()
                        && self.lx.complementizers.contains(&self.lowers[j])
                        && self.toks[j].is_word()
                        && (j == after
                            || !self.lx.adjacent_complementizers.contains(&self.lowers[j]))
                });
                // `told Raymond Colfax, 58, that …`: an object (with an
                // apposition) may stand between the verb and `that`.
                let gap_clean = comp.is_some_and(|j| {
                    !(after..j).any(|x| {
                        !(self.toks[x].is_word() || self.toks[x].is_punct(','))
                            || self.cue_at(x).is_some()
                    })
                });
                // `told the court the car was stolen`: the clause starts
                // after whom it was said to.
                let to_whom = (c.flags.recipient && !(comp.is_some() && gap_clean))
                    .then(|| self.recipient_end(after, hi))
                    .flatten();
                // `said in a statement it was`: after the verb's phrases.
                let adjuncts =
                    (c.flags.clause && !(comp.is_some() && gap_clean) && to_whom.is_none())
                        .then(|| self.clause_after_adjuncts(after, hi))
                        .flatten();
                let start = if let Some(j) = comp.filter(|_| gap_clean) {
                    Some(j + 1)
                } else if let Some(k) = to_whom {
                    Some(k)
                } else if let Some(k) = adjuncts {
                    Some(k)
                } else if c.flags.clause
                    && after < hi
                    && self.toks[after].is_word()
                    && self.inq[after].is_none()
                {
                    let l = &self.lowers[after];
                    (!self.lx.is_function(l)
                        || self.lx.clause_openers.contains(l)
                        || self.lx.auxiliaries.contains(l)
                        || self.quantity_at(after, hi))
                    .then_some(after)
                } else {
                    None
                };
                let slot = subject.clone().or_else(|| {
                    if c.flags.nonfinite {
                        self.topic(si, c.v)
                    } else {
                        None
                    }
                });
                if let (Some(a), Some(slot)) = (start, slot) {
                    let b = self.clause_end(a, hi);
                    let mut found = false;
                    // `said that A and that B`: two reported clauses.
                    for (pa, pb) in self.coordinated_clauses(a, b) {
                        let check = pa == a
                            && ((c.flags.object && comp.is_none())
                                || to_whom.is_some()
                                || adjuncts.is_some());
                        let src = Source {
                            slot: slot.clone(),
                            cue: self.cue_text(c),
                            rule: "indirect-cue",
                            conf: 0.8,
                        };
                        if let Some(item) = self.clause_item(pa, pb, src, check) {
                            out.push((1, item));
                            found = true;
                        }
                    }
                    if found {
                        continue;
                    }
                }
            }
            // B. `CLAUSE, X said.`
            if let Some(slot) = subject
                && c.flags.clause
                && slot.a > lo
                && self.toks[slot.a - 1].is_punct(',')
                && self.inq[slot.a - 1].is_none()
            {
                let after = c.v + c.len;
                let quote_follows = (after < s.b && self.inq[after].is_some())
                    || (after + 1 < s.b
                        && matches!(self.toks[after].kind, Tk::Punct(':' | ','))
                        && self.inq[after + 1].is_some());
                let takes_clause = quote_follows
                    || (after..(after + 3).min(s.b)).any(|j| {
                        self.lx.complementizers.contains(&self.lowers[j])
                            || self.toks[j].is_punct(':')
                    });
                // `At which, he said, Darnell bragged …`: a cue set off by
                // commas inside the sentence reports what follows it.
                // Not `He knew the family, Quarrington said, but she would
                // not say how`: a clause joined by `but` is the reporter's.
                let parenthetical = after + 3 < hi
                    && self.toks[after].is_punct(',')
                    && self.inq[after].is_none()
                    && !matches!(self.lowers[after + 1].as_str(), "but" | "and")
                    && (after + 1..hi).all(|j| self.inq[j].is_none())
                    && self.words_in(after + 1, hi) >= 3;
                if !takes_clause {
                    let (a, b) = if parenthetical {
                        (after + 1, self.clause_end(after + 1, hi))
                    } else {
                        (lo, slot.a - 1)
                    };
                    let check = !(parenthetical && self.has_finite_verb(lo, slot.a));
                    if b - a > MAX_CLAUSE {
                        continue;
                    }
                    if let Some(item) = self.clause_item(
                        a,
                        b,
                        Source {
                            slot,
                            cue: self.cue_text(c),
                            rule: "indirect-final",
                            conf: 0.75,
                        },
                        // Around a parenthetical cue the verb may stand
                        // before it (`She learned to swim, her daughter
                        // said, in a lake …`).
                        check,
                    ) {
                        out.push((2, item));
                    }
                }
            }
        }
        // B'. `CLAUSE, said X[, an analyst at Y].`: the inverted cue.
        for &c in &cues {
            if !c.flags.clause
                || c.flags.quote_only
                || c.v <= lo + 1
                || !self.toks[c.v - 1].is_punct(',')
                || self.inq[c.v - 1].is_some()
                || self.negated(c, lo)
            {
                continue;
            }
            let after = c.v + c.len;
            let Some(slot) = self.subject_after(after, s.b) else {
                continue;
            };
            // The speaker ends the sentence, with an apposition at most.
            let rest = (slot.b..s.b)
                .find(|&j| !self.toks[j].is_punct(','))
                .unwrap_or(s.b);
            let ends = rest >= hi
                || (self.toks[slot.b].is_punct(',') && self.apposition_after(slot.b, hi).is_some());
            if !ends || c.v - 1 - lo > MAX_CLAUSE {
                continue;
            }
            let src = Source {
                slot,
                cue: self.cue_text(c),
                rule: "indirect-final",
                conf: 0.75,
            };
            if let Some(item) = self.clause_item(lo, c.v - 1, src, true) {
                out.push((2, item));
            }
        }
        // C. `according to X, CLAUSE` / `CLAUSE, according to X`.
        let mut k = lo;
        while k < hi {
            let Some((n, pos)) = self
                .lx
                .according
                .longest_at(&self.lowers, k)
                .filter(|_| self.inq[k].is_none())
            else {
                k += 1;
                continue;
            };
            let pos = *pos;
            let initial = k == lo
                || (k > lo
                    && self.toks[k - 1].is_punct(',')
                    && (lo..k - 1)
                        .all(|j| self.lx.is_function(&self.lowers[j]) || !self.toks[j].is_word()));
            let cue = self.surface(k, k + n);
            if initial {
                if let Some(comma) = (k + n..hi.min(k + n + CUE_WINDOW))
                    .find(|&j| self.toks[j].is_punct(',') && self.inq[j].is_none())
                    && let Some(slot) = self.source_phrase(k + n, comma)
                {
                    // `Theo ông Long, Phó chủ tịch UBND, dự án …`: skip an
                    // apposition after the source.
                    let mut start = comma + 1;
                    if self.lx.titles.longest_at(&self.lowers, start).is_some()
                        && let Some(c2) = (start..hi.min(start + 12))
                            .find(|&j| self.toks[j].is_punct(',') && self.inq[j].is_none())
                    {
                        start = c2 + 1;
                    }
                    let slot = if slot.kind == MKind::Anon {
                        Slot { b: comma, ..slot }
                    } else {
                        slot
                    };
                    let b = self.clause_end(start, hi);
                    self.push_according(start, b, slot, cue, out);
                }
            } else if pos == AccordingPos::Any && k > lo && self.toks[k - 1].is_punct(',') {
                let np_end = (k + n..hi.min(k + n + CUE_WINDOW))
                    .find(|&j| self.toks[j].is_punct(','))
                    .unwrap_or(hi);
                if let Some(slot) = self.source_phrase(k + n, np_end) {
                    let slot = if slot.kind == MKind::Anon {
                        Slot { b: np_end, ..slot }
                    } else {
                        slot
                    };
                    // `…, but CLAUSE, according to X`: the source vouches for
                    // the clause after the contrast.
                    let mut a = lo;
                    if let Some(but) = (lo + 1..k - 1).rev().find(|&j| {
                        listed(&self.lx.contrasts, &self.lowers[j])
                            && self.toks[j - 1].is_punct(',')
                            && self.inq[j].is_none()
                    }) {
                        a = but + 1;
                    }
                    self.push_according(a, k - 1, slot, cue, out);
                }
            }
            k += n;
        }
    }

    fn has_finite_verb(&self, a: usize, b: usize) -> bool {
        // A clause opening with a subject pronoun (`he expects …`).
        if self.lx.pronouns.has_word(&self.lowers[a])
            || matches!(self.lowers[a].as_str(), "i" | "we" | "there")
        {
            return true;
        }
        // `added 22 points for Toronto, which has won four straight`: the
        // verb of a relative clause after a comma is not the clause's.
        let mut relative = false;
        (a..b).any(|k| {
            let t = &self.toks[k];
            let l = &self.lowers[k];
            if t.is_punct(',') {
                relative = self.inq[k].is_none()
                    && self
                        .lowers
                        .get(k + 1)
                        .is_some_and(|n| n != "that" && self.lx.relatives.contains(n));
                return false;
            }
            !relative
                && t.is_word()
                && !t.cap
                && (self.lx.auxiliaries.contains(l)
                    || self.lx.verbs.has_word(l)
                    || self
                        .lx
                        .verb_endings
                        .iter()
                        .any(|e| l.len() > e.len() + 2 && l.ends_with(e.as_str())))
        })
    }

    /// Adds the clause `a..b` credited by an `according to` phrase.
    fn push_according(
        &self,
        a: usize,
        b: usize,
        slot: Slot,
        cue: String,
        out: &mut Vec<(u8, Item)>,
    ) {
        let src = Source {
            slot,
            cue,
            rule: "indirect-according",
            conf: 0.75,
        };
        if let Some(item) = self.clause_item(a, b, src, false) {
            out.push((3, item));
        }
    }

    /// Where a reported clause starting at `a` ends.
    fn clause_end(&self, a: usize, hi: usize) -> usize {
        let hi = hi.min(a + MAX_CLAUSE);
        for j in a..hi {
            if self.inq[j].is_some() {
                continue;
            }
            if self.toks[j].is_punct(';') {
                return j;
            }
            if self.toks[j].is_punct(',')
                && self.lx.according.longest_at(&self.lowers, j + 1).is_some()
            {
                return j;
            }
            if self.toks[j].is_punct(',')
                && let Some(c) = self.cues_in(j + 1, (j + 10).min(hi)).first().copied()
                && self
                    .subject_before(c.v, j + 1)
                    .is_some_and(|sl| sl.a == j + 1)
            {
                return j;
            }
        }
        hi
    }

    fn clause_item(&self, a: usize, b: usize, src: Source, check_verb: bool) -> Option<Item> {
        let Source {
            slot,
            cue,
            rule,
            conf,
        } = src;
        let mut b = b;
        while b > a
            && self.inq[b - 1].is_none()
            && matches!(
                self.toks[b - 1].kind,
                Tk::Punct(',' | '.' | ';' | ':' | '—')
            )
        {
            b -= 1;
        }
        if b <= a
            || self.toks[a].kind != Tk::Word
                && self.inq[a].is_none()
                && !matches!(self.toks[a].kind, Tk::Quote(_))
        {
            return None;
        }
        let words = self.words_in(a, b);
        // `said she was relieved`: three words are a clause when a subject
        // pronoun opens it and a verb follows.
        let pronoun_clause = words == 3
            && self.lx.pronouns.has_word(&self.lowers[a])
            && (a + 1..b).any(|k| self.toks[k].is_word() && self.aux_or_cue(k));
        if words < 4 && !pronoun_clause {
            return None;
        }
        let quoted = self.toks[a..b]
            .iter()
            .enumerate()
            .filter(|(i, t)| t.is_word() && self.inq[a + i].is_some())
            .count();
        // Mostly quoted: the direct quotation already stands for it.
        if quoted * 5 > words * 4 {
            return None;
        }
        // A clause cut through a quotation is no clause.
        if self.inq[a].is_some() && self.quotes[self.inq[a].unwrap() as usize].open != a {
            return None;
        }
        // Where the language marks finite verbs (`was`, `has`, `-ed`), a
        // clause without one is an object phrase (`announced the plans`).
        if check_verb && self.lx.clause_needs_verb && !self.has_finite_verb(a, b) {
            return None;
        }
        let kind = if quoted > 0 {
            QuoteKind::Mixed
        } else {
            QuoteKind::Indirect
        };
        Some(Item {
            cs: self.toks[a].s,
            ce: self.toks[b - 1].e,
            at: a,
            end: b - 1,
            kind,
            slot: Some(slot),
            cue: Some(cue),
            rule,
            conf,
            words,
        })
    }

    /// Runs every sieve and resolves speakers in text order.
    pub(crate) fn attribute(&mut self) -> Vec<Found> {
        let mut items: Vec<Item> = (0..self.quotes.len())
            .filter_map(|qi| self.direct_item(qi))
            .collect();
        let mut ind: Vec<(u8, Item)> = Vec::new();
        for si in 0..self.sents.len() {
            self.indirect_items(si, &mut ind);
        }
        ind.sort_by_key(|(p, it)| (*p, it.at));
        // Of two readings of one clause, the higher-priority rule wins. A
        // clause lies within one sentence, so only those are compared.
        let mut kept: std::collections::HashMap<u32, Vec<Item>> = Default::default();
        for (_, it) in ind {
            let same = kept.entry(self.sent_of[it.at]).or_default();
            let overlaps = same.iter().any(|k| {
                let o = it.ce.min(k.ce).saturating_sub(it.cs.max(k.cs));
                o * 2 > (it.ce - it.cs).min(k.ce - k.cs)
            });
            if !overlaps {
                same.push(it);
            }
        }
        items.extend(kept.into_values().flatten());
        items.sort_by_key(|it| (it.cs, it.ce));

        let mut out = Vec::with_capacity(items.len());
        // (token, entity, type, mention) of each attributed quotation so far.
        let mut history: Vec<(usize, Option<usize>, SpeakerType)> = Vec::new();
        // Beside each history entry: whether the quotation asks, and
        // whether the exchange rule gave its speaker.
        let mut asked: Vec<(bool, bool)> = Vec::new();
        let mut last_mention: Option<String> = None;
        for it in items {
            let mut rule = it.rule;
            let mut conf = it.conf;
            let (ent, ty, mention, role, cited) = match &it.slot {
                Some(slot) => {
                    let (mut ent, mut ty) = self.resolve_slot(slot, &history);
                    // `"…?" the barrister asked. "…," the actor replied.`: a
                    // reply told only by a pronoun or a description is not
                    // the last speaker's; it goes to the one spoken to.
                    if let Some(e) = ent
                        && !matches!(slot.kind, MKind::Person | MKind::Org)
                        && history.last().is_some_and(|h| h.1 == Some(e))
                        && it.cue.as_deref().is_some_and(|c| self.is_reply(c))
                        && let Some(o) = self.other_speaker(e, slot, &history)
                    {
                        ent = Some(o);
                        ty = SpeakerType::Person;
                    }
                    // `Tri-Valley Power, the utility that owns the line,
                    // said`: an apposition headed by an organization word
                    // makes the name an organization.
                    if let (Some(e), Some(r), SpeakerType::Person) = (ent, &slot.role, ty)
                        && self.ents[e].gender.is_none()
                        && let Some(t) = self.org_head(r)
                    {
                        self.make_org(e, t);
                        ent = Some(e);
                        ty = SpeakerType::Organization;
                    }
                    // A role in an apposition (`John Earnest, phát ngôn viên
                    // Nhà Trắng, nói`) belongs to the entity too.
                    // A form of address (`Ông`, `Mr.`) is not a role.
                    let role = slot.role.clone().filter(|r| !self.lx.is_courtesy(r));
                    if let (Some(e), Some(r), Some(_)) = (ent, &role, slot.mention) {
                        self.ents[e].roles.insert(r.clone());
                    }
                    (
                        ent,
                        ty,
                        Some(self.surface(slot.a, slot.b)),
                        role,
                        slot.cited.clone(),
                    )
                }
                None => match self
                    .exchange(&it, &history, &asked)
                    .map(|e| (Some(e), SpeakerType::Person, "exchange", 0.6))
                    .or_else(|| self.continuation(&it, &history))
                {
                    Some((ent, ty, r, c)) => {
                        rule = r;
                        conf = c;
                        // An unnamed source goes on: keep its description.
                        let mention = (ent.is_none() && r == "continuation")
                            .then(|| last_mention.clone())
                            .flatten();
                        (ent, ty, mention, None, None)
                    }
                    None => {
                        // A short fragment with no cue anywhere near is a
                        // scare quote, not a statement.
                        if it.words < 4 {
                            continue;
                        }
                        (None, SpeakerType::Unknown, None, None, None)
                    }
                },
            };
            if ty != SpeakerType::Unknown {
                history.push((it.end, ent, ty));
                asked.push((self.asks(it.cs, it.ce), rule == "exchange"));
                last_mention.clone_from(&mention);
            }
            out.push(Found {
                cs: it.cs,
                ce: it.ce,
                kind: it.kind,
                ent,
                mention,
                speaker_type: ty,
                cue: it.cue,
                confidence: conf,
                rule,
                cited,
                role,
            });
        }
        // Interviews printed as Q&A: answer turns are the interviewee's
        // quotations; what lies inside a question turn is the interviewer's.
        self.label_names();
        let turns = self.qa_turns(&out);
        if !turns.questions.is_empty() {
            out.retain(|f| {
                let i = turns.questions.partition_point(|q| q.1 <= f.cs);
                turns.questions.get(i).is_none_or(|q| f.cs < q.0)
            });
        }
        if !turns.answers.is_empty() {
            out.extend(turns.answers);
            out.sort_by_key(|f| (f.cs, f.ce));
        }
        out
    }

    /// Whether the quotation `cs..ce` is a question.
    fn asks(&self, cs: usize, ce: usize) -> bool {
        self.text[cs..ce].trim_end().ends_with('?')
    }

    /// Whether the quotation is all of its paragraph.
    fn alone_in_para(&self, it: &Item) -> bool {
        let inside = |t: &super::token::Tok| t.s >= it.cs && t.e <= it.ce;
        let (from, to) = self.para_span(it.at);
        self.toks[from..to]
            .iter()
            .all(|t| inside(t) || matches!(t.kind, Tk::Quote(_) | Tk::Punct(_)))
    }

    /// A cue-less paragraph in a two-party exchange (a cross-examination,
    /// an interview told in quotations): `"…?" the barrister asked. "…,"
    /// the witness replied.` then a question of its own paragraph is the
    /// asker's again, and the paragraph after such a question the other's.
    fn exchange(
        &self,
        it: &Item,
        history: &[(usize, Option<usize>, SpeakerType)],
        asked: &[(bool, bool)],
    ) -> Option<usize> {
        let (&(pend, y, _), &(y_asks, y_by_exchange)) = (history.last()?, asked.last()?);
        let y = y?;
        if self.sent_of[it.at] != self.sent_of[pend.min(self.toks.len() - 1)] + 1
            || !self.alone_in_para(it)
        {
            return None;
        }
        // The other party: who spoke before the last speaker's run.
        let k = history.iter().rposition(|h| h.1 != Some(y))?;
        if history.len() - k > EXCHANGE_LOOKBACK {
            return None;
        }
        let x = history[k].1?;
        if self.ents[x].kind != EntityKind::Person || self.ents[y].kind != EntityKind::Person {
            return None;
        }
        let asks = self.asks(it.cs, it.ce);
        let answer_to_x = asked[k].0 && !y_asks;
        ((asks && answer_to_x) || (!asks && y_asks && y_by_exchange)).then_some(x)
    }

    /// The clause `a..b` cut before each coordinator followed by a
    /// complementizer outside quotations (`… and that B`, `… và rằng B`),
    /// each later part starting after the complementizer.
    fn coordinated_clauses(&self, a: usize, b: usize) -> Vec<(usize, usize)> {
        let mut parts = Vec::new();
        let mut from = a;
        let mut k = a + 1;
        while k + 2 < b {
            if self.inq[k].is_none()
                && self.inq[k + 1].is_none()
                && self.toks[k].is_word()
                && self.lx.coordinators.contains(&self.lowers[k])
                && self.lx.complementizers.contains(&self.lowers[k + 1])
                && !self
                    .lx
                    .adjacent_complementizers
                    .contains(&self.lowers[k + 1])
            {
                parts.push((from, k));
                from = k + 2;
                k += 2;
                continue;
            }
            k += 1;
        }
        parts.push((from, b));
        parts
    }

    /// Whether the cue `c` is a reply verb (flag `r` of `verbs.txt`).
    fn is_reply(&self, c: &str) -> bool {
        let words: Vec<String> = c.split_whitespace().map(crate::text::lowercase).collect();
        self.lx
            .verbs
            .longest_at(&words, 0)
            .is_some_and(|(n, f)| n == words.len() && f.reply)
    }

    /// The person who spoke last before `e` among the recent quotations, of
    /// a gender that fits the pronoun or description of `slot`.
    fn other_speaker(
        &self,
        e: usize,
        slot: &Slot,
        history: &[(usize, Option<usize>, SpeakerType)],
    ) -> Option<usize> {
        let want = match &slot.kind {
            MKind::Pronoun(PronounKind::Male) => Some('m'),
            MKind::Pronoun(PronounKind::Female) => Some('f'),
            MKind::Described(_, g, _) => *g,
            _ => None,
        };
        history
            .iter()
            .rev()
            .take(EXCHANGE_LOOKBACK)
            .filter_map(|h| h.1)
            .find(|&o| o != e && self.ents[o].kind == EntityKind::Person)
            .filter(|&o| want.is_none() || self.ents[o].gender.is_none_or(|g| Some(g) == want))
    }

    fn para_of(&self, k: usize) -> u32 {
        self.toks[k].para
    }

    /// Whether the word at `k` is an auxiliary or a cue verb: the verbs a
    /// short clause is known to hold without guessing by endings.
    fn aux_or_cue(&self, k: usize) -> bool {
        self.lx.auxiliaries.contains(&self.lowers[k]) || self.lx.verbs.has_word(&self.lowers[k])
    }

    /// `"…" That was the message from union organiser X.`, `So says X.`:
    /// the sentence right after a quotation that ends its own opens with a
    /// word pointing back (`back_references` of `language.txt`) and a verb,
    /// and names the person in its first words.
    fn back_reference(&self, it: &Item) -> Option<usize> {
        // The first sentence that starts after the quotation, in its
        // paragraph or the next.
        let ni = self.sents.partition_point(|s| s.a < it.end);
        let next = self.sents.get(ni)?;
        let a = next.a;
        if a >= self.toks.len() || self.paragraphs_between(self.sent_of[it.at] as usize, ni) > 1 {
            return None;
        }
        // Nothing but closing punctuation between the quotation and it.
        if (it.end..a).any(|k| self.toks[k].is_word()) {
            return None;
        }
        let t = &self.toks[a];
        if !t.is_word() || !self.lx.back_references.iter().any(|w| *w == self.lowers[a]) {
            return None;
        }
        let v = a + 1;
        let verb = v < next.b && (self.toks[v].kind == Tk::Possessive || self.aux_or_cue(v));
        if !verb || (a..next.b).any(|k| self.inq[k].is_some()) {
            return None;
        }
        self.mentions[self.mentions_within(a, next.b.min(a + 12))]
            .iter()
            .find(|m| m.kind == MKind::Person && m.ent.is_some())
            .and_then(|m| m.ent)
    }

    /// The speaker of a quote with no cue: the previous speaker when nobody
    /// else was named since, else the subject of a recent sentence.
    fn continuation(
        &self,
        it: &Item,
        history: &[(usize, Option<usize>, SpeakerType)],
    ) -> Option<(Option<usize>, SpeakerType, &'static str, f32)> {
        let si = self.sent_of[it.at] as usize;
        if let Some(e) = self.back_reference(it) {
            return Some((Some(e), SpeakerType::Person, "back-reference", 0.6));
        }
        // `Asked about the spring, she shook her head. "…"`: the personal
        // pronoun opening a clause of the sentence just before, in the
        // same paragraph, with no quotation of its own.
        if si > 0
            && let prev = self.sents[si - 1]
            && self.paragraphs_between(si - 1, si) == 0
            && (prev.a..prev.b)
                .all(|k| self.inq[k].is_none() && !matches!(self.toks[k].kind, Tk::Quote(_)))
            && let Some(g) = (prev.a..prev.b.min(it.at)).find_map(|k| {
                let opens = k == prev.a || self.toks[k - 1].is_punct(',');
                let g = match self.pronoun_at(k, k + 1)? {
                    PronounKind::Male => 'm',
                    PronounKind::Female => 'f',
                    _ => return None,
                };
                (opens && self.inq[k].is_none()).then_some(g)
            })
            && let Some(e) = self.salient_person(prev.a, history, Some(g))
        {
            return Some((Some(e), SpeakerType::Person, "previous-subject", 0.45));
        }
        if let Some(&(pend, pent, pty)) = history.last() {
            let ps = self.sent_of[pend] as usize;
            let near = si.saturating_sub(ps) <= 3 && self.paragraphs_between(ps, si) <= 2;
            // Names in the sentence that closes the previous quotation are
            // its attribution (`…," said Tomasz Wierzbicki, chief economist
            // at Halden Capital.`), not a new speaker.
            let between: Vec<&Mention> = self.mentions[self.mentions_within(pend + 1, it.at)]
                .iter()
                .filter(|m| m.subject && m.kind == MKind::Person)
                .filter(|m| self.sent_of[m.a] as usize != ps)
                .collect();
            if near && between.iter().all(|m| m.ent == pent) {
                return Some((pent, pty, "continuation", 0.7));
            }
            if let Some(m) = between.last() {
                return Some((m.ent, SpeakerType::Person, "previous-subject", 0.45));
            }
        }
        // Nobody quoted yet nearby: a person who is the subject of one of
        // the two sentences before, in this paragraph or the one before
        // (`Rosalind Achterberg does not turn it down. …` then a quote).
        if si >= self.sents.len() {
            return None;
        }
        let from = (si.saturating_sub(2)..si)
            .find(|&s| self.paragraphs_between(s, si) <= 1)
            .unwrap_or(si);
        if from >= si {
            return None;
        }
        let m = self.mentions[self.mentions_within(self.sents[from].a, it.at)]
            .iter()
            .rev()
            .find(|m| m.subject && m.kind == MKind::Person && m.ent.is_some())?;
        Some((m.ent, SpeakerType::Person, "previous-subject", 0.45))
    }

    /// How many paragraph breaks lie between sentences `a` and `b` (blank
    /// lines do not count).
    fn paragraphs_between(&self, a: usize, b: usize) -> usize {
        let (a, b) = (a.min(b), a.max(b).min(self.sents.len().saturating_sub(1)));
        (a + 1..=b)
            .filter(|&s| self.toks[self.sents[s].a].para != self.toks[self.sents[s - 1].a].para)
            .count()
    }

    fn kind_type(&self, e: usize) -> SpeakerType {
        match self.ents[e].kind {
            EntityKind::Person => SpeakerType::Person,
            EntityKind::Organization => SpeakerType::Organization,
        }
    }

    fn resolve_slot(
        &mut self,
        slot: &Slot,
        history: &[(usize, Option<usize>, SpeakerType)],
    ) -> (Option<usize>, SpeakerType) {
        match &slot.kind {
            // `Police say …` and `The Harlan Ridge Police Department said`
            // in the next paragraph: a name that is only an organization
            // word stands for the organization named with it.
            MKind::Org
                if let Some(e) = slot
                    .mention
                    .filter(|&m| {
                        let m = &self.mentions[m];
                        m.b == m.name_a + 1
                            && self.toks[m.name_a].cap
                            && self.lx.org_words.has_word(&self.lowers[m.name_a])
                    })
                    .and_then(|m| {
                        let h = self.mentions[m].name_a;
                        self.org_named_by(h, slot.a)
                            .or_else(|| self.org_named_by_after(h, self.mentions[m].b))
                    }) =>
            {
                (Some(e), SpeakerType::Organization)
            }
            MKind::Person | MKind::Org => match slot.mention.and_then(|m| self.mentions[m].ent) {
                Some(e) => (Some(e), self.kind_type(e)),
                None => (None, SpeakerType::Unknown),
            },
            MKind::Place => {
                let m = &self.mentions[slot.mention.expect("place slots come from mentions")];
                let (a, b) = (m.name_a, m.b);
                let name = self.surface(a, b);
                let e = self.link_name(&name, true, a, b);
                (Some(e), SpeakerType::Organization)
            }
            MKind::Anon => (None, SpeakerType::Anonymous),
            MKind::Document(t) if !t.is_empty() => match self.last_org_typed(t, slot.a) {
                Some(e) => (Some(e), SpeakerType::Organization),
                None => (None, SpeakerType::Anonymous),
            },
            MKind::Document(_) => match self.document_author(slot.a, slot.b, history) {
                Some(e) => (Some(e), self.kind_type(e)),
                None => (None, SpeakerType::Anonymous),
            },
            MKind::Pronoun(PronounKind::Plural) => {
                match history.iter().rev().find(|h| {
                    h.0 < slot.a
                        && matches!(h.2, SpeakerType::Anonymous | SpeakerType::Organization)
                }) {
                    Some(h) if self.para_of(slot.a).saturating_sub(self.para_of(h.0)) <= 2 => {
                        (h.1, h.2)
                    }
                    // No group nearby: a singular `they` for a person.
                    _ => match self.salient_person(slot.a, history, None) {
                        Some(e) => (Some(e), SpeakerType::Person),
                        None => (None, SpeakerType::Anonymous),
                    },
                }
            }
            MKind::Pronoun(PronounKind::Org) => {
                match self.recent_entity(slot.a, history, EntityKind::Organization) {
                    Some(e) => (Some(e), SpeakerType::Organization),
                    None => (None, SpeakerType::Unknown),
                }
            }
            MKind::Pronoun(pk) => match self.salient_person(slot.a, history, gender_of(*pk)) {
                Some(e) => (Some(e), SpeakerType::Person),
                None => (None, SpeakerType::Unknown),
            },
            MKind::OrgRef(t) => match self
                .org_named_by(slot.b - 1, slot.a)
                .or_else(|| self.org_of_type(t, slot.a))
                .or_else(|| self.unmarked_org(slot.a, t))
            {
                Some(e) => (Some(e), SpeakerType::Organization),
                None => (None, SpeakerType::Organization),
            },
            MKind::Described(concept, gender, head) => {
                match self.resolve_described(slot.a, concept, *gender, head.as_deref(), history) {
                    Some(e) => (Some(e), SpeakerType::Person),
                    None => (None, SpeakerType::Anonymous),
                }
            }
            MKind::TitleRef(head, definite) => {
                // `a spokesman for Harrow Row Partners said`: an indefinite
                // description brings in someone new, not the spokesperson
                // named before.
                let indefinite = listed(&self.lx.indefinites, &self.lowers[slot.a]);
                let by_role = (!indefinite).then(|| self.by_role(slot.a, head)).flatten();
                // With no one of that role named, `the senator` is the
                // person in focus only if no other role was given to them.
                match by_role {
                    Some(e) => (Some(e), SpeakerType::Person),
                    None if *definite => match self.salient_person(slot.a, history, None) {
                        Some(e) if self.ents[e].roles.is_empty() => (Some(e), SpeakerType::Person),
                        _ => (None, SpeakerType::Anonymous),
                    },
                    None => (None, SpeakerType::Anonymous),
                }
            }
        }
    }

    /// Who wrote the document `the statement` at `p..b` refers to: the
    /// speaker quoted, else the named subject, of the last sentence before
    /// `p`'s (within [`DOCUMENT_PARAGRAPHS`] paragraphs) that names a
    /// document outside quotation marks (`X said in a statement`, `X
    /// published its report`). None when that sentence names no author
    /// (`according to court documents`).
    fn document_author(
        &self,
        p: usize,
        b: usize,
        history: &[(usize, Option<usize>, SpeakerType)],
    ) -> Option<usize> {
        let si = self.sent_of[p] as usize;
        // `Thái An Bank phát đi thông báo cho biết`, `the city issued a
        // statement saying`: the document is the object of its author,
        // named a few words before it.
        let from = self.sents[si].a.max(p.saturating_sub(DOCUMENT_VERB + 1));
        if let Some(m) = self.mentions[self.mentions_within(self.sents[si].a, p)]
            .iter()
            .rev()
            .find(|m| m.b >= from && m.ent.is_some())
            && matches!(m.kind, MKind::Person | MKind::Org)
            && (m.b..p).all(|k| self.toks[k].is_word() && !self.toks[k].cap)
        {
            return m.ent;
        }
        // The last document named outside quotation marks, in the last
        // sentence before `p`'s that names one.
        let found = (0..si)
            .rev()
            .take_while(|&s| self.paragraphs_between(s, si) <= DOCUMENT_PARAGRAPHS)
            .find_map(|s| {
                let sent = self.sents[s];
                (sent.a..sent.b)
                    .rev()
                    .find(|&k| {
                        self.inq[k].is_none()
                            && !self.toks[k].cap
                            && self.lx.documents.longest_at(&self.lowers, k).is_some()
                    })
                    .map(|doc| (sent, doc))
            });
        let Some((sent, doc)) = found else {
            // `Northgate Health said Monday …` then `The statement said`:
            // a statement or letter the speaker just quoted issued.
            let authored = (p..b).any(|s| {
                self.lx
                    .documents
                    .longest_at(&self.lowers, s)
                    .is_some_and(|(n, &a)| a && s + n == b)
            });
            let &(end, e, _) = history.last().filter(|_| authored)?;
            let ps = self.sent_of[end.saturating_sub(1)] as usize;
            return e.filter(|_| ps < si && self.paragraphs_between(ps, si) <= 1);
        };
        if let Some(h) = history
            .iter()
            .rev()
            .find(|h| h.0 > sent.a && h.0 <= sent.b && h.1.is_some())
        {
            return h.1;
        }
        let named = |m: &&Mention| matches!(m.kind, MKind::Person | MKind::Org) && m.ent.is_some();
        self.mentions[self.mentions_within(sent.a, sent.b)]
            .iter()
            .find(|m| m.subject && named(m))
            // `theo báo cáo vừa công bố của X`, `a report released Monday
            // by X`: its author named just after it.
            .or_else(|| {
                self.mentions[self.mentions_within(doc, sent.b)]
                    .iter()
                    .take_while(|m| m.a < doc + DOCUMENT_AUTHOR)
                    .find(named)
            })
            .and_then(|m| m.ent)
    }

    /// `the police`, `the association`, `the health authority`: the last
    /// organization before `p` whose name holds the head word at `h`
    /// (`Tamarack District Police Service`).
    fn org_named_by(&self, h: usize, p: usize) -> Option<usize> {
        self.org_holding(h, self.mentions_before(p))
    }

    /// The organization named in the next paragraph at most after `p`
    /// whose name holds the word at `h` (`Police say …`, then `the Harlan
    /// Ridge Police Department said`).
    fn org_named_by_after(&self, h: usize, p: usize) -> Option<usize> {
        // (Paragraph numbers count the blank lines between paragraphs.)
        let last = self.para_of(h) + 2;
        self.org_holding(
            h,
            self.mentions_after(p)
                .take_while(|m| self.para_of(m.a) <= last),
        )
    }

    /// The first of `mentions` naming an organization of two words or more
    /// whose name holds the word at `h`.
    fn org_holding<'m>(
        &self,
        h: usize,
        mut mentions: impl Iterator<Item = &'m Mention>,
    ) -> Option<usize> {
        let head = super::mentions::name_key(&self.text[self.toks[h].s..self.toks[h].e]);
        let head = head.first()?;
        mentions.find_map(|m| {
            m.ent.filter(|&e| {
                self.ents[e].kind == EntityKind::Organization
                    && self.ents[e].key.len() >= 2
                    && self.ents[e].key.contains(head)
            })
        })
    }

    /// Whether organization `e` is a news outlet (of the `org_words.txt`
    /// types [`NEWS_TYPES`]): in a story it reports, it is rarely what `the
    /// company` or `the authority` means.
    fn news_outlet(&self, e: usize) -> bool {
        self.ents[e]
            .orgtype
            .as_deref()
            .is_some_and(|t| NEWS_TYPES.contains(&t))
    }

    /// Whether mention `m` names where something was said, not who said
    /// it: after a medium link (`posted on Facebook`, `language.txt`'s
    /// `medium_links`) or as the one told (`told CBC News`, verbs with flag
    /// `i`).
    fn medium(&self, m: &Mention) -> bool {
        let mut k = m.a;
        if k > 0 && listed(&self.lx.determiners, &self.lowers[k - 1]) {
            k -= 1;
        }
        k > 0 && {
            let w = self.lowers[k - 1].as_str();
            self.lx.medium_links.iter().any(|x| x == w)
                || self
                    .lx
                    .verbs
                    .longest_at(&self.lowers, k - 1)
                    .is_some_and(|(n, f)| n == 1 && f.recipient)
        }
    }

    fn recent_entity(
        &self,
        before: usize,
        history: &[(usize, Option<usize>, SpeakerType)],
        kind: EntityKind,
    ) -> Option<usize> {
        let from_history = history
            .iter()
            .rev()
            .take(LOOKBACK)
            .find(|h| h.0 < before && h.1.is_some_and(|e| self.ents[e].kind == kind))
            .map(|h| (h.0, h.1.expect("checked")));
        // `… said in response to queries from The Straits Times. It
        // expects …, it added.`: a name in a prepositional phrase after the
        // last speaker is no antecedent over that speaker.
        let object = |m: &Mention| {
            let mut a = m.a;
            if a > 0 && listed(&self.lx.definite_articles, &self.lowers[a - 1]) {
                a -= 1;
            }
            !m.subject && a > 0 && listed(&self.lx.prepositions, &self.lowers[a - 1])
        };
        let fits =
            |m: &&Mention| !self.medium(m) && m.ent.is_some_and(|e| self.ents[e].kind == kind);
        let from_mentions = self
            .mentions_before(before)
            .take(8)
            .filter(fits)
            .find(|m| !object(m))
            .or_else(|| self.mentions_before(before).find(fits))
            .map(|m| (m.a, m.ent.expect("checked")));
        match (from_history, from_mentions) {
            (Some(h), Some(m)) => Some(if h.0 >= m.0 { h.1 } else { m.1 }),
            (h, m) => h.or(m).map(|x| x.1),
        }
    }

    /// The person a pronoun at `p` most likely stands for: the subject of its
    /// own sentence, else the most recent speaker or sentence subject.
    fn salient_person(
        &self,
        p: usize,
        history: &[(usize, Option<usize>, SpeakerType)],
        gender: Option<char>,
    ) -> Option<usize> {
        // A person the pronoun can stand for: `she` skips a known man.
        let fits = |e: usize| {
            self.ents[e].kind == EntityKind::Person
                && (gender.is_none()
                    || self.ents[e].gender.is_none()
                    || self.ents[e].gender == gender)
        };
        let si = self.sent_of[p] as usize;
        if si < self.sents.len() {
            let s = self.sents[si];
            if let Some(i) = self.mentions_within(s.a, p).find(|&i| {
                let m = &self.mentions[i];
                m.kind == MKind::Person && !m.possessor && m.ent.is_some_and(fits)
            }) {
                return self.mentions[i].ent;
            }
        }
        if let Some(e) = self.introduced_before(p).filter(|&e| fits(e)) {
            return Some(e);
        }
        let h = history
            .iter()
            .rev()
            .take(LOOKBACK)
            .find(|h| h.0 < p && h.1.is_some_and(fits))
            .map(|h| (h.0, h.1.expect("checked")));
        let m = self
            .mentions_before(p)
            .find(|m| m.subject && m.kind == MKind::Person && m.ent.is_some_and(fits))
            .map(|m| (m.a, m.ent.expect("checked")));
        match (h, m) {
            (Some(h), Some(m)) => Some(if h.0 >= m.0 { h.1 } else { m.1 }),
            (h, m) => h.or(m).map(|x| x.1).or_else(|| {
                self.mentions_before(p)
                    .find(|m| m.kind == MKind::Person && m.ent.is_some_and(fits))
                    .and_then(|m| m.ent)
            }),
        }
    }

    /// `Among the passengers is Colin Treharne, a retired farmer.` then
    /// `"…," he says`: the person introduced (named for the first time, in
    /// full, with an apposition) in the paragraph before the one holding
    /// `p`, when that paragraph names no one else, holds no quotation, and
    /// `p`'s paragraph names nobody before `p`.
    fn introduced_before(&self, p: usize) -> Option<usize> {
        let para = self.toks[p].para;
        let start = self.toks[..p].iter().rposition(|t| t.para != para)? + 1;
        let prev = self.toks[start - 1].para;
        let from = self.toks[..start]
            .iter()
            .rposition(|t| t.para != prev)
            .map_or(0, |i| i + 1);
        if (from..start).any(|k| self.inq[k].is_some() || matches!(self.toks[k].kind, Tk::Quote(_)))
            || self.mentions[self.mentions_within(start, p)]
                .iter()
                .any(|m| m.kind == MKind::Person)
        {
            return None;
        }
        let mut ent = None;
        let mut introduced = false;
        // `Roy Matthiesen of rural Millbrook`: one word after an origin
        // link is a place, not a second person.
        let origin = |k: usize| self.lx.origin_links.iter().any(|w| *w == self.lowers[k]);
        for m in &self.mentions[self.mentions_within(from, start)] {
            if m.kind != MKind::Person
                || m.possessor
                || (m.b - m.name_a == 1
                    && m.a >= 2
                    && (origin(m.a - 1) || (origin(m.a - 2) && !self.toks[m.a - 1].cap)))
            {
                continue;
            }
            match (ent, m.ent) {
                (_, None) => return None,
                (None, Some(e)) => ent = Some(e),
                (Some(a), Some(e)) if a != e => return None,
                _ => {}
            }
            // Named in full with an apposition (`X, a retired farmer`), or
            // opening with a given name in a paragraph where no pronoun
            // points at someone else (`The Sentinel reached X by phone`).
            introduced |= m.b - m.name_a >= 2
                && ((self.toks.get(m.b).is_some_and(|t| t.is_punct(','))
                    && self.lowers.get(m.b + 1).is_some_and(|n| {
                        matches!(n.as_str(), "a" | "an" | "the") || self.lx.relatives.contains(n)
                    }))
                    || (self.lx.given_gender(&self.lowers[m.name_a]).is_some()
                        && !(m.a > 0 && listed(&self.lx.determiners, &self.lowers[m.a - 1]))
                        && !(from..start).any(|k| {
                            self.lx.pronouns.word(&self.lowers[k]).is_some_and(|pk| {
                                matches!(pk, PronounKind::Male | PronounKind::Female)
                            })
                        })));
        }
        let e = ent.filter(|_| introduced)?;
        let before = self.mentions_within(0, from);
        (!self.mentions[before].iter().any(|m| m.ent == Some(e))).then_some(e)
    }

    /// The head of a description (`the utility that owns the line`, `a
    /// Denver-based firm`) when it is an organization word: its type.
    fn org_head(&self, role: &str) -> Option<String> {
        let mut words = role.split_whitespace();
        if !matches!(words.next()?.to_lowercase().as_str(), "the" | "a" | "an") {
            return None;
        }
        let mut head = None;
        for w in words.take(3) {
            let l = w.to_lowercase();
            if self.lx.is_function(&l) || self.lx.relatives.contains(&l) {
                break;
            }
            head = Some(l);
        }
        let head = head?;
        self.lx
            .org_words
            .word(&head)
            .filter(|t| !t.is_empty())
            .cloned()
    }

    /// Makes a local entity an organization of type `t`.
    fn make_org(&mut self, e: usize, t: String) {
        let ent = &mut self.ents[e];
        if ent.kind == EntityKind::Organization {
            return;
        }
        ent.kind = EntityKind::Organization;
        ent.orgtype.get_or_insert(t);
        self.org_ents.push(e);
    }

    /// `the company said` when no organization is named: the name of a few
    /// sentences back that can only be an organization's (no title, no
    /// known given name, no family name, no gender), which becomes one.
    fn unmarked_org(&mut self, p: usize, t: &str) -> Option<usize> {
        let si = self.sent_of.get(p).map(|&s| s as usize)?;
        let e = self
            .mentions_before(p)
            .take_while(|m| si.saturating_sub(self.sent_of[m.a] as usize) <= 4)
            .filter(|m| m.kind == MKind::Person && m.role.is_none())
            .find_map(|m| {
                let e = m.ent?;
                let ent = &self.ents[e];
                // `Lumora unveiled …, the company said`: a one-word name
                // only as the subject of the same sentence.
                let one_word_subject =
                    ent.key.len() == 1 && m.subject && self.sent_of[m.a] as usize == si;
                let first = ent
                    .best_name(self.lx)
                    .split_whitespace()
                    .next()?
                    .to_lowercase();
                (ent.kind == EntityKind::Person
                    && (ent.key.len() >= 2 || one_word_subject)
                    && ent.gender.is_none()
                    && ent.roles.is_empty()
                    && self.lx.given_gender(&first).is_none()
                    && !self.lx.family_names.contains(&first))
                .then_some(e)
            });
        let e = match e {
            Some(e) => e,
            None => self.initial_org_subject(si, p)?,
        };
        self.make_org(e, t.to_string());
        Some(e)
    }

    /// `Lumora unveiled …, the company said`: a lone capitalized word
    /// opening sentence `si` (after a dateline), known to no lexicon and
    /// followed by a finite verb, names the organization the reference
    /// stands for. (Such a word is not taken for a name on its own: a
    /// sentence may open with any capitalized word.)
    fn initial_org_subject(&mut self, si: usize, p: usize) -> Option<usize> {
        let s = self.sents[si];
        let k = (s.a..p.min(s.b)).find(|&k| !self.skip[k])?;
        let t = &self.toks[k];
        let l = self.lowers[k].as_str();
        if !(t.is_word() && t.cap && self.inq[k].is_none())
            || self.name_like(k + 1)
            || self.lx.is_function(l)
            || self.lx.pronouns.has_word(l)
            || self.lx.anonymous.has_word(l)
            || self.lx.titles.has_word(l)
            || self.lx.places.has_word(l)
            || self.lx.given_gender(l).is_some()
            || self.lx.family_names.contains(l)
            || self.mentions.iter().any(|m| m.a <= k && k < m.b)
        {
            return None;
        }
        let v = self.lowers.get(k + 1)?;
        let finite = self.toks[k + 1].is_word()
            && !self.toks[k + 1].cap
            && (self.lx.verbs.has_word(v)
                || self
                    .lx
                    .verb_endings
                    .iter()
                    .any(|e| v.len() > e.len() + 2 && v.ends_with(e.as_str())));
        if !finite {
            return None;
        }
        let name = self.surface(k, k + 1);
        Some(self.link_name(&name, true, k, k + 1))
    }

    /// The organization of type `t` named last before `p`, else the first one
    /// named after it (`an American newspaper reported … The Wall Street
    /// Journal, citing …`).
    /// The last organization named before `p` of type `t` (any type when
    /// `t` is empty).
    fn last_org_typed(&self, t: &str, p: usize) -> Option<usize> {
        self.mentions_before(p).find_map(|m| {
            m.ent.filter(|&e| {
                self.ents[e].kind == EntityKind::Organization
                    && (t.is_empty() || self.ents[e].orgtype.as_deref() == Some(t))
            })
        })
    }

    fn org_of_type(&self, t: &str, p: usize) -> Option<usize> {
        let fits = |e: usize| {
            self.ents[e].kind == EntityKind::Organization
                && (t.is_empty() || self.ents[e].orgtype.as_deref() == Some(t))
        };
        let any_org = |e: usize| self.ents[e].kind == EntityKind::Organization;
        // `Anjali Desrosiers at Moorgate Capital wrote …`: an organization
        // named as a person's employer is not the one `the company` means
        // while another of the type or of no known type was named before.
        // So is one after a title and `at` (`an analyst at Harcastle`).
        let affiliation = |m: &Mention| {
            m.a >= 2
                && self
                    .lx
                    .role_links
                    .iter()
                    .any(|w| *w == self.lowers[m.a - 1])
                && (self
                    .name_mention_ending(m.a - 1)
                    .is_some_and(|i| self.mentions[i].kind == MKind::Person)
                    || self.lx.titles.has_word(&self.lowers[m.a - 2])
                    || self.lx.anonymous.has_word(&self.lowers[m.a - 2]))
        };
        if self
            .mentions_before(p)
            .find(|m| m.ent.is_some_and(fits))
            .is_some_and(affiliation)
            && let Some(e) = self
                .mentions_before(p)
                .filter(|o| !affiliation(o))
                .find_map(|o| {
                    o.ent
                        .filter(|&e| fits(e) || (any_org(e) && self.ents[e].orgtype.is_none()))
                })
        {
            return Some(e);
        }
        // One named after `p` only in the next paragraph at most: a
        // reference looks ahead only that far.
        // (Paragraph numbers count the blank lines between paragraphs.)
        let near = |m: &&Mention| self.para_of(m.a) <= self.para_of(p) + 2;
        self.last_org_typed(t, p)
            .or_else(|| {
                self.mentions_after(p)
                    .take_while(near)
                    .find_map(|m| m.ent.filter(|&e| fits(e)))
            })
            // `the company said` after `Northwind Logistics announced`: the
            // last organization of no known type, else of any type, when
            // none has this one (`the club` is no ambulance trust); not one
            // named as where something was said (`told CBC News`, `posted
            // on Facebook`).
            .or_else(|| {
                self.mentions_before(p)
                    .filter(|m| !self.medium(m))
                    .find_map(|m| {
                        m.ent
                            .filter(|&e| any_org(e) && self.ents[e].orgtype.is_none())
                    })
            })
            .or_else(|| {
                self.mentions_before(p)
                    .filter(|m| !self.medium(m))
                    .find_map(|m| m.ent.filter(|&e| any_org(e) && !self.news_outlet(e)))
            })
    }
}
