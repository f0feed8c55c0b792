"""Bundled resources: default codebook, roles, consent forms, icons and translations."""
import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, from a source tree, an install or a PyInstaller bundle."""
    base = Path(getattr(sys, "_MEIPASS", "")) / "resources" if hasattr(sys, "_MEIPASS") else Path(__file__).parent
    return base.joinpath(*parts)
