"""Coding in the editor on the real core: shortcuts, menu, click, perception role, memo, re-code,
remove, undo, and the codebook panel (add, rename, recolour, nest, merge, delete)."""
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDropEvent

from tests.desktop.editor_fixtures import bare_demo, demo, open_workspace, select  # noqa: F401

CODES = ["beeldvorming", "trots", "oplossingen"]


def _codings(study, tid):
    return study.codings.list(transcript_id=tid)


def test_apply_each_code_by_shortcut(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    phrases = [(2, "de politie vooral komt controleren"), (7, "mijn eigen grenzen"), (10, "Een vast aanspreekpunt")]
    for number, (block, phrase) in enumerate(phrases, start=1):
        select(ws, block, phrase)
        qtbot.keyClick(ws.view, getattr(Qt, f"Key_{number}"))
    rows = _codings(study, ws.transcript_id)
    assert [r.code for r in rows] == CODES
    for row, (block, phrase) in zip(rows, phrases):
        assert study.codings.excerpt_text(row) == phrase
        assert row.start_segment_id == ws.segments.segments[block].id
    assert rows[0].about_role == "politie" and rows[1].about_role is None
    # the digit coded the text and did not replace it
    assert "de politie vooral komt controleren" in ws.view.document().findBlockByNumber(2).text()


def test_ctrl_digit_also_codes_and_plain_digit_types_without_selection(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    select(ws, 7, "klanten terugkomen")
    qtbot.keyClick(ws.view, Qt.Key_2, Qt.ControlModifier)
    assert [r.code for r in _codings(study, ws.transcript_id)] == ["trots"]
    c = ws.view.textCursor()
    c.clearSelection()
    ws.view.setTextCursor(c)
    qtbot.keyClick(ws.view, Qt.Key_2)
    assert len(_codings(study, ws.transcript_id)) == 1
    assert "2" in ws.view.document().findBlockByNumber(7).text()


def test_apply_each_code_by_menu(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R02"])
    for key, (block, phrase) in zip(CODES, [(2, "Sekswerkers zien ons"), (5, "De samenwerking"), (6, "vaker gewoon een gesprek")]):
        select(ws, block, phrase)
        menu = ws.menus.text_menu_for(block, 0)
        code_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
        assert code_menu.isEnabled()
        action = next(a for a in code_menu.actions() if a.data() == key)
        action.trigger()
    rows = _codings(study, ws.transcript_id)
    assert sorted(r.code for r in rows) == sorted(CODES)


def test_click_and_drop_on_the_codebook(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R03"])
    select(ws, 5, "Een klankbordgroep")
    item = ws.codebook.tree.topLevelItem(2)
    ws.codebook.tree.itemClicked.emit(item, 0)
    select(ws, 2, "sekswerkers slachtoffers zijn")
    mime = QMimeData()
    mime.setText("sekswerkers slachtoffers zijn")
    tree = ws.codebook.tree
    point = tree.visualItemRect(tree.topLevelItem(0)).center()
    drop = QDropEvent(point.toPointF(), Qt.CopyAction | Qt.MoveAction, mime, Qt.LeftButton, Qt.NoModifier)
    tree.dropEvent(drop)
    assert drop.dropAction() == Qt.CopyAction     # the transcript keeps its text
    rows = _codings(study, ws.transcript_id)
    assert {r.code for r in rows} == {"oplossingen", "beeldvorming"}


def test_a_perception_coding_across_segments_stores_its_about_role(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R04"])
    asked = []

    def provider(excerpt, speaker_role, current):
        asked.append((excerpt, speaker_role))
        return "gemeente"

    ws.coding.about_role_provider = provider
    select(ws, 2, "weerbaar", 3, "De gemeente denkt vaak")
    assert ws.coding.apply_code("beeldvorming")
    row = _codings(study, ws.transcript_id)[0]
    assert row.about_role == "gemeente" and row.role == "hulpverlening"
    assert row.start_segment_id != row.end_segment_id
    assert asked[0][1] == "hulpverlening" and asked[0][0].startswith("weerbaar")
    # cancelling the question codes nothing
    ws.coding.about_role_provider = lambda *a: None
    select(ws, 4, "trots op ons inloopspreekuur")
    assert not ws.coding.apply_code("beeldvorming")
    assert len(_codings(study, ws.transcript_id)) == 1


def test_codings_show_as_highlights_and_margin_bars_with_overlaps(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    select(ws, 4, "Alsof je altijd verdacht bent")
    ws.coding.apply_code("beeldvorming")
    select(ws, 4, "altijd verdacht bent, terwijl ik gewoon")
    ws.coding.apply_code("trots")

    def drawn():
        assert sorted(col for col, _ in ws.view.margin_columns.get(4, [])) == [0, 1]
        formats = ws.view.document().findBlockByNumber(4).layout().formats()
        backgrounds = {f.format.background().color().name() for f in formats if f.format.background().style() != Qt.NoBrush}
        assert len(backgrounds) >= 3     # one code, the other, and their blend where they overlap

    qtbot.waitUntil(drawn, timeout=60000)  # Qt highlights blocks lazily


def test_memo_round_trip_recode_and_remove_with_undo(qtbot, study, bare_demo):
    ws = open_workspace(qtbot, study, bare_demo["R01"])
    select(ws, 8, "Klanten denken soms")
    ws.coding.apply_code("trots")
    coding = _codings(study, ws.transcript_id)[0]
    ws.coding.memo_provider = lambda memo, excerpt: "Beeld van klanten; vergelijk R02."
    assert ws.coding.edit_memo(coding)
    assert study.codings.get(coding.id).memo == "Beeld van klanten; vergelijk R02."
    ws.undo()
    assert study.codings.get(coding.id).memo == ""
    ws.redo()
    assert study.codings.get(coding.id).memo == "Beeld van klanten; vergelijk R02."

    ws.coding.about_role_provider = lambda *a: "klant"
    assert ws.coding.recode(coding, "beeldvorming")
    row = study.codings.get(coding.id)
    assert row.code == "beeldvorming" and row.about_role == "klant"
    assert ws.coding.change_about(coding) is False   # same role: nothing to do
    ws.coding.remove(coding)
    assert _codings(study, ws.transcript_id) == []
    ws.undo()
    back = _codings(study, ws.transcript_id)
    assert len(back) == 1 and back[0].memo == "Beeld van klanten; vergelijk R02." and back[0].about_role == "klant"
    ws.undo()    # the re-code
    assert _codings(study, ws.transcript_id)[0].code == "trots"
    ws.undo()    # the memo
    ws.undo()    # the coding itself
    assert _codings(study, ws.transcript_id) == []


def test_delete_a_code_with_codings_states_what_happens(qtbot, study, demo):
    ws = open_workspace(qtbot, study, demo["R01"])
    panel = ws.codebook
    n = study.conn.execute("SELECT count(*) FROM codings g JOIN codes c ON c.id = g.code_id WHERE c.key = 'trots'").fetchone()[0]
    assert n == 3
    asked = []
    panel.confirm = lambda title, text: asked.append(text) or False
    assert not panel.delete_code("trots")
    assert "3 coding(s)" in asked[0]
    assert study.codebook.delete_impact("trots")["codings"] == 3        # cancelled: nothing changed
    panel.confirm = lambda title, text: True
    assert panel.delete_code("trots")
    assert study.conn.execute("SELECT count(*) FROM codes WHERE key = 'trots'").fetchone()[0] == 0
    assert not any(c.code == "trots" for c in ws.codings)              # the editor redrew
    assert all(panel.tree.topLevelItem(i).data(0, Qt.UserRole) != "trots" for i in range(panel.tree.topLevelItemCount()))


def test_codebook_add_rename_recolour_nest_merge(qtbot, study, demo):
    from desktop.coding.codebook_panel import CodebookPanel

    panel = CodebookPanel(study)
    qtbot.addWidget(panel)
    assert panel.add_code({"key": "veiligheid", "label_nl": "Veiligheid", "label_en": "Safety",
                           "description": "Over veilig werken", "color": "#E76F51", "perception": False})
    assert panel.edit_code("veiligheid", {"key": "veilig", "label_nl": "Veilig werken"})
    assert study.codebook.get("veilig")["label_nl"] == "Veilig werken"
    assert panel.recolor_code("veilig", "#9B5DE5")
    assert study.codebook.get("veilig")["color"] == "#9B5DE5"
    assert panel.nest_code("veilig", "oplossingen")
    parent = panel.tree.topLevelItem(2)
    assert parent.childCount() == 1 and parent.child(0).data(0, Qt.UserRole) == "veilig"
    panel.confirm = lambda title, text: True
    before = study.codebook.delete_impact("oplossingen")["codings"]
    assert panel.merge_code("trots", "oplossingen")
    assert study.codebook.delete_impact("oplossingen")["codings"] == before + 3
    counts = {panel.tree.topLevelItem(i).data(0, Qt.UserRole): panel.tree.topLevelItem(i).text(1)
              for i in range(panel.tree.topLevelItemCount())}
    assert counts["oplossingen"] == str(before + 3)


def test_excerpt_browser_filters_plays_and_jumps(qtbot, study, demo):
    from desktop.coding.excerpt_browser import ExcerptBrowser

    browser = ExcerptBrowser(study)
    qtbot.addWidget(browser)
    assert len(browser.rows) == study.conn.execute("SELECT count(*) FROM codings").fetchone()[0]
    browser.set_filters(code="beeldvorming", about_role="sekswerker")
    assert {r.participant for r in browser.rows} == {"R01", "R02", "R03", "R04"}
    browser.set_filters(role="politie")
    assert {r.participant for r in browser.rows} == {"R02"}
    browser.set_filters(participant="R01", text="SCHOLEN")
    assert [browser.texts[r.id] for r in browser.rows] == ["voorlichting op scholen"]
    with qtbot.waitSignal(browser.jumpRequested) as jump:
        browser.table.doubleClicked.emit(browser.model.index(0, 3))
    row = browser.rows[0]
    assert jump.args == [row.interview_id, row.start_segment_id, row.start_offset]
    browser.table.clicked.emit(browser.model.index(0, 0))     # the ▶ column
    assert browser.player.is_playing()
    qtbot.waitUntil(lambda: browser.player.position() > row.start_time, timeout=60000)
    browser.player.stop()


def test_open_views_follow_codings_and_codebook_changes(qtbot, study, bare_demo):
    from desktop.coding.codebook_panel import CodebookPanel
    from desktop.coding.excerpt_browser import ExcerptBrowser
    from desktop.coding.perception_overview import PerceptionOverview

    ws = open_workspace(qtbot, study, bare_demo["R01"])
    browser, overview, dock_panel = ExcerptBrowser(study), PerceptionOverview(study), CodebookPanel(study)
    for w in (browser, overview, dock_panel):
        qtbot.addWidget(w)
        w.show()
    assert browser.rows == [] and overview.count("sekswerker", "politie") == 0
    select(ws, 2, "de politie vooral komt controleren")
    ws.coding.apply_code("beeldvorming")
    qtbot.waitUntil(lambda: len(browser.rows) == 1 and overview.count("sekswerker", "politie") == 1, timeout=60000)
    # recolouring in another codebook panel (a dock) redraws the workspace
    dock_panel.recolor_code("beeldvorming", "#112233")
    qtbot.waitUntil(lambda: ws.codings and ws.codings[0].color == "#112233", timeout=60000)


def _answer_dialog(qtbot, answer):
    """Answer the next modal dialog with `answer(dialog)` once it is open."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        answer(dialog)

    QTimer.singleShot(20, poll)


def test_the_about_role_and_memo_dialogs(qtbot, study, bare_demo):
    from desktop.editor.coding_actions import CodingActions

    ws = open_workspace(qtbot, study, bare_demo["R01"])
    ws.coding = CodingActions(ws)         # the real dialogs
    select(ws, 5, "Bij de GGD is het anders")

    def pick_ggd(dialog):
        dialog.choose("ggd")
        dialog.accept()

    _answer_dialog(qtbot, pick_ggd)
    assert ws.coding.apply_code("beeldvorming")
    coding = _codings(study, ws.transcript_id)[0]
    assert coding.about_role == "ggd"

    def write_memo(dialog):
        dialog.edit.setPlainText("Positief over de GGD.")
        dialog.accept()

    _answer_dialog(qtbot, write_memo)
    assert ws.coding.edit_memo(coding)
    assert study.codings.get(coding.id).memo == "Positief over de GGD."


def test_the_about_role_dialog_needs_a_choice(qtbot, study):
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.editor.dialogs import AboutRoleDialog

    named = AboutRoleDialog(study.roles(), "de politie vooral komt controleren", "Sekswerker")
    qtbot.addWidget(named)
    ok = named.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
    assert named.role() is None and not ok.isEnabled()     # a named role is no decision
    named.choose("sekswerker")
    assert ok.isEnabled() and named.role() == "sekswerker"


def test_code_names_are_readable_in_the_editor_at_1366x768(app, qtbot, study, demo, settings):
    """The codebook beside the editor showed "Beeldvorming ov…": a name that does not fit its column
    wraps onto a second line (the row grows), no word is cut, and the tool tip starts with the whole name."""
    from PySide6.QtCore import QRect

    from desktop import i18n
    from desktop.main_window import MainWindow

    i18n.install(app, "nl")     # the Dutch names are the long ones ("Beeldvorming over en weer")
    try:
        study.codebook.add("lang", "Oplossingsrichtingen voor veiligheid op de werkplek")
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(1229, 662)    # the size it opens at on a 1366×768 screen (test_window_size.py)
        window.set_study(study)
        window.show()
        qtbot.waitExposed(window)
        window.show_interview(demo["R01"])
        ws = window.interview_page.workspace
        qtbot.waitUntil(lambda: ws is not None and ws.codebook.isVisible(), timeout=10000)
        qtbot.wait(50)
        tree = ws.codebook.tree
        items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        assert any(it.data(0, Qt.UserRole) == "beeldvorming" for it in items)
        metrics = tree.fontMetrics()
        cut = []
        for item in items:
            rect = tree.visualItemRect(item)
            room = rect.width() - tree.iconSize().width() - 14     # the swatch and the cell's margins
            text = item.text(0)
            needed = metrics.boundingRect(QRect(0, 0, room, 10000), Qt.TextWordWrap, text)
            widest = max(metrics.horizontalAdvance(word) for word in text.split())
            if needed.height() > rect.height() or widest > room:
                cut.append((text, room, rect.height(), needed.height()))
        assert not cut, cut
        assert [it.toolTip(0).splitlines()[0] for it in items] == [it.text(0).split("  ", 1)[-1] for it in items]
    finally:
        i18n.install(app, "en")
