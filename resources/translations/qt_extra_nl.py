"""Dutch for the few texts of Qt's own dialogs that Qt's bundled qtbase_nl.qm lacks (its catalogue is older
than the dialogs): writes qt_extra_nl.ts from the table below and compiles qt_extra_nl.qm, which the app
loads after qtbase_nl.qm (desktop/i18n.py installs every *_nl.qm here), so these win.

    .venv/bin/python resources/translations/qt_extra_nl.py
"""
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from catalog import HERE, tool  # noqa: E402

NL = {
    "QFileDialog": {
        "&Look in:": "&Zoeken in:",
        "Files of &type:": "Bestands&type:",
    },
    "QAbstractFileIconProvider": {
        "Folder": "Map",
        "File": "Bestand",
        "Drive": "Station",
        "%1 File": "%1-bestand",
    },
    "QFileSystemModel": {
        "Folder": "Map",
        "File": "Bestand",
        "Drive": "Station",
        "%1 File": "%1-bestand",
    },
}


def main() -> int:
    root = ET.Element("TS", version="2.1", language="nl_NL")
    for context, table in NL.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source, dutch in table.items():
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = dutch
    ET.indent(root)
    ts = HERE / "qt_extra_nl.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
