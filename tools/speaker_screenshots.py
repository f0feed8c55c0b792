"""Screenshots of the speaker tools at 1366×768, in Dutch or English, under a real X server (Xvfb), so
that popup menus and dialogs are on the picture (the whole screen is grabbed).

    Xvfb :97 -screen 0 1366x768x24 &
    DISPLAY=:97 QT_QPA_PLATFORM=xcb PYTHONPATH=. .venv/bin/python tools/speaker_screenshots.py nl
    DISPLAY=:97 QT_QPA_PLATFORM=xcb PYTHONPATH=. .venv/bin/python tools/speaker_screenshots.py en

Writes docs/screenshots/speakers-{menu,names,merge,detect,transcribe-options,settings}-LANG.png. The demo
study is made in a temporary folder with the core API (desktop/editor/demo.py) and deleted afterwards;
a data folder of its own keeps the measured speeds apart from the user's.
"""
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
W, H = 1366, 768


def settle(app, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def shoot(app, name: str, language: str) -> Path:
    settle(app)
    path = OUT / f"speakers-{name}-{language}.png"
    app.primaryScreen().grabWindow(0, 0, 0, W, H).save(str(path), "PNG")
    print(path.relative_to(ROOT))
    return path


def main(language: str = "nl") -> None:
    os.environ.setdefault("VELDWERK_DATA_DIR", tempfile.mkdtemp(prefix="veldwerk-shots-"))
    from PySide6.QtCore import QPoint, QSettings
    from PySide6.QtWidgets import QApplication, QMainWindow

    from desktop import i18n
    from desktop.editor.speaker_dialogs import DetectSpeakersDialog, MergeSpeakersDialog, SpeakerNamesDialog
    from desktop.editor.workspace import InterviewWorkspace
    from desktop.queue.options import TranscribeOptionsDialog
    from desktop.settings_dialog import SettingsDialog
    from storage import Study
    from tools.demo_study import build_demo

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("VeldwerkScreenshots")
    app.setApplicationName("Veldwerk")
    QSettings().clear()
    i18n.install(app, language)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        study = Study.create(Path(tmp) / "demo.veldwerk", name="Stigma sekswerk Tilburg", passphrase=None)
        ids = build_demo(study, codings=False)
        window = QMainWindow()
        window.setWindowTitle("Veldwerk")
        ws = InterviewWorkspace(study, ids["R01"])
        window.setCentralWidget(ws)
        window.setGeometry(0, 0, W, H)
        window.show()
        settle(app, 0.8)
        ws.speakers.rename({"S1": "Interviewer", "S2": "R01", "S3": "Tolk"})
        ws.set_speaker([5], "S3")
        ws.view.select_range(3, 0, 5, center=False)
        ws.view.select_range(3, 0, len(ws.segments.segments[4].text), center=False)
        from PySide6.QtGui import QTextCursor

        doc = ws.view.document()
        c = QTextCursor(doc)
        c.setPosition(doc.findBlockByNumber(3).position())
        c.setPosition(doc.findBlockByNumber(4).position() + 10, QTextCursor.KeepAnchor)
        ws.view.setTextCursor(c)
        settle(app)

        # the context menu with its Speaker submenu open
        menu = ws.menus.text_menu_for(3, 0)
        at = ws.view.viewport().mapToGlobal(QPoint(260, 120))
        menu.popup(at)
        settle(app)
        action = next(a for a in menu.actions() if a.menu() and a.menu().title() == ws.tr("Speaker") or
                      (a.menu() and a.menu().actions() and a.menu().actions()[-1].shortcut().toString() == "Alt+R"))
        menu.setActiveAction(action)
        geo = menu.actionGeometry(action)
        action.menu().popup(menu.mapToGlobal(QPoint(geo.right(), geo.top())))
        shoot(app, "menu", language)
        action.menu().close()
        menu.close()

        names = {label: ws.speakers.display(label) for label in ws.speakers.labels()}
        dialog = SpeakerNamesDialog(names, ws.speakers.proposals(), ws)
        dialog.show()
        dialog.move(W // 2 - dialog.width() // 2, 180)
        settle(app)
        dialog.edits["S3"].showPopup()
        shoot(app, "names", language)
        dialog.edits["S3"].hidePopup()
        dialog.close()

        merge = MergeSpeakersDialog([(lab, ws.speakers.display(lab)) for lab in ws.speakers.labels()], ws)
        merge.source.setCurrentIndex(2)
        merge.target.setCurrentIndex(1)
        merge.show()
        merge.move(W // 2 - merge.width() // 2, 220)
        shoot(app, "merge", language)
        merge.close()

        detect = DetectSpeakersDialog(True, parent=ws)
        detect.show()
        detect.move(W // 2 - detect.width() // 2, 220)
        shoot(app, "detect", language)
        detect.close()

        from transcribe.speed import measure_speed

        measure_speed("base")   # so the speed shows (measured on this machine, stored in the temporary data folder)
        options = TranscribeOptionsDialog(study, "R02 2026-03-12 (#2)", window)
        options.show()
        options.move(W // 2 - options.width() // 2, 200)
        shoot(app, "transcribe-options", language)
        options.close()

        settings = SettingsDialog(study, window)
        settings.show()
        settings.move(W // 2 - settings.width() // 2, 60)
        shoot(app, "settings", language)
        settings.close()
        window.close()
        study.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
