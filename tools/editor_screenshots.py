"""Screenshots of the editor, the coding view and the perception matrix on the demo study.

    QT_QPA_PLATFORM=offscreen python -m tools.editor_screenshots docs/screenshots
"""
import sys
import tempfile
import time
from pathlib import Path


def _settle(app, seconds: float = 0.4):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def _translate(app, language: str) -> None:
    """Install the UI language's translations (the app's loader when present, else the editor's .qm)."""
    if language == "en":
        return
    try:
        from desktop import i18n

        i18n.install(app, language)
    except ImportError:
        from PySide6.QtCore import QTranslator

        from resources import resource_path

        translator = QTranslator(app)
        if translator.load(str(resource_path("translations") / f"editor_{language}.qm")):
            app.installTranslator(translator)


def main(out: str = "docs/screenshots", language: str = "nl") -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QSplitter

    from desktop.coding.excerpt_browser import ExcerptBrowser
    from desktop.coding.perception_overview import PerceptionOverview
    from desktop.editor.workspace import InterviewWorkspace
    from storage import Study
    from tools.demo_study import build_demo

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Veldwerk")
    _translate(app, language)
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    saved = []
    with tempfile.TemporaryDirectory() as tmp:
        study = Study.create(Path(tmp) / "demo.veldwerk", name="Stigma sekswerk Tilburg", passphrase=None)
        ids = build_demo(study)
        ws = InterviewWorkspace(study, ids["R01"])
        ws.resize(1180, 640)
        ws.show()
        _settle(app, 0.6)
        ws.player.seek(11.0)
        ws.player.play()
        _settle(app, 0.8)
        ws.player.pause()
        ws._follow(ws.player.position() + ws.player.rewind_on_pause())  # keep the word highlighted for the picture
        ws.player._playing = True
        ws._follow(ws.player.position() + ws.player.rewind_on_pause())
        ws.player._playing = False
        ws.show_find()
        ws.find_bar.find_edit.setText("politie")
        _settle(app)
        saved.append(_save(ws, out_dir / "editor.png"))
        ws.close()

        coding = QSplitter(Qt.Vertical)
        ws2 = InterviewWorkspace(study, ids["R02"])
        browser = ExcerptBrowser(study)
        coding.addWidget(ws2)
        coding.addWidget(browser)
        coding.resize(1180, 760)
        coding.setSizes([430, 330])
        coding.show()
        ws2.view.select_range(3, 0, 46, center=False)
        ws2.codebook.select("beeldvorming")
        _settle(app, 0.6)
        saved.append(_save(coding, out_dir / "coding.png"))
        coding.close()

        overview = PerceptionOverview(study)
        overview.resize(1180, 760)
        overview.show()
        _settle(app, 0.4)
        row = [r["key"] for r in overview.roles].index("sekswerker")
        col = [r["key"] for r in overview.roles].index("politie")
        overview.show_cell(row, col)
        _settle(app, 0.4)
        saved.append(_save(overview, out_dir / "matrix.png"))
        overview.close()
        study.close()
    return saved


def _save(widget, path: Path) -> Path:
    widget.grab().save(str(path), "PNG", 80)
    return path


if __name__ == "__main__":
    for p in main(*sys.argv[1:]):
        print(p)
