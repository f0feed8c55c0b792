"""Playback synced to the text: play from a word, the position moves, the word is highlighted."""
import pytest
from PySide6.QtCore import QPoint, QSettings, Qt

from tests.desktop.editor_fixtures import bare_demo, block_text, open_workspace  # noqa: F401


@pytest.fixture(autouse=True)
def pulse():
    """A PulseAudio null sink when the box can start one (the player falls back to a clock otherwise)."""
    try:
        from tests.pulse import ensure_null_sink

        ensure_null_sink()
        return True
    except Exception:
        return False


def test_play_from_a_word_moves_the_reported_position(qtbot, study, bare_demo, pulse):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    block = 2
    offset = block_text(ws, block).index("politie")
    word_start = next(t0 for lo, hi, t0, t1, p in ws.segments.spans(block) if lo == offset)
    positions = []
    ws.player.positionChanged.connect(positions.append)
    ws.play_from(block, offset)
    assert ws.player.is_playing()
    assert abs(ws.player.position() - word_start) < 0.2
    qtbot.waitUntil(lambda: ws.player.position() > word_start + 0.5, timeout=60000)
    assert positions and max(positions) > word_start + 0.3
    if pulse:
        assert ws.player.device_error == "", "an output device was available"
    # the word being played is highlighted
    qtbot.waitUntil(lambda: len(ws.view.extraSelections()) == 1, timeout=60000)
    selections = ws.view.extraSelections()
    played_block = selections[0].cursor.blockNumber()
    assert played_block in (block, block + 1)
    ws.player.pause()
    assert not ws.player.is_playing()


def test_pause_rewinds_and_speed_keeps_time(qtbot, study, bare_demo):
    QSettings().setValue("editor/rewindOnPause", 1.5)
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    ws.player.play(20.0)
    ws.controls.step_speed(+3)          # 1× → 2×
    assert ws.player.speed() == 2.0
    qtbot.waitUntil(lambda: ws.player.position() > 21.5, timeout=60000)
    at = ws.player.position()
    ws.player.pause()
    assert ws.player.position() == pytest.approx(at - 1.5, abs=0.3)
    ws.player.jump(5)
    assert ws.player.position() == pytest.approx(at + 3.5, abs=0.3)
    QSettings().remove("editor/rewindOnPause")


def test_play_pause_key_is_configurable(qtbot, study, bare_demo):
    QSettings().setValue("editor/playPauseKey", "F4")
    try:
        ws = open_workspace(qtbot, study, bare_demo["R01"])
        ws.activateWindow()
        ws.view.setFocus()
        qtbot.keyClick(ws.view, Qt.Key_F4)
        qtbot.waitUntil(ws.player.is_playing, timeout=60000)
        qtbot.keyClick(ws.view, Qt.Key_F4)
        assert not ws.player.is_playing()
    finally:
        QSettings().remove("editor/playPauseKey")


def test_waveform_and_markers(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    qtbot.waitUntil(lambda: len(ws.waveform.levels) > 0, timeout=60000)
    assert ws.waveform.levels.max() > 0.05
    assert [m["label"] for m in ws.waveform.markers] == ["politie", "GGD"]
    with qtbot.waitSignal(ws.player.positionChanged):
        ws.waveform.seekRequested.emit(12.0)
    assert ws.player.position() >= 12.0
    ws.player.stop()


def test_click_a_timestamp_or_ctrl_click_a_word_plays_from_there(qtbot, study, bare_demo):
    from PySide6.QtGui import QTextCursor

    ws = open_workspace(qtbot, study, bare_demo["R01"])
    view = ws.view
    block = view.document().findBlockByNumber(5)
    top = view.blockBoundingGeometry(block).translated(view.contentOffset()).top()
    qtbot.mouseClick(view.gutter, Qt.LeftButton, pos=view.gutter.rect().topLeft() + QPoint(20, int(top) + 5))
    assert ws.player.is_playing()
    assert abs(ws.player.position() - ws.segments.segments[5].start) < 0.3
    ws.player.stop()

    offset = block_text(ws, 8).index("alles")
    c = QTextCursor(view.document().findBlockByNumber(8))
    c.setPosition(c.position() + offset + 1)
    point = view.cursorRect(c).center()
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, Qt.ControlModifier, point)
    word_start = next(t0 for lo, hi, t0, t1, p in ws.segments.spans(8) if lo == offset)
    assert ws.player.is_playing()
    assert abs(ws.player.position() - word_start) < 0.3
    ws.player.stop()


def test_playback_writes_nothing_to_disk(qtbot, study, bare_demo, tmp_path, monkeypatch):
    """Audio is played from memory: no sound file appears in the temp folder or the study."""
    import os
    import tempfile

    own_tmp = tmp_path / "tmp"  # a temp folder of its own, so other programs' files don't count
    own_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(own_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(own_tmp))

    def files():
        found = set()
        for root in (tempfile.gettempdir(), str(study.path)):
            for dirpath, _dirs, names in os.walk(root):
                found |= {os.path.join(dirpath, n) for n in names if n.lower().endswith((".wav", ".pcm", ".raw", ".mp3", ".flac"))}
        return found

    before = files()
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    ws.player.set_speed(1.5)
    ws.player.play(3.0)
    qtbot.waitUntil(lambda: ws.player.position() > 4.0, timeout=60000)
    ws.player.stop()
    assert files() - before == set()


def test_speed_change_keeps_the_pitch():
    import numpy as np

    from desktop.editor.tempo import TempoFilter

    rate = 16000
    tone = (np.sin(2 * np.pi * 440 * np.arange(rate * 2) / rate) * 8000).astype(np.int16)
    for speed in (0.5, 2.0):
        flt = TempoFilter(rate, speed)
        for start in range(0, len(tone), 1024):
            flt.push(tone[start : start + 1024])
        out = flt.take(flt.available()).astype(np.float64)
        assert abs(len(out) - len(tone) / speed) < rate * 0.25          # duration changes (less what the filter still holds)
        spectrum = np.abs(np.fft.rfft(out[: rate // 2] * np.hanning(rate // 2)))
        peak = np.argmax(spectrum) * rate / (rate // 2)
        assert abs(peak - 440) < 6, (speed, peak)                        # pitch does not


def test_only_one_player_plays_at_a_time(qtbot, study, bare_demo):
    from desktop.coding.excerpt_browser import ExcerptBrowser

    ws = open_workspace(qtbot, study, bare_demo["R01"])
    ws.player.play(1.0)
    browser = ExcerptBrowser(study)
    qtbot.addWidget(browser)
    study_rows = browser.rows
    assert study_rows == []          # no codings in this study: play an excerpt range directly
    browser.player.load_interview(bare_demo["R02"])
    browser.player.play(2.0, until=4.0)
    assert browser.player.is_playing() and not ws.player.is_playing()
    browser.player.stop()
