//! The map/reduce split (issue 5): mining shards apart with
//! `mine --records` and building from their records with `build --quotes`
//! gives every output file byte for byte as one `build` over the whole
//! corpus, whatever the order of the shards.

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

fn qg() -> Command {
    Command::cargo_bin("quotegraph").expect("binary is built")
}

/// Runs `quotegraph ARGS`, expecting exit 0; returns stdout.
fn run(args: &[&str]) -> Vec<u8> {
    let out = qg().args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "quotegraph {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn s(p: &Path) -> &str {
    p.to_str().expect("temp paths are UTF-8")
}

/// Every file `build --no-render` writes in `dir`, by name.
fn outputs(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

fn assert_same_outputs(whole: &Path, sharded: &Path) {
    let (a, b) = (outputs(whole), outputs(sharded));
    let names = |v: &[(String, Vec<u8>)]| v.iter().map(|f| f.0.clone()).collect::<Vec<_>>();
    assert_eq!(names(&a), names(&b));
    for name in [
        "quotes.jsonl",
        "graph.json",
        "graph.dot",
        "graph.graphml",
        "flags.json",
    ] {
        assert!(names(&a).iter().any(|n| n == name), "{name} is written");
    }
    for ((name, x), (_, y)) in a.iter().zip(&b) {
        assert!(
            x == y,
            "{name} differs between the whole run and the shards"
        );
    }
}

/// Splits the lines of a JSONL corpus into `n` shard files of about equal
/// size.
fn split(corpus: &[u8], n: usize, dir: &Path) -> Vec<PathBuf> {
    let lines: Vec<&[u8]> = corpus.split_inclusive(|&b| b == b'\n').collect();
    let per = lines.len().div_ceil(n);
    lines
        .chunks(per)
        .enumerate()
        .map(|(i, chunk)| {
            let p = dir.join(format!("shard{i}.jsonl"));
            fs::write(&p, chunk.concat()).unwrap();
            p
        })
        .collect()
}

#[test]
fn shards_build_the_same_graph_as_the_whole_corpus() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let corpus = run(&["synth", "--articles", "150", "--seed", "5"]);
    let whole = dir.join("corpus.jsonl");
    fs::write(&whole, &corpus).unwrap();
    let out_whole = dir.join("whole");
    run(&[
        "build",
        s(&whole),
        "--out",
        s(&out_whole),
        "--no-render",
        "-q",
    ]);

    let shards = split(&corpus, 3, dir);
    assert_eq!(shards.len(), 3);
    let records: Vec<PathBuf> = shards
        .iter()
        .map(|shard| {
            let rec = shard.with_extension("records");
            fs::write(&rec, run(&["mine", "--records", s(shard), "-q"])).unwrap();
            rec
        })
        .collect();
    // Shards in their order, and shuffled: the graph is defined by content.
    for order in [[0, 1, 2], [2, 0, 1]] {
        let out = dir.join(format!("sharded-{order:?}"));
        let mut args = vec!["build", "--quotes"];
        args.extend(order.iter().map(|&i| s(&records[i])));
        args.extend(["--out", s(&out), "--no-render", "-q"]);
        run(&args);
        assert_same_outputs(&out_whole, &out);
    }
}

#[test]
fn seed_articles_mined_one_by_one_build_the_seed_graph() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let out_whole = dir.join("whole");
    run(&[
        "build",
        "data/seeds",
        "--out",
        s(&out_whole),
        "--no-render",
        "-q",
    ]);
    let mut files: Vec<PathBuf> = fs::read_dir("data/seeds")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files.reverse();
    let mut records = Vec::new();
    for f in &files {
        records.extend(run(&["mine", "--records", s(f)]));
    }
    // One stream on standard input.
    let out = dir.join("sharded");
    qg().args([
        "build",
        "--quotes",
        "-",
        "--out",
        s(&out),
        "--no-render",
        "-q",
    ])
    .write_stdin(records)
    .assert()
    .success();
    assert_same_outputs(&out_whole, &out);
}

#[test]
fn build_quotes_names_file_and_line_of_a_bad_record() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let quotes = dir.join("quotes.jsonl");
    // What plain `mine` writes is quotations, not records.
    fs::write(
        &quotes,
        run(&["mine", "data/seeds/004_81edad89a0eb99f1.txt"]),
    )
    .unwrap();
    let out = qg()
        .args([
            "build",
            "--quotes",
            s(&quotes),
            "--out",
            s(&dir.join("out")),
        ])
        .args(["--no-render"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("{}:1: not a quotegraph record", quotes.display())),
        "{err}"
    );
    assert!(err.contains("mine --records"), "{err}");

    let bad = dir.join("bad.jsonl");
    fs::write(
        &bad,
        "{\"doc\":\"a\",\"lang\":\"en\",\"quotes\":[],\"speakers\":[],\"entities\":[]}\n\
         {\"doc\":\"a\",\"lang\":\"en\",\"quotes\":[],\"speakers\":[],\"entities\":[]}\n\
         {\"doc\":\"b\",\"lang\":\"en\",\"quotes\":[],\"speakers\":[3],\"entities\":[]}\n",
    )
    .unwrap();
    let out = qg()
        .args(["build", "--quotes", s(&bad), "--out", s(&dir.join("out2"))])
        .args(["--no-render"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(":2: duplicate article id \"a\""), "{err}");
    assert!(err.contains(":3: bad record for \"b\""), "{err}");
    // The good record is still built.
    assert!(dir.join("out2/graph.json").exists());
}
