"""The editor's visible speaker control, above the transcript: the speaker of the cursor's segment (or
the selected run) in a list to change it, Name… and Detect…, and a suggestion of who is who from the
first lines (shown with an Apply button, never applied by itself).

With no speakers yet the list offers the sensible defaults, "Interviewer" and the participant's code
(labels S1 and S2), so the first choice makes a named speaker instead of a bare label."""
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.editor.speaker_dialogs import INTERVIEWER
from desktop.editor.speaker_suggestion import suggest_names
from desktop.editor.speaker_tools import DETECT_KEY, NAME_KEY

NONE = ""


class SpeakerBar(QWidget):
    def __init__(self, ws, parent=None):
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("speaker_bar")
        self.combo = QComboBox()
        self.combo.setAccessibleName(QCoreApplication.translate("SpeakerBar", "Speaker of this segment"))
        self.combo.setToolTip(QCoreApplication.translate("SpeakerBar", "The speaker of the segment at the cursor (or of the selected segments); choose another to change it (Alt+1 … Alt+9)"))
        self.combo.setMinimumContentsLength(14)
        self.combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.combo.activated.connect(self._chosen)
        self.name_button = QPushButton(QCoreApplication.translate("SpeakerBar", "Names…"))
        self.name_button.setToolTip(QCoreApplication.translate("SpeakerBar", "Name the speakers, once for all their segments (%1)").replace("%1", NAME_KEY))
        self.name_button.setAccessibleName(QCoreApplication.translate("SpeakerBar", "Name speakers"))
        self.name_button.clicked.connect(lambda: ws.speakers.name_speakers())
        self.detect_button = QPushButton(QCoreApplication.translate("SpeakerBar", "Detect…"))
        self.detect_button.setToolTip(QCoreApplication.translate("SpeakerBar", "Detect who spoke when from the recording, on this laptop (%1)").replace("%1", DETECT_KEY))
        self.detect_button.setAccessibleName(QCoreApplication.translate("SpeakerBar", "Detect speakers"))
        self.detect_button.clicked.connect(lambda: ws.speakers.detect())
        self.suggestion = QLabel()
        self.suggestion.setStyleSheet("color: #7a4100;")
        self.suggestion.setWordWrap(True)
        self.apply_button = QPushButton(QCoreApplication.translate("SpeakerBar", "Apply suggestion"))
        self.apply_button.setAccessibleName(QCoreApplication.translate("SpeakerBar", "Apply the suggested speaker names"))
        self.apply_button.clicked.connect(self.apply_suggestion)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(QLabel(QCoreApplication.translate("SpeakerBar", "Speaker:")))
        row.addWidget(self.combo)
        row.addWidget(self.name_button)
        row.addWidget(self.detect_button)
        row.addSpacing(12)
        row.addWidget(self.suggestion)
        row.addWidget(self.apply_button)
        row.addStretch(1)            # the controls stay together on the left
        self.proposal: dict[str, str] = {}
        ws.view.cursorPositionChanged.connect(self.refresh)
        ws.undo_stack.indexChanged.connect(lambda _i: self.refresh())

    # -- what the list holds ---------------------------------------------------------------
    def entries(self) -> list[tuple[str, str, str | None]]:
        """(text, label, name to give a new label) per item: the speakers there are, else the defaults."""
        tools = self.ws.speakers
        labels = tools.labels()
        out = [(QCoreApplication.translate("SpeakerBar", "(no speaker)"), NONE, None)]
        for label in labels:
            name = tools.display(label)
            out.append((f"{name} ({label})" if name != label else label, label, None))
        if not labels:   # sensible defaults instead of bare labels
            participant = self.ws.interview.participant or ""
            out.append((f"{INTERVIEWER} (S1)", "S1", INTERVIEWER))
            if participant:
                out.append((f"{participant} (S2)", "S2", participant))
        return out

    def _blocks(self) -> list[int]:
        return self.ws.menus._selected_blocks() or [self.ws.view.textCursor().blockNumber()]

    def refresh(self) -> None:
        ws = self.ws
        has_text = bool(ws.segments.segments)
        self.setEnabled(has_text)
        self.combo.blockSignals(True)
        self.combo.clear()
        for text, label, _name in self.entries():
            self.combo.addItem(text, label)
        block = ws.view.textCursor().blockNumber()
        current = ws.segments.segments[block].speaker if has_text and block < len(ws.segments) else NONE
        self.combo.setCurrentIndex(max(0, self.combo.findData(current or NONE)))
        self.combo.blockSignals(False)
        self.detect_button.setEnabled(has_text and ws.transcript_id is not None and ws.speakers.worker is None)
        self.name_button.setEnabled(bool(ws.speakers.labels()))
        self._show_suggestion()

    def _show_suggestion(self) -> None:
        ws = self.ws
        proposal = suggest_names(ws.segments.segments, ws.interview.participant)
        current = {label: ws.speakers.display(label) for label in proposal}
        self.proposal = proposal if proposal and proposal != current else {}
        if self.proposal:
            who = ", ".join(f"{label} = {name}" for label, name in sorted(self.proposal.items()))
            self.suggestion.setText(QCoreApplication.translate("SpeakerBar", "Suggestion from the first lines (who asks the questions): %1").replace("%1", who))
            self.suggestion.setToolTip(self.suggestion.text())
        self.suggestion.setVisible(bool(self.proposal))
        self.apply_button.setVisible(bool(self.proposal))

    # -- changes (each one undo step) --------------------------------------------------------
    def _chosen(self, index: int) -> None:
        _text, label, name = self.entries()[index]
        blocks = self._blocks()
        ws = self.ws
        if name is not None:   # a default speaker that does not exist yet: name it and assign, one step
            names = dict(ws.speaker_names)
            names[label] = name
            ws.flush()
            ws.undo_stack.beginMacro(QCoreApplication.translate("SpeakerBar", "Assign speaker"))
            ws.set_speaker_names(names)
            ws.set_speaker(blocks, label)
            ws.undo_stack.endMacro()
        else:
            ws.set_speaker(blocks, label or None)
        self.refresh()

    def apply_suggestion(self) -> None:
        if self.proposal:
            names = dict(self.ws.speaker_names)
            names.update(self.proposal)
            self.ws.set_speaker_names(names)
            self.refresh()
