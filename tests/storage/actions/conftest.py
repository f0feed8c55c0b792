"""A study with coded interviews of three participants in two roles (solutions and other codes)."""
import pytest

from tests.storage.helpers import interview_with_transcript

TEXTS = ["Een vast aanspreekpunt bij de gemeente zou helpen.", "Ook voorlichting op scholen.",
         "De politie doet haar best."]


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def coded(plain_study):
    """plain_study with R01, R02 (sekswerker) and G01 (ggd); `coded.ids` maps names to coding/interview ids."""
    ids = {}
    for code, role in (("R01", "sekswerker"), ("R02", "sekswerker"), ("G01", "ggd")):
        iid, _ = interview_with_transcript(plain_study, code, role, texts=TEXTS, seconds=3.0)
        ids[f"{code}.interview"] = iid
        ids[f"{code}.solution"] = plain_study.codings.add_by_time(iid, 0.0, 1.0, "oplossingen")
        ids[f"{code}.solution2"] = plain_study.codings.add_by_time(iid, 1.0, 2.0, "oplossingen")
        ids[f"{code}.pride"] = plain_study.codings.add_by_time(iid, 2.0, 3.0, "trots")
    plain_study.ids = ids
    return plain_study


def snapshot(study) -> dict:
    """Every row of the theme and action tables (to show that a refused change changed nothing)."""
    tables = ("solution_themes", "theme_fragments", "actions", "action_parties", "action_events", "action_links")
    return {t: study.conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
