"""The pseudonymisation review on a real study: proposals from the core, decisions stored at once and
visible in the next export."""
from PySide6.QtCore import QCoreApplication, Qt

from desktop.export.review import PseudonymReviewDialog
from storage.exports import export
from storage.pseudonymise.pseudonymiser import Pseudonymiser
from tests.desktop.export_fixtures import SLOW, coded  # noqa: F401 - fixture


def open_review(qtbot, study, interview_id) -> PseudonymReviewDialog:
    dialog = PseudonymReviewDialog(study, interview_id)
    qtbot.addWidget(dialog)
    assert dialog.loading() and "Looking for names" in dialog.status.text()   # busy while scanning
    qtbot.waitUntil(lambda: not dialog.loading(), timeout=SLOW)
    return dialog


def table(dialog) -> dict[str, list[str]]:
    """term → [term, kind, time, context, decision] as shown (the risk column is tested in test_review_screen)."""
    t = dialog.table
    return {t.item(r, dialog.TERM).text(): [t.item(r, c).text() for c in range(1, t.columnCount())] for r in range(t.rowCount())}


def txt(study, iid, tmp_path, name) -> str:
    path = export(study, "txt", tmp_path / name, interview_id=iid)
    return path.read_text(encoding="utf-8")


def test_lists_the_planted_name_with_kind_count_and_context(qtbot, coded):
    study, ids = coded
    dialog = open_review(qtbot, study, ids["R01"])
    rows = table(dialog)
    assert "Jan de Vries" in rows, rows
    term, kind, time, context, decision = rows["Jan de Vries"]
    assert kind == "name" and time == "0:00:12"   # R01's third segment starts at 12 s
    assert "Jan de Vries" in context and "Oisterwijk" in context
    assert decision == "replace by [NAAM] (proposed)"
    assert dialog.progress_label.text() == f"0 of {len(rows)} reviewed"
    assert not dialog.busy.isVisibleTo(dialog)


def test_reject_keeps_the_name_in_the_export_and_accept_hides_it(qtbot, coded, tmp_path):
    study, ids = coded
    iid = ids["R01"]
    assert "Jan de Vries" not in txt(study, iid, tmp_path, "before.txt")
    dialog = open_review(qtbot, study, iid)
    assert dialog.select_term("Jan de Vries")
    assert dialog.reject_button.isEnabled() and not dialog.undo_button.isEnabled()
    qtbot.mouseClick(dialog.reject_button, Qt.LeftButton)
    assert table(dialog)["Jan de Vries"][4] == "keep as is"
    decision = {r["term"]: r for r in Pseudonymiser(study).proposals(iid)}["Jan de Vries"]["decision"]
    assert decision == "reject"                                   # stored through the core at once
    assert "Jan de Vries" in txt(study, iid, tmp_path, "rejected.txt")

    assert dialog.selected_term() != "Jan de Vries"               # a decision moves on to the next open term
    assert dialog.select_term("Jan de Vries") and dialog.undo_button.isEnabled()
    qtbot.mouseClick(dialog.undo_button, Qt.LeftButton)
    assert table(dialog)["Jan de Vries"][4] == "replace by [NAAM] (proposed)"
    assert dialog.accept_term("Jan de Vries", "R09")
    assert table(dialog)["Jan de Vries"][4] == "replace by R09"
    text = txt(study, iid, tmp_path, "accepted.txt")
    assert "Jan de Vries" not in text and "R09" in text


def test_add_a_missed_term_and_the_study_list(qtbot, coded, tmp_path):
    study, ids = coded
    iid = ids["R01"]
    dialog = open_review(qtbot, study, iid)
    assert "spreekuur" in txt(study, iid, tmp_path, "a.txt")
    assert dialog.add_term("spreekuur", "overig", "[PLEK]")
    assert table(dialog)["spreekuur"][4] == "added: replace by [PLEK]"
    assert "spreekuur" not in txt(study, iid, tmp_path, "b.txt")

    tab = dialog.list_tab
    assert tab.replace("aanspreekpunt", "R07")
    assert tab.keep("Oisterwijk")
    assert {(e["term"], e["action"], e["replacement"]) for e in Pseudonymiser(study).replacement_list()} >= {
        ("aanspreekpunt", "replace", "R07"), ("Oisterwijk", "keep", "")}
    rows = table(dialog)
    assert rows["aanspreekpunt"][4] == "study list: replace by R07"
    assert rows["Oisterwijk"][4] == "study list: keep as is"
    assert tab.table.rowCount() == 3  # the added term is on the study's list too: replaced in every interview
    text = txt(study, iid, tmp_path, "c.txt")
    assert "R07" in text and "Oisterwijk" in text
    tab.table.selectRow([e["term"] for e in tab.entries].index("Oisterwijk"))
    qtbot.mouseClick(tab.remove_button, Qt.LeftButton)
    assert tab.table.rowCount() == 2 and "Oisterwijk" not in txt(study, iid, tmp_path, "d.txt")


def test_export_dialog_opens_the_review_for_an_open_interview(qtbot, coded, monkeypatch):
    from desktop.export.dialog import ExportDialog

    study, ids = coded
    dialog = ExportDialog(study, ids["R01"])
    qtbot.addWidget(dialog)
    dialog.set_format("coded-docx")
    qtbot.waitUntil(lambda: dialog.open_review_counts is not None, timeout=SLOW)
    shown = []
    monkeypatch.setattr(PseudonymReviewDialog, "exec", lambda self: shown.append(self.interview_id()) or self.close() or 0)
    qtbot.mouseClick(dialog.review_button, Qt.LeftButton)
    assert shown == [ids["R01"]]


def test_closing_while_scanning_stops_the_scan_before_the_study_closes(qtbot, coded):
    from desktop.export.jobs import stop_all

    study, ids = coded
    dialog = PseudonymReviewDialog(study, ids["R02"])
    qtbot.addWidget(dialog)
    job = dialog.job
    assert job is not None and dialog.loading()
    dialog.close()
    assert job.cancelled and dialog.job is None
    assert stop_all(60000) and not job.isRunning()
    QCoreApplication.sendPostedEvents()  # deliver whatever the finished job had queued for the dialog
    QCoreApplication.processEvents()
    assert dialog.table.rowCount() == 0          # nothing arrives from a cancelled scan
