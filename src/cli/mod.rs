//! The command line: clap arguments, turned into library calls. Only this
//! module prints.

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::input::{InputError, ReadOptions};
use crate::lexicon::Lexicons;
use crate::pipeline;

const AFTER_HELP: &str = "\
Examples:
  quotegraph build data/seeds --out graphs/seeds     mine, resolve, graph, flags, exports
  quotegraph mine data/seeds | head                  one JSON object per quotation
  quotegraph query --graph graphs/seeds/graph.json said-by \"Josh Earnest\"
  quotegraph flags data/seeds                        exit 1 when a warning is found
  quotegraph eval --gold data/gold/quotes.jsonl --entities data/gold/entities.json --strict data/seeds

Exit codes: 0 success; 1 `flags` found a warning; 2 an error (bad input is
reported with its file and line, and the good articles are still processed).";

/// Mine news articles for who said what, and build a knowledge graph.
#[derive(Parser, Debug)]
#[command(name = "quotegraph", version, about, after_help = AFTER_HELP)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print one JSON object per quotation (direct, mixed, indirect), or
    /// with --records one per article for `build --quotes`.
    #[command(
        after_help = "Example:\n  quotegraph mine data/seeds > quotes.jsonl\n  cat corpus.jsonl | quotegraph mine -\n  quotegraph mine --records shard1.jsonl > shard1.records.jsonl"
    )]
    Mine(MineArgs),
    /// Run the whole pipeline and write graph.json, graph.dot, graph.graphml,
    /// graph.svg, quotes.jsonl and flags.json.
    #[command(
        after_help = "Example:\n  quotegraph build data/seeds --out graphs/seeds\n  quotegraph build corpus.jsonl --out out --png\n  quotegraph build --quotes shard1.records.jsonl shard2.records.jsonl --out out"
    )]
    Build(BuildArgs),
    /// Ask the graph: who said this, what did she say, who is quoted on a
    /// topic, one entity, the articles.
    #[command(
        after_help = "Examples:\n  quotegraph query data/seeds said-by \"John Earnest\"\n  quotegraph query --graph out/graph.json who-said \"share intelligence\"\n  quotegraph query --graph out/graph.json about nuclear --format json"
    )]
    Query(QueryArgs),
    /// Report inconsistent attributions; exits 1 when a warning is found.
    #[command(
        after_help = "Example:\n  quotegraph flags data/seeds\n  quotegraph flags --graph out/graph.json --format json"
    )]
    Flags(FlagsArgs),
    /// Render a graph.json to SVG or PNG through Graphviz, optionally
    /// filtered.
    #[command(
        after_help = "Example:\n  quotegraph render out/graph.json --out earnest.svg --entity \"Josh Earnest\""
    )]
    Render(RenderArgs),
    /// Generate a synthetic news corpus (JSON Lines) with known quotes,
    /// speakers and planted conflicts, for benchmarks and accuracy tests.
    #[command(
        after_help = "Example:\n  quotegraph synth --articles 10000 --seed 7 --gold /tmp/synth-gold > /tmp/synth.jsonl"
    )]
    Synth(SynthArgs),
    /// Score quotations against gold (the same figures as score.py).
    #[command(
        after_help = "Example:\n  quotegraph eval --gold data/gold/quotes.jsonl --entities data/gold/entities.json --strict --kind direct data/seeds"
    )]
    Eval(EvalArgs),
}

#[derive(Args, Debug, Clone)]
struct InputArgs {
    /// Files (.txt, .jsonl), folders, or `-` for JSON Lines on stdin.
    paths: Vec<PathBuf>,
    /// Skip articles larger than this many bytes.
    #[arg(long, default_value_t = 8 << 20)]
    max_article_bytes: usize,
    /// Skip articles whose quotes nest deeper than this.
    #[arg(long, default_value_t = 32)]
    max_quote_depth: usize,
    /// No progress or summary on stderr.
    #[arg(long, short)]
    quiet: bool,
}

impl InputArgs {
    fn read_options(&self) -> ReadOptions {
        ReadOptions {
            max_article_bytes: self.max_article_bytes,
            max_quote_depth: self.max_quote_depth,
        }
    }
}

#[derive(Args, Debug)]
struct MineArgs {
    #[command(flatten)]
    input: InputArgs,
    /// One JSON object per article instead: its metadata, quotations and
    /// named entities, what `build --quotes` reads (docs/format.md).
    #[arg(long)]
    records: bool,
}

#[derive(Args, Debug)]
struct BuildArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output folder (created if missing).
    #[arg(long)]
    out: PathBuf,
    /// Also render graph.png.
    #[arg(long)]
    png: bool,
    /// Do not render SVG/PNG (write DOT and JSON only).
    #[arg(long)]
    no_render: bool,
    /// PATHS are records written by `mine --records` (files, or - for
    /// standard input), not articles: build from shards mined apart.
    #[arg(long)]
    quotes: bool,
}

#[derive(Args, Debug)]
#[command(subcommand_precedence_over_arg = true)]
struct QueryArgs {
    /// A saved graph.json to query instead of mining articles.
    #[arg(long)]
    graph: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[command(flatten)]
    input: InputArgs,
    #[command(subcommand)]
    what: QueryWhat,
}

#[derive(Subcommand, Debug)]
enum QueryWhat {
    /// Everything a person or organization said, by statement.
    SaidBy {
        /// Any name form (`Earnest`, `John Earnest`, `WSJ`).
        name: String,
    },
    /// Who is credited with words like these.
    WhoSaid {
        /// Words of the quotation.
        text: String,
    },
    /// Statements that mention a term, with their speakers.
    About {
        /// A word or phrase.
        term: String,
    },
    /// An entity's name forms, roles, affiliations and articles.
    Entity {
        /// Any name form.
        name: String,
    },
    /// Per article, its quotations and speakers.
    Articles,
}

#[derive(Args, Debug)]
struct FlagsArgs {
    /// A saved graph.json instead of articles.
    #[arg(long)]
    graph: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Args, Debug)]
struct RenderArgs {
    /// The graph.json to render.
    graph: PathBuf,
    /// Output file (.svg or .png; the extension picks the format).
    #[arg(long)]
    out: PathBuf,
    /// Keep only this entity and what it said (any name form).
    #[arg(long)]
    entity: Option<String>,
    /// Keep only this article and its quotations.
    #[arg(long)]
    article: Option<String>,
    /// Keep only the N most quoted speakers.
    #[arg(long)]
    top: Option<usize>,
    /// Keep only statements involved in a warning flag.
    #[arg(long)]
    flagged: bool,
}

#[derive(Args, Debug)]
struct EvalArgs {
    /// Gold quotations (JSON Lines).
    #[arg(long)]
    gold: PathBuf,
    /// Gold entities.json: a speaker counts under any alias (or, with
    /// --strict, only as the canonical name).
    #[arg(long)]
    entities: Option<PathBuf>,
    /// Which quotations to score.
    #[arg(long, default_value = "direct")]
    kind: String,
    /// Only the canonical name counts as the right speaker.
    #[arg(long)]
    strict: bool,
    /// Minimum Dice overlap of word sets for a match.
    #[arg(long, default_value_t = 0.5)]
    overlap: f64,
    /// Predicted quotations (JSON Lines) instead of mining PATHS.
    #[arg(long)]
    pred: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// List misses, false alarms and wrong speakers.
    #[arg(long)]
    errors: bool,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Args, Debug)]
struct SynthArgs {
    /// Number of articles.
    #[arg(long, default_value_t = 1000)]
    articles: usize,
    /// Random seed (the same seed gives the same corpus).
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Share of Vietnamese articles, 0 to 1.
    #[arg(long, default_value_t = 0.2)]
    vi_share: f64,
    /// Write the corpus here instead of standard output.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Folder for the gold files: quotes.jsonl, entities.json, flags.json.
    #[arg(long)]
    gold: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

/// Parses the arguments and runs the command; returns the exit code.
pub fn run(args: impl IntoIterator<Item = OsString>) -> Result<u8> {
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            e.print()?;
            return Ok(code);
        }
    };
    let code = match cli.command {
        Command::Mine(a) => cmd_mine(a),
        Command::Build(a) => cmd_build(a),
        Command::Query(a) => cmd_query(a),
        Command::Flags(a) => cmd_flags(a),
        Command::Render(a) => cmd_render(a),
        Command::Eval(a) => cmd_eval(a),
        Command::Synth(a) => cmd_synth(a),
    };
    // `QUOTEGRAPH_PROBE=1`: the stage timings the library recorded.
    for line in crate::probe::take() {
        eprintln!("{line}");
    }
    code
}

fn report_errors(errors: &[InputError]) {
    for e in errors {
        eprintln!("quotegraph: {e}");
    }
}

fn need_paths(input: &InputArgs) -> Result<()> {
    if input.paths.is_empty() {
        bail!("no input: give files, folders, or - for JSON Lines on stdin");
    }
    Ok(())
}

/// A progress line on stderr (articles and articles per second), when
/// stderr is a terminal and the run is not `--quiet`.
fn progress(quiet: bool) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    if quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new_spinner();
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} {msg}: {human_pos} articles, {per_sec}, {elapsed}",
    ) {
        bar.set_style(style);
    }
    bar.set_message("mining");
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    Some(bar)
}

/// Mines PATHS into records, with a progress line.
fn mine_input(input: &InputArgs) -> Result<(Vec<crate::model::Record>, Vec<InputError>)> {
    let bar = progress(input.quiet);
    let mined = mine_into(input, bar.as_ref());
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    mined
}

/// Mines PATHS into records, moving `bar` along.
fn mine_into(
    input: &InputArgs,
    bar: Option<&indicatif::ProgressBar>,
) -> Result<(Vec<crate::model::Record>, Vec<InputError>)> {
    need_paths(input)?;
    let (records, errors) = pipeline::mine_records(
        &input.paths,
        input.read_options(),
        Lexicons::embedded(),
        advance(bar),
    );
    report_errors_under(bar, &errors);
    Ok((records, errors))
}

/// Moves the progress bar, if any, to the number of articles read.
fn advance(bar: Option<&indicatif::ProgressBar>) -> impl Fn(usize) + Sync + '_ {
    move |n| {
        if let Some(b) = bar {
            b.set_position(n as u64);
        }
    }
}

/// [`report_errors`] without tearing the progress bar, if any.
fn report_errors_under(bar: Option<&indicatif::ProgressBar>, errors: &[InputError]) {
    if let Some(b) = bar {
        b.suspend(|| report_errors(errors));
    } else {
        report_errors(errors);
    }
}

/// [`mine_into`] with the quotations in a [`pipeline::QuoteSpill`].
fn mine_into_spilled(
    input: &InputArgs,
    bar: Option<&indicatif::ProgressBar>,
) -> Result<(
    Vec<crate::model::Record>,
    pipeline::QuoteSpill,
    Vec<InputError>,
)> {
    need_paths(input)?;
    let (records, spill, errors) = pipeline::mine_records_spilled(
        &input.paths,
        input.read_options(),
        Lexicons::embedded(),
        advance(bar),
    )
    .context("cannot write the temporary file for the quotations")?;
    report_errors_under(bar, &errors);
    Ok((records, spill, errors))
}

/// The progress line after mining: the stage and the articles, no rate.
fn stages(bar: &indicatif::ProgressBar) {
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{spinner} {msg}: {human_pos} articles, {elapsed}")
    {
        bar.set_style(style);
    }
}

fn exit_for(errors: &[InputError]) -> u8 {
    if errors.is_empty() { 0 } else { 2 }
}

fn cmd_mine(a: MineArgs) -> Result<u8> {
    need_paths(&a.input)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let bar = progress(a.input.quiet);
    // Each article's lines are serialized by the worker that mined it; here
    // they are only written, in input order. A write error (a closed pipe)
    // stops the writing and ends quietly, as an `io::Error`.
    let mut failed: Option<anyhow::Error> = None;
    let mut articles = 0u64;
    let records = a.records;
    let errors = pipeline::mine_map(
        &a.input.paths,
        a.input.read_options(),
        Lexicons::embedded(),
        |article, mined| -> serde_json::Result<Vec<u8>> {
            let mut lines = Vec::with_capacity(mined.quotes.len() * 512 + 256);
            if records {
                serde_json::to_writer(&mut lines, &pipeline::record(article, mined))?;
                lines.push(b'\n');
            } else {
                for q in &mined.quotes {
                    q.write_json(&mut lines)?;
                    lines.push(b'\n');
                }
            }
            Ok(lines)
        },
        |lines| {
            articles += 1;
            if let Some(b) = &bar
                && articles.is_multiple_of(256)
            {
                b.set_position(articles);
            }
            if failed.is_some() {
                return;
            }
            let done = lines
                .map_err(anyhow::Error::from)
                .and_then(|l| out.write_all(&l).map_err(anyhow::Error::from));
            if let Err(e) = done {
                failed = Some(e);
            }
        },
    );
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    report_errors(&errors);
    if let Some(e) = failed {
        return Err(e);
    }
    out.flush()?;
    Ok(exit_for(&errors))
}

fn quotes_jsonl(quotes: &[crate::model::Attributed]) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    write_quotes(quotes, &mut buf)?;
    Ok(buf)
}

fn write_quotes(quotes: &[crate::model::Attributed], out: &mut dyn Write) -> std::io::Result<()> {
    let mut line = Vec::with_capacity(512);
    for q in quotes {
        line.clear();
        serde_json::to_writer(&mut line, &q.quotation)?;
        line.push(b'\n');
        out.write_all(&line)?;
    }
    Ok(())
}

/// Above this many nodes `build` writes DOT but renders no picture: Graphviz
/// takes minutes and the result is unreadable (use `render` with filters).
const MAX_RENDER_NODES: usize = 2_000;

fn cmd_build(a: BuildArgs) -> Result<u8> {
    need_paths(&a.input)?;
    // Fail before the work starts when the results could not be written.
    crate::fsutil::ensure_writable_dir(&a.out)
        .with_context(|| format!("cannot write to {}", a.out.display()))?;
    let stale = crate::fsutil::remove_stale_temps(&a.out);
    if stale > 0 && !a.input.quiet {
        eprintln!("quotegraph: removed {stale} temporary file(s) left by an interrupted run");
    }
    let bar = progress(a.input.quiet);
    // Mined here, the quotations wait in a temporary file while resolution
    // runs (it does not read them).
    let (records, spill, errors) = if a.quotes {
        if let Some(b) = &bar {
            b.set_message("reading records");
        }
        let (records, errors) = pipeline::read_records(&a.input.paths);
        report_errors(&errors);
        (records, None, errors)
    } else {
        let (records, spill, errors) = mine_into_spilled(&a.input, bar.as_ref())?;
        (records, Some(spill), errors)
    };
    if let Some(b) = &bar {
        stages(b);
        b.set_position(records.len() as u64);
    }
    let stage = |what: &'static str| {
        if let Some(b) = &bar {
            b.set_message(what);
        }
    };
    stage("resolving");
    let out = |name: &str| a.out.join(name);
    let mut quotes = 0;
    // `quotes.jsonl` is written as the graph is built from the quotations,
    // one at a time (they are never all in memory).
    let mut built = None;
    crate::fsutil::write_atomic_with(&out("quotes.jsonl"), |w| {
        let mut line = Vec::with_capacity(512);
        let write = |q: &crate::model::Quotation| -> std::io::Result<()> {
            if quotes == 0 {
                stage("building the graph");
            }
            quotes += 1;
            line.clear();
            serde_json::to_writer(&mut line, q)?;
            line.push(b'\n');
            w.write_all(&line)
        };
        built = Some(match spill {
            Some(spill) => pipeline::reduce_spilled(records, spill, write)?,
            None => pipeline::reduce(records, write)?,
        });
        Ok(())
    })
    .with_context(|| format!("cannot write {}", out("quotes.jsonl").display()))?;
    crate::probe::at("quotes.jsonl written");
    let (articles, graph) = built.expect("set when quotes.jsonl is written");
    // Only their number is needed from here on.
    let article_count = articles.len();
    drop(articles);
    stage("flagging");
    let flags = crate::flags::detect(&graph);
    stage("writing");
    let with_path = |path: PathBuf| move || format!("cannot write {}", path.display());
    // The four files are independent: written in parallel (each streams),
    // errors reported in this order.
    let ((json, dot), (graphml, flags_json)) = rayon::join(
        || {
            rayon::join(
                || crate::export::json::write(&graph, &out("graph.json")),
                || crate::export::dot::write(&graph, &out("graph.dot")),
            )
        },
        || {
            rayon::join(
                || crate::export::graphml::write(&graph, &out("graph.graphml")),
                || {
                    crate::fsutil::write_atomic_with(&out("flags.json"), |w| {
                        crate::flags::write_json(&flags, w)
                    })
                },
            )
        },
    );
    json.with_context(with_path(out("graph.json")))?;
    dot.with_context(with_path(out("graph.dot")))?;
    graphml.with_context(with_path(out("graph.graphml")))?;
    flags_json.with_context(with_path(out("flags.json")))?;
    crate::probe::at("exports written");
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let mut notes = Vec::new();
    if a.no_render {
    } else if graph.node_count() > MAX_RENDER_NODES {
        notes.push(format!(
            "graph.svg not rendered: {} nodes is over {MAX_RENDER_NODES}; use `quotegraph render` with --entity, --article or --top",
            graph.node_count()
        ));
    } else {
        use crate::export::render::{Format, render};
        let dot = crate::export::dot::to_dot(&graph);
        let mut formats = vec![(Format::Svg, "graph.svg")];
        if a.png {
            formats.push((Format::Png, "graph.png"));
        }
        for (f, name) in formats {
            if let Err(e) = render(&dot, f, &out(name)) {
                notes.push(format!(
                    "{name} not rendered: {e} (graph.dot and graph.json are written)"
                ));
                break;
            }
        }
    }
    if !a.input.quiet {
        let people = graph.nodes_of(crate::graph::NodeKind::Person).count();
        let orgs = graph.nodes_of(crate::graph::NodeKind::Organization).count();
        let warnings = flags
            .iter()
            .filter(|f| f.severity == crate::flags::Severity::Warning)
            .count();
        eprintln!(
            "quotegraph: {} articles, {} quotations, {} people, {} organizations, {} statements, {} flags ({} warnings) -> {}",
            article_count,
            quotes,
            people,
            orgs,
            graph.nodes_of(crate::graph::NodeKind::Statement).count(),
            flags.len(),
            warnings,
            a.out.display()
        );
    }
    for n in notes {
        eprintln!("quotegraph: {n}");
    }
    Ok(exit_for(&errors))
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    crate::fsutil::write_atomic(path, bytes)
        .with_context(|| format!("cannot write {}", path.display()))
}

fn cmd_query(a: QueryArgs) -> Result<u8> {
    use crate::query::{Query, run};
    let (graph, errors) = graph_from(a.graph.as_deref(), &a.input)?;
    let query = match a.what {
        QueryWhat::SaidBy { name } => Query::SaidBy(name),
        QueryWhat::WhoSaid { text } => Query::WhoSaid(text),
        QueryWhat::About { term } => Query::About(term),
        QueryWhat::Entity { name } => Query::Entity(name),
        QueryWhat::Articles => Query::Articles,
    };
    let answer = run(&graph, &query);
    let text = match a.format {
        Format::Json => answer.to_json(),
        Format::Text => answer.to_text(),
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    // An unknown name or no match is an answer, not a failure.
    Ok(exit_for(&errors))
}

fn cmd_flags(a: FlagsArgs) -> Result<u8> {
    let (graph, errors) = graph_from(a.graph.as_deref(), &a.input)?;
    let flags = crate::flags::detect(&graph);
    let text = match a.format {
        Format::Json => crate::flags::to_json(&flags),
        Format::Text => crate::flags::to_text(&flags),
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(if crate::flags::warnings(&flags) > 0 {
        1
    } else {
        exit_for(&errors)
    })
}

fn cmd_render(a: RenderArgs) -> Result<u8> {
    use crate::export::render::{Format as Image, render};
    let format = Image::from_path(&a.out)
        .with_context(|| format!("{}: the output must end in .svg or .png", a.out.display()))?;
    let mut graph = load_graph(&a.graph)?;
    if let Some(name) = &a.entity {
        graph = filter_entity(&graph, name)?;
    }
    if let Some(doc) = &a.article {
        graph = filter_article(&graph, doc)?;
    }
    if a.flagged {
        graph = filter_flagged(&graph)?;
    }
    if let Some(n) = a.top {
        graph = filter_top(&graph, n);
    }
    if graph.node_count() == 0 {
        bail!("nothing to render: the filters left an empty graph");
    }
    let dot = crate::export::dot::to_dot(&graph);
    if let Err(e) = render(&dot, format, &a.out) {
        let dot_path = a.out.with_extension("dot");
        write_file(&dot_path, dot.as_bytes())?;
        bail!("{e}\nthe DOT source is written to {}", dot_path.display());
    }
    eprintln!(
        "quotegraph: {} nodes, {} edges -> {}",
        graph.node_count(),
        graph.edge_count(),
        a.out.display()
    );
    Ok(0)
}

/// Loads a saved graph.json.
fn load_graph(path: &Path) -> Result<crate::graph::QuoteGraph> {
    crate::graph::QuoteGraph::from_json(&read_text(path)?)
        .with_context(|| format!("{}: not a quotegraph graph.json", path.display()))
}

/// The graph to ask: a saved graph.json, or PATHS mined, resolved and
/// graphed; with the input errors met on the way.
fn graph_from(
    graph: Option<&Path>,
    input: &InputArgs,
) -> Result<(crate::graph::QuoteGraph, Vec<InputError>)> {
    match graph {
        Some(path) => {
            if !input.paths.is_empty() {
                bail!("give either --graph or article paths, not both");
            }
            Ok((load_graph(path)?, Vec::new()))
        }
        None => {
            let (records, errors) = mine_input(input)?;
            let (_, graph) = pipeline::reduce(records, |_| Ok::<(), anyhow::Error>(()))?;
            Ok((graph, errors))
        }
    }
}

/// `render --entity`: the entity, what it said and where.
fn filter_entity(graph: &crate::graph::QuoteGraph, name: &str) -> Result<crate::graph::QuoteGraph> {
    let answer = crate::query::entity(graph, name);
    match answer.entity {
        Some(e) => Ok(graph.around(&[e.id.as_str()])),
        None if answer.suggestions.is_empty() => bail!("no entity named {name:?}"),
        None => bail!(
            "no entity named {name:?}; did you mean {}?",
            answer.suggestions.join(", ")
        ),
    }
}

/// `render --article`: the article, its statements and their speakers.
fn filter_article(graph: &crate::graph::QuoteGraph, doc: &str) -> Result<crate::graph::QuoteGraph> {
    let id = if doc.starts_with("article:") {
        doc.to_owned()
    } else {
        crate::graph::QuoteGraph::article_id(doc)
    };
    if graph.node(&id).is_none() {
        bail!("no article {doc:?} in the graph");
    }
    Ok(graph.around(&[id.as_str()]))
}

/// `render --flagged`: the statements of warning flags, with their
/// speakers, articles and variants.
fn filter_flagged(graph: &crate::graph::QuoteGraph) -> Result<crate::graph::QuoteGraph> {
    use crate::graph::EdgeKind;
    let spans: std::collections::BTreeSet<(String, usize, usize)> = crate::flags::detect(graph)
        .into_iter()
        .filter(|f| f.severity == crate::flags::Severity::Warning)
        .flat_map(|f| f.evidence)
        .map(|e| (e.doc, e.start, e.end))
        .collect();
    let mut ids: Vec<&str> = graph
        .edges_of(EdgeKind::ReportedIn)
        .filter(|e| {
            e.occurrence()
                .is_some_and(|o| spans.contains(&(o.doc().to_owned(), o.start(), o.end())))
        })
        .map(|e| e.source.id.as_str())
        .collect();
    ids.dedup();
    if ids.is_empty() {
        bail!("nothing to render: the graph has no warning flags");
    }
    Ok(graph.around(&ids))
}

/// `render --top N`: the N speakers with the most statements (ties by
/// name), with what they said and where.
fn filter_top(graph: &crate::graph::QuoteGraph, n: usize) -> crate::graph::QuoteGraph {
    use crate::graph::NodeKind;
    let mut speakers: Vec<(usize, &str, &str)> = graph
        .nodes()
        .filter(|s| matches!(s.kind(), NodeKind::Person | NodeKind::Organization))
        .map(|s| {
            (
                graph.statements_of(&s.id).len(),
                graph.label(s),
                s.id.as_str(),
            )
        })
        .filter(|s| s.0 > 0)
        .collect();
    speakers.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)).then(a.2.cmp(b.2)));
    let ids: Vec<&str> = speakers.into_iter().take(n).map(|s| s.2).collect();
    graph.around(&ids)
}

fn cmd_synth(a: SynthArgs) -> Result<u8> {
    let opts = crate::synth::SynthOptions {
        articles: a.articles,
        seed: a.seed,
        vi_share: a.vi_share,
        gold: a.gold,
    };
    match &a.out {
        Some(path) => {
            let mut buf = Vec::new();
            crate::synth::generate(&opts, &mut buf)?;
            write_file(path, &buf)?;
        }
        None => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            crate::synth::generate(&opts, &mut out)?;
            out.flush()?;
        }
    }
    Ok(0)
}

fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
}

fn load_records(path: &Path) -> Result<Vec<crate::eval::Record>> {
    crate::eval::load_jsonl(&read_text(path)?)
        .map_err(|(line, e)| anyhow::anyhow!("{}:{}: {}", path.display(), line, e))
}

fn cmd_eval(a: EvalArgs) -> Result<u8> {
    use crate::eval::{EvalOptions, GoldEntities, KindFilter, score};
    let kind: KindFilter = a.kind.parse().map_err(|e| anyhow::anyhow!("--kind: {e}"))?;
    let gold = load_records(&a.gold)?;
    let entities = match &a.entities {
        Some(p) => Some(
            GoldEntities::from_json(&read_text(p)?)
                .with_context(|| format!("{}: not an entities.json", p.display()))?,
        ),
        None => None,
    };
    let (pred, errors) = match &a.pred {
        Some(p) => (load_records(p)?, Vec::new()),
        None => {
            let (records, errors) = mine_input(&a.input)?;
            let (_, resolved) = crate::resolve::resolve_records(records);
            let records =
                crate::eval::load_jsonl(&String::from_utf8(quotes_jsonl(&resolved.quotes)?)?)
                    .map_err(|(l, e)| anyhow::anyhow!("internal: line {l}: {e}"))?;
            (records, errors)
        }
    };
    let opts = EvalOptions {
        kind,
        overlap: a.overlap,
        strict: a.strict,
    };
    let (s, misses) = score(&gold, &pred, entities.as_ref(), &opts);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if a.format == Format::Json {
        writeln!(out, "{}", s.to_json())?;
    } else {
        writeln!(
            out,
            "kind {}: {} gold, {} predicted, {} matched, {} ignored",
            s.kind, s.gold, s.pred, s.matched, s.ignored
        )?;
        writeln!(
            out,
            "{:<12} {:>9} {:>9} {:>9}",
            "", "precision", "recall", "F1"
        )?;
        writeln!(
            out,
            "{:<12} {:>9.4} {:>9.4} {:>9.4}",
            "quote", s.quote_p, s.quote_r, s.quote_f1
        )?;
        writeln!(
            out,
            "{:<12} {:>9.4} {:>9.4} {:>9.4}",
            "attribution", s.attribution_p, s.attribution_r, s.attribution_f1
        )?;
        writeln!(
            out,
            "speaker accuracy on matched quotes: {:.4}",
            s.speaker_acc_on_matched
        )?;
    }
    if a.errors {
        for m in &misses {
            writeln!(
                out,
                "{:<5} {} {:?} gold={} pred={}",
                m.what.as_str(),
                m.doc,
                m.quote,
                m.gold_speaker.as_deref().unwrap_or("-"),
                m.pred_speaker.as_deref().unwrap_or("-")
            )?;
        }
    }
    Ok(exit_for(&errors))
}
