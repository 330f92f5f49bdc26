//! The whole pipeline over a corpus: read -> mine (in parallel, order kept)
//! -> resolve.

use crate::input::{self, InputError, ReadOptions};
use crate::lexicon::Lexicons;
use crate::mine::{self, MinedArticle};
use crate::model::Article;
use crate::resolve::{self, Resolved};
use rayon::prelude::*;
use std::path::PathBuf;

/// Articles read and mined.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Article metadata (text dropped after mining), in input order.
    pub articles: Vec<Article>,
    /// What mining found, one per article, same order.
    pub mined: Vec<MinedArticle>,
    /// Problems met while reading.
    pub errors: Vec<InputError>,
}

/// How many articles are mined in one parallel batch.
const BATCH: usize = 256;

/// Reads and mines every article under `paths`.
pub fn mine_paths(paths: &[PathBuf], opts: ReadOptions, all: &Lexicons) -> Corpus {
    let mut corpus = Corpus::default();
    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    let mut errors = Vec::new();
    let mut mine_errors = Vec::new();
    let mine_opts = mine::MineOptions {
        max_quote_depth: opts.max_quote_depth,
    };
    let flush = |batch: &mut Vec<Article>, corpus: &mut Corpus, errors: &mut Vec<InputError>| {
        // A bug that panics on one article costs that article, not the run.
        let mined: Vec<Option<MinedArticle>> = batch
            .par_iter()
            .map(|a| {
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    mine::mine_with_options(a, all, &mine_opts)
                }))
                .ok()
            })
            .collect();
        for (mut a, m) in batch.drain(..).zip(mined) {
            let Some(m) = m else {
                errors.push(InputError {
                    path: a.id.clone(),
                    line: None,
                    message: "internal error while mining this article; skipped (please report it)"
                        .into(),
                });
                continue;
            };
            if let Some(why) = &m.skipped {
                errors.push(InputError {
                    path: a.id.clone(),
                    line: None,
                    message: why.clone(),
                });
                continue;
            }
            a.text = String::new();
            if a.lang.is_none() {
                a.lang = Some(m.lang.clone());
            }
            corpus.articles.push(a);
            corpus.mined.push(m);
        }
    };
    input::read(
        paths,
        opts,
        |a| {
            batch.push(a);
            if batch.len() >= BATCH {
                flush(&mut batch, &mut corpus, &mut mine_errors);
            }
        },
        |e| errors.push(e),
    );
    flush(&mut batch, &mut corpus, &mut mine_errors);
    errors.extend(mine_errors);
    corpus.errors = errors;
    corpus
}

/// Mines one article for [`mine_map`]: a panic or a limit costs that
/// article, with an error naming it.
fn mine_one<T>(
    mut a: Article,
    all: &Lexicons,
    opts: &mine::MineOptions,
    map: &(impl Fn(Article, MinedArticle) -> T + Sync),
) -> Result<T, InputError> {
    // A bug that panics on one article costs that article, not the run.
    let m = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        mine::mine_with_options(&a, all, opts)
    }));
    let Ok(m) = m else {
        return Err(InputError {
            path: a.id,
            line: None,
            message: "internal error while mining this article; skipped (please report it)".into(),
        });
    };
    if let Some(why) = m.skipped {
        return Err(InputError {
            path: a.id,
            line: None,
            message: why,
        });
    }
    a.text = String::new();
    if a.lang.is_none() {
        a.lang = Some(m.lang.clone());
    }
    Ok(map(a, m))
}

/// Reads and mines every article under `paths`, streaming: a reader thread
/// reads (and parses) the next batch while the current one is mined in
/// parallel, and `map` runs in the workers on each article (its text
/// dropped, its `lang` filled in when it had none) with what mining found,
/// so costly output work (serializing) is parallel too. `sink` gets the
/// results in input order, one batch at a time; memory stays that of a few
/// batches. Returns the problems met: reading first, then mining, each in
/// input order.
pub fn mine_map<T: Send>(
    paths: &[PathBuf],
    opts: ReadOptions,
    all: &Lexicons,
    map: impl Fn(Article, MinedArticle) -> T + Sync,
    mut sink: impl FnMut(T),
) -> Vec<InputError> {
    let mine_opts = mine::MineOptions {
        max_quote_depth: opts.max_quote_depth,
    };
    let mut mine_errors = Vec::new();
    let read_errors = std::thread::scope(|scope| {
        // Two batches in flight: one being mined, one read ahead.
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Article>>(1);
        let reader = scope.spawn(move || {
            let mut errors = Vec::new();
            let mut batch = Vec::with_capacity(BATCH);
            input::read(
                paths,
                opts,
                |a| {
                    batch.push(a);
                    if batch.len() >= BATCH {
                        let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                        // The receiver only hangs up when mining panicked.
                        let _ = tx.send(full);
                    }
                },
                |e| errors.push(e),
            );
            if !batch.is_empty() {
                let _ = tx.send(batch);
            }
            errors
        });
        // Mining runs on its own thread, so that writing one batch's results
        // (here, on the caller's thread) overlaps mining the next.
        let (done_tx, done_rx) = std::sync::mpsc::sync_channel::<Vec<Result<T, InputError>>>(1);
        let map = &map;
        let mine_opts = &mine_opts;
        let miner = scope.spawn(move || {
            for batch in rx {
                let done: Vec<Result<T, InputError>> = batch
                    .into_par_iter()
                    .map(|a| mine_one(a, all, mine_opts, map))
                    .collect();
                if done_tx.send(done).is_err() {
                    break;
                }
            }
        });
        for done in done_rx {
            for r in done {
                match r {
                    Ok(t) => sink(t),
                    Err(e) => mine_errors.push(e),
                }
            }
        }
        if let Err(panic) = miner.join() {
            std::panic::resume_unwind(panic);
        }
        match reader.join() {
            Ok(errors) => errors,
            Err(panic) => std::panic::resume_unwind(panic),
        }
    });
    let mut errors = read_errors;
    errors.extend(mine_errors);
    errors
}

/// Mines articles already in memory.
pub fn mine_articles(articles: &[Article], all: &Lexicons) -> Vec<MinedArticle> {
    articles
        .par_iter()
        .map(|a| mine::mine_with(a, all))
        .collect()
}

/// Resolves a mined corpus.
pub fn resolve(corpus: &Corpus) -> Resolved {
    resolve::resolve(&corpus.mined)
}

/// The graph of a resolved corpus: quoted entities only (and the
/// organizations they are affiliated with, which the graph adds).
pub fn graph(articles: &[Article], resolved: &Resolved) -> crate::graph::QuoteGraph {
    let (entities, quotes) = quoted_only(resolved);
    crate::graph::QuoteGraph::build(articles, &quotes, &entities)
}

/// Keeps the entities that said something, and re-points the quotes at them.
pub fn quoted_only(
    resolved: &Resolved,
) -> (Vec<crate::model::Entity>, Vec<crate::model::Attributed>) {
    let mut keep = vec![None; resolved.entities.len()];
    let mut entities = Vec::new();
    for q in &resolved.quotes {
        if let Some(e) = q.entity
            && keep[e].is_none()
        {
            keep[e] = Some(());
        }
    }
    let mut index = vec![usize::MAX; resolved.entities.len()];
    for (i, e) in resolved.entities.iter().enumerate() {
        if keep[i].is_some() {
            index[i] = entities.len();
            entities.push(e.clone());
        }
    }
    let quotes = resolved
        .quotes
        .iter()
        .map(|q| crate::model::Attributed {
            quotation: q.quotation.clone(),
            entity: q.entity.map(|e| index[e]),
        })
        .collect();
    (entities, quotes)
}
