//! The README shows `quotegraph query` on the seeds with its real output.
//! This test runs every `$ quotegraph query …` example of the README's
//! console blocks (with its `| head -N` or `| sed -n A,Bp`) against
//! `graphs/seeds/graph.json` and compares the output byte for byte, so the
//! README cannot drift from the program. After an intended change, paste the
//! new output into the README.

use std::process::Command;

/// Splits a command line into words: double quotes group, no escapes (the
/// README's examples need no more).
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut any = false;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            c if c.is_whitespace() && !quoted => {
                if any {
                    out.push(std::mem::take(&mut cur));
                    any = false;
                }
            }
            c => {
                cur.push(c);
                any = true;
            }
        }
    }
    if any {
        out.push(cur);
    }
    out
}

/// Applies `head -N` or `sed -n A,Bp` to the lines of `text`.
fn filter(text: &str, pipe: Option<&str>) -> String {
    let Some(pipe) = pipe else {
        return text.to_string();
    };
    let w = words(pipe);
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let (from, to) = match w.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["head", n] => (1, n.trim_start_matches('-').parse::<usize>().unwrap()),
        ["sed", "-n", range] => {
            let (a, b) = range.trim_end_matches('p').split_once(',').unwrap();
            (a.parse().unwrap(), b.parse().unwrap())
        }
        _ => panic!("README example pipes into `{pipe}`: teach tests/readme.rs"),
    };
    lines
        .iter()
        .skip(from - 1)
        .take(to + 1 - from)
        .copied()
        .collect()
}

#[test]
fn readme_query_examples_show_real_output() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let mut checked = 0;
    let mut rest = readme.as_str();
    while let Some(i) = rest.find("```console\n") {
        let block = &rest[i + "```console\n".len()..];
        let end = block.find("```").expect("unclosed console block");
        let body = &block[..end];
        rest = &block[end + 3..];
        let Some(cmd) = body.strip_prefix("$ quotegraph query ") else {
            continue;
        };
        let (cmd, expected) = cmd.split_once('\n').unwrap();
        let (args, pipe) = match cmd.split_once(" | ") {
            Some((a, p)) => (a, Some(p)),
            None => (cmd, None),
        };
        let out = Command::new(env!("CARGO_BIN_EXE_quotegraph"))
            .arg("query")
            .args(words(args))
            .output()
            .unwrap();
        let have = filter(&String::from_utf8(out.stdout).unwrap(), pipe);
        assert!(
            have == expected,
            "README example `quotegraph query {cmd}` is out of date.\n--- README\n{expected}--- now\n{have}"
        );
        checked += 1;
    }
    assert!(
        checked >= 5,
        "found only {checked} query examples in README.md"
    );
}

#[test]
fn words_and_filters_read_the_examples_right() {
    assert_eq!(
        words(r#"--graph g.json said-by "John Earnest""#),
        ["--graph", "g.json", "said-by", "John Earnest"]
    );
    assert_eq!(filter("a\nb\nc\nd\n", Some("head -2")), "a\nb\n");
    assert_eq!(filter("a\nb\nc\nd\n", Some("sed -n 2,3p")), "b\nc\n");
}
