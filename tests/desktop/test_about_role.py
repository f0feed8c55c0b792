"""The "about" role of a perception coding is never guessed and never accepted by a bare Enter
(issue 15, section 2): the dialog starts empty, one key chooses each role, the last used role is
marked but not chosen."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from tests.desktop.editor_fixtures import bare_demo, open_workspace, select  # noqa: F401


def _dialog(qtbot, study, excerpt, **kwargs):
    from desktop.editor.dialogs import AboutRoleDialog

    dialog = AboutRoleDialog(study.roles(), excerpt, "Politie", **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_role_named_in_the_excerpt_is_not_pre_chosen_and_enter_accepts_nothing(qtbot, study):
    # a police officer about sex workers distrusting the police: the word "politie" must not decide
    dialog = _dialog(qtbot, study, "sekswerkers vertrouwen de politie niet")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
    assert dialog.role() is None and not ok.isEnabled()
    qtbot.keyClick(dialog, Qt.Key_Return)
    qtbot.keyClick(dialog, Qt.Key_Enter)
    assert dialog.isVisible() and dialog.result() != QDialog.Accepted and dialog.role() is None


def test_one_key_per_role_then_enter(qtbot, study):
    roles = study.roles()
    dialog = _dialog(qtbot, study, "Alsof je altijd verdacht bent")
    keys = dialog.role_keys()
    assert len(set(keys.values())) == len(roles) and set(keys) == {r["key"] for r in roles}
    # every role's key is shown on its button
    for role in roles:
        assert keys[role["key"]] in dialog.button_for(role["key"]).text()
    qtbot.keyClicks(dialog, keys["sekswerker"])
    assert dialog.role() == "sekswerker" and dialog.isVisible()     # chosen, visibly, not yet accepted
    qtbot.keyClicks(dialog, keys["ggd"])
    assert dialog.role() == "ggd"
    qtbot.keyClick(dialog, Qt.Key_Return)
    assert dialog.result() == QDialog.Accepted and dialog.role() == "ggd"


def test_the_last_used_role_is_marked_not_chosen(qtbot, study):
    dialog = _dialog(qtbot, study, "de politie vooral komt controleren", last="gemeente")
    assert dialog.role() is None
    marked = dialog.button_for("gemeente").text()
    assert "last used" in marked
    assert all("last used" not in dialog.button_for(r["key"]).text() for r in study.roles() if r["key"] != "gemeente")
    qtbot.keyClick(dialog, Qt.Key_Return)
    assert dialog.isVisible() and dialog.role() is None


def test_the_editor_remembers_the_last_role_for_the_next_question(qtbot, study, bare_demo):
    from desktop.editor.coding_actions import CodingActions

    ws = open_workspace(qtbot, study, bare_demo["R01"])
    ws.coding = CodingActions(ws)         # the real dialog
    seen = []

    def answer(key):
        def run():
            dialog = QApplication.activeModalWidget()
            if dialog is None or not hasattr(dialog, "role_keys"):
                return False
            seen.append((dialog.role(), dialog.last))
            qtbot.keyClick(dialog, Qt.Key_Return)           # an unchosen role: nothing happens
            assert dialog.isVisible()
            qtbot.keyClicks(dialog, dialog.role_keys()[key])
            qtbot.keyClick(dialog, Qt.Key_Return)
            return True
        return run

    from PySide6.QtCore import QTimer

    def poll(run):
        if not run():
            QTimer.singleShot(20, lambda: poll(run))

    select(ws, 2, "de politie vooral komt controleren")
    QTimer.singleShot(20, lambda: poll(answer("klant")))
    assert ws.coding.apply_code("beeldvorming")
    select(ws, 5, "Bij de GGD is het anders")
    QTimer.singleShot(20, lambda: poll(answer("ggd")))
    assert ws.coding.apply_code("beeldvorming")
    rows = study.codings.list(transcript_id=ws.transcript_id)
    assert [r.about_role for r in rows] == ["klant", "ggd"]
    assert seen == [(None, None), (None, "klant")]
