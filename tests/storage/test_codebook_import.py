"""Importing a REFI-QDA .qdc codebook: round trip, name clashes, and bad files that change nothing."""
import pytest

from storage import Study
from storage.codebook_import import import_codebook, key_for
from storage.errors import VeldwerkError
from storage.exports import export

NS = "urn:QDA-XML:codebook:1.0"
G1 = "6F1C2D3E-0000-4000-8000-000000000001"
G2 = "6F1C2D3E-0000-4000-8000-000000000002"
G3 = "6F1C2D3E-0000-4000-8000-000000000003"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def make_study(tmp_path):
    opened = []

    def make(name):
        study = Study.create(tmp_path / f"{name}.veldwerk", name=name, passphrase=None)
        opened.append(study)
        return study

    yield make
    for study in opened:
        study.close()


def _tree(study):
    """The codebook as comparable tuples: (label, colour, description, parent label)."""
    codes = study.codebook.list()
    labels = {c["id"]: c["label_nl"] for c in codes}
    return sorted((c["label_nl"], c["color"], c["description"], labels.get(c["parent_id"])) for c in codes)


def _write(tmp_path, text, name="in.qdc"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _snapshot(study):
    return [dict(c) for c in study.codebook.list()], len(study.audit.entries("codebook.import"))


def test_round_trip_gives_the_same_codes(make_study, tmp_path):
    source = make_study("bron")
    source.codebook.add("stigma", "Stigma", description="Negatieve beeldvorming", color="#aa0000")
    source.codebook.add("werk", "Werk als werk", color="#00AA00", parent="stigma")
    source.codebook.add("ervaringen", "Ervaringen van sekswerkers", parent="werk", description="Wat zij meemaken")
    source.codebook.update("oplossingen", description="Aangepast in de bron")
    qdc = export(source, "qdc", tmp_path / "bron.qdc")

    target = make_study("doel")
    result = import_codebook(target, qdc)
    assert [a["label"] for a in result.added] == ["Stigma", "Werk als werk", "Ervaringen van sekswerkers"]
    assert [a["key"] for a in result.added] == ["stigma", "werk-als-werk", "ervaringen-van-sekswerkers"]
    assert [a["parent"] for a in result.added] == [None, "stigma", "werk-als-werk"]
    # the three default codes exist in both studies: kept, not duplicated
    assert sorted(s["key"] for s in result.skipped) == ["beeldvorming", "oplossingen", "trots"]
    expected = [t for t in _tree(source) if t[0] != "Oplossingsrichtingen"]
    assert [t for t in _tree(target) if t[0] != "Oplossingsrichtingen"] == expected
    kept = target.codebook.get("oplossingen")
    assert kept["description"].startswith("Voorstellen")  # the existing code is kept as it was
    assert target.audit.entries("codebook.import")[-1]["detail"] == {"added": 3, "skipped": 3}


def test_nesting_under_an_existing_code_and_key_clashes(make_study, tmp_path):
    study = make_study("s")
    study.codebook.add("ggd", "Samenwerking GGD")  # takes the key the file's "GGD" would get
    qdc = _write(tmp_path, f"""<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="{NS}" origin="ATLAS.ti">
  <Codes>
    <Code guid="{G1}" name="  TROTS  / wat goed gaat" isCodable="true">
      <Code guid="{G2}" name="GGD" isCodable="true" color="#0a0"><Description>Over de GGD</Description></Code>
    </Code>
    <Code guid="{G3}" name="Één aanspreekpunt" isCodable="false"/>
  </Codes>
</CodeBook>""")
    result = import_codebook(study, qdc)
    assert result.skipped == [{"label": "TROTS / wat goed gaat", "key": "trots"}]
    ggd = study.codebook.get("ggd-2")
    assert ggd["label_nl"] == "GGD" and ggd["color"] == "#00AA00" and ggd["description"] == "Over de GGD"
    assert study.codebook.by_id(ggd["parent_id"])["key"] == "trots"
    een = study.codebook.get("een-aanspreekpunt")
    assert een["color"] == "#FFD166" and een["parent_id"] is None
    assert study.codebook.get("ggd")["label_nl"] == "Samenwerking GGD"


def test_keys_from_names():
    assert key_for("Beeldvorming over en weer", set()) == "beeldvorming-over-en-weer"
    assert key_for("Ça va!", {"ca-va"}) == "ca-va-2"
    assert key_for("???", set()) == "code"
    long = key_for("x" * 80, {"x" * 40})
    assert len(long) <= 40 and long.endswith("-2")


@pytest.mark.parametrize(
    "text, message",
    [
        ("dit is geen xml", "not an XML file"),
        ("<CodeBook xmlns='urn:QDA-XML:codebook:1.0'><Codes>", "not an XML file"),
        ("<Project xmlns='urn:QDA-XML:project:1.0' name='p'/>", "root element is <Project>"),
        ("<CodeBook><Codes/></CodeBook>", "without a namespace"),
        # schema-invalid: a code without guid, an empty Codes, a bad colour, an unknown element
        (f"<CodeBook xmlns='{NS}'><Codes><Code name='Nieuw' isCodable='true'/></Codes></CodeBook>", "schema"),
        (f"<CodeBook xmlns='{NS}'><Codes/></CodeBook>", "schema"),
        (f"<CodeBook xmlns='{NS}'><Codes><Code guid='{G1}' name='Nieuw' isCodable='true' color='rood'/></Codes></CodeBook>", "schema"),
        (f"<CodeBook xmlns='{NS}'><Codes><Code guid='{G1}' name='Nieuw' isCodable='true'/><Code guid='{G2}' name='Fout' isCodable='true' color='#12345'/></Codes></CodeBook>", "schema"),
        (f"<CodeBook xmlns='{NS}'><Codes><Code guid='{G1}' name='Nieuw' isCodable='true'><Memo/></Code></Codes></CodeBook>", "schema"),
        (f"<CodeBook xmlns='{NS}'><Codes><Code guid='{G1}' name='Nieuw' isCodable='true'/><Code guid='{G2}' name='  ' isCodable='true'/></Codes></CodeBook>", "empty name"),
    ],
)
def test_bad_files_are_refused_and_change_nothing(make_study, tmp_path, text, message):
    study = make_study("s")
    before = _snapshot(study)
    with pytest.raises(VeldwerkError, match=message):
        import_codebook(study, _write(tmp_path, text))
    assert _snapshot(study) == before


def test_missing_file(make_study, tmp_path):
    with pytest.raises(VeldwerkError, match="No codebook file"):
        import_codebook(make_study("s"), tmp_path / "weg.qdc")
