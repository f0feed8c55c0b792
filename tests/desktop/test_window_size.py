"""The main window opens at a size that uses the screen (a saved geometry wins), and the participants
tree never hides its details: a cell that does not fit is elided and its tooltip holds the whole text."""
from PySide6.QtCore import QSettings, Qt

from desktop.main_window import MIN_SIZE, SCREEN_SHARE, MainWindow, screen_size
from tests.desktop.conftest import shown_window
from tests.desktop.editor_fixtures import demo  # noqa: F401


def test_first_start_uses_most_of_the_screen(app, qtbot, settings):
    window = MainWindow()
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()   # offscreen: 800×800, so the minimum size wins there
    expected = (max(MIN_SIZE.width(), int(free.width() * SCREEN_SHARE)), max(MIN_SIZE.height(), int(free.height() * SCREEN_SHARE)))
    assert (window.width(), window.height()) == expected


def test_the_first_size_follows_the_screen():
    from PySide6.QtCore import QRect

    class Screen:       # a 1366×768 laptop screen with a 32 px panel (the only stand-in: offscreen Qt has one 800×800 screen)
        def availableGeometry(self):
            return QRect(0, 0, 1366, 736)

    class Widget:
        def screen(self):
            return Screen()

    assert screen_size(Widget()).toTuple() == (1229, 662)


def test_a_saved_geometry_wins(app, qtbot, settings):
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(1024, 660)   # offscreen screen is 800 wide: the width is clamped to the minimum
    first.save_layout()
    assert QSettings().value("window/geometry") is not None
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (1024, 660)


def test_tree_details_have_their_full_text_as_tooltip(app, qtbot, study, settings):
    study.set_role("lange_rol", "Medewerker van een zorg- en hulpverleningsorganisatie in de regio")
    role = "lange_rol"
    study.participants.add("R01", role)
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_study(study)
    item = window.tree.topLevelItem(0)
    assert item.toolTip(1) == study.role_label(role) == item.text(1)
    assert item.toolTip(0)              # the consent state
    assert window.tree.textElideMode() == Qt.ElideRight


def test_the_panel_widens_so_interview_details_are_not_cut(app, qtbot, consenting, settings):
    from tests.desktop.conftest import FIXTURE_WAV
    from transcribe.importing import import_audio

    import_audio(consenting, "R01", FIXTURE_WAV)
    window = shown_window(qtbot, consenting)
    window.resizeDocks([window.sidebar], [200], Qt.Horizontal)   # a narrow panel, as a small screen gives
    window.tree.refresh()
    qtbot.waitUntil(lambda: window.tree.viewport().width() >= window.tree.needed_width() - window.tree.verticalScrollBar().sizeHint().width() - 12,
                    timeout=5000)
    child = window.tree.topLevelItem(0).child(0)
    assert child.text(1) == "not transcribed" and child.toolTip(1) == "not transcribed"
    rect = window.tree.visualItemRect(child)
    assert window.tree.header().sectionViewportPosition(1) + window.tree.sizeHintForColumn(1) <= window.tree.viewport().width() + 2
    assert rect.isValid()


def test_a_study_opened_before_the_window_shows_gets_a_wide_enough_panel(app, qtbot, study, settings, demo):
    """Opened, then shown (the screenshots, a study given on the command line): the panel still widens so
    "Gemeente / beleid" is not cut to "Gemeente / b…"."""
    from desktop import i18n

    i18n.install(app, "nl")     # the Dutch role names are the long ones
    try:
        window = shown_window(qtbot, study)
        tree = window.tree
        qtbot.waitUntil(lambda: tree.viewport().width() >= tree.needed_width() - tree.verticalScrollBar().sizeHint().width() - 12,
                        timeout=5000)
    finally:
        i18n.install(app, "en")
