"""Coding ▸ Compare coders: the figures from storage.agreement above the passages where the coders differ,
a code filter, play buttons that play the passage's audio, a double-click that opens it in the editor."""
import pytest

from desktop.team.compare_view import CompareDialog, CompareView
from storage.agreement import compare
from storage.agreement_spans import disagreements
from tests.storage.helpers import interview_with_transcript

TEXTS = ["Ik ben trots op ons werk hier.", "De politie komt te vaak langs.", "Een vast aanspreekpunt zou helpen."]


@pytest.fixture
def coded(study):
    iid, tid = interview_with_transcript(study, "R01", texts=TEXTS, seconds=6.0)
    s = [x.id for x in study.transcripts.segments(tid)]
    study.codings.add(tid, "trots", (s[0], 0), (s[0], 12), author="ellen")
    study.codings.add(tid, "trots", (s[0], 7), (s[0], 12), author="sanne")
    study.codings.add(tid, "oplossingen", (s[2], 0), (s[2], 22), author="ellen")
    study.codings.add(tid, "oplossingen", (s[2], 0), (s[2], 22), author="sanne")
    study.codings.add(tid, "beeldvorming", (s[1], 0), (s[1], 20), author="sanne", about_role="politie")
    study.iid = iid
    return study


def _view(qtbot, study):
    view = CompareView(study)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.char is not None or "#b00020" in view.summary.styleSheet(), timeout=20000)
    return view


def test_figures_and_passages_side_by_side(app, qtbot, settings, coded):
    view = _view(qtbot, coded)
    char, segment = compare(coded, level="char"), compare(coded, level="segment")
    assert view.figures.rowCount() == len(char.per_code) + 1
    assert view.figures.item(len(char.per_code), 0).text() == "All codes"
    trots = list(char.per_code).index("trots")
    row = [view.figures.item(trots, c).text() for c in range(9)]
    assert row[1] == str(char.per_code["trots"].units)
    assert row[2] == f"{100 * char.per_code['trots'].agreement:.1f}%"
    assert row[4] == f"{char.per_code['trots'].alpha:.3f}"
    assert row[5] == "3" and row[6] == f"{100 * segment.per_code['trots'].agreement:.1f}%"
    passages = disagreements(coded, char)
    assert view.table.rowCount() == len(passages) == 2
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(view.table.columnCount())]
    assert headers == ["Interview", "Time", "", "Text", "ellen", "sanne"]
    assert view.table.item(0, 3).text() == passages[0].text == "Ik ben"
    english = {c["key"]: c["label_en"] for c in coded.codebook.list()}   # the UI is English in these tests
    assert view.table.item(0, 4).text() == "● " + english["trots"] and view.table.item(0, 5).text() == "—"
    assert view.table.item(1, 4).text() == "—" and view.table.item(1, 5).text() == "● " + english["beeldvorming"]
    assert "2 passage(s)" in view.summary.text() and "R01" in view.summary.text()


def test_the_code_filter_narrows_the_passages(app, qtbot, settings, coded):
    view = _view(qtbot, coded)
    view.code_box.setCurrentIndex(view.code_box.findData("beeldvorming"))
    assert view.table.rowCount() == 1 and view.shown[0].differing == ["beeldvorming"]
    view.code_box.setCurrentIndex(view.code_box.findData("oplossingen"))
    assert view.table.rowCount() == 0 and view.count.text() == "0 passage(s)"
    view.code_box.setCurrentIndex(0)
    assert view.table.rowCount() == 2


def test_play_plays_the_passage_and_double_click_jumps(app, qtbot, settings, coded):
    view = _view(qtbot, coded)
    button = view.table.cellWidget(1, 2)
    assert button.isEnabled()
    button.click()
    player = view.player
    assert player is not None and player.recording_id is not None
    passage = view.shown[1]
    qtbot.waitUntil(lambda: player.is_playing() or player.position() > 0, timeout=10000)
    assert passage.start_time - 0.5 - 1e-6 <= player.position() <= passage.end_time + 0.5 + 1e-6
    jumps = []
    view.jumpRequested.connect(lambda *a: jumps.append(a))
    view.table.cellDoubleClicked.emit(1, 3)
    assert jumps == [(coded.iid, passage.start[0], passage.start[1])] and not player.is_playing()


def test_one_coder_says_why_there_is_nothing_to_compare(app, qtbot, settings, study):
    _, tid = interview_with_transcript(study, "R01", texts=TEXTS)
    s = study.transcripts.segments(tid)[0].id
    study.codings.add(tid, "trots", (s, 0), (s, 5), author="ellen")
    view = _view(qtbot, study)
    assert view.char is None and "two or more researchers" in view.summary.text()


def test_the_dialog_stops_its_player_on_close(app, qtbot, settings, coded):
    dialog = CompareDialog(coded)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.view.char is not None, timeout=20000)
    dialog.view.play(0)
    dialog.close()
    assert not dialog.view.player.is_playing()


def test_the_view_speaks_dutch(app, qtbot, settings, coded):
    from pathlib import Path

    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(Path(__file__).resolve().parents[3] / "resources" / "translations" / "team_nl.qm"))
    app.installTranslator(translator)
    try:
        view = _view(qtbot, coded)
        headers = [view.figures.horizontalHeaderItem(c).text() for c in range(9)]
        assert headers == ["Code", "Tekens", "Overeenstemming", "Kappa", "Alfa", "Segmenten", "Overeenstemming",
                           "Kappa", "Alfa"]
        assert view.figures.item(view.figures.rowCount() - 1, 0).text() == "Alle codes"
        assert view.count.text() == "2 passages" and view.code_box.itemText(0) == "elke code"
    finally:
        app.removeTranslator(translator)


def test_the_report_button_opens_the_export_dialog_on_the_agreement_report(app, qtbot, settings, coded):
    dialog = CompareDialog(coded)
    qtbot.addWidget(dialog)
    from desktop.export.jobs import stop_all

    export = dialog.export_report()
    try:
        assert export.current_format().key == "agreement-docx" and export.interview_id() is None
    finally:
        export.close()
        assert stop_all()   # the Export dialog's preview runs in a thread: done before the study closes


def test_the_comparison_opened_from_the_window_jumps_in_its_editor(app, qtbot, settings, coded):
    """The dialog is wired to the window explicitly (on_jump), not by guessing at its parent's methods."""
    from desktop.main_window import MainWindow
    from desktop.team import open_comparison

    window = MainWindow()
    qtbot.addWidget(window)
    window.set_study(coded)
    jumps = []
    window.jump_to = lambda *where: jumps.append(where)   # what the dialog calls, recorded
    dialog = open_comparison(window)
    qtbot.addWidget(dialog)
    dialog.view.jumpRequested.emit(7, 8, 9)
    assert jumps == [(7, 8, 9)]
    dialog.view.stop()
