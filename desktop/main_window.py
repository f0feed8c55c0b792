"""The main window: welcome screen without a study; with one, the participants sidebar, the central
page (study, participant, interview or recording), the transcription queue dock and the status bar."""
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QStackedWidget

from desktop.i18n import refusal
from desktop.main_window_work import InterviewWork
from desktop.participants.consent_state import allows
from desktop.participants.pages import InterviewPage, ParticipantPage, StudyPage
from desktop.participants.tree import ParticipantTree
from desktop.queue.dock import QueueDock
from desktop.queue.jobs import TranscriptionQueue
from desktop.study_session import StudySession
from desktop.welcome import WelcomeWidget, forget_study, recent_studies, remember_study
from storage.consent.forms import ConsentItem
from storage.errors import VeldwerkError
from storage.timefmt import clock

MIN_SIZE = QSize(1024, 640)
SCREEN_SHARE = 0.9   # a first start opens at 90% of the screen's free area (a saved geometry wins)


def screen_size(widget) -> QSize:
    """The window's first size: SCREEN_SHARE of the available screen area, never below MIN_SIZE."""
    from PySide6.QtGui import QGuiApplication

    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(1180, 760)
    free = screen.availableGeometry().size()
    return QSize(max(MIN_SIZE.width(), min(free.width(), int(free.width() * SCREEN_SHARE))),
                 max(MIN_SIZE.height(), min(free.height(), int(free.height() * SCREEN_SHARE))))


class MainWindow(QMainWindow):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setMinimumSize(MIN_SIZE)
        self.study_session = StudySession()   # the open study and the work on it; this window observes it
        self.study_session.observe(self)
        self.work = InterviewWork(self, self.study_session)   # recording, importing, transcribing; this window shows it
        self.queue: TranscriptionQueue | None = None
        self.recording = None

        self.stack = QStackedWidget()
        self.welcome = WelcomeWidget()
        self.welcome.open_requested.connect(self.open_study)
        self.welcome.new_requested.connect(self.new_study)
        self.study_page = StudyPage()
        self.study_page.add_participant.connect(self.add_participant)
        self.participant_page = ParticipantPage()
        self.participant_page.take_consent.connect(self.take_consent)
        self.participant_page.record.connect(self.work.show_recording)
        self.participant_page.import_audio.connect(self.work.import_files)
        self.participant_page.edit.connect(self.edit_participant)
        self.participant_page.withdraw.connect(self.withdraw_participant)
        self.interview_page = InterviewPage()
        self.interview_page.transcribe.connect(self.work.transcribe)
        self.interview_page.jump.connect(lambda i, seg, off: QTimer.singleShot(0, lambda: self.jump_to(i, seg, off)))
        for page in (self.welcome, self.study_page, self.participant_page, self.interview_page):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)

        self.tree = ParticipantTree()
        self.tree.participant_selected.connect(self.show_participant)
        self.tree.interview_selected.connect(self.show_interview)
        self.tree.files_dropped.connect(self.work.import_files)
        self.tree.refreshed.connect(self._fit_sidebar)
        self.sidebar = QDockWidget(self.tr("Participants"))
        self.sidebar.setObjectName("participants_dock")
        self.sidebar.setWidget(self.tree)
        self.sidebar.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetClosable)
        self.addDockWidget(Qt.LeftDockWidgetArea, self.sidebar)
        self.queue_dock = QueueDock()
        self.queue_dock.open_interview.connect(self.open_interview)
        self.addDockWidget(Qt.BottomDockWidgetArea, self.queue_dock)
        self.queue_dock.hide()
        self.coding_docks: dict[str, QDockWidget] = {}

        self.model_label = QLabel()
        self.jobs_label = QLabel()
        self.statusBar().addPermanentWidget(self.jobs_label)
        self.statusBar().addPermanentWidget(self.model_label)

        from desktop.menus import build_menus

        self.actions = build_menus(self)
        self.resize(screen_size(self))
        self.resizeDocks([self.sidebar], [300], Qt.Horizontal)
        self.resizeDocks([self.queue_dock], [120], Qt.Vertical)
        self._restore_layout()
        self._show_study_state()
        from desktop.export import start_warm_up

        QTimer.singleShot(1500, start_warm_up)  # deduce's tables, so the first export does not stall

    def showEvent(self, event):  # noqa: N802 - Qt API: a study opened before the window was shown
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_sidebar)

    def _fit_sidebar(self) -> None:
        """Widen the participants panel when its details would be cut, up to a third of the window."""
        if not self.sidebar.isVisible():
            return
        needed = min(self.tree.needed_width(), self.width() // 3)
        if needed > self.sidebar.width():
            self.resizeDocks([self.sidebar], [needed], Qt.Horizontal)

    # -- layout memory ---------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:   # centred on the screen it opens on
            screen = self.screen()
            if screen is not None:
                frame = self.frameGeometry()
                frame.moveCenter(screen.availableGeometry().center())
                self.move(frame.topLeft())
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())

    # -- study -------------------------------------------------------------------------------------
    def new_study(self) -> None:
        from desktop.study_dialogs import NewStudyDialog

        dialog = NewStudyDialog(self)
        if dialog.exec() and dialog.study is not None:
            self.set_study(dialog.study)

    def open_study(self, path=None) -> bool:
        from desktop.study_dialogs import open_study

        if not path:
            self.welcome.browse()
            return False
        try:
            study = open_study(path, self)
        except VeldwerkError as exc:
            QMessageBox.warning(self, self.tr("Open study"), refusal(exc))
            if not (Path(path) / "study.json").exists():
                forget_study(path)
                self.welcome.refresh()
            return False
        if study is None:
            return False
        self.set_study(study)
        return True

    @property
    def study(self):
        """The open study (the session's), or None."""
        return self.study_session.study

    def set_study(self, study) -> None:
        """Show an opened study (closing the previous one)."""
        if self.study is not None and not self.close_study():
            study.close()
            return
        self.study_session.open(study)

    def study_opened(self, study) -> None:
        """StudySession observer: show the study, with its queue and recording panel."""
        from desktop.export.jobs import ExportWork

        remember_study(study.path)
        self.queue = TranscriptionQueue(study, self)
        self.study_session.add_work(self.queue)
        self.study_session.add_work(ExportWork())   # export previews and scans read the study in their own threads
        self.queue.failed.connect(lambda _id, msg: self.statusBar().showMessage(self.tr("Transcription failed: %1").replace("%1", msg), 10000))
        self.queue_dock.set_queue(self.queue)
        from desktop.recording.panel import RecordingPanel

        self.recording = RecordingPanel(study)
        self.work.attach(self.queue, self.recording)
        self.recording.open_requested.connect(self.open_interview)
        self.stack.addWidget(self.recording)
        self.tree.set_study(study)
        self.refresh_model_label()
        self._show_study_state()
        self.show_study_page()
        QTimer.singleShot(0, self._offer_recovered)

    def close_study(self, keep_open: bool = False) -> bool:
        """Close the study after stopping (and saving) a recording and cancelling jobs.

        keep_open leaves the Study itself open (the window hands it to another window)."""
        if self.study is None:
            return True
        if self.recording is not None and self.recording.is_recording():
            answer = QMessageBox.question(
                self, self.tr("Recording in progress"),
                self.tr("A recording is running. Stop it and save it?"),
                QMessageBox.Save | QMessageBox.Cancel, QMessageBox.Save)
            if answer not in (QMessageBox.Save, QMessageBox.Yes):
                return False
            self.recording.stop()
        self.study_session.stop_work()   # transcriptions, imports, export previews: cancelled or finished
        self.work.import_workers.clear()
        for dock in list(self.coding_docks.values()):
            self.removeDockWidget(dock)
            dock.deleteLater()
        self.coding_docks.clear()
        from desktop.actions import close_actions

        close_actions(self)  # the Acties view reads the study
        self.interview_page._show_body(self.study, 0, "none")
        if self.recording is not None:
            self.stack.removeWidget(self.recording)
            self.recording.deleteLater()
            self.recording = None
        self.queue_dock.set_queue(None)
        self.queue = None
        self.tree.set_study(None)
        self.study_session.close(keep_open)
        return True

    def study_closed(self) -> None:
        """StudySession observer: back to the welcome screen."""
        self.welcome.refresh()
        self._show_study_state()

    def _show_study_state(self) -> None:
        has = self.study is not None
        self.sidebar.setVisible(has)
        if not has:
            self.queue_dock.hide()
        title = "Veldwerk"
        if has:
            title = f"{self.study.name} — Veldwerk"
        self.setWindowTitle(title)
        for name in ("close", "settings_study", "add_participant", "edit_participant", "consent", "record",
                     "import", "transcribe", "transcribe_options", "withdraw", "pause", "marker", "export", "pseudonym_review",
                     "known_names", "analysis", "exchange_export", "exchange_import", "exchange_conflicts", "researcher",
                     "compare_coders", "import_qdpx"):
            if name in self.actions:
                self.actions[name].setEnabled(has)
        self.exchange_menu.setEnabled(has)  # made with the menus (desktop/menus.py)
        if not has:
            self.stack.setCurrentWidget(self.welcome)
            self.model_label.setText("")
            self.jobs_label.setText("")
        self._refresh_recent_menu()

    def _refresh_recent_menu(self) -> None:
        menu = self.recent_menu   # made by build_menus
        menu.clear()
        for path in recent_studies():
            action = menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_study(p))
        menu.setEnabled(bool(recent_studies()))

    def refresh_model_label(self) -> None:
        if self.study is None:
            return
        from desktop.queue.jobs import preferences

        model = self.study.get_setting("model") or "base"
        mode = self.tr("fast") if preferences()["fast"] else self.tr("accurate")
        self.model_label.setText(self.tr("Model: %1 (%2)").replace("%1", model).replace("%2", mode))

    def _offer_recovered(self) -> None:
        """After a crash: say which takes were recovered and how long they are."""
        if self.study is None:
            return
        recovered = self.study.recovered
        if not recovered:
            return
        lines = [f"{clock(r.duration)}" for r in recovered]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Information)
        box.setWindowTitle(self.tr("Recording recovered"))
        box.setText(self.tr("The last session ended unexpectedly while recording. %1 take(s) were recovered and kept: %2.")
                    .replace("%1", str(len(recovered))).replace("%2", ", ".join(lines)))
        open_button = box.addButton(self.tr("Open interview"), QMessageBox.AcceptRole)
        box.addButton(QMessageBox.Ok)
        box.exec()
        if box.clickedButton() is open_button and recovered[0].interview_id:
            self.open_interview(recovered[0].interview_id)
        self.study.recovered = []

    # -- refusals: before asking for anything, always with the reason, in the UI's language ----------
    def refuse(self, title: str, text: str) -> None:
        """Say why an action is refused: a message box, and the status bar keeps the line."""
        self.statusBar().showMessage(text, 15000)
        QMessageBox.information(self, title, text)

    def participant_for(self, code, title: str) -> str | None:
        """`code`, or the participant selected now; refuses (and says why) when there is none."""
        code = code or self.current_participant()
        if not code:
            self.refuse(title, self.tr("Choose a participant first."))
        return code or None

    # -- pages ------------------------------------------------------------------------------------
    def _can_leave_recording(self) -> bool:
        if self.recording is not None and self.recording.is_recording():
            self.statusBar().showMessage(self.tr("Stop the recording first (Ctrl+R)."), 5000)
            return False
        return True

    def show_study_page(self) -> None:
        if self.study is None or not self._can_leave_recording():
            return
        self.study_page.show_study(self.study)
        self.stack.setCurrentWidget(self.study_page)

    def show_participant(self, code: str) -> None:
        if not self._can_leave_recording():
            return
        self.participant_page.show_participant(self.study, code)
        self.stack.setCurrentWidget(self.participant_page)

    def show_interview(self, interview_id: int) -> None:
        if not self._can_leave_recording():
            return
        self.interview_page.show_interview(self.study, interview_id)
        self.stack.setCurrentWidget(self.interview_page)

    def open_interview(self, interview_id: int) -> None:
        self.tree.refresh()
        self.tree.select("interview", interview_id, emit=False)
        self.show_interview(interview_id)

    def current_participant(self) -> str | None:
        if self.stack.currentWidget() is self.recording and self.recording.code:
            return self.recording.code
        return self.tree.current_participant()

    def refresh(self) -> None:
        self.tree.refresh()
        current = self.stack.currentWidget()
        if current is self.participant_page and self.participant_page.code:
            self.participant_page.show_participant(self.study, self.participant_page.code)
        elif current is self.study_page:
            self.study_page.show_study(self.study)

    # -- participants -------------------------------------------------------------------------------
    def add_participant(self) -> None:
        from desktop.participants.dialogs import ParticipantDialog

        dialog = ParticipantDialog(self.study, parent=self)
        if not dialog.exec():
            return
        code = dialog.saved["code"]
        self.tree.refresh()
        self.tree.select("participant", code)
        answer = QMessageBox.question(
            self, self.tr("Consent"), self.tr("Take the consent of %1 now?").replace("%1", code),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
        if answer == QMessageBox.Yes:
            self.take_consent(code)

    def edit_participant(self, code=None) -> None:
        from desktop.participants.dialogs import ParticipantDialog

        code = self.participant_for(code, self.tr("Edit participant"))
        if not code:
            return
        dialog = ParticipantDialog(self.study, self.study.participants.get(code), parent=self)
        if dialog.exec():
            self.tree.refresh()
            self.tree.select("participant", dialog.saved["code"])
            self.show_participant(dialog.saved["code"])

    def take_consent(self, code=None) -> None:
        from desktop.consent_wizard import ConsentWizard

        if not self._can_leave_recording():
            return
        code = self.participant_for(code, self.tr("Consent"))
        if not code:
            return
        from desktop.consent_wizard.guard import ready_for_consent

        if not ready_for_consent(self.study, self):   # never read "(nog niet ingevuld)" aloud
            return
        wizard = ConsentWizard(self.study, code, self)
        wizard.exec()
        self.refresh()
        self.show_participant(code)
        p = self.study.participants.get(code)
        if wizard.record is not None and allows(self.study, p, ConsentItem.RECORDING):
            answer = QMessageBox.question(
                self, self.tr("Record"), self.tr("Consent covers recording. Open the recording screen for %1?").replace("%1", code),
                QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
            if answer == QMessageBox.Yes:
                self.work.show_recording(code)

    def withdraw_participant(self, code=None) -> None:
        from desktop.participants.dialogs import WithdrawDialog

        code = self.participant_for(code, self.tr("Withdraw"))
        if not code:
            return
        self.study_session.cancel_participant(self.study.participants.get(code)["id"])   # their jobs, by id
        if WithdrawDialog(self.study, code, self).exec():
            self.refresh()
            self.show_participant(code)

    # -- settings and coding hooks ------------------------------------------------------------------
    def open_settings(self) -> None:
        from desktop.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.study, self)
        if dialog.exec():
            self.refresh_model_label()
            if dialog.language_changed:
                self.switch_language()

    def switch_language(self) -> "MainWindow":
        """Install the chosen UI language and rebuild the window in it, keeping the study open."""
        from PySide6.QtWidgets import QApplication

        from desktop import i18n

        busy = (self.recording is not None and self.recording.is_recording()) or (self.queue is not None and self.queue.busy())
        i18n.install(QApplication.instance())
        if busy:
            QMessageBox.information(self, self.tr("Language"), self.tr("The new language is used after the recording or transcription, at the next start."))
            return self
        study = self.study
        current = self.tree.current_key()
        self.save_layout()
        self.close_study(keep_open=True)
        window = MainWindow()
        if study is not None:
            window.set_study(study)
            if current:
                window.tree.select(*current)
        window.show()
        self.close()
        self.deleteLater()
        return window

    def show_coding_panel(self, name: str) -> None:
        """Open a coding widget (CodebookPanel, ExcerptBrowser, PerceptionOverview) in a dock."""
        if self.study is None:
            return
        dock = self.coding_docks.get(name)
        if dock is None:
            from desktop.coding.codebook_panel import CodebookPanel
            from desktop.coding.excerpt_browser import ExcerptBrowser
            from desktop.coding.perception_overview import PerceptionOverview

            widget = {"CodebookPanel": CodebookPanel, "ExcerptBrowser": ExcerptBrowser,
                      "PerceptionOverview": PerceptionOverview}[name](self.study)
            if not isinstance(widget, CodebookPanel):   # the other two list excerpts one can jump to
                widget.jumpRequested.connect(self.jump_to)
            titles = {"CodebookPanel": self.tr("Codebook"), "ExcerptBrowser": self.tr("Excerpts"),
                      "PerceptionOverview": self.tr("Perception overview")}
            dock = QDockWidget(titles.get(name, name), self)
            dock.setObjectName(f"coding_{name}")
            dock.setWidget(widget)
            self.addDockWidget(Qt.RightDockWidgetArea, dock)
            self.coding_docks[name] = dock
        dock.show()
        dock.raise_()

    def jump_to(self, interview_id: int, segment_id: int = 0, offset: int = 0) -> None:
        """Show an interview and, when its transcript is open, the place in it."""
        self.open_interview(interview_id)
        workspace = self.interview_page.workspace
        if workspace is not None and segment_id:
            workspace.go_to(segment_id, offset)

    # -- closing -------------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.save_layout()
        if not self.close_study():
            event.ignore()
            return
        event.accept()
