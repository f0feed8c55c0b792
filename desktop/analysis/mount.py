"""Show the Analyse view as a page of the main window's stack (View ▸ Analyse, F9)."""
from PySide6.QtCore import QCoreApplication

SHORTCUT = "F9"   # one key; nothing else in desktop/ uses F9 (grep QKeySequence, setShortcut, "Ctrl+")


def show_analysis(window):
    """Open (or bring back, refreshed) the Analyse view of the window's open study."""
    if window.study is None or not window._can_leave_recording():
        return None
    view = getattr(window, "analysis_view", None)
    if view is not None and view.study is not window.study:   # another study was opened since
        window.stack.removeWidget(view)
        view.deleteLater()
        view = None
    if view is None:
        from desktop.analysis.view import AnalysisView

        view = window.analysis_view = AnalysisView(window.study)
        view.jumpRequested.connect(window.jump_to)
        window.stack.addWidget(view)
    else:
        view.fragments.reload_filters()   # participants or codes may have changed; refreshes all parts
    window.stack.setCurrentWidget(view)
    return view


def menu_text() -> str:
    return QCoreApplication.translate("MainWindow", "&Analysis")
