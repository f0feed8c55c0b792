"""The model library: embedded default, add/link/remove, validation, corrupt-copy refusal."""
import json
import os
import shutil

import pytest

from storage.errors import Duplicate, NotFound, VeldwerkError
from transcribe import models
from transcribe.models import EMBEDDED_SHA256, add_model, default_model_path, list_models, remove_model, resolve_model


def small_copy(base_model_dir, target):
    """A structurally valid model folder without copying 145 MB (model.bin header only)."""
    target.mkdir(parents=True)
    for name in ("config.json", "vocabulary.txt"):
        shutil.copy(base_model_dir / name, target / name)
    with open(base_model_dir / "model.bin", "rb") as f:
        (target / "model.bin").write_bytes(f.read(4096))
    return target


def test_default_is_assembled_verified_and_listed(data_dir, base_model_dir):
    path = resolve_model(None)
    assert path == base_model_dir == resolve_model("base")
    assert {p.name for p in path.iterdir()} >= {"config.json", "model.bin", "tokenizer.json", "vocabulary.txt"}
    assert not list(path.glob("*.tmp"))
    (info,) = [m for m in list_models() if m.name == "base"]
    assert info.is_default and info.languages == "multilingual" and info.size_bytes > 140_000_000
    marker = json.loads((data_dir / "models" / ".verified.json").read_text())
    assert marker[str((path / "model.bin").resolve())]["sha256"] == EMBEDDED_SHA256


def test_corrupt_default_is_refused(empty_data_dir, base_model_dir):
    target = empty_data_dir / "models" / "base"
    shutil.copytree(base_model_dir, target)
    with open(target / "model.bin", "r+b") as f:
        f.seek(50_000_000)
        byte = f.read(1)
        f.seek(50_000_000)
        f.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(VeldwerkError, match="corrupt"):
        resolve_model(None)


def test_changed_file_is_verified_again(empty_data_dir, base_model_dir):
    default_model_path()  # assembles into the fresh folder and stores the marker
    model_bin = empty_data_dir / "models" / "base" / "model.bin"
    with open(model_bin, "r+b") as f:
        f.seek(1000)
        f.write(b"\0\0\0\0")
    os.utime(model_bin, ns=(model_bin.stat().st_atime_ns, model_bin.stat().st_mtime_ns + 10**9))
    with pytest.raises(VeldwerkError, match="corrupt"):
        default_model_path()


def test_add_copy_list_and_remove(empty_data_dir, base_model_dir, tmp_path):
    source = small_copy(base_model_dir, tmp_path / "whisper-small-nl")
    info = add_model(source)
    assert info.name == "whisper-small-nl" and not info.linked
    assert (empty_data_dir / "models" / "whisper-small-nl" / "model.bin").is_file()
    names = [m.name for m in list_models()]
    assert names[0] == "base" and "whisper-small-nl" in names
    assert resolve_model("whisper-small-nl") == empty_data_dir / "models" / "whisper-small-nl"
    with pytest.raises(Duplicate):
        add_model(source)
    remove_model("whisper-small-nl")
    assert "whisper-small-nl" not in [m.name for m in list_models()]
    assert source.is_dir()  # the original is untouched


def test_link_leaves_folder_in_place(empty_data_dir, base_model_dir, tmp_path):
    source = small_copy(base_model_dir, tmp_path / "usb" / "large-v3")
    info = add_model(source, name="groot", link=True)
    assert info.linked and info.path == source.resolve()
    assert resolve_model("groot") == source.resolve()
    remove_model("groot")
    assert source.is_dir()
    with pytest.raises(VeldwerkError):
        resolve_model("groot")


def test_base_cannot_be_removed_and_unknown_not_found(empty_data_dir):
    with pytest.raises(VeldwerkError, match="cannot be removed"):
        remove_model("base")
    with pytest.raises(NotFound):
        remove_model("medium")


def test_unknown_name_says_how_to_add(empty_data_dir):
    with pytest.raises(VeldwerkError, match="veldwerk models add PATH") as err:
        resolve_model("large-v3")
    assert "never downloads" in str(err.value)


def test_model_folder_path_resolves_directly(base_model_dir, tmp_path):
    source = small_copy(base_model_dir, tmp_path / "m")
    assert resolve_model(str(source)) == source.resolve()


@pytest.mark.parametrize("files, reason", [
    ({"config.json": '{"architectures": ["WhisperForConditionalGeneration"]}', "pytorch_model.bin": "x"},
     "transformers checkpoint"),
    ({"config.json": "{}", "model.safetensors": "x", "tokenizer.json": "{}"}, "transformers checkpoint"),
    ({"ggml-base.bin": "x"}, "whisper.cpp"),
    ({"config.json": "{}", "tokenizer.json": "{}"}, "no model.bin"),
    ({"model.bin": "x", "tokenizer.json": "{}"}, "no config.json"),
    ({"model.bin": "x", "config.json": "{}"}, "neither tokenizer.json nor a vocabulary"),
    ({"model.bin": "garbage!", "config.json": "{}", "vocabulary.txt": "a"}, "not a CTranslate2 model file"),
    ({"model.bin": "x", "config.json": "{not json", "vocabulary.txt": "a"}, "not valid JSON"),
])
def test_rejects_what_is_not_a_ctranslate2_whisper_folder(empty_data_dir, tmp_path, files, reason):
    folder = tmp_path / "candidate"
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_text(content)
    with pytest.raises(VeldwerkError, match=reason):
        add_model(folder)
    assert [m.name for m in list_models()] == ["base"]


def test_rejects_other_ctranslate2_model(empty_data_dir, base_model_dir, tmp_path):
    folder = small_copy(base_model_dir, tmp_path / "translator")
    head = bytearray((folder / "model.bin").read_bytes())
    head[6:6 + 11] = b"OtherSpec00"
    (folder / "model.bin").write_bytes(bytes(head))
    with pytest.raises(VeldwerkError, match="not a Whisper model"):
        add_model(folder)


def test_rejects_file_and_missing_path(empty_data_dir, tmp_path):
    (tmp_path / "model.bin").write_bytes(b"x")
    with pytest.raises(VeldwerkError, match="is a file"):
        add_model(tmp_path / "model.bin")
    with pytest.raises(NotFound):
        add_model(tmp_path / "absent")


def test_bundled_model_is_used_when_frozen(empty_data_dir, base_model_dir, tmp_path, monkeypatch):
    bundle = tmp_path / "bundle"
    (bundle / "models").mkdir(parents=True)
    (bundle / "models" / "base").symlink_to(base_model_dir, target_is_directory=True)
    monkeypatch.setattr(models.sys, "_MEIPASS", str(bundle), raising=False)
    assert default_model_path() == bundle / "models" / "base"
    assert not (empty_data_dir / "models" / "base").exists()
