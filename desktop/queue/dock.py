"""The transcription queue dock: each job with progress, elapsed and remaining time, model, cancel/retry."""
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QProgressBar, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop.queue.jobs import Job, TranscriptionQueue
from storage.timefmt import clock

MAX_VISIBLE_ROWS = 3  # the dock grows with its rows up to this many, then scrolls: a small screen keeps its editor


class JobRow(QWidget):
    """One job."""

    def __init__(self, queue: TranscriptionQueue, job: Job, open_transcript, parent=None):
        super().__init__(parent)
        self.queue = queue
        self.job_id = job.id
        self.open_transcript = open_transcript
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName(self.tr("Transcription progress"))
        self.times = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(120)
        self.action = QPushButton()
        self.action.clicked.connect(self._act)
        self.title.setMinimumWidth(220)
        self.bar.setMinimumWidth(160)
        self.times.setMinimumWidth(230)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.times)
        layout.addWidget(self.message, 3)
        layout.addWidget(self.action)
        self.update_from(job)

    def update_from(self, job: Job) -> None:
        model = job.model or "base"
        mode = self.tr("fast") if job.fast else self.tr("accurate")
        title = f"{job.label}  ·  {model} ({mode})"
        if job.speakers is not None:
            title += "  ·  " + (self.tr("speakers estimated") if job.speakers == "auto"
                                else self.tr("%1 speakers").replace("%1", str(job.speakers)))
        self.title.setText(title)
        self.bar.setValue(int(job.fraction * 1000))
        self.bar.setFormat(f"{job.fraction * 100:.0f}%")
        states = {
            "queued": self.tr("Waiting"), "running": self.tr("Transcribing"), "done": self.tr("Done"),
            "failed": self.tr("Failed"), "cancelled": self.tr("Cancelled"),
        }
        self.times.setText(self.tr("%1 · elapsed %2 · remaining %3").replace("%1", states[job.state])
                           .replace("%2", clock(job.elapsed)).replace("%3", clock(job.remaining)))
        self.message.setText(job.message if job.state in ("failed", "cancelled") or job.message else "")
        self.message.setStyleSheet("color: #b00020;" if job.state == "failed" else "")
        self.message.setVisible(bool(self.message.text()))
        if job.active:
            self.action.setText(self.tr("Cancel"))
            self.action.setAccessibleName(self.tr("Cancel transcription of %1").replace("%1", job.label))
        elif job.state == "done":
            self.action.setText(self.tr("Open"))
            self.action.setAccessibleName(self.tr("Open transcript of %1").replace("%1", job.label))
        else:
            self.action.setText(self.tr("Resume") if job.fraction > 0 else self.tr("Retry"))
            self.action.setAccessibleName(self.tr("Run transcription of %1 again").replace("%1", job.label))

    def _act(self) -> None:
        job = self.queue.job(self.job_id)
        if job.active:
            self.queue.cancel(job.id)
        elif job.state == "done":
            self.open_transcript(job.interview_id)
        else:
            self.queue.retry(job.id)


class QueueDock(QDockWidget):
    """Lists the queue's jobs, newest at the bottom."""

    open_interview = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("queue_dock")
        self.setWindowTitle(self.tr("Transcription queue"))
        self.queue: TranscriptionQueue | None = None
        self.rows: dict[int, JobRow] = {}
        self.container = QWidget()
        self.list = QVBoxLayout(self.container)
        self.list.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("No transcriptions yet. Select an interview and press Ctrl+T."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignCenter)
        self.list.addWidget(self.empty)
        self.list.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.container)
        scroll.setAccessibleName(self.tr("Transcription jobs"))
        self.setWidget(scroll)
        self._fit()

    def _fit(self) -> None:
        """As high as its rows (a finished job is one line or two), up to MAX_VISIBLE_ROWS; more rows scroll."""
        shown = list(self.rows.values()) or [self.empty]
        width = self.scroll.viewport().width() if self.isVisible() else self.width() - 2 * self.scroll.frameWidth()
        width = max(width, 200)
        heights = [max(w.heightForWidth(width), w.minimumSizeHint().height()) if w.hasHeightForWidth() else w.sizeHint().height()
                   for w in shown]
        heights = heights[-MAX_VISIBLE_ROWS:]
        margins = self.list.contentsMargins()
        needed = sum(heights) + self.list.spacing() * (len(heights) - 1) + margins.top() + margins.bottom()
        self.scroll.setFixedHeight(needed + 2 * self.scroll.frameWidth())

    def resizeEvent(self, event):  # noqa: N802 - Qt API: a narrower dock wraps a message onto more lines
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event):  # noqa: N802 - Qt API: the width while hidden was a guess
        super().showEvent(event)
        self._fit()

    def set_queue(self, queue: TranscriptionQueue | None) -> None:
        for row in self.rows.values():
            row.deleteLater()
        self.rows.clear()
        self.queue = queue
        self.empty.show()
        if queue is not None:
            queue.changed.connect(self._changed)
            for job in queue.jobs:
                self._changed(job.id)
        self._fit()

    def _changed(self, job_id: int) -> None:
        if self.queue is None:
            return
        try:
            job = self.queue.job(job_id)
        except StopIteration:
            return
        row = self.rows.get(job_id)
        if row is None:
            row = JobRow(self.queue, job, self.open_interview.emit)
            self.rows[job_id] = row
            self.list.insertWidget(self.list.count() - 1, row)
            self.empty.hide()
            for old_id in [i for i in self.rows if i not in {j.id for j in self.queue.jobs}]:
                self.rows.pop(old_id).deleteLater()
        row.update_from(job)
        self._fit()
