//! Where `laget check` spends its time and memory, phase by phase, on one file:
//! `cargo run --release --example phases -- FILE`. Heap figures come from a counting
//! allocator (live bytes, and the peak within each phase); docs/performance.md uses them.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(l) };
        if !p.is_null() {
            let now = LIVE.fetch_add(l.size(), Relaxed) + l.size();
            PEAK.fetch_max(now, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { System.dealloc(p, l) };
        LIVE.fetch_sub(l.size(), Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        let q = unsafe { System.realloc(p, l, new) };
        if !q.is_null() {
            LIVE.fetch_sub(l.size(), Relaxed);
            let now = LIVE.fetch_add(new, Relaxed) + new;
            PEAK.fetch_max(now, Relaxed);
        }
        q
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn mb(b: usize) -> String {
    format!("{:.1} MB", b as f64 / 1e6)
}

/// Runs a phase, printing its time, the heap after it and the peak during it.
fn phase<T>(name: &str, f: impl FnOnce() -> T) -> T {
    PEAK.store(LIVE.load(Relaxed), Relaxed);
    let t = Instant::now();
    let out = f();
    let took = t.elapsed();
    println!(
        "{name:<28} {:>8.1} ms   heap after {:>9}   peak {:>9}",
        took.as_secs_f64() * 1e3,
        mb(LIVE.load(Relaxed)),
        mb(PEAK.load(Relaxed))
    );
    out
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: phases FILE");
        std::process::exit(2);
    };
    sizes();
    let bytes = phase("read", || std::fs::read(&path).expect("readable file"));
    // The two parts of loading on their own: the lexer's guards, then ron.
    let text = std::str::from_utf8(&bytes).expect("UTF-8");
    let found = phase("  guards (lexer, one pass)", || {
        laget::source::guard::check(text, laget::scenario::load::MAX_DEPTH)
    });
    assert_eq!(found, Default::default(), "no control character, not too deep");
    let model = phase("  ron", || {
        laget::scenario::load::ron_options()
            .from_str::<laget::scenario::Scenario>(text)
            .expect("parses")
    });
    drop(model);
    let (source, scenario) = phase("load_bytes (both, and roles)", || {
        laget::scenario::load::load_bytes(&path, bytes).expect("a scenario that parses")
    });
    let names = phase("id tables", || laget::check::phases::names(&scenario));
    phase("references", || {
        laget::check::phases::references(&source, &scenario, &names)
    });
    phase("story graph", || {
        laget::check::phases::story_graph(&source, &scenario, &names)
    });
    let g = phase("compile graph", || laget::engine::graph::Graph::new(&scenario));
    println!("  the exemplary path has {} steps", g.exemplary.len());
    let st = phase("  play", || laget::engine::exemplary::play(&g).expect("legal"));
    let sc = phase("  score", || laget::score::score(&g, &st));
    drop(sc);
    drop(st);
    drop(g);
    phase("exemplary check (all three)", || {
        laget::check::phases::exemplary(&source, &scenario)
    });
    drop(names);
    let diagnostics = phase("validate (all of the above)", || {
        laget::check::validate(&source, &scenario)
    });
    println!("{} diagnostics", diagnostics.len());
}

/// The sizes of the structures there are many of in a large scenario.
fn sizes() {
    use laget::engine::graph::{GChoice, GScene};
    use laget::scenario::model::{Choice, Condition, Effect, Scene};
    println!(
        "bytes each: Scene {}, Choice {}, Condition {}, Effect {}; compiled: scene {}, choice {}",
        size_of::<Scene>(),
        size_of::<Choice>(),
        size_of::<Condition>(),
        size_of::<Effect>(),
        size_of::<GScene>(),
        size_of::<GChoice>()
    );
}
