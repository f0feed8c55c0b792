"""The Export… dialog on a real study: formats from the registry, preview counts from the core,
the unpseudonymised confirmation, a background export read back from the file."""
import docx
import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.export.dialog import ExportDialog
from storage.exports import exporters
from tests.desktop.export_fixtures import SLOW, coded  # noqa: F401 - fixture

FMT_LABELS = set(exporters())   # every registered format, with what it declares (storage/exports/registry.py)


def make(qtbot, study, interview_id=None) -> ExportDialog:
    dialog = ExportDialog(study, interview_id)
    qtbot.addWidget(dialog)
    return dialog


def wait_preview(qtbot, dialog, review=False):
    qtbot.waitUntil(lambda: dialog.preview_done() and (not review or dialog.open_review_counts is not None), timeout=SLOW)


def export(qtbot, dialog, path):
    dialog.path_edit.setText(str(path))
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.LeftButton)
    assert dialog.job is not None and dialog.busy.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=SLOW)


def test_every_registered_format_is_offered_with_a_label(qtbot, coded):
    study, ids = coded
    dialog = make(qtbot, study, ids["R02"])
    keys = {dialog.format_box.itemData(i) for i in range(dialog.format_box.count())}
    assert FMT_LABELS <= keys
    assert dialog.format_box.itemText(dialog.format_box.findData("coded-docx")) == "Coded transcript (.docx)"
    assert dialog.format_box.itemText(dialog.format_box.findData("agreement-xlsx")) == \
        "Agreement between coders, spreadsheet (.xlsx)"
    assert dialog.one.isChecked() and dialog.interview_id() == ids["R02"]   # the current interview is preselected
    dialog.set_format("txt")
    assert dialog.one.isChecked() and not dialog.all.isEnabled()             # needs one interview
    dialog.set_format("qdc")
    assert dialog.interview_id() is None and not dialog.one.isEnabled()      # always the study
    dialog.path_edit.setText("/tmp/x/codes.docx")
    dialog.set_format("matrix-csv")
    assert dialog.path_edit.text().endswith("codes.csv")                     # the extension follows the format


def test_dialog_exports_a_coded_docx_in_the_background(qtbot, coded, tmp_path):
    study, ids = coded
    dialog = make(qtbot, study, ids["R01"])
    dialog.set_format("coded-docx")
    out = tmp_path / "r01.docx"
    export(qtbot, dialog, out)
    assert dialog.written == str(out), dialog.status.text()
    assert str(out) in dialog.status.text() and dialog.open_folder_button.isVisibleTo(dialog)
    assert not dialog.busy.isVisibleTo(dialog)
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Eerlijk gezegd vind ik de politie vaak wantrouwig" in text
    assert "R01" in text
    assert "Jan de Vries" not in text and "Oisterwijk" not in text and "[NAAM]" in text   # pseudonymised by default
    assert any("beeldvorming" in c.text.lower() or "Beeldvorming" in c.text for c in document.comments)
    entry = study.audit.entries("export")[-1]
    assert entry["detail"]["format"] == "coded-docx" and str(entry["entity_id"]) == str(ids["R01"])


def test_preview_counts_match_the_core(qtbot, coded, tmp_path):
    from storage.exports import export as core_export

    study, ids = coded
    dialog = make(qtbot, study)
    dialog.set_format("report-docx")
    assert dialog.all.isChecked()
    wait_preview(qtbot, dialog)
    preview = dialog.preview
    assert [i["participant"] for i in preview.interviews] == ["R01", "R02", "R03"]
    assert preview.omitted_participants == ["R03"]
    core_export(study, "report-docx", tmp_path / "r.docx", pseudonymise=False)
    omitted = study.audit.entries("export.unpseudonymised")[-1]["detail"]["omitted_quotes"]
    assert preview.omitted == omitted == 1
    assert preview.excerpts == len(study.codings.list()) - 1 == 6
    text = dialog.preview_label.text()
    assert "Quotes left out: 1 (R03 did not consent to quoting" in text and "Coded excerpts included: 6" in text

    dialog.set_format("txt")
    dialog.interview_box.setCurrentIndex(dialog.interview_box.findData(ids["R03"]))
    wait_preview(qtbot, dialog)
    core_export(study, "txt", tmp_path / "r03.txt", interview_id=ids["R03"], pseudonymise=False)
    assert dialog.preview.omitted == study.audit.entries("export.unpseudonymised")[-1]["detail"]["omitted_quotes"] == 2
    assert dialog.preview.excerpts == 0


def test_preview_says_the_review_is_still_open(qtbot, coded):
    from storage.pseudonymise.pseudonymiser import Pseudonymiser

    study, ids = coded
    dialog = make(qtbot, study, ids["R01"])
    dialog.set_format("coded-docx")
    wait_preview(qtbot, dialog, review=True)
    rows = Pseudonymiser(study).proposals(ids["R01"])
    undecided = sum(1 for r in rows if r["source"] == "detected" and r["decision"] == "default")
    assert undecided > 0 and dialog.open_review_counts == {ids["R01"]: undecided}
    assert "review still open" in dialog.preview_label.text()
    assert dialog.review_button.isEnabled()
    reviewer = Pseudonymiser(study)
    for row in rows:
        reviewer.accept(ids["R01"], row["term"])
    dialog.refresh_preview()
    wait_preview(qtbot, dialog, review=True)
    assert dialog.open_review_counts == {ids["R01"]: 0}
    assert "review still open" not in dialog.preview_label.text()
    assert "Review not finished for R01" in dialog.preview_label.text()        # decided, but not marked finished
    assert "reviewed for every included interview" not in dialog.preview_label.text()
    from storage.pseudonymise.review_state import ReviewState

    ReviewState(study).finish(ids["R01"])
    dialog.refresh_preview()
    wait_preview(qtbot, dialog, review=True)
    assert "reviewed for every included interview" in dialog.preview_label.text()
    assert "Review not finished" not in dialog.preview_label.text()


def test_the_dialog_warns_before_and_after_exporting_an_unreviewed_interview(qtbot, coded, tmp_path, app):
    """Issue 12: an export of an interview whose review is not finished warns in the app (and the file says so)."""
    from pathlib import Path

    from PySide6.QtCore import QTranslator

    from storage.pseudonymise.review_state import ReviewState

    study, ids = coded
    ReviewState(study).finish(ids["R02"])
    dialog = make(qtbot, study)
    dialog.set_format("coded-docx")
    assert dialog.all.isChecked()
    wait_preview(qtbot, dialog, review=True)
    text = dialog.preview_label.text()
    assert f"Review not finished for R01 #{ids['R01']}, R03 #{ids['R03']}" in text and "R02 #" not in text.split("Review not")[1]
    export(qtbot, dialog, tmp_path / "all.docx")
    status = dialog.status.text()
    assert status.startswith("Exported to") and f"Review not finished for R01 #{ids['R01']}, R03 #{ids['R03']}" in status
    assert "b00020" in dialog.status.styleSheet()
    document = "\n".join(p.text for p in docx.Document(tmp_path / "all.docx").paragraphs)
    assert f"interview {ids['R01']} (R01): NIET afgerond" in document                  # the document says so too

    for iid in ids.values():
        ReviewState(study).finish(iid)
    export(qtbot, dialog, tmp_path / "again.docx")
    assert "Review not finished" not in dialog.status.text()

    ReviewState(study).reopen(ids["R01"])
    translator = QTranslator()
    assert translator.load(str(Path(__file__).resolve().parents[2] / "resources" / "translations" / "export_nl.qm"))
    app.installTranslator(translator)
    try:
        dialog.refresh_preview()
        wait_preview(qtbot, dialog, review=True)
        assert f"Controle niet afgerond voor R01 #{ids['R01']}" in dialog.preview_label.text()
    finally:
        app.removeTranslator(translator)


def test_preview_warns_about_an_unfinished_transcription(qtbot, coded, app):
    """Issue 13, finding 8: an export taken while a transcription runs must say so before it is written."""
    from pathlib import Path

    from PySide6.QtCore import QTranslator

    study, ids = coded
    tid = study.transcripts.for_interview(ids["R01"]).id
    study.conn.execute("UPDATE transcripts SET state = 'partial' WHERE id = ?", [tid])  # as while it runs
    dialog = make(qtbot, study, ids["R01"])
    dialog.set_format("txt")
    wait_preview(qtbot, dialog)
    assert "Transcription not finished for R01" in dialog.preview_label.text()
    translator = QTranslator()
    assert translator.load(str(Path(__file__).resolve().parents[2] / "resources" / "translations" / "export_nl.qm"))
    app.installTranslator(translator)
    try:
        dialog.refresh_preview()
        wait_preview(qtbot, dialog)
        assert "Transcriptie nog niet klaar voor R01" in dialog.preview_label.text()
    finally:
        app.removeTranslator(translator)


def test_turning_pseudonymisation_off_needs_confirmation_and_is_audited(qtbot, coded, tmp_path, monkeypatch):
    study, ids = coded
    asked = []
    answer = [QMessageBox.No]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda parent, title, text, *a, **k: asked.append(text) or answer[0]))
    dialog = make(qtbot, study, ids["R01"])
    dialog.set_format("txt")
    dialog.pseudonymise.setChecked(False)
    assert dialog.pseudonymise.isChecked()                 # refused: stays on
    assert len(asked) == 1 and "audit log" in asked[0]
    answer[0] = QMessageBox.Yes
    dialog.pseudonymise.setChecked(False)
    assert not dialog.pseudonymise.isChecked() and len(asked) == 2
    qtbot.waitUntil(dialog.preview_done, timeout=SLOW)
    assert "NOT pseudonymised" in dialog.preview_label.text()
    out = tmp_path / "r01.txt"
    export(qtbot, dialog, out)
    assert "Jan de Vries" in out.read_text(encoding="utf-8")
    entries = study.audit.entries("export.unpseudonymised")
    assert len(entries) == 1 and entries[0]["detail"]["format"] == "txt" and str(entries[0]["entity_id"]) == str(ids["R01"])
    assert not study.audit.entries("export")


def test_errors_show_the_core_message(qtbot, coded, tmp_path):
    study, ids = coded
    dialog = make(qtbot, study)
    dialog.set_format("qdc")
    export(qtbot, dialog, tmp_path / "missing" / "codes.qdc")
    assert dialog.written is None
    assert "does not exist" in dialog.status.text() and not dialog.open_folder_button.isVisibleTo(dialog)
    assert dialog.export_button.isEnabled()                # usable again


def test_menu_opens_the_dialog_on_the_current_interview(qtbot, coded, monkeypatch, settings):
    from desktop import export as export_ui
    from desktop.main_window import MainWindow

    study, ids = coded
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_study(study)
    assert window.actions["export"].isEnabled() and window.actions["export"].shortcut().toString() == "Ctrl+E"
    assert window.actions["pseudonym_review"].isEnabled()
    window.tree.select("interview", ids["R02"])
    opened = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: opened.append(self.interview_id()) or 0)
    window.actions["export"].trigger()
    assert opened == [ids["R02"]]
    assert export_ui.current_interview(window) == ids["R02"]
    window.close_study(keep_open=True)


def test_warm_up_runs_in_a_thread_and_can_be_skipped(monkeypatch):
    from desktop.export import jobs
    from storage.pseudonymise import deidentify

    monkeypatch.setenv("VELDWERK_NO_WARMUP", "1")
    assert jobs.start_warm_up() is None
    monkeypatch.delenv("VELDWERK_NO_WARMUP")
    called = []
    monkeypatch.setattr(jobs, "_warm_thread", None)
    monkeypatch.setattr(deidentify, "is_warm", lambda: False)
    monkeypatch.setattr(deidentify, "warm_up", lambda: called.append(1))
    thread = jobs.start_warm_up()
    assert thread is not None and thread.daemon
    thread.join(5)
    assert called == [1] and jobs.start_warm_up() is thread   # once per process


def test_the_export_screens_speak_dutch(qtbot, coded, app):
    from pathlib import Path

    from PySide6.QtCore import QTranslator

    from desktop.export.review import PseudonymReviewDialog

    qm = Path(__file__).resolve().parents[2] / "resources" / "translations" / "export_nl.qm"
    assert 'type="unfinished"' not in qm.with_suffix(".ts").read_text(encoding="utf-8")
    translator = QTranslator()
    assert translator.load(str(qm))
    app.installTranslator(translator)
    try:
        study, ids = coded
        dialog = make(qtbot, study, ids["R01"])
        assert dialog.windowTitle() == "Exporteren"
        assert dialog.format_box.itemText(0) == "Gecodeerd transcript (.docx)"
        assert dialog.format_box.itemText(dialog.format_box.findData("codebook-csv")) == "Codeboek voor Taguette (.csv)"
        qtbot.waitUntil(dialog.preview_done, timeout=SLOW)
        assert "Gecodeerde fragmenten" in dialog.preview_label.text()
        review = PseudonymReviewDialog(study, ids["R01"])
        qtbot.addWidget(review)
        assert review.tabs.tabText(1) == "Vervangingslijst van de studie"
        qtbot.waitUntil(lambda: not review.loading(), timeout=SLOW)
    finally:
        app.removeTranslator(translator)


@pytest.mark.parametrize("fmt", sorted(FMT_LABELS))
@pytest.mark.parametrize("scope", ["study", "R03", "R01"])
def test_preview_omissions_equal_the_exporters_for_every_format(coded, tmp_path, fmt, scope):
    """The preview's count of left-out quotes is what the exporter itself counts (audit entry), per format."""
    from desktop.export.formats import info
    from desktop.export.preview import counts
    from storage.exports import export as core_export
    from tests.storage.helpers import ensure_second_coder

    study, ids = coded
    ensure_second_coder(study, fmt)
    f = info(fmt)
    interview_id = None if scope == "study" else ids[scope]
    if f.scope == "one" and interview_id is None:
        pytest.skip("needs one interview")
    preview = counts(study, fmt, interview_id)
    from storage.exports import exporters

    pseudo = exporters()[fmt].always_pseudonymised  # a handout is never written unpseudonymised
    core_export(study, fmt, tmp_path / f"out.{f.extension}", interview_id=None if f.scope == "study" else interview_id,
                pseudonymise=pseudo)
    entry = "export" if pseudo else "export.unpseudonymised"
    assert preview.omitted == study.audit.entries(entry)[-1]["detail"]["omitted_quotes"]
    assert (preview.omitted_participants == ["R03"]) == bool(preview.omitted)
