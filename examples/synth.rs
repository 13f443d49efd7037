//! Prints a large synthetic scenario (see `laget::synth`):
//!
//!     cargo run --release --example synth -- --scenes 10000 --seed 1 > /tmp/synth.ron

fn main() {
    let mut scenes: usize = 1000;
    let mut seed: u64 = 1;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let v = args.next();
        let parsed = v.as_deref().and_then(|v| v.parse::<u64>().ok());
        match (a.as_str(), parsed) {
            ("--scenes", Some(n)) if n >= 4 => scenes = n as usize,
            ("--seed", Some(s)) => seed = s,
            _ => {
                eprintln!("usage: synth [--scenes N (at least 4)] [--seed S]");
                std::process::exit(2);
            }
        }
    }
    print!("{}", laget::synth::scenario(scenes, seed));
}
