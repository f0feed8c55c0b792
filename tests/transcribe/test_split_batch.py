"""Fast mode's split batches: the same transcript as one unsplit batch."""
import numpy as np
import pytest

from transcribe.engine import load_fast_model, load_model, transcribe_audio
from transcribe.split_batch import _parts


def test_parts_cover_the_batch_in_order():
    assert _parts(4, 2) == [(0, 2), (2, 4)]
    assert _parts(3, 2) == [(0, 2), (2, 3)] or _parts(3, 2) == [(0, 1), (1, 3)]
    assert _parts(1, 2) == [(0, 1)]
    assert _parts(5, 1) == [(0, 5)]
    for n in range(1, 9):
        for k in range(1, 4):
            ranges = _parts(n, k)
            assert ranges[0][0] == 0 and ranges[-1][1] == n
            assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:]))


@pytest.mark.slow
def test_split_batch_equals_one_batch(library_home, dutch_pcm):
    gap = np.zeros(16000 * 2, dtype=dutch_pcm.dtype)
    audio = np.concatenate([dutch_pcm, gap] * 4)  # about a minute: three batched pieces
    whole = transcribe_audio(audio, load_model(None, threads=1), fast=True)
    split = transcribe_audio(audio, load_fast_model(None, threads=2), fast=True)
    assert [s.text for s in split] == [s.text for s in whole]
    for a, b in zip(split, whole):
        assert [w.word for w in a.words] == [w.word for w in b.words]
        # word timings may move by one 20 ms alignment frame: align() pads to the batch's longest text
        assert all(abs(x.start - y.start) < 0.021 and abs(x.end - y.end) < 0.021 for x, y in zip(a.words, b.words))
