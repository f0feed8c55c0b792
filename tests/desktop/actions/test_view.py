"""The Acties view on a real encrypted study and the real core: attach fragments by keyboard and by drop,
change a status by drop and by command (with the history), a wrong date refused visibly, filters."""
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

from desktop.actions.columns import ACTION_MIME, FRAGMENT_MIME, ID_ROLE, mime_for
from desktop.actions.view import ActionsView
from storage.actions.parties import Party
from tests.storage.helpers import interview_with_transcript

TEXTS = ["Een vast aanspreekpunt bij de gemeente zou helpen.", "Ook voorlichting op scholen.",
         "De politie doet haar best."]
WAIT = 10_000


@pytest.fixture
def coded(study):
    """The encrypted study with R01 (sekswerker) and G01 (ggd), each with two solution fragments and one other."""
    ids = {}
    for code, role in (("R01", "sekswerker"), ("G01", "ggd")):
        iid, _ = interview_with_transcript(study, code, role, texts=TEXTS, seconds=3.0)
        ids[f"{code}.solution"] = study.codings.add_by_time(iid, 0.0, 1.0, "oplossingen")
        ids[f"{code}.solution2"] = study.codings.add_by_time(iid, 1.0, 2.0, "oplossingen")
        ids[f"{code}.pride"] = study.codings.add_by_time(iid, 2.0, 3.0, "trots")
    study.ids = ids
    return study


def make_view(qtbot, study):
    view = ActionsView(study)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    with qtbot.waitExposed(view, timeout=WAIT):
        view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=WAIT)  # shortcuts need the active window
    return view


def answer_next_dialog(qtbot, text=None, accept=True):
    """Fill in and close the next modal QInputDialog (the real one the view opens)."""
    def respond():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, respond)
            return
        if text is not None:
            dialog.setTextValue(text)
        dialog.accept() if accept else dialog.reject()
    QTimer.singleShot(0, respond)


def theme_item(view, theme_id):
    for i in range(view.themes.topLevelItemCount()):
        if view.themes.topLevelItem(i).data(0, ID_ROLE) == theme_id:
            return view.themes.topLevelItem(i)
    return None


def fragment_rows(view):
    return {view.fragments.item(i).data(ID_ROLE): i for i in range(view.fragments.count())}


def card_ids(view, status):
    column = view.columns[status]
    return [column.item(i).data(ID_ROLE) for i in range(column.count())]


def drop(widget, mime, pos: QPoint):
    event = QDropEvent(QPointF(pos), Qt.CopyAction | Qt.MoveAction, mime, Qt.LeftButton, Qt.NoModifier)
    widget.dropEvent(event)
    return event


def test_only_solution_fragments_are_listed_and_themes_show_support(qtbot, coded, app):
    theme = coded.themes.add("Vast aanspreekpunt")
    view = make_view(qtbot, coded)
    listed = set(fragment_rows(view))
    assert listed == {coded.ids[k] for k in ("R01.solution", "R01.solution2", "G01.solution", "G01.solution2")}
    assert "No fragments yet" in theme_item(view, theme).text(0)


def test_attach_by_keyboard_command_and_support_per_role(qtbot, coded, app):
    theme = coded.themes.add("Vast aanspreekpunt")
    view = make_view(qtbot, coded)
    view.themes.setCurrentItem(theme_item(view, theme))
    rows = fragment_rows(view)
    for key in ("R01.solution", "R01.solution2", "G01.solution"):
        view.fragments.item(rows[coded.ids[key]]).setSelected(True)
    view.fragments.setFocus()
    qtbot.keyClick(view.fragments, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: len(coded.themes.fragments(theme)) == 3, timeout=WAIT)
    support = {s["role"]: s["fragments"] for s in coded.themes.support(theme)}
    assert support == {"sekswerker": 2, "ggd": 1}
    item = theme_item(view, theme)
    assert item.childCount() == 3
    shown = " ".join(item.text(0).split())  # the tree's lines are wrapped at spaces
    assert "Brought up by Sekswerker: 2 fragments, GGD: 1 fragment" in shown


def test_attach_by_drop_and_one_fragment_supports_two_themes(qtbot, coded, app):
    first, second = coded.themes.add("Vast aanspreekpunt"), coded.themes.add("Voorlichting")
    view = make_view(qtbot, coded)
    fragment = coded.ids["G01.solution2"]
    for theme in (first, second):
        rect = view.themes.visualItemRect(theme_item(view, theme))
        event = drop(view.themes, mime_for(FRAGMENT_MIME, [fragment]), rect.center())
        assert event.isAccepted()
    qtbot.waitUntil(lambda: {t["id"] for t in coded.themes.themes_of(fragment)} == {first, second}, timeout=WAIT)
    assert theme_item(view, second).child(0).data(0, ID_ROLE) == fragment
    assert "in 2 themes" in view.fragments.item(fragment_rows(view)[fragment]).text()


def test_drop_a_card_on_another_status_records_the_note_in_the_history(qtbot, coded, app):
    theme = coded.themes.add("Vast aanspreekpunt")
    action = coded.actions.add(theme, "Eén contactpersoon bij de gemeente", owner=Party(role="ggd"), status="idee")
    view = make_view(qtbot, coded)
    assert card_ids(view, "idee") == [action]
    answer_next_dialog(qtbot, "Eerste overleg gevoerd")
    drop(view.columns["gepland"], mime_for(ACTION_MIME, [action]), QPoint(10, 10))
    qtbot.waitUntil(lambda: card_ids(view, "gepland") == [action], timeout=WAIT)
    assert card_ids(view, "idee") == []
    last = coded.actions.get(action)["history"][-1]
    assert (last["status"], last["note"]) == ("gepland", "Eerste overleg gevoerd")
    assert "Eerste overleg gevoerd" in view.history.toPlainText() and "Planned" in view.history.toPlainText()


def test_cancelling_the_note_changes_nothing(qtbot, coded, app):
    theme = coded.themes.add("Vast aanspreekpunt")
    action = coded.actions.add(theme, "Folder maken", status="gepland")
    view = make_view(qtbot, coded)
    answer_next_dialog(qtbot, accept=False)
    drop(view.columns["gestopt"], mime_for(ACTION_MIME, [action]), QPoint(10, 10))
    assert coded.actions.get(action)["status"] == "gepland"
    assert card_ids(view, "gepland") == [action] and len(coded.actions.get(action)["history"]) == 1


def test_change_status_by_keyboard_command(qtbot, coded, app):
    theme = coded.themes.add("Vast aanspreekpunt")
    action = coded.actions.add(theme, "Folder maken", status="gepland")
    view = make_view(qtbot, coded)
    view.select_action(action)
    picked = []

    def choose():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, choose)
            return
        picked.append(dialog.comboBoxItems())
        dialog.setTextValue("Realised")
        dialog.accept()
        answer_next_dialog(qtbot, "")
    QTimer.singleShot(0, choose)
    qtbot.keyClick(view.columns["gepland"], Qt.Key_S, Qt.ControlModifier | Qt.ShiftModifier)
    qtbot.waitUntil(lambda: card_ids(view, "gerealiseerd") == [action], timeout=WAIT)
    assert picked[0] == ["Idea", "Planned", "Under way", "Realised", "Stopped"]
    assert [h["status"] for h in coded.actions.get(action)["history"]] == ["gepland", "gerealiseerd"]


def test_new_action_with_a_wrong_date_is_refused_visibly_then_saved(qtbot, coded, app):
    theme = coded.themes.add("Vast aanspreekpunt")
    view = make_view(qtbot, coded)
    view.new_action()
    dialog = view.action_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    dialog.what.setText("Spreekuur in de wijk")
    dialog.owner_role.setCurrentIndex(dialog.owner_role.findData("ggd"))
    dialog.members.setText("r01, Stichting Ons Huis")
    dialog.start.setText("1 maart 2026")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT)
    assert "YYYY-MM-DD" in dialog.error.text() and "start date" in dialog.error.text()
    assert coded.actions.list() == [] and dialog.isVisible()
    dialog.start.setText("2026-03-01")
    dialog.target.setText("2026-02-01")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    qtbot.waitUntil(lambda: "before the start date" in dialog.error.text(), timeout=WAIT)
    assert coded.actions.list() == []
    dialog.target.setText("2026-09-01")
    dialog.status.setCurrentIndex(dialog.status.findData("gepland"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    qtbot.waitUntil(lambda: len(card_ids(view, "gepland")) == 1, timeout=WAIT)
    saved = coded.actions.list()[0]
    assert (saved["theme_id"], saved["start_date"], saved["target_date"]) == (theme, "2026-03-01", "2026-09-01")
    assert saved["owner"].role == "ggd"
    assert {(m.participant, m.organisation) for m in saved["members"]} == {("R01", None), (None, "Stichting Ons Huis")}


def test_edit_action_changes_what_and_target(qtbot, coded, app):
    theme = coded.themes.add("Vast aanspreekpunt")
    action = coded.actions.add(theme, "Folder maken", target="2026-05-01")
    view = make_view(qtbot, coded)
    view.edit_action(action)
    dialog = view.action_dialog
    dialog.what.setText("Folder maken en verspreiden")
    dialog.target.setText("2026-13-01")
    dialog.save()
    assert dialog.error.isVisible() and coded.actions.get(action)["target_date"] == "2026-05-01"
    dialog.target.setText("2026-06-01")
    dialog.save()
    qtbot.waitUntil(lambda: coded.actions.get(action)["target_date"] == "2026-06-01", timeout=WAIT)
    assert coded.actions.get(action)["what"] == "Folder maken en verspreiden"
    assert "Folder maken en verspreiden" in view.columns["idee"].item(0).text()


def test_filters_by_role_and_owner(qtbot, coded, app):
    municipal, school = coded.themes.add("Vast aanspreekpunt"), coded.themes.add("Voorlichting")
    coded.themes.attach(municipal, [coded.ids["R01.solution"]])
    coded.themes.attach(school, [coded.ids["G01.solution2"]])
    by_ggd = coded.actions.add(school, "Lessen op scholen", owner=Party(role="ggd"))
    by_org = coded.actions.add(municipal, "Spreekuur", owner=Party(organisation="Stichting Ons Huis"))
    view = make_view(qtbot, coded)
    assert set(card_ids(view, "idee")) == {by_ggd, by_org}
    view.role_filter.setCurrentIndex(view.role_filter.findData("sekswerker"))
    qtbot.waitUntil(lambda: card_ids(view, "idee") == [by_org], timeout=WAIT)
    assert [view.themes.topLevelItem(i).data(0, ID_ROLE) for i in range(view.themes.topLevelItemCount())] == [municipal]
    assert set(fragment_rows(view)) == {coded.ids["R01.solution"], coded.ids["R01.solution2"]}
    view.role_filter.setCurrentIndex(0)
    view.owner_filter.setCurrentIndex(view.owner_filter.findData("GGD"))
    qtbot.waitUntil(lambda: card_ids(view, "idee") == [by_ggd], timeout=WAIT)
    view.owner_filter.setCurrentIndex(view.owner_filter.findData(""))
    qtbot.waitUntil(lambda: card_ids(view, "idee") == [], timeout=WAIT)


def test_reachable_from_the_main_window_menu_without_shortcut_clash(qtbot, study, app, settings):
    from PySide6.QtGui import QAction, QShortcut

    from desktop.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.set_study(study)
    action = window.actions["actions"]
    assert action.shortcut().toString() == "Ctrl+Shift+A"
    keys = [a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    keys += [s.key().toString() for s in window.findChildren(QShortcut)]
    assert keys.count("Ctrl+Shift+A") == 1
    action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "actions_view", None) is not None and window.actions_view.isVisible(),
                    timeout=WAIT)
    view = window.actions_view
    assert view.study is study
    window.close_study()
    assert window.actions_view is None and not view.isVisible()


def test_a_withdrawn_participant_is_not_taken_for_an_organisation(qtbot, coded, app):
    coded.themes.add("Vast aanspreekpunt")
    coded.consent.withdraw("G01", researcher="AB")
    view = make_view(qtbot, coded)
    view.new_action()
    dialog = view.action_dialog
    dialog.what.setText("Spreekuur")
    dialog.members.setText("g 01")
    dialog.save()
    assert dialog.error.isVisible() and "withdrawn" in dialog.error.text()
    assert coded.actions.list() == []
    dialog.members.setText("gemeente / beleid, r 01")
    dialog.save()
    qtbot.waitUntil(lambda: len(coded.actions.list()) == 1, timeout=WAIT)
    members = coded.actions.list()[0]["members"]
    assert {(m.role, m.participant, m.organisation) for m in members} == {("gemeente", None, None), (None, "R01", None)}
