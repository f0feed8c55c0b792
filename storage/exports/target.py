"""Where an export may be written, and the one way every exporter writes it.

An export never touches a study: it is refused (VeldwerkError, nothing written) when the target is
- inside any study folder (the open one or another: a folder holding `study.json`, or named `*.veldwerk`),
  so `--out STUDY/study.db --force` cannot replace the encrypted database with a plaintext file;
- an existing thing that is not a regular file (a device such as /dev/full, a pipe, a socket, a
  symbolic link) — `--force` overwrites regular files only;
- a folder, or in a folder that does not exist.

`write_atomically(out, write)` writes through a temporary file in the target folder (created 0600,
readable by the researcher only) and renames it into place, so a failed export leaves no half file
and every export, whatever the format, is 0600.
"""
import os
import stat
import tempfile
from pathlib import Path

from storage.errors import VeldwerkError

EXPORT_MODE = 0o600


def study_folder_above(path: Path) -> Path | None:
    """The study folder that holds `path` (itself or an ancestor), or None."""
    from storage.study import MARKER

    path = Path(os.path.realpath(path))
    for folder in (path, *path.parents):
        if folder.suffix == ".veldwerk" or (folder / MARKER).is_file():
            return folder
    return None


def check_target(out) -> Path:
    """Refuse an output path that cannot or must not be written, before anything is read or computed."""
    out = Path(out)
    if not out.parent.is_dir():
        raise VeldwerkError(key="export.no_folder", folder=str(out.parent))
    try:
        info = os.lstat(out)
    except FileNotFoundError:
        info = None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise VeldwerkError(key="export.is_folder", path=str(out))
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise VeldwerkError(key="export.not_regular", path=str(out))
    study = study_folder_above(out.parent)
    if study is not None:
        raise VeldwerkError(key="export.inside_study", path=str(out), study=str(study))
    return out


def write_atomically(out: Path, write) -> Path:
    """Call `write(temp_path)` and move the result to `out` (mode 0600), so a failed export leaves no half file."""
    out = check_target(out)
    handle, temp = tempfile.mkstemp(prefix=".veldwerk-export-", suffix=out.suffix, dir=out.parent)
    os.close(handle)
    try:
        write(Path(temp))
        os.chmod(temp, EXPORT_MODE)
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return out
