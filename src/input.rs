//! Reading articles: `.txt` files, folders (recursive, sorted), `.jsonl`
//! files and `-` for JSON Lines on standard input. Every problem becomes an
//! [`InputError`] naming the file and line; reading goes on.

use crate::model::Article;
use std::collections::HashSet;
use std::fmt;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// A problem with one input, located by file and line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    /// The file (`-` for standard input).
    pub path: String,
    /// 1-based line, when the problem has one.
    pub line: Option<usize>,
    /// What went wrong.
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.path, l, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

impl std::error::Error for InputError {}

/// Limits on what is read.
#[derive(Clone, Copy, Debug)]
pub struct ReadOptions {
    /// Articles longer than this many bytes are skipped with an error.
    pub max_article_bytes: usize,
    /// Articles with quotes nested deeper than this are skipped with an
    /// error (see [`crate::mine::MineOptions`]).
    pub max_quote_depth: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_article_bytes: 8 << 20,
            max_quote_depth: crate::mine::MineOptions::default().max_quote_depth,
        }
    }
}

/// Expands the command-line paths into the files to read, in order.
pub fn expand(paths: &[PathBuf], errors: &mut Vec<InputError>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(p.clone());
        } else if p.is_dir() {
            let before = out.len();
            walk(p, &mut out, errors);
            if out.len() == before {
                errors.push(InputError {
                    path: p.display().to_string(),
                    line: None,
                    message: "folder holds no .txt or .jsonl files".into(),
                });
            }
        } else if p.exists() {
            out.push(p.clone());
        } else {
            errors.push(InputError {
                path: p.display().to_string(),
                line: None,
                message: "no such file or folder".into(),
            });
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<InputError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            errors.push(InputError {
                path: dir.display().to_string(),
                line: None,
                message: e.to_string(),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        let hidden = p
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, out, errors);
        } else if matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("txt" | "jsonl")
        ) {
            out.push(p);
        }
    }
}

/// Reads every article from `paths`, calling `on_article` for each good one
/// and `on_error` for each problem, in input order. Duplicate ids are
/// reported and the later article skipped.
pub fn read(
    paths: &[PathBuf],
    opts: ReadOptions,
    mut on_article: impl FnMut(Article),
    mut on_error: impl FnMut(InputError),
) {
    let mut errors = Vec::new();
    let files = expand(paths, &mut errors);
    errors.drain(..).for_each(&mut on_error);
    let mut seen = HashSet::new();
    let mut accept = |a: Article,
                      path: &str,
                      line: Option<usize>,
                      on_error: &mut dyn FnMut(InputError)| {
        if a.text.len() > opts.max_article_bytes {
            on_error(InputError {
                path: path.to_string(),
                line,
                message: format!(
                    "article `{}` is {} bytes, over the limit of {} (--max-article-bytes); skipped",
                    a.id,
                    a.text.len(),
                    opts.max_article_bytes
                ),
            });
        } else if !seen.insert(a.id.clone()) {
            on_error(InputError {
                path: path.to_string(),
                line,
                message: format!("duplicate article id `{}`; skipped", a.id),
            });
        } else {
            on_article(a);
        }
    };
    for f in files {
        let name = f.display().to_string();
        let jsonl = name == "-" || f.extension().is_some_and(|e| e == "jsonl");
        if jsonl {
            let reader: Box<dyn Read> = if name == "-" {
                Box::new(std::io::stdin().lock())
            } else {
                match std::fs::File::open(&f) {
                    Ok(h) => Box::new(h),
                    Err(e) => {
                        on_error(InputError {
                            path: name,
                            line: None,
                            message: e.to_string(),
                        });
                        continue;
                    }
                }
            };
            let errs = std::cell::RefCell::new(Vec::new());
            read_jsonl(
                reader,
                &name,
                &mut |a, line| accept(a, &name, Some(line), &mut |e| errs.borrow_mut().push(e)),
                &mut |e| errs.borrow_mut().push(e),
            );
            errs.into_inner().into_iter().for_each(&mut on_error);
        } else {
            // An oversized file is skipped before it is read.
            if let Ok(m) = std::fs::metadata(&f)
                && m.len() > opts.max_article_bytes as u64
            {
                let id = f
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                on_error(InputError {
                    path: name,
                    line: None,
                    message: format!(
                        "article `{id}` is {} bytes, over the limit of {} (--max-article-bytes); skipped",
                        m.len(),
                        opts.max_article_bytes
                    ),
                });
                continue;
            }
            match std::fs::read(&f) {
                Ok(bytes) => {
                    let id = f
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    let text = match String::from_utf8(bytes) {
                        Ok(t) => t,
                        Err(e) => {
                            let valid = e.utf8_error().valid_up_to();
                            let bytes = e.into_bytes();
                            let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
                            on_error(InputError {
                                path: name.clone(),
                                line: Some(line),
                                message: format!(
                                    "invalid UTF-8 at byte {valid}; read with replacement characters (offsets refer to the repaired text)"
                                ),
                            });
                            String::from_utf8_lossy(&bytes).into_owned()
                        }
                    };
                    accept(
                        Article {
                            id,
                            text,
                            ..Article::default()
                        },
                        &name,
                        None,
                        &mut on_error,
                    );
                }
                Err(e) => on_error(InputError {
                    path: name,
                    line: None,
                    message: e.to_string(),
                }),
            }
        }
    }
}

/// Reads articles from JSON Lines; a malformed line is reported and skipped.
pub fn read_jsonl(
    reader: impl Read,
    name: &str,
    on_article: &mut dyn FnMut(Article, usize),
    on_error: &mut dyn FnMut(InputError),
) {
    let mut r = BufReader::with_capacity(1 << 16, reader);
    let mut buf = Vec::new();
    let mut line = 0usize;
    loop {
        buf.clear();
        match r.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                on_error(InputError {
                    path: name.to_string(),
                    line: Some(line + 1),
                    message: e.to_string(),
                });
                break;
            }
        }
        line += 1;
        let raw = buf.strip_suffix(b"\n").unwrap_or(&buf);
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let err = |message: String| InputError {
            path: name.to_string(),
            line: Some(line),
            message,
        };
        let text = match std::str::from_utf8(raw) {
            Ok(t) => t,
            Err(e) => {
                on_error(err(format!(
                    "invalid UTF-8 at column {}; line skipped",
                    e.valid_up_to() + 1
                )));
                continue;
            }
        };
        match serde_json::from_str::<Article>(text) {
            Ok(a) if a.id.is_empty() => on_error(err("empty `id`; line skipped".into())),
            Ok(a) => on_article(a, line),
            Err(e) => on_error(err(format!(
                "not an article object ({{\"id\",\"text\"}} required): {e}; line skipped"
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_reports_bad_lines_and_goes_on() {
        let data = b"{\"id\":\"a\",\"text\":\"x\"}\nnot json\n\n{\"id\":\"b\",\"text\":\"y\",\"lang\":\"vi\"}\n{\"id\":\"c\"}\n\xff\n";
        let mut ok = Vec::new();
        let mut bad = Vec::new();
        read_jsonl(&data[..], "in.jsonl", &mut |a, _| ok.push(a.id), &mut |e| {
            bad.push(e)
        });
        assert_eq!(ok, ["a", "b"]);
        let lines: Vec<_> = bad.iter().map(|e| e.line).collect();
        assert_eq!(lines, [Some(2), Some(5), Some(6)]);
        assert!(
            bad[0]
                .to_string()
                .starts_with("in.jsonl:2: not an article object")
        );
    }
}
