"""The work on interviews for the main window: the recording screen, importing files and the transcription queue.

`InterviewWork(window, session)` is an object the main window owns (`window.work`): the decisions (whose consent
is needed, what to refuse, what to queue) are made here in plain Python on the study session
(`desktop.study_session.StudySession`); the window is the view it shows them on (its pages, sidebar, status bar
and message boxes). `attach(queue, recording)` wires a study's queue and recording panel to it, in one place."""
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.i18n import refusal
from storage.consent.forms import ConsentItem
from storage.errors import VeldwerkError


class InterviewWork:
    """Recording, importing and transcribing on the open study, shown in `window`."""

    def __init__(self, window, session):
        self.window = window  # the view: stack, sidebar tree, status bar, recording panel, queue dock
        self.session = session  # the open study and the work running on it
        self.import_workers = []

    @property
    def study(self):
        return self.session.study

    def attach(self, queue, recording) -> None:
        """Wire a newly opened study's transcription queue and recording panel to this work."""
        queue.changed.connect(self._jobs_changed)
        queue.finished.connect(self._job_finished)
        recording.recorded.connect(self._recorded)
        recording.state_changed.connect(self._recording_state)
        recording.transcribe_requested.connect(self.transcribe_take)

    # -- refusals: before asking for anything, always with the reason, in the UI's language ----------
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
            self.window.refuse(title, QCoreApplication.translate("MainWindow", "%1 Record consent first.").replace("%1", refusal(exc)))
            return True
        return False

    # -- recording, import, transcription -------------------------------------------------------
    def show_recording(self, code=None) -> None:
        w = self.window
        if self.study is None or w.recording is None:
            return
        if w.recording.is_recording():
            w.stack.setCurrentWidget(w.recording)
            return
        from desktop.sessions import selected_session

        session = None if code else selected_session(w)
        if session is not None:  # a focus group or meeting selected in the sidebar
            if self.consent_refused(None, ConsentItem.RECORDING, QCoreApplication.translate("MainWindow", "Record interview"), session):
                return
            w.recording.prepare_session(session)
            w.stack.setCurrentWidget(w.recording)
            return
        title = QCoreApplication.translate("MainWindow", "Record interview")
        code = w.participant_for(code, title)
        if not code or self.consent_refused(code, ConsentItem.RECORDING, title):
            return
        w.recording.prepare(code)
        w.stack.setCurrentWidget(w.recording)

    def toggle_record(self) -> None:
        w = self.window
        if w.recording is not None and w.stack.currentWidget() is w.recording:
            w.recording.toggle_record()
        else:
            self.show_recording()

    def _recording_state(self, state: str) -> None:
        recording = state != "ready"
        self.window.tree.setEnabled(not recording)
        self.window.actions["record"].setText(QCoreApplication.translate("MainWindow", "Stop &recording") if recording else QCoreApplication.translate("MainWindow", "&Record interview"))

    def _recorded(self, interview_id: int) -> None:
        from desktop.queue.options import transcribe_after_recording

        w = self.window
        w.tree.refresh()
        w.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Recording saved."), 8000)
        w.tree.select("interview", interview_id, emit=False)
        if transcribe_after_recording() and w.recording.transcribe_button.isEnabled():
            self.transcribe_take(interview_id)     # the setting says so (Settings → Transcribe … as soon as it is saved)

    def transcribe_take(self, interview_id: int):
        """Queue the take just recorded; the recording screen says it started."""
        job = self.transcribe(interview_id)
        if job is not None and self.window.recording is not None:
            self.window.recording.transcription_started()
        return job

    def import_files(self, code=None, paths=None, session=None) -> None:
        from desktop.importing import ImportWorker, choose_files

        w = self.window
        if self.study is None:
            return
        title = QCoreApplication.translate("MainWindow", "Import")
        if session is None:
            code = w.participant_for(code, title)
        if (session is None and (not code or self.consent_refused(code, ConsentItem.RECORDING, title))) or (
                session is not None and self.consent_refused(None, ConsentItem.RECORDING, title, session)):
            return
        paths = paths or choose_files(w)
        if not paths:
            return
        worker = ImportWorker(self.study, code, paths, w, session=session)
        worker.imported.connect(lambda iid, name: (w.tree.refresh(), w.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Imported %1").replace("%1", name), 8000)))
        worker.failed.connect(lambda name, why: QMessageBox.warning(w, QCoreApplication.translate("MainWindow", "Import failed"), f"{name}: {why}"))
        worker.warned.connect(lambda name, text: QMessageBox.warning(w, QCoreApplication.translate("MainWindow", "Imported with a warning"), text))
        worker.finished.connect(lambda done=worker: (self.session.work_ended(done),
                                                     self.import_workers.remove(done) if done in self.import_workers else None))
        self.import_workers.append(worker)
        self.session.add_work(worker)
        w.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Importing %1 file(s)…").replace("%1", str(len(paths))))
        worker.start()

    @staticmethod
    def options_dialog(study, label: str, parent):
        from desktop.queue.options import TranscribeOptionsDialog

        return TranscribeOptionsDialog(study, label, parent)

    def transcribe_with_options(self, interview_id=None):
        """Like transcribe, after asking the model, mode and who spoke when for this job."""
        return self.transcribe(interview_id, ask=True)

    def transcribe(self, interview_id=None, ask: bool = False):
        w = self.window
        if self.study is None:
            return None
        if not interview_id:
            key = w.tree.current_key()
            if not key or key[0] != "interview":
                w.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Choose an interview to transcribe."), 5000)
                return None
            interview_id = int(key[1])
        row = self.study.interviews.get(interview_id)
        if row.transcript_state == "complete":
            w.show_interview(interview_id)
            return None
        if self.consent_refused(row.participant, ConsentItem.TRANSCRIPTION, QCoreApplication.translate("MainWindow", "Transcribe")):
            return None
        label = f"{row.participant} {row.date} (#{interview_id})"
        options = {}
        if ask:
            dialog = self.options_dialog(self.study, label, w)
            accepted = dialog.exec() == QDialog.Accepted
            options = dialog.options()
            dialog.deleteLater()
            if not accepted:
                return None
        job = w.queue.add(interview_id, label, **options)
        w.queue_dock.show()
        return job

    def _jobs_changed(self, _job_id: int) -> None:
        queue = self.window.queue
        if queue is None:
            return
        running = queue.running()
        waiting = sum(1 for j in queue.jobs if j.state == "queued")
        if running:
            text = QCoreApplication.translate("MainWindow", "Transcribing %1: %2%").replace("%1", running.label).replace("%2", f"{running.fraction * 100:.0f}")
            if waiting:
                text += " " + QCoreApplication.translate("MainWindow", "(+%1 waiting)").replace("%1", str(waiting))
        else:
            text = ""
        self.window.jobs_label.setText(text)

    def _job_finished(self, job_id: int, transcript_id: int) -> None:
        w = self.window
        job = w.queue.job(job_id)
        w.tree.refresh()
        w.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Transcript of %1 is ready.").replace("%1", job.label), 10000)
        QApplication.alert(w)
        if w.recording is None or not w.recording.is_recording():
            w.open_interview(job.interview_id)
