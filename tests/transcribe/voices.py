"""A two-voice Dutch conversation made with espeak-ng (a low and a high voice), with its reference."""
import subprocess
import wave

import numpy as np

from transcribe.decode import SAMPLE_RATE

LINES = [
    ("a", "Goedemiddag, fijn dat u tijd heeft voor dit gesprek over uw werk bij de gemeente."),
    ("b", "Ja, graag gedaan. Ik werk nu ongeveer acht jaar bij de afdeling jeugdzorg in het centrum."),
    ("a", "Kunt u vertellen hoe een gewone werkdag er voor u uitziet, van de ochtend tot de avond?"),
    ("b", "Meestal begin ik met overleg met collega's en daarna bezoek ik gezinnen in de wijk."),
    ("a", "Wat vindt u het moeilijkste aan dat werk, als u er eerlijk over nadenkt?"),
    ("b", "Het moeilijkste is dat je soms weinig tijd hebt voor de mensen die het echt nodig hebben."),
    ("a", "En wat zou er volgens u moeten veranderen om dat beter te maken in de toekomst?"),
    ("b", "Minder papierwerk en meer vaste medewerkers, dan kunnen we gezinnen langer begeleiden."),
]
VOICES = {"a": ["-v", "nl+m3", "-p", "30"], "b": ["-v", "nl+f2", "-p", "70"]}


def _say(text: str, voice: list, path) -> np.ndarray:
    subprocess.run(["espeak-ng", *voice, "-s", "150", "-w", str(path), text], check=True, capture_output=True)
    with wave.open(str(path)) as w:
        rate, raw = w.getframerate(), w.readframes(w.getnframes())
    x = np.frombuffer(raw, np.int16).astype(np.float32) / 32768
    t = np.arange(0, len(x) * SAMPLE_RATE // rate) / SAMPLE_RATE
    return np.interp(t, np.arange(len(x)) / rate, x).astype(np.float32)


def two_voice_audio(tmp) -> tuple[np.ndarray, list]:
    """(16 kHz float audio, reference spans [(start, end, voice)]) of the eight lines, 0.6 s apart."""
    pieces, ref, t = [], [], 0.0
    rng = np.random.default_rng(1)
    for i, (voice, text) in enumerate(LINES):
        x = _say(text, VOICES[voice], tmp / f"{i}.wav")
        x = x + rng.normal(0, 0.002, len(x)).astype(np.float32)  # a little room noise
        pieces += [x, rng.normal(0, 0.002, int(0.6 * SAMPLE_RATE)).astype(np.float32)]
        ref.append((t, t + len(x) / SAMPLE_RATE, voice))
        t += len(x) / SAMPLE_RATE + 0.6
    return np.concatenate(pieces), ref


def write_wav(path, audio: np.ndarray) -> None:
    """16 kHz mono PCM16."""
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes((np.clip(audio, -1, 1) * 32767).astype(np.int16).tobytes())
