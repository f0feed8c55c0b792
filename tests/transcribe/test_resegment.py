"""Resegmentation moves turn changes to where the voices change, frame by frame."""
import numpy as np
from sklearn.mixture import GaussianMixture

from transcribe.resegment import resegment, viterbi


def _two_voices(rng, lengths=(300, 250, 400)):
    """Features of voices A, B, A in turn (4 dimensions, the voices' means 1.5 apart), and the truth."""
    truth = np.concatenate([np.full(n, i % 2) for i, n in enumerate(lengths)])
    centre = np.array([[-0.75, 0.4, 0.0, -0.3], [0.75, -0.4, 0.5, 0.3]])
    feats = centre[truth] + rng.normal(0, 1.0, (len(truth), 4))
    return feats.astype(np.float32), truth


def test_turn_changes_move_to_where_the_voice_changes():
    rng = np.random.default_rng(5)
    feats, truth = _two_voices(rng)
    ubm = GaussianMixture(8, covariance_type="diag", random_state=0).fit(feats)
    late = np.roll(truth, 60)  # the windows' labels: every change 0.6 s late
    late[:60] = truth[0]
    frames = np.arange(len(truth))
    got = resegment(feats, frames, late, ubm, 2, switch_cost=20.0)
    assert np.mean(late == truth) < 0.88  # 120 of 950 frames wrong
    assert np.mean(got == truth) >= 0.97
    changes = np.flatnonzero(np.diff(got))
    assert len(changes) == 2 and np.all(np.abs(changes - np.array([299, 549])) <= 15)
    # a cost no turn can pay would leave one speaker: the clustering's labels stay instead
    assert np.array_equal(resegment(feats, frames, late, ubm, 2, switch_cost=1e6), late)


def test_viterbi_pays_for_every_change():
    scores = np.zeros((10, 2))
    scores[:5, 0] = 1.0  # the first half prefers state 0 by 1 nat a frame
    scores[5:, 1] = 1.2  # the second half state 1 by 1.2
    assert list(viterbi(scores, 2.0)) == [0] * 5 + [1] * 5  # a change (2) wins 6 - 2 > 5 or 6 staying
    assert list(viterbi(scores, 6.0)) == [1] * 10  # a change costs more than it wins
