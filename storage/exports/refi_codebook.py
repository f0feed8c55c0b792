"""The codebook alone as a REFI-QDA Codebook (.qdc): codes with GUID, Dutch label, colour,
description and nesting, in the codebook namespace, checked against the codebook schema."""
from pathlib import Path

from lxml import etree

from storage.errors import VeldwerkError
from storage.exports.refi_guids import Guids
from storage.exports.refi_schema import CODEBOOK_NS, codebook_schema, first_error, origin, xml_text
from storage.exports.registry import Scope, register
from storage.exports.target import write_atomically


def add_codes(parent: etree._Element, study, guids: Guids, ns: str) -> int:
    """Append a <Codes> tree of the study's codebook under `parent`; returns how many codes (0: nothing added)."""
    codes = study.codebook.list()
    if not codes:
        return 0
    children: dict = {}
    for code in codes:
        children.setdefault(code["parent_id"], []).append(code)
    known = {code["id"] for code in codes}
    roots = [c for c in codes if c["parent_id"] is None or c["parent_id"] not in known]
    container = etree.SubElement(parent, f"{{{ns}}}Codes")

    def add(element, code):
        node = etree.SubElement(
            element, f"{{{ns}}}Code",
            guid=guids("code", code["id"]), name=xml_text(code["label_nl"]), isCodable="true", color=code["color"].upper(),
        )
        if code["description"]:
            etree.SubElement(node, f"{{{ns}}}Description").text = xml_text(code["description"])
        for child in children.get(code["id"], []):
            add(node, child)

    for code in roots:
        add(container, code)
    return len(codes)


def codebook_xml(study) -> bytes:
    """The study's codebook as .qdc bytes; raises VeldwerkError when it has no codes."""
    root = etree.Element(f"{{{CODEBOOK_NS}}}CodeBook", nsmap={None: CODEBOOK_NS}, origin=origin())
    if not add_codes(root, study, Guids(study), CODEBOOK_NS):
        raise VeldwerkError(key="export.codebook_empty")
    schema = codebook_schema()
    if not schema.validate(root):
        raise RuntimeError(f"Veldwerk built a codebook the REFI-QDA schema refuses ({first_error(schema)}).")
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


@register("qdc", scope=Scope.STUDY, unit=None, extension=".qdc")
def export(ctx, out: Path) -> Path:
    """Write the study's codebook as a REFI-QDA .qdc file (no interview content, so nothing to pseudonymise)."""
    out = Path(out)
    if out.is_dir():
        out = out / "codebook.qdc"
    data = codebook_xml(ctx.study)
    return write_atomically(out, lambda path: path.write_bytes(data))
