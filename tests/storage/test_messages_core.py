"""Every refusal the core raises has a message key, so the Dutch UI never shows an English line: a scan of
storage/ and transcribe/ for refusals raised with a plain text, and real refusals rendered in Dutch."""
import ast
import re
import zipfile
from pathlib import Path

import pytest

from storage import Study, messages
from storage.consent.forms import ConsentItem
from storage.errors import VeldwerkError
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
CORE = ("storage", "transcribe")


def _base_name(node) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def refusal_classes(trees) -> set[str]:
    """The names of VeldwerkError and every subclass defined in the core, except classes that render their
    own text in each language (they override `text`, such as PresentConsentRequired)."""
    found, own_text = {"VeldwerkError"}, set()
    grew = True
    while grew:
        grew = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in found:
                    if any(_base_name(base) in found for base in node.bases):
                        found.add(node.name)
                        grew = True
                        if any(isinstance(f, ast.FunctionDef) and f.name == "text" for f in node.body):
                            own_text.add(node.name)
    return found - own_text


def unkeyed_refusals(root: Path) -> list[str]:
    """`path:line: Class(...)` for every refusal in the core made with a text instead of a key (raised at once
    or built by a helper and raised later)."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8"))
             for folder in CORE for path in sorted((root / folder).rglob("*.py"))}
    classes = refusal_classes(trees)
    found = []
    for path, tree in trees.items():
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            if _base_name(call.func) in classes and call.args and not any(k.arg == "key" for k in call.keywords):
                found.append(f"{path.relative_to(root)}:{call.lineno}: {ast.unparse(call)[:100]}")
    return found


def test_the_scan_finds_a_refusal_raised_with_a_plain_text(tmp_path):
    (tmp_path / "storage").mkdir()
    (tmp_path / "transcribe").mkdir()
    (tmp_path / "storage" / "errors.py").write_text(
        "class VeldwerkError(Exception): pass\nclass NotFound(VeldwerkError): pass\n")
    (tmp_path / "transcribe" / "x.py").write_text(
        "from storage.errors import NotFound, VeldwerkError\n"
        "class Mine(NotFound): pass\n"
        "def f(n):\n"
        "    raise VeldwerkError(key='a.b', n=n)\n"
        "def g(n):\n"
        "    raise Mine(f'No {n}.')\n"
        "def h(text):\n"
        "    raise NotFound(text)\n"
        "def i():\n"
        "    raise ValueError('internal')\n"
        "def j(why):\n"
        "    return NotFound(f'Damaged ({why}).')\n")
    found = unkeyed_refusals(tmp_path)
    assert [line.split(": ")[0] for line in found] == ["transcribe/x.py:6", "transcribe/x.py:8", "transcribe/x.py:12"]


def test_no_refusal_in_the_core_is_raised_with_a_plain_text():
    found = unkeyed_refusals(ROOT)
    assert found == [], f"{len(found)} refusal(s) without a message key:\n" + "\n".join(found)


# Words that appear in English refusals but never in Dutch ones (Dutch shares "is", "in", "code", "interview").
ENGLISH = {"the", "has", "not", "does", "no", "this", "study", "consent", "participant", "withdrawn", "already",
           "passphrase", "characters", "file", "nothing", "changed", "needs", "least"}


def test_no_dutch_text_in_the_catalogue_reads_english():
    english = ENGLISH | {"and", "with", "cannot", "must", "be", "its", "it", "is not", "could", "found"}
    for key, texts in messages.MESSAGES.items():
        prose = re.sub(r"\{[^}]*\}|`[^`]*`|'[^']*'|veldwerk [a-z-]+ [a-z-]+", "", texts["nl"])
        words = {w.strip(".,;:()'\"").lower() for w in prose.split()}
        assert not words & english, f"{key}: {texts['nl']!r}"


def assert_dutch(error: VeldwerkError) -> str:
    dutch = error.text("nl")
    assert error.key is not None, str(error)
    prose = re.sub(r"veldwerk [a-z-]+ [a-z-]+", "", dutch)  # a command to type stays as it is ("veldwerk consent verify")
    words = {w.strip(".,;:()'\"").lower() for w in prose.split()}
    assert not words & ENGLISH, f"English in the Dutch refusal: {dutch!r}"
    assert dutch != str(error)
    return dutch


def test_a_one_character_passphrase_is_refused_in_dutch(tmp_path):
    with pytest.raises(VeldwerkError) as caught:
        Study.create(tmp_path / "s.veldwerk", name="Studie", passphrase="x")
    assert assert_dutch(caught.value) == "Een wachtwoordzin heeft minstens 8 tekens nodig; deze heeft er 1."


def test_a_study_without_a_name_is_refused_in_dutch(tmp_path):
    with pytest.raises(VeldwerkError) as caught:
        Study.create(tmp_path / "s.veldwerk", name="  ", passphrase=PASSPHRASE)
    assert "naam" in assert_dutch(caught.value)


def test_a_withdrawn_participant_is_refused_in_dutch(study):
    study.participants.add("R02", "sekswerker")
    study.consent.record("R02", {1: True, 2: True, 3: True}, method="written", researcher="AB")
    study.consent.withdraw("R02", researcher="AB")
    with pytest.raises(VeldwerkError) as caught:
        study.consent.withdraw("R02", researcher="AB")
    assert assert_dutch(caught.value) == "R02 heeft zich al teruggetrokken uit de studie."
    with pytest.raises(VeldwerkError) as caught:
        study.consent.require("R02", ConsentItem.RECORDING)
    assert "teruggetrokken" in assert_dutch(caught.value)


def test_a_forged_consent_record_is_refused_in_dutch(study):
    study.participants.add("R02", "sekswerker")
    study.consent.record("R02", {1: True, 2: True, 3: False}, method="written", researcher="AB")
    study.conn.execute("DROP TRIGGER consent_records_no_update")
    study.conn.execute("""UPDATE consent_records SET answers = '{"1":true,"2":true,"3":true}' WHERE id = 1""")
    with pytest.raises(VeldwerkError) as caught:
        study.consent.require("R02", ConsentItem.QUOTES)
    assert str(caught.value) == ("Consent record 1 does not match its hash; it is not trusted and allows nothing "
                                 "(run veldwerk consent verify).")
    assert assert_dutch(caught.value) == ("Toestemmingsrecord 1 klopt niet met zijn hash; het wordt niet vertrouwd "
                                          "en staat niets toe (voer veldwerk consent verify uit).")


def test_a_sentence_opening_text_is_capitalised_in_every_language():
    problem = messages.Message("consent.seal_unreadable")
    assert problem == "the ledger seal in study.json is unreadable"  # a plain string where one is expected
    error = VeldwerkError(key="consent.ledger_untrusted", problem=messages.Capitalised(problem))
    assert str(error).startswith("The ledger seal in study.json is unreadable; it is not trusted")
    assert error.text("nl").startswith("Het zegel van het toestemmingsregister in study.json is onleesbaar; ")


def test_withdrawing_an_item_never_consented_is_refused_in_dutch(study):
    study.participants.add("R03", "sekswerker")
    with pytest.raises(VeldwerkError) as caught:
        study.consent.withdraw("R03", items=[3], researcher="AB")
    assert assert_dutch(caught.value) == "R03 heeft geen vastgelegde toestemming om in te trekken."


def test_a_bad_import_file_is_refused_in_dutch(study, tmp_path):
    from storage.refi_import.importer import import_project

    not_zip = tmp_path / "project.qdpx"
    not_zip.write_text("dit is geen zip")
    with pytest.raises(VeldwerkError) as caught:
        import_project(study, not_zip)
    assert assert_dutch(caught.value) == "project.qdpx is geen .qdpx-bestand (geen zip-archief)."
    empty_zip = tmp_path / "leeg.qdpx"
    with zipfile.ZipFile(empty_zip, "w") as archive:
        archive.writestr("iets.txt", "x")
    with pytest.raises(VeldwerkError) as caught:
        import_project(study, empty_zip)
    assert "project.qde" in assert_dutch(caught.value)


def test_an_unknown_code_and_an_unknown_export_format_are_refused_in_dutch(study, tmp_path):
    from storage.exports import export

    with pytest.raises(VeldwerkError) as caught:
        study.codebook.get("bakker")
    assert assert_dutch(caught.value).startswith("Onbekende code 'bakker'")
    with pytest.raises(VeldwerkError) as caught:
        export(study, "pdf", tmp_path / "uit.pdf")
    assert assert_dutch(caught.value).startswith("Onbekend exportformaat 'pdf'")


def test_an_exchange_file_that_is_not_one_is_refused_in_dutch(study, tmp_path):
    from storage.exchange.merge import merge

    bad = tmp_path / "collega.veldwerk-exchange"
    bad.write_bytes(b"niets")
    with pytest.raises(VeldwerkError) as caught:
        merge(study, bad, PASSPHRASE)
    assert "uitwisselbestand" in assert_dutch(caught.value)


def test_an_action_without_a_description_or_with_a_bad_date_is_refused_in_dutch(study):
    theme = study.themes.add("Veiligheid op straat")
    with pytest.raises(VeldwerkError) as caught:
        study.actions.add(theme, "  ")
    assert assert_dutch(caught.value) == "Zeg wat de actie is."
    with pytest.raises(VeldwerkError) as caught:
        study.actions.add(theme, "Spreekuur bij de GGD", target="1 maart")
    assert assert_dutch(caught.value).startswith("De streefdatum '1 maart' is geen datum")


def test_a_refusal_quoted_inside_another_renders_in_the_same_language():
    inner = VeldwerkError(key="participant.exists", code="R01")
    outer = VeldwerkError(key="consent.ledger_untrusted", problem=inner)
    assert outer.text("nl").startswith("Deelnemer R01 bestaat al.")
    assert str(outer).startswith("Participant R01 already exists.")
    assert messages.render("participant.exists", {"code": "R01"}, "nl") == "Deelnemer R01 bestaat al."


def raw_library_texts(root: Path) -> list[str]:
    """`path:line: Class(...)` for every refusal that puts an exception's own (English) text into a parameter as
    plain text (`detail=str(exc)`, an f-string, `exc.strerror`) instead of `messages.technical(exc)`."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8"))
             for folder in CORE for path in sorted((root / folder).rglob("*.py"))}
    classes = refusal_classes(trees)
    found = []
    for path, tree in trees.items():
        caught = {node.name for node in ast.walk(tree) if isinstance(node, ast.ExceptHandler) and node.name}

        def exception_text(value) -> bool:
            if isinstance(value, ast.Attribute) and value.attr == "strerror":
                return True
            if isinstance(value, ast.Call) and _base_name(value.func) in ("str", "repr"):
                return any(isinstance(a, ast.Name) and a.id in caught for a in value.args)
            if isinstance(value, ast.JoinedStr):
                return any(isinstance(v, ast.FormattedValue) and isinstance(v.value, ast.Name) and v.value.id in caught
                           for v in value.values)
            return False

        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or _base_name(call.func) not in classes:
                continue
            for keyword in call.keywords:
                if exception_text(keyword.value):
                    found.append(f"{path.relative_to(root)}:{call.lineno}: {ast.unparse(call)[:100]}")
    return found


def test_no_refusal_in_the_core_quotes_a_library_text_as_its_own():
    found = raw_library_texts(ROOT)
    assert found == [], "quote an exception's text with storage.messages.technical(exc):\n" + "\n".join(found)


def test_a_library_text_inside_a_dutch_refusal_is_marked_as_a_technical_detail(tmp_path):
    """A broken model folder: the Dutch sentence says what happened and what to do, and json's English message
    follows as "technische melding: ..."; the English line reads as before."""
    from transcribe.models import check_model_dir

    folder = tmp_path / "model"
    folder.mkdir()
    for name in ("model.bin", "tokenizer.json"):
        (folder / name).write_bytes(b"x")
    (folder / "config.json").write_text("{", encoding="utf-8")
    with pytest.raises(VeldwerkError) as caught:
        check_model_dir(folder)
    dutch, english = caught.value.text("nl"), str(caught.value)
    assert dutch.startswith(f"{folder}/config.json is geen geldige JSON (technische melding: Expecting property name")
    assert english.startswith(f"{folder}/config.json is not valid JSON (Expecting property name")
    assert "technische" not in english
