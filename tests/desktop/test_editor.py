"""The transcript editor on the real core: editing, autosave, undo/redo, splits, merges, speakers."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor

from tests.desktop.editor_fixtures import bare_demo, block_text, demo, open_workspace  # noqa: F401


def _put_cursor(ws, block, offset):
    b = ws.view.document().findBlockByNumber(block)
    c = QTextCursor(b)
    c.setPosition(b.position() + offset)
    ws.view.setTextCursor(c)
    ws.view.setFocus()


def test_segments_are_shown_in_reading_order_with_time_and_speaker(qtbot, study, demo):
    ws = open_workspace(qtbot, study, demo["R01"])
    tid = study.transcripts.for_interview(demo["R01"]).id
    segments = study.transcripts.segments(tid)
    assert ws.view.document().blockCount() == len(segments)
    for i, seg in enumerate(segments):
        assert block_text(ws, i) == seg.text
    stamp, speaker, edited, _color = ws._labels(1)
    assert stamp == "0:00:03" and speaker == "R01" and not edited
    assert ws._labels(0)[1] == "Interviewer"


def test_edit_a_segment_then_undo_and_redo(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    sid = ws.segments.segments[1].id
    original = study.transcripts.segment(sid).text
    _put_cursor(ws, 1, len("Ongeveer zes"))
    qtbot.keyClicks(ws.view, " of zeven")
    assert study.transcripts.segment(sid).text == original   # not yet committed
    assert ws.flush() == 1
    edited = study.transcripts.segment(sid)
    assert edited.text.startswith("Ongeveer zes of zeven jaar")
    assert edited.asr_text == original                        # the ASR text stays beside the edit
    assert ws._labels(1)[2] is True                              # the gutter marks the segment edited

    qtbot.keyClick(ws.view, Qt.Key_Z, Qt.ControlModifier)
    assert study.transcripts.segment(sid).text == original
    assert block_text(ws, 1) == original
    ws.redo()
    assert study.transcripts.segment(sid).text == edited.text
    assert block_text(ws, 1) == edited.text


def test_edits_are_saved_after_a_short_idle(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    sid = ws.segments.segments[0].id
    _put_cursor(ws, 0, 0)
    qtbot.keyClicks(ws.view, "Vraag: ")
    qtbot.waitUntil(lambda: study.transcripts.segment(sid).text.startswith("Vraag: "), timeout=60000)


def test_edits_are_saved_on_close(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    sid = ws.segments.segments[3].id
    _put_cursor(ws, 3, 0)
    qtbot.keyClicks(ws.view, "Dus: ")
    ws.close()
    assert study.transcripts.segment(sid).text.startswith("Dus: ")


def test_restore_the_original_text(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    seg = ws.segments.segments[2]
    study.transcripts.edit_segment(seg.id, "Iets heel anders.")
    ws.reload()
    ws.restore_segment(2)
    assert study.transcripts.segment(seg.id).text == seg.asr_text
    assert block_text(ws, 2) == seg.asr_text
    ws.undo()
    assert study.transcripts.segment(seg.id).text == "Iets heel anders."


def test_enter_splits_and_backspace_merges_with_undo(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    tid = ws.transcript_id
    before = len(study.transcripts.segments(tid))
    first = block_text(ws, 1)
    cut = first.index("eerst")
    _put_cursor(ws, 1, cut)
    qtbot.keyClick(ws.view, Qt.Key_Return)
    segs = study.transcripts.segments(tid)
    assert len(segs) == before + 1
    assert segs[2].text.startswith("eerst") and block_text(ws, 2).startswith("eerst")
    assert ws.view.document().blockCount() == before + 1
    hits = {h["segment_id"] for h in study.search("eerst club", interview_id=bare_demo["R01"])}
    assert hits == {segs[2].id}     # the full-text index follows the split

    _put_cursor(ws, 2, 0)
    qtbot.keyClick(ws.view, Qt.Key_Backspace)
    assert len(study.transcripts.segments(tid)) == before
    assert block_text(ws, 1) == first

    ws.undo()   # the merge
    assert len(study.transcripts.segments(tid)) == before + 1
    ws.undo()   # the split
    assert [s.text for s in study.transcripts.segments(tid)][1] == first


def test_edits_across_segments_are_refused(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    count = ws.view.document().blockCount()
    c = ws.view.textCursor()
    c.setPosition(ws.view.document().findBlockByNumber(1).position() + 3)
    c.setPosition(ws.view.document().findBlockByNumber(2).position() + 3, QTextCursor.KeepAnchor)
    ws.view.setTextCursor(c)
    with qtbot.waitSignal(ws.statusMessage):
        qtbot.keyClick(ws.view, Qt.Key_X)
    assert ws.view.document().blockCount() == count


def test_speakers_named_and_assigned(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    ws.set_speaker_names({"S1": "Onderzoeker", "S2": "R01", "S3": "Tolk"})
    assert study.transcripts.get(ws.transcript_id).speakers["S3"] == "Tolk"
    ws.set_speaker([4, 5], "S3")
    segs = study.transcripts.segments(ws.transcript_id)
    assert segs[4].speaker == segs[5].speaker == "S3"
    assert ws._labels(4)[1] == "Tolk" and ws._labels(0)[1] == "Onderzoeker"
    ws.undo()
    assert study.transcripts.segments(ws.transcript_id)[4].speaker == "S2"


def test_low_confidence_words_are_underlined(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])

    def underlined() -> int:
        found = 0
        for block in range(len(ws.segments)):
            low = ws.segments.low_confidence(block)
            if not low:
                continue
            lo, hi = low[0]
            formats = ws.view.document().findBlockByNumber(block).layout().formats()
            assert any(f.start <= lo < f.start + f.length and f.format.underlineStyle() == QTextCharFormat.DotLine
                       for f in formats)
            found += 1
        assert found > 0

    qtbot.waitUntil(underlined, timeout=60000)  # Qt highlights blocks lazily


def test_codings_follow_edits_and_their_undo(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    phrase = "de politie vooral komt controleren"
    lo = block_text(ws, 2).index(phrase)
    ws.view.select_range(2, lo, lo + len(phrase), center=False)
    ws.coding.apply_code("trots")
    cid = study.codings.list(transcript_id=ws.transcript_id)[0].id
    _put_cursor(ws, 2, 0)
    qtbot.keyClicks(ws.view, "Nou, ")
    lo_now, hi_now, _ = ws.highlighter.codings[2][0]          # the highlight moved while typing
    assert block_text(ws, 2)[lo_now:hi_now] == phrase
    ws.flush()
    assert study.codings.excerpt_text(study.codings.get(cid)) == phrase
    c = ws.view.textCursor()
    c.setPosition(ws.view.document().findBlockByNumber(2).position() + block_text(ws, 2).index("vooral"))
    c.movePosition(c.MoveOperation.Right, c.MoveMode.KeepAnchor, len("vooral"))
    ws.view.setTextCursor(c)
    qtbot.keyClicks(ws.view, "meestal")
    ws.flush()
    assert study.codings.excerpt_text(study.codings.get(cid)) == "de politie meestal komt controleren"
    ws.undo()
    ws.undo()
    assert study.codings.excerpt_text(study.codings.get(cid)) == phrase
    assert block_text(ws, 2).index(phrase) == lo


def test_an_interview_without_transcript_or_audio_opens(qtbot, study, bare_demo):
    iid = study.interviews.create("R01")
    ws = open_workspace(qtbot, study, iid)
    assert ws.banner.isVisible() and ws.view.document().blockCount() == 1 and ws.view.isReadOnly()
    assert not ws.controls.isEnabled()
    ws.player.toggle()
    assert not ws.player.is_playing()
    assert ws.flush() == 0
