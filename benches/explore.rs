//! `cargo bench --bench explore`: what one walk of `laget explore` costs as the scenario grows
//! around it (issue 13: the cost of a walk must follow the walk, not the scenario's size).
//!
//! "The same walks" at every size: each scenario is the same small story — the synthetic
//! scenario of 20 scenes, seed 1 (`laget::synth`), about 19 choices a walk — followed by
//! padding scenes that no walk can reach (a chain of decisions, two choices each, that nothing
//! points into), so that the 1,000-scene and the 100,000-scene scenario differ only in scenes
//! and choices the walks never see. A short story is the hard case: whatever a walk does per
//! scene of the scenario weighs most against a walk that does little. The setup checks that the walks really are the same (same steps, endings and score
//! spreads at every size) before it measures anything.
//!
//! The walks alone are measured: no dead-choice probes and no naive strategies. Both are
//! budgets of their own rather than costs per walk (probes stop at a number per decision point
//! and at the walks' steps plus a million, strategies at 1,000 plays each), and both copy the
//! state the same way the walks reset it (`State::copy_from`, `State::reset`); `laget explore`
//! on the padded files, with everything, is measured in docs/performance.md as well.
//!
//! Each size is measured at two numbers of walks. The difference between the two, divided by
//! the difference in walks, is the cost of one walk; what does not depend on the walks (the
//! report lists every unreached scene and choice, which does grow with the scenario) falls
//! out. docs/performance.md ("Explore: cost per walk") has the figures.

use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use laget::engine::Drill;
use laget::explore::{Options, Report, explore};
use laget::scenario::load::load_bytes;

/// The story every walk plays: the 20-scene synthetic scenario.
const STORY_SCENES: usize = 20;

/// The story, padded with unreachable decisions to `total` scenes.
fn padded(total: usize) -> Drill {
    let story = laget::synth::scenario(STORY_SCENES, 1);
    let mut padding = String::new();
    for i in 0..total.saturating_sub(STORY_SCENES) {
        padding.push_str(&format!(
            "        Decision(id: \"p{i}\", role: \"pedagogisk_leder\", text: \"Utenfor {i}.\", choices: [\n            \
             Choice(id: \"a\", text: \"A.\", next: \"{next}\", elapsed: Minutes(1)),\n            \
             Choice(id: \"b\", text: \"B.\", next: \"slutt\", elapsed: Minutes(1)),\n        ]),\n",
            next = if i + 1 + STORY_SCENES < total { format!("p{}", i + 1) } else { "slutt".into() },
        ));
    }
    // The padding goes before the endings, after the story's own scenes.
    let anchor = "        Ending(id: \"slutt\"";
    assert_eq!(
        story.matches(anchor).count(),
        1,
        "the synthetic scenario has one ending `slutt`"
    );
    let text = story.replacen(anchor, &format!("{padding}{anchor}"), 1);
    let (source, scenario) = load_bytes("bench.ron", text.into_bytes()).expect("loads");
    let d = Drill::new(source, scenario);
    assert_eq!(d.graph.scenes.len(), total.max(STORY_SCENES));
    d
}

/// What the walks did, without what depends on the scenario's size (unreached lists).
fn walked(r: &Report) -> String {
    format!(
        "{} {} {:?} {:?} {:?} {:?}",
        r.walks, r.steps, r.endings, r.scores, r.best_path, r.worst_path
    )
}

fn per_walk(c: &mut Criterion) {
    let mut g = c.benchmark_group("explore_walk");
    g.sample_size(10).measurement_time(Duration::from_secs(3));
    let sizes = [1_000usize, 100_000];
    let drills: Vec<Drill> = sizes.iter().map(|&n| padded(n)).collect();
    for walks in [20_000u64, 100_000] {
        let opts = Options {
            walks,
            probes_per_scene: 0,
            strategy_plays: 0,
            ..Options::default()
        };
        let first = walked(&explore(&drills[0], &opts).expect("explores"));
        for (d, n) in drills.iter().zip(sizes) {
            let r = explore(d, &opts).expect("explores");
            assert_eq!(
                walked(&r),
                first,
                "the walks at {n} scenes are the walks at {}",
                sizes[0]
            );
            g.throughput(Throughput::Elements(walks));
            g.bench_with_input(BenchmarkId::new(format!("scenes_{n}"), walks), &opts, |b, o| {
                b.iter(|| explore(d, o))
            });
        }
    }
    g.finish();
}

criterion_group!(benches, per_walk);
criterion_main!(benches);
