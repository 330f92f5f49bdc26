//! Mining: article text -> quotations with speakers, cues and offsets.
//!
//! The steps, each in its own module: normalize (NFC, offsets kept), detect
//! the language, [`token`]ize, mark [`segment`] boilerplate and datelines,
//! find [`quotes`], split sentences, chunk [`mentions`], then
//! [`attribute`] direct quotes by ordered sieves and find indirect speech.

pub mod attribute;
pub mod lang;
pub mod mentions;
pub mod quotes;
pub mod segment;
pub mod token;
pub mod turns;

use crate::lexicon::{Lexicon, Lexicons};
use crate::model::{Article, Quotation};
use crate::text::Normalized;
pub use mentions::LocalEntity;
use mentions::Mention;
use quotes::QSpan;
use segment::Sent;
use token::Tok;

/// What mining one article gives.
#[derive(Clone, Debug)]
pub struct MinedArticle {
    /// Article id.
    pub doc: String,
    /// Language code.
    pub lang: String,
    /// Quotations in text order; `speaker` is the article-local best name.
    pub quotes: Vec<Quotation>,
    /// For each quotation, the local entity its speaker resolved to.
    pub quote_entity: Vec<Option<usize>>,
    /// People and organizations named in the article.
    pub entities: Vec<LocalEntity>,
    /// Why the article was not mined (a limit was exceeded), if it was not.
    pub skipped: Option<String>,
}

/// Limits on what the miner accepts.
#[derive(Clone, Copy, Debug)]
pub struct MineOptions {
    /// Quotes nested deeper than this (same marks inside each other) make the
    /// article malformed: it is skipped with a message.
    pub max_quote_depth: usize,
}

impl Default for MineOptions {
    fn default() -> Self {
        MineOptions {
            max_quote_depth: 32,
        }
    }
}

/// The working state of one article.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub lx: &'a Lexicon,
    pub toks: Vec<Tok>,
    /// Lowercase forms of the tokens, numbered by the lexicon's vocabulary.
    pub lowers: crate::lexicon::TokenWords,
    pub skip: Vec<bool>,
    pub quotes: Vec<QSpan>,
    pub sents: Vec<Sent>,
    pub sent_of: Vec<u32>,
    pub inq: Vec<Option<u32>>,
    pub mentions: Vec<Mention>,
    pub ents: Vec<LocalEntity>,
    /// Local entities by the last word of their name key.
    pub ent_by_last: rustc_hash::FxHashMap<String, Vec<usize>>,
    /// Local people with a full name, by the first word of their name key.
    pub ent_by_first: rustc_hash::FxHashMap<String, Vec<usize>>,
    /// Local organizations, in order of creation.
    pub org_ents: Vec<usize>,
    /// Folded surnames of full person names seen so far.
    pub surnames: rustc_hash::FxHashSet<String>,
    /// Folded first words of full person names seen so far (`Bethan` of
    /// `Bethan Quilliam`: features call people by their given name).
    pub given_seen: rustc_hash::FxHashSet<String>,
    /// Folded name words right after a particle in full person names seen
    /// so far (`fuente` in `Marisol de la Fuente Ibarra`): a lower-case
    /// particle before one opens a short form (`de la Fuente Ibarra said`).
    pub particle_names: rustc_hash::FxHashSet<String>,
}

impl Doc<'_> {
    /// The tokens of the paragraph (line) of token `k`: first, one past
    /// the last.
    pub(crate) fn para_span(&self, k: usize) -> (usize, usize) {
        let para = self.toks[k].para;
        let a = self.toks[..k]
            .iter()
            .rposition(|t| t.para != para)
            .map_or(0, |i| i + 1);
        let b = self.toks[k..]
            .iter()
            .position(|t| t.para != para)
            .map_or(self.toks.len(), |n| k + n);
        (a, b)
    }
}

/// Mines one article with the embedded lexicons.
pub fn mine(article: &Article) -> MinedArticle {
    mine_with(article, Lexicons::embedded())
}

/// Mines one article with the given languages.
pub fn mine_with(article: &Article, all: &Lexicons) -> MinedArticle {
    mine_with_options(article, all, &MineOptions::default())
}

/// Mines one article with the given languages and limits.
pub fn mine_with_options(article: &Article, all: &Lexicons, opts: &MineOptions) -> MinedArticle {
    let norm = Normalized::new(&article.text);
    let lx = match article.lang.as_deref().and_then(|c| all.get(c)) {
        Some(lx) => lx,
        None => lang::detect(&norm.text, all),
    };
    let text: &str = &norm.text;
    let toks = token::tokenize(text);
    let lowers =
        crate::lexicon::TokenWords::new(toks.iter().map(|t| t.lower.clone()).collect(), &lx.vocab);
    let mut skip = segment::boilerplate(text, &toks, lx, all, &lx.script);
    segment::datelines(text, &toks, &mut skip);
    let (quotes, depth) = quotes::find_with_depth(&toks, &skip);
    if depth > opts.max_quote_depth {
        return MinedArticle {
            doc: article.id.clone(),
            lang: lx.code.clone(),
            quotes: Vec::new(),
            quote_entity: Vec::new(),
            entities: Vec::new(),
            skipped: Some(format!(
                "quotes nested {depth} deep, over the limit of {} (--max-quote-depth); skipped",
                opts.max_quote_depth
            )),
        };
    }
    let (sents, inq) = segment::sentences(text, &toks, &skip, &quotes, lx);
    let mut sent_of = vec![u32::MAX; toks.len()];
    for (i, s) in sents.iter().enumerate() {
        for slot in &mut sent_of[s.a..s.b] {
            *slot = i as u32;
        }
    }
    let mut doc = Doc {
        text,
        lx,
        toks,
        lowers,
        skip,
        quotes,
        sents,
        sent_of,
        inq,
        mentions: Vec::new(),
        ents: Vec::new(),
        ent_by_last: Default::default(),
        ent_by_first: Default::default(),
        org_ents: Vec::new(),
        surnames: Default::default(),
        given_seen: Default::default(),
        particle_names: Default::default(),
    };
    doc.chunk_names();
    doc.resolve_names();
    let found = doc.attribute();
    let mut quotes = Vec::with_capacity(found.len());
    let mut quote_entity = Vec::with_capacity(found.len());
    // Each speaker's best name, worked out once.
    let mut best_names: Vec<Option<String>> = vec![None; doc.ents.len()];
    for f in found {
        let start = norm.to_input(f.cs);
        let end = norm.to_input(f.ce);
        let Some(quote) = article.text.get(start..end) else {
            continue;
        };
        quote_entity.push(f.ent);
        quotes.push(Quotation {
            doc: article.id.clone(),
            quote: quote.to_string(),
            kind: f.kind,
            speaker: f.ent.map(|e| {
                best_names[e]
                    .get_or_insert_with(|| doc.ents[e].best_name(doc.lx))
                    .clone()
            }),
            speaker_mention: f.mention,
            speaker_type: f.speaker_type,
            cue: f.cue,
            start,
            end,
            lang: lx.code.clone(),
            confidence: (f.confidence * 100.0).round() / 100.0,
            rule: f.rule.to_string(),
            cited: f.cited,
            role: f.role,
        });
    }
    MinedArticle {
        doc: article.id.clone(),
        lang: lx.code.clone(),
        quotes,
        quote_entity,
        entities: doc.ents,
        skipped: None,
    }
}

/// The texts of every article folder the project carries (seeds, dev,
/// held-out and blind sets), for tests that compare a fast path with its
/// reference on real prose.
#[cfg(test)]
pub(crate) fn test_articles() -> Vec<String> {
    let mut out = Vec::new();
    for dir in [
        "data/seeds",
        "data/dev/articles",
        "data/heldout/articles",
        "data/blind/articles",
        "data/blind2/articles",
        "data/blind3/articles",
        "data/blind4/articles",
    ] {
        let Ok(rd) = std::fs::read_dir(dir) else {
            continue;
        };
        let mut files: Vec<_> = rd.flatten().map(|f| f.path()).collect();
        files.sort();
        out.extend(files.iter().filter_map(|f| std::fs::read_to_string(f).ok()));
    }
    out
}
