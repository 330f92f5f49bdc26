//! Miner throughput (bytes of article text per second) over a fixed
//! synthetic corpus: `cargo bench --bench mine`. One thread, and two threads
//! (a rayon pool of 2 over the articles) for the scaling. Whole runs with
//! reading and writing: `docs/PERFORMANCE.md`, "Miner throughput".

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use quotegraph::lexicon::Lexicons;
use quotegraph::model::Article;
use quotegraph::synth::{self, SynthOptions};
use rayon::prelude::*;
use std::hint::black_box;
use std::time::Duration;

fn corpus(vi_share: f64) -> Vec<Article> {
    let o = SynthOptions {
        articles: 500,
        seed: 42,
        vi_share,
        gold: None,
    };
    (0..o.articles)
        .map(|i| synth::article(&o, i).article)
        .collect()
}

fn bench(c: &mut Criterion) {
    let all = Lexicons::embedded();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .expect("a pool of two threads");
    let mut g = c.benchmark_group("mine");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(4))
        .warm_up_time(Duration::from_secs(1));
    for (name, vi) in [("en", 0.0), ("mixed-20pct-vi", 0.2)] {
        let arts = corpus(vi);
        let bytes: usize = arts.iter().map(|a| a.text.len()).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(format!("one-thread/{name}"), |b| {
            b.iter(|| {
                let mut n = 0;
                for a in &arts {
                    n += quotegraph::mine::mine_with(black_box(a), all).quotes.len();
                }
                n
            })
        });
        g.bench_function(format!("two-threads/{name}"), |b| {
            b.iter(|| {
                pool.install(|| {
                    arts.par_iter()
                        .map(|a| quotegraph::mine::mine_with(black_box(a), all).quotes.len())
                        .sum::<usize>()
                })
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
