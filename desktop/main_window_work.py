"""The main window's work on interviews: the recording screen, importing files and the transcription queue.

A mixin of MainWindow (kept apart so each file holds one concern)."""
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.i18n import refusal
from storage.consent.forms import ConsentItem
from storage.errors import VeldwerkError


class InterviewWorkMixin:
    """Recording, importing and transcribing for MainWindow."""

    # -- refusals: before asking for anything, always with the reason, in the UI's language ----------
    def refuse(self, title: str, text: str) -> None:
        """Say why an action is refused: a message box, and the status bar keeps the line."""
        self.statusBar().showMessage(text, 15000)
        QMessageBox.information(self, title, text)

    def consent_refused(self, code: str | None, item: ConsentItem, title: str, session: int | None = None) -> bool:
        """Refuse (and say why) when `code`'s consent, or at a focus group or meeting (`session`) the consent of
        everyone present, does not cover `item`; the reason is the core's refusal."""
        from storage.sessions.consent import require_present

        try:
            if session is None:
                self.study.consent.require(code, item)
            else:
                require_present(self.study, item, interview_id=session)
        except VeldwerkError as exc:
            self.refuse(title, QCoreApplication.translate("MainWindow", "%1 Record consent first.").replace("%1", refusal(exc)))
            return True
        return False

    def _participant_for(self, code, title: str) -> str | None:
        code = code or self.current_participant()
        if not code:
            self.refuse(title, QCoreApplication.translate("MainWindow", "Choose a participant first."))
        return code or None

    # -- recording, import, transcription -------------------------------------------------------
    def show_recording(self, code=None) -> None:
        if self.study is None or self.recording is None:
            return
        if self.recording.is_recording():
            self.stack.setCurrentWidget(self.recording)
            return
        from desktop.sessions import selected_session

        session = None if code else selected_session(self)
        if session is not None:  # a focus group or meeting selected in the sidebar
            if self.consent_refused(None, ConsentItem.RECORDING, QCoreApplication.translate("MainWindow", "Record interview"), session):
                return
            self.recording.prepare_session(session)
            self.stack.setCurrentWidget(self.recording)
            return
        title = QCoreApplication.translate("MainWindow", "Record interview")
        code = self._participant_for(code, title)
        if not code or self.consent_refused(code, ConsentItem.RECORDING, title):
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
        from desktop.queue.options import transcribe_after_recording

        self.tree.refresh()
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Recording saved."), 8000)
        self.tree.select("interview", interview_id, emit=False)
        if transcribe_after_recording() and self.recording.transcribe_button.isEnabled():
            self.transcribe_take(interview_id)     # the setting says so (Settings → Transcribe … as soon as it is saved)

    def transcribe_take(self, interview_id: int):
        """Queue the take just recorded; the recording screen says it started."""
        job = self.transcribe(interview_id)
        if job is not None and self.recording is not None:
            self.recording.transcription_started()
        return job

    def import_files(self, code=None, paths=None, session=None) -> None:
        from desktop.importing import ImportWorker, choose_files

        if self.study is None:
            return
        title = QCoreApplication.translate("MainWindow", "Import")
        if session is None:
            code = self._participant_for(code, title)
        if (session is None and (not code or self.consent_refused(code, ConsentItem.RECORDING, title))) or (
                session is not None and self.consent_refused(None, ConsentItem.RECORDING, title, session)):
            return
        paths = paths or choose_files(self)
        if not paths:
            return
        worker = ImportWorker(self.study, code, paths, self, session=session)
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
        if row.transcript_state == "complete":
            self.show_interview(interview_id)
            return None
        if self.consent_refused(row.participant, ConsentItem.TRANSCRIPTION, QCoreApplication.translate("MainWindow", "Transcribe")):
            return None
        label = f"{row.participant} {row.date} (#{interview_id})"
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
