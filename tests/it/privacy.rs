//! Privacy by construction: no HTTP, TLS, DNS or async-network crate anywhere in the lock file,
//! so the program cannot send a drill's contents anywhere.

#[test]
fn no_network_crates_in_the_dependency_tree() {
    let lock = std::fs::read_to_string(crate::support::root().join("Cargo.lock")).unwrap();
    let names: Vec<&str> = lock
        .lines()
        .filter_map(|l| l.strip_prefix("name = \"")?.strip_suffix('"'))
        .collect();
    assert!(names.len() > 50, "the lock file was read");
    let banned = [
        "reqwest",
        "hyper",
        "ureq",
        "curl",
        "curl-sys",
        "tokio",
        "async-std",
        "native-tls",
        "rustls",
        "openssl",
        "h2",
        "http",
        "isahc",
        "surf",
        "attohttpc",
        "trust-dns-resolver",
        "hickory-resolver",
        "socket2",
    ];
    let found: Vec<&&str> = names.iter().filter(|n| banned.contains(n)).collect();
    assert!(found.is_empty(), "network crates in the tree: {found:?}");
}
