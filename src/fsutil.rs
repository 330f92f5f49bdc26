//! File system helpers: bytes -> temp file in the target's folder -> rename,
//! so a reader never sees a half-written output.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

/// Writes `bytes` to `path` atomically.
///
/// The bytes go to a temporary file in the same directory, which is flushed,
/// synced and then renamed over `path`. A crash or a full disk leaves either
/// the old file or the new one, never a truncated mix. The directory must
/// exist.
///
/// A file that already exists keeps its permissions; a new file gets the
/// permissions `fs::write` would give it (`0o666` minus the umask on Unix),
/// not the `0o600` of a bare temporary file.
///
/// # Errors
///
/// Any I/O error from creating, writing, syncing or renaming; the message
/// names `path`. The temporary file is removed on failure.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// [`write_atomic`] for output written piece by piece: `write` gets a
/// buffered writer on the temporary file, so a big output never has to be
/// held in memory whole.
///
/// # Errors
///
/// As [`write_atomic`], and the error of `write`.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let dir = parent_dir(path);
    let with_path = |e: io::Error| io::Error::new(e.kind(), format!("{}: {e}", path.display()));

    let mut builder = tempfile::Builder::new();
    builder.prefix(".quotegraph-").suffix(".tmp");
    let existing = fs::metadata(path).ok().filter(|m| m.is_file());
    if let Some(meta) = &existing {
        builder.permissions(meta.permissions());
    } else {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(fs::Permissions::from_mode(0o666));
        }
    }
    let mut tmp = builder.tempfile_in(dir).map_err(with_path)?;
    {
        let mut buffered = io::BufWriter::with_capacity(1 << 20, tmp.as_file_mut());
        write(&mut buffered).map_err(with_path)?;
        buffered.flush().map_err(with_path)?;
    }
    tmp.as_file().sync_all().map_err(with_path)?;
    tmp.persist(path).map_err(|e| with_path(e.error))?;
    sync_dir(dir);
    Ok(())
}

/// Creates `dir` (and its parents) if needed and checks that a file can be
/// created in it.
///
/// Call it before long work starts, so that a typo in an output path fails
/// at once instead of after the whole corpus has been processed.
///
/// # Errors
///
/// The I/O error from creating the directory or the probe file, with the
/// directory in the message; also an error when `dir` exists and is not a
/// directory.
pub fn ensure_writable_dir(dir: &Path) -> io::Result<()> {
    let with_dir = |e: io::Error| io::Error::new(e.kind(), format!("{}: {e}", dir.display()));
    fs::create_dir_all(dir).map_err(with_dir)?;
    // The probe is a real file in `dir`: permission bits alone do not tell
    // about read-only mounts, ACLs or a full disk.
    let probe = tempfile::Builder::new()
        .prefix(".quotegraph-probe-")
        .tempfile_in(dir)
        .map_err(|e| with_dir(io::Error::new(e.kind(), format!("not writable: {e}"))))?;
    probe.close().map_err(with_dir)
}

/// The directory a file lives in; `.` for a bare file name.
fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Makes the rename durable. Best effort: some file systems refuse to sync a
/// directory, and the data itself is already on disk.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn writes_new_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.json");
        write_atomic(&path, b"{}\n").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"{}\n");
        assert_eq!(entries(dir.path()), vec!["graph.json"]);
    }

    #[test]
    fn replaces_existing_file_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.dot");
        fs::write(&path, "old contents that are longer").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(entries(dir.path()), vec!["out.dot"]);
    }

    #[cfg(unix)]
    #[test]
    fn keeps_permissions_of_existing_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.json");
        fs::write(&path, "a").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&path, b"b").unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }

    #[cfg(unix)]
    #[test]
    fn new_file_is_not_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.json");
        write_atomic(&path, b"b").unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        // Whatever the umask, the owner can read and write; a plain temp file
        // would be exactly 0o600, a normal new file is usually 0o644.
        assert_eq!(mode & 0o600, 0o600);
        let reference = dir.path().join("reference");
        fs::write(&reference, "r").unwrap();
        let expected = fs::metadata(&reference).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, expected);
    }

    #[test]
    fn missing_directory_is_an_error_naming_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no/such/dir/graph.json");
        let err = write_atomic(&path, b"x").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::NotFound);
        assert!(err.to_string().contains("graph.json"), "{err}");
    }

    #[test]
    fn bare_file_name_uses_current_directory() {
        assert_eq!(parent_dir(Path::new("graph.json")), Path::new("."));
        assert_eq!(parent_dir(Path::new("out/graph.json")), Path::new("out"));
    }

    #[test]
    fn ensure_writable_dir_creates_nested_dirs_and_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("a/b/c");
        ensure_writable_dir(&out).unwrap();
        assert!(out.is_dir());
        assert!(entries(&out).is_empty());
        // Idempotent.
        ensure_writable_dir(&out).unwrap();
    }

    #[test]
    fn ensure_writable_dir_rejects_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plain");
        fs::write(&file, "x").unwrap();
        let err = ensure_writable_dir(&file).unwrap_err();
        assert!(err.to_string().contains("plain"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn ensure_writable_dir_rejects_read_only_dir() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let ro = dir.path().join("ro");
        fs::create_dir(&ro).unwrap();
        fs::set_permissions(&ro, fs::Permissions::from_mode(0o555)).unwrap();
        // root ignores permission bits; the check is meaningless then.
        let probe = fs::File::create(ro.join("p"));
        if probe.is_ok() {
            eprintln!("skipping: running with privileges that ignore mode bits");
            return;
        }
        let err = ensure_writable_dir(&ro).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::PermissionDenied);
        assert!(err.to_string().contains("not writable"), "{err}");
        fs::set_permissions(&ro, fs::Permissions::from_mode(0o755)).unwrap();
    }
}

/// Removes temporary files that an interrupted run left in `dir`
/// (`.quotegraph-*.tmp`, written by [`write_atomic`] before the rename).
/// Returns how many were removed. Call it before writing into `dir`; two
/// runs writing into one folder at once are not supported anyway.
pub fn remove_stale_temps(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for e in entries.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(".quotegraph-")
            && name.ends_with(".tmp")
            && e.file_type().is_ok_and(|t| t.is_file())
            && std::fs::remove_file(e.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

#[cfg(test)]
mod stale_tests {
    use super::*;

    #[test]
    fn stale_temps_are_removed_and_outputs_kept() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".quotegraph-abc123.tmp"), b"half").unwrap();
        std::fs::write(dir.path().join("graph.json"), b"{}").unwrap();
        assert_eq!(remove_stale_temps(dir.path()), 1);
        assert!(dir.path().join("graph.json").exists());
        assert!(!dir.path().join(".quotegraph-abc123.tmp").exists());
    }
}
