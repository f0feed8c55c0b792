"""Switches that keep Hugging Face libraries from ever reaching the network.

Call `enforce_offline()` before faster_whisper or huggingface_hub is imported:
they read these variables when their modules load. Veldwerk never downloads a
model; models come from the embedded package or from `veldwerk models add`.
"""
import os

OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "DO_NOT_TRACK": "1",
}


def enforce_offline() -> None:
    """Set the Hugging Face offline and no-telemetry switches for this process."""
    for key, value in OFFLINE_ENV.items():
        os.environ[key] = value


enforce_offline()
