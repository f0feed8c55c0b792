"""The main window's menus and shortcuts (every frequent action has one, shown in the menu)."""
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from desktop.widgets.icons import icon


def build_menus(w) -> dict[str, QAction]:
    """Create the menu bar of MainWindow `w`; returns its actions by name."""
    actions: dict[str, QAction] = {}
    bar = w.menuBar()

    def add(menu, name, text, slot, shortcut=None, tip=""):
        action = QAction(text, w)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        w.addAction(action)
        actions[name] = action
        return action

    study = bar.addMenu(QCoreApplication.translate("MainWindow", "&Study"))
    add(study, "new", QCoreApplication.translate("MainWindow", "&New study…"), w.new_study, "Ctrl+N")
    add(study, "open", QCoreApplication.translate("MainWindow", "&Open study…"), lambda: w.welcome.browse(), "Ctrl+O")
    w.recent_menu = study.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
    add(study, "close", QCoreApplication.translate("MainWindow", "&Close study"), w.close_study, "Ctrl+W")
    study.addSeparator()
    add(study, "settings_study", QCoreApplication.translate("MainWindow", "&Settings…"), w.open_settings, "Ctrl+,")
    study.addSeparator()
    add(study, "quit", QCoreApplication.translate("MainWindow", "&Quit"), w.close, "Ctrl+Q")

    people = bar.addMenu(QCoreApplication.translate("MainWindow", "&Participant"))
    add(people, "add_participant", QCoreApplication.translate("MainWindow", "&Add participant…"), w.add_participant, "Ctrl+Shift+N")
    add(people, "edit_participant", QCoreApplication.translate("MainWindow", "&Edit participant…"), w.edit_participant, "F2")
    add(people, "consent", QCoreApplication.translate("MainWindow", "Take &consent…"), w.take_consent, "Ctrl+Shift+C")
    people.addSeparator()
    add(people, "withdraw", QCoreApplication.translate("MainWindow", "&Withdraw…"), w.withdraw_participant, "Ctrl+Shift+Del")

    interview = bar.addMenu(QCoreApplication.translate("MainWindow", "&Interview"))
    add(interview, "record", QCoreApplication.translate("MainWindow", "&Record interview"), w.work.toggle_record, "Ctrl+R",
        QCoreApplication.translate("MainWindow", "Open the recording screen; press again to start or stop"))
    actions["record"].setIcon(icon("record"))
    add(interview, "pause", QCoreApplication.translate("MainWindow", "&Pause / resume"), lambda: w.recording and w.recording.toggle_pause(), "Ctrl+P")
    add(interview, "marker", QCoreApplication.translate("MainWindow", "Set &marker"), lambda: w.recording and w.recording.add_marker(), "Ctrl+M")
    interview.addSeparator()
    add(interview, "import", QCoreApplication.translate("MainWindow", "&Import audio or video…"), w.work.import_files, "Ctrl+I")
    from desktop.sessions import add_menu_actions as add_sessions_menu

    add_sessions_menu(w, interview, add)  # New focus group or meeting… (Ctrl+Shift+G)
    add(interview, "transcribe", QCoreApplication.translate("MainWindow", "&Transcribe"), w.work.transcribe, "Ctrl+T")
    add(interview, "transcribe_options", QCoreApplication.translate("MainWindow", "Transcribe &with options…"),
        w.work.transcribe_with_options, "Ctrl+Shift+T",
        QCoreApplication.translate("MainWindow", "Choose the model and who spoke when for this transcription"))
    from desktop.export import add_menu_actions

    add_menu_actions(w, study, interview, add)  # Export… goes above Settings…
    study.insertAction(actions["settings_study"], actions["export"])
    study.insertAction(actions["settings_study"], actions["known_names"])
    from desktop.refi_import import add_menu_action as add_refi_import

    add_refi_import(w, study, add)  # Import REFI-QDA project… next to Export…
    study.insertAction(actions["settings_study"], actions["import_qdpx"])
    study.insertSeparator(actions["settings_study"])

    coding = bar.addMenu(QCoreApplication.translate("MainWindow", "&Coding"))
    add(coding, "codebook", QCoreApplication.translate("MainWindow", "&Codebook"), lambda: w.show_coding_panel("CodebookPanel"), "Ctrl+Shift+B")
    add(coding, "excerpts", QCoreApplication.translate("MainWindow", "&Excerpts"), lambda: w.show_coding_panel("ExcerptBrowser"), "Ctrl+Shift+E")
    add(coding, "perception", QCoreApplication.translate("MainWindow", "&Perception overview"), lambda: w.show_coding_panel("PerceptionOverview"), "Ctrl+Shift+M")
    from desktop.actions import add_menu_actions as add_actions_menu

    add_actions_menu(w, coding, add)  # Actions and themes… (Ctrl+Shift+A)
    from desktop.team import add_menu_actions as add_team_menu

    add_team_menu(w, study, coding, add)  # Study ▸ Exchange ▸ …, Coding ▸ Compare coders…
    study.insertAction(actions["settings_study"], w.exchange_menu.menuAction())
    w.coding_menu = coding

    view = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    participants = w.sidebar.toggleViewAction()
    participants.setText(QCoreApplication.translate("MainWindow", "&Participants"))
    participants.setShortcut(QKeySequence("Ctrl+Shift+L"))   # Ctrl+1…9 code the selection in the editor
    view.addAction(participants)
    queue = w.queue_dock.toggleViewAction()
    queue.setText(QCoreApplication.translate("MainWindow", "Transcription &queue"))
    queue.setShortcut(QKeySequence("Ctrl+J"))
    view.addAction(queue)
    add(view, "overview", QCoreApplication.translate("MainWindow", "Study &overview"), w.show_study_page, "Ctrl+0")
    from desktop.analysis import mount

    add(view, "analysis", mount.menu_text(), lambda: mount.show_analysis(w), mount.SHORTCUT)

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    add(help_menu, "manual", QCoreApplication.translate("MainWindow", "&Manual"), lambda: show_manual(w), "Shift+F1")
    add(help_menu, "shortcuts", QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"), lambda: show_shortcuts(w), "F1")
    add(help_menu, "about", QCoreApplication.translate("MainWindow", "&About Veldwerk"), lambda: QMessageBox.about(
        w, QCoreApplication.translate("MainWindow", "About Veldwerk"),
        QCoreApplication.translate("MainWindow", "Veldwerk records, transcribes and codes research interviews. Nothing leaves this laptop: "
             "no network connection is ever made.")))
    return actions


def show_shortcuts(w) -> None:
    """F1: every key of the app, the editor's included, walked from the real actions (desktop/help/shortcuts.py)."""
    from desktop.help.shortcuts import ShortcutsDialog

    w.shortcuts_dialog = ShortcutsDialog(w)
    w.shortcuts_dialog.show()


def show_manual(w) -> None:
    """Help → Manual: the bundled manual in the UI's language, offline."""
    from desktop.help.manual import ManualDialog

    w.manual_dialog = ManualDialog(w)
    w.manual_dialog.show()
