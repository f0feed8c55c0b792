"""Starting the desktop app (Qt is imported only here and below)."""
import os
import sys


def has_display() -> bool:
    """Whether Qt can show a window here."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def make_app(argv: list[str] | None = None):
    """The QApplication with Veldwerk's names (for QSettings) and translations installed."""
    from PySide6.QtWidgets import QApplication

    from desktop import i18n

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("Veldwerk")
    app.setOrganizationDomain("veldwerk.local")
    app.setApplicationName("Veldwerk")
    app.setApplicationDisplayName("Veldwerk")
    from desktop.widgets.icons import icon

    app.setWindowIcon(icon("veldwerk"))
    i18n.install(app)
    return app


GUARD_REFUSED = 3  # the exit code when the network guard cannot be installed

_GUARD_MESSAGE = {
    "nl": "Veldwerk start niet: de netwerkbewaking (die elke netwerkverbinding weigert) kon niet worden "
          "geïnstalleerd (technische melding: {problem}). Installeer Veldwerk opnieuw.",
    "en": "Veldwerk does not start: the network guard (which refuses every network connection) could not be "
          "installed ({problem}). Reinstall Veldwerk.",
}


def install_network_guard() -> str | None:
    """Install `desktop.netguard` for this process; returns why it could not be installed, or None."""
    try:
        from desktop import netguard

        netguard.install()  # refuse any network connection from this process
    except Exception as error:  # noqa: BLE001 - any failure means no offline guarantee: the caller refuses to start
        return f"{type(error).__name__}: {error}"
    return None


def run_app(argv: list[str] | None = None, *, end_process: bool = True) -> int:
    """Show the main window and run the event loop; returns the exit code.

    The app refuses to start (exit code GUARD_REFUSED, the reason on stderr and in a message box) when the
    network guard cannot be installed. `end_process=False` returns instead of ending the process
    at once after the window closed (see `_leave`; tests call it in-process)."""
    if not has_display():
        print("veldwerk: no display found (DISPLAY is not set); run it on a desktop, or use the subcommands (veldwerk --help).", file=sys.stderr)
        return 2
    from transcribe import offline  # noqa: F401 - the offline switches, before anything could load a model

    problem = install_network_guard()
    if problem is not None:
        return _refuse_without_guard(argv, problem)
    app = make_app(argv)
    from desktop.main_window import MainWindow

    window = MainWindow()
    window.show()
    args = (argv or sys.argv)[1:]
    if args and os.path.isdir(args[0]):
        window.open_study(args[0])
    code = app.exec()  # returns once the last window closed, and closing a window closes its study
    return _leave(code) if end_process else code


def _refuse_without_guard(argv: list[str] | None, problem: str) -> int:
    """Say on stderr and in a message box (in the UI's language) why the app does not start."""
    print("veldwerk: " + _GUARD_MESSAGE["en"].format(problem=problem), file=sys.stderr)
    from PySide6.QtWidgets import QMessageBox

    from desktop import i18n

    make_app(argv)
    box = QMessageBox(QMessageBox.Critical, "Veldwerk", _GUARD_MESSAGE[i18n.ui_language()].format(problem=problem))
    box.exec()
    return GUARD_REFUSED


def _leave(code: int) -> int:
    """End the process at once once everything is saved and closed.

    Freeing deduce's lookup tables (millions of small objects) at interpreter shutdown takes
    10-20 s after an export; the window is gone by then and the app would look hung.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
