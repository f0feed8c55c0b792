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


def run_app(argv: list[str] | None = None) -> int:
    """Show the main window and run the event loop; returns the exit code."""
    if not has_display():
        print("veldwerk: no display found (DISPLAY is not set); run it on a desktop, or use the subcommands (veldwerk --help).", file=sys.stderr)
        return 2
    from transcribe import offline  # noqa: F401 - the offline switches, before anything could load a model

    try:
        from desktop import netguard

        netguard.install()  # refuse any network connection from this process
    except ImportError:
        pass

    app = make_app(argv)
    from desktop.main_window import MainWindow

    window = MainWindow()
    window.show()
    args = (argv or sys.argv)[1:]
    if args and os.path.isdir(args[0]):
        window.open_study(args[0])
    code = app.exec()  # returns once the last window closed, and closing a window closes its study
    return _leave(code)


def _leave(code: int) -> int:
    """End the process at once once everything is saved and closed.

    Freeing deduce's lookup tables (millions of small objects) at interpreter shutdown takes
    10-20 s after an export; the window is gone by then and the app would look hung.
    """
    if "pytest" in sys.modules:  # tests call run_app in-process
        return code
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
