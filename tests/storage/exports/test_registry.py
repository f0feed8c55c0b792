"""Each exporter declares its scope, quote unit and extension where it is registered; the preview
(`would_include`) follows those declarations and counts what the exporter itself leaves out."""
import pytest

from storage.errors import VeldwerkError
from storage.exports import QuoteUnit, Scope, export, exporters, register
from storage.exports.inclusion import would_include
from storage.exports.registry import EXPORTERS, FORMATS
from tests.storage.helpers import ensure_second_coder


def test_every_exporter_declares_scope_unit_and_extension():
    registered = exporters()
    assert {"coded-docx", "qdpx", "txt", "actions-xlsx"} <= set(registered)
    for name, exporter in registered.items():
        assert exporter.name == name and FORMATS[name] is exporter.write
        assert isinstance(exporter.scope, Scope) and exporter.extension.startswith(".")
        assert exporter.unit is None or isinstance(exporter.unit, QuoteUnit)
    assert registered["txt"].scope is Scope.INTERVIEW and registered["txt"].unit is QuoteUnit.SEGMENTS
    assert registered["qdc"].scope is Scope.STUDY and not registered["qdc"].carries_text
    assert registered["matrix-docx"].unit is QuoteUnit.PERCEPTION and registered["matrix-docx"].extension == ".docx"


def test_a_registration_without_a_dotted_extension_is_refused():
    with pytest.raises(ValueError):
        register("bad", scope=Scope.ANY, unit=None, extension="docx")
    assert "bad" not in EXPORTERS


@pytest.mark.parametrize("fmt", sorted(exporters()))
@pytest.mark.parametrize("scope", ["study", "R01", "R03"])
def test_what_the_preview_counts_is_what_the_exporter_writes(coded_study, out_dir, fmt, scope):
    study, ids = coded_study
    ensure_second_coder(study, fmt)
    exporter = exporters()[fmt]
    interview_id = None if scope == "study" else ids[scope]
    if exporter.scope is Scope.INTERVIEW and interview_id is None:
        with pytest.raises(VeldwerkError):
            export(study, fmt, out_dir / f"out{exporter.extension}", pseudonymise=False)
        return
    included = would_include(study, fmt, interview_id)
    pseudo = exporter.always_pseudonymised  # a handout is never written unpseudonymised
    path = export(study, fmt, out_dir / f"out{exporter.extension}", interview_id=interview_id, pseudonymise=pseudo)
    assert path.suffix == exporter.extension or path.is_dir()
    entry = "export" if pseudo else "export.unpseudonymised"
    assert included.omitted == study.audit.entries(entry)[-1]["detail"]["omitted_quotes"]
    assert included.unit is exporter.unit
    quoted_r03 = exporter.unit is not None and scope in ("study", "R03") and exporter.scope is not Scope.STUDY
    assert (included.omitted_participants == ["R03"]) == (quoted_r03 and included.omitted > 0)
    if exporter.scope is Scope.STUDY or interview_id is None:
        assert {i["participant"] for i in included.interviews} == {"R01", "R02", "R03"}
    else:
        assert [i["id"] for i in included.interviews] == [interview_id]
