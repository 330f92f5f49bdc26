//! The `quotegraph` command: a thin layer over the library.

use std::process::ExitCode;

/// mimalloc instead of glibc malloc: the miner allocates many short-lived
/// strings (glibc's malloc and free took about an eighth of its time), and
/// on big builds freed memory is reused across threads instead of staying
/// in the mining threads' arenas (docs/PERFORMANCE.md, "Miner, session 5"
/// and "Scale, session 5").
/// (`--features system-alloc` keeps the system allocator, for heaptrack.)
#[cfg(not(feature = "system-alloc"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    match quotegraph::cli::run(std::env::args_os()) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            // A closed pipe (`quotegraph mine … | head`) is a normal end.
            if err
                .chain()
                .filter_map(|e| e.downcast_ref::<std::io::Error>())
                .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("quotegraph: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
