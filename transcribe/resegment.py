"""Resegmentation: frame-level speaker labels refined with one voice model per speaker.

The clustering labels 2 s windows every 1 s, so a turn change is placed up to half a second off
and a window that straddles two voices can take the wrong one. Here every speaker gets a voice
model (the recording's universal background model with its means MAP-adapted to the frames that
speaker's windows gave), every frame is scored against each model, and a Viterbi pass with a
fixed cost per change of speaker picks the labels frame by frame (10 ms). Twice: the second pass
adapts the models to the first pass's labels. It never removes a speaker the clustering found: when
a speaker would lose all their frames (a cost too high for short turns), the labels stay as they were. numpy only; settings chosen on the tune part of
bench/diarization_bench.py (docs/transcription.md).
"""
import numpy as np

SWITCH_COST = 160.0  # log-likelihood (nats) a change of speaker must win by (docs/transcription.md: higher merges short turns)
ITERATIONS = 2
RELEVANCE = 16.0  # MAP relevance factor (as for the windows' supervectors)
_CHUNK = 20000  # frames scored at once: two hours never need (frames x components) arrays in memory


def _component_logliks(feats: np.ndarray, weights, means, covariances) -> np.ndarray:
    """(frames, components): log w_k + log N(x; mu_k, diag sigma_k) for a diagonal GMM."""
    prec = 1.0 / covariances
    const = np.log(weights) - 0.5 * (np.log(2 * np.pi * covariances).sum(axis=1) + (means * means * prec).sum(axis=1))
    return const[None, :] - 0.5 * ((feats * feats) @ prec.T) + feats @ (means * prec).T


def _logsumexp(x: np.ndarray) -> np.ndarray:
    top = x.max(axis=1, keepdims=True)
    return (top + np.log(np.exp(x - top).sum(axis=1, keepdims=True)))[:, 0]


def _posteriors(x: np.ndarray, ubm) -> np.ndarray:
    base = _component_logliks(x, ubm.weights_, ubm.means_, ubm.covariances_)
    return np.exp(base - _logsumexp(base)[:, None])


def _speaker_means(x: np.ndarray, labels: np.ndarray, ubm, count: int) -> list:
    """Per speaker: the UBM's means MAP-adapted to that speaker's frames (None: no frames)."""
    k, d = ubm.means_.shape
    n, first = np.zeros((count, k)), np.zeros((count, k, d))
    for a in range(0, len(x), _CHUNK):
        xs, ls = x[a: a + _CHUNK], labels[a: a + _CHUNK]
        post = _posteriors(xs, ubm)
        for s in range(count):
            mine = ls == s
            n[s] += post[mine].sum(axis=0)
            first[s] += post[mine].T @ xs[mine]
    return [None if n[s].sum() == 0 else (first[s] + RELEVANCE * ubm.means_) / (n[s][:, None] + RELEVANCE)
            for s in range(count)]


def viterbi(scores: np.ndarray, switch_cost: float) -> np.ndarray:
    """The best state per row of `scores` (rows: frames, columns: states, log-likelihoods) when
    every change of state costs `switch_cost`."""
    n, k = scores.shape
    back = np.zeros((n, k), np.int32)
    total = scores[0].copy()
    for t in range(1, n):
        best = int(np.argmax(total))
        stay = total
        move = total[best] - switch_cost
        back[t] = np.where(stay >= move, np.arange(k), best)
        total = np.maximum(stay, move) + scores[t]
    path = np.empty(n, np.int32)
    path[-1] = int(np.argmax(total))
    for t in range(n - 1, 0, -1):
        path[t - 1] = back[t, path[t]]
    return path


def resegment(feats: np.ndarray, frames: np.ndarray, labels: np.ndarray, ubm, count: int,
              switch_cost: float = SWITCH_COST, iterations: int = ITERATIONS) -> np.ndarray:
    """New labels (0..count-1) for the feature frames `frames` (indices, ascending), starting from
    `labels` (one per frame). `ubm`: a fitted diagonal scikit-learn GaussianMixture."""
    if count < 2 or len(frames) == 0:
        return labels
    start = labels
    x = feats[frames]
    for _ in range(iterations):
        models = _speaker_means(x, labels, ubm, count)
        scores = np.full((len(x), count), -np.inf)
        for s, means in enumerate(models):
            if means is None:
                continue
            for a in range(0, len(x), _CHUNK):
                scores[a: a + _CHUNK, s] = _logsumexp(_component_logliks(x[a: a + _CHUNK], ubm.weights_, means, ubm.covariances_))
        labels = viterbi(scores, switch_cost)
    if set(np.unique(labels)) != set(np.unique(start[start >= 0])):
        return start  # a speaker vanished: keep the clustering's labels
    return labels
