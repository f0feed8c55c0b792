"""Exchange work off the UI thread: writing and merging an exchange file (ThreadWorker, results as signals).

Tracked like the export jobs (desktop/export/jobs.py), so closing the study first waits for them."""
from PySide6.QtCore import Signal

from desktop.export.jobs import _Job, _message


class ExchangeExportJob(_Job):
    """Runs storage.exchange.collect.export; emits done(summary) or failed(message, error class name)."""

    done = Signal(object)
    failed = Signal(str, str)

    def __init__(self, study, out: str, passphrase: str, researcher: str, since: str, with_audio: bool, parent=None):
        super().__init__(parent)
        self.args = (study, out, passphrase, researcher, since, with_audio)

    def run(self) -> None:
        from storage.exchange.collect import export

        study, out, passphrase, researcher, since, with_audio = self.args
        try:
            summary = export(study, out, passphrase, researcher=researcher, since=since, with_audio=with_audio)
        except Exception as exc:  # noqa: BLE001 - shown in the dialog, which stays usable
            self.post("failed", _message(exc), type(exc).__name__)
            return
        self.post("done", summary)


class ExchangeImportJob(_Job):
    """Runs storage.exchange.merge.merge; emits done(summary) or failed(message, error class name)."""

    done = Signal(object)
    failed = Signal(str, str)

    def __init__(self, study, path: str, passphrase: str, parent=None):
        super().__init__(parent)
        self.args = (study, path, passphrase)

    def run(self) -> None:
        from storage.exchange.merge import merge

        try:
            summary = merge(*self.args)
        except Exception as exc:  # noqa: BLE001
            self.post("failed", _message(exc), type(exc).__name__)
            return
        self.post("done", summary)
