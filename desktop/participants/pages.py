"""The central area's pages: the study overview, a participant and an interview."""
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.coding.labels import role_label
from desktop.i18n import decimal
from desktop.participants.consent_state import allows, consent_state, state_label
from desktop.participants.tree import transcript_label
from desktop.widgets.icons import consent_icon
from storage.consent.forms import ConsentItem
from storage.consent.ledger import ConsentState
from storage.timefmt import clock


def heading(text: str = "", extra: int = 6) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSize(font.pointSize() + extra)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


PRIMARY_STYLE = ("QPushButton { background: #1565c0; color: white; font-weight: bold; padding: 0 18px; }"
                 "QPushButton:disabled { background: #bdbdbd; }")


def set_primary(button: QPushButton, primary: bool) -> None:
    """Show the button as the next step (blue) or as an ordinary one."""
    button.setStyleSheet(PRIMARY_STYLE if primary else "QPushButton { padding: 0 12px; }")


def big_button(text: str, tip: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setMinimumHeight(42)
    button.setToolTip(tip)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    set_primary(button, primary)
    return button


class StudyPage(QWidget):
    """What the study holds, and the first step when it is empty."""

    add_participant = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = heading()
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.next = QLabel()
        self.next.setWordWrap(True)
        self.add = big_button(self.tr("Add participant…"), self.tr("Add a participant (Ctrl+Shift+N)"), primary=True)
        self.add.clicked.connect(self.add_participant)
        row = QHBoxLayout()
        row.addWidget(self.add)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addSpacing(16)
        layout.addWidget(self.next)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_study(self, study) -> None:
        info = study.info()
        self.title.setText(info["name"])
        self.counts.setText(
            self.tr("%1 participant(s), %2 interview(s), %3 hours of audio, %4 transcript(s), %5 coding(s). %6")
            .replace("%1", str(info["participants"])).replace("%2", str(info["interviews"]))
            .replace("%3", decimal(info["hours"])).replace("%4", str(info["transcripts"]))
            .replace("%5", str(info["codings"]))
            .replace("%6", self.tr("Encrypted.") if info["encrypted"] else self.tr("NOT encrypted."))
        )
        if info["participants"] == 0:
            self.next.setText(self.tr("Start by adding a participant: a code such as R01 and a role. Then take consent and record."))
        else:
            self.next.setText(self.tr("Choose a participant on the left, or add another one."))


class ParticipantPage(QWidget):
    """A participant's consent and the ways to add an interview."""

    take_consent = Signal(str)
    record = Signal(str)
    import_audio = Signal(str)
    edit = Signal(str)
    withdraw = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.code = None
        self.title = heading()
        self.role = QLabel()
        self.state_icon = QLabel()
        self.state = QLabel()
        self.answers = QLabel()
        self.answers.setWordWrap(True)
        self.answers.setTextFormat(Qt.RichText)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #7a4100;")
        self.consent_button = big_button(self.tr("Take consent…"), self.tr("Consent wizard (Ctrl+Shift+C)"))
        self.record_button = big_button(self.tr("Record interview"), self.tr("Open the recording screen (Ctrl+R)"), primary=True)
        self.import_button = big_button(self.tr("Import audio…"), self.tr("Import audio or video files (Ctrl+I)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit code, role and notes (F2)"))
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.withdraw_button.setToolTip(self.tr("Withdraw the participant or single consent items"))
        for button, signal in ((self.consent_button, self.take_consent), (self.record_button, self.record),
                               (self.import_button, self.import_audio), (self.edit_button, self.edit),
                               (self.withdraw_button, self.withdraw)):
            button.clicked.connect(lambda _=False, s=signal: s.emit(self.code))
        state_row = QHBoxLayout()
        state_row.addWidget(self.state_icon)
        state_row.addWidget(self.state, 1)
        actions = QHBoxLayout()
        for b in (self.consent_button, self.record_button, self.import_button):
            actions.addWidget(b)
        actions.addStretch(1)
        small = QHBoxLayout()
        small.addWidget(self.edit_button)
        small.addWidget(self.withdraw_button)
        small.addStretch(1)
        line = QFrame()
        line.setFrameShape(QFrame.HLine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.role)
        layout.addSpacing(12)
        layout.addLayout(state_row)
        layout.addWidget(self.answers)
        layout.addSpacing(12)
        layout.addWidget(self.hint)
        layout.addLayout(actions)
        layout.addStretch(1)
        layout.addWidget(line)
        layout.addLayout(small)

    def show_participant(self, study, code: str) -> None:
        p = study.participants.get(code)
        self.code = code
        state = consent_state(study, p)
        self.title.setText(code)
        notes = f" — {p['notes']}" if p["notes"] else ""
        self.role.setText(role_label(study, p["role"]) + notes)
        self.state_icon.setPixmap(consent_icon(state).pixmap(20, 20))
        self.state.setText(state_label(state))
        self.answers.setText(self._answers_html(study, p))
        withdrawn = bool(p["withdrawn_at"])
        can_record = allows(study, p, ConsentItem.RECORDING)
        self.record_button.setEnabled(can_record)
        self.import_button.setEnabled(can_record)
        self.consent_button.setEnabled(not withdrawn)
        self.consent_button.setText(self.tr("Take consent…") if state == ConsentState.NONE else self.tr("Take consent again…"))
        set_primary(self.consent_button, not can_record and not withdrawn)  # the next step is highlighted
        set_primary(self.record_button, can_record)
        self.edit_button.setEnabled(not withdrawn)
        self.withdraw_button.setEnabled(not withdrawn)
        if withdrawn:
            self.hint.setText(self.tr("This participant has withdrawn; their data has been deleted."))
        elif not can_record:
            self.hint.setText(self.tr("Recording and importing become available once the participant consents to audio recording (item 1)."))
        else:
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))

    def _answers_html(self, study, p: dict) -> str:
        consent = study.consent
        if p["withdrawn_at"]:
            return ""
        current = consent.current(p["id"])
        if not current:
            return ""
        form = consent.current_form()
        from storage.consent.forms import fill

        values = consent.forms.values(form["language"])
        short = {i["number"]: fill(i.get("short") or i["text"], values) for i in form["items"]}
        rows = []
        for number, yes in sorted(current.items()):
            mark = "✔" if yes else "✘"
            colour = "#2e7d32" if yes else "#b00020"
            rows.append(f"<span style='color:{colour}'>{mark}</span> {number}. {short.get(number, '')}")
        return "<br>".join(rows)


class InterviewPage(QWidget):
    """An interview: its recordings and transcript state; embeds the editor's workspace when transcribed."""

    transcribe = Signal(int)
    jump = Signal(int, int, int)  # interview id, segment id, offset (a search hit in another interview)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.interview_id = None
        self.workspace = None
        self.audio_player = None   # an InterviewPlayer while the interview has no finished transcript
        self.title = heading(extra=4)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.RichText)
        self.transcribe_button = big_button(self.tr("Transcribe"), self.tr("Transcribe on this laptop (Ctrl+T)"), primary=True)
        self.transcribe_button.clicked.connect(lambda: self.transcribe.emit(self.interview_id))
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(mid); border: 1px dashed #bbb; padding: 24px;")
        top = QHBoxLayout()
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.details)
        top.addLayout(text, 1)
        top.addWidget(self.transcribe_button, 0, Qt.AlignTop)
        self.body = QVBoxLayout()
        self.body.addWidget(self.placeholder, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addLayout(self.body, 1)

    def show_interview(self, study, interview_id: int) -> None:
        self.interview_id = interview_id
        row = study.interviews.get(interview_id)
        self.title.setText(self.tr("Interview with %1 on %2").replace("%1", row.participant).replace("%2", row.date))
        lines = []
        for rec in study.recordings.for_interview(interview_id):
            kind = {"recorded": self.tr("recorded"), "imported": self.tr("imported")}.get(rec.kind, rec.kind)
            parts = [f"{kind} {clock(rec.duration)}"]
            if rec.source_name:
                parts.append(rec.source_name)
            if rec.recovered:
                parts.append(f"<b style='color:#7a4100'>{self.tr('recovered after an interruption')}</b>")
            if rec.markers:
                marks = ", ".join(f"{clock(m['time'])} {m.get('label', '')}".strip() for m in rec.markers[:8])
                parts.append(self.tr("markers: %1").replace("%1", marks))
            lines.append(" · ".join(parts))
        state = row.transcript_state
        lines.append(self.tr("Transcript: %1").replace("%1", transcript_label(state)))
        self.details.setText("<br>".join(lines))
        self.transcribe_button.setVisible(state != "complete")
        self.transcribe_button.setText(self.tr("Resume transcription") if state == "partial" else self.tr("Transcribe"))
        self._show_body(study, interview_id, state)

    def _show_body(self, study, interview_id: int, state: str) -> None:
        if self.audio_player is not None:
            self.audio_player.stop()
            self.body.removeWidget(self.audio_player)
            self.audio_player.setParent(None)
            self.audio_player.deleteLater()
            self.audio_player = None
        if self.workspace is not None:
            self.body.removeWidget(self.workspace)
            self.workspace.hide()
            self.workspace.setParent(None)
            self.workspace.deleteLater()
            self.workspace = None
        if state == "complete":
            from desktop.editor.workspace import InterviewWorkspace

            self.workspace = InterviewWorkspace(study, interview_id, self)
            self.workspace.jumpRequested.connect(self.jump)
            self.body.addWidget(self.workspace, 1)
            self.placeholder.hide()
            return
        if study is not None and interview_id:
            from desktop.participants.interview_player import InterviewPlayer

            player = InterviewPlayer(study, interview_id, self)
            if player.loaded:              # listen before (or without) a transcription
                self.audio_player = player
                self.body.insertWidget(0, player)
            else:
                player.deleteLater()
        if state == "partial":
            self.placeholder.setText(self.tr("The transcript is unfinished. Resume the transcription to complete it; what was done is kept."))
        else:
            self.placeholder.setText(self.tr("Not transcribed yet. Press Transcribe (Ctrl+T): it runs on this laptop and you can keep working."))
        self.placeholder.show()
