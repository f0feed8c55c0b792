"""`veldwerk transcribe --device` and `veldwerk models calibrate` / `models list` with the speed column."""
from pathlib import Path

import pytest

from desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]
DUTCH_WAV = ROOT / "tests" / "fixtures" / "dutch_espeak.wav"


def test_a_bad_device_is_one_line_and_exit_2(capsys):
    assert main(["transcribe", str(DUTCH_WAV), "--device", "gpu"]) == 2
    err = capsys.readouterr().err
    assert "auto, cpu or cuda" in err and len(err.strip().splitlines()) == 1


def test_cuda_without_a_gpu_falls_back_to_the_cpu_with_a_note(capsys):
    import ctranslate2

    if ctranslate2.get_cuda_device_count():
        pytest.skip("a machine with a GPU transcribes there instead of falling back")
    assert main(["transcribe", str(DUTCH_WAV), "--device", "cuda", "--fast"]) == 0
    out = capsys.readouterr()
    # the note goes to stderr with the progress; stdout carries only the transcript
    assert "No NVIDIA GPU seen by CTranslate2" in out.err and "CPU (int8)" in out.err
    assert "ggd" in out.out.lower() and "NVIDIA" not in out.out


def test_calibrate_stores_the_speed_that_models_list_shows(capsys):
    assert main(["models", "calibrate", "base", "--device", "cpu"]) == 0
    out = capsys.readouterr().out
    line = next(row for row in out.splitlines() if row.startswith("base"))
    assert "x" in line and "min" in line
    assert main(["models", "list"]) == 0
    listing = capsys.readouterr().out
    base = next(row for row in listing.splitlines() if row.startswith("base"))
    assert "not measured" not in base and "x" in base
    assert main(["models", "calibrate", "nergens"]) == 2
