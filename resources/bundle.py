"""Where a PyInstaller build of Veldwerk keeps what build.spec prepared at build time.

Stdlib only, so storage/ and transcribe/ may use it. Outside a built app every
function returns None and callers fall back to their source-install behaviour.

Layout inside the bundle (`sys._MEIPASS`), made by build.spec:
  models/base/            the embedded Whisper base model, assembled and sha256-checked
  deduce_cache/cache/     deduce's lookup_structs.pickle, prebuilt (pass
                          `deduce.Deduce(cache_path=deduce_cache_path())`)
  resources/              icons, translations, consent forms, the self-test sample
"""
import sys
from pathlib import Path

DEDUCE_CACHE_DIR = "deduce_cache"
DEDUCE_CACHE_FILE = ("cache", "lookup_structs.pickle")


def bundle_root() -> Path | None:
    """The unpacked bundle folder of a built app, or None when running from source."""
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if root else None


def deduce_cache_path() -> Path | None:
    """deduce's prebuilt lookup-table cache in a built app (its `cache_path`), else None.

    The folder holds only `cache/lookup_structs.pickle` (no `src/`), so deduce's
    staleness check, which compares `cache_path/src` file times, always accepts it.
    """
    root = bundle_root()
    if root is None:
        return None
    path = root / DEDUCE_CACHE_DIR
    return path if path.joinpath(*DEDUCE_CACHE_FILE).is_file() else None
