//! Resolution, graph building and flag detection over a mined synthetic
//! corpus: `cargo bench --bench pipeline`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use quotegraph::lexicon::Lexicons;
use quotegraph::model::Article;
use quotegraph::synth::{self, SynthOptions};
use std::hint::black_box;
use std::time::Duration;

fn bench(c: &mut Criterion) {
    let o = SynthOptions {
        articles: 2000,
        seed: 42,
        vi_share: 0.2,
        gold: None,
    };
    let arts: Vec<Article> = (0..o.articles)
        .map(|i| synth::article(&o, i).article)
        .collect();
    let mined = quotegraph::pipeline::mine_articles(&arts, Lexicons::embedded());
    let mut meta = arts.clone();
    for a in &mut meta {
        a.text = String::new();
    }
    let records: Vec<quotegraph::model::Record> = meta
        .iter()
        .cloned()
        .zip(mined.iter().cloned())
        .map(|(mut a, m)| {
            a.lang.get_or_insert_with(|| m.lang.clone());
            quotegraph::pipeline::record(a, m)
        })
        .collect();
    let resolved = quotegraph::resolve::resolve(&mined);
    let graph = quotegraph::pipeline::graph(&meta, &resolved);

    let mut g = c.benchmark_group("pipeline-500-articles");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(4))
        .warm_up_time(Duration::from_secs(1));
    g.throughput(Throughput::Elements(arts.len() as u64));
    g.bench_function("resolve", |b| {
        b.iter(|| quotegraph::resolve::resolve(black_box(&mined)))
    });
    g.bench_function("graph", |b| {
        b.iter(|| quotegraph::pipeline::graph(black_box(&meta), black_box(&resolved)))
    });
    g.bench_function("flags", |b| {
        b.iter(|| quotegraph::flags::detect(black_box(&graph)))
    });
    g.bench_function("reduce (records -> resolve -> graph)", |b| {
        b.iter_batched(
            || records.clone(),
            |r| quotegraph::pipeline::reduce(r, |_| Ok::<(), ()>(())).map(|(_, g)| g.node_count()),
            criterion::BatchSize::LargeInput,
        )
    });
    g.bench_function("exports (graph.json, graph.dot, graph.graphml)", |b| {
        b.iter(|| {
            let mut sink = std::io::sink();
            quotegraph::export::json::write_to(black_box(&graph), &mut sink).unwrap();
            quotegraph::export::dot::write_to(&graph, &mut sink).unwrap();
            quotegraph::export::graphml::write_to(&graph, &mut sink).unwrap();
        })
    });
    g.bench_function("resolve+graph+flags", |b| {
        b.iter(|| {
            let r = quotegraph::resolve::resolve(black_box(&mined));
            let gr = quotegraph::pipeline::graph(&meta, &r);
            quotegraph::flags::detect(&gr).len()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
