"""App-wide notices about codings and the codebook, so every open view of a study stays current
(the workspace, and the codebook, excerpt and perception docks of the main window).

    events().codingsChanged.emit(study)    # after adding, changing or removing codings
    events().codebookChanged.emit(study)   # after adding, editing, merging or deleting codes
"""
from PySide6.QtCore import QObject, QTimer, Signal

_hub = None


class CodingEvents(QObject):
    codingsChanged = Signal(object)
    codebookChanged = Signal(object)


def events() -> CodingEvents:
    global _hub
    if _hub is None:
        _hub = CodingEvents()
    return _hub


class Follower:
    """Refreshes `widget` (calling `refresh`) shortly after a notice about its study; while the
    widget is hidden it waits until the widget is shown again."""

    def __init__(self, widget, study, refresh, delay_ms: int = 150):
        self.widget, self.study, self.refresh, self.stale = widget, study, refresh, False
        self.timer = QTimer(widget, singleShot=True, interval=delay_ms, timeout=self._fire)
        hub = events()
        hub.codingsChanged.connect(self._notice)
        hub.codebookChanged.connect(self._notice)
        widget.destroyed.connect(lambda *_: self._disconnect())

    def _disconnect(self):
        hub = events()
        for signal in (hub.codingsChanged, hub.codebookChanged):
            try:
                signal.disconnect(self._notice)
            except (RuntimeError, TypeError):
                pass

    def _notice(self, study):
        if study is self.study:
            self.stale = True
            try:
                self.timer.start()
            except RuntimeError:   # the widget is gone
                self._disconnect()

    def _fire(self):
        if self.widget.isVisible():
            self.stale = False
            self.refresh()

    def shown(self):
        """Call from the widget's showEvent."""
        if self.stale:
            self.stale = False
            self.refresh()
