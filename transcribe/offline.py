"""Switches that keep native and Python libraries from ever reaching the network.

Call `enforce_offline()` before faster_whisper, huggingface_hub or onnxruntime is imported:
they read these variables when their modules load (onnxruntime when it initialises, which
faster-whisper's voice activity detector does on first use). Without ORT_DISABLE_TELEMETRY,
onnxruntime's built-in 1DS telemetry client writes a device id under
~/.cache/Microsoft/DeveloperTools/ and, about 10 s after the VAD model loads, starts DNS
look-ups for Microsoft's telemetry host (seen with strace; docs/privacy.md). Veldwerk never downloads a
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
    # onnxruntime's native 1DS telemetry: no uploader, no events, no persistent device id.
    "ORT_DISABLE_TELEMETRY": "1",
}


def enforce_offline() -> None:
    """Set the offline and no-telemetry switches for this process (and the processes it starts)."""
    for key, value in OFFLINE_ENV.items():
        os.environ[key] = value


enforce_offline()
