"""The Analyse view on the encrypted demo study: F9 opens it, shared filters narrow every part, a matrix
cell lists its fragments, the network cannot be collapsed, the overview shows the core's figures."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from desktop.main_window import MainWindow
from storage.overview import study_overview
from tests.desktop.editor_fixtures import demo  # noqa: F401


def _open(qtbot, study):
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.actions["analysis"].isEnabled()   # nothing to analyse without a study
    window.set_study(study)
    assert window.actions["analysis"].isEnabled()
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key_F9)
    qtbot.waitUntil(lambda: getattr(window, "analysis_view", None) is not None
                    and window.stack.currentWidget() is window.analysis_view, timeout=5000)
    return window, window.analysis_view


def _matrix_total(view):
    n = len(view.perceptions.roles)
    text = view.perceptions.table.item(n, n).text()
    return int(text) if text.isdigit() else 0


def test_f9_opens_the_view_and_a_filter_narrows_all_three_parts(app, qtbot, study, settings, demo):
    window, view = _open(qtbot, study)
    assert window.actions["analysis"].shortcut().toString() == "F9"
    all_rows = len(view.fragments.rows)
    assert all_rows == len(study.codings.list()) > 0
    assert _matrix_total(view) == sum(study.codings.matrix().values()) > 0
    sheet = {k: len(b.rows) for k, b in view.categories.items()}
    assert all(sheet.values()), sheet
    box = view.fragments.participant_box
    box.setCurrentIndex(box.findData("R01"))
    expected = study.codings.list(participant="R01")
    assert [r.id for r in view.fragments.rows] == [c.id for c in expected]
    assert len(expected) < all_rows
    assert _matrix_total(view) == sum(1 for c in expected if c.perception and c.about_role)
    for key, browser in view.categories.items():
        assert [r.id for r in browser.rows] == [c.id for c in expected if c.code == key]
        assert all(r.participant == "R01" for r in browser.rows)
    view.fragments.text_edit.setText("geen fragment bevat deze zin")
    assert view.fragments.rows == [] and _matrix_total(view) == 0
    assert all(not b.rows for b in view.categories.values())


def test_a_matrix_cell_lists_its_fragments(app, qtbot, study, settings, demo):
    window, view = _open(qtbot, study)
    roles = [r["key"] for r in study.roles()]
    view.perceptions.table.cellClicked.emit(roles.index("politie"), roles.index("sekswerker"))
    texts = [view.perceptions.excerpts.texts[r.id] for r in view.perceptions.excerpts.rows]
    assert texts == ["Sekswerkers zien ons vaak als de vijand", "Veel sekswerkers wantrouwen ons"]
    with qtbot.waitSignal(window.analysis_view.jumpRequested):
        view.perceptions.excerpts.table.doubleClicked.emit(view.perceptions.excerpts.model.index(0, 6))


def test_the_network_cannot_be_collapsed(app, qtbot, study, settings, demo):
    window, view = _open(qtbot, study)
    network = view.perceptions.network
    splitter = view.perceptions.bottom
    assert isinstance(splitter, QSplitter) and not splitter.isCollapsible(splitter.indexOf(network))
    splitter.setSizes([0, 5000])          # what a drag to the edge asks for
    assert network.width() >= network.minimumWidth() > 0
    outer = view.perceptions.split
    outer.setSizes([5000, 0])
    assert view.perceptions.bottom.height() >= network.minimumHeight() > 0


def test_the_overview_shows_the_core_figures(app, qtbot, study, settings, demo):
    window, view = _open(qtbot, study)
    view.tabs.setCurrentWidget(view.overview)
    figures = study_overview(study)
    assert view.overview.figures == figures
    text = view.overview.label.text()
    assert f"Participants: {figures.participants}" in text
    assert view.overview.hours(figures.recorded_seconds) in text
    for n in figures.codings_per_code.values():
        assert f"<b>{n}</b>" in text


def test_the_view_speaks_dutch(app, qtbot, study, settings, demo):
    from pathlib import Path

    from PySide6.QtCore import QLocale, QTranslator

    from desktop.analysis.view import AnalysisView

    folder = Path(__file__).resolve().parents[2] / "resources" / "translations"
    assert "unfinished" not in (folder / "analysis_nl.ts").read_text(encoding="utf-8")
    translators = []
    for name in ("analysis_nl.qm", "editor_nl.qm"):
        t = QTranslator()
        assert t.load(str(folder / name))
        app.installTranslator(t)
        translators.append(t)
    QLocale.setDefault(QLocale(QLocale.Dutch, QLocale.Netherlands))
    try:
        view = AnalysisView(study)
        qtbot.addWidget(view)
        tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
        assert tabs == ["Beeldvorming over en weer", "Trots en oplossingsrichtingen", "Fragmenten", "Studieoverzicht"]
        assert view.overview.hours(5400) == "1,5 uur"
        assert "Deelnemers: 4" in view.overview.label.text()
    finally:
        for t in translators:
            app.removeTranslator(t)
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedKingdom))


def test_the_matrix_rows_stay_in_sight_in_the_window_a_small_screen_gives(app, qtbot, study, demo, settings):
    """The walk-through's window (1229×691 on a 1366×768 screen, participants panel and queue dock open): the
    matrix showed 7 of its 10 rows; it gets the height of all of them while the picture keeps BOTTOM_MIN."""
    from tests.desktop.test_queue import _finished_job

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1229, 691)
    window.set_study(study)
    window.show()
    qtbot.waitExposed(window)
    _finished_job(window.queue, demo["R01"], "R01")
    window.queue_dock.show()
    window.actions["analysis"].trigger()
    qtbot.waitUntil(lambda: getattr(window, "analysis_view", None) is not None, timeout=10000)
    view = window.analysis_view.perceptions
    table = view.table
    needed = table.horizontalHeader().height() + table.verticalHeader().length()
    qtbot.waitUntil(lambda: table.height() >= min(needed, sum(view.split.sizes()) - view.BOTTOM_MIN), timeout=5000)
    assert view.network.height() >= view.BOTTOM_MIN - 10


def test_the_network_labels_stay_readable_at_its_smallest(app, qtbot, study, settings, demo):
    """The picture is fitted into its view; the role names and counts must not shrink with it (at
    1366×768 they were drawn at about 5 pt)."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QGraphicsSimpleTextItem, QGraphicsTextItem

    window, view = _open(qtbot, study)
    network = view.perceptions.network
    view.perceptions.bottom.setSizes([0, 5000])   # the network at its minimum width
    network.resize(network.minimumSize())
    network.show_matrix(study.codings.matrix(), study.roles())
    assert network.transform().m11() < 0.8   # the picture itself is scaled down to fit
    names = [i for i in network.scene().items() if isinstance(i, QGraphicsTextItem)]
    counts = [i for i in network.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert names and counts
    line = QFontMetrics(names[0].font()).height()
    for item in names + counts:
        on_screen = item.deviceTransform(network.viewportTransform()).mapRect(item.boundingRect())
        assert on_screen.height() >= 0.9 * min(line, item.boundingRect().height()), item
