fn main() {
    // A bug must not look like a crash to a facilitator in front of a room: say what happened
    // and exit 1 (the contract never uses 101). The terminal UI adds its own hook on top that
    // first puts the terminal back.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("laget: internal error: {info}");
        eprintln!("laget: if a drill was running, every decision so far is saved: `laget resume --latest`.");
    }));
    let code = std::panic::catch_unwind(laget::cli::main).unwrap_or(1);
    std::process::exit(code);
}
