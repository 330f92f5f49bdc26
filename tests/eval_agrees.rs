//! `quotegraph::eval` must agree exactly with the independent scorer
//! `../shared/tools/score.py`: same JSON summary line and same error list, for the
//! prediction files under `tests/fixtures/eval/` scored against the real gold
//! `data/gold/quotes.jsonl`, for every kind, with and without `--entities` and
//! `--strict`, at several `--overlap` thresholds.
//!
//! Skipped (with a note) when `python3` or `score.py` is missing. Set
//! `QUOTEGRAPH_SCORE_PY` to use a `score.py` at another path.

use std::path::{Path, PathBuf};
use std::process::Command;

use quotegraph::eval::{self, EvalOptions, GoldEntities, KindFilter, Miss, MissKind, Record};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The reference scorer, or `None` (after printing why) if it cannot be run.
fn score_py() -> Option<PathBuf> {
    let path = std::env::var_os("QUOTEGRAPH_SCORE_PY")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/tools/score.py"));
    if !path.is_file() {
        println!(
            "note: skipping eval agreement test: {} not found",
            path.display()
        );
        return None;
    }
    match Command::new("python3").arg("--version").output() {
        Ok(out) if out.status.success() => Some(path),
        _ => {
            println!("note: skipping eval agreement test: python3 is not available");
            None
        }
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn load(path: &Path) -> Vec<Record> {
    eval::load_jsonl(&read(path))
        .unwrap_or_else(|(line, e)| panic!("{}:{line}: {e}", path.display()))
}

fn fixtures() -> Vec<PathBuf> {
    let dir = root().join("tests/fixtures/eval");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("readable fixture dir").path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in {}", dir.display());
    files
}

/// Python's `repr` of a `str`, enough for the texts in the fixtures and gold.
fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() || (c.is_whitespace() && c != ' ') => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else {
                    out.push_str(&format!("\\u{n:04x}"));
                }
            }
            '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{feff}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn py_opt(s: &Option<String>) -> String {
    s.as_deref().map_or_else(|| "None".to_owned(), py_repr)
}

/// The line `score.py --errors N` prints to stderr for this error.
fn py_error_line(m: &Miss) -> String {
    let (doc, quote) = (py_repr(&m.doc), py_repr(&m.quote));
    match m.what {
        MissKind::Miss => format!("MISS  ({doc}, {quote}, {})", py_opt(&m.gold_speaker)),
        MissKind::Extra => format!("EXTRA ({doc}, {quote}, {})", py_opt(&m.pred_speaker)),
        MissKind::Wrong => format!(
            "WRONG ({doc}, {quote}, {}, {})",
            py_opt(&m.gold_speaker),
            py_opt(&m.pred_speaker)
        ),
    }
}

/// `score.py` walks documents in set order; put its error lines in ours: by label
/// (misses, extras, wrong), then by document id, keeping the order within a document.
fn in_our_order(stderr: &str) -> Vec<String> {
    let rank = |line: &str| match &line[..5] {
        "MISS " => 0,
        "EXTRA" => 1,
        "WRONG" => 2,
        other => panic!("unexpected score.py stderr line: {other}"),
    };
    let doc = |line: &str| -> String {
        let rest = line[5..].trim_start().strip_prefix("('").expect("a tuple");
        rest[..rest.find('\'').expect("a doc id")].to_owned()
    };
    let mut lines: Vec<String> = stderr.lines().map(str::to_owned).collect();
    lines.sort_by_cached_key(|l| (rank(l), doc(l)));
    lines
}

/// A prediction file, kind, `--entities`?, `--strict`?, `--overlap` (default if `None`).
type Case = (PathBuf, KindFilter, bool, bool, Option<&'static str>);

#[test]
fn rust_scorer_agrees_with_score_py() {
    let Some(script) = score_py() else {
        return;
    };
    let gold_path = root().join("data/gold/quotes.jsonl");
    let entities_path = root().join("data/gold/entities.json");
    let gold = load(&gold_path);
    let entities = GoldEntities::from_json(&read(&entities_path)).expect("entities.json");
    for doc in gold.iter().map(|g| &g.doc) {
        assert!(
            !doc.contains(['\'', '"', '\\']),
            "doc id {doc:?} would confuse in_our_order"
        );
    }

    let mut cases = Vec::new();
    for pred_path in fixtures() {
        for kind in [KindFilter::Direct, KindFilter::Indirect, KindFilter::All] {
            for with_entities in [false, true] {
                for strict in [false, true] {
                    for overlap in [None, Some("0.3"), Some("0.9")] {
                        cases.push((pred_path.clone(), kind, with_entities, strict, overlap));
                    }
                }
            }
        }
    }
    let check = |(pred_path, kind, with_entities, strict, overlap): &Case| {
        let pred = load(pred_path);
        let mut cmd = Command::new("python3");
        cmd.arg(&script)
            .arg("--gold")
            .arg(&gold_path)
            .arg("--pred")
            .arg(pred_path)
            .args(["--kind", kind.as_str(), "--errors", "1000000"]);
        if *with_entities {
            cmd.arg("--entities").arg(&entities_path);
        }
        if *strict {
            cmd.arg("--strict");
        }
        if let Some(o) = overlap {
            cmd.args(["--overlap", o]);
        }
        let out = cmd.output().expect("run score.py");
        let stdout = String::from_utf8(out.stdout).expect("UTF-8 stdout");
        let stderr = String::from_utf8(out.stderr).expect("UTF-8 stderr");
        assert!(out.status.success(), "{cmd:?} failed:\n{stderr}");

        let opts = EvalOptions {
            kind: *kind,
            overlap: overlap.map_or(0.5, |o| o.parse().expect("a float")),
            strict: *strict,
        };
        let ents = with_entities.then_some(&entities);
        let (summary, errors) = eval::score(&gold, &pred, ents, &opts);
        let ctx = format!(
            "{} kind={kind} entities={with_entities} strict={strict} overlap={overlap:?}",
            pred_path.display()
        );
        assert_eq!(summary.to_json(), stdout.trim_end_matches('\n'), "{ctx}");
        let ours: Vec<String> = errors.iter().map(py_error_line).collect();
        assert_eq!(ours, in_our_order(&stderr), "{ctx}");
    };
    // score.py starts slowly: run the cases on a few threads.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    std::thread::scope(|scope| {
        for chunk in cases.chunks(cases.len().div_ceil(threads)) {
            scope.spawn(|| chunk.iter().for_each(check));
        }
    });
    let runs = cases.len();
    println!("{runs} score.py runs agreed");
}

#[test]
fn fixtures_and_gold_parse() {
    let gold = load(&root().join("data/gold/quotes.jsonl"));
    assert!(!gold.is_empty());
    let entities = GoldEntities::from_json(&read(&root().join("data/gold/entities.json")))
        .expect("entities.json");
    assert!(!entities.is_empty());
    for path in fixtures() {
        load(&path);
    }
}
