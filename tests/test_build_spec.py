"""The PyInstaller build keeps Qt's own Dutch translations (Qt's dialogs in Dutch) and Veldwerk's catalogues.

build.spec needs PyInstaller to run; its filter `_wanted` is read from the file and run on its own here."""
import ast
import re
from pathlib import Path

SPEC = Path(__file__).resolve().parents[1] / "build.spec"


def _wanted():
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    keep = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_wanted"
            or isinstance(n, ast.Assign) and any(getattr(t, "id", "") in ("QT_UNUSED", "QT_PLUGINS_UNUSED") for t in n.targets)]
    scope = {"re": re}
    exec(compile(ast.Module(body=keep, type_ignores=[]), str(SPEC), "exec"), scope)  # noqa: S102 - our own file
    return scope["_wanted"]


def test_the_bundle_keeps_qts_dutch_and_english_translations_and_drops_the_rest():
    wanted = _wanted()
    for name in ("qtbase_nl.qm", "qt_nl.qm", "qtbase_en.qm", "qtmultimedia_nl.qm"):
        assert wanted((f"PySide6/Qt/translations/{name}", "src", "DATA")), name
    for name in ("qtbase_de.qm", "qt_fr.qm"):
        assert not wanted((f"PySide6/Qt/translations/{name}", "src", "DATA")), name
    for name in ("veldwerk_nl.qm", "qt_extra_nl.qm", "editor_nl.qm"):
        assert wanted((f"resources/translations/{name}", "src", "DATA")), name
