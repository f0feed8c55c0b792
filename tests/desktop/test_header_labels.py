"""Matrix headers are never clipped: long role names break at a syllable; the fragment column keeps its room."""
from desktop.coding.header_labels import header_label


def test_long_role_names_break_in_two_where_a_reader_expects():
    assert header_label("Hulpverlening") == "Hulpver-\nlening"
    assert header_label("Onderzoeker") == "Onder-\nzoeker"
    assert header_label("Gemeente / beleid") == "Gemeente/\nbeleid"
    assert header_label("Politie") == "Politie" and header_label("Sekswerker") == "Sekswerker"
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
