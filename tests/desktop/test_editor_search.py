"""Find and replace in the interview and search across the study; results jump to the place."""

from tests.desktop.editor_fixtures import bare_demo, block_text, open_workspace  # noqa: F401


def test_study_search_jumps_to_the_right_segment(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    ws.show_find()
    ws.find_bar.find_edit.setText("veroordeeld")
    ws.find_bar.study_box.setChecked(True)
    hits = ws.find_bar.search_study()
    assert len(hits) == 1
    expected = study.conn.execute("SELECT id FROM segments WHERE text LIKE '%veroordeeld%'").fetchone()[0]
    item = ws.find_bar.results.item(0)
    ws.find_bar.results.itemActivated.emit(item)
    cursor = ws.view.textCursor()
    block = cursor.blockNumber()
    assert ws.segments.segments[block].id == expected
    assert block_text(ws, block)[cursor.positionInBlock():].startswith("veroordeeld")
    assert ws.player.is_playing()
    assert abs(ws.player.position() - ws.segments.time_at(block, cursor.positionInBlock())) < 0.5
    ws.player.stop()


def test_a_hit_in_another_interview_asks_to_open_it(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    ws.find_bar.find_edit.setText("klankbordgroep")
    ws.find_bar.study_box.setChecked(True)
    assert ws.find_bar.results.count() == 1
    with qtbot.waitSignal(ws.jumpRequested) as jump:
        ws.find_bar.results.itemActivated.emit(ws.find_bar.results.item(0))
    interview, segment, offset = jump.args
    assert interview == bare_demo["R03"]
    assert study.transcripts.segment(segment).text[offset:].startswith("klankbordgroep")


def test_find_next_and_replace_all_is_one_undo_step(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    assert ws.find("gewoon")
    first = ws.view.textCursor().blockNumber()
    assert ws.find("gewoon")
    assert ws.view.textCursor().blockNumber() > first
    assert ws.replace_all("gewoon", "zomaar") == 3
    texts = [s.text for s in study.transcripts.segments(ws.transcript_id)]
    assert sum(t.count("zomaar") for t in texts) == 3 and not any("gewoon" in t for t in texts)
    ws.undo()
    texts = [s.text for s in study.transcripts.segments(ws.transcript_id)]
    assert sum(t.count("gewoon") for t in texts) == 3


def test_show_find_opens_the_find_bar(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    assert ws.find_bar.isHidden()
    ws.show_find()
    assert ws.find_bar.isVisible()
