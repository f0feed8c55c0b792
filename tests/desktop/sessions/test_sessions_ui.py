"""Sessions in the app on the real core: a new session with several participants, speaker attribution in the
editor, the Interview menu entry and the Dutch texts."""
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QMenu

from desktop.sessions.dialogs import NewSessionDialog, SpeakerAttributionDialog
from tests.desktop.editor_fixtures import open_workspace
from tests.storage.helpers import consent_all
from tests.storage.sessions.conftest import transcribe_session

QM = Path(__file__).resolve().parents[3] / "resources" / "translations" / "sessions_nl.qm"


@pytest.fixture
def people(study):
    for code, role, declined in (("R01", "sekswerker", ()), ("R02", "politie", (3,)), ("R03", "gemeente", ())):
        study.participants.add(code, role)
        consent_all(study, code, declined=declined)
    return study


@pytest.fixture
def dutch(qapp, settings):
    translator = QTranslator()
    assert translator.load(str(QM))
    qapp.installTranslator(translator)
    QSettings().setValue("ui/language", "nl")
    yield translator
    qapp.removeTranslator(translator)
    QSettings().setValue("ui/language", "en")


def tick(dialog, *codes):
    for i in range(dialog.people.count()):
        item = dialog.people.item(i)
        if item.data(Qt.UserRole) in codes:
            item.setCheckState(Qt.Checked)


def test_a_new_session_with_several_participants(qtbot, people):
    dialog = NewSessionDialog(people)
    qtbot.addWidget(dialog)
    assert [dialog.people.item(i).data(Qt.UserRole) for i in range(dialog.people.count())] == ["R01", "R02", "R03"]
    dialog.accept()
    assert dialog.error.text() == "Tick the participants present." and people.sessions.list() == []
    tick(dialog, "R02", "R03")
    dialog.kind.setCurrentIndex(dialog.kind.findData("meeting"))
    dialog.date.setText("2026-03-02")
    dialog.location.setText("buurthuis")
    dialog.accept()
    [session] = people.sessions.list()
    assert dialog.session_id == session["id"] and session["kind"] == "meeting"
    assert session["present"] == ["R02", "R03"] and session["date"] == "2026-03-02"


def test_a_bad_date_is_refused_in_dutch_and_nothing_is_added(qtbot, people, dutch):
    dialog = NewSessionDialog(people)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Nieuwe focusgroep of bijeenkomst"
    assert dialog.kind.itemText(0) == "Focusgroep"
    tick(dialog, "R01")
    dialog.date.setText("2 maart")
    dialog.accept()
    assert dialog.error.text() == "De datum moet een datum zijn in de vorm JJJJ-MM-DD (bijvoorbeeld 2026-03-02)."
    assert people.sessions.list() == []
    assert QCoreApplication.translate("SessionsMenu", "New &focus group or meeting…") == "Nieuwe &focusgroep of bijeenkomst…"


def test_the_editor_attributes_speaker_labels_to_participants_present(qtbot, people):
    sid = people.sessions.create("focus group", ["R01", "R02", "R03"])
    tid = transcribe_session(people, sid)
    ws = open_workspace(qtbot, people, sid)
    assert ws.speakers.in_session()
    for segment in people.transcripts.segments(tid)[:1]:
        people.codings.add(tid, "beeldvorming", (segment.id, 1), (segment.id, 10), about_role="politie")
    stored = ws.speakers.attribute_speakers({"S1": "R02", "S2": "R01", "S3": ""})
    assert stored == {"S1": "R02", "S2": "R01"}
    assert people.sessions.attributions(sid) == {"S1": "R02", "S2": "R01"}
    assert ws.speaker_names["S1"] == "R02" and ws.speakers.display("S1") == "R02"
    assert people.codings.matrix() == {("politie", "politie"): 1}  # S1's coding now counts for R02's role
    ws.speakers.attribute_speakers({"S1": "", "S2": "R01"})
    assert people.sessions.attributions(sid) == {"S2": "R01"}
    assert people.codings.matrix() == {("sekswerker", "politie"): 1}  # back to the session's participant of record


def test_the_attribution_dialog_offers_the_participants_present(qtbot):
    dialog = SpeakerAttributionDialog([("S1", "R02"), ("S2", "S2")], [("R01", "Sekswerker"), ("R02", "Politie")],
                                      {"S1": "R02"})
    qtbot.addWidget(dialog)
    assert dialog.choice() == {"S1": "R02", "S2": ""}
    combo = dialog.combos["S2"]
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "R01", "R02"]
    combo.setCurrentIndex(1)
    assert dialog.choice() == {"S1": "R02", "S2": "R01"}


def _speaker_entries(ws) -> list[str]:
    parent = QMenu()
    return [a.text() for a in ws.menus._speaker_menu(parent, [0]).actions()]


def test_only_a_session_has_the_attribution_entry(qtbot, people):
    iid = people.interviews.create("R01")
    transcribe_session(people, iid, texts=[("S1", "hallo"), ("S2", "dag")])
    ws = open_workspace(qtbot, people, iid)
    assert not ws.speakers.in_session()
    assert "Who is speaking (participants present)…" not in _speaker_entries(ws)
    sid = people.sessions.create("meeting", ["R01", "R03"])
    transcribe_session(people, sid, texts=[("S1", "hallo"), ("S2", "dag")])
    session_ws = open_workspace(qtbot, people, sid)
    assert "Who is speaking (participants present)…" in _speaker_entries(session_ws)


def test_the_session_menu_entry_is_in_the_interview_menu(qtbot, people):
    from desktop.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.actions["new_session"].shortcut().toString() == "Ctrl+Shift+G"


def test_the_sidebar_shows_a_session_with_who_was_present(qtbot, people, settings):
    from desktop.participants.tree import ParticipantTree

    QSettings().setValue("ui/language", "en")
    sid = people.sessions.create("focus group", ["R02", "R03"], date="2026-03-02")
    tree = ParticipantTree()
    qtbot.addWidget(tree)
    tree.set_study(people)
    r02 = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).text(0) == "R02")
    child = r02.child(0)
    assert child.data(0, Qt.UserRole + 1) == sid  # tree.KEY
    assert child.text(0).startswith("Focus group · 2026-03-02")
    assert child.toolTip(0) == child.text(0) + " — R02, R03"  # the whole row (it may be elided), then who was present


def test_the_export_preview_counts_a_sessions_left_out_speaker(people):
    from desktop.export.preview import counts

    sid = people.sessions.create("focus group", ["R01", "R02", "R03"])
    tid = transcribe_session(people, sid)  # S1, S2, S1, S3
    people.sessions.attribute(sid, "S1", "R01")
    people.sessions.attribute(sid, "S2", "R02")  # R02 declined quoting; S3 unattributed could be R02
    preview = counts(people, "txt", sid)
    assert (preview.excerpts, preview.omitted, preview.omitted_participants) == (2, 2, ["R02"])
    for segment in people.transcripts.segments(tid):
        people.codings.add(tid, "trots", (segment.id, 1), (segment.id, 5))
    preview = counts(people, "coded-docx", sid)
    assert (preview.excerpts, preview.omitted) == (2, 2)


def test_the_withdrawal_dialog_says_the_session_stays(qtbot, people):
    from desktop.participants.dialogs import WithdrawDialog

    sid = people.sessions.create("focus group", ["R01", "R02", "R03"])
    transcribe_session(people, sid)
    people.sessions.attribute(sid, "S2", "R02")
    dialog = WithdrawDialog(people, "R02")
    qtbot.addWidget(dialog)
    assert "1 focus group(s) or meeting(s) stay for the others present; the 1 segment(s)" in dialog.what.text()
    assert "0 interview(s)" in dialog.what.text()


def test_every_session_string_is_translated():
    text = QM.with_suffix(".ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert text.count("<message") >= 20
