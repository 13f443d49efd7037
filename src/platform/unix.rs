//! The Unix side of `platform`: file modes, `O_NOFOLLOW`, `fsync` on folders, signal-hook.

use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;

pub fn create_private_dir(p: &Path) -> std::io::Result<()> {
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(p)
}

pub fn private_dir(p: &Path) {
    let _ = std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o700));
}

pub fn private_file(p: &Path) {
    let _ = std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o600));
}

pub fn open_lock_file(p: &Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW)
        .open(p)
}

pub fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

pub fn on_termination(f: impl FnOnce() + Send + 'static) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    // SIGINT and SIGQUIT too: in raw mode Ctrl-C is a key, but another process (or `kill`) can
    // still send them, and their default action would leave the terminal raw.
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT]) else {
        return;
    };
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            f();
        }
    });
}
