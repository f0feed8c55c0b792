"""Give freed memory back to the operating system after each window (glibc's malloc_trim).

glibc keeps memory that numpy, onnxruntime and CTranslate2 free in its heaps for reuse, one heap
("arena") per group of threads, and a long transcription's windows run on several threads: without
trimming, the resident size keeps what every thread once needed at its peak. `release()` is called
when a window is done; elsewhere than on glibc (macOS, Windows, musl) it does nothing.
"""
import ctypes
import ctypes.util
import sys


def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


_trim = _malloc_trim()


def release() -> None:
    """Return the free pages of every malloc arena to the operating system (glibc; else nothing)."""
    if _trim is not None:
        _trim(0)
