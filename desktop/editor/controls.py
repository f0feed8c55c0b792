"""Player controls: play/pause, ±5 s, speed, time; the play/pause key from QSettings."""
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.editor.player import SPEEDS
from desktop.i18n import decimal
from storage.timefmt import clock

JUMP_SECONDS = 5.0


def play_pause_key() -> QKeySequence:
    """The single play/pause key: QSettings "editor/playPauseKey" (default Esc; F4 also common)."""
    return QKeySequence(str(QSettings().value("editor/playPauseKey", "Esc")))


class PlayerControls(QWidget):
    def __init__(self, player, parent=None):
        super().__init__(parent)
        self.player = player
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        self.back = QToolButton(text="−5 s")
        self.back.setToolTip(self.tr("Back 5 seconds (Alt+Left)"))
        self.play_button = QToolButton(text="▶")
        self.play_button.setAccessibleName(self.tr("Play or pause"))
        self.forward = QToolButton(text="+5 s")
        self.forward.setToolTip(self.tr("Forward 5 seconds (Alt+Right)"))
        self.time = QLabel("0:00:00 / 0:00:00")
        self.speed = QComboBox()
        self.speed.setAccessibleName(self.tr("Playback speed"))
        self.speed.setToolTip(self.tr("Speed without pitch change (Alt+Up / Alt+Down)"))
        for s in SPEEDS:
            self.speed.addItem(decimal(s, None) + "×", s)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        for w in (self.back, self.play_button, self.forward, self.time):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Speed")))
        row.addWidget(self.speed)
        self.back.clicked.connect(lambda: player.jump(-JUMP_SECONDS))
        self.forward.clicked.connect(lambda: player.jump(JUMP_SECONDS))
        self.play_button.clicked.connect(player.toggle)
        self.speed.currentIndexChanged.connect(lambda i: player.set_speed(self.speed.itemData(i)))
        player.positionChanged.connect(self._show_time)
        player.playingChanged.connect(lambda on: self.play_button.setText("❚❚" if on else "▶"))
        player.speedChanged.connect(self._show_speed)
        self._update_tooltip()

    def _update_tooltip(self):
        key = play_pause_key().toString(QKeySequence.NativeText)
        self.play_button.setToolTip(self.tr("Play / pause (%1); pausing rewinds a little").replace("%1", key))

    def _show_time(self, seconds: float):
        self.time.setText(f"{clock(seconds)} / {clock(self.player.duration)}")

    def _show_speed(self, speed: float):
        index = self.speed.findData(speed)
        if index >= 0 and index != self.speed.currentIndex():
            self.speed.blockSignals(True)
            self.speed.setCurrentIndex(index)
            self.speed.blockSignals(False)

    def step_speed(self, direction: int):
        index = max(0, min(self.speed.count() - 1, self.speed.currentIndex() + direction))
        self.speed.setCurrentIndex(index)

    def install_shortcuts(self, host: QWidget) -> list[QShortcut]:
        """Player keys that work anywhere in `host` (the workspace), also while typing."""
        keys = [
            (play_pause_key(), self.player.toggle, self.tr("Play / pause")),
            (QKeySequence("Alt+Left"), lambda: self.player.jump(-JUMP_SECONDS), self.tr("Back 5 seconds")),
            (QKeySequence("Alt+Right"), lambda: self.player.jump(JUMP_SECONDS), self.tr("Forward 5 seconds")),
            (QKeySequence("Alt+Up"), lambda: self.step_speed(1), self.tr("Play faster")),
            (QKeySequence("Alt+Down"), lambda: self.step_speed(-1), self.tr("Play slower")),
        ]
        shortcuts = []
        for seq, slot, meaning in keys:
            sc = QShortcut(seq, host)
            sc.setContext(Qt.WidgetWithChildrenShortcut)
            sc.setWhatsThis(meaning)   # the F1 list (desktop/help/shortcuts.py) shows it
            sc.activated.connect(slot)
            shortcuts.append(sc)
        return shortcuts
