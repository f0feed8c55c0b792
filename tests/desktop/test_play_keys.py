"""Playback behaves the same everywhere: Esc and Space toggle play wherever the focus is inside the Analyse
view or the editor, and every ▶ shows that it plays and stops again (fragment rows, the consent clip)."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QTabBar

from tests.desktop.editor_fixtures import bare_demo, demo, open_workspace  # noqa: F401
from tests.desktop.test_analysis_view import _open


def _focusable(view):
    kinds = (QAbstractItemView, QComboBox, QLineEdit, QTabBar)
    return [w for kind in kinds for w in view.findChildren(kind) if w.isVisible() and w.focusPolicy() != Qt.NoFocus]


def test_esc_toggles_play_wherever_the_focus_is_in_the_analysis_view(app, qtbot, study, settings, demo):
    window, view = _open(qtbot, study)
    widgets = _focusable(view)
    assert len(widgets) >= 6
    for widget in widgets:
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus, timeout=5000)
        qtbot.keyClick(widget, Qt.Key_Escape)
        qtbot.waitUntil(lambda: any(b.is_playing() for b in view.browsers), timeout=30000)
        qtbot.keyClick(widget, Qt.Key_Escape)
        qtbot.waitUntil(lambda: not any(b.is_playing() for b in view.browsers), timeout=30000)
    window.close()


def test_space_plays_in_the_fragment_list_and_still_types_in_the_text_filter(app, qtbot, study, settings, demo):
    window, view = _open(qtbot, study)
    view.tabs.setCurrentWidget(view.fragments)
    table = view.fragments.table
    table.setFocus()
    table.setCurrentIndex(view.fragments.model.index(1, 1))
    qtbot.keyClick(table, Qt.Key_Space)
    qtbot.waitUntil(view.fragments.is_playing, timeout=30000)
    assert view.fragments.model.playing_row == 1
    qtbot.keyClick(table, Qt.Key_Space)
    qtbot.waitUntil(lambda: not view.fragments.is_playing(), timeout=30000)
    view.fragments.text_edit.setFocus()
    qtbot.keyClicks(view.fragments.text_edit, "de ")
    assert view.fragments.text_edit.text() == "de "
    assert not any(b.is_playing() for b in view.browsers)
    window.close()


def test_a_fragment_rows_play_button_shows_playing_and_stops(app, qtbot, study, settings, demo):
    window, view = _open(qtbot, study)
    browser = view.fragments
    model = browser.model
    cell = model.index(0, model.PLAY)
    assert model.data(cell) == "▶"
    browser.play(0)
    qtbot.waitUntil(browser.is_playing, timeout=30000)
    assert model.data(cell) == "■"
    assert model.data(cell, Qt.ToolTipRole) == "Stop playing"
    other = next(b for b in view.browsers if b is not browser and b.rows)
    other.play(0)                                     # one fragment at a time in the whole view
    qtbot.waitUntil(other.is_playing, timeout=30000)
    assert not browser.is_playing() and model.data(cell) == "▶"
    other.play(0)                                     # the same ▶ again: stop
    assert not other.is_playing()
    assert other.model.data(other.model.index(0, 0)) == "▶"
    window.close()


def test_space_and_esc_toggle_play_outside_the_text_in_the_editor(app, qtbot, study, settings, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    ws.activateWindow()
    targets = [ws.view, ws.waveform] + [w for w in ws.findChildren(QAbstractItemView) if w.isVisible()]
    for widget in targets:
        widget.setFocusPolicy(widget.focusPolicy() if widget.focusPolicy() != Qt.NoFocus else Qt.ClickFocus)
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus, timeout=5000)
        keys = [Qt.Key_Escape] if widget is ws.view else [Qt.Key_Escape, Qt.Key_Space]
        for key in keys:
            qtbot.keyClick(widget, key)
            qtbot.waitUntil(ws.player.is_playing, timeout=60000)
            qtbot.keyClick(widget, key)
            qtbot.waitUntil(lambda: not ws.player.is_playing(), timeout=60000)
    button = next(b for b in ws.findChildren(QAbstractButton) if b.isVisible() and b is not ws.controls.play_button)
    assert button is not None   # a focused button keeps Space (it is pressed, not turned into play)


def test_the_consent_clip_replay_button_shows_playing_and_stops(app, qtbot, study, settings, pulse_sink):
    from desktop.consent_wizard.clip_recorder import ClipRecorder
    from transcribe.capture.takes import begin_consent_clip

    study.participants.add("R01", "sekswerker")
    clip = ClipRecorder(study)
    qtbot.addWidget(clip)
    writer = begin_consent_clip(study, "R01", sample_rate=16000)
    writer.write(b"\x00\x20" * 16000 * 3)
    clip.recording_id = writer.finish()
    clip.replay_button.setEnabled(True)
    assert clip.replay_button.text() == "Replay"
    clip.replay()
    assert clip.replaying()
    assert clip.replay_button.text() == "■ Stop"
    clip.replay_button.click()                      # the same button stops it
    assert not clip.replaying()
    assert clip.replay_button.text() == "Replay"
    clip.replay()
    qtbot.waitUntil(lambda: clip.replay_button.text() == "Replay", timeout=30000)   # and it ends by itself
