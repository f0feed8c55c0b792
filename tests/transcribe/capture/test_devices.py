"""Listing and choosing input devices, against the real PulseAudio device."""
import pytest

from storage.errors import DeviceError
from tests import pulse
from tests.audio_fixtures import pulse_sink  # noqa: F401  (fixture)
from transcribe.capture import devices
from transcribe.capture.devices import default_input_device, list_input_devices, resolve_device

pytestmark = pytest.mark.audio


def test_lists_the_pulse_device(pulse_sink):  # noqa: F811
    found = list_input_devices()
    names = [d.name for d in found]
    assert pulse.CAPTURE_DEVICE in names
    assert all(d.channels > 0 and d.default_rate > 0 for d in found)
    assert sum(d.is_default for d in found) <= 1
    assert default_input_device() in found


def test_resolves_by_name_index_and_number_text(pulse_sink):  # noqa: F811
    dev = resolve_device(pulse.CAPTURE_DEVICE)
    assert dev.name == pulse.CAPTURE_DEVICE
    assert resolve_device(dev.index) == dev
    assert resolve_device(str(dev.index)) == dev
    assert resolve_device(pulse.CAPTURE_DEVICE.upper()) == dev
    assert resolve_device(None) == default_input_device()
    assert pulse.CAPTURE_DEVICE in dev.describe()


def test_unknown_device_lists_the_valid_ones(pulse_sink):  # noqa: F811
    with pytest.raises(DeviceError) as err:
        resolve_device("Rode NT-USB")
    assert "Rode NT-USB" in str(err.value)
    assert pulse.CAPTURE_DEVICE in str(err.value)
    with pytest.raises(DeviceError, match="unknown microphone '999'"):
        resolve_device(999)


def test_no_input_device_at_all(monkeypatch):
    monkeypatch.setattr(devices, "list_input_devices", lambda: [])
    with pytest.raises(DeviceError, match="no microphone found"):
        resolve_device(None)
    with pytest.raises(DeviceError, match="no microphone found"):
        resolve_device("pulse")


def test_refresh_sees_the_same_devices(pulse_sink):  # noqa: F811
    from transcribe.capture.devices import refresh_devices

    assert [d.name for d in refresh_devices()] == [d.name for d in list_input_devices()]
