"""A work-around for PySide6 6.12 on Python 3.11: void methods release a reference to None they never took.

Every call of a Qt method that returns nothing (QPainter.fillRect, QWidget.update, setText…)
decrements None's reference count, and some paths do the same to True and False. On Python
3.12+ these objects are immortal and nothing happens; on 3.11 the count reaches zero after a
few thousand calls (seconds of painting a level meter) and the interpreter aborts with
"none_dealloc: deallocating None". Giving the three singletons a reference count of 2**40
makes them immortal in practice, as 3.12 does. It must run before Qt is used heavily.
"""
import ctypes
import sys

_HEADROOM = 1 << 40


def pin_singletons() -> bool:
    """Make None, True and False practically immortal on Python < 3.12; true if it did something."""
    if sys.version_info >= (3, 12):
        return False
    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < _HEADROOM:
            count.value += _HEADROOM
    return True


pin_singletons()
