"""The editor's visible speaker control (issue 15, section 4): the cursor's speaker in a list above the
transcript, default names instead of bare labels, and a who-is-who suggestion that is only shown."""
import dataclasses

from PySide6.QtGui import QTextCursor

from desktop.editor.speaker_suggestion import suggest_names
from storage.segments import StoredSegment
from tests.desktop.editor_fixtures import bare_demo, open_workspace  # noqa: F401


def _cursor_to(ws, block):
    c = QTextCursor(ws.view.document().findBlockByNumber(block))
    ws.view.setTextCursor(c)


def _speakers(study, ws):
    return [s.speaker for s in study.transcripts.segments(ws.transcript_id)]


def test_the_bar_is_visible_and_follows_the_cursor(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    bar = ws.speaker_bar
    assert bar.isVisible() and bar.combo.isVisible() and bar.name_button.isVisible()
    _cursor_to(ws, 0)
    assert bar.combo.currentData() == "S1" and bar.combo.currentText() == "Interviewer (S1)"
    _cursor_to(ws, 1)
    assert bar.combo.currentData() == "S2" and bar.combo.currentText() == "R01 (S2)"


def test_choosing_in_the_bar_changes_the_segment_in_one_undo_step(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    bar = ws.speaker_bar
    _cursor_to(ws, 1)
    before = _speakers(study, ws)
    index = bar.combo.findData("S1")
    bar.combo.setCurrentIndex(index)
    bar.combo.activated.emit(index)
    after = _speakers(study, ws)
    assert after[1] == "S1" and after[:1] + after[2:] == before[:1] + before[2:]
    assert bar.combo.currentData() == "S1"
    ws.undo()
    assert _speakers(study, ws) == before and bar.combo.currentData() == "S2"


def test_without_speakers_the_bar_offers_interviewer_and_the_participant(qtbot, study, bare_demo):
    interview = bare_demo["R01"]
    tid = study.transcripts.for_interview(interview).id
    study.transcripts.set_speakers(tid, {s.id: None for s in study.transcripts.segments(tid)}, {})
    ws = open_workspace(qtbot, study, interview)
    bar = ws.speaker_bar
    texts = [bar.combo.itemText(i) for i in range(bar.combo.count())]
    assert texts[1:] == ["Interviewer (S1)", "R01 (S2)"]
    assert not any("SPEAKER" in t for t in texts)
    _cursor_to(ws, 1)
    index = bar.combo.findData("S2")
    bar.combo.activated.emit(index)
    assert study.transcripts.segments(tid)[1].speaker == "S2"
    assert study.transcripts.get(tid).speakers == {"S2": "R01"}
    assert ws._labels(1)[1] == "R01"
    ws.undo()                                               # names and assignment go back together
    assert study.transcripts.segments(tid)[1].speaker is None
    assert study.transcripts.get(tid).speakers == {}


def test_the_suggestion_is_shown_not_applied(qtbot, study, bare_demo):
    interview = bare_demo["R01"]
    tid = study.transcripts.for_interview(interview).id
    labels = {s.id: s.speaker for s in study.transcripts.segments(tid)}
    study.transcripts.set_speakers(tid, labels, {})          # detected labels S1/S2, no names yet
    ws = open_workspace(qtbot, study, interview)
    bar = ws.speaker_bar
    assert bar.suggestion.isVisible() and bar.apply_button.isVisible()
    assert "S1 = Interviewer" in bar.suggestion.text() and "S2 = R01" in bar.suggestion.text()
    assert study.transcripts.get(tid).speakers == {}     # nothing applied by itself
    bar.apply_button.click()
    assert study.transcripts.get(tid).speakers == {"S1": "Interviewer", "S2": "R01"}
    assert not bar.suggestion.isVisible()                   # it now matches: nothing left to suggest
    ws.undo()
    assert study.transcripts.get(tid).speakers == {}


def _line(speaker: str, text: str) -> StoredSegment:
    return StoredSegment(id=0, transcript_id=0, position=0, start=0.0, end=1.0, speaker=speaker, text=text,
                         asr_text=text, confidence=None, words=())


def test_suggestion_follows_who_asks():
    segs = [_line("A", "ik werk hier al zes jaar."), _line("B", "Hoe bevalt dat?"),
            _line("A", "goed eigenlijk"), _line("B", "waarom zeg je dat")]
    assert suggest_names(segs, "R07") == {"B": "Interviewer", "A": "R07"}
    flat = [_line("A", "ja."), _line("B", "nee.")]
    assert suggest_names(flat, "R07") == {}                  # nobody asks: no guess
    assert suggest_names(segs, None) == {}
    assert suggest_names([dataclasses.replace(s, speaker="A") for s in segs], "R07") == {}   # one speaker
