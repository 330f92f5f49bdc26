//! Rebuilds the crate when a lexicon changes: the lexicons under
//! `data/lexicons` are embedded with `include_dir!`, which Cargo does not
//! track by itself.

fn main() {
    println!("cargo:rerun-if-changed=data/lexicons");
    println!("cargo:rerun-if-changed=build.rs");
}
