//! The JSON Lines reader on arbitrary bytes: it must not panic, every error
//! must name the input and a line that exists, and line numbers only grow.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Lines as `read_until(b'\n')` sees them: a last line without a newline
    // still counts.
    let lines = data.split(|&b| b == b'\n').count() - usize::from(data.ends_with(b"\n"));
    let mut last = 0usize;
    let mut ok = 0usize;
    let mut bad = 0usize;
    let mut on_article = |a: quotegraph::model::Article, line: usize| {
        assert!(!a.id.is_empty(), "article with an empty id accepted");
        assert!(line >= 1 && line <= lines, "article line {line} of {lines}");
        assert!(line > last, "line {line} after {last}");
        last = line;
        ok += 1;
    };
    let mut errors = Vec::new();
    quotegraph::input::read_jsonl(data, "fuzz.jsonl", &mut on_article, &mut |e| errors.push(e));
    for e in &errors {
        assert_eq!(e.path, "fuzz.jsonl");
        let line = e.line.expect("a JSONL error names its line");
        assert!(line >= 1 && line <= lines, "error line {line} of {lines}");
        assert!(e.to_string().starts_with(&format!("fuzz.jsonl:{line}: ")));
        bad += 1;
    }
    assert!(ok + bad <= lines);
});
