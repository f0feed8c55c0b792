"""Refreshing a Qt translation catalog (.ts) from the sources and compiling it (.qm).

Used by build.py (the app's catalogs, translated in the .ts itself) and by editor_nl.py and
export_nl.py (catalogs whose Dutch is kept in a Python table and written into the .ts).
"""
import importlib.util
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def tool(name: str) -> str:
    """A Qt tool (lupdate, lrelease): the binary inside the PySide6 package, else the pyside6-<name> wrapper."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        binary = Path(folder) / name
        if binary.is_file():
            return str(binary)
    return str(Path(sys.executable).parent / f"pyside6-{name}")


def update_and_compile(ts: Path, sources: list[str]) -> None:
    """Run lupdate (keeping existing translations) and lrelease for one catalog."""
    subprocess.run([tool("lupdate"), *sources, "-no-obsolete", "-ts", str(ts)], check=True, capture_output=True)
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True)


def build_from_table(ts: Path, sources: list[str], table: dict) -> int:
    """Refresh `ts` from `sources`, fill in `table` (source → Dutch, or a tuple of plural forms), compile.

    Returns 1 and lists what is untranslated when the table misses strings, 2 when lupdate found too few.
    """
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / ts.name
        if ts.exists():
            shutil.copy(ts, draft)
        subprocess.run([tool("lupdate"), *sources, "-no-obsolete", "-ts", str(draft)], check=True, capture_output=True)
        tree = ET.parse(draft)
    found = sum(1 for _ in tree.iter("message"))
    if found < len(table) * 0.9:
        print(f"lupdate found only {found} of {len(table)} strings (a parser problem?); {ts.name} left as it was")
        return 2
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        dutch = table.get(source)
        if dutch is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if isinstance(dutch, tuple):
            message.set("numerus", "yes")  # some lupdate versions miss plural forms
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in dutch:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = dutch
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True)
    for source in missing:
        print("untranslated:", source)
    return 1 if missing else 0
