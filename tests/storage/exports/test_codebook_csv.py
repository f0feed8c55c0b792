"""CSV exports: the Taguette codebook (`tag`, `description`) and a UTF-8 byte order mark on every CSV."""
import codecs
import csv

import pytest

from storage.errors import VeldwerkError
from storage.exports import FORMATS, export, load_all

load_all()
CSV_FORMATS = sorted(f for f in FORMATS if f.endswith("-csv"))


def test_every_csv_starts_with_a_utf8_byte_order_mark(coded_study, out_dir):
    study, _ = coded_study
    assert {"matrix-csv", "consent-csv", "codebook-csv"} <= set(CSV_FORMATS)
    for fmt in CSV_FORMATS:
        data = export(study, fmt, out_dir / f"{fmt}.csv").read_bytes()
        assert data.startswith(codecs.BOM_UTF8), fmt
        assert not data[3:].startswith(codecs.BOM_UTF8), fmt  # exactly one


def test_codebook_csv_in_taguettes_columns(coded_study, out_dir):
    study, _ = coded_study
    study.codebook.add("ideeen", "Ideeën van buurtbewoners", description="Wat\nbewoners zelf\tvoorstellen, ‘letterlijk’")
    path = export(study, "codebook-csv", out_dir / "codebook.csv")
    # Read as Taguette does: a BOM means UTF-8, the first row names the columns.
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["tag", "description"]
    assert [r["tag"] for r in rows] == [c["label_nl"] for c in study.codebook.list()]
    by_tag = {r["tag"]: r["description"] for r in rows}
    assert by_tag["Ideeën van buurtbewoners"] == "Wat bewoners zelf voorstellen, ‘letterlijk’"
    assert "Ideeën" in path.read_bytes().decode("utf-8-sig")  # not "IdeeÃ«n"


def test_an_empty_codebook_is_refused(coded_study, out_dir):
    study, _ = coded_study
    study.conn.execute("DELETE FROM codings")
    for code in reversed(study.codebook.list()):
        study.codebook.delete(code["key"])
    with pytest.raises(VeldwerkError, match="empty"):
        export(study, "codebook-csv", out_dir / "leeg.csv")
    assert not (out_dir / "leeg.csv").exists()
