"""Screenshots of core refusals in the Dutch UI at 1366×768, into docs/screenshots/ (refusal-*.png).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.refusal_screenshots

A demo study in a temporary folder; the main window at 1366×768 with the refusal's message box drawn
centred over it (offscreen there is no window manager to compose them, so the picture is assembled
from the two real widgets' grabs).
"""
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)


def main() -> int:
    from PySide6.QtCore import QPoint, QSettings, QTimer
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop import i18n
    from desktop.app import make_app
    from desktop.main_window import MainWindow
    from storage import Study
    from tools.demo_study import build_demo

    app = make_app()
    QSettings().setValue("ui/language", "nl")
    i18n.install(app, "nl")
    with tempfile.TemporaryDirectory() as tmp:
        study = Study.create(Path(tmp) / "demo.veldwerk", name="Stigma Tilburg (demo)", passphrase="veldwerk demo passphrase")
        build_demo(study)
        study.participants.add("R05", "sekswerker")
        window = MainWindow()
        window.resize(*SIZE)
        window.show()
        window.set_study(study)
        window.refresh()
        window.tree.select("participant", "R05")
        shots = []

        def grab(name):
            def run():
                box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)
                if box is None:
                    QTimer.singleShot(50, run)
                    return
                for _ in range(10):
                    app.processEvents()
                picture = window.grab()
                inner = box.grab()
                painter = QPainter(picture)
                at = QPoint((picture.width() - inner.width()) // 2, (picture.height() - inner.height()) // 2)
                painter.drawPixmap(at, inner)
                painter.setPen(QColor("#808080"))            # the frame a window manager would draw
                painter.drawRect(at.x() - 1, at.y() - 1, inner.width() + 1, inner.height() + 1)
                painter.end()
                path = OUT / f"{name}.png"
                picture.save(str(path), "PNG")
                shots.append(path)
                box.done(QMessageBox.Ok)
            QTimer.singleShot(0, run)

        grab("refusal-record-without-consent-nl")
        window.actions["record"].trigger()                 # Ctrl+R for R05, who has not consented
        grab("refusal-import-without-consent-nl")
        window.actions["import"].trigger()                 # Ctrl+I: refused before any file picker
        window.close()
        study.close()
    for path in shots:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
