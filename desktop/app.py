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


def run_app(argv: list[str] | None = None) -> int:
    """Show the main window and run the event loop; returns the exit code."""
    if not has_display():
        print("veldwerk: no display found (DISPLAY is not set); run it on a desktop, or use the subcommands (veldwerk --help).", file=sys.stderr)
        return 2
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Veldwerk")
    label = QLabel("Veldwerk")
    label.setWindowTitle("Veldwerk")
    label.resize(800, 600)
    label.show()
    return app.exec()
