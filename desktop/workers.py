"""Background work for the UI: a plain Python thread whose results come back as Qt signals.

Why not QThread: with PySide6 6.12, transcribing the test clip inside a QThread left 1.2-1.9 s gaps
in a 20 ms QTimer on the UI thread (two runs), the same work in a threading.Thread none (one run each,
on a loaded two-core box: indicative, not conclusive). And emitting Qt signals from a non-Qt thread
is fragile in this PySide version. So the thread only
posts (signal name, args) on a queue; a timer on the UI thread empties it and emits the signals.
"""
import queue
import threading

from PySide6.QtCore import QObject, QTimer, Signal

_DONE = object()


class ThreadWorker(QObject):
    """Subclass, define signals and run(); call post("signal", *args) from run(). Emits finished()."""

    finished = Signal()

    def __init__(self, parent=None, interval_ms: int = 50):
        super().__init__(parent)
        self._events: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._pump)
        self._ended = False

    def run(self) -> None:  # pragma: no cover - subclasses do the work
        raise NotImplementedError

    def post(self, signal: str, *args) -> None:
        """Queue a signal to emit on the UI thread (call from run())."""
        self._events.put((signal, args))

    def start(self, *_ignored) -> None:
        self._thread = threading.Thread(target=self._main, name=type(self).__name__, daemon=True)
        self._timer.start()
        self._thread.start()

    def isRunning(self) -> bool:  # noqa: N802 - mirrors QThread
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout_ms: int | None = None) -> bool:
        """Wait for the thread (UI thread only), then deliver what it posted; true if it ended."""
        if self._thread is not None:
            self._thread.join(None if timeout_ms is None else timeout_ms / 1000)
        if self.isRunning():
            return False
        self._pump()
        return True

    def _main(self) -> None:
        try:
            self.run()
        finally:
            self._events.put(_DONE)

    def _pump(self) -> None:
        while True:
            try:
                item = self._events.get_nowait()
            except queue.Empty:
                return
            if item is _DONE:
                if self._thread is not None:
                    self._thread.join()
                self._timer.stop()
                if not self._ended:
                    self._ended = True
                    self.finished.emit()
                return
            name, args = item
            getattr(self, name).emit(*args)
