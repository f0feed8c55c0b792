"""Fixtures for the transcription tests: one model library per session, fixture audio in many formats."""
import os
from pathlib import Path

import av
import numpy as np
import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DUTCH_WAV = FIXTURES / "dutch_espeak.wav"
EXPECTED_WORDS = {"goedemiddag", "welkom", "ggd", "gezondheid", "jongeren"}


@pytest.fixture(scope="session")
def library_home(tmp_path_factory):
    """A data folder holding the assembled embedded model, shared by the session."""
    home = tmp_path_factory.mktemp("veldwerk-data")
    previous = os.environ.get("VELDWERK_DATA_DIR")
    os.environ["VELDWERK_DATA_DIR"] = str(home)
    from transcribe.models import default_model_path

    default_model_path()
    yield home
    if previous is None:
        os.environ.pop("VELDWERK_DATA_DIR", None)
    else:
        os.environ["VELDWERK_DATA_DIR"] = previous


@pytest.fixture(autouse=True)
def data_dir(library_home, monkeypatch):
    """Every test runs with VELDWERK_DATA_DIR at the session's library."""
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(library_home))
    return library_home


@pytest.fixture
def empty_data_dir(tmp_path, monkeypatch):
    """A fresh, empty data folder (the embedded model not yet assembled)."""
    home = tmp_path / "data"
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(home))
    return home


@pytest.fixture(scope="session")
def base_model_dir(library_home):
    return library_home / "models" / "base"


@pytest.fixture(scope="session")
def dutch_wav():
    return DUTCH_WAV


@pytest.fixture(scope="session")
def dutch_pcm():
    """The fixture as 16 kHz int16, as transcribe_file and the study job feed the engine."""
    from transcribe.decode import decode_pcm16

    return decode_pcm16(DUTCH_WAV)[0]


@pytest.fixture(scope="session")
def dutch_samples():
    from transcribe.decode import decode_float32

    return decode_float32(DUTCH_WAV)


def encode(samples: np.ndarray, path: Path, codec: str, rate: int = 44100, layout: str = "stereo",
           video: bool = False) -> Path:
    """Write 16 kHz mono float samples to `path` with `codec`, resampled to rate/layout."""
    with av.open(str(path), "w") as out:
        stream = out.add_stream(codec, rate=rate, layout=layout, options={"strict": "experimental"})
        if video:
            vstream = out.add_stream("mpeg4" if path.suffix == ".mp4" else "libvpx", rate=5)
            vstream.width, vstream.height, vstream.pix_fmt = 64, 48, "yuv420p"
            for i in range(3):
                frame = av.VideoFrame.from_ndarray(np.zeros((48, 64, 3), np.uint8), format="rgb24")
                frame.pts = i
                for packet in vstream.encode(frame):
                    out.mux(packet)
            for packet in vstream.encode(None):
                out.mux(packet)
        resampler = av.AudioResampler(format=stream.codec_context.format or "fltp", layout=layout, rate=rate)
        frame_size = stream.codec_context.frame_size or 1024
        fifo = av.AudioFifo()
        src = av.AudioFrame.from_ndarray(samples.reshape(1, -1).astype(np.float32), format="flt", layout="mono")
        src.sample_rate = 16000
        for converted in resampler.resample(src) + resampler.resample(None):
            converted.pts = None
            fifo.write(converted)
        while True:
            chunk = fifo.read(frame_size, partial=True)
            if chunk is None or chunk.samples == 0:
                break
            chunk.pts = None
            for packet in stream.encode(chunk):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path


@pytest.fixture(scope="session")
def encoded(tmp_path_factory, dutch_samples):
    """The Dutch fixture as stereo 44.1/48 kHz files in the formats researchers bring."""
    folder = tmp_path_factory.mktemp("formats")
    return {
        "flac": encode(dutch_samples, folder / "clip.flac", "flac", 44100),
        "mp3": encode(dutch_samples, folder / "clip.mp3", "libmp3lame", 44100),
        "m4a": encode(dutch_samples, folder / "clip.m4a", "aac", 48000),
        "ogg": encode(dutch_samples, folder / "clip.ogg", "vorbis", 44100),
        "opus": encode(dutch_samples, folder / "clip.opus", "libopus", 48000),
        "webm": encode(dutch_samples, folder / "clip.webm", "libopus", 48000, video=True),
        "mp4": encode(dutch_samples, folder / "clip.mp4", "aac", 44100, video=True),
    }


def normalised_words(text: str) -> set:
    import re

    return set(re.sub(r"[^\w\s]", " ", text.lower()).split())
