"""Where Veldwerk keeps its own files outside a study (model library, caches).

`VELDWERK_DATA_DIR` overrides the platform's user data directory, for tests and
portable installs. Nothing participant-related is ever written here.
"""
import os
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    """The user's Veldwerk data directory, created on first use."""
    override = os.environ.get("VELDWERK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir("Veldwerk", "Veldwerk"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def models_dir() -> Path:
    """The folder that holds the model library (one sub-folder per model)."""
    path = data_dir() / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Non-sensitive caches (for example deduce's lookup tables); `VELDWERK_CACHE_DIR` overrides it."""
    override = os.environ.get("VELDWERK_CACHE_DIR")
    path = Path(override) if override else data_dir() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path
