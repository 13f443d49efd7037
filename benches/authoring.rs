//! `cargo bench`: checking a large synthetic scenario, and exploring (random walks).
//! Kept short (10 samples, two seconds each) so the whole run takes well under a minute.

use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use laget::engine::Drill;
use laget::explore::{Options, explore};
use laget::scenario::load::load_bytes;

fn drill(text: &str) -> Drill {
    let (source, scenario) = load_bytes("bench.ron", text.as_bytes().to_vec()).expect("loads");
    Drill::new(source, scenario)
}

fn check(c: &mut Criterion) {
    let mut g = c.benchmark_group("check");
    g.sample_size(10).measurement_time(Duration::from_secs(2));
    for scenes in [1_000usize, 10_000] {
        let text = laget::synth::scenario(scenes, 1);
        g.throughput(Throughput::Elements(scenes as u64));
        g.bench_function(format!("synth_{scenes}_scenes"), |b| {
            b.iter(|| {
                let (source, scenario) = load_bytes("bench.ron", text.as_bytes().to_vec()).expect("loads");
                laget::check::validate(&source, &scenario)
            })
        });
    }
    g.finish();
}

fn walks(c: &mut Criterion) {
    let mut g = c.benchmark_group("explore");
    g.sample_size(10).measurement_time(Duration::from_secs(2));
    let fixture = drill(include_str!("../tests/fixtures/valid/liten-uro.nb.ron"));
    let synth = drill(&laget::synth::scenario(200, 1));
    for (name, d) in [("fixture", &fixture), ("synth_200", &synth)] {
        let opts = Options {
            walks: 10_000,
            ..Options::default()
        };
        let steps = explore(d, &opts).expect("explores").steps;
        g.throughput(Throughput::Elements(steps));
        g.bench_function(format!("{name}_10000_walks"), |b| b.iter(|| explore(d, &opts)));
    }
    g.finish();
}

criterion_group!(benches, check, walks);
criterion_main!(benches);
