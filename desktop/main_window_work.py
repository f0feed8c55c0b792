"""The main window's work on interviews: the recording screen, importing files and the transcription queue.

A mixin of MainWindow (kept apart so each file holds one concern)."""
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.participants.consent_state import allows
from storage.consent.forms import ConsentItem


class InterviewWorkMixin:
    """Recording, importing and transcribing for MainWindow."""

    # -- recording, import, transcription -------------------------------------------------------
    def show_recording(self, code=None) -> None:
        code = code or self.current_participant()
        if not code or self.recording is None:
            return
        if self.recording.is_recording():
            self.stack.setCurrentWidget(self.recording)
            return
        p = self.study.participants.get(code)
        if not allows(self.study, p, ConsentItem.RECORDING):
            QMessageBox.information(self, QCoreApplication.translate("MainWindow", "Consent needed"),
                                    QCoreApplication.translate("MainWindow", "%1 has not consented to audio recording (item 1). Take consent first.").replace("%1", code))
            return
        self.recording.prepare(code)
        self.stack.setCurrentWidget(self.recording)

    def toggle_record(self) -> None:
        if self.recording is not None and self.stack.currentWidget() is self.recording:
            self.recording.toggle_record()
        else:
            self.show_recording()

    def _recording_state(self, state: str) -> None:
        recording = state != "ready"
        self.tree.setEnabled(not recording)
        self.actions["record"].setText(QCoreApplication.translate("MainWindow", "Stop &recording") if recording else QCoreApplication.translate("MainWindow", "&Record interview"))

    def _recorded(self, interview_id: int) -> None:
        self.tree.refresh()
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Recording saved."), 8000)
        self.tree.select("interview", interview_id, emit=False)

    def import_files(self, code=None, paths=None) -> None:
        from desktop.importing import ImportWorker, choose_files

        code = code or self.current_participant()
        if not code:
            QMessageBox.information(self, QCoreApplication.translate("MainWindow", "Import"), QCoreApplication.translate("MainWindow", "Choose a participant first."))
            return
        paths = paths or choose_files(self)
        if not paths:
            return
        worker = ImportWorker(self.study, code, paths, self)
        worker.imported.connect(lambda iid, name: (self.tree.refresh(), self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Imported %1").replace("%1", name), 8000)))
        worker.failed.connect(lambda name, why: QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Import failed"), f"{name}: {why}"))
        worker.warned.connect(lambda name, text: QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Imported with a warning"), text))
        worker.finished.connect(lambda w=worker: (self.study_session.work_ended(w),
                                                  self.import_workers.remove(w) if w in self.import_workers else None))
        self.import_workers.append(worker)
        self.study_session.add_work(worker)
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Importing %1 file(s)…").replace("%1", str(len(paths))))
        worker.start()

    @staticmethod
    def options_dialog(study, label: str, parent):
        from desktop.queue.options import TranscribeOptionsDialog

        return TranscribeOptionsDialog(study, label, parent)

    def transcribe_with_options(self, interview_id=None):
        """Like transcribe, after asking the model, mode and who spoke when for this job."""
        return self.transcribe(interview_id, ask=True)

    def transcribe(self, interview_id=None, ask: bool = False):
        if self.study is None:
            return None
        if not interview_id:
            key = self.tree.current_key()
            if not key or key[0] != "interview":
                self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Choose an interview to transcribe."), 5000)
                return None
            interview_id = int(key[1])
        row = self.study.interviews.get(interview_id)
        if row["transcript_state"] == "complete":
            self.show_interview(interview_id)
            return None
        label = f"{row['participant']} {row['date']} (#{interview_id})"
        options = {}
        if ask:
            dialog = self.options_dialog(self.study, label, self)
            accepted = dialog.exec() == QDialog.Accepted
            options = dialog.options()
            dialog.deleteLater()
            if not accepted:
                return None
        job = self.queue.add(interview_id, label, **options)
        self.queue_dock.show()
        return job

    def _jobs_changed(self, _job_id: int) -> None:
        if self.queue is None:
            return
        running = self.queue.running()
        waiting = sum(1 for j in self.queue.jobs if j.state == "queued")
        if running:
            text = QCoreApplication.translate("MainWindow", "Transcribing %1: %2%").replace("%1", running.label).replace("%2", f"{running.fraction * 100:.0f}")
            if waiting:
                text += " " + QCoreApplication.translate("MainWindow", "(+%1 waiting)").replace("%1", str(waiting))
        else:
            text = ""
        self.jobs_label.setText(text)

    def _job_finished(self, job_id: int, transcript_id: int) -> None:
        job = self.queue.job(job_id)
        self.tree.refresh()
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Transcript of %1 is ready.").replace("%1", job.label), 10000)
        QApplication.alert(self)
        if self.recording is None or not self.recording.is_recording():
            self.open_interview(job.interview_id)
