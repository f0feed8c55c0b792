"""`veldwerk consent ...` and `veldwerk participant withdraw`, in-process, with their bad-input paths."""
import json

import numpy as np
import pytest
import soundfile

from desktop.cli import main
from storage import Study
from tests.audio_fixtures import dutch_clip, pulse_sink  # noqa: F401  (fixtures)
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("NEW_PASS", PASSPHRASE)


@pytest.fixture
def made(tmp_path):
    path = tmp_path / "cli.veldwerk"
    assert main(["study", "create", str(path), "--name", "CLI-studie", "--passphrase-env", "NEW_PASS"]) == 0
    assert main(["participant", "add", str(path), "--code", "R01", "--role", "sekswerker"]) == 0
    assert main(["participant", "add", str(path), "--code", "R02", "--role", "hulpverlening"]) == 0
    return path


@pytest.fixture
def wav(tmp_path):
    path = tmp_path / "ja.wav"
    soundfile.write(path, (np.sin(np.arange(24000) / 4) * 0.3).astype(np.float32), 16000)
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def ledger(path):
    with Study.open(path, PASSPHRASE) as study:
        return study.consent.records()


def test_record_written_show_and_verify(made, capsys):
    code, out, err = run(capsys, "consent", "record", made, "--participant", "R01", "--items", "1,2,3,5",
                         "--declined", "4", "--method", "written", "--researcher", "AB")
    assert code == 0, err
    assert "agreed 1,2,3,5; declined 4" in out
    code, out, _ = run(capsys, "consent", "show", made, "--participant", "R01")
    assert code == 0
    assert "state: given" in out and "item 3 (anonymous quotes in reports and publications): yes" in out
    assert "item 4 (storage of the pseudonymised data): no" in out
    assert "\twritten\t1\tAB\t1,2,3,5\t4\t" in out
    code, out, _ = run(capsys, "consent", "verify", made)
    assert code == 0 and "intact: 1 record(s)" in out
    assert f"head: {ledger(made)[-1]['hash']}" in out


def test_verbal_consent_with_a_clip_file(made, wav, capsys):
    code, out, err = run(capsys, "consent", "record", made, "--participant", "R02", "--items", "1,2",
                         "--method", "verbal", "--clip", wav, "--researcher", "CD")
    assert code == 0, err
    (rec,) = ledger(made)
    assert rec["method"] == "verbal" and rec["answers"] == {1: True, 2: True, 3: False, 4: False, 5: False}
    with Study.open(made, PASSPHRASE) as study:
        clip = study.recordings.get(rec["clip_recording_id"])
        assert clip.kind == "consent_clip" and clip.frames == 24000 and clip.interview_id is None
        assert clip.sha256 == rec["clip_sha256"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--participant", "R99", "--items", "1", "--method", "written"], "No participant 'R99'"),
        (["--participant", "R01", "--items", "1,9", "--method", "written"], "Item 9 is not on consent form version 1"),
        (["--participant", "R01", "--items", "1,x", "--method", "written"], "--items takes item numbers"),
        (["--participant", "R01", "--items", "1,2", "--declined", "2", "--method", "written"], "both agreed to"),
        (["--participant", "R01", "--items", "1", "--method", "verbal"], "Verbal consent needs the spoken consent"),
        (["--participant", "R01", "--items", "1", "--method", "verbal", "--clip", "/nonexistent.wav"], "does not exist"),
        (["--participant", "R01", "--items", "1", "--method", "verbal", "--record-clip", "0"], "above zero"),
        (["--participant", "R01", "--items", "1", "--method", "written", "--form-version", "9"], "No consent form version 9"),
    ],
)
def test_bad_consent_records_exit_2_and_change_nothing(made, capsys, args, message):
    code, out, err = run(capsys, "consent", "record", made, *args, "--researcher", "AB")
    assert code == 2
    assert message in err and err.count("\n") == 1
    assert ledger(made) == []
    with Study.open(made, PASSPHRASE) as study:
        assert study.conn.execute("SELECT count(*) FROM recordings").fetchone()[0] == 0


def test_a_clip_that_is_not_audio_is_refused_and_stores_nothing(made, tmp_path, capsys):
    junk = tmp_path / "ja.wav"
    junk.write_bytes(b"dit is geen geluid" * 100)
    code, _, err = run(capsys, "consent", "record", made, "--participant", "R01", "--items", "1",
                       "--method", "verbal", "--clip", junk, "--researcher", "AB")
    assert code == 2 and err.startswith("veldwerk: ")
    assert ledger(made) == []


def test_verify_exits_2_naming_the_first_broken_record(made, capsys):
    for code in ("R01", "R02"):
        assert run(capsys, "consent", "record", made, "--participant", code, "--items", "1,2",
                   "--method", "written", "--researcher", "AB")[0] == 0
    with Study.open(made, PASSPHRASE) as study:
        study.conn.execute("DROP TRIGGER consent_records_no_update")
        study.conn.execute("UPDATE consent_records SET researcher = 'XY' WHERE id = 1")
    code, out, err = run(capsys, "consent", "verify", made)
    assert code == 2
    assert "broken at record 1" in err and "changed after it was written" in err


def test_participant_withdraw_one_item_then_everything(made, wav, capsys):
    assert run(capsys, "consent", "record", made, "--participant", "R01", "--items", "1,2,3,4,5",
               "--method", "verbal", "--clip", wav, "--researcher", "AB")[0] == 0
    assert run(capsys, "consent", "record", made, "--participant", "R02", "--items", "1,2,3",
               "--method", "written", "--researcher", "AB")[0] == 0
    assert run(capsys, "interview", "import", made, "--participant", "R01", wav)[0] == 0
    code, out, err = run(capsys, "participant", "withdraw", made, "--code", "R01", "--items", "3")
    assert code == 0, err
    assert "R01 withdrew consent to item 3" in out and "kept" in out
    with Study.open(made, PASSPHRASE) as study:
        assert not study.consent.allows("R01", 3) and len(study.interviews.list("R01")) == 1
    code, out, err = run(capsys, "participant", "withdraw", made, "--code", "R01")
    assert code == 0, err
    assert "R01 withdrew from the study. Deleted:" in out
    assert "  1 interview(s)" in out and "  2 recording(s), consent clips included" in out
    assert "keeps only the code R01" in out
    code, out, _ = run(capsys, "participant", "list", made)
    assert "R01\tsekswerker\t0\twithdrawn" in out and "R02\thulpverlening\t0\tactive" in out
    code, out, _ = run(capsys, "consent", "verify", made)
    assert code == 0
    code, out, _ = run(capsys, "consent", "show", made, "--participant", "R01")
    assert "state: withdrawn" in out
    code, _, err = run(capsys, "interview", "import", made, "--participant", "R01", wav)
    assert code == 2 and "withdrawn" in err


@pytest.mark.parametrize(
    "args, message",
    [
        (["--code", "R99"], "No participant 'R99'"),
        (["--code", "R01", "--items", "3"], "R01 has no recorded consent"),
        (["--code", "R02", "--items", "7"], "Item 7 is not on R02's consent form"),
        (["--code", "R02", "--items", ","], "--items names no items"),
        (["--code", "R02", "--items", "drie"], "--items takes item numbers"),
    ],
)
def test_bad_withdrawals_exit_2(made, capsys, args, message):
    assert run(capsys, "consent", "record", made, "--participant", "R02", "--items", "1,2",
               "--method", "written", "--researcher", "AB")[0] == 0
    code, _, err = run(capsys, "participant", "withdraw", made, *args)
    assert code == 2 and message in err
    assert len(ledger(made)) == 1


def test_form_settings_and_a_new_form_version(made, tmp_path, capsys):
    code, out, _ = run(capsys, "consent", "settings", made, "--retention-until", "2031-06-30", "--contact", "Anna")
    assert code == 0 and "retention_until: 2031-06-30" in out
    code, out, _ = run(capsys, "consent", "form", made)
    assert code == 0 and "version 1, nl" in out and "bewaren tot 2031-06-30" in out and "contact op met Anna" in out
    code, out, _ = run(capsys, "consent", "form", made, "--language", "en")
    assert code == 0 and "kept until 2031-06-30" in out
    assert run(capsys, "consent", "settings", made, "--retention-until", "2031-02-30")[0] == 2
    form = tmp_path / "form.json"
    form.write_text(json.dumps({"language": "nl", "title": "Versie 3", "text": ["Korte uitleg."],
                                "items": [{"number": n, "text": f"Punt {n}"} for n in (1, 2, 3)]}))
    code, out, _ = run(capsys, "consent", "add-form", made, "--file", form)
    assert code == 0 and out.strip() == "3"
    form.write_text(json.dumps({"language": "nl", "text": "x", "items": [{"number": 1, "text": "a"}]}))
    code, _, err = run(capsys, "consent", "add-form", made, "--file", form)
    assert code == 2 and "missing: 2, 3" in err
    code, _, err = run(capsys, "consent", "form", made, "--language", "fr")
    assert code == 2 and "no consent form in 'fr'" in err


def test_record_clip_from_the_microphone(made, pulse_sink, dutch_clip, capsys):  # noqa: F811
    from tests import pulse

    player = pulse.play(dutch_clip.path, wait=False)
    try:
        code, out, err = run(capsys, "consent", "record", made, "--participant", "R01", "--items", "1,2",
                             "--method", "verbal", "--record-clip", "2", "--device", pulse.CAPTURE_DEVICE,
                             "--researcher", "AB")
    finally:
        player.wait(timeout=60)
    assert code == 0, err
    (rec,) = ledger(made)
    with Study.open(made, PASSPHRASE) as study:
        clip = study.recordings.get(rec["clip_recording_id"])
        assert clip.kind == "consent_clip" and abs(clip.frames - 32000) <= 1600
        assert np.abs(study.recordings.read_pcm(clip.id).astype(np.int32)).max() > 500  # it heard the voice
        assert study.consent.verify().ok


def test_record_clip_from_a_missing_device_exits_2_and_keeps_nothing(made, capsys):
    code, _, err = run(capsys, "consent", "record", made, "--participant", "R01", "--items", "1",
                       "--method", "verbal", "--record-clip", "1", "--device", "no-such-microphone-42",
                       "--researcher", "AB")
    assert code == 2 and "veldwerk: " in err and "no-such-microphone-42" in err.splitlines()[-1]
    assert ledger(made) == []
    with Study.open(made, PASSPHRASE) as study:
        assert study.conn.execute("SELECT count(*) FROM recordings").fetchone()[0] == 0
    assert not list(made.glob("recording-*.lock"))


def test_every_consent_command_refusal_is_a_catalogue_message(made, capsys):
    """The consent command refused with English-only texts; like the core's refusals they are now catalogue keys
    with a Dutch text (the CLI prints the English one, as every command does)."""
    import argparse
    import ast
    from pathlib import Path

    from desktop.commands import consent
    from storage.errors import VeldwerkError

    tree = ast.parse(Path(consent.__file__).read_text(encoding="utf-8"))
    plain = [ast.unparse(call)[:80] for call in ast.walk(tree) if isinstance(call, ast.Call)
             and getattr(call.func, "id", "").endswith(("Error", "Audio")) and call.args
             and not any(k.arg == "key" for k in call.keywords)]
    assert plain == []
    with pytest.raises(VeldwerkError) as caught:
        consent._settings(argparse.Namespace(dir=str(made), retention_until="2026-02-30", contact=None))
    assert caught.value.text("nl") == "--retention-until neemt een bestaande datum als JJJJ-MM-DD, niet '2026-02-30'."
    assert str(caught.value) == "--retention-until takes a real date as YYYY-MM-DD, not '2026-02-30'."
    with pytest.raises(VeldwerkError) as caught:
        consent.parse_items("1,twee", "--items")
    assert caught.value.text("nl") == "--items neemt itemnummers gescheiden door komma's, zoals 1,2,3, niet '1,twee'."
    bad = made.parent / "form.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["consent", "add-form", str(made), "--file", str(bad)]) == 2
    assert f"{bad} is not valid JSON: Expecting property name" in capsys.readouterr().err
