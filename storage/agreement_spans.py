"""Where coders disagree: the passages of the compared interviews on which their codes differ.

Built on a comparison (`storage.agreement.compare`): the same coders and interviews, at character level.
A passage is a run of characters on which coders who coded the interview differ on at least one code, ending
where the codes they differ on (or who applied them) change; codes they agree on do not cut it. Runs without a letter or digit (the space
between two codings) are left out. A coder who did not code the interview has no set (None), as in the
figures: missing, not "nothing applies".
"""
from dataclasses import dataclass

import numpy as np

from storage.agreement import MISSING, Agreement, Level, _interview_units
from storage.codings import _time_at


@dataclass
class Disagreement:
    """One passage on which the coders differ."""

    interview_id: int
    participant: str
    start: tuple[int, int]  # (segment id, character offset)
    end: tuple[int, int]
    text: str
    start_time: float
    end_time: float
    codes: dict[str, list[str] | None]  # coder → code keys applied in the passage (None: did not code this interview)
    differing: list[str]  # the code keys the coders differ on here


def _codings(study, interview_id: int, coders: list[str]) -> tuple[dict | None, list[dict]]:
    transcript = study.transcripts.for_interview(interview_id)
    if transcript is None:
        return None, []
    return transcript, [c for c in study.codings.list(transcript_id=transcript.id) if c.author in coders]


def disagreements(study, result: Agreement, code: str | None = None) -> list[Disagreement]:
    """The passages of `result`'s interviews where its coders differ (only those on `code`, if given),
    in interview and reading order."""
    found: list[Disagreement] = []
    coders = result.coders
    order = {c["key"]: n for n, c in enumerate(study.codebook.list())}
    for interview_id in result.interviews:
        transcript, rows = _codings(study, interview_id, coders)
        if transcript is None or not rows:
            continue
        matrices, column, size = _interview_units(study, transcript.id, rows, coders, Level.CHAR)
        if not matrices or not size:
            continue
        keys = sorted(matrices, key=lambda k: (order.get(k, len(order)), k))
        stack = np.stack([matrices[k] for k in keys])  # codes × coders × characters
        present = column != MISSING
        values = stack[:, present, :]
        differs = values.max(axis=1) != values.min(axis=1)  # codes × characters
        # a passage ends where the codes they differ on, or who applied them, change (not where codes all agree on do)
        flat = np.where(differs[:, None, :], stack, 2).reshape(-1, size)
        change = np.flatnonzero(np.any(flat[:, 1:] != flat[:, :-1], axis=0)) + 1
        bounds = np.concatenate([[0], change, [size]])
        segments = study.transcripts.segments(transcript.id)
        texts = [s.text for s in segments]
        bases = np.concatenate([[0], np.cumsum([len(t) for t in texts])]).astype(int)
        whole = "".join(texts)
        participant = study.interviews.get(interview_id).participant
        for lo, hi in zip(bounds[:-1], bounds[1:]):
            lo, hi = int(lo), int(hi)
            on = [keys[k] for k in np.flatnonzero(differs[:, lo])]
            if not on or (code is not None and code not in on):
                continue
            if not any(ch.isalnum() for ch in whole[lo:hi]):
                continue
            first = int(np.searchsorted(bases, lo, side="right")) - 1
            last = int(np.searchsorted(bases, hi - 1, side="right")) - 1
            start = (segments[first].id, lo - int(bases[first]))
            end = (segments[last].id, hi - int(bases[last]))
            pieces = [texts[i][(lo - bases[i]) if i == first else 0:(hi - bases[i]) if i == last else len(texts[i])]
                      for i in range(first, last + 1)]
            codes = {coder: ([k for n, k in enumerate(keys) if stack[n, row, lo:hi].any()] if present[row] else None)
                     for row, coder in enumerate(coders)}
            found.append(Disagreement(
                interview_id, participant, start, end, " ".join(p.strip() for p in pieces if p.strip()),
                _time_at(segments[first], start[1]), _time_at(segments[last], end[1]), codes, on))
    return found
