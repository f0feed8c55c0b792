"""Who spoke when: speaker diarization on the device, with nothing downloaded.

Method (measured in bench/diarization_bench.py, described in docs/transcription.md):
windows of 2 s every 1 s over the speech frames; a universal background model (a
diagonal GMM) is fitted on the recording itself and MAP-adapted to every window; the
adapted means form a supervector per window; cosine affinities between the windows are
pruned and clustered spectrally (a long recording: an evenly spread subset of 3,000 windows,
the other windows take the nearest cluster's label). The number of speakers comes from the caller or from
the eigengap, with the expected count (interviewer + participants) as a strong hint
(and, when two or more are expected, never fewer than two).
Short runs between two stretches of the same speaker (backchannels) take that speaker.
The window labels are then refined frame by frame with a voice model per speaker
(transcribe/resegment.py), which mostly moves turn changes to where the voice changes.
Where turns start and end comes from the Silero VAD shipped in faster-whisper
(transcribe/speech_activity.py), not from the energy mask the voice models use.
"""
import warnings
from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np

from storage.errors import VeldwerkError
from storage.segments import Segment
from transcribe.resegment import resegment
from transcribe.speech_activity import QUIET_END_DB, speech_activity, trim_quiet_ends
from transcribe.voice_features import FRAME_STEP, mfcc_frames, speech_mask

WINDOW_S = 2.0  # 1.5 s windows with 0.75 s hop and 32 components: 10.4 % confusion vs 5.4 % (tune part, same-voice pairs)
HOP_S = 1.0
MAX_SPEAKERS = 8
UBM_COMPONENTS = 64
RELEVANCE = 16.0  # MAP relevance factor
TURN_JOIN_S = 0.3  # a speaker's turn runs on over a pause up to this long
BACKCHANNEL_S = 1.0  # a stretch this short between two turns of one speaker joins them
LABEL_PREFIX = "S"
INTERVIEWER = "Interviewer"
_MAX_UBM_FRAMES = 40000
_MIN_SPEECH_SHARE = 0.3  # a window needs this share of speech frames to be labelled
MAX_CLUSTERED_WINDOWS = 3000  # more (over about 50 minutes of speech): an evenly spread subset is clustered and
# the other windows take the nearest cluster's label; the affinity matrix and its eigenvalues grow with the square
# of the windows (two hours, about 7,200 windows: 2.7 GB peak, 121 CPU s; with the subset and chunked features
# 904 MB, 48 CPU s and the same share of clips labelled right; docs/benchmarks.md)


class DiarizationError(VeldwerkError):
    """The recording cannot be diarized as asked (too little speech, a bad speaker count)."""


@dataclass(frozen=True)
class Turn:
    """A stretch of one speaker's speech (seconds)."""

    start: float
    end: float
    speaker: str


def label(index: int) -> str:
    """The label of the index-th speaker (0-based), in order of first speech: S1, S2, ..."""
    return f"{LABEL_PREFIX}{index + 1}"


def _windows(mask: np.ndarray) -> list[tuple[int, int]]:
    width, hop = round(WINDOW_S / FRAME_STEP), round(HOP_S / FRAME_STEP)
    out = []
    for a in range(0, max(1, len(mask) - width // 2), hop):
        b = min(len(mask), a + width)
        if mask[a:b].sum() >= _MIN_SPEECH_SHARE * width:
            out.append((a, b))
    return out


def _supervectors(feats: np.ndarray, mask: np.ndarray, windows, seed: int):
    """(supervector per window, the fitted UBM)."""
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.mixture import GaussianMixture

    speech = feats[mask]
    rng = np.random.default_rng(seed)
    fit_on = speech if len(speech) <= _MAX_UBM_FRAMES else speech[rng.choice(len(speech), _MAX_UBM_FRAMES, replace=False)]
    k = int(min(UBM_COMPONENTS, max(2, len(fit_on) // 200)))
    with warnings.catch_warnings():  # a UBM that has not fully converged serves as well
        warnings.simplefilter("ignore", ConvergenceWarning)
        ubm = GaussianMixture(k, covariance_type="diag", max_iter=30, reg_covar=1e-3, random_state=seed).fit(fit_on)
    scale = np.sqrt(ubm.weights_)[:, None] / np.sqrt(ubm.covariances_)
    out = np.empty((len(windows), k * feats.shape[1]), np.float32)
    for i, (a, b) in enumerate(windows):
        x = feats[a:b][mask[a:b]]
        post = ubm.predict_proba(x)
        n = post.sum(axis=0)[:, None]
        first = post.T @ x
        adapted = (first + RELEVANCE * ubm.means_) / (n + RELEVANCE)
        out[i] = ((adapted - ubm.means_) * scale).ravel()
    return out, ubm


def _unit(vectors: np.ndarray, centre: np.ndarray) -> np.ndarray:
    v = vectors - centre
    return v / (np.linalg.norm(v, axis=1, keepdims=True) + 1e-9)


def _spread(n: int, most: int) -> np.ndarray:
    """Indices of at most `most` of n windows, evenly spread over the recording (all of them when n <= most)."""
    return np.arange(n) if n <= most else np.unique(np.linspace(0, n - 1, most).round().astype(int))


def _label_the_rest(vectors: np.ndarray, picked: np.ndarray, picked_labels: np.ndarray, count: int) -> np.ndarray:
    """Labels for all windows: the clustered ones keep theirs, the others take the cluster whose mean
    direction (cosine, as the affinities) is nearest."""
    centre = vectors[picked].mean(axis=0)
    unit_picked = _unit(vectors[picked], centre)
    means = np.stack([unit_picked[picked_labels == k].sum(axis=0) for k in range(count)])  # spectral clustering
    # gives every cluster members; an empty one would be a zero row, picked only by windows unlike every cluster
    means /= np.linalg.norm(means, axis=1, keepdims=True) + 1e-9
    labels = np.empty(len(vectors), picked_labels.dtype)
    for a in range(0, len(vectors), 1000):
        labels[a:a + 1000] = np.argmax(_unit(vectors[a:a + 1000], centre) @ means.T, axis=1)
    labels[picked] = picked_labels
    return labels


def _affinity(vectors: np.ndarray) -> np.ndarray:
    v = _unit(vectors, vectors.mean(axis=0))
    sim = v @ v.T
    n = len(sim)
    keep = max(2, int(round(0.2 * n)))  # p-pruning: each window keeps its closest 20 %
    pruned = np.zeros_like(sim)
    idx = np.argsort(-sim, axis=1)[:, :keep]
    rows = np.arange(n)[:, None]
    pruned[rows, idx] = np.clip(sim[rows, idx], 0.0, None)
    return 0.5 * (pruned + pruned.T)


def _estimate_count(affinity: np.ndarray, expected: Optional[int]) -> int:
    from scipy.sparse.csgraph import laplacian

    top = min(MAX_SPEAKERS, len(affinity) - 1)
    lap = laplacian(affinity, normed=True)
    eig = np.sort(np.linalg.eigvalsh(lap))[: top + 1]
    gaps = np.diff(eig)  # gaps[k-1]: between the k-th and (k+1)-th eigenvalue
    scores = gaps[:top].copy()
    if expected and 1 <= expected <= top:
        scores[expected - 1] *= 3.0  # the expected count is a strong hint
    if expected and expected >= 2:
        scores[0] = -1.0  # two or more people were there: one voice only when the caller says so (speakers=1)
    return int(np.argmax(scores)) + 1


def _smooth(labels: np.ndarray, hop_count: int) -> np.ndarray:
    """Runs shorter than hop_count windows between two runs of one speaker take that speaker."""
    labels = labels.copy()
    runs = []
    for i, lab in enumerate(labels):
        if runs and runs[-1][2] == lab:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1, lab])
    for j in range(1, len(runs) - 1):
        a, b, _ = runs[j]
        if b - a < hop_count and runs[j - 1][2] == runs[j + 1][2]:
            labels[a:b] = runs[j - 1][2]
    return labels


@dataclass
class _Analysis:
    """What the clustering found: the windows (frame ranges) and a speaker index per window, the
    energy mask and normalised features the voice models were built on, the UBM (None when no
    clustering ran) and the speaker count."""

    windows: list
    labels: np.ndarray
    mask: np.ndarray
    feats: Optional[np.ndarray] = None
    ubm: object = None
    count: int = 1
    energy: Optional[np.ndarray] = None  # log energy per frame


def diarize(audio: np.ndarray, speakers: Optional[int] = None, expected: Optional[int] = None,
            seed: int = 0, on_step: Optional[Callable[[float], None]] = None,
            resegmentation: bool = True) -> list[Turn]:
    """Turns (start, end, "S1"/"S2"/...) over the speech in 16 kHz mono audio.

    speakers: the exact count, or None to estimate it (expected: the likely count, a hint).
    on_step(fraction) after the features and after the supervectors (it may raise to stop).
    resegmentation: refine the labels frame by frame with a voice model per speaker
    (transcribe/resegment.py); off only to measure what it brings.
    """
    found = _analyse(audio, speakers, expected, seed, on_step)
    if not found.windows:
        return []
    speech = trim_quiet_ends(speech_activity(audio, len(found.mask)), found.energy, QUIET_END_DB)
    return _turns_from_frames(frame_labels(found, resegmentation), speech)


def frame_labels(found: _Analysis, resegmentation: bool = True) -> np.ndarray:
    """A speaker index per 10 ms frame (-1: no label): the nearest window's, then, with
    resegmentation, refined over the voiced frames by transcribe.resegment."""
    labels = _nearest_window_labels(found.windows, found.labels, len(found.mask))
    if resegmentation and found.ubm is not None and found.count >= 2:
        voiced = np.flatnonzero(found.mask)
        labels[voiced] = resegment(found.feats, voiced, labels[voiced], found.ubm, found.count)
    return labels


def speaker_windows(audio: np.ndarray, speakers: Optional[int] = None, expected: Optional[int] = None,
                    seed: int = 0, on_step: Optional[Callable[[float], None]] = None):
    """(windows, labels, mask): the analysis windows (frame ranges), a speaker index per window,
    and the energy mask of the frames the voice models were built on (not the turns' extent)."""
    found = _analyse(audio, speakers, expected, seed, on_step)
    return found.windows, found.labels, found.mask


def _analyse(audio: np.ndarray, speakers: Optional[int], expected: Optional[int], seed: int,
             on_step: Optional[Callable[[float], None]]) -> _Analysis:
    step = on_step or (lambda fraction: None)
    if speakers is not None and not 1 <= speakers <= MAX_SPEAKERS:
        raise DiarizationError(key="speakers.count", max=MAX_SPEAKERS, speakers=speakers)
    feats, energy = mfcc_frames(audio)
    step(0.2)
    mask = speech_mask(energy)
    if mask.sum() < round(WINDOW_S / FRAME_STEP):
        return _Analysis([], np.zeros(0, int), mask, energy=energy)
    feats = (feats - feats[mask].mean(axis=0)) / (feats[mask].std(axis=0) + 1e-6)
    windows = _windows(mask)
    if len(windows) < 3 or speakers == 1:
        return _Analysis(windows, np.zeros(len(windows), int), mask, feats, energy=energy)
    from sklearn.cluster import SpectralClustering

    vectors, ubm = _supervectors(feats, mask, windows, seed)
    picked = _spread(len(vectors), MAX_CLUSTERED_WINDOWS)
    aff = _affinity(vectors[picked])
    step(0.9)
    count = speakers or _estimate_count(aff, expected)
    count = min(count, len(picked) - 1)
    if count <= 1:
        return _Analysis(windows, np.zeros(len(windows), int), mask, feats, energy=energy)
    labels = SpectralClustering(count, affinity="precomputed", random_state=seed,
                                assign_labels="cluster_qr").fit_predict(aff)
    if len(picked) < len(vectors):
        labels = _label_the_rest(vectors, picked, labels, count)
    labels = _smooth(labels, round(BACKCHANNEL_S / HOP_S) + 1)
    return _Analysis(windows, labels, mask, feats, ubm, count, energy)


def _nearest_window_labels(windows, labels, frames: int) -> np.ndarray:
    """Each frame takes the label of the nearest window centre; -1 further than a window from any."""
    out = np.full(frames, -1, int)
    if not windows:
        return out
    centres = np.array([(a + b) / 2 for a, b in windows])
    idx = np.arange(frames)
    nearest = np.clip(np.searchsorted(centres, idx), 0, len(centres) - 1)
    left = np.clip(nearest - 1, 0, len(centres) - 1)
    pick = np.where(np.abs(centres[left] - idx) < np.abs(centres[nearest] - idx), left, nearest)
    near = np.abs(centres[pick] - idx) <= round(WINDOW_S / FRAME_STEP)
    out[near] = np.asarray(labels)[pick[near]]
    return out


def _turns(windows, labels, speech: np.ndarray, join_s: float = TURN_JOIN_S) -> list[Turn]:
    """Turns over the `speech` frames: each frame takes the label of the nearest window centre."""
    return _turns_from_frames(_nearest_window_labels(windows, labels, len(speech)), speech, join_s)


def _turns_from_frames(per_frame: np.ndarray, speech: np.ndarray, join_s: float = TURN_JOIN_S) -> list[Turn]:
    """Turns over the `speech` frames that have a label (labels named in order of first speech);
    a speaker's turn runs on over pauses up to join_s."""
    frames = np.flatnonzero(speech[: len(per_frame)] & (per_frame[: len(speech)] >= 0))
    if not len(frames):
        return []
    frame_labels = per_frame[frames]
    order: dict = {}
    for lab in frame_labels:
        order.setdefault(int(lab), len(order))
    # runs of one label over consecutive frames, then joined over short pauses
    cut = np.flatnonzero((np.diff(frames) > 1) | (np.diff(frame_labels) != 0)) + 1
    starts, ends = np.r_[0, cut], np.r_[cut, len(frames)]
    gap = round(join_s / FRAME_STEP)
    turns: list[Turn] = []
    for a, b in zip(starts, ends):
        name = label(order[int(frame_labels[a])])
        t0, t1 = frames[a] * FRAME_STEP, (frames[b - 1] + 1) * FRAME_STEP
        if turns and turns[-1].speaker == name and t0 - turns[-1].end <= gap * FRAME_STEP + 1e-9:
            turns[-1] = Turn(turns[-1].start, t1, name)
        else:
            turns.append(Turn(t0, t1, name))
    return turns


def _overlaps(spans, turns: list[Turn]) -> dict:
    got: dict = {}
    for s0, s1 in spans:
        for t in turns:
            if t.end <= s0:
                continue
            if t.start >= s1:
                break
            got[t.speaker] = got.get(t.speaker, 0.0) + min(s1, t.end) - max(s0, t.start)
    return got


def assign_speakers(segments: list[Segment], turns: list[Turn]) -> list[str]:
    """The speaker label of every transcript segment: the one with most overlap with its words
    (or its span when it has no words); "" where no turn overlaps. Short segments (backchannels
    such as "ja", "hm") between two segments of one speaker take that speaker."""
    turns = sorted(turns, key=lambda t: t.start)
    labels = []
    for seg in segments:
        words = seg.words or []
        spans = [(float(w[0]), float(w[1])) for w in words] if words else [(float(seg.start), float(seg.end))]
        got = _overlaps(spans, turns) or _overlaps([(float(seg.start), float(seg.end))], turns)
        labels.append(max(got, key=got.get) if got else "")
    for i in range(1, len(segments) - 1):
        short = float(segments[i].end) - float(segments[i].start) <= BACKCHANNEL_S
        if short and labels[i - 1] and labels[i - 1] == labels[i + 1]:
            labels[i] = labels[i - 1]
    return labels


def propose_names(labels: list[str], segments: list[Segment], participant: Optional[str]) -> dict:
    """Display names for the labels: with exactly two speakers and a known participant code, the
    one who speaks longer is guessed to be the participant and the other "Interviewer" (a guess
    the researcher checks); otherwise every label keeps its own name."""
    talk: dict = {}
    for lab, seg in zip(labels, segments):
        if lab:
            talk[lab] = talk.get(lab, 0.0) + float(seg.end) - float(seg.start)
    names = {lab: lab for lab in sorted(talk)}
    if participant and len(talk) == 2:
        most = max(talk, key=talk.get)
        names = {lab: (participant if lab == most else INTERVIEWER) for lab in talk}
    return names
