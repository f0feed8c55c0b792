"""`veldwerk selftest` passes on a working install and fails (exit 1, a FAIL line) on a broken one."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
CHECKS = ("network guard", "model", "transcription", "encrypted study", "pseudonymiser", "docx export",
          "no network attempts")


def _selftest(data_dir: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "VELDWERK_"))}
    env["VELDWERK_DATA_DIR"] = str(data_dir)
    return subprocess.run([sys.executable, "-m", "desktop", "selftest"], capture_output=True, text=True,
                          env=env, cwd=str(ROOT), timeout=240)


def test_selftest_passes_with_one_line_per_check(tmp_path):
    proc = _selftest(tmp_path / "data")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    for name in CHECKS:
        assert any(line.startswith("OK") and f" {name}:" in line for line in lines), (name, proc.stdout)
    assert "fiets" in proc.stdout.lower()
    assert lines[-1].startswith("OK") and "all checks passed" in lines[-1]


def test_selftest_fails_on_a_corrupt_model(tmp_path):
    data = tmp_path / "data"
    base = data / "models" / "base"
    base.mkdir(parents=True)
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        (base / name).write_text("{}", encoding="utf-8")
    (base / "model.bin").write_bytes(b"\0" * 4096)  # present but not the published model
    proc = _selftest(data)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert any(line.startswith("FAIL") and " model:" in line and "corrupt" in line
               for line in proc.stdout.splitlines()), proc.stdout
    assert proc.stdout.splitlines()[-1].startswith("FAIL")
