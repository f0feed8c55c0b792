"""Matrix headers are never clipped: long role names break at a syllable; the fragment column keeps its room."""
from desktop.coding.header_labels import header_label


def test_long_role_names_break_in_two_where_a_reader_expects():
    assert header_label("Hulpverlening") == "Hulpver-\nlening"
    assert header_label("Onderzoeker") == "Onder-\nzoeker"
    assert header_label("Gemeente / beleid") == "Gemeente/\nbeleid"
    assert header_label("Politie") == "Politie" and header_label("Sekswerker") == "Sekswerker"
    assert header_label("Enforcement") == "Enforce-\nment"
    assert all(len(line) <= 12 for name in ("Hulpverlening", "Buurtbewoner", "Zorgverlener")
               for line in header_label(name).replace("-", "").split("\n"))


def test_a_narrow_fragment_list_keeps_the_fragment_column_wide(qtbot, study):
    from desktop.coding.excerpt_browser import ExcerptBrowser

    browser = ExcerptBrowser(study)
    qtbot.addWidget(browser)
    browser.resize(560, 300)   # the analysis view's fragment pane at 1366×768
    browser.show()
    qtbot.waitUntil(lambda: browser.table.viewport().width() > 0, timeout=10000)
    browser.fit_columns(browser.table.viewport().width())
    header = browser.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(6) >= 180, timeout=10000)
    browser.resize(1400, 300)   # wide again: the other columns get their widths back
    browser.fit_columns(1380)
    assert header.sectionSize(7) == browser._widths[7]


def test_no_fragment_column_is_narrower_than_its_name(qtbot, study):
    """At 1366×768 beside the participants panel the fragment list cut "Participant" to "rticipa"."""
    from desktop.coding.excerpt_browser import ExcerptBrowser

    browser = ExcerptBrowser(study)
    qtbot.addWidget(browser)
    browser.resize(540, 300)
    browser.show()
    qtbot.waitUntil(lambda: browser.table.viewport().width() > 0, timeout=10000)
    browser.fit_columns(browser.table.viewport().width())
    header = browser.table.horizontalHeader()
    metrics = header.fontMetrics()
    narrow = [(browser.model.headers[c], header.sectionSize(c)) for c in (1, 2, 3, 4, 5, 7)
              if header.sectionSize(c) < metrics.horizontalAdvance(browser.model.headers[c]) + 8]
    assert not narrow
    assert header.sectionSize(6) >= 180


def test_matrix_headers_fit_a_narrow_column(qtbot, study):
    """A role name wider than its column ("Handhaving" in a 70 px column) breaks in two instead of being cut."""
    from PySide6.QtGui import QFont, QFontMetrics

    from desktop.coding.perception_overview import PerceptionOverview

    view = PerceptionOverview(study)
    qtbot.addWidget(view)
    view.resize(860, 600)   # the Analyse view beside the participants panel at 1366×768
    view.show()
    qtbot.waitExposed(view)
    header = view.table.horizontalHeader()
    qtbot.wait(50)
    font = QFont(header.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    cut = []
    for j in range(view.table.columnCount() - 1):
        text = view.table.horizontalHeaderItem(j).text()
        if max(metrics.horizontalAdvance(line) for line in text.split("\n")) > header.sectionSize(j):
            cut.append((text, header.sectionSize(j)))
    assert header.sectionSize(0) < 85 and not cut, cut
    qtbot.waitUntil(lambda: view.table.verticalScrollBar().maximum() == 0, timeout=5000)   # every row in sight
    assert view.network.height() >= view.BOTTOM_MIN - 10
