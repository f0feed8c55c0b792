"""The editor's speaker tools: name (once for all segments), merge two speakers, assign the selected
run of segments, and detect speakers from the recording in a background thread with progress and cancel.

Every change is one step on the workspace's undo stack. Shortcuts (the workspace's, shown in its menu):
Alt+1 … Alt+9 give the selected segments the n-th speaker, Alt+N names, Alt+M merges, Alt+R recognises (detects).
"""
import threading

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from desktop.editor import speaker_commands
from desktop.editor.speaker_dialogs import DetectSpeakersDialog, MergeSpeakersDialog, SpeakerNamesDialog, name_proposals
from desktop.i18n import refusal, with_detail
from desktop.workers import ThreadWorker
from storage.errors import Cancelled, VeldwerkError

NAME_KEY, MERGE_KEY, DETECT_KEY = "Alt+N", "Alt+M", "Alt+R"   # not Alt+D: the Dutch &Deelnemer menu



def assign_key(index: int) -> str:
    """The shortcut that gives the selection the index-th speaker (0-based, first nine)."""
    return f"Alt+{index + 1}"


def error_text(exc: Exception) -> str:
    """A diarization error in the UI's language (the core's messages are English)."""
    from transcribe.speaker_job import NO_SEGMENTS, TOO_LITTLE_SPEECH

    if str(exc) == NO_SEGMENTS:
        return QCoreApplication.translate("SpeakerTools", "The transcript has no text yet, so there are no speakers to label.")
    if str(exc) == TOO_LITTLE_SPEECH:
        return QCoreApplication.translate("SpeakerTools", "There is too little speech in the recording to tell speakers apart.")
    if isinstance(exc, VeldwerkError):
        return QCoreApplication.translate("SpeakerTools", "Speakers could not be detected: %1").replace("%1", refusal(exc))
    return with_detail(QCoreApplication.translate("SpeakerTools", "Speakers could not be detected (an error in Veldwerk)."),
                       f"{type(exc).__name__}: {exc}")


class DetectWorker(ThreadWorker):
    """Runs transcribe.speaker_job.detect_speakers off the UI thread; stores nothing."""

    progress = Signal(float)
    done = Signal(object, object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, study, transcript_id: int, speakers, parent=None):
        super().__init__(parent)
        self.study, self.transcript_id, self.speakers = study, transcript_id, speakers
        self.cancel = threading.Event()

    def run(self) -> None:
        from transcribe.speaker_job import detect_speakers

        try:
            labels, names = detect_speakers(self.study, self.transcript_id, self.speakers,
                                            on_progress=lambda f: self.post("progress", f), cancel=self.cancel)
        except Cancelled:
            self.post("cancelled")
        except Exception as exc:  # noqa: BLE001 - shown to the researcher, in the UI language
            self.post("failed", error_text(exc))
        else:
            self.post("cancelled") if self.cancel.is_set() else self.post("done", labels, names)
        finally:
            self.study.close_thread_connection()


class SpeakerTools:
    """Speaker actions of an InterviewWorkspace `ws`."""

    def __init__(self, ws):
        self.ws = ws
        self.worker: DetectWorker | None = None
        self.progress: QProgressDialog | None = None
        self.ask_count = self._ask_count          # tests replace these two
        self.confirm_names = self._confirm_names
        self.show_error = lambda message: QMessageBox.warning(ws, QCoreApplication.translate("SpeakerTools", "Detect speakers"), message)
        for key, slot, meaning in ((NAME_KEY, self.name_speakers, QCoreApplication.translate("SpeakerTools", "Name speakers")), (MERGE_KEY, self.merge_speakers, QCoreApplication.translate("SpeakerTools", "Merge speakers")),
                                   (DETECT_KEY, self.detect, QCoreApplication.translate("SpeakerTools", "Detect speakers"))):
            self._shortcut(key, slot, meaning)
        for i in range(9):
            self._shortcut(assign_key(i), lambda i=i: self.assign_nth(i), QCoreApplication.translate("SpeakerTools", "Give the selected segments speaker %1").replace("%1", str(i + 1)))
        ws.view.speakerKeyPressed.connect(lambda digit: self.assign_nth(digit - 1))   # when the text has focus

    def _shortcut(self, key: str, slot, meaning: str = "") -> None:
        sc = QShortcut(QKeySequence(key), self.ws)
        sc.setContext(Qt.WidgetWithChildrenShortcut)
        sc.setWhatsThis(meaning)   # the F1 list shows it
        sc.activated.connect(slot)
        self.ws.shortcuts.append(sc)

    # -- what there is ---------------------------------------------------------------------
    def labels(self) -> list[str]:
        ws = self.ws
        return sorted(set(ws.speaker_names) | {s.speaker for s in ws.segments.segments if s.speaker})

    def display(self, label: str) -> str:
        return self.ws.speaker_names.get(label, label) or label

    def proposals(self) -> list[str]:
        return name_proposals(self.ws.interview.participant, self.ws.interview.interviewer)

    # -- actions ---------------------------------------------------------------------------
    def assign_nth(self, index: int) -> None:
        """Give the selected run of segments (or the cursor's segment) the index-th speaker."""
        labels = self.labels()
        if index >= len(labels) or not self.ws.segments.segments:
            self.ws.statusMessage.emit(QCoreApplication.translate("SpeakerTools", "There is no speaker %1 yet.").replace("%1", str(index + 1)))
            return
        self.ws.set_speaker(self.ws.menus._selected_blocks() or [self.ws.view.textCursor().blockNumber()], labels[index])

    def rename(self, names: dict[str, str]) -> None:
        if names != self.ws.speaker_names:
            self.ws.flush()
            self.ws.undo_stack.push(speaker_commands.rename_speakers(self.ws, names))

    def merge(self, source: str, target: str) -> None:
        if source and target and source != target:
            self.ws.flush()
            self.ws.undo_stack.push(speaker_commands.merge_speakers(self.ws, source, target))
            self.ws.statusMessage.emit(QCoreApplication.translate("SpeakerTools", "%1 merged into %2.").replace("%1", self.display(source))
                                       .replace("%2", self.display(target)))

    def name_speakers(self) -> None:
        names = {label: self.display(label) for label in self.labels()}
        dialog = SpeakerNamesDialog(names, self.proposals(), self.ws)
        if dialog.exec() == QDialog.Accepted:
            self.rename(dialog.names())
        dialog.deleteLater()

    def merge_speakers(self) -> None:
        labels = self.labels()
        if len(labels) < 2:
            self.ws.statusMessage.emit(QCoreApplication.translate("SpeakerTools", "There are fewer than two speakers to merge."))
            return
        dialog = MergeSpeakersDialog([(label, self.display(label)) for label in labels], self.ws)
        if dialog.exec() == QDialog.Accepted:
            self.merge(*dialog.choice())
        dialog.deleteLater()

    # -- sessions: which participant present speaks under a label ----------------------------
    def in_session(self) -> bool:
        return self.ws.interview.kind.is_session

    def attribute_speakers(self, choice: dict | None = None) -> dict | None:
        """Ask (or take `choice`, {label: code or ""}) and store the attributions; see desktop/sessions/editor.py."""
        from desktop.sessions.editor import attribute_speakers

        return attribute_speakers(self, choice)

    # -- detection -------------------------------------------------------------------------
    def _ask_count(self, has_labels: bool):
        """(ok, speakers): speakers None = estimate."""
        dialog = DetectSpeakersDialog(has_labels, parent=self.ws)
        ok = dialog.exec() == QDialog.Accepted
        speakers = dialog.speakers()
        dialog.deleteLater()
        return ok, speakers

    def _confirm_names(self, names: dict) -> None:   # the names are a proposal: say so
        self.ws.statusMessage.emit(QCoreApplication.translate("SpeakerTools", "Speakers detected: %1. Check them and correct where needed.")
                                   .replace("%1", ", ".join(names.values())))

    def detect(self) -> DetectWorker | None:
        ws = self.ws
        if self.worker is not None or ws.transcript_id is None or not ws.segments.segments:
            return None
        ws.flush()
        has_labels = any(s.speaker for s in ws.segments.segments) or bool(ws.speaker_names)
        ok, speakers = self.ask_count(has_labels)
        if not ok:
            return None
        worker = DetectWorker(ws.study, ws.transcript_id, speakers, ws)
        self.progress = QProgressDialog(QCoreApplication.translate("SpeakerTools", "Detecting speakers…"), QCoreApplication.translate("SpeakerTools", "Cancel"), 0, 100, ws)
        self.progress.setWindowTitle(QCoreApplication.translate("SpeakerTools", "Detect speakers"))
        self.progress.setWindowModality(Qt.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setValue(0)
        self.progress.canceled.connect(self.cancel)
        worker.progress.connect(lambda f: self.progress and self.progress.setValue(int(f * 100)))
        worker.done.connect(self._done)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(lambda: ws.statusMessage.emit(QCoreApplication.translate("SpeakerTools", "Speaker detection cancelled; nothing was changed.")))
        worker.finished.connect(self._finished)
        self.worker = worker
        worker.start()
        return worker

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel.set()

    def _done(self, labels: dict, names: dict) -> None:
        ws = self.ws
        known = {s.id for s in ws.segments.segments}
        labels = {sid: label for sid, label in labels.items() if sid in known}   # segments removed meanwhile
        ws.undo_stack.push(speaker_commands.detected_speakers(ws, labels, names))
        self.confirm_names(names)

    def _failed(self, message: str) -> None:
        self.ws.statusMessage.emit(message)
        self.show_error(message)

    def _finished(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
