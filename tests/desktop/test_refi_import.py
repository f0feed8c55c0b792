"""Study ▸ Import REFI-QDA project…: the menu item, the import in a worker, the summary and a refusal, in English and Dutch."""
import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.main_window import MainWindow
from desktop.refi_import import error_text, start_import, summary_text
from storage.errors import VeldwerkError
from tests.storage.refi_import import projects as p
from tests.waiting import wait_until


def _boxes(monkeypatch):
    shown = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda parent, title, text, *a, kind=kind, **k: shown.append((kind, title, text)) or QMessageBox.Ok))
    return shown


def _window(qtbot, study):
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_study(study)
    return window


def test_menu_item_imports_and_summarises(app, qtbot, study, settings, tmp_path, monkeypatch):
    shown = _boxes(monkeypatch)
    window = _window(qtbot, study)
    action = window.actions["import_qdpx"]
    assert action.isEnabled() and action.text() == "Import REFI-QDA &project…"
    path = p.qdpx(tmp_path, *p.qualcoder_like())
    monkeypatch.setattr("desktop.refi_import.choose_project", lambda parent: str(path))
    action.trigger()
    worker = window.refi_import_worker
    wait_until(lambda: worker.wait(50) and shown, what="the import's summary")
    kind, title, text = shown[0]
    assert (kind, title) == ("information", "REFI-QDA project imported")
    assert text.startswith("Imported: 4 new codes, 2 participants, 2 interviews (text only), 4 codings.")
    assert "No consent is recorded for P01, P02" in text
    assert [x["code"] for x in study.participants.list()] == ["P01", "P02"]
    assert window.tree.topLevelItemCount() == 2   # the tree shows them at once


def test_refusal_is_shown_and_changes_nothing(app, qtbot, study, settings, tmp_path, monkeypatch):
    shown = _boxes(monkeypatch)
    window = _window(qtbot, study)
    bad = tmp_path / "kapot.qdpx"
    bad.write_text("geen zip")
    worker = start_import(window, str(bad))
    wait_until(lambda: worker.wait(50) and shown, what="the refusal")
    assert shown[0][0] == "warning"
    assert shown[0][2] == "The project was not imported; nothing was changed. Reason: kapot.qdpx is not a .qdpx file (not a zip archive)."
    assert study.participants.list() == []


def test_dutch(app, qtbot, study, settings, tmp_path):
    from desktop import i18n
    from storage.refi_import.importer import import_project

    result = import_project(study, p.qdpx(tmp_path, *p.notes_project()))
    loaded = i18n.install(app, "nl")
    try:
        assert "refi_import_nl.qm" in loaded
        window = _window(qtbot, study)
        assert window.actions["import_qdpx"].text() == "REFI-QDA-&project importeren…"
        text = summary_text(result)
        assert text.startswith("Geïmporteerd: 4 nieuwe codes, 2 deelnemers, 2 interviews (alleen tekst), 1 coderingen.")
        assert "neutrale code: IMP01." in text and "Voor IMP01, IMP02 is geen toestemming vastgelegd" in text
        bad = tmp_path / "kapot.qdpx"
        bad.write_text("geen zip")
        with pytest.raises(VeldwerkError) as caught:
            import_project(study, bad)
        assert error_text(caught.value).endswith("kapot.qdpx is geen .qdpx-bestand (geen zip-archief).")
    finally:
        i18n.install(app, "en")
