"""Keys the transcript text handles itself (in TranscriptView.keyPressEvent), not as a QAction or
QShortcut. Listed here so the shortcut-clash test (tests/desktop/test_shortcut_clashes.py) can check
that no menu or window shortcut takes them away; docs/editor.md lists them for the researcher."""

CODE_KEYS = [f"Ctrl+{n}" for n in range(1, 10)]          # code the selection with code 1…9 (also 1…9 with a selection)

TEXT_KEYS = [(key, "code the selection") for key in CODE_KEYS] + [
    ("Return", "split the segment"),
]
