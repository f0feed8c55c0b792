"""Role names in the UI language: the English UI showed the Dutch default labels ("Sekswerker", "Politie") in the
participants panel, the role pickers and the Analyse view. The stored role stays its key."""
from tests.desktop.editor_fixtures import demo  # noqa: F401


def test_default_roles_are_english_in_the_english_ui_and_stored_by_key(app, qtbot, study, settings, demo):
    from desktop.main_window import MainWindow
    from desktop.participants.dialogs import ParticipantDialog

    study.set_role("buurt", "Buurtbewoner")          # a role the researcher named: shown as typed
    study.participants.add("R09", "buurt")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.set_study(study)
    tree = window.tree
    shown = {tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())}
    assert shown["R01"] == "Sex worker" and shown["R02"] == "Police" and shown["R09"] == "Buurtbewoner"
    assert study.participants.get("R01")["role"] == "sekswerker" and study.role_label("sekswerker") == "Sekswerker"

    dialog = ParticipantDialog(study, parent=window)
    qtbot.addWidget(dialog)
    choices = [dialog.role.itemText(i) for i in range(dialog.role.count())]
    assert "Sex worker" in choices and "Council / policy" in choices and "Sekswerker" not in choices
    dialog.code.setText("R10")
    dialog.role.setCurrentIndex(dialog.role.findText("Police"))
    dialog._save()
    assert study.participants.get("R10")["role"] == "politie"

    window.actions["analysis"].trigger()
    qtbot.waitUntil(lambda: getattr(window, "analysis_view", None) is not None, timeout=10000)
    matrix = window.analysis_view.perceptions.table
    headers = [matrix.verticalHeaderItem(i).text() for i in range(matrix.rowCount())]
    assert "Sex worker" in headers and "Sekswerker" not in headers


def test_dutch_ui_keeps_the_study_labels(app, study, settings):
    from desktop import i18n
    from desktop.coding.labels import role_label, roles

    i18n.install(app, "nl")
    try:
        assert role_label(study, "sekswerker") == "Sekswerker"
        assert [r["label"] for r in roles(study)] == [r["label"] for r in study.roles()]
    finally:
        i18n.install(app, "en")
    assert role_label(study, "gemeente") == "Council / policy"
    assert role_label(study, "onbekend") == "onbekend"
