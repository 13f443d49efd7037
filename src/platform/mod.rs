//! What differs between Unix and Windows, in one place: private files and folders, the lock
//! file, syncing a folder after a rename, and the events that end the program from outside.
//! Each function means the same on both; `unix.rs` and `windows.rs` say how. This module uses
//! nothing else in the crate (the bottom layer), so the store and the front ends can call it.
//!
//! Windows builds (`x86_64-pc-windows-gnu`) are checked by `.ci/run` with clippy; they are not
//! run there. What each function does on Windows is in `docs/reliability.md`, "On Windows".

use std::path::Path;

#[cfg(unix)]
mod unix;
#[cfg(unix)]
use unix as imp;

#[cfg(windows)]
mod windows;
#[cfg(windows)]
use windows as imp;

#[cfg(not(any(unix, windows)))]
compile_error!("laget is built for Unix and Windows only (src/platform has no other implementation)");

/// Creates a directory and any missing parents, readable by the user only: 0700 on Unix; on
/// Windows the folder inherits its parent's access list (in the user's profile: the user,
/// SYSTEM and administrators). Folders that already exist are left as they are.
pub fn create_private_dir(p: &Path) -> std::io::Result<()> {
    imp::create_private_dir(p)
}

/// Makes an existing directory readable by the user only (0700 on Unix; nothing to do on
/// Windows, see `create_private_dir`). Best effort: a folder the user does not own keeps its
/// mode, and writing into it still works or fails on its own.
pub fn private_dir(p: &Path) {
    imp::private_dir(p)
}

/// Makes an existing file readable by the user only (0600 on Unix; on Windows a new file
/// inherits its folder's access list, which is already the user's alone in the profile).
/// Best effort, like `private_dir`.
pub fn private_file(p: &Path) {
    imp::private_file(p)
}

/// Opens (creating it if need be) a lock file for `File::try_lock`, never through a link: a
/// link planted at `p` could otherwise make `laget` create or lock a file elsewhere. On Unix
/// `O_NOFOLLOW` (a link is refused with `ELOOP`); on Windows the link itself is opened and
/// refused, and the file cannot be deleted or renamed while it is open.
pub fn open_lock_file(p: &Path) -> std::io::Result<std::fs::File> {
    imp::open_lock_file(p)
}

/// Makes a rename inside `dir` durable (Unix: `fsync` on the folder). On Windows NTFS journals
/// the rename itself and a folder cannot be opened as a file, so there is nothing to do. Best
/// effort: the renamed file is complete either way, and a failure here leaves at worst the
/// previous complete file after a power cut.
pub fn sync_dir(dir: &Path) {
    imp::sync_dir(dir)
}

/// Runs `f` once, on a thread of its own, when the program is told to end from outside: on
/// Unix SIGTERM, SIGHUP (a closed terminal, a dropped SSH connection), SIGINT and SIGQUIT; on
/// Windows the console's Ctrl-C, Ctrl-Break, close, logoff and shutdown events. `f` is meant
/// to put the terminal back and exit. If no handler can be installed (on Windows `ctrlc`
/// takes one per process), the program runs on without: the session is saved all the same.
pub fn on_termination(f: impl FnOnce() + Send + 'static) {
    imp::on_termination(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two opens of one lock file are two holders, as two processes are: the second
    /// `try_lock` must fail while the first holds it (`flock` on Unix, `LockFileEx` on Windows).
    #[test]
    fn a_held_lock_refuses_a_second_holder_until_it_is_let_go() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(".s.lock");
        let first = open_lock_file(&p).unwrap();
        first.try_lock().unwrap();
        let second = open_lock_file(&p).unwrap();
        assert!(matches!(second.try_lock(), Err(std::fs::TryLockError::WouldBlock)));
        drop(first);
        second.try_lock().expect("free once the first handle is closed");
    }

    /// A link planted where the lock file goes is refused, and nothing is created at its target.
    #[cfg(unix)]
    #[test]
    fn a_lock_file_that_is_a_link_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("elsewhere");
        let p = dir.path().join(".s.lock");
        std::os::unix::fs::symlink(&target, &p).unwrap();
        assert!(open_lock_file(&p).is_err());
        assert!(!target.exists(), "no file was created through the link");
    }
}
