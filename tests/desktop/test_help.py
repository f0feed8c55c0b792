"""Help (issue 15, section 4): F1 lists every key, the editor's included, from the same walk as the
shortcut-clash test (so the list cannot drift); Help → Manual shows the bundled manual offline."""
import re

from PySide6.QtGui import QAction, QKeySequence

from desktop.help.manual import ManualDialog, manual_path
from desktop.help.shortcuts import rows, walk
from desktop.main_window import MainWindow
from resources import resource_path
from tests.desktop.editor_fixtures import bare_demo  # noqa: F401


def _window(qtbot, study):
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_study(study)
    return window


def _shown(seq: str) -> str:
    return QKeySequence(seq).toString(QKeySequence.NativeText)


def test_f1_lists_every_key_of_the_window_and_the_editor_without_one_open(app, qtbot, study, settings):
    window = _window(qtbot, study)
    assert window.interview_page.workspace is None
    window.actions["shortcuts"].trigger()                      # F1
    dialog = window.shortcuts_dialog
    qtbot.addWidget(dialog)
    listed = {(key, meaning) for _section, key, meaning in dialog.rows}
    for seq, meaning, _owner, _context in walk(window):
        assert (_shown(seq), meaning) in listed, (seq, meaning)
    sections = {section for section, *_ in dialog.rows}
    assert {"Menus (everywhere in the window)", "Transcript editor", "Recording screen"} <= sections
    editor = {key: meaning for section, key, meaning in dialog.rows if section == "Transcript editor"}
    for key in ("Esc", "Alt+Left", "Alt+N", "Alt+R", "Ctrl+1", "Ctrl+9", "Ctrl+F", "Ctrl+Z"):
        assert _shown(key) in editor, key
    assert editor[_shown("Alt+N")] == "Name speakers"
    assert not any(meaning.startswith("QShortcut of") or not meaning for *_rest, meaning in dialog.rows)
    text = dialog.browser.toPlainText()
    assert "Name speakers" in text and "Transcript editor" in text


def test_a_new_action_shows_up_in_f1(app, qtbot, study, settings):
    window = _window(qtbot, study)
    extra = QAction("Something new", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+Y"))
    window.addAction(extra)
    assert ("Menus (everywhere in the window)", _shown("Ctrl+Alt+Y"), "Something new") in rows(window)


def test_f1_reads_the_open_editor(app, qtbot, study, settings, bare_demo):
    window = _window(qtbot, study)
    window.open_interview(bare_demo["R01"])
    assert window.interview_page.workspace is not None
    listed = rows(window)
    assert ("Transcript editor", _shown("Alt+M"), "Merge speakers") in listed


def test_the_manual_is_bundled_in_both_languages_and_walks_the_journey(app, qtbot, settings):
    for language, words in (("nl", ["Nieuw onderzoek", "Deelnemer", "Toestemming", "Opnemen", "Transcriberen",
                                     "Corrigeren", "Coderen", "Analyse", "Exporteren", "Terugtrekken"]),
                            ("en", ["New study", "Participant", "Consent", "Recording", "Transcribing",
                                    "Correcting", "Coding", "Analysis", "Export", "Withdrawal"])):
        path = manual_path(language)
        assert path.name == f"manual_{language}.md"
        source = path.read_text(encoding="utf-8")
        images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", source)
        assert len(images) >= 8
        for image in images:
            file = path.parent / image
            assert file.is_file() and file.stat().st_size > 1000, image
            assert file.resolve().is_relative_to(resource_path("manual").resolve())   # bundled, never a link outside
        dialog = ManualDialog(language=language)
        qtbot.addWidget(dialog)
        shown = dialog.browser.toPlainText()
        for word in words:
            assert word in shown, (language, word)
        assert "http" not in source                        # offline: no web link
    spec = (resource_path("manual").parents[1] / "build.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec    # the whole resources/ folder, the manual with it, is bundled


def test_help_menu_opens_the_manual_in_the_ui_language(app, qtbot, study, settings):
    window = _window(qtbot, study)
    window.actions["manual"].trigger()
    qtbot.addWidget(window.manual_dialog)
    assert window.manual_dialog.path.name == "manual_en.md"    # the tests run the English UI


def test_f1_and_the_speaker_bar_speak_dutch(app, qtbot, study, settings, bare_demo):
    from desktop import i18n

    i18n.set_ui_language("nl")
    i18n.install(app, "nl")
    try:
        window = _window(qtbot, study)
        window.open_interview(bare_demo["R01"])
        ws = window.interview_page.workspace
        assert ws.speaker_bar.name_button.text() == "Namen…"
        listed = rows(window)
        sections = {section for section, *_ in listed}
        assert {"Menu's (overal in het venster)", "Transcripteditor"} <= sections
        assert ("Transcripteditor", _shown("Alt+N"), "Sprekers een naam geven") in listed
        assert window.actions["manual"].text() == "&Handleiding"
        dialog = ManualDialog(window)
        qtbot.addWidget(dialog)
        assert dialog.path.name == "manual_nl.md"
    finally:
        i18n.set_ui_language("en")
        i18n.install(app, "en")
