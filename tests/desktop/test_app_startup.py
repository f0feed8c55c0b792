"""Starting the app: without the network guard (the offline guarantee) it refuses to start and says why."""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import app as desktop_app
from desktop import netguard


def test_the_app_refuses_to_start_when_the_network_guard_cannot_be_installed(app, settings, monkeypatch, capsys):
    def broken():
        raise RuntimeError("audit hooks are not available")

    monkeypatch.setattr(netguard, "install", broken)
    shown = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        shown.append(box.text())
        box.done(0)

    QTimer.singleShot(0, read_and_close)
    code = desktop_app.run_app(["veldwerk"], end_process=False)
    assert code == desktop_app.GUARD_REFUSED != 0
    error = capsys.readouterr().err
    assert "network guard" in error and "audit hooks are not available" in error
    assert shown and "network guard" in shown[0] and "audit hooks are not available" in shown[0]
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and type(w).__name__ == "MainWindow"]


def test_the_guard_problem_is_none_when_it_installs(monkeypatch):
    calls = []
    monkeypatch.setattr(netguard, "install", lambda: calls.append(1))
    assert desktop_app.install_network_guard() is None and calls == [1]
