"""Device and model choice: GPU when CTranslate2 sees one (float16), else CPU int8 with a note;
the expected speed per model measured once and stored. No GPU here: the decision is tested with
what CTranslate2 would report as input, and the CPU path for real."""
import json

import pytest

from storage.errors import VeldwerkError
from transcribe.device import (
    CPU_ASKED_NOTE,
    NO_GPU_NOTE,
    DeviceChoice,
    check_device,
    choose_device,
    cuda_device_count,
    load_for_job,
)


def test_a_gpu_seen_by_ctranslate2_is_used_in_float16():
    choice = choose_device("auto", cuda_devices=1, gpu_types={"float32", "float16", "int8_float16", "int8"})
    assert choice == DeviceChoice("cuda", "float16", "")
    assert choose_device("cuda", cuda_devices=2, gpu_types={"float16"}).device == "cuda"


def test_without_a_gpu_the_cpu_runs_int8_with_a_clear_note():
    for requested in ("auto", "cuda", None, " CUDA "):
        choice = choose_device(requested, cuda_devices=0)
        assert (choice.device, choice.compute_type, choice.note) == ("cpu", "int8", NO_GPU_NOTE)
    assert "No NVIDIA GPU" in NO_GPU_NOTE and "CPU (int8)" in NO_GPU_NOTE


def test_cpu_can_be_chosen_even_with_a_gpu_and_old_gpus_fall_back():
    assert choose_device("cpu", cuda_devices=1, gpu_types={"float16"}) == DeviceChoice("cpu", "int8", CPU_ASKED_NOTE)
    older = choose_device("auto", cuda_devices=1, gpu_types={"float32", "int8_float16", "int8"})
    assert (older.device, older.compute_type) == ("cuda", "int8_float16") and "float16" in older.note
    none = choose_device("auto", cuda_devices=1, gpu_types={"float32"})
    assert (none.device, none.compute_type) == ("cpu", "int8")


def test_a_bad_device_is_refused_in_one_line():
    for bad in ("gpu", "tpu", "2"):
        with pytest.raises(VeldwerkError, match="auto, cpu or cuda"):
            check_device(bad)
        with pytest.raises(VeldwerkError):
            choose_device(bad, cuda_devices=1)


def test_this_machine_is_decided_from_ctranslate2_itself():
    count = cuda_device_count()
    assert count >= 0
    choice = choose_device()
    assert choice.device == ("cuda" if count else "cpu")
    if not count:
        assert choice.note == NO_GPU_NOTE
        assert load_for_job(None, choice) is not None   # the engine's CPU model


def test_speed_is_measured_once_and_stored(data_dir):
    from transcribe.speed import expected_seconds, expected_speed, measure_speed, speed_path, stored_speeds

    cpu = choose_device("cpu")
    entry = measure_speed("base", cpu)
    assert entry["model"] == "base" and entry["device"] == "cpu" and entry["compute_type"] == "int8"
    assert 10 < entry["audio_s"] < 20 and entry["x_realtime"] > 0
    assert expected_speed("base", cpu) == entry
    assert json.loads(speed_path().read_text())["base|cpu|int8"] == entry == stored_speeds()["base|cpu|int8"]
    assert expected_seconds(entry, 3600) == pytest.approx(3600 / entry["x_realtime"])
    assert expected_seconds(None, 3600) is None
    assert expected_speed("large-v3", cpu) is None


def test_an_unreadable_speed_file_counts_as_not_measured(data_dir):
    from transcribe.speed import expected_speed, speed_path, stored_speeds

    speed_path().write_text("{kapot")
    assert stored_speeds() == {} and expected_speed("base", choose_device("cpu")) is None
