//! Synthetic news corpora with known quotes, speakers, aliases and planted
//! conflicts, deterministic per seed (for benchmarks and flag accuracy).
//!
//! Articles come in *stories* of [`STORY`] consecutive articles: one event
//! (a transit budget, a flood, a hospital ward closing...) reported by
//! different outlets, with the same people saying the same words. Article
//! `i` belongs to story `i / STORY` and is generated from `(seed, i)` alone,
//! so the corpus streams in constant memory and can be made in parallel.
//!
//! Planted inconsistencies, each in one article of a story of three or more
//! (so the other articles are the majority):
//! - `name_variant`: a person's given name misspelt (English: one vowel
//!   changed, `Dana` -> `Dena`; Vietnamese: another middle name);
//! - `role_variant`: a person given another title;
//! - `speaker_conflict`: one person's words credited to another person of
//!   the story;
//! - `wording_variant`: a quote reworded (one adjective or verb swapped), or
//!   two separate quotes stitched into one.
//!
//! Every fourth story also has a person who shares a surname with a person
//! of the previous story (another given name, another role): they must not
//! merge.
//!
//! Gold (with [`SynthOptions::gold`]): `quotes.jsonl` (every quotation in
//! the format of `data/gold/quotes.jsonl`), `entities.json` (every quoted
//! entity with its aliases, roles and variant names) and `flags.json` (the
//! planted flags with their documents).

pub(crate) mod rng;
mod words;

use crate::model::Article;
use rayon::prelude::*;
use rng::Rng;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use words::*;

/// What to generate.
#[derive(Clone, Debug)]
pub struct SynthOptions {
    /// Number of articles.
    pub articles: usize,
    /// Random seed: the same seed gives the same corpus.
    pub seed: u64,
    /// Share of Vietnamese articles, 0 to 1 (drawn per story).
    pub vi_share: f64,
    /// Folder for the gold files (quotes.jsonl, entities.json, flags.json).
    pub gold: Option<PathBuf>,
}

impl Default for SynthOptions {
    fn default() -> Self {
        SynthOptions {
            articles: 1000,
            seed: 1,
            vi_share: 0.2,
            gold: None,
        }
    }
}

/// Articles per story.
pub const STORY: usize = 5;
/// Person index space per story: four story people, then one resident per
/// article.
const SLOTS: u64 = 10;
/// Articles generated per parallel batch.
const BATCH: usize = 1024;

/// One gold quotation, in the format of `data/gold/quotes.jsonl`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GoldQuote {
    /// `{doc}-{n}`.
    pub id: String,
    /// Article id.
    pub doc: String,
    /// `direct` or `indirect`.
    pub kind: &'static str,
    /// The exact text (between the marks for direct quotes).
    pub quote: String,
    /// Canonical name of the speaker the article credits; null for
    /// anonymous sources and unscored quotes.
    pub speaker: Option<String>,
    /// `person`, `organization` or `anonymous`.
    pub speaker_type: Option<&'static str>,
    /// The speaker as written next to the quote; null for continuations.
    pub mention: Option<String>,
    /// The reporting verb or phrase.
    pub cue: Option<String>,
    /// `false` for quotes that are not statements (headline scare quotes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scored: Option<bool>,
    /// Why the quote is special, when it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'static str>,
}

/// One generated article and its gold quotations.
#[derive(Clone, Debug)]
pub struct Synthetic {
    /// The article (id, text, title, source, date, lang).
    pub article: Article,
    /// Every quotation in it, in text order.
    pub quotes: Vec<GoldQuote>,
}

/// Generates article `i` (0-based) of the corpus of `opts`; the same
/// `(opts.seed, opts.vi_share, opts.articles, i)` always gives the same
/// article.
pub fn article(opts: &SynthOptions, i: usize) -> Synthetic {
    let s = i / STORY;
    let story = Story::plan(opts, s);
    story.render(i - s * STORY)
}

/// Writes the corpus as JSON Lines to `out` (and the gold files when
/// `opts.gold` is set), in batches made in parallel: memory does not grow
/// with the number of articles.
pub fn generate(opts: &SynthOptions, out: &mut dyn Write) -> io::Result<()> {
    let mut gold = match &opts.gold {
        Some(dir) => Some(GoldWriter::create(dir)?),
        None => None,
    };
    let mut start = 0;
    while start < opts.articles {
        let end = (start + BATCH).min(opts.articles);
        let want_gold = gold.is_some();
        let made: Vec<Made> = (start..end)
            .into_par_iter()
            .map(|i| {
                let s = i / STORY;
                let j = i - s * STORY;
                let story = Story::plan(opts, s);
                let syn = story.render(j);
                let line = article_json(&syn.article);
                let g = want_gold.then(|| {
                    let mut q = String::new();
                    for gq in &syn.quotes {
                        q.push_str(&serde_json::to_string(gq).expect("gold quote"));
                        q.push('\n');
                    }
                    let (e, f) = if j == 0 {
                        (story.entities_json(), story.flags_json())
                    } else {
                        (String::new(), String::new())
                    };
                    (q, e, f)
                });
                (line, g)
            })
            .collect();
        for (line, g) in made {
            out.write_all(line.as_bytes())?;
            if let (Some(w), Some((q, e, f))) = (gold.as_mut(), g) {
                w.add(&q, &e, &f)?;
            }
        }
        start = end;
    }
    if let Some(w) = gold {
        w.finish()?;
    }
    Ok(())
}

/// An article's JSON line and, with gold, its quotes, entities and flags.
type Made = (String, Option<(String, String, String)>);

/// One article as a JSON line.
fn article_json(a: &Article) -> String {
    #[derive(Serialize)]
    struct Out<'a> {
        id: &'a str,
        text: &'a str,
        title: Option<&'a str>,
        source: Option<&'a str>,
        date: Option<&'a str>,
        lang: Option<&'a str>,
    }
    let mut s = serde_json::to_string(&Out {
        id: &a.id,
        text: &a.text,
        title: a.title.as_deref(),
        source: a.source.as_deref(),
        date: a.date.as_deref(),
        lang: a.lang.as_deref(),
    })
    .expect("article json");
    s.push('\n');
    s
}

/// Streams the three gold files.
struct GoldWriter {
    quotes: BufWriter<File>,
    entities: BufWriter<File>,
    flags: BufWriter<File>,
    first_entity: bool,
    first_flag: bool,
}

impl GoldWriter {
    fn create(dir: &std::path::Path) -> io::Result<GoldWriter> {
        std::fs::create_dir_all(dir)?;
        let open = |n: &str| File::create(dir.join(n)).map(BufWriter::new);
        let mut w = GoldWriter {
            quotes: open("quotes.jsonl")?,
            entities: open("entities.json")?,
            flags: open("flags.json")?,
            first_entity: true,
            first_flag: true,
        };
        w.entities.write_all(
            b"{\"about\": \"Synthetic corpus (quotegraph synth): every quoted person and organization, with the name forms the articles use.\",\n\"entities\": [\n",
        )?;
        w.flags.write_all(
            b"{\"about\": \"Inconsistencies planted by quotegraph synth; docs are the articles that report the entity or statement concerned.\",\n\"flags\": [\n",
        )?;
        Ok(w)
    }

    fn add(&mut self, quotes: &str, entities: &str, flags: &str) -> io::Result<()> {
        self.quotes.write_all(quotes.as_bytes())?;
        for line in entities.lines() {
            if !self.first_entity {
                self.entities.write_all(b",\n")?;
            }
            self.first_entity = false;
            self.entities.write_all(line.as_bytes())?;
        }
        for line in flags.lines() {
            if !self.first_flag {
                self.flags.write_all(b",\n")?;
            }
            self.first_flag = false;
            self.flags.write_all(line.as_bytes())?;
        }
        Ok(())
    }

    fn finish(mut self) -> io::Result<()> {
        self.entities.write_all(b"\n]}\n")?;
        self.flags.write_all(b"\n]}\n")?;
        self.quotes.flush()?;
        self.entities.flush()?;
        self.flags.flush()
    }
}

// ---------------------------------------------------------------- planning

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lang {
    En,
    Vi,
}

#[derive(Clone, Debug)]
struct Person {
    full: String,
    /// The misspelt full name, when this person has a planted name variant.
    variant: Option<String>,
    given: String,
    /// English: the surname; Vietnamese: the given name (`ông Việt`).
    short: String,
    female: bool,
    role: Option<String>,
    alt_role: Option<String>,
}

impl Person {
    fn honorific(&self, lang: Lang) -> &'static str {
        match (lang, self.female) {
            (Lang::En, false) => "Mr.",
            (Lang::En, true) => "Ms.",
            (Lang::Vi, false) => "ông",
            (Lang::Vi, true) => "bà",
        }
    }
    fn pronoun(&self, lang: Lang) -> &'static str {
        match (lang, self.female) {
            (Lang::En, false) => "he",
            (Lang::En, true) => "she",
            (Lang::Vi, false) => "ông",
            (Lang::Vi, true) => "bà",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    P(usize),
    Org,
    Anon,
}

#[derive(Clone, Debug)]
struct Stmt {
    who: Who,
    /// Direct: the quotes (1 or 2), each as written between the marks
    /// (English: with its final stop; Vietnamese: without).
    quotes: Vec<String>,
    /// Indirect: the reported clause.
    clause: Option<String>,
    /// In every article of the story.
    key: bool,
}

/// Placeholders shared by a story.
#[derive(Clone, Debug)]
struct Ctx {
    place: String,
    fam: String,
    street: String,
    t: String,
    h: String,
    x: String,
    x2: String,
    c: String,
    y0: usize,
}

#[derive(Clone, Debug, Default)]
struct Plants {
    name_variant: Option<(usize, usize)>,
    role_variant: Option<(usize, usize)>,
    /// (statement, article, credited person)
    conflict: Option<(usize, usize, usize)>,
    /// (statement, article, reworded first quote)
    reword: Option<(usize, usize, String)>,
    /// (first statement, second statement, article)
    stitch: Option<(usize, usize, usize)>,
}

struct Story<'o> {
    opts: &'o SynthOptions,
    s: usize,
    lang: Lang,
    n: usize,
    domain: usize,
    ctx: Ctx,
    org: String,
    org_head: String,
    people: Vec<Person>,
    residents: Vec<Person>,
    stmts: Vec<Stmt>,
    plants: Plants,
    outlet_base: usize,
    day: usize,
}

const TAG_STORY: u64 = 0x5107;
const TAG_ARTICLE: u64 = 0xA271;
const TAG_NAMES: u64 = 0x4A3E;

fn doc_id(seed: u64, i: usize) -> String {
    format!("syn{seed}-{i:07}")
}

/// English person number `x`: distinct full names for `x < 160 * 1800`,
/// distinct surnames and given names among the ten persons of a story.
fn en_name(seed: u64, x: u64) -> (String, String, bool) {
    let g_n = EN_GIVEN.len() as u64;
    let f_n = (EN_FAM_A.len() * EN_FAM_B.len()) as u64;
    let x = x % (g_n * f_n);
    let g = x % g_n;
    let q = x / g_n;
    let f = (q * (g_n + 1) + g) % f_n;
    let gperm = Rng::new(&[seed, TAG_NAMES, 1]).permutation(g_n as usize);
    let fperm = Rng::new(&[seed, TAG_NAMES, 2]).permutation(f_n as usize);
    let gi = gperm[g as usize];
    let fi = fperm[f as usize];
    let fam = format!(
        "{}{}",
        EN_FAM_A[fi / EN_FAM_B.len()],
        EN_FAM_B[fi % EN_FAM_B.len()]
    );
    (EN_GIVEN[gi].to_string(), fam, gi >= EN_MALE)
}

/// Vietnamese person number `x`: (family, middle, given, female).
fn vi_name(seed: u64, x: u64) -> (String, String, String, bool) {
    let g_n = VI_GIVEN.len() as u64;
    let f_n = VI_FAMILY.len() as u64;
    let m_n = VI_MIDDLE_M.len() as u64;
    let x = x % (g_n * f_n * m_n);
    let g = x % g_n;
    let q = x / g_n;
    let f = (q * (g_n + 1) + g) % f_n;
    let m = (q / f_n) % m_n;
    let gperm = Rng::new(&[seed, TAG_NAMES, 3]).permutation(g_n as usize);
    let gi = gperm[g as usize];
    let female = gi >= VI_MALE;
    let mid = if female { VI_MIDDLE_F } else { VI_MIDDLE_M };
    (
        VI_FAMILY[f as usize].to_string(),
        mid[m as usize].to_string(),
        VI_GIVEN[gi].to_string(),
        female,
    )
}

/// A misspelt English given name: one vowel after the first letter changed.
fn misspell(given: &str) -> String {
    let chars: Vec<char> = given.chars().collect();
    for k in (1..chars.len()).rev() {
        let r = match chars[k] {
            'a' => 'e',
            'e' => 'a',
            'i' => 'y',
            'o' => 'a',
            'u' => 'o',
            'y' => 'i',
            _ => continue,
        };
        let mut c = chars.clone();
        c[k] = r;
        return c.into_iter().collect();
    }
    format!("{given}e")
}

fn fill(t: &str, ctx: &Ctx, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(t.len() + 16);
    let mut rest = t;
    while let Some(a) = rest.find('{') {
        out.push_str(&rest[..a]);
        let Some(b) = rest[a..].find('}') else { break };
        let key = &rest[a + 1..a + b];
        match key {
            "P" => out.push_str(&ctx.place),
            "F" => out.push_str(&ctx.fam),
            "S" => out.push_str(&ctx.street),
            "T" => out.push_str(&ctx.t),
            "H" => out.push_str(&ctx.h),
            "X" => out.push_str(&ctx.x),
            "X2" => out.push_str(&ctx.x2),
            "C" => out.push_str(&ctx.c),
            "Y" => out.push_str("2024"),
            "Y0" => out.push_str(&ctx.y0.to_string()),
            "N" => out.push_str(&rng.range(12, 980).to_string()),
            "N2" => out.push_str(&rng.range(2, 9).to_string()),
            "M" => out.push_str(rng.pick::<&str>(MONTHS)),
            "MM" => out.push_str(&rng.range(1, 12).to_string()),
            "D" => out.push_str(&rng.range(1, 28).to_string()),
            "Q" => out.push_str(&rng.range(1, 4).to_string()),
            other => {
                out.push('{');
                out.push_str(other);
                out.push('}');
            }
        }
        rest = &rest[a + b + 1..];
    }
    out.push_str(rest);
    out
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

impl<'o> Story<'o> {
    fn plan(opts: &'o SynthOptions, s: usize) -> Story<'o> {
        let seed = opts.seed;
        let mut rng = Rng::new(&[seed, TAG_STORY, s as u64]);
        let lang = if rng.chance(opts.vi_share) {
            Lang::Vi
        } else {
            Lang::En
        };
        let n = STORY.min(opts.articles.saturating_sub(s * STORY)).max(1);
        let x0 = s as u64 * SLOTS;
        let place = if rng.chance(0.3) {
            format!("{} {}", rng.pick(EN_PLACE_A), rng.pick(EN_PLACE_B))
        } else {
            rng.pick(EN_PLACE_B).to_string()
        };
        let vi_place = |rng: &mut Rng| {
            let a = rng.below(VI_PLACE.len());
            let mut b = rng.below(VI_PLACE.len());
            if b == a {
                b = (b + 1) % VI_PLACE.len();
            }
            format!("{} {}", VI_PLACE[a], VI_PLACE[b])
        };
        let (t, h, x, x2, c) = (
            vi_place(&mut rng),
            vi_place(&mut rng),
            vi_place(&mut rng),
            vi_place(&mut rng),
            vi_place(&mut rng),
        );
        let company_fam = en_name(seed, x0 + 9).1;
        let ctx = Ctx {
            place,
            fam: company_fam,
            street: rng.pick(EN_STREETS).to_string(),
            t,
            h,
            x,
            x2,
            c,
            y0: rng.range(1958, 2016),
        };
        let domain = match lang {
            Lang::En => rng.below(EN_DOMAINS.len()),
            Lang::Vi => rng.below(VI_DOMAINS.len()),
        };
        let (org, org_head, roles, alt_roles, org2) = match lang {
            Lang::En => {
                let d = &EN_DOMAINS[domain];
                (
                    fill(d.org, &ctx, &mut rng),
                    d.org_head.to_string(),
                    d.roles,
                    d.alt_roles,
                    fill(d.org2, &ctx, &mut rng),
                )
            }
            Lang::Vi => {
                let d = &VI_DOMAINS[domain];
                (
                    fill(d.org, &ctx, &mut rng),
                    String::new(),
                    d.roles,
                    d.alt_roles,
                    fill(d.org2, &ctx, &mut rng),
                )
            }
        };
        // People: lead, second official, outside voice, spokesperson.
        let mut people = Vec::new();
        for slot in 0..4u64 {
            let mut p = make_person(seed, lang, x0 + slot);
            // Every fourth story: the second official shares the lead of
            // the previous story's surname (not the given name or role).
            if lang == Lang::En && slot == 1 && s % 4 == 3 {
                let prev = en_name(seed, (s as u64 - 1) * SLOTS);
                let own = en_name(seed, x0 + 8);
                let given = if own.0.chars().next() == prev.0.chars().next() {
                    en_name(seed, x0 + 7).0
                } else {
                    own.0
                };
                if Story::lang_of(opts, s - 1) == Lang::En {
                    p.female = EN_GIVEN.iter().position(|g| *g == given).unwrap_or(0) >= EN_MALE;
                    p.full = format!("{given} {}", prev.1);
                    p.given = given;
                    p.short = prev.1;
                }
            }
            let (role, alt) = match (lang, slot) {
                (Lang::En, 0) if EN_DOMAINS[domain].org_head == "the company" => (
                    format!("{} Steel {}", ctx.fam, roles[0]),
                    format!("{} Steel {}", ctx.fam, alt_roles[0]),
                ),
                (Lang::En, 0 | 1) => (
                    format!("{} {}", ctx.place, roles[slot as usize]),
                    format!("{} {}", ctx.place, alt_roles[slot as usize]),
                ),
                (Lang::En, 2) => (
                    format!("{org2} {}", roles[2]),
                    format!("{org2} {}", alt_roles[2]),
                ),
                (Lang::En, _) => {
                    let w = if p.female { "spokeswoman" } else { "spokesman" };
                    (format!("{org} {w}"), format!("{org} Press Officer"))
                }
                (Lang::Vi, 0..=2) => (
                    fill(roles[slot as usize], &ctx, &mut rng),
                    fill(alt_roles[slot as usize], &ctx, &mut rng),
                ),
                (Lang::Vi, _) => (
                    format!("người phát ngôn {org}"),
                    format!("phát ngôn viên {org}"),
                ),
            };
            p.role = Some(role);
            p.alt_role = Some(alt);
            people.push(p);
        }
        let residents: Vec<Person> = (0..n as u64)
            .map(|j| make_person(seed, lang, x0 + 4 + j))
            .collect();

        // Which inconsistencies to plant (stories of three or more).
        let mut plants = Plants::default();
        let mut order = [0usize, 1, 2];
        for k in (1..3).rev() {
            order.swap(k, rng.below(k + 1));
        }
        let big = n >= 3;
        let want_conflict = big && rng.chance(0.35);
        let want_reword = big && rng.chance(0.35);
        let want_stitch = big && rng.chance(0.3);
        if big && rng.chance(0.4) {
            let p = order[rng.below(3)];
            plants.name_variant = Some((p, rng.below(n)));
        }
        if big && rng.chance(0.3) {
            let mut p = order[rng.below(3)];
            if plants.name_variant.map(|v| v.0) == Some(p) {
                p = 3;
            }
            plants.role_variant = Some((p, rng.below(n)));
        }
        if let Some((p, _)) = plants.name_variant {
            let per = &mut people[p];
            match lang {
                Lang::En => {
                    let g = misspell(&per.given);
                    per.variant = Some(format!("{g} {}", per.short));
                }
                Lang::Vi => {
                    // Another middle name.
                    let parts: Vec<&str> = per.full.split(' ').collect();
                    let mids = if per.female { VI_MIDDLE_F } else { VI_MIDDLE_M };
                    let k = mids.iter().position(|m| *m == parts[1]).unwrap_or(0);
                    let m2 = mids[(k + 1 + rng.below(mids.len() - 1)) % mids.len()];
                    per.variant = Some(format!("{} {m2} {}", parts[0], parts[2]));
                }
            }
        }

        // Statements.
        let mut stmts = Vec::new();
        let mut srng = Rng::new(&[seed, TAG_STORY, s as u64, 1]);
        let direct_counts = [3usize, 3, 2, 1];
        let mut first_direct = [usize::MAX; 4];
        let mut second_direct = [usize::MAX; 4];
        for (p, &cnt) in direct_counts.iter().enumerate() {
            for k in 0..cnt {
                // Stitched statements are single quotes.
                let single = k < 2 && p == order[2];
                let nq = if single || !srng.chance(0.4) { 1 } else { 2 };
                let quotes = (0..nq)
                    .map(|_| quote_text(lang, domain, &ctx, &mut srng))
                    .collect();
                if k == 0 {
                    first_direct[p] = stmts.len();
                } else if k == 1 {
                    second_direct[p] = stmts.len();
                }
                stmts.push(Stmt {
                    who: Who::P(p),
                    quotes,
                    clause: None,
                    key: k < 2,
                });
            }
            if p < 3 {
                stmts.push(Stmt {
                    who: Who::P(p),
                    quotes: Vec::new(),
                    clause: Some(clause_text(lang, domain, &ctx, &mut srng)),
                    key: p == 0,
                });
            }
        }
        let org_speaks = srng.chance(0.7);
        if org_speaks {
            if lang == Lang::En {
                stmts.push(Stmt {
                    who: Who::Org,
                    quotes: vec![quote_text(lang, domain, &ctx, &mut srng)],
                    clause: None,
                    key: false,
                });
            }
            stmts.push(Stmt {
                who: Who::Org,
                quotes: Vec::new(),
                clause: Some(clause_text(lang, domain, &ctx, &mut srng)),
                key: true,
            });
        }
        stmts.push(Stmt {
            who: Who::Anon,
            quotes: Vec::new(),
            clause: Some(clause_text(lang, domain, &ctx, &mut srng)),
            key: false,
        });

        if want_conflict {
            let a = order[0];
            let b = if a == 0 { 3 } else { 0 };
            plants.conflict = Some((first_direct[a], rng.below(n), b));
        }
        if want_reword {
            let k = first_direct[order[1]];
            if let Some(q) = reword(lang, &stmts[k].quotes[0], &mut rng) {
                plants.reword = Some((k, rng.below(n), q));
            }
        }
        if want_stitch {
            let p = order[2];
            plants.stitch = Some((first_direct[p], second_direct[p], rng.below(n)));
        }
        let outlet_base = rng.below(64);
        let day = (s * 3 + rng.below(3)) % 330;
        Story {
            opts,
            s,
            lang,
            n,
            domain,
            ctx,
            org,
            org_head,
            people,
            residents,
            stmts,
            plants,
            outlet_base,
            day,
        }
    }

    fn lang_of(opts: &SynthOptions, s: usize) -> Lang {
        let mut rng = Rng::new(&[opts.seed, TAG_STORY, s as u64]);
        if rng.chance(opts.vi_share) {
            Lang::Vi
        } else {
            Lang::En
        }
    }

    fn doc(&self, j: usize) -> String {
        doc_id(self.opts.seed, self.s * STORY + j)
    }

    fn docs(&self) -> Vec<String> {
        (0..self.n).map(|j| self.doc(j)).collect()
    }

    /// The name written for person `p` in article `j`.
    fn full_in(&self, p: usize, j: usize) -> &str {
        match self.plants.name_variant {
            Some((q, jj)) if q == p && jj == j => self.people[p].variant.as_deref().unwrap(),
            _ => &self.people[p].full,
        }
    }

    fn role_in(&self, p: usize, j: usize) -> &str {
        match self.plants.role_variant {
            Some((q, jj)) if q == p && jj == j => self.people[p].alt_role.as_deref().unwrap(),
            _ => self.people[p].role.as_deref().unwrap(),
        }
    }

    /// Gold entities of this story, one JSON object per line.
    fn entities_json(&self) -> String {
        #[derive(Serialize)]
        struct E<'a> {
            name: &'a str,
            #[serde(rename = "type")]
            kind: &'a str,
            aliases: Vec<String>,
            roles: Vec<String>,
            #[serde(skip_serializing_if = "BTreeMap::is_empty")]
            variant_names: BTreeMap<String, String>,
            story: usize,
        }
        let mut out = String::new();
        let mut push = |e: E| {
            out.push_str(&serde_json::to_string(&e).expect("entity"));
            out.push('\n');
        };
        let lang = self.lang;
        let person = |p: &Person, variant_doc: Option<String>| {
            let mut fulls = vec![p.full.clone()];
            fulls.extend(p.variant.clone());
            let mut aliases: Vec<String> = Vec::new();
            for f in &fulls {
                aliases.push(f.clone());
                aliases.push(format!("{} {f}", p.honorific(lang)));
                for r in p.role.iter().chain(p.alt_role.iter()) {
                    aliases.push(format!("{r} {f}"));
                }
            }
            aliases.push(p.short.clone());
            aliases.push(format!("{} {}", p.honorific(lang), p.short));
            aliases.sort();
            aliases.dedup();
            let mut roles: Vec<String> = p.role.iter().chain(p.alt_role.iter()).cloned().collect();
            roles.dedup();
            let mut variant_names = BTreeMap::new();
            if let (Some(v), Some(d)) = (&p.variant, variant_doc) {
                variant_names.insert(v.clone(), format!("{d} (misspelt name)"));
            }
            (aliases, roles, variant_names)
        };
        for (k, p) in self.people.iter().enumerate() {
            let vdoc = self
                .plants
                .name_variant
                .filter(|v| v.0 == k)
                .map(|v| self.doc(v.1));
            let (aliases, mut roles, variant_names) = person(p, vdoc);
            if self.plants.role_variant.map(|r| r.0) != Some(k) {
                roles.truncate(1);
            }
            push(E {
                name: &p.full,
                kind: "person",
                aliases,
                roles,
                variant_names,
                story: self.s,
            });
        }
        for p in &self.residents {
            let (aliases, _, _) = person(p, None);
            push(E {
                name: &p.full,
                kind: "person",
                aliases: aliases
                    .into_iter()
                    .filter(|a| !a.contains("spokes") && !a.contains("phát ngôn"))
                    .collect(),
                roles: Vec::new(),
                variant_names: BTreeMap::new(),
                story: self.s,
            });
        }
        if self.stmts.iter().any(|s| s.who == Who::Org) {
            let mut aliases = vec![self.org.clone()];
            if lang == Lang::En {
                aliases.push(format!("the {}", self.org));
                aliases.push(format!("The {}", self.org));
                aliases.push(self.org_head.clone());
            }
            push(E {
                name: &self.org,
                kind: "organization",
                aliases,
                roles: Vec::new(),
                variant_names: BTreeMap::new(),
                story: self.s,
            });
        }
        out
    }

    /// Planted flags of this story, one JSON object per line.
    fn flags_json(&self) -> String {
        #[derive(Serialize)]
        struct F {
            kind: &'static str,
            severity: &'static str,
            entity: String,
            docs: Vec<String>,
            evidence: BTreeMap<String, String>,
            why: String,
        }
        let mut out = String::new();
        let mut push = |f: F| {
            out.push_str(&serde_json::to_string(&f).expect("flag"));
            out.push('\n');
        };
        let docs = self.docs();
        if let Some((p, j)) = self.plants.name_variant {
            let evidence = (0..self.n)
                .map(|k| (self.doc(k), self.full_in(p, k).to_string()))
                .collect();
            push(F {
                kind: "name_variant",
                severity: "warning",
                entity: self.people[p].full.clone(),
                docs: docs.clone(),
                evidence,
                why: format!(
                    "{} is named {} in {}",
                    self.people[p].full,
                    self.people[p].variant.as_deref().unwrap_or(""),
                    self.doc(j)
                ),
            });
        }
        if let Some((k, j, b)) = self.plants.conflict {
            let Who::P(a) = self.stmts[k].who else {
                unreachable!()
            };
            let mut names = [self.people[a].full.clone(), self.people[b].full.clone()];
            names.sort();
            let evidence = (0..self.n)
                .map(|d| {
                    let who = if d == j { b } else { a };
                    (self.doc(d), self.people[who].full.clone())
                })
                .collect();
            push(F {
                kind: "speaker_conflict",
                severity: "warning",
                entity: names.join(" / "),
                docs: docs.clone(),
                evidence,
                why: format!(
                    "words of {} credited to {} in {}: {}",
                    self.people[a].full,
                    self.people[b].full,
                    self.doc(j),
                    self.stmts[k].quotes[0]
                ),
            });
        }
        if let Some((k, j, ref q)) = self.plants.reword {
            let Who::P(a) = self.stmts[k].who else {
                unreachable!()
            };
            let evidence = (0..self.n)
                .map(|d| {
                    let t = if d == j { q } else { &self.stmts[k].quotes[0] };
                    (self.doc(d), t.clone())
                })
                .collect();
            push(F {
                kind: "wording_variant",
                severity: "warning",
                entity: self.people[a].full.clone(),
                docs: docs.clone(),
                evidence,
                why: format!("quote reworded in {}", self.doc(j)),
            });
        }
        if let Some((k1, _, j)) = self.plants.stitch {
            let Who::P(a) = self.stmts[k1].who else {
                unreachable!()
            };
            let evidence = (0..self.n)
                .map(|d| {
                    let t = if d == j {
                        format!("stitched: {}", self.quotes_of(k1, j)[0])
                    } else {
                        "two separate quotes".to_string()
                    };
                    (self.doc(d), t)
                })
                .collect();
            push(F {
                kind: "wording_variant",
                severity: "warning",
                entity: self.people[a].full.clone(),
                docs: docs.clone(),
                evidence,
                why: format!("two quotes stitched into one in {}", self.doc(j)),
            });
        }
        if let Some((p, j)) = self.plants.role_variant {
            let evidence = (0..self.n)
                .map(|k| (self.doc(k), self.role_in(p, k).to_string()))
                .collect();
            push(F {
                kind: "role_variant",
                severity: "info",
                entity: self.people[p].full.clone(),
                docs,
                evidence,
                why: format!("another title in {}", self.doc(j)),
            });
        }
        out
    }
}

fn make_person(seed: u64, lang: Lang, x: u64) -> Person {
    match lang {
        Lang::En => {
            let (given, fam, female) = en_name(seed, x);
            Person {
                full: format!("{given} {fam}"),
                variant: None,
                given,
                short: fam,
                female,
                role: None,
                alt_role: None,
            }
        }
        Lang::Vi => {
            let (fam, mid, given, female) = vi_name(seed, x);
            Person {
                full: format!("{fam} {mid} {given}"),
                variant: None,
                given: given.clone(),
                short: given,
                female,
                role: None,
                alt_role: None,
            }
        }
    }
}

// ---------------------------------------------------------------- wording

fn domain_noun(lang: Lang, domain: usize, ctx: &Ctx, rng: &mut Rng) -> String {
    match lang {
        Lang::En => {
            if rng.chance(0.65) {
                rng.pick(EN_DOMAINS[domain].nouns).to_string()
            } else {
                rng.pick(EN_GENERIC_NOUNS).to_string()
            }
        }
        Lang::Vi => fill(rng.pick::<&str>(VI_DOMAINS[domain].nouns), ctx, rng),
    }
}

fn en_sentence(domain: usize, ctx: &Ctx, rng: &mut Rng) -> String {
    let n1 = domain_noun(Lang::En, domain, ctx, rng);
    let mut n2 = domain_noun(Lang::En, domain, ctx, rng);
    if n2 == n1 {
        n2 = rng.pick(EN_GENERIC_NOUNS).to_string();
    }
    let adj = *rng.pick(EN_ADJ);
    let verb = *rng.pick(EN_VERB);
    let time = fill(rng.pick::<&str>(EN_TIME), ctx, rng);
    let people = *rng.pick(EN_PEOPLE);
    let p = &ctx.place;
    let st = &ctx.street;
    match rng.below(13) {
        0 => format!(
            "{} {} {verb} the {adj} {n1} {time}.",
            rng.pick(EN_WE),
            rng.pick(EN_MODAL)
        ),
        1 => format!(
            "Nobody in {p} wants to see the {n1} {}, and we {} {verb} the {adj} {n2} {time}.",
            rng.pick(&[
                "sit empty",
                "fall apart",
                "slip another year",
                "disappear",
                "get worse",
                "drag on"
            ]),
            rng.pick(EN_MODAL)
        ),
        2 => format!(
            "The {n1} is {}, and the {people} of {p} have waited long enough for the {adj} {n2}.",
            rng.pick(&[
                "a mess",
                "overdue",
                "a disgrace",
                "in better shape than people think",
                "our top priority",
                "not for sale",
                "on borrowed time"
            ])
        ),
        3 => format!(
            "I have heard from {people} on {st} Street who are {} about the {adj} {n1}.",
            rng.pick(EN_FEEL)
        ),
        4 => format!(
            "This is about {} for the {people} of {p}, not about the {adj} {n1}.",
            rng.pick(EN_ABSTRACT)
        ),
        5 => format!(
            "If we do not {verb} the {adj} {n1} {time}, the {people} of {p} will pay for it."
        ),
        6 => format!(
            "We put ${} million on the table for the {n1}, and we {} {verb} the {n2} with every dollar of it.",
            rng.range(2, 95),
            rng.pick(EN_MODAL)
        ),
        7 => format!(
            "I am {} that the {n1} took this long, but the {adj} {n2} is finally moving in {p}.",
            rng.pick(EN_FEEL)
        ),
        8 => format!("Nobody should pretend the {adj} {n1} on {st} Street will fix itself {time}."),
        9 => format!(
            "There is no version of this where the {people} near the {n1} are left behind while we {verb} the {n2}."
        ),
        10 => format!(
            "We are asking for {} more months to {verb} the {adj} {n1}, not another decade of excuses.",
            rng.range(2, 11)
        ),
        11 => format!(
            "What we saw at the {n1} last {} was {}.",
            rng.pick(&["week", "month", "winter", "spring", "summer"]),
            rng.pick(&[
                "unacceptable for a city like this",
                "a wake-up call for the whole region",
                "exactly what we warned about in the spring",
                "a warning that nobody can ignore now"
            ])
        ),
        _ => format!(
            "The {} we signed in {} never anticipated the {adj} {n1}, and {} are paying the price.",
            rng.pick(EN_GENERIC_NOUNS),
            ctx.y0,
            people
        ),
    }
}

fn vi_sentence(domain: usize, ctx: &Ctx, rng: &mut Rng) -> String {
    let n1 = domain_noun(Lang::Vi, domain, ctx, rng);
    let mut n2 = domain_noun(Lang::Vi, domain, ctx, rng);
    if n2 == n1 {
        n2 = "hồ sơ dự án".to_string();
    }
    let adj = *rng.pick(VI_ADJ);
    let verb = *rng.pick(VI_VERB);
    let time = fill(rng.pick::<&str>(VI_TIME), ctx, rng);
    let people = *rng.pick(VI_PEOPLE);
    let x = &ctx.x;
    match rng.below(8) {
        0 => format!(
            "{} {} {verb} {n1} {time}",
            rng.pick(VI_WE),
            rng.pick(VI_MODAL)
        ),
        1 => format!(
            "{} ở xã {x} đã chờ {n1} quá lâu rồi, không thể để {n2} {adj} mãi",
            cap(people)
        ),
        2 => format!(
            "Nếu không {verb} {n1} {time} thì {people} ở xã {} sẽ còn khổ",
            ctx.x2
        ),
        3 => format!(
            "{} hiện {adj}, nhưng chúng tôi {} {verb} {n2} {time}",
            cap(&n1),
            rng.pick(VI_MODAL)
        ),
        4 => format!(
            "Kinh phí cho {n1} khoảng {} tỷ đồng, chúng tôi {} {verb} {n2} đúng quy định",
            rng.range(3, 250),
            rng.pick(VI_MODAL)
        ),
        5 => format!(
            "Tôi đã gặp {people} ở xã {} và hiểu nỗi vất vả khi {n1} {adj}",
            ctx.x2
        ),
        6 => format!("Không thể để {n1} {adj} thêm một mùa mưa nữa, {people} cần {n2} {time}"),
        _ => {
            format!("Trách nhiệm {verb} {n1} {time} thuộc về chúng tôi, không đổ cho {people} được")
        }
    }
}

/// One quote: one or two sentences.
fn quote_text(lang: Lang, domain: usize, ctx: &Ctx, rng: &mut Rng) -> String {
    let two = rng.chance(0.45);
    match lang {
        Lang::En => {
            let mut q = en_sentence(domain, ctx, rng);
            if two {
                q.push(' ');
                q.push_str(&en_sentence(domain, ctx, rng));
            }
            q
        }
        Lang::Vi => {
            let mut q = vi_sentence(domain, ctx, rng);
            if two {
                q.push_str(". ");
                q.push_str(&vi_sentence(domain, ctx, rng));
            }
            q
        }
    }
}

/// A reported clause (no final stop, lowercase start).
fn clause_text(lang: Lang, domain: usize, ctx: &Ctx, rng: &mut Rng) -> String {
    let n1 = domain_noun(lang, domain, ctx, rng);
    match lang {
        Lang::En => {
            let time = fill(rng.pick::<&str>(EN_TIME), ctx, rng);
            let adj = *rng.pick(EN_ADJ);
            match rng.below(5) {
                0 => format!(
                    "the {adj} {n1} would {} {time}",
                    rng.pick(&[
                        "be finished",
                        "reopen",
                        "be paid for in full",
                        "stay closed",
                        "cost about $4 million more",
                        "need a second look"
                    ])
                ),
                1 => format!(
                    "the {adj} {n1} had cost {} about ${} million so far",
                    ctx.place,
                    rng.range(2, 90)
                ),
                2 => format!(
                    "{} on {} Street had been left waiting for the {n1} since {}",
                    rng.pick(EN_PEOPLE),
                    ctx.street,
                    ctx.y0
                ),
                3 => format!(
                    "the {} for the {adj} {n1} was still under review and could change {time}",
                    rng.pick(EN_GENERIC_NOUNS)
                ),
                _ => format!("no decision on the {adj} {n1} would be made {time}"),
            }
        }
        Lang::Vi => {
            let time = fill(rng.pick::<&str>(VI_TIME), ctx, rng);
            match rng.below(4) {
                0 => format!("{n1} sẽ được {} {time}", rng.pick(VI_VERB)),
                1 => format!(
                    "{n1} {} đã ảnh hưởng đến hơn {} hộ dân ở xã {}",
                    rng.pick(VI_ADJ),
                    rng.range(12, 400),
                    ctx.x
                ),
                2 => format!(
                    "tỉnh đã bố trí {} tỷ đồng để {} {n1}",
                    rng.range(3, 250),
                    rng.pick(VI_VERB)
                ),
                _ => format!("việc {} {n1} phải xong {time}", rng.pick(VI_VERB)),
            }
        }
    }
}

/// The same quote with one adjective or verb swapped; `None` if none found.
fn reword(lang: Lang, q: &str, rng: &mut Rng) -> Option<String> {
    let pools: [&[&str]; 2] = match lang {
        Lang::En => [EN_ADJ, EN_VERB],
        Lang::Vi => [VI_ADJ, VI_VERB],
    };
    for pool in pools {
        // Longest match first (`long-delayed` before `delayed`).
        let mut best: Option<(usize, &str)> = None;
        for w in pool {
            if let Some(at) = find_word(q, w)
                && best.is_none_or(|(_, b)| w.len() > b.len())
            {
                best = Some((at, w));
            }
        }
        if let Some((at, w)) = best {
            let mut other = *rng.pick(pool);
            while other == w || other.contains(w) || w.contains(other) {
                other = *rng.pick(pool);
            }
            return Some(format!("{}{other}{}", &q[..at], &q[at + w.len()..]));
        }
    }
    None
}

fn find_word(text: &str, w: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(k) = text[from..].find(w) {
        let at = from + k;
        let before = text[..at].chars().next_back();
        let after = text[at + w.len()..].chars().next();
        let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '-');
        if edge(before) && edge(after) {
            return Some(at);
        }
        from = at + w.len();
    }
    None
}

// ---------------------------------------------------------------- rendering

/// Text being written, with its gold quotes.
struct Builder {
    doc: String,
    text: String,
    gold: Vec<GoldQuote>,
    open: &'static str,
    close: &'static str,
}

struct Spk<'a> {
    name: Option<&'a str>,
    kind: &'static str,
    mention: Option<&'a str>,
    cue: Option<&'a str>,
}

impl Builder {
    fn push(&mut self, s: &str) {
        self.text.push_str(s);
    }
    fn para(&mut self) {
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
    }
    fn record(&mut self, kind: &'static str, quote: &str, who: &Spk, scored: bool) {
        let n = self.gold.len() + 1;
        self.gold.push(GoldQuote {
            id: format!("{}-{n:02}", self.doc),
            doc: self.doc.clone(),
            kind,
            quote: quote.to_string(),
            speaker: who.name.map(str::to_string),
            speaker_type: if scored { Some(who.kind) } else { None },
            mention: who.mention.map(str::to_string),
            cue: who.cue.map(str::to_string),
            scored: (!scored).then_some(false),
            note: (!scored).then_some("headline quote"),
        });
    }
    /// A direct quote between the outlet's marks.
    fn quote(&mut self, q: &str, who: &Spk) {
        self.text.push_str(self.open);
        self.text.push_str(q);
        self.text.push_str(self.close);
        self.record("direct", q, who, true);
    }
    fn indirect(&mut self, clause: &str, who: &Spk) {
        self.text.push_str(clause);
        self.record("indirect", clause, who, true);
    }
}

/// English quote text before an after-cue: final stop -> comma.
fn with_comma(q: &str) -> String {
    match q.strip_suffix('.') {
        Some(b) => format!("{b},"),
        None => q.to_string(),
    }
}

const EN_AFTER: &[&str] = &[
    "said",
    "said",
    "said",
    "said",
    "added",
    "explained",
    "warned",
    "insisted",
];
const VI_AFTER: &[&str] = &[
    "nói",
    "nói",
    "cho biết",
    "khẳng định",
    "nhấn mạnh",
    "chia sẻ",
];
const VI_COLON: &[&str] = &["cho biết", "khẳng định", "nhấn mạnh", "nói"];

struct ArtState {
    introduced: Vec<bool>,
    org_introduced: bool,
    last: Option<usize>,
}

impl Story<'_> {
    fn render(&self, j: usize) -> Synthetic {
        let i = self.s * STORY + j;
        let mut rng = Rng::new(&[self.opts.seed, TAG_ARTICLE, i as u64]);
        let doc = self.doc(j);
        let (text, title, source, gold) = match self.lang {
            Lang::En => self.render_en(j, &doc, &mut rng),
            Lang::Vi => self.render_vi(j, &doc, &mut rng),
        };
        let (m, d) = month_day(self.day + j);
        Synthetic {
            article: Article {
                id: doc,
                text,
                title: Some(title),
                source: Some(source),
                url: None,
                date: Some(format!("2024-{m:02}-{d:02}")),
                lang: Some(match self.lang {
                    Lang::En => "en".into(),
                    Lang::Vi => "vi".into(),
                }),
            },
            quotes: gold,
        }
    }

    /// Statements of article `j`, in order: key ones and a random share of
    /// the others, shuffled but with the lead's first statement early.
    fn pick_statements(&self, j: usize, rng: &mut Rng) -> Vec<usize> {
        let mut v: Vec<usize> = (0..self.stmts.len())
            .filter(|&k| self.stmts[k].key || rng.chance(0.55))
            .collect();
        if let Some((_, k2, jj)) = self.plants.stitch
            && jj == j
        {
            v.retain(|&k| k != k2);
        }
        for k in (1..v.len()).rev() {
            v.swap(k, rng.below(k + 1));
        }
        // The lead speaks first in most articles.
        if let Some(pos) = v.iter().position(|&k| self.stmts[k].who == Who::P(0))
            && rng.chance(0.7)
        {
            let k = v.remove(pos);
            v.insert(0, k);
        }
        // What is planted in this article comes early, so the length budget
        // never cuts it and the gold flags are true of the text.
        let mut planted: Vec<usize> = Vec::new();
        let p = &self.plants;
        for (k, jj) in [
            p.conflict.map(|c| (c.0, c.1)),
            p.reword.as_ref().map(|r| (r.0, r.1)),
            p.stitch.map(|t| (t.0, t.2)),
        ]
        .into_iter()
        .flatten()
        {
            if jj == j {
                planted.push(k);
            }
        }
        for (person, jj) in [p.name_variant, p.role_variant].into_iter().flatten() {
            if jj == j
                && let Some(&k) = v.iter().find(|&&k| self.speaker_of(k, j) == Who::P(person))
            {
                planted.push(k);
            }
        }
        for k in planted.into_iter().rev() {
            if let Some(pos) = v.iter().position(|&x| x == k) {
                v.remove(pos);
                v.insert(0, k);
            }
        }
        v
    }

    /// The article body, shared by both languages: the statements picked
    /// for article `j` until the text reaches `target` (at most `cap`)
    /// bytes, a resident's voice after the second block, background
    /// sentences between blocks, and background padding up to the minimum
    /// length. Each language writes its own blocks.
    fn body(
        &self,
        b: &mut Builder,
        j: usize,
        rng: &mut Rng,
        fillers: &mut Fillers,
        target: usize,
        cap: usize,
    ) {
        let mut st = ArtState {
            introduced: vec![false; self.people.len()],
            org_introduced: false,
            last: None,
        };
        let order = self.pick_statements(j, rng);
        let mut resident_done = false;
        for (n_block, &k) in order.iter().enumerate() {
            if b.text.len() > target || b.text.len() > cap {
                break;
            }
            if !resident_done && n_block >= 2 && rng.chance(0.4) {
                match self.lang {
                    Lang::En => self.resident_en(b, j, rng),
                    Lang::Vi => self.resident_vi(b, j, rng),
                }
                resident_done = true;
                st.last = None;
            }
            b.para();
            match self.lang {
                Lang::En => self.block_en(b, &mut st, j, k, rng),
                Lang::Vi => self.block_vi(b, &mut st, j, k, rng),
            }
            if rng.chance(0.3) && b.text.len() < target {
                b.para();
                b.push(&fillers.next(rng));
                st.last = None;
            }
        }
        while b.text.len() < 2300 {
            b.para();
            b.push(&fillers.next(rng));
            b.push(" ");
            b.push(&fillers.next(rng));
        }
    }

    fn header(&self, b: &mut Builder, rng: &mut Rng, title: &str) {
        let _ = rng;
        b.push(title);
    }

    fn render_en(
        &self,
        j: usize,
        doc: &str,
        rng: &mut Rng,
    ) -> (String, String, String, Vec<GoldQuote>) {
        let outlet = &EN_OUTLETS[(self.outlet_base + j) % EN_OUTLETS.len()];
        let d = &EN_DOMAINS[self.domain];
        let (open, close) = if outlet.curly {
            ("\u{201c}", "\u{201d}")
        } else {
            ("\"", "\"")
        };
        let mut b = Builder {
            doc: doc.to_string(),
            text: String::with_capacity(5000),
            gold: Vec::new(),
            open,
            close,
        };
        let target = rng.range(2300, 4800);
        let mut fillers = self.fillers(d.background, EN_FILLERS, rng);
        if rng.chance(0.5) {
            b.push(&format!(
                "Home | News | {} | Opinion | Subscribe",
                d.section
            ));
            b.para();
        }
        let title = fill(rng.pick::<&str>(d.headlines), &self.ctx, rng);
        self.header(&mut b, rng, &title);
        // A headline scare quote, not a statement.
        if rng.chance(0.15) {
            let phrase = rng.pick(&[
                "not a day later",
                "a real deal",
                "enough is enough",
                "no blank checks",
            ]);
            b.push(": ");
            b.text.push_str(open);
            b.text.push_str(phrase);
            b.text.push_str(close);
            b.record(
                "direct",
                phrase,
                &Spk {
                    name: None,
                    kind: "unknown",
                    mention: None,
                    cue: None,
                },
                false,
            );
        }
        let title_full = b.text.lines().last().unwrap_or("").to_string();
        let reporter = *rng.pick(EN_REPORTERS);
        let byline = rng.chance(0.7);
        if byline {
            b.para();
            b.push(&format!("By {reporter}"));
        }
        let (m, dd) = month_day(self.day + j);
        b.para();
        b.push(&format!(
            "Published {}:{:02} {}.m. {} {dd}, 2024",
            rng.range(1, 12),
            rng.range(0, 59),
            if rng.chance(0.5) { "a" } else { "p" },
            MONTHS[m - 1]
        ));
        if rng.chance(0.3) {
            b.para();
            b.push("Share this article");
        }
        b.para();
        let lead_bg = fillers.next(rng);
        b.push(&format!(
            "{} — {} {}",
            self.ctx.place.to_uppercase(),
            match rng.below(3) {
                0 => format!(
                    "Officials in {} are under pressure this week over the {}.",
                    self.ctx.place,
                    rng.pick(d.nouns)
                ),
                1 => format!(
                    "A long dispute over the {} came to a head in {} on {}.",
                    rng.pick(d.nouns),
                    self.ctx.place,
                    rng.pick(&["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
                ),
                _ => format!(
                    "The future of the {} in {} remained uncertain on {}.",
                    rng.pick(d.nouns),
                    self.ctx.place,
                    rng.pick(&["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
                ),
            },
            lead_bg
        ));
        self.body(&mut b, j, rng, &mut fillers, target, 5000);
        // Tail.
        b.para();
        b.push(&format!(
            "Related: {}",
            fill(rng.pick::<&str>(d.headlines), &self.ctx, rng)
        ));
        if byline {
            let first = reporter.split(' ').next().unwrap_or(reporter);
            let _ = first;
            b.para();
            b.push(&format!(
                "{reporter} covers {} for {}.",
                d.section.to_lowercase(),
                outlet.name
            ));
        }
        b.para();
        b.push(&format!("© 2024 {}. All rights reserved.", outlet.name));
        b.push("\n");
        (b.text, title_full, outlet.name.to_string(), b.gold)
    }

    /// The speaker of statement `k` in article `j` (planted conflicts
    /// credit someone else).
    fn speaker_of(&self, k: usize, j: usize) -> Who {
        match self.plants.conflict {
            Some((kk, jj, other)) if kk == k && jj == j => Who::P(other),
            _ => self.stmts[k].who,
        }
    }

    fn quotes_of(&self, k: usize, j: usize) -> Vec<String> {
        let st = &self.stmts[k];
        if let Some((kk, jj, ref q)) = self.plants.reword
            && kk == k
            && jj == j
        {
            let mut v = st.quotes.clone();
            v[0] = q.clone();
            return v;
        }
        if let Some((k1, k2, jj)) = self.plants.stitch
            && k1 == k
            && jj == j
        {
            let sep = if self.lang == Lang::En { " " } else { ". " };
            return vec![format!("{}{sep}{}", st.quotes[0], self.stmts[k2].quotes[0])];
        }
        st.quotes.clone()
    }

    /// Background sentences for one article: the story's facts (the same
    /// numbers in every article) and generic ones, in a random order,
    /// without repeats until all are used.
    fn fillers(&self, background: &[&str], generic: &[&str], rng: &mut Rng) -> Fillers {
        let mut srng = Rng::new(&[self.opts.seed, TAG_STORY, self.s as u64, 2]);
        let mut all: Vec<String> = background
            .iter()
            .chain(generic)
            .map(|t| fill(t, &self.ctx, &mut srng))
            .collect();
        for k in (1..all.len()).rev() {
            all.swap(k, rng.below(k + 1));
        }
        Fillers { all, next: 0 }
    }

    /// How person `p` is named next to a quote: (mention, is_pronoun).
    fn en_mention(
        &self,
        st: &mut ArtState,
        p: usize,
        j: usize,
        rng: &mut Rng,
        honorific: bool,
    ) -> (String, bool) {
        let per = &self.people[p];
        let out = if !st.introduced[p] {
            st.introduced[p] = true;
            (
                format!("{} {}", self.role_in(p, j), self.full_in(p, j)),
                false,
            )
        } else if st.last == Some(p) && rng.chance(0.6) {
            (per.pronoun(Lang::En).to_string(), true)
        } else if honorific {
            (format!("{} {}", per.honorific(Lang::En), per.short), false)
        } else {
            (per.short.clone(), false)
        };
        st.last = Some(p);
        out
    }

    fn block_en(&self, b: &mut Builder, st: &mut ArtState, j: usize, k: usize, rng: &mut Rng) {
        let outlet = &EN_OUTLETS[(self.outlet_base + j) % EN_OUTLETS.len()];
        let stmt = &self.stmts[k];
        match (self.speaker_of(k, j), &stmt.clause) {
            (Who::P(p), None) => {
                let quotes = self.quotes_of(k, j);
                let name = self.people[p].full.as_str();
                let (m, pron) = self.en_mention(st, p, j, rng, outlet.honorific);
                let cue = if pron || m.contains(' ') {
                    "said"
                } else {
                    *rng.pick(EN_AFTER)
                };
                let style = if pron { rng.below(2) * 2 } else { rng.below(3) };
                let mut colon = false;
                match style {
                    0 => {
                        b.quote(
                            &with_comma(&quotes[0]),
                            &Spk {
                                name: Some(name),
                                kind: "person",
                                mention: Some(&m),
                                cue: Some(cue),
                            },
                        );
                        b.push(&format!(" {m} {cue}."));
                    }
                    1 => {
                        b.quote(
                            &with_comma(&quotes[0]),
                            &Spk {
                                name: Some(name),
                                kind: "person",
                                mention: Some(&m),
                                cue: Some(cue),
                            },
                        );
                        b.push(&format!(" {cue} {m}."));
                    }
                    _ => {
                        let cue = if rng.chance(0.7) || !st.introduced[p] {
                            "said"
                        } else {
                            "added"
                        };
                        b.push(&format!("{} {cue}: ", cap(&m)));
                        b.quote(
                            &quotes[0],
                            &Spk {
                                name: Some(name),
                                kind: "person",
                                mention: Some(&m),
                                cue: Some(cue),
                            },
                        );
                        colon = true;
                    }
                }
                for q in &quotes[1..] {
                    if colon {
                        b.para();
                    } else {
                        b.push(" ");
                    }
                    b.quote(
                        q,
                        &Spk {
                            name: Some(name),
                            kind: "person",
                            mention: None,
                            cue: None,
                        },
                    );
                }
            }
            (Who::P(p), Some(clause)) => {
                let name = self.people[p].full.as_str();
                let (m, pron) = self.en_mention(st, p, j, rng, outlet.honorific);
                if !pron && rng.chance(0.35) {
                    b.push(&format!("According to {m}, "));
                    b.indirect(
                        clause,
                        &Spk {
                            name: Some(name),
                            kind: "person",
                            mention: Some(&m),
                            cue: Some("According to"),
                        },
                    );
                    b.push(".");
                } else {
                    let that = if rng.chance(0.4) { "that " } else { "" };
                    b.push(&format!("{} said {that}", cap(&m)));
                    b.indirect(
                        clause,
                        &Spk {
                            name: Some(name),
                            kind: "person",
                            mention: Some(&m),
                            cue: Some("said"),
                        },
                    );
                    b.push(".");
                }
            }
            (Who::Org, None) => {
                let m = if st.org_introduced {
                    self.org_head.clone()
                } else {
                    format!("the {}", self.org)
                };
                st.org_introduced = true;
                b.quote(
                    &with_comma(&stmt.quotes[0]),
                    &Spk {
                        name: Some(&self.org),
                        kind: "organization",
                        mention: Some(&m),
                        cue: Some("said"),
                    },
                );
                b.push(&format!(" {m} said in a statement."));
                st.last = None;
            }
            (Who::Org, Some(clause)) => {
                let m = if st.org_introduced {
                    cap(&self.org_head)
                } else {
                    format!("The {}", self.org)
                };
                st.org_introduced = true;
                b.push(&format!("{m} said in a statement that "));
                b.indirect(
                    clause,
                    &Spk {
                        name: Some(&self.org),
                        kind: "organization",
                        mention: Some(&m),
                        cue: Some("said"),
                    },
                );
                b.push(".");
                st.last = None;
            }
            (Who::Anon, clause) => {
                let m = *rng.pick(&[
                    "Officials",
                    "Two people familiar with the talks",
                    "Several residents",
                    "City officials",
                ]);
                b.push(&format!("{m} said "));
                b.indirect(
                    clause.as_deref().unwrap_or(""),
                    &Spk {
                        name: None,
                        kind: "anonymous",
                        mention: Some(m),
                        cue: Some("said"),
                    },
                );
                b.push(".");
                st.last = None;
            }
        }
    }

    fn resident_en(&self, b: &mut Builder, j: usize, rng: &mut Rng) {
        let per = &self.residents[j];
        let mut r2 = Rng::new(&[self.opts.seed, TAG_ARTICLE, (self.s * STORY + j) as u64, 7]);
        let q = quote_text(Lang::En, self.domain, &self.ctx, &mut r2);
        let age = rng.range(24, 81);
        b.para();
        if rng.chance(0.5) {
            b.quote(
                &with_comma(&q),
                &Spk {
                    name: Some(&per.full),
                    kind: "person",
                    mention: Some(&per.full),
                    cue: Some("said"),
                },
            );
            b.push(&format!(
                " said {}, {age}, who lives on {} Street.",
                per.full, self.ctx.street
            ));
        } else {
            b.push(&format!(
                "{}, {age}, has lived near the {} for years. ",
                per.full,
                rng.pick(EN_DOMAINS[self.domain].nouns)
            ));
            b.quote(
                &with_comma(&q),
                &Spk {
                    name: Some(&per.full),
                    kind: "person",
                    mention: Some(&per.short),
                    cue: Some("said"),
                },
            );
            b.push(&format!(" {} said.", per.short));
        }
    }

    fn render_vi(
        &self,
        j: usize,
        doc: &str,
        rng: &mut Rng,
    ) -> (String, String, String, Vec<GoldQuote>) {
        let outlet = VI_OUTLETS[(self.outlet_base + j) % VI_OUTLETS.len()];
        let d = &VI_DOMAINS[self.domain];
        let mut b = Builder {
            doc: doc.to_string(),
            text: String::with_capacity(6000),
            gold: Vec::new(),
            open: "\"",
            close: "\"",
        };
        let target = rng.range(2600, 4800);
        let mut fillers = self.fillers(d.background, VI_FILLERS, rng);
        if rng.chance(0.6) {
            b.push(&format!("Thời sự | Xã hội | {}", d.section));
            b.para();
        }
        let title = fill(rng.pick::<&str>(d.headlines), &self.ctx, rng);
        b.push(&title);
        let (m, dd) = month_day(self.day + j);
        b.para();
        b.push(&format!(
            "{}, {dd:02}/{m:02}/2024 - {:02}:{:02}",
            rng.pick(&[
                "Thứ hai",
                "Thứ ba",
                "Thứ tư",
                "Thứ năm",
                "Thứ sáu",
                "Thứ bảy",
                "Chủ nhật"
            ]),
            rng.range(6, 22),
            rng.range(0, 59)
        ));
        b.para();
        b.push(&format!(
            "({outlet}) - {} {}",
            fillers.next(rng),
            fillers.next(rng)
        ));
        self.body(&mut b, j, rng, &mut fillers, target, 5100);
        b.para();
        b.push(rng.pick::<&str>(VI_REPORTERS));
        b.para();
        b.push("Tin liên quan:\n- ");
        b.push(&fill(rng.pick::<&str>(d.headlines), &self.ctx, rng));
        b.push("\n- ");
        b.push(&fill(rng.pick::<&str>(d.headlines), &self.ctx, rng));
        b.para();
        b.push(&format!(
            "Bình luận ({}) | Gửi bình luận\n",
            rng.range(0, 40)
        ));
        (b.text, title, outlet.to_string(), b.gold)
    }

    /// Vietnamese mention: (as written, is_pronoun, first mention).
    fn vi_mention(
        &self,
        st: &mut ArtState,
        p: usize,
        j: usize,
        rng: &mut Rng,
    ) -> (String, bool, bool) {
        let per = &self.people[p];
        let h = per.honorific(Lang::Vi);
        let out = if !st.introduced[p] {
            st.introduced[p] = true;
            (format!("{h} {}", self.full_in(p, j)), false, true)
        } else if st.last == Some(p) && rng.chance(0.6) {
            (h.to_string(), true, false)
        } else {
            (format!("{h} {}", per.short), false, false)
        };
        st.last = Some(p);
        out
    }

    fn block_vi(&self, b: &mut Builder, st: &mut ArtState, j: usize, k: usize, rng: &mut Rng) {
        let stmt = &self.stmts[k];
        match (self.speaker_of(k, j), &stmt.clause) {
            (Who::P(p), None) => {
                let quotes = self.quotes_of(k, j);
                let name = self.people[p].full.as_str();
                let (m, pron, first) = self.vi_mention(st, p, j, rng);
                if first {
                    let role = self.role_in(p, j);
                    let cue = *rng.pick(VI_COLON);
                    if rng.chance(0.5) {
                        b.push(&format!("{}, {role}, {cue}: ", cap(&m)));
                        b.quote(
                            &quotes[0],
                            &Spk {
                                name: Some(name),
                                kind: "person",
                                mention: Some(&m),
                                cue: Some(cue),
                            },
                        );
                    } else {
                        let mention = format!("{} {}", role, self.full_in(p, j));
                        b.push(&format!("{} {cue}: ", cap(&mention)));
                        b.quote(
                            &quotes[0],
                            &Spk {
                                name: Some(name),
                                kind: "person",
                                mention: Some(&mention),
                                cue: Some(cue),
                            },
                        );
                    }
                    b.push(".");
                } else if rng.chance(0.7) || pron {
                    let cue = *rng.pick(VI_AFTER);
                    b.quote(
                        &quotes[0],
                        &Spk {
                            name: Some(name),
                            kind: "person",
                            mention: Some(&m),
                            cue: Some(cue),
                        },
                    );
                    b.push(&format!(", {m} {cue}."));
                } else {
                    let cue = *rng.pick(VI_COLON);
                    b.push(&format!("{} {cue}: ", cap(&m)));
                    b.quote(
                        &quotes[0],
                        &Spk {
                            name: Some(name),
                            kind: "person",
                            mention: Some(&m),
                            cue: Some(cue),
                        },
                    );
                    b.push(".");
                }
                let h = self.people[p].pronoun(Lang::Vi);
                for q in &quotes[1..] {
                    b.push(" ");
                    b.quote(
                        q,
                        &Spk {
                            name: Some(name),
                            kind: "person",
                            mention: Some(h),
                            cue: Some("nói thêm"),
                        },
                    );
                    b.push(&format!(", {h} nói thêm."));
                }
            }
            (Who::P(p), Some(clause)) => {
                let name = self.people[p].full.as_str();
                let (m, pron, first) = self.vi_mention(st, p, j, rng);
                if first {
                    let role = self.role_in(p, j);
                    let mention = format!("{} {}", role, self.full_in(p, j));
                    b.push(&format!("{} cho biết ", cap(&mention)));
                    b.indirect(
                        clause,
                        &Spk {
                            name: Some(name),
                            kind: "person",
                            mention: Some(&mention),
                            cue: Some("cho biết"),
                        },
                    );
                } else if !pron && rng.chance(0.5) {
                    b.push(&format!("Theo {m}, "));
                    b.indirect(
                        clause,
                        &Spk {
                            name: Some(name),
                            kind: "person",
                            mention: Some(&m),
                            cue: Some("Theo"),
                        },
                    );
                } else {
                    b.push(&format!("{} cho biết ", cap(&m)));
                    b.indirect(
                        clause,
                        &Spk {
                            name: Some(name),
                            kind: "person",
                            mention: Some(&m),
                            cue: Some("cho biết"),
                        },
                    );
                }
                b.push(".");
            }
            (Who::Org, clause) => {
                let clause = clause.as_deref().unwrap_or("");
                if rng.chance(0.5) {
                    b.push(&format!("Theo {}, ", self.org));
                    b.indirect(
                        clause,
                        &Spk {
                            name: Some(&self.org),
                            kind: "organization",
                            mention: Some(&self.org),
                            cue: Some("Theo"),
                        },
                    );
                } else {
                    b.push(&format!("{} cho biết ", self.org));
                    b.indirect(
                        clause,
                        &Spk {
                            name: Some(&self.org),
                            kind: "organization",
                            mention: Some(&self.org),
                            cue: Some("cho biết"),
                        },
                    );
                }
                b.push(".");
                st.last = None;
            }
            (Who::Anon, clause) => {
                let m = "Người dân địa phương";
                b.push(&format!("{m} cho biết "));
                b.indirect(
                    clause.as_deref().unwrap_or(""),
                    &Spk {
                        name: None,
                        kind: "anonymous",
                        mention: Some(m),
                        cue: Some("cho biết"),
                    },
                );
                b.push(".");
                st.last = None;
            }
        }
    }

    fn resident_vi(&self, b: &mut Builder, j: usize, rng: &mut Rng) {
        let per = &self.residents[j];
        let mut r2 = Rng::new(&[self.opts.seed, TAG_ARTICLE, (self.s * STORY + j) as u64, 7]);
        let q = quote_text(Lang::Vi, self.domain, &self.ctx, &mut r2);
        let h = per.honorific(Lang::Vi);
        b.para();
        b.push(&format!(
            "{} {} ({} tuổi, ngụ xã {}) {}.",
            cap(h),
            per.full,
            rng.range(24, 81),
            self.ctx.x,
            rng.pick(&[
                "ngày ngày chở rau qua đò sang chợ",
                "có nhà ngay cạnh công trình",
                "đã sống ở đây hơn 30 năm",
                "buôn bán nhỏ ở đầu xã"
            ])
        ));
        b.para();
        let m = format!("{h} {}", per.short);
        b.quote(
            &q,
            &Spk {
                name: Some(&per.full),
                kind: "person",
                mention: Some(&m),
                cue: Some("kể"),
            },
        );
        b.push(&format!(", {m} kể."));
    }
}

struct Fillers {
    all: Vec<String>,
    next: usize,
}

impl Fillers {
    fn next(&mut self, rng: &mut Rng) -> String {
        let k = if self.next < self.all.len() {
            self.next += 1;
            self.next - 1
        } else {
            rng.below(self.all.len())
        };
        self.all[k].clone()
    }
}

/// Month and day (1-based) of day `n` (0-based) of 2024.
fn month_day(n: usize) -> (usize, usize) {
    const LEN: [usize; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let mut n = n % 366;
    for (m, &l) in LEN.iter().enumerate() {
        if n < l {
            return (m + 1, n + 1);
        }
        n -= l;
    }
    (12, 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(n: usize) -> SynthOptions {
        SynthOptions {
            articles: n,
            seed: 3,
            vi_share: 0.3,
            gold: None,
        }
    }

    #[test]
    fn names_are_distinct_within_a_story_and_across_stories() {
        let mut seen = std::collections::HashSet::new();
        for x in 0..20_000u64 {
            let (g, f, _) = en_name(5, x);
            assert!(seen.insert(format!("{g} {f}")), "{g} {f}");
        }
        for s in 0..500u64 {
            let fams: std::collections::HashSet<String> =
                (0..SLOTS).map(|k| en_name(5, s * SLOTS + k).1).collect();
            assert_eq!(fams.len(), SLOTS as usize);
        }
    }

    #[test]
    fn misspelling_changes_one_letter() {
        assert_eq!(misspell("Dana"), "Dane");
        assert_eq!(misspell("Josh"), "Jash");
    }

    #[test]
    fn article_is_a_pure_function_of_its_index() {
        let o = opts(40);
        let a = article(&o, 17);
        let b = article(&o, 17);
        assert_eq!(a.article, b.article);
        for q in &a.quotes {
            assert!(a.article.text.contains(&q.quote), "{}", q.quote);
        }
    }
}
