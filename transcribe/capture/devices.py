"""Audio input devices: listing them and resolving the one the researcher chose."""
from dataclasses import dataclass

from storage.errors import DeviceError
from storage.messages import technical


@dataclass(frozen=True)
class InputDevice:
    """One capture device as PortAudio reports it."""

    index: int
    name: str
    channels: int
    default_rate: float
    is_default: bool
    hostapi: str = ""

    def describe(self) -> str:
        """One line for listings: index, name, channels and rate."""
        star = "*" if self.is_default else " "
        return f"{star}{self.index:>3}  {self.name}  ({self.channels} ch, {self.default_rate:.0f} Hz)"


def portaudio():
    """The sounddevice module, or DeviceError when the PortAudio library is missing."""
    try:
        import sounddevice
    except OSError as exc:  # raised at import when libportaudio cannot be loaded
        raise DeviceError(key="device.no_portaudio", detail=technical(exc)) from exc
    return sounddevice


def _default_input_index(sd) -> int:
    try:
        index = sd.default.device[0]
    except Exception:
        index = -1
    if index is None or index < 0:
        try:
            index = sd.query_hostapis(sd.default.hostapi)["default_input_device"]
        except Exception:
            index = -1
    return index


def list_input_devices() -> list[InputDevice]:
    """Every device that can record, in PortAudio's order."""
    sd = portaudio()
    try:
        devices = sd.query_devices()
        hostapis = sd.query_hostapis()
    except sd.PortAudioError as exc:
        raise DeviceError(key="device.cannot_list", detail=technical(exc)) from exc
    default = _default_input_index(sd)
    found = []
    for info in devices:
        if info["max_input_channels"] <= 0:
            continue
        found.append(
            InputDevice(
                index=info["index"],
                name=info["name"],
                channels=info["max_input_channels"],
                default_rate=float(info["default_samplerate"]),
                is_default=info["index"] == default,
                hostapi=hostapis[info["hostapi"]]["name"],
            )
        )
    return found


def default_input_device() -> InputDevice:
    """The system's default microphone (or the first one), else DeviceError."""
    devices = list_input_devices()
    if not devices:
        raise DeviceError(key="device.none")
    return next((d for d in devices if d.is_default), devices[0])


def resolve_device(device: int | str | None = None) -> InputDevice:
    """The input device meant by an index, a name (exact or a unique part of it), or None for the default."""
    if device is None or (isinstance(device, str) and not device.strip()):
        return default_input_device()
    devices = list_input_devices()
    if not devices:
        raise DeviceError(key="device.none")
    if isinstance(device, str) and device.strip().lstrip("-").isdigit():
        device = int(device.strip())
    if isinstance(device, int):
        match = [d for d in devices if d.index == device]
    else:
        wanted = device.strip().casefold()
        match = [d for d in devices if d.name.casefold() == wanted]
        if not match:
            match = [d for d in devices if wanted in d.name.casefold()]
    if len(match) == 1:
        return match[0]
    if match:
        names = "; ".join(f"{d.index}: {d.name}" for d in match)
        raise DeviceError(key="device.ambiguous", device=device, names=names)
    valid = "; ".join(f"{d.index}: {d.name}" for d in devices)
    raise DeviceError(key="device.unknown", device=device, valid=valid)


def refresh_devices() -> list[InputDevice]:
    """Re-read the device list (PortAudio keeps a snapshot), e.g. after a USB mic is plugged in.

    Only call it while no stream is open: it restarts PortAudio.
    """
    sd = portaudio()
    sd._terminate()
    sd._initialize()
    return list_input_devices()
