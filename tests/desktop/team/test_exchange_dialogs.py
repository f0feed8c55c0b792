"""Study ▸ Exchange in the app: export and import dialogs and the conflicts dialog, on two real copies of a
study (SQCipher), the work done by the core in a worker thread."""
import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.main_window import MainWindow
from desktop.team.conflicts_dialog import ConflictsDialog
from desktop.team.exchange_dialogs import ExchangeExportDialog, ExchangeImportDialog
from storage import Study
from storage.exchange import container
from storage.exchange.collect import export
from storage.exchange.conflicts import listing
from tests.conftest import PASSPHRASE
from tests.storage.exchange.helpers import EXCHANGE_PASSPHRASE, make_pair, segments, snapshot


@pytest.fixture
def pair(tmp_path):
    path_a, path_b, interview = make_pair(tmp_path)
    a, b = Study.open(path_a, PASSPHRASE), Study.open(path_b, PASSPHRASE)
    a.researchers.use("ellen")
    b.researchers.use("sanne")
    yield a, b, interview, tmp_path
    a.close()
    b.close()


def _export_dialog(qtbot, study, out, passphrase, repeat=None, researcher="ellen"):
    dialog = ExchangeExportDialog(study)
    qtbot.addWidget(dialog)
    dialog.researcher.setCurrentText(researcher)
    dialog.path.setText(str(out))
    dialog.passphrase.setText(passphrase)
    dialog.repeat.setText(passphrase if repeat is None else repeat)
    return dialog


def test_export_dialog_writes_the_file_after_checking_the_repeat(app, qtbot, settings, pair):
    a, _, interview, tmp_path = pair
    seg = segments(a, interview)[0]
    tid = a.transcripts.for_interview(interview).id
    a.codings.add(tid, "trots", (seg.id, 0), (seg.id, 10), memo="mooi")
    out = tmp_path / "ellen-1.vwx"
    dialog = _export_dialog(qtbot, a, out, EXCHANGE_PASSPHRASE, repeat="iets anders")
    assert dialog.researcher.currentText() == "ellen"
    dialog.start()
    assert "differ" in dialog.message.text() and not out.exists() and dialog.job is None
    dialog.repeat.setText(EXCHANGE_PASSPHRASE)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.summary is not None or "#b00020" in dialog.message.styleSheet(), timeout=20000)
    assert dialog.summary is not None, dialog.message.text()
    assert out.exists() and dialog.summary["counts"]["coding"] == 1
    assert "Codings: 1" in dialog.message.text()
    assert dialog.passphrase.text() == "" and dialog.repeat.text() == ""   # not kept around
    read = container.read(out, EXCHANGE_PASSPHRASE)
    assert read.meta["researcher"] == "ellen" and [k.value for k, _, _ in read.items].count("coding") == 1


def test_export_dialog_shows_the_cores_refusal_of_a_weak_passphrase(app, qtbot, settings, pair):
    a, _, _, tmp_path = pair
    out = tmp_path / "zwak.vwx"
    dialog = _export_dialog(qtbot, a, out, "abc")
    dialog.start()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=20000)
    assert "#b00020" in dialog.message.styleSheet()
    assert dialog.message.text().startswith("A passphrase needs at least")
    assert not out.exists() and dialog.summary is None


def test_import_dialog_refuses_a_wrong_passphrase_then_merges_and_summarises(app, qtbot, settings, pair):
    a, b, interview, tmp_path = pair
    seg = segments(a, interview)[1]
    tid = a.transcripts.for_interview(interview).id
    a.codings.add(tid, "oplossingen", (seg.id, 0), (seg.id, 8))
    out = tmp_path / "ellen-1.vwx"
    export(a, out, EXCHANGE_PASSPHRASE, researcher="ellen")
    before = snapshot(b)
    dialog = ExchangeImportDialog(b)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(out))
    dialog.passphrase.setText("niet het goede wachtwoord")
    dialog.start()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20000)
    assert dialog.message.text().startswith("The passphrase does not open this file") and snapshot(b) == before
    dialog.passphrase.setText(EXCHANGE_PASSPHRASE)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20000)
    text = dialog.message.text()
    assert "Merged the exchange file of ellen." in text and "codings added: 1" in text
    assert "conflicts to decide: 0" in text and dialog.conflicts_button is None
    assert [c.author for c in b.codings.list()] == ["ellen"]


def test_conflicts_are_shown_side_by_side_and_decided_in_the_dialog(app, qtbot, settings, pair):
    a, b, interview, tmp_path = pair
    a.codebook.update("trots", label_nl="Trots op eigen werk")
    b.codebook.update("trots", label_nl="Trots en eigenwaarde")
    a_seg, b_seg = segments(a, interview)[2], segments(b, interview)[2]
    a.transcripts.edit_segment(a_seg.id, "Een vast aanspreekpunt bij de gemeente zou helpen.")
    b.transcripts.edit_segment(b_seg.id, "Een vaste contactpersoon zou helpen.")
    out = tmp_path / "ellen-1.vwx"
    export(a, out, EXCHANGE_PASSPHRASE, researcher="ellen")
    dialog = ExchangeImportDialog(b)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(out))
    dialog.passphrase.setText(EXCHANGE_PASSPHRASE)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20000)
    assert "conflicts to decide: 2" in dialog.message.text()
    assert dialog.conflicts_button is not None
    assert b.codebook.get("trots")["label_nl"] == "Trots en eigenwaarde"   # nothing overwritten
    conflicts = dialog.show_conflicts()
    assert isinstance(conflicts, ConflictsDialog)
    conflicts.close()

    view = ConflictsDialog(b)
    qtbot.addWidget(view)
    kinds = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
    assert kinds == ["Codebook: code", "Transcript text"]
    assert view.table.item(0, 1).text() == "code trots" and view.table.item(1, 1).text() == f"R01 · interview {interview}, segment 3"
    assert view.table.item(0, 2).text() == "ellen"
    assert "Label (Dutch): Trots en eigenwaarde" in view.mine.toPlainText()
    assert "Label (Dutch): Trots op eigen werk" in view.theirs.toPlainText()
    assert view.theirs_box.title() == "Theirs (ellen)"
    view.take_theirs.click()    # the code: their label
    assert view.problem.text() == ""
    assert b.codebook.get("trots")["label_nl"] == "Trots op eigen werk"
    assert view.table.rowCount() == 1 and "1 conflict" in view.message.text()
    assert view.mine.toPlainText() == "Een vaste contactpersoon zou helpen."
    assert view.theirs.toPlainText() == "Een vast aanspreekpunt bij de gemeente zou helpen."
    view.keep_mine.click()      # the text: this copy's correction stays
    assert segments(b, interview)[2].text == "Een vaste contactpersoon zou helpen."
    assert listing(b) == [] and view.table.rowCount() == 0 and not view.keep_mine.isEnabled()
    assert [r["resolution"] for r in listing(b, all_=True)] == ["theirs", "mine"]


def test_the_exchange_menu_is_in_the_study_menu_and_needs_a_study(app, qtbot, settings, pair):
    _, b, _, _ = pair
    window = MainWindow()
    qtbot.addWidget(window)
    names = ("exchange_export", "exchange_import", "exchange_conflicts", "researcher", "compare_coders")
    assert not any(window.actions[n].isEnabled() for n in names)
    study_menu = window.menuBar().actions()[0].menu()
    assert window.exchange_menu.menuAction() in study_menu.actions()
    window.set_study(b)
    assert all(window.actions[n].isEnabled() for n in names)
    assert [a.text() for a in window.exchange_menu.actions() if a.text()] == [
        "&Export an exchange file…", "&Import an exchange file…", "&Conflicts…", "&Researcher…"]
    window.close_study(keep_open=True)   # the fixture closes the study


def test_the_chosen_researcher_is_applied_when_a_study_opens(app, qtbot, settings, pair):
    from desktop.team import RESEARCHER_KEY, apply_researcher

    _, b, _, _ = pair
    settings.setValue(RESEARCHER_KEY, "  Bas ")
    apply_researcher(b)
    assert b.researcher == "Bas" and "Bas" in [r["name"] for r in b.researchers.list()]


def test_buttons_close_after_export(app, qtbot, settings, pair):
    a, _, _, tmp_path = pair
    dialog = _export_dialog(qtbot, a, tmp_path / "leeg.vwx", EXCHANGE_PASSPHRASE)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20000)
    assert dialog.buttons.button(QDialogButtonBox.Close) is not None


def test_the_dialogs_speak_dutch(app, qtbot, settings, pair):
    from pathlib import Path

    from PySide6.QtCore import QTranslator

    a, b, interview, tmp_path = pair
    folder = Path(__file__).resolve().parents[3] / "resources" / "translations"
    assert "unfinished" not in (folder / "team_nl.ts").read_text(encoding="utf-8")
    translator = QTranslator()
    assert translator.load(str(folder / "team_nl.qm"))
    app.installTranslator(translator)
    try:
        a.codebook.update("trots", label_nl="Trots op eigen werk")
        b.codebook.update("trots", label_nl="Trots en eigenwaarde")
        out = tmp_path / "ellen-1.vwx"
        export(a, out, EXCHANGE_PASSPHRASE, researcher="ellen")
        dialog = ExchangeImportDialog(b)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Uitwisselbestand importeren"
        dialog.path.setText(str(out))
        dialog.passphrase.setText("fout wachtwoord voor dit bestand")
        dialog.start()
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20000)
        assert dialog.message.text().startswith("Het wachtwoord opent dit bestand niet")
        dialog.passphrase.setText(EXCHANGE_PASSPHRASE)
        dialog.start()
        qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20000)
        assert "Het uitwisselbestand van ellen is samengevoegd." in dialog.message.text()
        assert "conflicten om te beslissen: 1" in dialog.message.text()
        assert dialog.conflicts_button.text() == "Conflicten beslissen…"
        view = ConflictsDialog(b)
        qtbot.addWidget(view)
        assert view.table.item(0, 0).text() == "Codeboek: code"
        assert "Label (Nederlands): Trots en eigenwaarde" in view.mine.toPlainText()
        assert (view.keep_mine.text(), view.take_theirs.text()) == ("Mijne houden", "Die van de ander nemen")
        assert view.message.text() == "Nog 1 conflict open."
        export_dialog = ExchangeExportDialog(a)
        qtbot.addWidget(export_dialog)
        assert export_dialog.export_button.text() == "Exporteren"
        assert export_dialog.since.itemText(0) == "Sinds mijn vorige export"
    finally:
        app.removeTranslator(translator)


def test_a_memo_changed_on_both_copies_shows_both_memos_and_the_coded_text(app, qtbot, settings, pair):
    a, b, interview, tmp_path = pair
    seg = segments(a, interview)[0]
    coding = a.codings.add(seg.transcript_id, "trots", (seg.id, 7), (seg.id, 12), memo="eerste")
    first = tmp_path / "ellen-1.vwx"
    export(a, first, EXCHANGE_PASSPHRASE, researcher="ellen")
    from storage.exchange.merge import merge

    merge(b, first, EXCHANGE_PASSPHRASE)
    a.codings.update(coding, memo="ellen vindt dit trots")
    b_coding = b.codings.list()[0].id
    b.codings.update(b_coding, memo="sanne twijfelt")
    second = tmp_path / "ellen-2.vwx"
    export(a, second, EXCHANGE_PASSPHRASE, researcher="ellen")
    assert merge(b, second, EXCHANGE_PASSPHRASE)["counts"]["conflicts"] == 1
    view = ConflictsDialog(b)
    qtbot.addWidget(view)
    assert view.table.item(0, 0).text() == "Coding"
    mine, theirs = view.mine.toPlainText(), view.theirs.toPlainText()
    assert "Memo: sanne twijfelt" in mine and "Coded text: trots" in mine
    assert "Memo: ellen vindt dit trots" in theirs
    view.take_theirs.click()
    assert b.codings.get(b_coding).memo == "ellen vindt dit trots" and view.table.rowCount() == 0


def test_the_since_choices_give_the_cores_points(app, qtbot, settings, pair):
    from PySide6.QtCore import QDate

    a, _, _, tmp_path = pair
    summary = export(a, tmp_path / "eerder.vwx", EXCHANGE_PASSPHRASE, researcher="ellen")
    dialog = ExchangeExportDialog(a)
    qtbot.addWidget(dialog)
    points = [dialog.since.itemData(i) for i in range(dialog.since.count())]
    assert points == ["last", "all", "date", summary["id"]]
    dialog.since.setCurrentIndex(2)
    assert not dialog.date.isHidden()
    dialog.date.setDate(QDate(2026, 11, 20))
    assert dialog.since_point() == "2026-11-20"
    dialog.since.setCurrentIndex(3)
    assert dialog.since_point() == summary["id"] and dialog.date.isHidden()


def test_the_dutch_conflicts_dialog_says_why_their_version_cannot_be_placed_in_dutch(app, qtbot, settings, pair):
    """The reason used to be stored as an English sentence and shown as such in the Dutch dialog."""
    from desktop import i18n

    a, b, interview, tmp_path = pair
    sa = segments(a, interview)
    new = a.transcripts.split_segment(sa[2].id, 15)     # text only ellen's copy has, coded there
    a.codings.add(sa[2].transcript_id, "oplossingen", (new, 0), (new, 10))
    out = tmp_path / "ellen-1.vwx"
    export(a, out, EXCHANGE_PASSPHRASE, researcher="ellen")
    from storage.exchange.merge import merge

    merge(b, out, EXCHANGE_PASSPHRASE)
    i18n.install(app, "nl")
    try:
        view = ConflictsDialog(b)
        qtbot.addWidget(view)
        assert view.table.rowCount() == 1
        assert view.problem.text() == ("Hun versie kan hier niet worden geplaatst: de tekst van de transcriptie "
                                       "staat niet in deze kopie")
    finally:
        i18n.install(app, "en")
    view.show_current()
    assert view.problem.text() == "Their version cannot be placed here: its transcript text is not in this copy"
