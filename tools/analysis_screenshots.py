"""Screenshots of the Analyse view (F9) at 1366×768 and 1920×1080, in Dutch or English, from the real main
window under a real X server (Xvfb), one per tab:

    Xvfb :96 -screen 0 1920x1080x24 &
    DISPLAY=:96 QT_QPA_PLATFORM=xcb PYTHONPATH=. .venv/bin/python tools/analysis_screenshots.py nl
    DISPLAY=:96 QT_QPA_PLATFORM=xcb PYTHONPATH=. .venv/bin/python tools/analysis_screenshots.py en

Writes docs/screenshots/analysis-{matrix,sheet,fragments,overview}-WxH-LANG.png. The demo study (with
codings) is made in a temporary folder with the core API (desktop/editor/demo.py) and deleted afterwards.
"""
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZES = ((1366, 768), (1920, 1080))


def settle(app, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main(language: str = "nl") -> None:
    os.environ.setdefault("VELDWERK_DATA_DIR", tempfile.mkdtemp(prefix="veldwerk-shots-"))
    os.environ.setdefault("VELDWERK_NO_WARMUP", "1")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop import i18n
    from desktop.analysis.mount import show_analysis
    from desktop.main_window import MainWindow
    from storage import Study
    from tools.demo_study import build_demo

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("VeldwerkScreenshots")
    app.setApplicationName("Veldwerk")
    QSettings().clear()
    QSettings().setValue("ui/language", language)
    i18n.install(app, language)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        study = Study.create(Path(tmp) / "demo.veldwerk", name="Stigma sekswerk Tilburg", passphrase=None)
        build_demo(study)
        window = MainWindow()
        window.set_study(study)
        for w, h in SIZES:
            window.setGeometry(0, 0, w, h)
            window.show()
            settle(app, 0.6)
            view = show_analysis(window)
            roles = [r["key"] for r in study.roles()]
            view.perceptions.table.cellClicked.emit(roles.index("politie"), roles.index("sekswerker"))
            for name, tab in (("matrix", view.perceptions), ("sheet", view.sheet), ("fragments", view.fragments),
                              ("overview", view.overview)):
                view.tabs.setCurrentWidget(tab)
                settle(app)
                path = OUT / f"analysis-{name}-{w}x{h}-{language}.png"
                app.primaryScreen().grabWindow(0, 0, 0, w, h).save(str(path), "PNG")
                print(path.relative_to(ROOT))
        window.close_study(keep_open=True)
        study.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "nl")
