"""The main window's menus and shortcuts (every frequent action has one, shown in the menu)."""
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

    study = bar.addMenu(w.tr("&Study"))
    add(study, "new", w.tr("&New study…"), w.new_study, "Ctrl+N")
    add(study, "open", w.tr("&Open study…"), lambda: w.welcome.browse(), "Ctrl+O")
    w.recent_menu = study.addMenu(w.tr("Open &recent"))
    add(study, "close", w.tr("&Close study"), w.close_study, "Ctrl+W")
    study.addSeparator()
    add(study, "settings_study", w.tr("&Settings…"), w.open_settings, "Ctrl+,")
    study.addSeparator()
    add(study, "quit", w.tr("&Quit"), w.close, "Ctrl+Q")

    people = bar.addMenu(w.tr("&Participant"))
    add(people, "add_participant", w.tr("&Add participant…"), w.add_participant, "Ctrl+Shift+N")
    add(people, "edit_participant", w.tr("&Edit participant…"), w.edit_participant, "F2")
    add(people, "consent", w.tr("Take &consent…"), w.take_consent, "Ctrl+Shift+C")
    people.addSeparator()
    add(people, "withdraw", w.tr("&Withdraw…"), w.withdraw_participant, "Ctrl+Shift+Del")

    interview = bar.addMenu(w.tr("&Interview"))
    add(interview, "record", w.tr("&Record interview"), w.toggle_record, "Ctrl+R",
        w.tr("Open the recording screen; press again to start or stop"))
    actions["record"].setIcon(icon("record"))
    add(interview, "pause", w.tr("&Pause / resume"), lambda: w.recording and w.recording.toggle_pause(), "Ctrl+P")
    add(interview, "marker", w.tr("Set &marker"), lambda: w.recording and w.recording.add_marker(), "Ctrl+M")
    interview.addSeparator()
    add(interview, "import", w.tr("&Import audio or video…"), w.import_files, "Ctrl+I")
    add(interview, "transcribe", w.tr("&Transcribe"), w.transcribe, "Ctrl+T")

    coding = bar.addMenu(w.tr("&Coding"))
    add(coding, "codebook", w.tr("&Codebook"), lambda: w.show_coding_panel("CodebookPanel"), "Ctrl+Shift+B")
    add(coding, "excerpts", w.tr("&Excerpts"), lambda: w.show_coding_panel("ExcerptBrowser"), "Ctrl+Shift+E")
    add(coding, "perception", w.tr("&Perception overview"), lambda: w.show_coding_panel("PerceptionOverview"), "Ctrl+Shift+M")
    w.coding_menu = coding

    view = bar.addMenu(w.tr("&View"))
    participants = w.sidebar.toggleViewAction()
    participants.setText(w.tr("&Participants"))
    participants.setShortcut(QKeySequence("Ctrl+1"))
    view.addAction(participants)
    queue = w.queue_dock.toggleViewAction()
    queue.setText(w.tr("Transcription &queue"))
    queue.setShortcut(QKeySequence("Ctrl+J"))
    view.addAction(queue)
    add(view, "overview", w.tr("Study &overview"), w.show_study_page, "Ctrl+0")

    help_menu = bar.addMenu(w.tr("&Help"))
    add(help_menu, "shortcuts", w.tr("&Keyboard shortcuts"), lambda: show_shortcuts(w, actions), "F1")
    add(help_menu, "about", w.tr("&About Veldwerk"), lambda: QMessageBox.about(
        w, w.tr("About Veldwerk"),
        w.tr("Veldwerk records, transcribes and codes research interviews. Nothing leaves this laptop: "
             "no network connection is ever made.")))
    return actions


def show_shortcuts(w, actions: dict[str, QAction]) -> None:
    rows = []
    for action in actions.values():
        if not action.shortcut().isEmpty():
            rows.append(f"<tr><td><b>{action.shortcut().toString(QKeySequence.NativeText)}</b></td>"
                        f"<td>{action.text().replace('&', '')}</td></tr>")
    rows.append(f"<tr><td><b>M</b></td><td>{w.tr('Set a marker (recording screen)')}</td></tr>")
    QMessageBox.information(w, w.tr("Keyboard shortcuts"), f"<table cellspacing='4'>{''.join(rows)}</table>")
