//! The whole pipeline over a corpus: read -> mine (in parallel batches,
//! order kept) -> [`Record`]s -> [`reduce`]: resolve -> graph. Records are
//! what `mine --records` writes and `build --quotes` reads, so a corpus
//! mined in shards reduces to the same graph as one mined in one run.

use crate::input::{self, InputError, ReadOptions};
use crate::lexicon::Lexicons;
use crate::mine::{self, MinedArticle};
use crate::model::{Article, Attributed, LocalName, Quotation, Record};
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
    let errors = mine_each(paths, opts, all, |a, m| {
        corpus.articles.push(a);
        corpus.mined.push(m);
    });
    corpus.errors = errors;
    corpus
}

/// Reads and mines every article under `paths` in parallel batches, and
/// hands each to `sink` in input order with its text dropped (its `lang`
/// filled in when it had none), as soon as its batch is mined; returns the
/// problems met. Memory stays that of one batch.
pub fn mine_each(
    paths: &[PathBuf],
    opts: ReadOptions,
    all: &Lexicons,
    mut sink: impl FnMut(Article, MinedArticle),
) -> Vec<InputError> {
    mine_map(paths, opts, all, |a, m| (a, m), |(a, m)| sink(a, m))
}

/// The record of a mined article (see [`Record`]): its metadata, quotes and
/// local entities, moved out of the two.
pub fn record(article: Article, mined: MinedArticle) -> Record {
    Record {
        lang: article.lang.unwrap_or_else(|| mined.lang.clone()),
        doc: article.id,
        title: article.title,
        source: article.source,
        url: article.url,
        date: article.date,
        quotes: mined.quotes,
        speakers: mined.quote_entity,
        entities: mined
            .entities
            .into_iter()
            .map(resolve::local_name)
            .collect(),
    }
}

/// Reads and mines every article under `paths` into records; `progress` is
/// told the number of articles mined so far after each batch.
pub fn mine_records(
    paths: &[PathBuf],
    opts: ReadOptions,
    all: &Lexicons,
    mut progress: impl FnMut(usize),
) -> (Vec<Record>, Vec<InputError>) {
    let mut records = Vec::new();
    let errors = mine_each(paths, opts, all, |a, m| {
        // Copied on this thread: the mining threads allocate in their own
        // malloc arenas, and what this thread frees there later (resolution
        // consumes the records) is never reused by the reduce that runs
        // here. The copy keeps the long-lived records in this thread's
        // arena and the miners' arenas one batch large (10k articles: peak
        // RSS 427 -> 378 MB, same CPU).
        records.push(record(a, m).clone());
        if records.len().is_multiple_of(BATCH) {
            progress(records.len());
        }
    });
    progress(records.len());
    (records, errors)
}

/// The quotations and local names of mined records, kept in a temporary
/// file (deleted when dropped) instead of memory until resolution reads
/// them; see [`mine_records_spilled`] and [`reduce_spilled`]. Each
/// record's quotations are one block of a plain binary encoding (lengths
/// and bytes, the confidence as its bits), its local names the next, read
/// back exactly as written.
#[derive(Debug)]
pub struct QuoteSpill {
    file: std::io::BufWriter<std::fs::File>,
    /// Per record, in the order given: byte offset, byte length, count of
    /// the quotations.
    blocks: Vec<(u64, u32, u32)>,
    /// Per record: byte length and count of the local names (their block
    /// follows the quotations').
    names: Vec<(u32, u32)>,
    at: u64,
    buf: Vec<u8>,
    /// Set once the first block is read back (writing is over then).
    reading: bool,
}

impl QuoteSpill {
    /// An empty spill in a new temporary file.
    ///
    /// # Errors
    ///
    /// When no temporary file can be made.
    pub fn new() -> std::io::Result<QuoteSpill> {
        Ok(QuoteSpill {
            file: std::io::BufWriter::with_capacity(1 << 20, tempfile::tempfile()?),
            blocks: Vec::new(),
            names: Vec::new(),
            at: 0,
            buf: Vec::new(),
            reading: false,
        })
    }

    /// Moves a record's quotations and local names into the spill (the
    /// record keeps empty lists); records are numbered in the order they
    /// are pushed.
    ///
    /// # Errors
    ///
    /// A write error of the temporary file.
    pub fn push(&mut self, record: &mut Record) -> std::io::Result<()> {
        use std::io::Write;
        let block = |buf: &[u8], file: &mut std::io::BufWriter<std::fs::File>| {
            file.write_all(buf)?;
            u32::try_from(buf.len()).map_err(std::io::Error::other)
        };
        self.buf.clear();
        for q in &record.quotes {
            encode_quote(&mut self.buf, q);
        }
        let len = block(&self.buf, &mut self.file)?;
        self.buf.clear();
        for e in &record.entities {
            encode_name(&mut self.buf, e);
        }
        let names_len = block(&self.buf, &mut self.file)?;
        self.blocks.push((self.at, len, record.quotes.len() as u32));
        self.names.push((names_len, record.entities.len() as u32));
        self.at += u64::from(len) + u64::from(names_len);
        record.quotes = Vec::new();
        record.entities = Vec::new();
        Ok(())
    }

    /// Reads `len` bytes at `offset` into the buffer.
    fn read_block(&mut self, offset: u64, len: u32) -> std::io::Result<()> {
        use std::io::{Read, Seek, SeekFrom, Write};
        if !self.reading {
            self.file.flush()?;
            self.reading = true;
        }
        let file = self.file.get_mut();
        file.seek(SeekFrom::Start(offset))?;
        self.buf.resize(len as usize, 0);
        file.read_exact(&mut self.buf)
    }

    /// Record number `record`'s local names, read back.
    ///
    /// # Errors
    ///
    /// A read error of the temporary file, or bytes that do not decode.
    pub fn read_names(&mut self, record: usize) -> std::io::Result<Vec<LocalName>> {
        let (offset, len, _) = self.blocks[record];
        let (names_len, count) = self.names[record];
        self.read_block(offset + u64::from(len), names_len)?;
        let mut at = 0;
        let mut out = Vec::with_capacity(count as usize);
        for _ in 0..count {
            out.push(decode_name(&self.buf, &mut at).ok_or_else(|| {
                std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    "bad local name spill block",
                )
            })?);
        }
        Ok(out)
    }

    /// Record number `record`'s quotations, read back.
    ///
    /// # Errors
    ///
    /// A read error of the temporary file, or bytes that do not decode.
    pub fn read(&mut self, record: usize) -> std::io::Result<Vec<Quotation>> {
        let (offset, len, count) = self.blocks[record];
        self.read_block(offset, len)?;
        let mut at = 0;
        let mut out = Vec::with_capacity(count as usize);
        for _ in 0..count {
            out.push(decode_quote(&self.buf, &mut at).ok_or_else(|| {
                std::io::Error::new(std::io::ErrorKind::InvalidData, "bad quotation spill block")
            })?);
        }
        Ok(out)
    }
}

impl resolve::QuoteSource for QuoteSpill {
    fn count(&self, record: usize) -> usize {
        self.blocks[record].2 as usize
    }

    fn take(&mut self, record: usize) -> Vec<Quotation> {
        // The file is this process's own, just written: a failure to read
        // it back is an I/O failure of the machine.
        self.read(record)
            .unwrap_or_else(|e| panic!("cannot read back the quotation spill file: {e}"))
    }

    fn name_count(&self, record: usize) -> Option<usize> {
        Some(self.names[record].1 as usize)
    }

    fn take_names(&mut self, record: usize) -> Vec<LocalName> {
        // As `take`.
        self.read_names(record)
            .unwrap_or_else(|e| panic!("cannot read back the quotation spill file: {e}"))
    }
}

fn put_strs<'a>(out: &mut Vec<u8>, items: impl ExactSizeIterator<Item = &'a String>) {
    out.extend_from_slice(&(items.len() as u32).to_le_bytes());
    for s in items {
        put_str(out, s);
    }
}

fn encode_name(out: &mut Vec<u8>, e: &LocalName) {
    use crate::model::EntityKind;
    out.push(match e.kind {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
    });
    out.extend_from_slice(&(e.forms.len() as u32).to_le_bytes());
    for (f, n) in &e.forms {
        put_str(out, f);
        out.extend_from_slice(&(*n as u64).to_le_bytes());
    }
    put_strs(out, e.key.iter());
    put_strs(out, e.roles.iter());
    put_strs(out, e.affiliations.iter());
    put_strs(out, e.acronyms.iter());
    put_strs(out, e.titled.iter());
}

fn get_strs<C: FromIterator<String>>(b: &[u8], at: &mut usize) -> Option<C> {
    let n = get_u32(b, at)?;
    (0..n).map(|_| get_str(b, at)).collect()
}

fn decode_name(b: &[u8], at: &mut usize) -> Option<LocalName> {
    use crate::model::EntityKind;
    let kind = match get_u8(b, at)? {
        0 => EntityKind::Person,
        _ => EntityKind::Organization,
    };
    let n = get_u32(b, at)?;
    let forms = (0..n)
        .map(|_| Some((get_str(b, at)?, get_u64(b, at)? as usize)))
        .collect::<Option<Vec<_>>>()?;
    Some(LocalName {
        kind,
        forms,
        key: get_strs(b, at)?,
        roles: get_strs(b, at)?,
        affiliations: get_strs(b, at)?,
        acronyms: get_strs(b, at)?,
        titled: get_strs(b, at)?,
    })
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&(s.len() as u32).to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

fn put_opt(out: &mut Vec<u8>, s: &Option<String>) {
    match s {
        Some(s) => {
            out.push(1);
            put_str(out, s);
        }
        None => out.push(0),
    }
}

fn encode_quote(out: &mut Vec<u8>, q: &Quotation) {
    put_str(out, &q.doc);
    put_str(out, &q.quote);
    out.push(q.kind as u8);
    put_opt(out, &q.speaker);
    put_opt(out, &q.speaker_mention);
    out.push(q.speaker_type as u8);
    put_opt(out, &q.cue);
    out.extend_from_slice(&(q.start as u64).to_le_bytes());
    out.extend_from_slice(&(q.end as u64).to_le_bytes());
    put_str(out, &q.lang);
    out.extend_from_slice(&q.confidence.to_bits().to_le_bytes());
    put_str(out, &q.rule);
    put_opt(out, &q.cited);
    put_opt(out, &q.role);
}

fn take_bytes<'a>(b: &'a [u8], at: &mut usize, n: usize) -> Option<&'a [u8]> {
    let s = b.get(*at..at.checked_add(n)?)?;
    *at += n;
    Some(s)
}

fn get_u8(b: &[u8], at: &mut usize) -> Option<u8> {
    take_bytes(b, at, 1).map(|s| s[0])
}

fn get_u32(b: &[u8], at: &mut usize) -> Option<u32> {
    Some(u32::from_le_bytes(take_bytes(b, at, 4)?.try_into().ok()?))
}

fn get_u64(b: &[u8], at: &mut usize) -> Option<u64> {
    Some(u64::from_le_bytes(take_bytes(b, at, 8)?.try_into().ok()?))
}

fn get_str(b: &[u8], at: &mut usize) -> Option<String> {
    let n = get_u32(b, at)? as usize;
    String::from_utf8(take_bytes(b, at, n)?.to_vec()).ok()
}

fn get_opt(b: &[u8], at: &mut usize) -> Option<Option<String>> {
    match get_u8(b, at)? {
        0 => Some(None),
        _ => get_str(b, at).map(Some),
    }
}

fn decode_quote(b: &[u8], at: &mut usize) -> Option<Quotation> {
    use crate::model::{QuoteKind, SpeakerType};
    let doc = get_str(b, at)?;
    let quote = get_str(b, at)?;
    let kind = match get_u8(b, at)? {
        k if k == QuoteKind::Direct as u8 => QuoteKind::Direct,
        k if k == QuoteKind::Mixed as u8 => QuoteKind::Mixed,
        _ => QuoteKind::Indirect,
    };
    let speaker = get_opt(b, at)?;
    let speaker_mention = get_opt(b, at)?;
    let speaker_type = match get_u8(b, at)? {
        k if k == SpeakerType::Person as u8 => SpeakerType::Person,
        k if k == SpeakerType::Organization as u8 => SpeakerType::Organization,
        k if k == SpeakerType::Anonymous as u8 => SpeakerType::Anonymous,
        _ => SpeakerType::Unknown,
    };
    let cue = get_opt(b, at)?;
    let start = get_u64(b, at)? as usize;
    let end = get_u64(b, at)? as usize;
    let lang = get_str(b, at)?;
    let confidence = f32::from_bits(get_u32(b, at)?);
    let rule = get_str(b, at)?;
    let cited = get_opt(b, at)?;
    let role = get_opt(b, at)?;
    Some(Quotation {
        doc,
        quote,
        kind,
        speaker,
        speaker_mention,
        speaker_type,
        cue,
        start,
        end,
        lang,
        confidence,
        rule,
        cited,
        role,
    })
}

/// [`mine_records`] with every record's quotations and local names moved
/// into a [`QuoteSpill`] as the record arrives: memory holds the records'
/// metadata and speaker numbers only. For [`reduce_spilled`].
///
/// # Errors
///
/// When the temporary file cannot be made or written.
pub fn mine_records_spilled(
    paths: &[PathBuf],
    opts: ReadOptions,
    all: &Lexicons,
    mut progress: impl FnMut(usize),
) -> std::io::Result<(Vec<Record>, QuoteSpill, Vec<InputError>)> {
    let mut records = Vec::new();
    let mut spill = QuoteSpill::new()?;
    let mut failed: Option<std::io::Error> = None;
    let errors = mine_each(paths, opts, all, |a, m| {
        let mut r = record(a, m);
        if failed.is_none()
            && let Err(e) = spill.push(&mut r)
        {
            failed = Some(e);
        }
        // Copied on this thread, as in `mine_records`.
        records.push(r.clone());
        if records.len().is_multiple_of(BATCH) {
            progress(records.len());
        }
    });
    if let Some(e) = failed {
        return Err(e);
    }
    progress(records.len());
    Ok((records, spill, errors))
}

/// Reads records written by `quotegraph mine --records` from files (`-`
/// for standard input), in the order given. A line that is not a valid
/// record, and a record whose article id came earlier, are reported with
/// their file and line and skipped.
pub fn read_records(paths: &[PathBuf]) -> (Vec<Record>, Vec<InputError>) {
    use std::io::BufRead;
    let mut records: Vec<Record> = Vec::new();
    let mut errors = Vec::new();
    let mut seen: std::collections::HashMap<String, (String, usize)> =
        std::collections::HashMap::new();
    for path in paths {
        let name = path.display().to_string();
        let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
            Box::new(std::io::BufReader::new(std::io::stdin().lock()))
        } else {
            match std::fs::File::open(path) {
                Ok(f) => Box::new(std::io::BufReader::with_capacity(1 << 20, f)),
                Err(e) => {
                    errors.push(InputError {
                        path: name,
                        line: None,
                        message: format!("cannot read: {e}"),
                    });
                    continue;
                }
            }
        };
        let mut buf = Vec::new();
        let mut reader = reader;
        let mut line = 0;
        loop {
            buf.clear();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    errors.push(InputError {
                        path: name.clone(),
                        line: Some(line + 1),
                        message: format!("cannot read: {e}"),
                    });
                    break;
                }
            }
            line += 1;
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let mut error = |message: String| {
                errors.push(InputError {
                    path: name.clone(),
                    line: Some(line),
                    message,
                })
            };
            let record = match serde_json::from_slice::<Record>(&buf) {
                Ok(r) => r,
                Err(e) => {
                    let hint = if serde_json::from_slice::<crate::model::Quotation>(&buf).is_ok() {
                        " (a quotation of `quotegraph mine`; build reads the records of `quotegraph mine --records`)"
                    } else {
                        ""
                    };
                    error(format!("not a quotegraph record: {e}{hint}; skipped"));
                    continue;
                }
            };
            if let Err(why) = record.check() {
                error(format!("bad record for {:?}: {why}; skipped", record.doc));
                continue;
            }
            if let Some((file, at)) = seen.get(&record.doc) {
                error(format!(
                    "duplicate article id {:?} (first at {file}:{at}); skipped",
                    record.doc
                ));
                continue;
            }
            seen.insert(record.doc.clone(), (name.clone(), line));
            records.push(record);
        }
    }
    (records, errors)
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
    crate::graph::QuoteGraph::build_owned(articles, quotes, entities)
}

/// [`graph`] consuming the resolution: the graph takes the quotations'
/// and entities' strings, nothing is copied.
pub fn into_graph(articles: &[Article], resolved: Resolved) -> crate::graph::QuoteGraph {
    let Resolved {
        entities,
        mut quotes,
    } = resolved;
    let (index, kept) = keep_quoted(entities, quotes.iter().map(|q| q.entity));
    for q in &mut quotes {
        q.entity = q.entity.map(|e| index[e]);
    }
    crate::graph::QuoteGraph::build_owned(articles, quotes, kept)
}

/// The entities some quotation's entity names (`quoted`), in order, and
/// each entity's number among them (`usize::MAX` for the others).
fn keep_quoted(
    entities: Vec<crate::model::Entity>,
    quoted: impl Iterator<Item = Option<usize>>,
) -> (Vec<usize>, Vec<crate::model::Entity>) {
    let mut index = vec![usize::MAX; entities.len()];
    for e in quoted.flatten() {
        index[e] = 0;
    }
    let mut kept = Vec::new();
    for (i, e) in entities.into_iter().enumerate() {
        if index[i] == 0 {
            index[i] = kept.len();
            kept.push(e);
        }
    }
    (index, kept)
}

/// The quotations of a stream, each shown to a sink on its way; the first
/// error of the sink ends the stream (and is kept). Its size hint is the
/// number of quotations announced, so that the build sizes its list once.
struct Sunk<I, F, E> {
    inner: I,
    left: usize,
    sink: F,
    failed: Option<E>,
}

impl<I, F, E> Iterator for Sunk<I, F, E>
where
    I: Iterator<Item = Attributed>,
    F: FnMut(&Quotation) -> Result<(), E>,
{
    type Item = Attributed;

    fn next(&mut self) -> Option<Attributed> {
        if self.failed.is_some() {
            return None;
        }
        let a = self.inner.next()?;
        self.left = self.left.saturating_sub(1);
        match (self.sink)(&a.quotation) {
            Ok(()) => Some(a),
            Err(e) => {
                self.failed = Some(e);
                None
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.left))
    }
}

/// The reduce: records -> resolution -> graph, for corpora mined in one run
/// or in shards (`mine --records`). `quote` sees each quotation with its
/// canonical speaker, articles in id order (what `quotes.jsonl` holds), on
/// its way into the graph; its error stops the run.
///
/// # Errors
///
/// The error of `quote`.
pub fn reduce<E>(
    mut records: Vec<Record>,
    quote: impl FnMut(&Quotation) -> Result<(), E>,
) -> Result<(Vec<Article>, crate::graph::QuoteGraph), E> {
    crate::probe::at("mined");
    let mut held = resolve::HeldQuotes::take_from(&mut records);
    let resolution = resolve::resolve_quoted(records, &mut held);
    finish(resolution, &mut held, quote)
}

/// The end of [`reduce`] and [`reduce_spilled`]: the graph, built from
/// the quotations as they are read from `source` and shown to `quote`.
fn finish<E>(
    resolution: resolve::Resolution,
    source: &mut dyn resolve::QuoteSource,
    quote: impl FnMut(&Quotation) -> Result<(), E>,
) -> Result<(Vec<Article>, crate::graph::QuoteGraph), E> {
    crate::probe::at("resolved");
    // The entities are those some quotation names (`resolve_quoted`).
    let resolve::Resolution {
        articles,
        entities: kept,
        quotes: order,
    } = resolution;
    let names: Vec<String> = kept.iter().map(|e| e.name.clone()).collect();
    let mut stream = Sunk {
        left: order.len(),
        inner: order.stream(source, names),
        sink: quote,
        failed: None,
    };
    let graph = crate::graph::QuoteGraph::build_owned(&articles, &mut stream, kept);
    if let Some(e) = stream.failed {
        return Err(e);
    }
    crate::probe::at("graph built");
    Ok((articles, graph))
}

/// [`reduce`] over records whose quotations are in `spill` (see
/// [`mine_records_spilled`]): the same result.
///
/// # Errors
///
/// The error of `quote`.
pub fn reduce_spilled<E>(
    records: Vec<Record>,
    mut spill: QuoteSpill,
    quote: impl FnMut(&Quotation) -> Result<(), E>,
) -> Result<(Vec<Article>, crate::graph::QuoteGraph), E> {
    crate::probe::at("mined");
    let resolution = resolve::resolve_quoted(records, &mut spill);
    finish(resolution, &mut spill, quote)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{QuoteKind, SpeakerType};

    /// A record of article `doc` with `quotes` unresolved quotations and
    /// the local names `entities`, as the spill tests push them.
    fn spill_record(doc: &str, lang: &str, quotes: usize, entities: Vec<LocalName>) -> Record {
        Record {
            doc: doc.into(),
            title: None,
            source: None,
            url: None,
            date: None,
            lang: lang.into(),
            quotes: (0..quotes).map(|n| quote(doc, n)).collect(),
            speakers: vec![None; quotes],
            entities,
        }
    }

    fn quote(doc: &str, n: usize) -> Quotation {
        Quotation {
            doc: doc.into(),
            quote: format!("“Nguyễn” said \"x\" \\ {n}"),
            kind: [QuoteKind::Direct, QuoteKind::Mixed, QuoteKind::Indirect][n % 3],
            speaker: n.is_multiple_of(2).then(|| "Nguyễn Văn An".into()),
            speaker_mention: n.is_multiple_of(3).then(|| "ông".into()),
            speaker_type: [
                SpeakerType::Person,
                SpeakerType::Organization,
                SpeakerType::Anonymous,
                SpeakerType::Unknown,
            ][n % 4],
            cue: (!n.is_multiple_of(5)).then(|| "cho biết".into()),
            start: n * 7,
            end: n * 7 + 300,
            lang: "vi".into(),
            confidence: [0.8, 0.95, f32::NAN, 1.5, 0.0][n % 5],
            rule: "cue-after".into(),
            cited: (n % 4 == 1).then(|| "AP".into()),
            role: (n % 3 == 2).then(String::new),
        }
    }

    fn name(r: usize, n: usize) -> LocalName {
        use crate::model::EntityKind;
        let strs = |k: usize, what: &str| -> std::collections::BTreeSet<String> {
            (0..k).map(|i| format!("{what} “{i}” Nguyễn {r}")).collect()
        };
        LocalName {
            kind: [EntityKind::Person, EntityKind::Organization][n % 2],
            forms: (0..n % 3 + 1)
                .map(|i| (format!("Form {i} of {n}"), i * 1000 + n))
                .collect(),
            key: (0..n % 4).map(|i| format!("k{i}")).collect(),
            roles: strs(n % 3, "role"),
            affiliations: strs(n % 2, "org"),
            acronyms: strs((n + 1) % 2, "ACR"),
            titled: strs(n % 4, ""),
        }
    }

    #[test]
    fn quoted_resolution_is_the_whole_one_kept_quoted() {
        // Names with empty keys (`name(_, 0)`, `name(_, 4)`) stay apart and
        // share ids across records, so ties are ordered by articles.
        let records: Vec<Record> = (0..8)
            .map(|r| {
                let mut rec = spill_record(
                    &format!("d{}", 7 - r),
                    "en",
                    3,
                    (0..6).map(|n| name(r % 3, n)).collect(),
                );
                rec.speakers = vec![Some(r % 6), None, (r % 2 == 0).then_some(4)];
                rec
            })
            .collect();
        let resolve = |quoted: bool| {
            let mut records = records.clone();
            let mut held = resolve::HeldQuotes::take_from(&mut records);
            if quoted {
                resolve::resolve_quoted(records, &mut held)
            } else {
                resolve::resolve_entities(records, &mut held)
            }
        };
        let (all, quoted) = (resolve(false), resolve(true));
        let whole = all.entities.len();
        let (index, kept) = keep_quoted(all.entities, all.quotes.entities());
        assert!(kept.len() < whole && !kept.is_empty());
        assert!(
            kept.windows(2)
                .any(|w| w[0].id.ends_with("-2") || w[1].id.ends_with("-2"))
        );
        let renumbered: Vec<Option<usize>> =
            all.quotes.entities().map(|e| e.map(|e| index[e])).collect();
        assert_eq!(quoted.entities, kept);
        assert_eq!(quoted.quotes.entities().collect::<Vec<_>>(), renumbered);
        assert_eq!(quoted.articles, all.articles);
    }

    #[test]
    fn spilled_local_names_come_back_exactly() {
        let mut spill = QuoteSpill::new().unwrap();
        let mut records: Vec<Record> = (0..6)
            .map(|r| {
                spill_record(
                    &format!("d{r}"),
                    "en",
                    r % 3,
                    (0..r * 2).map(|n| name(r, n)).collect(),
                )
            })
            .collect();
        let kept: Vec<(Vec<Quotation>, Vec<LocalName>)> = records
            .iter()
            .map(|r| (r.quotes.clone(), r.entities.clone()))
            .collect();
        for r in &mut records {
            spill.push(r).unwrap();
            assert!(r.entities.is_empty());
        }
        use crate::resolve::QuoteSource;
        for i in [5, 0, 3, 3, 1, 4, 2] {
            assert_eq!(spill.name_count(i), Some(kept[i].1.len()));
            assert_eq!(spill.read_names(i).unwrap(), kept[i].1);
            assert_eq!(spill.read(i).unwrap().len(), kept[i].0.len());
        }
    }

    /// The seed articles' records, mined.
    fn seed_records() -> Vec<Record> {
        let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/seeds");
        let (records, errors) = mine_records(
            &[seeds],
            ReadOptions::default(),
            Lexicons::embedded(),
            |_| {},
        );
        assert!(errors.is_empty());
        records
    }

    #[test]
    fn streamed_reduce_shows_what_resolution_gives_and_builds_the_same_graph() {
        let records = seed_records();
        let (_, resolved) = resolve::resolve_records(records.clone());
        let want: Vec<Quotation> = resolved
            .quotes
            .iter()
            .map(|q| q.quotation.clone())
            .collect();
        assert!(!want.is_empty());

        let mut seen = Vec::new();
        let (articles, held) = reduce(records.clone(), |q| {
            seen.push(q.clone());
            Ok::<(), ()>(())
        })
        .unwrap();
        assert_eq!(seen, want);

        // Given in another order, through the spill.
        let mut spill = QuoteSpill::new().unwrap();
        let mut shuffled: Vec<Record> = records.into_iter().rev().collect();
        for r in &mut shuffled {
            spill.push(r).unwrap();
        }
        let mut spilled_seen = Vec::new();
        let (spilled_articles, spilled) = reduce_spilled(shuffled, spill, |q| {
            spilled_seen.push(q.clone());
            Ok::<(), ()>(())
        })
        .unwrap();
        assert_eq!(spilled_seen, want);
        assert_eq!(spilled_articles, articles);
        let (a, b) = (
            crate::export::json::to_json(&held),
            crate::export::json::to_json(&spilled),
        );
        assert_eq!(a, b);
        // And the graph of the resolution collected whole.
        assert_eq!(
            a,
            crate::export::json::to_json(&graph(&articles, &resolved))
        );
    }

    #[test]
    fn a_failing_sink_stops_the_reduce_with_its_error() {
        let mut n = 0;
        let got = reduce(seed_records(), |_| {
            n += 1;
            if n == 3 { Err("full disk") } else { Ok(()) }
        });
        assert_eq!(got.err(), Some("full disk"));
        assert_eq!(n, 3);
    }

    proptest::proptest! {
        /// Local names of any text come back from the spill as they went in.
        #[test]
        fn any_local_names_come_back(
            names in proptest::collection::vec(
                (
                    proptest::bool::ANY,
                    proptest::collection::vec((".*", 0usize..1 << 40), 0..3),
                    proptest::collection::vec(".*", 0..3),
                    proptest::collection::btree_set(".*", 0..3),
                    proptest::collection::btree_set(".*", 0..2),
                    proptest::collection::btree_set(".*", 0..2),
                    proptest::collection::btree_set(".*", 0..3),
                ),
                0..6,
            )
        ) {
            use crate::model::EntityKind;
            let names: Vec<LocalName> = names
                .into_iter()
                .map(|(person, forms, key, roles, affiliations, acronyms, titled)| LocalName {
                    kind: if person { EntityKind::Person } else { EntityKind::Organization },
                    forms,
                    key,
                    roles,
                    affiliations,
                    acronyms,
                    titled,
                })
                .collect();
            let mut spill = QuoteSpill::new().unwrap();
            let mut record = spill_record("d", "en", 0, names.clone());
            spill.push(&mut record).unwrap();
            proptest::prop_assert_eq!(spill.read_names(0).unwrap(), names);
        }
    }

    #[test]
    fn spilled_quotations_come_back_exactly() {
        let mut spill = QuoteSpill::new().unwrap();
        let mut records: Vec<Record> = (0..5)
            .map(|r| spill_record(&format!("d{r}"), "vi", r * 3, Vec::new()))
            .collect();
        let kept: Vec<Vec<Quotation>> = records.iter().map(|r| r.quotes.clone()).collect();
        for r in &mut records {
            spill.push(r).unwrap();
            assert!(r.quotes.is_empty());
        }
        for i in [3, 0, 4, 1, 2, 4] {
            let back = spill.read(i).unwrap();
            assert_eq!(back.len(), kept[i].len());
            for (a, b) in back.iter().zip(&kept[i]) {
                // NaN confidences compare by their bits.
                assert_eq!(a.confidence.to_bits(), b.confidence.to_bits());
                let (mut a, mut b) = (a.clone(), b.clone());
                a.confidence = 0.0;
                b.confidence = 0.0;
                assert_eq!(a, b);
            }
        }
    }
}
