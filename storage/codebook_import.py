"""Importing a REFI-QDA codebook (.qdc) into a study: its codes with names, colours,
descriptions and nesting.

The file must be XML, have a <CodeBook> root in the REFI-QDA codebook namespace and satisfy
the codebook schema; otherwise nothing changes. A code whose name (ignoring case and
surrounding spaces) matches a code the study already has is kept as it is and reported as
skipped; codes nested under it in the file are added under the existing code. New codes get a
key made from their name (lower case, accents dropped, unique in the study) and keep the file's
GUID (`codes.refi_guid`, reused on export) unless another code of the study already has it. All
codes are added in one transaction.
"""
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from storage.errors import VeldwerkError
from storage.exports.refi_guids import Guids
from storage.exports.refi_schema import CODEBOOK_NS, codebook_schema, first_error
from storage.messages import Text

DEFAULT_COLOR = "#FFD166"
MAX_BYTES = 20 * 1024 * 1024


@dataclass
class CodebookImport:
    """What an import did: codes added ({key, label, parent}) and codes skipped ({label, key})."""

    added: list[dict] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)


@dataclass
class _Code:
    name: str
    color: str
    description: str
    children: list
    guid: str = ""


def key_for(name: str, taken: set[str]) -> str:
    """A code key made from a name: lower case, accents dropped, unique among `taken`."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    base = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:40].strip("-") or "code"
    key, n = base, 1
    while key in taken:
        n += 1
        suffix = f"-{n}"
        key = base[: 40 - len(suffix)].rstrip("-") + suffix
    return key


def read_codebook(path) -> list[_Code]:
    """The code tree of a .qdc file; raises VeldwerkError when it is not a valid REFI-QDA codebook."""
    path = Path(path)
    if not path.is_file():
        raise VeldwerkError(key="codebook.no_file", path=path)
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise VeldwerkError(key="codebook.too_large", name=path.name, mb=len(data) // 1024 // 1024)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise VeldwerkError(key="codebook.not_xml", name=path.name, msg=exc.msg) from None
    expected = f"{{{CODEBOOK_NS}}}CodeBook"
    if root.tag != expected:
        found = etree.QName(root)
        where = (Text("codebook.in_namespace", {"namespace": found.namespace}) if found.namespace
                 else Text("codebook.no_namespace"))
        raise VeldwerkError(key="codebook.wrong_root", name=path.name, root=found.localname, where=where,
                            namespace=CODEBOOK_NS)
    schema = codebook_schema()
    if not schema.validate(root):
        raise VeldwerkError(key="codebook.schema", name=path.name, error=first_error(schema))
    codes = [read_code(code) for code in root.iterfind(f"{{{CODEBOOK_NS}}}Codes/{{{CODEBOOK_NS}}}Code")]
    return codes


def read_code(element, ns: str = CODEBOOK_NS) -> _Code:
    """One code and its children; `ns` is the codebook namespace, or the project's for a .qdpx CodeBook."""
    name = " ".join((element.get("name") or "").split())
    if not name:
        raise VeldwerkError(key="codebook.empty_name", line=element.sourceline)
    color = (element.get("color") or DEFAULT_COLOR).strip()
    if len(color) == 4:  # #RGB
        color = "#" + "".join(c * 2 for c in color[1:])
    description = element.findtext(f"{{{ns}}}Description") or ""
    children = [read_code(child, ns) for child in element.iterfind(f"{{{ns}}}Code")]
    return _Code(name, color.upper(), description.strip(), children, (element.get("guid") or "").strip())


def import_codebook(study, path) -> CodebookImport:
    """Add the codes of a .qdc file to the study; returns what was added and skipped."""
    codes = read_codebook(path)
    result = CodebookImport()
    with study.transaction():
        add_code_tree(study, codes, result)
        study.audit.log(
            "codebook.import", "codebook", None,
            {"added": len(result.added), "skipped": len(result.skipped)},
        )
    return result


def add_code_tree(study, codes: list[_Code], result: CodebookImport) -> dict[str, str]:
    """Add a code tree (call inside a transaction); returns {file GUID (upper case): the study's code key}."""
    existing = study.codebook.list()
    by_name = {_fold(c["label_nl"]): c for c in existing}
    taken = {c["key"] for c in existing}
    own = Guids(study)  # a GUID in use (stored, or derived for a code of this study) is not taken over
    guids_taken = {own("code", c["id"]).upper() for c in existing}
    keys: dict[str, str] = {}

    def add(code: _Code, parent: str | None) -> None:
        match = by_name.get(_fold(code.name))
        if match is not None:
            result.skipped.append({"label": code.name, "key": match["key"]})
            key = match["key"]
        else:
            key = key_for(code.name, taken)
            taken.add(key)
            added = study.codebook.add(key, code.name, description=code.description, color=code.color, parent=parent)
            if code.guid and code.guid.upper() not in guids_taken:  # kept as written: a tool may compare case
                study.conn.execute("UPDATE codes SET refi_guid = ? WHERE id = ?", [code.guid, added["id"]])
                guids_taken.add(code.guid.upper())
            result.added.append({"key": key, "label": code.name, "parent": parent})
        if code.guid:
            keys[code.guid.upper()] = key
        for child in code.children:
            add(child, key)

    for code in codes:
        add(code, None)
    return keys


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()
