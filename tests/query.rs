//! `quotegraph query`, `flags` and `render` on the seed articles, through
//! the binary.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use assert_cmd::Command;
use serde_json::Value;

fn qg() -> Command {
    Command::cargo_bin("quotegraph").expect("binary is built")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The seed graph.json, built once for all tests.
fn seed_graph() -> &'static Path {
    static GRAPH: OnceLock<PathBuf> = OnceLock::new();
    GRAPH.get_or_init(|| {
        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("query-seeds");
        qg().args(["build", "--quiet", "--no-render", "--out"])
            .arg(&out)
            .arg(root().join("data/seeds"))
            .assert()
            .success();
        out.join("graph.json")
    })
}

/// Runs `query --graph <seeds> ARGS...` and returns stdout.
fn query(args: &[&str]) -> String {
    let out = qg()
        .arg("query")
        .arg("--graph")
        .arg(seed_graph())
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("UTF-8")
}

fn query_json(args: &[&str]) -> Value {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    serde_json::from_str(&query(&all)).expect("a JSON document")
}

#[test]
fn said_by_a_variant_name_answers_for_the_entity_and_says_so() {
    let text = query(&["said-by", "John Earnest"]);
    assert!(
        text.contains("John Earnest is a name form of Josh Earnest"),
        "{text}"
    );
    assert!(
        text.contains("We won't share intelligence with them."),
        "{text}"
    );
    let json = query_json(&["said-by", "John Earnest"]);
    assert_eq!(json["query"], "said-by");
    assert_eq!(json["entity"]["name"], "Josh Earnest");
    let statements = json["statements"].as_array().expect("statements");
    assert!(statements.iter().any(|s| {
        s["text"]
            .as_str()
            .is_some_and(|t| t.contains("share intelligence"))
            && s["reports"].as_array().is_some_and(|r| r.len() >= 2)
    }));
}

#[test]
fn who_said_credits_josh_earnest() {
    let json = query_json(&["who-said", "share intelligence"]);
    assert_eq!(json["matches"][0]["statement"]["speaker"], "Josh Earnest");
    assert_eq!(json["matches"][0]["containment"], 1.0);
    assert_eq!(json["credited"][0]["speaker"], "Josh Earnest");
    assert_eq!(json["credit_differs"], false);
    let text = query(&["who-said", "share intelligence"]);
    assert!(text.contains("credited to: Josh Earnest"), "{text}");
}

#[test]
fn who_said_shows_a_differing_credit() {
    // The WSJ's paraphrase (001) and Obama's words (002) share these words.
    let json = query_json(&["who-said", "cooperation comprehensive nuclear deadline"]);
    let speakers: Vec<&str> = json["credited"]
        .as_array()
        .expect("credited")
        .iter()
        .filter_map(|c| c["speaker"].as_str())
        .collect();
    assert!(speakers.contains(&"Barack Obama"), "{json:#}");
    assert_eq!(json["credit_differs"], true, "{json:#}");
}

#[test]
fn entity_by_acronym_finds_the_wall_street_journal() {
    let json = query_json(&["entity", "WSJ"]);
    let name = json["entity"]["name"].as_str().expect("found");
    assert!(name.ends_with("Wall Street Journal"), "{name}");
    assert!(json["entity"]["statements"].as_u64().unwrap() >= 3);
    let text = query(&["entity", "Josh Earnest"]);
    assert!(text.contains("variant names  John Earnest"), "{text}");
    assert!(text.contains("White House spokesman"), "{text}");
}

#[test]
fn about_is_case_and_diacritics_insensitive() {
    let json = query_json(&["about", "NUCLEAR"]);
    let n = json["statements"].as_array().expect("statements").len();
    assert!(n >= 3, "{json:#}");
    let json = query_json(&["about", "nha trang"]);
    let texts: Vec<&str> = json["statements"]
        .as_array()
        .expect("statements")
        .iter()
        .filter_map(|s| s["text"].as_str())
        .collect();
    assert!(texts.iter().all(|t| t.contains("Nhà Trắng")), "{texts:?}");
}

#[test]
fn articles_lists_every_seed_with_its_speakers() {
    let json = query_json(&["articles"]);
    let articles = json["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), 5);
    let first = &articles[1];
    assert_eq!(first["doc"], "001_196939a85c712399");
    assert!(
        first["speakers"]
            .as_array()
            .unwrap()
            .contains(&Value::from("Josh Earnest"))
    );
    let text = query(&["articles"]);
    assert!(text.contains("001_196939a85c712399"), "{text}");
}

#[test]
fn unknown_name_is_an_answer_with_suggestions() {
    let text = query(&["said-by", "Josh Earnst"]);
    assert!(
        text.contains("no entity named \"Josh Earnst\"; did you mean Josh Earnest?"),
        "{text}"
    );
}

#[test]
#[ignore = "needs `#[command(subcommand_precedence_over_arg = true)]` on QueryArgs: \
            without it clap reads `said-by` as one more PATH"]
fn query_mines_paths_too() {
    let out = qg()
        .arg("query")
        .arg(root().join("data/seeds"))
        .args(["--quiet", "said-by", "Earnest"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8_lossy(&out).contains("Josh Earnest"));
}

#[test]
fn flags_exit_1_on_seeds_with_json() {
    let out = qg()
        .args(["flags", "--quiet", "--format", "json"])
        .arg(root().join("data/seeds"))
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let json: Value = serde_json::from_slice(&out).expect("JSON");
    let flags = json["flags"].as_array().expect("flags");
    assert!(flags.iter().any(|f| f["kind"] == "speaker_conflict"));
    for f in flags {
        let mut keys: Vec<&String> = f.as_object().unwrap().keys().collect();
        keys.sort();
        assert_eq!(keys, ["entity", "evidence", "kind", "message", "severity"]);
    }
    // The same flags from a saved graph, as text.
    let out = qg()
        .args(["flags", "--graph"])
        .arg(seed_graph())
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8_lossy(&out);
    assert!(
        text.contains("warning[name_variant] Josh Earnest"),
        "{text}"
    );
}

#[test]
fn flags_exit_0_without_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "\"We will win,\" said Ann Lee, the coach.\n").unwrap();
    qg().args(["flags", "--quiet"])
        .arg(&article)
        .assert()
        .code(0);
}

#[test]
fn flags_errors_exit_2() {
    qg().args(["flags", "--graph", "/nonexistent/graph.json"])
        .assert()
        .code(2);
}

#[test]
fn render_filters_write_an_image_or_dot() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("earnest.svg");
    let assert = qg()
        .arg("render")
        .arg(seed_graph())
        .arg("--out")
        .arg(&out)
        .args(["--entity", "John Earnest"])
        .assert();
    let code = assert.get_output().status.code();
    if code == Some(0) {
        let svg = std::fs::read_to_string(&out).unwrap();
        assert!(svg.contains("<svg"));
    } else {
        // Graphviz missing: the DOT is written next to the output.
        let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
        assert!(stderr.contains("Graphviz"), "{stderr}");
        assert!(dir.path().join("earnest.dot").is_file());
    }
    qg().arg("render")
        .arg(seed_graph())
        .arg("--out")
        .arg(dir.path().join("x.svg"))
        .args(["--entity", "Nobody At All"])
        .assert()
        .code(2);
    qg().arg("render")
        .arg(seed_graph())
        .arg("--out")
        .arg(dir.path().join("x.gif"))
        .assert()
        .code(2);
}
