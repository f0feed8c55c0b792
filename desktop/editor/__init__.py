"""The transcript editor: workspace, text view, player, waveform, find bar and undoable commands."""
try:  # PySide6 6.12 on Python 3.11 releases None on void calls; see desktop/qt_compat.py
    from desktop import qt_compat  # noqa: F401
except ImportError:  # pragma: no cover - the same pin, for a tree without that module
    import ctypes
    import sys

    if sys.version_info < (3, 12):
        for _obj in (None, True, False):
            _count = ctypes.c_ssize_t.from_address(id(_obj))
            if _count.value < 1 << 40:
                _count.value += 1 << 40
