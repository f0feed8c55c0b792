"""Keep glibc from holding on to freed memory during a transcription (Linux with glibc; elsewhere nothing).

glibc serves a large allocation from its heaps once one of that size has been freed (its mmap threshold
rises up to 32 MB), and keeps what numpy, onnxruntime and CTranslate2 free in those heaps for reuse, one
heap ("arena") per group of threads. A transcription allocates buffers of a few MB per step on several
threads, so the resident size grew well beyond what was in use. `limit()` fixes the threshold at 1 MB:
larger blocks are mapped on their own and returned to the system when freed (measured on the dev set:
peak 798 -> 502 MB in the default mode, 826 -> 601 MB batched, the same text; at a cost of about 16 % more
CPU on one loaded paired run, docs/benchmarks.md); `release()` gives back the free pages the heaps still
hold, after each window.
"""
import ctypes
import ctypes.util
import sys

M_MMAP_THRESHOLD = -3  # mallopt parameter (malloc.h)
MMAP_THRESHOLD_BYTES = 1 << 20  # blocks of 1 MB or more get their own mapping, returned to the system when freed


def _glibc():
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim.argtypes, libc.malloc_trim.restype = [ctypes.c_size_t], ctypes.c_int
        libc.mallopt.argtypes, libc.mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    except (OSError, AttributeError):  # not glibc (musl, ...)
        return None
    return libc


_libc = _glibc()


def limit() -> None:
    """Map blocks of MMAP_THRESHOLD_BYTES or more on their own (process-wide; idempotent)."""
    if _libc is not None:
        _libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES)


def release() -> None:
    """Return the free pages of every malloc arena to the operating system (glibc; else nothing)."""
    if _libc is not None:
        _libc.malloc_trim(0)
