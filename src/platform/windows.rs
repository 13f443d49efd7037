//! The Windows side of `platform`. Files and folders get their privacy from the access list
//! they inherit, the lock is `LockFileEx`, and the console's control events take the place of
//! signals.

use std::os::windows::fs::OpenOptionsExt;
use std::path::Path;

use windows_sys::Win32::Storage::FileSystem::{FILE_FLAG_OPEN_REPARSE_POINT, FILE_SHARE_READ, FILE_SHARE_WRITE};

/// Windows has no mode bits: a new file or folder inherits the access list of its parent.
/// Under the user's profile (`%APPDATA%`, where the data directory is unless `--home` says
/// otherwise) that list grants the user, SYSTEM and administrators only — the same people
/// as 0700/0600 plus root on Unix. A `--home` elsewhere has that folder's list.
pub fn create_private_dir(p: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(p)
}

pub fn private_dir(_: &Path) {}

pub fn private_file(_: &Path) {}

/// `FILE_FLAG_OPEN_REPARSE_POINT` opens a symbolic link or junction itself instead of its
/// target (Windows's nearest thing to `O_NOFOLLOW`, which std also uses for `create_new`);
/// a link found there is then refused, as `ELOOP` refuses it on Unix. The share mode leaves
/// out `FILE_SHARE_DELETE` (which std grants by default): while a `laget` holds the lock, the
/// file can be opened (and the lock tried) by another, but not deleted or renamed, so no
/// second `laget` can lock a fresh file under the same name.
pub fn open_lock_file(p: &Path) -> std::io::Result<std::fs::File> {
    let f = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .share_mode(FILE_SHARE_READ | FILE_SHARE_WRITE)
        .custom_flags(FILE_FLAG_OPEN_REPARSE_POINT)
        .open(p)?;
    if f.metadata()?.file_type().is_symlink() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "the lock file is a link; laget locks only a file of its own",
        ));
    }
    Ok(f)
}

/// NTFS logs the rename in its journal; `std::fs::File::open` cannot open a folder on Windows
/// (that needs `FILE_FLAG_BACKUP_SEMANTICS`), and `FlushFileBuffers` on a folder is not a
/// documented way to make a rename durable. The renamed file was flushed before the rename.
pub fn sync_dir(_: &Path) {}

/// `ctrlc` installs a console control handler (`SetConsoleCtrlHandler`) that sees every
/// event: Ctrl-C (in raw mode a key, as on Unix, unless another process sends it), Ctrl-Break,
/// the console window closed, logoff and shutdown. Its `termination` feature only adds Unix
/// signals, so it is not needed here. For a closed window, logoff and shutdown Windows ends
/// the process soon after the handler returns, so `f` may not finish: the console is going
/// away then, and every decision is already saved.
pub fn on_termination(f: impl FnOnce() + Send + 'static) {
    let once = std::sync::Mutex::new(Some(f));
    let _ = ctrlc::set_handler(move || {
        let f = once.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(f) = f {
            f();
        }
    });
}
