"""Study ▸ Import REFI-QDA project…: a .qdpx into the open study, in a worker thread, then a summary.

    add_menu_action(window, study_menu, add)     # from desktop/menus.py
"""
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from desktop.i18n import refusal, with_detail
from desktop.workers import ThreadWorker
from storage.errors import VeldwerkError


def add_menu_action(window, study_menu, add) -> None:
    add(study_menu, "import_qdpx", QCoreApplication.translate("RefiImport", "Import REFI-QDA &project…"), lambda: start_import(window), None,
        QCoreApplication.translate("RefiImport", "Codes, participants, transcripts and codings from QualCoder, ATLAS.ti, MAXQDA or NVivo (.qdpx)"))


class ProjectImportWorker(ThreadWorker):
    """Runs storage.refi_import.importer.import_project off the UI thread."""

    done = Signal(object)   # ProjectImport
    failed = Signal(str)    # the reason, in the UI's language

    def __init__(self, study, path: str, parent=None):
        super().__init__(parent)
        self.study = study
        self.path = path

    def run(self) -> None:
        from storage.refi_import.importer import import_project

        try:
            self.post("done", import_project(self.study, self.path))
        except VeldwerkError as exc:
            self.post("failed", error_text(exc))
        except Exception as exc:  # noqa: BLE001 - shown, not swallowed: the transaction left the study as it was
            self.post("failed", with_detail(QCoreApplication.translate(
                "RefiImport", "The project was not imported (an error in Veldwerk); nothing was changed."),
                f"{type(exc).__name__}: {exc}"))
        finally:
            self.study.close_thread_connection()


def error_text(exc: VeldwerkError) -> str:
    """A refusal in the UI's language (the core's reason after it, in the same language)."""
    return QCoreApplication.translate("RefiImport", "The project was not imported; nothing was changed. Reason: %1").replace("%1", refusal(exc))


def summary_text(result) -> str:
    """What the import did, for the message box."""
    lines = [
        QCoreApplication.translate("RefiImport", "Imported: %1 new codes, %2 participants, %3 interviews (text only), %4 codings.")
        .replace("%1", str(len(result.codes.added))).replace("%2", str(len(result.participants)))
        .replace("%3", str(len(result.interviews))).replace("%4", str(result.codings)),
    ]
    if result.codes.skipped:
        lines.append(QCoreApplication.translate("RefiImport", "%1 codes were already in the codebook and kept as they are.").replace("%1", str(len(result.codes.skipped))))
    if result.authors:
        lines.append(QCoreApplication.translate("RefiImport", "Coders: %1.").replace("%1", ", ".join(result.authors)))
    renamed = [p["code"] for p in result.participants if p["renamed"]]
    if renamed:
        lines.append(QCoreApplication.translate("RefiImport", "Cases whose name could be a person's name got a neutral code: %1.").replace("%1", ", ".join(renamed)))
    if result.roles_added:
        lines.append(QCoreApplication.translate("RefiImport", "New roles: %1.").replace("%1", ", ".join(result.roles_added)))
    if result.audio_not_stored:
        lines.append(QCoreApplication.translate("RefiImport", "%1 audio sources were not stored: the participants have no consent to audio recording "
                         "(item 1) in this study.").replace("%1", str(len(result.audio_not_stored))))
    if result.sources_skipped:
        lines.append(QCoreApplication.translate("RefiImport", "%1 other sources (PDF, pictures, video, text outside the file) were not imported.")
                     .replace("%1", str(len(result.sources_skipped))))
    if result.selections_skipped:
        lines.append(QCoreApplication.translate("RefiImport", "%1 selections without a code or without text were skipped.").replace("%1", str(result.selections_skipped)))
    if result.need_consent:
        lines.append(QCoreApplication.translate("RefiImport", "No consent is recorded for %1: their text is left out of every export until you take "
                         "their consent (Participant ▸ Take consent…).").replace("%1", ", ".join(result.need_consent)))
    return "\n\n".join(lines)


def choose_project(parent) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("RefiImport", "Import REFI-QDA project"), str(Path.home()),
                                          QCoreApplication.translate("RefiImport", "REFI-QDA project (*.qdpx);;All files (*)"))
    return path


def start_import(window, path: str | None = None) -> ProjectImportWorker | None:
    """Ask for a .qdpx (unless given), import it in a worker with a busy dialog, then show the summary."""
    if window.study is None:
        return None
    path = path or choose_project(window)
    if not path:
        return None
    progress = QProgressDialog(QCoreApplication.translate("RefiImport", "Importing %1…").replace("%1", Path(path).name), None, 0, 0, window)
    progress.setWindowTitle(QCoreApplication.translate("RefiImport", "Import REFI-QDA project"))
    progress.setWindowModality(Qt.WindowModal)
    progress.setMinimumDuration(0)
    progress.show()
    worker = ProjectImportWorker(window.study, path, window)
    window.refi_import_result = None

    def done(result):
        progress.close()
        window.refi_import_result = result
        window.refresh()
        QMessageBox.information(window, QCoreApplication.translate("RefiImport", "REFI-QDA project imported"), summary_text(result))

    def failed(reason):
        progress.close()
        window.refi_import_result = reason
        QMessageBox.warning(window, QCoreApplication.translate("RefiImport", "Import REFI-QDA project"), reason)

    worker.done.connect(done)
    worker.failed.connect(failed)
    window.refi_import_worker = worker
    worker.start()
    return worker
