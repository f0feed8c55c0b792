"""The core's layering: nothing in storage/ imports transcribe/ or desktop/ (nor Qt)."""
import ast
from pathlib import Path

import storage

FORBIDDEN = ("transcribe", "desktop", "PySide6")


def _imported_modules(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def test_storage_imports_nothing_above_it():
    root = Path(storage.__file__).parent
    files = sorted(root.rglob("*.py"))
    assert len(files) > 30  # the walk really reads the package (and its subpackages)
    upward = [f"{path.relative_to(root.parent)}:{line} imports {name}"
              for path in files for line, name in _imported_modules(path)
              if name.split(".")[0] in FORBIDDEN]
    assert upward == []


def test_the_check_sees_an_upward_import(tmp_path):
    """The walk catches a function-level import too (as transcript_files.py once had)."""
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from transcribe.segments import Segment\n    return Segment\n")
    assert [name for _, name in _imported_modules(sample)] == ["transcribe.segments"]
