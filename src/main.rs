fn main() {
    std::process::exit(laget::cli::main());
}
