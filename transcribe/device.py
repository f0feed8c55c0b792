"""Which device and compute type a transcription runs on: an NVIDIA GPU when CTranslate2 sees one
(float16), else the CPU (int8). Qt-free; the decision is a pure function so it is tested without a GPU.

    choice = choose_device("auto")          # DeviceChoice(device, compute_type, note)
    whisper = load_for_job(model, choice, threads)

Verify the GPU path on a machine with an NVIDIA card (docs/transcription.md):
    python -c "import ctranslate2; print(ctranslate2.get_cuda_device_count())"
    veldwerk transcribe clip.wav --device cuda
"""
import threading
from dataclasses import dataclass
from typing import Iterable, Optional

from storage.errors import VeldwerkError
from storage.messages import technical

AUTO, CPU, CUDA = "auto", "cpu", "cuda"
DEVICES = (AUTO, CPU, CUDA)
CPU_COMPUTE = "int8"
# float16 first; int8_float16 for cards without fast float16 (CTranslate2 lists what a card supports)
GPU_COMPUTE_PREFERENCE = ("float16", "int8_float16", "int8")


@dataclass(frozen=True)
class DeviceChoice:
    device: str          # "cpu" or "cuda"
    compute_type: str    # "int8", "float16", ...
    note: str = ""       # why, when it is not what was asked or not the GPU

    @property
    def label(self) -> str:
        return f"{'NVIDIA GPU' if self.device == CUDA else 'CPU'} ({self.compute_type})"


NO_GPU_NOTE = "No NVIDIA GPU seen by CTranslate2: transcribing on the CPU (int8)."
CPU_ASKED_NOTE = "CPU chosen: transcribing on the CPU (int8)."


def cuda_device_count() -> int:
    """GPUs CTranslate2 can use (0 when its CUDA runtime or driver is missing)."""
    try:
        import ctranslate2

        return int(ctranslate2.get_cuda_device_count())
    except Exception:  # noqa: BLE001 - a broken CUDA install means: no GPU
        return 0


def cuda_compute_types() -> set:
    try:
        import ctranslate2

        return set(ctranslate2.get_supported_compute_types(CUDA))
    except Exception:  # noqa: BLE001
        return set()


def check_device(requested: Optional[str]) -> str:
    value = (requested or AUTO).strip().lower()
    if value not in DEVICES:
        raise VeldwerkError(key="engine.device", requested=requested)
    return value


def choose_device(requested: Optional[str] = AUTO, cuda_devices: Optional[int] = None,
                  gpu_types: Optional[Iterable[str]] = None) -> DeviceChoice:
    """The device for a job. cuda_devices / gpu_types: what CTranslate2 reports (asked when None).

    auto: the GPU when there is one, else the CPU with a note. cuda without a GPU falls back to the
    CPU with a note (a job is never refused for it). cpu: the CPU, int8."""
    requested = check_device(requested)
    if requested == CPU:
        return DeviceChoice(CPU, CPU_COMPUTE, CPU_ASKED_NOTE)
    count = cuda_device_count() if cuda_devices is None else int(cuda_devices)
    if count <= 0:
        return DeviceChoice(CPU, CPU_COMPUTE, NO_GPU_NOTE)
    types = set(cuda_compute_types() if gpu_types is None else gpu_types)
    compute = next((t for t in GPU_COMPUTE_PREFERENCE if t in types), None)
    if compute is None:
        return DeviceChoice(CPU, CPU_COMPUTE, "The NVIDIA GPU supports none of float16, int8_float16, int8: "
                                              "transcribing on the CPU (int8).")
    note = "" if compute == "float16" else f"This GPU has no fast float16; using {compute}."
    return DeviceChoice(CUDA, compute, note)


_gpu_models: dict = {}
_gpu_lock = threading.Lock()


def load_for_job(model, choice: DeviceChoice, threads: Optional[int] = None):
    """A loaded WhisperModel on the chosen device (CPU: the engine's cached per-core workers)."""
    from transcribe.engine import load_model

    if choice.device == CPU:
        return load_model(model, compute_type=choice.compute_type, threads=threads)
    from faster_whisper import WhisperModel

    from transcribe import offline  # noqa: F401 - offline switches before faster_whisper
    from transcribe.models import resolve_model

    path = resolve_model(model)
    key = (str(path), choice.compute_type)
    with _gpu_lock:
        if key not in _gpu_models:
            try:
                _gpu_models[key] = WhisperModel(str(path), device=CUDA, compute_type=choice.compute_type,
                                                local_files_only=True)
            except (RuntimeError, ValueError, OSError) as e:
                raise VeldwerkError(key="engine.gpu_load", path=path, detail=technical(e)) from None
        return _gpu_models[key]
