//! `cargo bench`: checking a large synthetic scenario, clean and with a warning, and exploring
//! (random walks). Kept short (10 samples each); the 100,000-scene cases take most of the
//! run, about a minute: `cargo bench -- 10000_scenes` leaves them out.

use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use laget::engine::Drill;
use laget::explore::{Options, explore};
use laget::scenario::load::load_bytes;

fn drill(text: &str) -> Drill {
    let (source, scenario) = load_bytes("bench.ron", text.as_bytes().to_vec()).expect("loads");
    Drill::new(source, scenario)
}

/// A synthetic scenario with one warning (L505, a flag nothing sets or reads): the check
/// then places its diagnostics, which indexes every string literal of the file.
fn with_warning(text: &str) -> String {
    text.replacen("flags: [", "flags: [\"ubrukt\", ", 1)
}

/// `laget check` of one file in-process: read with `ron`, validated, diagnostics placed.
/// Targets (docs/performance.md): 10,000 scenes under 300 ms, 100,000 under 3 s, clean or not.
fn check(c: &mut Criterion) {
    let mut g = c.benchmark_group("check");
    g.sample_size(10).measurement_time(Duration::from_secs(2));
    for scenes in [1_000usize, 10_000, 100_000] {
        let clean = laget::synth::scenario(scenes, 1);
        let warned = with_warning(&clean);
        g.throughput(Throughput::Elements(scenes as u64));
        for (kind, text) in [("clean", &clean), ("warning", &warned)] {
            g.bench_function(format!("synth_{scenes}_scenes_{kind}"), |b| {
                b.iter(|| {
                    let (source, scenario) = load_bytes("bench.ron", text.as_bytes().to_vec()).expect("loads");
                    let found = laget::check::validate(&source, &scenario);
                    assert_eq!(found.len(), usize::from(kind == "warning"));
                    found
                })
            });
        }
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
