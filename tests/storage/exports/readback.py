"""Reading exported files back: every piece of text a reader (or a program) could see in them."""
import csv
import io
import json
import zipfile
from pathlib import Path

import docx
import openpyxl
from lxml import etree


def zip_text(path: Path) -> str:
    """The text of every XML/text entry of a zip container (docx, xlsx, qdpx), tags stripped."""
    parts = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            if name.endswith((".xml", ".rels", ".qde", ".qdc")):
                root = etree.fromstring(data)
                parts.append(" ".join(root.itertext()))
                parts.extend(v for el in root.iter() for v in el.attrib.values())
            else:
                parts.append(data.decode("utf-8", errors="replace"))
    return "\n".join(parts)


def docx_text(path: Path) -> str:
    """Paragraphs, table cells and comments as python-docx reads them."""
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    parts.extend(comment.text for comment in document.comments)
    return "\n".join(parts)


def xlsx_cells(path: Path) -> list:
    book = openpyxl.load_workbook(path)
    return [cell.value for sheet in book.worksheets for row in sheet.iter_rows() for cell in row if cell.value is not None]


def everything(path: Path) -> str:
    """All text in an exported file, whatever its format."""
    path = Path(path)
    if zipfile.is_zipfile(path):
        text = zip_text(path)
        if path.suffix == ".docx":
            text += "\n" + docx_text(path)
        if path.suffix == ".xlsx":
            text += "\n" + "\n".join(map(str, xlsx_cells(path)))
        return text
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        text += "\n" + json.dumps(json.loads(text), ensure_ascii=False)
    if path.suffix == ".csv":
        text += "\n" + "\n".join(",".join(r) for r in csv.reader(io.StringIO(text)))
    return text
