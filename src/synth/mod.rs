//! Synthetic news corpora with known quotes, speakers, aliases and planted
//! conflicts, deterministic per seed (for benchmarks and flag accuracy).
//! Placeholder: the generator lands with issue 5.

use std::io::{self, Write};
use std::path::PathBuf;

/// What to generate.
#[derive(Clone, Debug)]
pub struct SynthOptions {
    /// Number of articles.
    pub articles: usize,
    /// Random seed: the same seed gives the same corpus.
    pub seed: u64,
    /// Share of Vietnamese articles, 0 to 1.
    pub vi_share: f64,
    /// Folder for the gold files (quotes.jsonl, entities.json, flags.json).
    pub gold: Option<PathBuf>,
}

/// Writes the corpus as JSON Lines to `out`.
pub fn generate(opts: &SynthOptions, out: &mut dyn Write) -> io::Result<()> {
    let _ = (opts, out);
    Err(io::Error::other("synth: not built yet"))
}
