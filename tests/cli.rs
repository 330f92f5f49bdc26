//! Command-line tests: inputs, errors, exit codes and outputs.

use assert_cmd::Command;
use serde::Deserialize;
use std::path::Path;

fn qg() -> Command {
    Command::cargo_bin("quotegraph").expect("binary is built")
}

/// The mine schema; unknown fields fail the test, so a schema change must
/// change this too.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Q {
    doc: String,
    quote: String,
    kind: String,
    speaker: Option<String>,
    speaker_mention: Option<String>,
    speaker_type: String,
    cue: Option<String>,
    start: usize,
    end: usize,
    lang: String,
    confidence: f64,
    rule: String,
    #[serde(default)]
    cited: Option<String>,
    #[serde(default)]
    role: Option<String>,
}

fn parse(out: &[u8]) -> Vec<Q> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a mine record"))
        .collect()
}

#[test]
fn mine_seeds_offsets_slice_the_input() {
    let out = qg().args(["mine", "data/seeds"]).output().unwrap();
    assert!(out.status.success());
    let qs = parse(&out.stdout);
    assert!(qs.len() > 20, "found {} quotes", qs.len());
    for q in &qs {
        let text = std::fs::read_to_string(Path::new("data/seeds").join(format!("{}.txt", q.doc)))
            .unwrap();
        assert_eq!(&text[q.start..q.end], q.quote, "{q:?}");
        assert!((0.0..=1.0).contains(&q.confidence));
        assert!(["direct", "mixed", "indirect"].contains(&q.kind.as_str()));
    }
}

#[test]
fn mine_reads_jsonl_from_stdin_and_reports_bad_lines() {
    let input = "{\"id\":\"a\",\"text\":\"\\\"We will win,\\\" coach Maria Lopez said.\"}\nnot json\n{\"id\":\"b\",\"text\":\"Nothing here.\"}\n";
    let out = qg()
        .args(["mine", "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "a bad line makes the exit code 2"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("-:2:"), "stderr names the line: {err}");
    let qs = parse(&out.stdout);
    assert_eq!(qs.len(), 1);
    assert_eq!(qs[0].speaker.as_deref(), Some("Maria Lopez"));
    assert_eq!(qs[0].quote, "We will win,");
}

#[test]
fn missing_path_and_invalid_utf8_keep_good_articles() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("good.txt"), "\"It works,\" Ana Ruiz said.").unwrap();
    std::fs::write(
        dir.path().join("bad.txt"),
        b"line one\n\xff\xfe \"Broken bytes here,\" Bo Lind said.",
    )
    .unwrap();
    let out = qg()
        .arg("mine")
        .arg(dir.path())
        .arg(dir.path().join("missing.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.txt:2: invalid UTF-8"), "{err}");
    assert!(err.contains("missing.txt: no such file"), "{err}");
    let qs = parse(&out.stdout);
    let docs: Vec<&str> = qs.iter().map(|q| q.doc.as_str()).collect();
    assert!(docs.contains(&"good") && docs.contains(&"bad"), "{docs:?}");
}

#[test]
fn no_input_is_an_error() {
    let out = qg().arg("mine").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn help_shows_examples() {
    let out = qg().arg("--help").output().unwrap();
    assert!(out.status.success());
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("Examples:") && s.contains("Exit codes"));
}

#[test]
fn quotes_nested_past_the_limit_skip_the_article_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let deep = format!("He said {}x{} and left.", "“".repeat(50), "”".repeat(50));
    std::fs::write(dir.path().join("deep.txt"), deep).unwrap();
    std::fs::write(dir.path().join("good.txt"), "\"It works,\" Ana Ruiz said.").unwrap();
    let out = qg().arg("mine").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "deep: quotes nested 49 deep, over the limit of 32 (--max-quote-depth); skipped"
        ),
        "{err}"
    );
    let qs = parse(&out.stdout);
    assert_eq!(qs.len(), 1);
    assert_eq!(qs[0].doc, "good");
    let out = qg()
        .args(["mine", "--max-quote-depth", "64"])
        .arg(dir.path().join("deep.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}
