//! Hostile input and lost output (issue 6), through the command line.
//!
//! Every bad-input test puts a good article beside the bad one and checks
//! three things: the exit code, a stderr message naming the file (and line),
//! and that the good article's quotation is still in the output. Big inputs
//! are generated in a temporary folder at test time. Speed is not timed here
//! in seconds (see docs/reliability.md); the 10,000-marks test compares the
//! miner's work at two sizes instead.

use assert_cmd::Command;
use quotegraph::graph::QuoteGraph;
use serde_json::Value;
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

fn qg() -> Command {
    Command::cargo_bin("quotegraph").expect("binary is built")
}

fn qg_std() -> std::process::Command {
    std::process::Command::new(assert_cmd::cargo::cargo_bin("quotegraph"))
}

/// The good article every test puts beside its bad input.
const GOOD: &str = "\"It works,\" Ana Ruiz said.";

fn write_good(dir: &Path) -> PathBuf {
    let p = dir.join("good.txt");
    fs::write(&p, GOOD).unwrap();
    p
}

fn records(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .expect("stdout is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad record {l:?}: {e}")))
        .collect()
}

fn assert_good_quote(stdout: &[u8]) {
    let recs = records(stdout);
    assert!(
        recs.iter().any(|r| r["doc"] == "good"
            && r["quote"] == "It works,"
            && r["speaker"] == "Ana Ruiz"
            && r["start"] == 1
            && r["end"] == 10),
        "the good article's quote is missing: {recs:?}"
    );
}

/// Every record's `start..end` slices its article's text (as read, with
/// replacement characters for invalid UTF-8) to exactly `quote`.
fn assert_offsets(stdout: &[u8], texts: &[(&str, &str)]) {
    for r in records(stdout) {
        let doc = r["doc"].as_str().unwrap();
        let Some((_, text)) = texts.iter().find(|(d, _)| *d == doc) else {
            continue;
        };
        let (s, e) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(text.get(s..e), r["quote"].as_str(), "{r}");
    }
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A corpus of `n` articles as JSON Lines, made from the seed articles with
/// the names changed, each ending with a quote of its own.
fn big_corpus(path: &Path, n: usize) {
    let mut seeds: Vec<PathBuf> = fs::read_dir("data/seeds")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    seeds.sort();
    let seeds: Vec<String> = seeds
        .iter()
        .map(|p| fs::read_to_string(p).unwrap())
        .collect();
    let names = [
        ("Josh", "Earnest"),
        ("Ana", "Ruiz"),
        ("Bo", "Lind"),
        ("Mai", "Tran"),
        ("Omar", "Haddad"),
        ("Lena", "Berg"),
    ];
    let mut f = std::io::BufWriter::new(fs::File::create(path).unwrap());
    for i in 0..n {
        let (first, last) = names[i % names.len()];
        let text = seeds[i % seeds.len()]
            .replace("Earnest", last)
            .replace("Josh", first);
        let (qf, ql) = names[(i / 5) % names.len()];
        let text = format!("{text}\n\"Note {i} is here,\" {qf} {ql} said.");
        let line = serde_json::json!({"id": format!("a{i}"), "text": text});
        writeln!(f, "{line}").unwrap();
    }
    f.flush().unwrap();
}

// ---------------------------------------------------------------- encodings

#[test]
fn invalid_utf8_is_reported_with_line_and_read_lossily() {
    let dir = tempfile::tempdir().unwrap();
    write_good(dir.path());
    let bad = b"First line.\nSecond line.\nBad \xff\xfe bytes. \"Still here,\" Bo Lind said.\n\xc3";
    fs::write(dir.path().join("bad.txt"), bad).unwrap();
    let out = qg().arg("mine").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("bad.txt:3: invalid UTF-8") && err.contains("replacement characters"),
        "{err}"
    );
    assert_good_quote(&out.stdout);
    let lossy = String::from_utf8_lossy(bad).into_owned();
    assert_offsets(&out.stdout, &[("bad", &lossy), ("good", GOOD)]);
    let recs = records(&out.stdout);
    assert!(
        recs.iter()
            .any(|r| r["doc"] == "bad" && r["quote"] == "Still here,"),
        "the repaired article is still mined: {recs:?}"
    );
}

#[test]
fn invalid_utf8_jsonl_line_is_skipped_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("in.jsonl");
    let mut data = Vec::new();
    data.extend_from_slice(br#"{"id":"good","text":"\"It works,\" Ana Ruiz said."}"#);
    data.extend_from_slice(b"\n{\"id\":\"bad\",\"text\":\"\xff\"}\n");
    data.extend_from_slice(br#"{"id":"later","text":"\"Me too,\" Bo Lind said."}"#);
    fs::write(&p, data).unwrap();
    let out = qg().arg("mine").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("in.jsonl:2: invalid UTF-8"), "{err}");
    assert_good_quote(&out.stdout);
    assert!(records(&out.stdout).iter().any(|r| r["doc"] == "later"));
}

#[test]
fn nul_and_control_bytes_do_not_stop_mining() {
    let dir = tempfile::tempdir().unwrap();
    write_good(dir.path());
    let text = "\u{0}\u{1}\u{2} \"We stay,\u{7}\" Bo Lind said.\u{1b}[31m \u{7f}\u{0}\n\u{c}\u{b}\"And go,\" he said.\u{0}";
    fs::write(dir.path().join("ctrl.txt"), text).unwrap();
    // The same bytes through JSON Lines, escaped.
    let line = serde_json::json!({"id": "ctrl-jsonl", "text": text});
    fs::write(dir.path().join("ctrl.jsonl"), format!("{line}\n")).unwrap();
    let out = qg().arg("mine").arg(dir.path()).output().unwrap();
    // Control bytes are valid UTF-8: nothing to report.
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    assert_good_quote(&out.stdout);
    assert_offsets(
        &out.stdout,
        &[("ctrl", text), ("ctrl-jsonl", text), ("good", GOOD)],
    );
    let recs = records(&out.stdout);
    for doc in ["ctrl", "ctrl-jsonl"] {
        assert!(
            recs.iter()
                .any(|r| r["doc"] == doc && r["quote"].as_str().unwrap().starts_with("We stay")),
            "{doc}: {recs:?}"
        );
    }
}

/// A NUL byte next to a name ends up in the speaker's name and from there in
/// graph.dot, which Graphviz then rejects (`syntax error`), so graph.svg is
/// not rendered.
#[test]
fn nul_byte_in_a_name_keeps_graph_dot_valid() {
    if std::process::Command::new("dot")
        .arg("-V")
        .output()
        .is_err()
    {
        eprintln!("skipping: Graphviz `dot` is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("nul.txt");
    fs::write(&input, "\"It works,\" Ana\u{0} Ruiz said.").unwrap();
    let out_dir = dir.path().join("out");
    let out = qg()
        .arg("build")
        .arg(&input)
        .arg("--out")
        .arg(&out_dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = stderr(&out);
    assert!(!err.contains("not rendered"), "{err}");
    let json = fs::read_to_string(out_dir.join("graph.json")).unwrap();
    assert!(!json.contains("\\u0000"), "a NUL in graph.json: {json}");
    let dot = std::process::Command::new("dot")
        .arg("-Tsvg")
        .arg(out_dir.join("graph.dot"))
        .output()
        .unwrap();
    assert!(
        dot.status.success(),
        "{}",
        String::from_utf8_lossy(&dot.stderr)
    );
}

// ---------------------------------------------------------------- size

const MIB: usize = 1 << 20;

/// Writes `bytes` of markup-heavy text with no newline and no quote marks,
/// then a final sentence with a quote, so that finding that quote shows the
/// whole file was mined.
fn long_line_file(path: &Path, bytes: usize) -> usize {
    let block = "<p class=\"x\">Officials met on Monday in Hanoi and Washington; ref 3f9a0c77 &amp; more</p> ";
    let block = block.replace('"', "");
    let mut f = std::io::BufWriter::new(fs::File::create(path).unwrap());
    let mut n = 0;
    while n + block.len() <= bytes {
        f.write_all(block.as_bytes()).unwrap();
        n += block.len();
    }
    let tail = "\"The end is here,\" Ana Ruiz said.";
    f.write_all(tail.as_bytes()).unwrap();
    f.flush().unwrap();
    n + 1 // start of the quote
}

#[test]
fn a_100_mb_line_is_skipped_by_default_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    write_good(dir.path());
    let big = dir.path().join("huge.txt");
    long_line_file(&big, 100 * MIB);
    let out = qg().arg("mine").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("huge.txt: article `huge`")
            && err.contains("over the limit of 8388608 (--max-article-bytes); skipped"),
        "{err}"
    );
    assert_good_quote(&out.stdout);
    assert!(records(&out.stdout).iter().all(|r| r["doc"] != "huge"));
}

#[test]
fn a_100_mb_jsonl_line_is_skipped_by_default_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("big.jsonl");
    {
        let mut f = std::io::BufWriter::new(fs::File::create(&p).unwrap());
        writeln!(
            f,
            r#"{{"id":"good","text":"\"It works,\" Ana Ruiz said."}}"#
        )
        .unwrap();
        f.write_all(br#"{"id":"huge","text":""#).unwrap();
        let chunk = "word ".repeat(1 << 16);
        for _ in 0..(100 * MIB / chunk.len()) {
            f.write_all(chunk.as_bytes()).unwrap();
        }
        f.write_all(b"\"}\n").unwrap();
        writeln!(f, r#"{{"id":"after","text":"\"Me too,\" Bo Lind said."}}"#).unwrap();
    }
    let out = qg().arg("mine").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("big.jsonl:2: article `huge`") && err.contains("--max-article-bytes"),
        "{err}"
    );
    assert_good_quote(&out.stdout);
    assert!(records(&out.stdout).iter().any(|r| r["doc"] == "after"));
}

/// Raising the limit mines a file over the default one to its last byte.
/// (9 MiB here so the debug build finishes in seconds; the 100 MB run is
/// below, ignored by default.)
#[test]
fn raising_the_limit_mines_a_long_line_to_the_end() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("long.txt");
    let start = long_line_file(&big, 9 * MIB);
    let out = qg()
        .arg("mine")
        .arg(&big)
        .args(["--max-article-bytes", "20000000"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = records(&out.stdout);
    assert!(
        recs.iter()
            .any(|r| r["quote"] == "The end is here," && r["start"] == start as u64),
        "{recs:?}"
    );
}

/// The full 100 MB file with the limit raised. Takes minutes and several GB
/// of memory in a debug build; run it with
/// `cargo test --release --test reliability -- --ignored hundred`.
#[test]
#[ignore = "slow: 100 MB through the miner; run with --release -- --ignored"]
fn raising_the_limit_mines_a_hundred_mb_line_to_the_end() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("huge.txt");
    let start = long_line_file(&big, 100 * MIB);
    let out = qg()
        .arg("mine")
        .arg(&big)
        .args(["--max-article-bytes", "200000000"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        records(&out.stdout)
            .iter()
            .any(|r| r["quote"] == "The end is here," && r["start"] == start as u64)
    );
}

// ---------------------------------------------------------------- quote marks

fn unmatched_marks(n: usize) -> String {
    let marks = ["“", "\"", "«", "„", "‘", "”", "»"];
    let mut s = String::new();
    for i in 0..n {
        s.push_str(marks[i % marks.len()]);
        s.push_str(if i % 3 == 0 { " the talks " } else { " said " });
    }
    s
}

#[test]
fn ten_thousand_unmatched_quote_marks_finish() {
    let dir = tempfile::tempdir().unwrap();
    write_good(dir.path());
    let text = unmatched_marks(10_000);
    fs::write(dir.path().join("marks.txt"), &text).unwrap();
    let only = "\"".repeat(10_000);
    fs::write(dir.path().join("only.txt"), &only).unwrap();
    let out = qg().arg("mine").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_good_quote(&out.stdout);
    assert_offsets(&out.stdout, &[("marks", &text), ("only", &only)]);
}

/// Linear time without timing in seconds: the miner's time on 40,000
/// unmatched marks against 5,000. Linear work gives a ratio near 8 (15
/// measured on a 2-core machine: some work grows a little faster), quadratic
/// near 64; the bound is 32. The two sizes run in turn, five
/// rounds, and each keeps its best time, so a busy machine slows both
/// alike rather than one of them.
#[test]
fn unmatched_quote_marks_take_linear_time() {
    let article = |n: usize| quotegraph::model::Article {
        id: "m".into(),
        text: unmatched_marks(n),
        ..Default::default()
    };
    let time = |a: &quotegraph::model::Article| {
        let t = Instant::now();
        std::hint::black_box(quotegraph::mine::mine(a));
        t.elapsed()
    };
    time(&article(1_000)); // warm the lexicons
    let (small, large) = (article(5_000), article(40_000));
    let (mut best_small, mut best_large) = (Duration::MAX, Duration::MAX);
    for _ in 0..5 {
        best_small = best_small.min(time(&small));
        best_large = best_large.min(time(&large));
    }
    let best_small = best_small.max(Duration::from_millis(1));
    let ratio = best_large.as_secs_f64() / best_small.as_secs_f64();
    assert!(
        ratio < 32.0,
        "8x the marks took {ratio:.1}x the time ({best_small:?} -> {best_large:?})"
    );
}

#[test]
fn deeply_nested_quotes_finish_with_valid_offsets() {
    let dir = tempfile::tempdir().unwrap();
    write_good(dir.path());
    let curly = format!("{}deep{} he said.", "“".repeat(1000), "”".repeat(1000));
    let straight = format!("{}deep{} he said.", "\"".repeat(1000), "\"".repeat(1000));
    let mut alternating = String::new();
    for i in 0..1000 {
        alternating.push_str(if i % 2 == 0 { "“a " } else { "‘b " });
    }
    alternating.push_str("core");
    for i in (0..1000).rev() {
        alternating.push_str(if i % 2 == 0 { " c”" } else { " d’" });
    }
    alternating.push_str(", Bo Lind said.");
    let words: String =
        (0..1000).map(|i| format!("«w{i} ")).collect::<String>() + &"» ".repeat(1000) + "she said.";
    let cases = [
        ("curly", curly),
        ("straight", straight),
        ("alternating", alternating),
        ("words", words),
    ];
    for (name, text) in &cases {
        fs::write(dir.path().join(format!("{name}.txt")), text).unwrap();
    }
    // Over the default depth limit the nested article is skipped, said so,
    // and the rest still comes out.
    let out = qg().arg("mine").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("--max-quote-depth"),
        "{}",
        stderr(&out)
    );
    assert_good_quote(&out.stdout);
    // With the limit raised, every article is mined, linearly.
    let out = qg()
        .args(["mine", "--max-quote-depth", "5000"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_good_quote(&out.stdout);
    let texts: Vec<(&str, &str)> = cases.iter().map(|(n, t)| (*n, t.as_str())).collect();
    assert_offsets(&out.stdout, &texts);
}

// ---------------------------------------------------------------- markup

const HTML: &str = "<html><head><script>var a = \"not a quote\"; c = \"still not\";</script></head>\
<body><p class=\"lead\">\u{201c}We will not cooperate,\u{201d} Josh Earnest said.</p>\n\
<p>&ldquo;Entities too,&rdquo; <a href=\"/p/ruiz\">Ana Ruiz</a> said.</p>\n\
<p>\u{201c}We are ready,\u{201d} <b>Bo Lind</b> said.</p></body></html>";

#[test]
fn html_markup_is_mined_without_crashing() {
    let dir = tempfile::tempdir().unwrap();
    write_good(dir.path());
    fs::write(dir.path().join("page.txt"), HTML).unwrap();
    let out = qg().arg("mine").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_good_quote(&out.stdout);
    assert_offsets(&out.stdout, &[("page", HTML)]);
    let recs = records(&out.stdout);
    assert!(
        recs.iter().any(|r| r["doc"] == "page"
            && r["quote"] == "We will not cooperate,"
            && r["speaker"] == "Josh Earnest"),
        "{recs:?}"
    );
}

/// Tags between a quote and its speaker (`<b>Bo Lind</b> said`) hide the
/// speaker: the quote goes to the previous sentence's speaker instead, and
/// `&ldquo;…&rdquo;` quotes are not seen at all.
#[test]
fn html_tags_around_a_name_keep_the_speaker() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("page.txt");
    fs::write(&p, HTML).unwrap();
    let out = qg().arg("mine").arg(&p).output().unwrap();
    let recs = records(&out.stdout);
    let ready = recs
        .iter()
        .find(|r| r["quote"] == "We are ready,")
        .expect("the quote is found");
    assert_eq!(ready["speaker"], "Bo Lind", "{recs:?}");
    assert!(
        recs.iter().all(|r| r["quote"] != "not a quote"),
        "script strings are not quotations: {recs:?}"
    );
}

// ---------------------------------------------------------------- paths

#[test]
fn empty_file_gives_no_quotes_and_no_error() {
    let dir = tempfile::tempdir().unwrap();
    write_good(dir.path());
    fs::write(dir.path().join("empty.txt"), "").unwrap();
    fs::write(dir.path().join("empty.jsonl"), "").unwrap();
    fs::write(dir.path().join("blank.jsonl"), "\n\n  \r\n").unwrap();
    let out = qg().arg("mine").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    assert_good_quote(&out.stdout);
    assert!(records(&out.stdout).iter().all(|r| r["doc"] == "good"));
}

#[test]
fn empty_folder_is_reported_and_the_rest_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let good = write_good(dir.path());
    let empty = dir.path().join("empty");
    fs::create_dir(&empty).unwrap();
    let out = qg().arg("mine").arg(&empty).arg(&good).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{}: folder holds no .txt or .jsonl files",
            empty.display()
        )),
        "{err}"
    );
    assert_good_quote(&out.stdout);
}

#[test]
fn empty_folder_alone_fails_build_without_writing() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    fs::create_dir(&empty).unwrap();
    let out_dir = dir.path().join("out");
    let out = qg()
        .arg("build")
        .arg(&empty)
        .arg("--out")
        .arg(&out_dir)
        .arg("--no-render")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("folder holds no .txt or .jsonl files"));
}

#[test]
fn missing_path_is_reported_and_the_rest_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let good = write_good(dir.path());
    let missing = dir.path().join("nope/missing.txt");
    let out = qg().arg("mine").arg(&missing).arg(&good).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{}: no such file or folder", missing.display())),
        "{err}"
    );
    assert_good_quote(&out.stdout);
}

#[test]
fn malformed_jsonl_lines_name_file_and_line_and_the_rest_continues() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("corpus.jsonl");
    let lines = [
        r#"{"id":"good","text":"\"It works,\" Ana Ruiz said."}"#,
        r#"{"id":"trunc","text":"\"Cut off"#,
        r#"not json at all"#,
        r#"{"id":"notext"}"#,
        r#"{"id":"","text":"empty id"}"#,
        r#"{"id":7,"text":"number id"}"#,
        r#"[1,2,3]"#,
        r#"{"id":"last","text":"\"Me too,\" Bo Lind said."}"#,
    ];
    fs::write(&p, lines.join("\n")).unwrap();
    let out = qg().arg("mine").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    for line in 2..=7 {
        assert!(
            err.contains(&format!("corpus.jsonl:{line}: ")),
            "line {line} not reported: {err}"
        );
    }
    assert!(!err.contains("corpus.jsonl:1:") && !err.contains("corpus.jsonl:8:"));
    assert_good_quote(&out.stdout);
    assert!(records(&out.stdout).iter().any(|r| r["doc"] == "last"));
}

#[test]
fn duplicate_article_ids_keep_the_first_and_name_the_second() {
    let dir = tempfile::tempdir().unwrap();
    write_good(dir.path());
    // `good` again, in a JSONL file read after good.txt (sorted order), and
    // twice inside one file.
    let p = dir.path().join("more.jsonl");
    let lines = [
        r#"{"id":"x","text":"\"First,\" Bo Lind said."}"#,
        r#"{"id":"good","text":"\"Impostor,\" Mai Tran said."}"#,
        r#"{"id":"x","text":"\"Second,\" Bo Lind said."}"#,
    ];
    fs::write(&p, lines.join("\n") + "\n").unwrap();
    let out = qg().arg("mine").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("more.jsonl:2: duplicate article id `good`; skipped"),
        "{err}"
    );
    assert!(
        err.contains("more.jsonl:3: duplicate article id `x`; skipped"),
        "{err}"
    );
    assert_good_quote(&out.stdout);
    let quotes: Vec<String> = records(&out.stdout)
        .iter()
        .map(|r| r["quote"].as_str().unwrap().to_string())
        .collect();
    assert!(quotes.contains(&"First,".to_string()), "{quotes:?}");
    assert!(!quotes.contains(&"Second,".to_string()), "{quotes:?}");
    assert!(!quotes.contains(&"Impostor,".to_string()), "{quotes:?}");
}

/// The same id in two `.txt` files of different folders.
#[test]
fn duplicate_txt_stems_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    write_good(dir.path());
    fs::create_dir(dir.path().join("sub")).unwrap();
    fs::write(dir.path().join("sub/good.txt"), "\"Other,\" Bo Lind said.").unwrap();
    let out = qg().arg("mine").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("good.txt: duplicate article id `good`; skipped"),
        "{err}"
    );
    assert_good_quote(&out.stdout);
}

#[test]
fn a_mixed_corpus_reports_every_good_articles_quotes() {
    let dir = tempfile::tempdir().unwrap();
    let mixed = dir.path().join("mixed");
    fs::create_dir(&mixed).unwrap();
    for e in fs::read_dir("data/seeds").unwrap() {
        let p = e.unwrap().path();
        fs::copy(&p, mixed.join(p.file_name().unwrap())).unwrap();
    }
    fs::write(mixed.join("bad_utf8.txt"), b"\xff\xfe\x00junk").unwrap();
    fs::write(mixed.join("bad.jsonl"), "{oops\n{\"id\":\"dup\"}\n").unwrap();
    fs::write(mixed.join("marks.txt"), unmatched_marks(10_000)).unwrap();
    fs::write(mixed.join("page.txt"), HTML).unwrap();
    fs::write(mixed.join("empty.txt"), "").unwrap();
    fs::create_dir(mixed.join("nothing")).unwrap();
    let alone = qg().args(["mine", "data/seeds"]).output().unwrap();
    assert_eq!(alone.status.code(), Some(0));
    let out = qg().arg("mine").arg(&mixed).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("bad_utf8.txt:1: invalid UTF-8"), "{err}");
    assert!(
        err.contains("bad.jsonl:1: ") && err.contains("bad.jsonl:2: "),
        "{err}"
    );
    // Every seed quotation, byte for byte, in the same order.
    let seed_docs: Vec<String> = fs::read_dir("data/seeds")
        .unwrap()
        .map(|e| {
            e.unwrap()
                .path()
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let keep = |recs: Vec<Value>| -> Vec<Value> {
        recs.into_iter()
            .filter(|r| seed_docs.iter().any(|d| r["doc"] == d.as_str()))
            .collect()
    };
    let want = keep(records(&alone.stdout));
    assert!(want.len() > 20);
    assert_eq!(keep(records(&out.stdout)), want);
}

// ---------------------------------------------------------------- graph.json

/// Wrong graph.json files: not JSON, JSON but not a graph, a graph with a
/// dangling link, a missing file.
fn wrong_graphs(dir: &Path) -> Vec<(PathBuf, &'static str)> {
    let good = QuoteGraph::from_json(&fs::read_to_string("graphs/seeds/graph.json").unwrap())
        .expect("the seed graph loads")
        .to_json();
    let mut dangling: Value = serde_json::from_str(&good).unwrap();
    dangling["links"][0]["target"] = Value::from("stmt:does-not-exist");
    let cases = [
        ("notjson.json", "{\"nodes\": [".to_string()),
        ("array.json", "[1, 2, 3]".to_string()),
        ("quotes.json", "{\"doc\":\"a\",\"quote\":\"x\"}".to_string()),
        ("dangling.json", dangling.to_string()),
        ("binary.json", "\u{0}\u{1}\u{2}".to_string()),
    ];
    let mut out: Vec<(PathBuf, &'static str)> = cases
        .iter()
        .map(|(name, body)| {
            let p = dir.join(name);
            fs::write(&p, body).unwrap();
            (p, *name)
        })
        .collect();
    out.push((dir.join("missing.json"), "missing.json"));
    out
}

fn assert_clear_graph_error(out: &std::process::Output, name: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "{name}: {err}");
    assert!(
        err.contains(name),
        "{name}: the message names the file: {err}"
    );
    assert!(!err.contains("not built yet"), "{name}: {err}");
    assert!(!err.contains("panicked"), "{name}: {err}");
    assert!(out.stdout.is_empty(), "{name}: nothing on stdout");
}

#[test]
fn wrong_graph_json_for_query_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    for (p, name) in wrong_graphs(dir.path()) {
        let out = qg()
            .arg("query")
            .arg("--graph")
            .arg(&p)
            .args(["said-by", "Josh Earnest"])
            .output()
            .unwrap();
        assert_clear_graph_error(&out, name);
    }
}

#[test]
fn wrong_graph_json_for_flags_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    for (p, name) in wrong_graphs(dir.path()) {
        let out = qg().arg("flags").arg("--graph").arg(&p).output().unwrap();
        assert_clear_graph_error(&out, name);
    }
}

#[test]
fn wrong_graph_json_for_render_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    for (p, name) in wrong_graphs(dir.path()) {
        let target = dir.path().join(format!("{name}.svg"));
        let out = qg()
            .arg("render")
            .arg(&p)
            .arg("--out")
            .arg(&target)
            .output()
            .unwrap();
        assert_clear_graph_error(&out, name);
        assert!(!target.exists(), "{name}: no picture is written");
    }
}

// ---------------------------------------------------------------- output

/// `--out` that cannot be written fails at once: before any input is read
/// (no input error is reported) and with the folder named.
#[test]
fn unwritable_out_fails_before_the_work_starts() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    write_good(&input);
    fs::write(input.join("bad.txt"), b"\xff").unwrap();
    let file = dir.path().join("plain-file");
    fs::write(&file, "x").unwrap();
    let mut outs = vec![file.clone(), file.join("sub")];
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let ro = dir.path().join("ro");
        fs::create_dir(&ro).unwrap();
        fs::set_permissions(&ro, fs::Permissions::from_mode(0o555)).unwrap();
        // root ignores mode bits; the read-only case means nothing then.
        if fs::write(ro.join("probe"), "p").is_err() {
            outs.push(ro.clone());
            outs.push(ro.join("new"));
        }
    }
    for o in &outs {
        let out = qg()
            .arg("build")
            .arg(&input)
            .arg("--out")
            .arg(o)
            .arg("--no-render")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", o.display());
        let err = stderr(&out);
        assert!(
            err.contains("cannot write to") && err.contains(&o.display().to_string()),
            "{err}"
        );
        assert!(
            !err.contains("bad.txt"),
            "input was read before the output check: {err}"
        );
    }
}

/// `quotegraph mine big | head -1`: the reader goes away after one line; the
/// miner ends quietly, exit 0, nothing on stderr.
#[test]
fn broken_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("big.jsonl");
    big_corpus(&corpus, 150);
    let mut child = qg_std()
        .arg("mine")
        .arg(&corpus)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    {
        let mut r = BufReader::new(child.stdout.take().unwrap());
        r.read_line(&mut first).unwrap();
        // Dropping the reader closes the pipe, as `head -1` does.
    }
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(
        serde_json::from_str::<Value>(&first).is_ok(),
        "first line: {first:?}"
    );
    assert_eq!(err, "", "stderr after a broken pipe");
    assert_eq!(status.code(), Some(0), "{status:?}");
}

/// The same through a shell pipeline, as a user types it.
#[cfg(unix)]
#[test]
fn broken_pipe_through_head() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("big.jsonl");
    big_corpus(&corpus, 150);
    let bin = assert_cmd::cargo::cargo_bin("quotegraph");
    let Ok(out) = std::process::Command::new("bash")
        .arg("-c")
        .arg(r#""$0" mine "$1" 2>"$2" | head -1; echo "status=${PIPESTATUS[0]}""#)
        .arg(&bin)
        .arg(&corpus)
        .arg(dir.path().join("err.txt"))
        .output()
    else {
        eprintln!("skipping: no bash");
        return;
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(serde_json::from_str::<Value>(lines[0]).is_ok(), "{stdout}");
    assert_eq!(lines[1], "status=0", "{stdout}");
    assert_eq!(fs::read_to_string(dir.path().join("err.txt")).unwrap(), "");
}

const OUTPUTS: [&str; 5] = [
    "graph.json",
    "graph.dot",
    "graph.graphml",
    "quotes.jsonl",
    "flags.json",
];

/// Checks each output is complete: either the previous run's bytes or a new
/// file that parses.
fn assert_outputs_intact(out_dir: &Path, old: &[(String, Vec<u8>)], when: &str) {
    for (name, old_bytes) in old {
        let now =
            fs::read(out_dir.join(name)).unwrap_or_else(|e| panic!("{when}: {name} is gone: {e}"));
        if &now == old_bytes {
            continue;
        }
        let text = String::from_utf8(now).unwrap_or_else(|_| panic!("{when}: {name} not UTF-8"));
        match name.as_str() {
            "graph.json" => {
                QuoteGraph::from_json(&text)
                    .unwrap_or_else(|e| panic!("{when}: new graph.json does not load: {e}"));
            }
            "quotes.jsonl" => {
                assert!(text.ends_with('\n'), "{when}: quotes.jsonl cut short");
                for l in text.lines() {
                    serde_json::from_str::<Value>(l)
                        .unwrap_or_else(|e| panic!("{when}: quotes.jsonl line {l:?}: {e}"));
                }
            }
            "flags.json" => {
                serde_json::from_str::<Value>(&text)
                    .unwrap_or_else(|e| panic!("{when}: flags.json: {e}"));
            }
            "graph.dot" => {
                assert!(
                    text.starts_with("digraph") && text.trim_end().ends_with('}'),
                    "{when}: graph.dot cut short"
                );
            }
            "graph.graphml" => {
                assert!(
                    text.starts_with("<?xml") && text.trim_end().ends_with("</graphml>"),
                    "{when}: graph.graphml cut short"
                );
            }
            _ => unreachable!(),
        }
    }
    // Nothing but the outputs and tempfile's hidden random names.
    for e in fs::read_dir(out_dir).unwrap() {
        let n = e.unwrap().file_name().to_string_lossy().into_owned();
        let ours = OUTPUTS.contains(&n.as_str()) || n == "graph.svg";
        let temp = n.starts_with(".quotegraph-");
        assert!(
            ours || temp,
            "{when}: stray file {n:?} in the output folder"
        );
        for o in OUTPUTS {
            assert!(
                !(n != o && n.starts_with(o)),
                "{when}: {n:?} looks like a partial {o}"
            );
        }
    }
}

fn temp_files(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with(".quotegraph-") && n.ends_with(".tmp"))
                .collect()
        })
        .unwrap_or_default()
}

/// Kill `build` (SIGKILL) mid-run, over a folder that holds a previous run's
/// outputs: once while it mines, and once each time it is writing an output
/// (as soon as a temporary file appears), and check that every output is
/// the old file or a complete new one.
#[test]
fn killed_build_leaves_previous_outputs_intact() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("big.jsonl");
    let out_dir = dir.path().join("out");
    let first = qg()
        .args(["build", "data/seeds", "--no-render", "-q", "--out"])
        .arg(&out_dir)
        .output()
        .unwrap();
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let snapshot = |d: &Path| -> Vec<(String, Vec<u8>)> {
        OUTPUTS
            .iter()
            .map(|n| (n.to_string(), fs::read(d.join(n)).unwrap()))
            .collect()
    };
    let old = snapshot(&out_dir);
    let spawn_build_into = |out: &Path| {
        qg_std()
            .args(["build", "--no-render", "-q", "--out"])
            .arg(out)
            .arg(&corpus)
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    let spawn_build = || spawn_build_into(&out_dir);

    // While mining: nothing may change. The corpus grows until a whole
    // build (timed into a scratch folder, so that `out` keeps the seed
    // outputs, which a completed build would replace) takes a second; a
    // build of it killed after a tenth of that is still mining.
    let scratch = dir.path().join("timing");
    let mut n = 400;
    loop {
        big_corpus(&corpus, n);
        let started = Instant::now();
        let status = spawn_build_into(&scratch).wait().unwrap();
        assert!(status.success(), "build failed: {status:?}");
        if started.elapsed() >= Duration::from_secs(1) {
            break;
        }
        assert!(n < 200_000, "a build of {n} articles ends within a second");
        n *= 4;
    }
    let mut child = spawn_build();
    std::thread::sleep(Duration::from_millis(100));
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(snapshot(&out_dir), old, "killed while mining");
    assert_outputs_intact(&out_dir, &old, "killed while mining");

    // While writing: kill at the k-th temporary file seen.
    for k in 1..=OUTPUTS.len() {
        let before: Vec<String> = temp_files(&out_dir);
        let mut child = spawn_build();
        let mut seen: Vec<String> = Vec::new();
        let killed = loop {
            if child.try_wait().unwrap().is_some() {
                break false;
            }
            for t in temp_files(&out_dir) {
                if !before.contains(&t) && !seen.contains(&t) {
                    seen.push(t);
                }
            }
            if seen.len() >= k {
                child.kill().unwrap();
                child.wait().unwrap();
                break true;
            }
            std::thread::sleep(Duration::from_micros(200));
        };
        let when = format!("killed at temp file {k} ({seen:?}, killed: {killed})");
        eprintln!("{when}");
        assert_outputs_intact(&out_dir, &old, &when);
    }

    // A full run afterwards succeeds over whatever the kills left.
    let last = qg()
        .args(["build", "--no-render", "-q", "--out"])
        .arg(&out_dir)
        .arg(&corpus)
        .output()
        .unwrap();
    assert_eq!(last.status.code(), Some(0), "{}", stderr(&last));
    let g = QuoteGraph::from_json(&fs::read_to_string(out_dir.join("graph.json")).unwrap())
        .expect("the final graph loads");
    assert!(g.node_count() > 0);
}

// ---------------------------------------------------------------- fuzz finds

/// What the `mine_bytes` fuzz target checks, for one input: the bytes read
/// lossily, the language picked by the length as the target does.
fn mine_like_the_fuzzer(data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let lang = match data.len() % 3 {
        0 => None,
        1 => Some("en".to_string()),
        _ => Some("vi".to_string()),
    };
    for lang in [lang, None, Some("en".into()), Some("vi".into())] {
        let a = quotegraph::model::Article {
            id: "fuzz".into(),
            text: text.clone(),
            lang,
            ..Default::default()
        };
        let m = quotegraph::mine::mine(&a);
        for q in &m.quotes {
            assert_eq!(a.text.get(q.start..q.end), Some(q.quote.as_str()), "{q:?}");
        }
    }
}

/// Every crash the fuzzers found, kept in tests/fixtures/bad/ as
/// `<target>-crash-<hash>.*`, runs clean.
#[test]
fn fuzz_crashes_stay_fixed() {
    let mut n = 0;
    for e in fs::read_dir("tests/fixtures/bad").unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let data = fs::read(&p).unwrap();
        if name.starts_with("mine_bytes-") {
            mine_like_the_fuzzer(&data);
        } else if name.starts_with("jsonl_reader-") {
            let lines = std::cell::RefCell::new(Vec::new());
            quotegraph::input::read_jsonl(
                &data[..],
                "x",
                &mut |_, l| lines.borrow_mut().push(l),
                &mut |e| lines.borrow_mut().push(e.line.expect("a line")),
            );
            let lines = lines.into_inner();
            assert!(lines.windows(2).all(|w| w[0] < w[1]), "{name}");
        } else if name.starts_with("graph_json-") {
            if let Ok(g) = QuoteGraph::from_json(&String::from_utf8_lossy(&data)) {
                let once = g.to_json();
                let again = QuoteGraph::from_json(&once).expect("reloads");
                assert_eq!(again.to_json(), once, "{name}");
            }
        } else {
            continue;
        }
        n += 1;
    }
    assert!(n >= 1, "the fixtures are there");
}

/// Fuzz find 1 (mine_bytes, fixed in src/mine/mentions.rs `title_at`): an
/// article whose last word is a title (`spokesman`, `ông`, `Mr`) read past
/// the end of the token list and panicked, which killed the whole run and
/// lost every other article's output.
#[test]
fn article_ending_in_a_title_does_not_panic() {
    for text in [
        "spokesman",
        "He met the spokesman",
        "ông",
        "Ông An Mr",
        "“Yes,” said Deputy Prime Minister",
        "“Yes,” said Người phát ngôn Bộ Ngoại giao",
        "Các nghị sĩ",
        "phản bác",
    ] {
        mine_like_the_fuzzer(text.as_bytes());
    }
}

#[test]
fn a_title_at_the_end_of_one_article_does_not_lose_the_others() {
    let dir = tempfile::tempdir().unwrap();
    write_good(dir.path());
    fs::write(dir.path().join("title.txt"), "He met the spokesman").unwrap();
    let out = qg().arg("mine").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_good_quote(&out.stdout);
}

#[test]
fn a_paragraph_of_markup_alone_does_not_panic() {
    // `**` (bold markers with nothing inside) once indexed past the last
    // token while looking for a bold interview label.
    for text in ["*", "**", "x\n\n**", "**Q:**\n\n**"] {
        let m = quotegraph::mine::mine(&quotegraph::model::Article {
            id: "t".into(),
            text: text.into(),
            ..Default::default()
        });
        assert!(m.quotes.is_empty(), "{text:?}");
    }
}
