"""Export… : choose a format of the core's registry, the scope and the target file, see what will be
included, and export in the background. Every rule (what is quoted, what is replaced) is the core's."""
from pathlib import Path

from PySide6.QtCore import QRect, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.export.formats import available
from desktop.export.jobs import ExportJob, PreviewJob
from storage.exports import Scope, exporters


class ExportDialog(QDialog):
    def __init__(self, study, interview_id: int | None = None, parent=None):
        super().__init__(parent)
        self.study = study
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(820)   # the file name (study - scope - format) stays readable
        self.job: ExportJob | None = None
        self.confirmed_path: str | None = None   # the path the file dialog asked about replacing, for this scope and format
        self.preview_jobs: list[PreviewJob] = []
        self.preview = None
        self.open_review_counts: dict[int, int] | None = None
        self.written: str | None = None
        self.formats = available()

        self.format_box = QComboBox()
        for f in self.formats:
            self.format_box.addItem(f.label, f.key)
        self.one = QRadioButton(self.tr("One interview:"))
        self.all = QRadioButton(self.tr("The whole study"))
        group = QButtonGroup(self)
        group.addButton(self.one)
        group.addButton(self.all)
        self.interview_box = QComboBox()
        for row in study.interviews.list():
            if row.transcript_state != "none":
                self.interview_box.addItem(self.tr("%1 – interview %2 (%3)").replace("%1", row.participant)
                                           .replace("%2", str(row.id)).replace("%3", row.date or ""), row.id)
        index = self.interview_box.findData(interview_id) if interview_id else -1
        if index >= 0:
            self.interview_box.setCurrentIndex(index)
            self.one.setChecked(True)
        else:
            self.all.setChecked(True)
        scope_row = QWidget()
        scope = QVBoxLayout(scope_row)
        scope.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(self.one)
        line.addWidget(self.interview_box, 1)
        scope.addLayout(line)
        scope.addWidget(self.all)
        self.scope_note = QLabel()
        self.scope_note.setStyleSheet("color: palette(mid);")
        scope.addWidget(self.scope_note)

        self.pseudonymise = QCheckBox(self.tr("Pseudonymise: replace names, places, phone numbers, e-mail addresses and dates"))
        self.pseudonymise.setChecked(True)
        self.pseudonymise.toggled.connect(self._pseudonymise_toggled)

        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Where to save the export"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_file)
        target = QHBoxLayout()
        target.addWidget(self.path_edit, 1)
        target.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Include:"), scope_row)
        form.addRow("", self.pseudonymise)
        form.addRow(self.tr("Save as:"), target)

        box = QGroupBox(self.tr("What will be included"))
        self.preview_label = QLabel()
        self.preview_label.setObjectName("export_preview")
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.RichText)
        self.preview_label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.review_button = QPushButton(self.tr("Review pseudonymisation…"))
        self.review_button.clicked.connect(self.open_review)
        inner = QVBoxLayout(box)
        inner.addWidget(self.preview_label, 1)
        inner.addWidget(self.review_button, 0, Qt.AlignLeft)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(10)
        self.busy.hide()
        self.status = QLabel()
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        result = QHBoxLayout()
        result.addWidget(self.status, 1)
        result.addWidget(self.open_folder_button)

        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box, 1)
        layout.addWidget(self.busy)
        layout.addLayout(result)
        layout.addLayout(buttons)

        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.interview_box.currentIndexChanged.connect(self._scope_changed)
        self.one.toggled.connect(self._scope_changed)
        self.path_edit.textChanged.connect(self._update_buttons)
        self._suggested = ""
        self._format_changed()

    # -- choices --------------------------------------------------------------------------------
    def current_format(self):
        return self.formats[max(0, self.format_box.currentIndex())]

    def set_format(self, key: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(key))

    def interview_id(self) -> int | None:
        """The interview the export is limited to (None: the whole study)."""
        if self.current_format().scope is Scope.STUDY or not self.one.isChecked():
            return None
        return self.interview_box.currentData()

    def _format_changed(self) -> None:
        fmt = self.current_format()
        has_interviews = self.interview_box.count() > 0
        if fmt.scope is Scope.INTERVIEW:
            self.one.setChecked(True)
            self.scope_note.setText(self.tr("This format holds one interview."))
        elif fmt.scope is Scope.STUDY:
            self.all.setChecked(True)
            self.scope_note.setText(self.tr("This format always covers the whole study."))
        else:
            self.scope_note.setText("")
        self.scope_note.setVisible(bool(self.scope_note.text()))
        self.one.setEnabled(fmt.scope is not Scope.STUDY and has_interviews)
        self.interview_box.setEnabled(fmt.scope is not Scope.STUDY and has_interviews)
        self.all.setEnabled(fmt.scope is not Scope.INTERVIEW)
        always = exporters()[fmt.key].always_pseudonymised  # a handout for participants: never without pseudonymisation
        if always and not self.pseudonymise.isChecked():
            self.pseudonymise.blockSignals(True)
            self.pseudonymise.setChecked(True)
            self.pseudonymise.blockSignals(False)
        self.pseudonymise.setEnabled(fmt.quotes is not None and not always)
        path = self.path_edit.text().strip()
        if path and Path(path).name != self._suggested:
            self.path_edit.setText(str(Path(path).with_suffix("." + fmt.extension)))   # a name of one's own keeps its stem
            self.confirmed_path = None
        else:
            self._name_from_choices()
        self.refresh_preview()

    def _scope_changed(self, *_) -> None:
        """Another scope is another file: name it from the scope (same folder), never keep the old name."""
        self._name_from_choices()
        self.refresh_preview()

    def _name_from_choices(self) -> None:
        path = self.path_edit.text().strip()
        documents = Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or Path.home())
        folder = Path(path).parent if path else (documents if documents.is_dir() else Path.home())
        self._suggested = self.suggested_name()
        self.path_edit.setText(str(folder / self._suggested))
        self.confirmed_path = None

    def _pseudonymise_toggled(self, on: bool) -> None:
        if not on and not self.confirm_unpseudonymised():
            self.pseudonymise.blockSignals(True)
            self.pseudonymise.setChecked(True)
            self.pseudonymise.blockSignals(False)
            return
        self.refresh_preview()

    def confirm_unpseudonymised(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Export without pseudonymisation?"),
            self.tr("The export will contain names, places, phone numbers, e-mail addresses and dates exactly as "
                    "they were recorded. Treat the file as confidential.\n\nThis unpseudonymised export will be "
                    "recorded in the study's audit log. Export without pseudonymisation?"),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def suggested_name(self) -> str:
        """Study, scope and format (storage/exports/file_names.py), in the UI's language."""
        from storage.exports.file_names import export_file_name

        fmt = self.current_format()
        iid = self.interview_id()
        if iid is None:
            scope = self.tr("whole study")
        else:
            code = next((r.participant for r in self.study.interviews.list() if r.id == iid), "")
            scope = self.tr("%1 interview %2").replace("%1", code).replace("%2", str(iid)).strip()
        return export_file_name(self.study.name or "", scope, fmt.label, fmt.extension)

    def choose_file(self) -> None:
        fmt = self.current_format()
        start = self.path_edit.text().strip() or str(
            Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or Path.home()) / self.suggested_name())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), start, f"{fmt.label} (*.{fmt.extension})")
        if path:
            if Path(path).suffix.lower() != "." + fmt.extension:
                path += "." + fmt.extension
            self.path_edit.setText(path)
            self.confirmed_path = path  # the file dialog already asked about replacing it

    # -- preview --------------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        fmt = self.current_format()
        self.preview, self.open_review_counts = None, None
        self.preview_label.setText(self.tr("Counting…"))
        self.review_button.setEnabled(False)
        check = self.pseudonymise.isChecked() and fmt.quotes is not None
        for running in self.preview_jobs:
            running.cancel()  # only the latest preview counts
        job = PreviewJob(self.study, fmt.key, self.interview_id(), check, self)
        job.counted.connect(lambda p, j=job: self._counted(j, p))
        job.reviewed.connect(lambda r, j=job: self._reviewed(j, r))
        job.failed.connect(lambda m, j=job: self._is_current(j) and self.preview_label.setText(m))
        job.finished.connect(lambda j=job: self._forget(j))
        self.preview_jobs.append(job)
        job.start()
        self._update_buttons()

    def _is_current(self, job) -> bool:
        return bool(self.preview_jobs) and job is self.preview_jobs[-1]

    def _forget(self, job) -> None:
        if job in self.preview_jobs and not self._is_current(job):
            self.preview_jobs.remove(job)

    def preview_done(self) -> bool:
        """Whether the latest preview (and its review check, when one runs) arrived."""
        job = self.preview_jobs[-1] if self.preview_jobs else None
        return job is not None and not job.isRunning() and self.preview is not None

    def _counted(self, job, preview) -> None:
        if self._is_current(job):
            self.preview = preview
            self._show_preview()

    def _reviewed(self, job, counts) -> None:
        if self._is_current(job):
            self.open_review_counts = counts
            self._show_preview()

    def _show_preview(self) -> None:
        from desktop.export.preview_text import describe

        fmt = self.current_format()
        checking = self.pseudonymise.isChecked() and fmt.quotes is not None and self.open_review_counts is None
        self.preview_label.setText(describe(self.preview, fmt, self.pseudonymise.isChecked(), self.open_review_counts, checking))
        self._fit_preview()
        self.review_button.setEnabled(bool(self.preview.interviews) and fmt.quotes is not None)

    def _say(self, text: str) -> None:
        """The status line under the preview; the dialog grows with its lines, as with the preview's."""
        self.status.setText(text)
        self._fit_preview()

    def _fit_preview(self) -> None:
        """A word-wrapped label does not make a shown dialog taller: ask for the height its lines need, so no
        warning line is cut off (the dialog grows up to the screen's height)."""
        for label in (self.preview_label, self.status):
            label.setMinimumHeight(max(0, label.heightForWidth(label.width())) if label.text() else 0)
        # Qt raises the dialog's minimum height with the layout, but only at its next layout request: until then
        # (and on X without a window manager, for good) the new lines were painted under the review button. Lay
        # out now, ask for the height outright, and place the children in it before anything is painted.
        layout = self.layout()
        for inner in (self.preview_label.parentWidget().layout(), layout):   # the group box's, then the dialog's
            inner.invalidate()
            inner.activate()
        need = layout.totalMinimumSize().height()
        if self.isVisible() and self.height() < need:
            self.resize(self.width(), need)
            layout.setGeometry(QRect(0, 0, self.width(), max(need, self.height())))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_preview()

    def open_review(self) -> None:
        from desktop.export.review import PseudonymReviewDialog

        ids = [i["id"] for i in self.preview.interviews] if self.preview else []
        counts = self.open_review_counts or {}
        unreviewed = {i["id"] for i in self.preview.unreviewed()} if self.preview else set()
        first = next((i for i in ids if counts.get(i)), next((i for i in ids if i in unreviewed), ids[0] if ids else None))
        PseudonymReviewDialog(self.study, first, self).exec()
        self.refresh_preview()

    # -- export ---------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        fmt = self.current_format()
        ready = bool(self.path_edit.text().strip()) and (fmt.scope is not Scope.INTERVIEW or self.interview_box.count() > 0)
        self.export_button.setEnabled(ready and self.job is None)

    def start_export(self) -> bool:
        path = self.path_edit.text().strip()
        if not path or self.job is not None:
            return False
        fmt = self.current_format()
        if not Path(path).suffix:
            path += "." + fmt.extension
            self.path_edit.setText(path)
        if Path(path).is_file() and path != self.confirmed_path:
            answer = QMessageBox.question(self, self.tr("Export"), self.tr("%1 already exists. Replace it?").replace("%1", path),
                                          QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            if answer != QMessageBox.Yes:
                return False
        from storage.pseudonymise import deidentify

        slow = self.pseudonymise.isChecked() and fmt.quotes is not None and not deidentify.is_warm()
        self.status.setStyleSheet("")
        self._say(self.tr("Exporting… Loading the pseudonymiser takes about a minute the first time.") if slow
                            else self.tr("Exporting…"))
        self.open_folder_button.hide()
        self.busy.show()
        self.job = ExportJob(self.study, fmt.key, path, self.interview_id(),
                             self.pseudonymise.isChecked() or fmt.quotes is None, self)
        self.job.done.connect(self._exported)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self._job_ended)
        self._update_buttons()
        self.job.start()
        return True

    def _exported(self, path: str) -> None:
        self.written = path
        text = self.tr("Exported to %1").replace("%1", path)
        unreviewed = self.unreviewed()
        if unreviewed:
            self.status.setStyleSheet("color: #b00020;")
            text += "\n" + self.tr("Review not finished for %1: the export says so. Finish the review "
                                   "(Pseudonymisation review…) before you share it.").replace("%1", ", ".join(unreviewed))
        self._say(text)
        self.open_folder_button.show()

    def unreviewed(self) -> list[str]:
        """'R01 #1' for every interview of a pseudonymised export whose review is not finished (as the export states)."""
        from storage.exports import ExportContext
        from storage.pseudonymise.review_state import ReviewState

        if not self.pseudonymise.isChecked() or self.current_format().quotes is None:
            return []
        reviews = ReviewState(self.study)
        return [f"{i.participant} #{i.id}" for i in ExportContext(self.study, interview_id=self.interview_id()).interviews()
                if i.transcript_state != "none" and not reviews.is_finished(i.id)]

    def _failed(self, message: str) -> None:
        self.written = None
        self.status.setStyleSheet("color: #b00020;")
        self._say(self.tr("Export failed: %1").replace("%1", message))

    def _job_ended(self) -> None:
        self.busy.hide()
        self.job = None
        self._update_buttons()

    def open_folder(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.written).parent)))

    def done(self, result: int) -> None:
        """Closing: not while the export runs (it writes the file); previews still counting are cancelled."""
        if self.job is not None and self.job.isRunning():
            self._say(self.tr("The export is still running; close this window when it is done."))
            return
        for job in self.preview_jobs:
            job.cancel()
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.job is not None and self.job.isRunning():
            event.ignore()
            self.done(0)
            return
        for job in self.preview_jobs:
            job.cancel()
        super().closeEvent(event)
