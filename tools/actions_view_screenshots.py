"""Screenshots of the Acties view at 1366×768, in Dutch and in English, into docs/screenshots/.

    PYTHONPATH=. .venv/bin/python tools/actions_view_screenshots.py

Runs under a real X server: the one in DISPLAY, or else an Xvfb it starts itself (and stops afterwards).
The demo study is tools.actions_demo's (built through the core in a temporary folder, deleted
afterwards); QSettings go to a temporary folder too, so the researcher's own settings are not touched.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)


def settle(app, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def shoot(app, language: str, study_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from desktop import i18n
    from desktop.actions.view import ActionsView
    from storage import Study

    QSettings().setValue("ui/language", language)
    i18n.install(app, language)
    study = Study.open(study_path, passphrase=None)
    try:
        view = ActionsView(study)
        view.resize(*SIZE)
        view.show()
        settle(app)
        first = view.columns["in gang gezet"]
        if first.count():
            view.select_action(first.item(0).data(0x0100))
        view.fragments.item(0).setSelected(True)
        settle(app)
        save(view, f"actions-view-{language}", app)
        view.new_action()
        dialog = view.action_dialog
        dialog.what.setText("Spreekuur in de wijk" if language == "nl" else "Drop-in hours in the neighbourhood")
        dialog.start.setText("1 maart 2026")
        dialog.save()
        settle(app)
        save(dialog, f"actions-dialog-{language}", app)
        dialog.reject()
        view.close()
    finally:
        study.close()


def save(widget, name: str, app) -> None:
    settle(app)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path), "PNG")
    print(path.relative_to(ROOT))


def main() -> int:
    xvfb = None
    if not os.environ.get("DISPLAY"):
        display = ":97"
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.environ["DISPLAY"] = display
        time.sleep(1.0)
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    folder = Path(tempfile.mkdtemp(prefix="veldwerk-actions-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["VELDWERK_DATA_DIR"] = str(folder / "data")
    try:
        from desktop.app import make_app
        from tools.actions_demo import build

        app = make_app()
        build(folder / "demo.veldwerk").close()
        OUT.mkdir(parents=True, exist_ok=True)
        for language in ("nl", "en"):
            shoot(app, language, folder / "demo.veldwerk")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
