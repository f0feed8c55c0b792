"""Importing audio or video files for a participant (menu and drag and drop), in a worker thread."""
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog

from desktop.i18n import refusal
from desktop.workers import ThreadWorker
from storage.errors import VeldwerkError

AUDIO_PATTERNS = "*.wav *.flac *.mp3 *.m4a *.aac *.ogg *.opus *.webm *.mp4 *.mov *.mkv *.wma *.aiff *.aif"


def choose_files(parent) -> list[str]:
    """Ask for audio or video files."""
    files, _ = QFileDialog.getOpenFileNames(
        parent, parent.tr("Import audio or video"), str(Path.home()),
        parent.tr("Audio and video (%1);;All files (*)").replace("%1", AUDIO_PATTERNS),
    )
    return files


class ImportWorker(ThreadWorker):
    """Decodes and stores each file as a new interview of the participant (transcribe.importing)."""

    imported = Signal(int, str)  # interview id, file name
    failed = Signal(str, str)  # file name, reason
    warned = Signal(str, str)  # file name, warning (a truncated file, imported as far as it reads)
    progress = Signal(int, int)  # done, total

    def __init__(self, study, code: str | None, paths: list[str], parent=None, session: int | None = None):
        super().__init__(parent)
        self.study = study
        self.code = code
        self.participant_id = study.participants.get(code)["id"]  # raises NotFound before any thread starts
        self.paths = list(paths)
        self.session = session  # a focus group or meeting to import into, instead of a new interview

    def cancel_participant(self, participant_id: int) -> None:
        """Session work: an import cannot be cancelled midway; wait for it when it is this participant's."""
        if participant_id == self.participant_id:
            self.wait()

    def stop(self) -> None:
        """Session work: wait for the import to end (each file is stored whole or not at all)."""
        self.wait()

    def run(self) -> None:
        from transcribe.importing import import_audio

        try:
            self._import_all(import_audio)
        finally:
            self.study.close_thread_connection()

    def _import_all(self, import_audio) -> None:
        for index, path in enumerate(self.paths):
            name = Path(path).name
            try:
                interview_id = import_audio(self.study, self.code, path, session=self.session,
                                            on_warning=lambda text, n=name: self.post("warned", n, refusal(text)))
            except VeldwerkError as exc:
                self.post("failed", name, refusal(exc))
            except Exception as exc:  # noqa: BLE001 - report, keep going with the other files
                self.post("failed", name, refusal(exc))
            else:
                self.post("imported", interview_id, name)
            self.post("progress", index + 1, len(self.paths))
