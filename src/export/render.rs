//! DOT text -> SVG or PNG file, by piping it through Graphviz's `dot`
//! program and writing the output atomically.

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::str::FromStr;

/// How to install Graphviz, for error messages.
pub const INSTALL_HINT: &str = "install Graphviz: `apt-get install graphviz` (Debian, Ubuntu), \
     `brew install graphviz` (macOS), or see https://graphviz.org/download/";

/// An output format of `dot`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Scalable vector graphics (`-Tsvg`).
    Svg,
    /// Portable network graphics (`-Tpng`).
    Png,
}

impl Format {
    /// The `-T` name and the usual file extension: `svg`, `png`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Png => "png",
        }
    }

    /// The format a file name asks for by its extension, if any.
    pub fn from_path(path: &Path) -> Option<Format> {
        path.extension()?.to_str()?.parse().ok()
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "svg" => Ok(Format::Svg),
            "png" => Ok(Format::Png),
            other => Err(format!(
                "unknown image format {other:?}; expected svg or png"
            )),
        }
    }
}

/// Why rendering failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RenderError {
    /// The `dot` program is not installed or not on `PATH`.
    #[error("cannot render: Graphviz `{program}` was not found on PATH; {INSTALL_HINT}")]
    DotNotFound {
        /// The program that was looked for.
        program: String,
    },
    /// `dot` could not be started for another reason.
    #[error("cannot run `{program}`: {source}")]
    Spawn {
        /// The program.
        program: String,
        /// The error from the operating system.
        #[source]
        source: io::Error,
    },
    /// `dot` ran and failed; `stderr` holds its message.
    #[error("`{program} -T{format}` failed ({status}): {stderr}")]
    DotFailed {
        /// The program.
        program: String,
        /// The requested format.
        format: Format,
        /// The exit status, as text.
        status: String,
        /// What `dot` printed on stderr, trimmed.
        stderr: String,
    },
    /// The image could not be written.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The output path.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: io::Error,
    },
}

/// Renders DOT text to `out` with the `dot` on `PATH`.
///
/// # Errors
///
/// [`RenderError::DotNotFound`] (with install instructions) when Graphviz
/// is missing, [`RenderError::DotFailed`] with `dot`'s message when it
/// rejects the input or the format, [`RenderError::Write`] when the file
/// cannot be written. Nothing is written on error.
pub fn render(dot: &str, format: Format, out: &Path) -> Result<(), RenderError> {
    Renderer::default().render(dot, format, out)
}

/// Runs a Graphviz layout program.
#[derive(Clone, Debug)]
pub struct Renderer {
    program: PathBuf,
}

impl Default for Renderer {
    fn default() -> Self {
        Renderer {
            program: PathBuf::from("dot"),
        }
    }
}

impl Renderer {
    /// A renderer using `program` instead of `dot` (a full path, or another
    /// Graphviz layout such as `neato`).
    pub fn with_program(program: impl Into<PathBuf>) -> Self {
        Renderer {
            program: program.into(),
        }
    }

    /// Whether the program runs (`dot -V` succeeds).
    pub fn is_available(&self) -> bool {
        Command::new(&self.program)
            .arg("-V")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }

    /// Renders DOT text to `out`, atomically; see [`render`].
    ///
    /// # Errors
    ///
    /// See [`render`].
    pub fn render(&self, dot: &str, format: Format, out: &Path) -> Result<(), RenderError> {
        let bytes = self.render_bytes(dot, format)?;
        crate::fsutil::write_atomic(out, &bytes).map_err(|source| RenderError::Write {
            path: out.to_owned(),
            source,
        })
    }

    /// Renders DOT text and returns the image bytes.
    ///
    /// # Errors
    ///
    /// See [`render`], except for writing.
    pub fn render_bytes(&self, dot: &str, format: Format) -> Result<Vec<u8>, RenderError> {
        let program = self.program.display().to_string();
        let mut child = Command::new(&self.program)
            .arg(format!("-T{format}"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|source| match source.kind() {
                io::ErrorKind::NotFound => RenderError::DotNotFound {
                    program: program.clone(),
                },
                _ => RenderError::Spawn {
                    program: program.clone(),
                    source,
                },
            })?;
        // Feed stdin from another thread: `dot` may write (errors, or output
        // for huge graphs) before it has read everything, and a full pipe
        // on both sides would deadlock.
        let mut stdin = child.stdin.take().expect("stdin is piped");
        let input = dot.as_bytes().to_vec();
        let feeder = std::thread::spawn(move || stdin.write_all(&input));
        let output = child
            .wait_with_output()
            .map_err(|source| RenderError::Spawn {
                program: program.clone(),
                source,
            })?;
        // A broken pipe only means `dot` stopped reading; its exit status
        // and stderr say why.
        let fed = feeder.join().unwrap_or(Ok(()));
        if !output.status.success() {
            return Err(RenderError::DotFailed {
                program,
                format,
                status: output.status.to_string(),
                stderr: trim_message(&String::from_utf8_lossy(&output.stderr)),
            });
        }
        if let Err(source) = fed {
            return Err(RenderError::Spawn { program, source });
        }
        Ok(output.stdout)
    }
}

/// At most 2000 characters of a tool's message, trimmed.
fn trim_message(s: &str) -> String {
    let s = s.trim();
    match s.char_indices().nth(2000) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!("SVG".parse::<Format>(), Ok(Format::Svg));
        assert_eq!(Format::from_path(Path::new("g.png")), Some(Format::Png));
        assert_eq!(Format::from_path(Path::new("g.dot")), None);
        assert!("gif".parse::<Format>().unwrap_err().contains("svg or png"));
    }

    #[test]
    fn missing_dot_says_how_to_install() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("g.svg");
        let r = Renderer::with_program("quotegraph-no-such-dot-program");
        assert!(!r.is_available());
        let err = r.render("digraph { a }", Format::Svg, &out).unwrap_err();
        assert!(matches!(err, RenderError::DotNotFound { .. }), "{err:?}");
        let msg = err.to_string();
        for needle in [
            "apt-get install graphviz",
            "brew install graphviz",
            "https://graphviz.org/download/",
        ] {
            assert!(msg.contains(needle), "{msg}");
        }
        assert!(!out.exists());
    }

    #[test]
    fn renders_svg_when_dot_is_installed() {
        let r = Renderer::default();
        if !r.is_available() {
            eprintln!("skipping: Graphviz `dot` is not on PATH");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("g.svg");
        r.render("digraph { a -> b }", Format::Svg, &out).unwrap();
        let svg = std::fs::read_to_string(&out).unwrap();
        assert!(svg.contains("<svg"), "{svg}");
    }

    #[test]
    fn bad_dot_reports_dots_message_and_writes_nothing() {
        let r = Renderer::default();
        if !r.is_available() {
            eprintln!("skipping: Graphviz `dot` is not on PATH");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("g.svg");
        let err = r.render("digraph { a -> }", Format::Svg, &out).unwrap_err();
        assert!(matches!(err, RenderError::DotFailed { .. }), "{err:?}");
        assert!(err.to_string().contains("syntax error"), "{err}");
        assert!(!out.exists());
    }
}
