//! Stage probes for performance work: with `QUOTEGRAPH_PROBE=1` in the
//! environment, [`at`] records the process's CPU time (user + system, all
//! threads), its resident memory and its peak so far, with a label; the
//! command line prints the records ([`take`]) to stderr when the command
//! ends (only the CLI prints). Without the variable it does nothing (one
//! cached check), and it never changes any output file.

use std::sync::{Mutex, OnceLock};
use std::time::Instant;

fn enabled() -> Option<&'static Instant> {
    static START: OnceLock<Option<Instant>> = OnceLock::new();
    START
        .get_or_init(|| std::env::var_os("QUOTEGRAPH_PROBE").map(|_| Instant::now()))
        .as_ref()
}

static RECORDS: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// The probe lines recorded so far, in order; empties the record.
pub fn take() -> Vec<String> {
    std::mem::take(&mut *RECORDS.lock().unwrap_or_else(|e| e.into_inner()))
}

/// Records `label` with CPU seconds, RSS and peak RSS (MB) when
/// `QUOTEGRAPH_PROBE` is set.
pub fn at(label: &str) {
    let Some(start) = enabled() else {
        return;
    };
    let cpu = std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            let rest = s.rsplit_once(") ")?.1;
            let f: Vec<&str> = rest.split(' ').collect();
            let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
            Some(ticks / 100.0)
        })
        .unwrap_or(f64::NAN);
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = |key: &str| {
        status
            .lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
            .map_or(f64::NAN, |k| k / 1024.0)
    };
    let line = format!(
        "probe {label:<28} wall {:>8.2} s  cpu {cpu:>8.2} s  rss {:>7.0} MB  peak {:>7.0} MB",
        start.elapsed().as_secs_f64(),
        kb("VmRSS:"),
        kb("VmHWM:")
    );
    RECORDS.lock().unwrap_or_else(|e| e.into_inner()).push(line);
}
