"""Refresh veldwerk_nl.ts / veldwerk_en.ts from the desktop sources and compile the .qm files.

    .venv/bin/python resources/translations/build.py

pyside6-lupdate keeps existing translations; new strings arrive untranslated in the .ts (open it
with pyside6-linguist or an editor), then run this again to compile. The editor keeps its own
editor_nl.ts; the app loads every *_nl.qm in this folder.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from catalog import HERE, ROOT, update_and_compile  # noqa: E402

SOURCES = [
    "desktop/app.py", "desktop/i18n.py", "desktop/main_window.py", "desktop/main_window_work.py", "desktop/menus.py", "desktop/welcome.py",
    "desktop/study_dialogs.py", "desktop/settings_dialog.py", "desktop/importing.py",
    "desktop/participants", "desktop/consent_wizard", "desktop/recording", "desktop/queue", "desktop/widgets", "desktop/help",
]


def files() -> list[str]:
    found = []
    for item in SOURCES:
        path = ROOT / item
        found += sorted(str(p) for p in path.glob("*.py")) if path.is_dir() else [str(path)]
    return found


def main() -> int:
    for lang in ("nl", "en"):
        update_and_compile(HERE / f"veldwerk_{lang}.ts", files())
    return 0


if __name__ == "__main__":
    sys.exit(main())
