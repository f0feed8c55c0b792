"""Coder comparison: how far two or more researchers who coded the same interviews agree.

Each coding's author is its coder. In an interview, a researcher with at least one coding there
is a coder of that interview; the others did not code it (missing, not "nothing applies").
Interviews coded by fewer than two of the compared researchers are left out.

Units, per code (a code applies or not, a nominal 0/1 value for each coder):
- `char`: every character of the transcript's segment texts (the offsets codings count in);
- `segment`: every segment; a coding applies to each segment it covers at least one character of.

Figures, per code and overall (all codes pooled: every (unit, code) pair is one unit):
- percentage agreement: the share of units (coded by two or more) on which all their coders agree;
- Cohen's kappa, for exactly two coders, over the units both coded;
- Krippendorff's alpha (nominal), for any number of coders, missing values allowed.
A figure that is undefined (a code nobody or everybody applied everywhere: no variation) is None.
"""
from dataclasses import dataclass, field
from enum import Enum

import numpy as np

from storage.errors import VeldwerkError
from storage.messages import Text

MISSING = -1


class Level(str, Enum):
    """What one unit of comparison is."""

    CHAR = "char"
    SEGMENT = "segment"


@dataclass
class Figures:
    """Agreement over one set of units."""

    units: int  # units coded by two or more coders
    agreement: float | None  # 0..1
    kappa: float | None
    alpha: float | None


@dataclass
class Agreement:
    """The comparison of `coders` over `interviews` at `level`: per code key and overall."""

    level: Level
    coders: list[str]
    interviews: list[int]
    per_code: dict[str, Figures] = field(default_factory=dict)
    overall: Figures | None = None


def _weights(data: np.ndarray, weights) -> np.ndarray:
    return np.ones(data.shape[-1]) if weights is None else np.asarray(weights, dtype=np.float64)


def percentage_agreement(data: np.ndarray, weights=None) -> tuple[int, float | None]:
    """(units coded by ≥ 2 coders, share of them on which every coder gave the same value).

    `data` is coders × units, integer categories, MISSING where a coder did not code the unit;
    `weights` (optional) says how many units each column stands for.
    """
    w = _weights(data, weights)
    present = data != MISSING
    usable = present.sum(axis=0) >= 2
    total = w[usable].sum()
    if not total:
        return 0, None
    big = np.where(present, data, np.iinfo(data.dtype).max)
    small = np.where(present, data, np.iinfo(data.dtype).min)
    same = big.min(axis=0) == small.max(axis=0)
    return int(round(total)), float(w[usable & same].sum() / total)


def cohen_kappa(first: np.ndarray, second: np.ndarray, weights=None) -> float | None:
    """Cohen's kappa of two coders' nominal values over the units both coded (None: undefined)."""
    w = _weights(first, weights)
    both = (first != MISSING) & (second != MISSING)
    a, b, w = first[both], second[both], w[both]
    total = w.sum()
    if not total:
        return None
    observed = float(w[a == b].sum() / total)
    categories = np.union1d(a, b)
    expected = float(sum(w[a == c].sum() * w[b == c].sum() for c in categories) / (total * total))
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def krippendorff_alpha(data: np.ndarray, weights=None) -> float | None:
    """Krippendorff's alpha for nominal data: coders × units, MISSING where a coder gave no value.

    Alpha = 1 - (n - 1) · Σ_u (m_u² - Σ_c n_uc²) / (m_u - 1) / (n² - Σ_c n_c²), over the units with
    m_u ≥ 2 values, n_uc the values of category c in unit u, n_c and n their totals (None: no variation).
    """
    w = _weights(data, weights)
    categories = np.unique(data[data != MISSING])
    if len(categories) == 0:
        return None
    counts = np.stack([(data == c).sum(axis=0) for c in categories], axis=1).astype(np.float64)  # units × categories
    m = counts.sum(axis=1)
    keep = m >= 2
    counts, m, w = counts[keep], m[keep], w[keep]
    if not w.sum():
        return None
    n = (w * m).sum()
    disagreeing = (w * (m * m - (counts * counts).sum(axis=1)) / (m - 1)).sum()
    totals = (w[:, None] * counts).sum(axis=0)
    expected = n * n - (totals * totals).sum()
    if expected <= 0:
        return None
    return float(1.0 - (n - 1) * disagreeing / expected)


def figures(data: np.ndarray, weights=None) -> Figures:
    """All figures of one coders × units matrix (each column standing for `weights` units, if given)."""
    units, agreement = percentage_agreement(data, weights)
    kappa = cohen_kappa(data[0], data[1], weights) if data.shape[0] == 2 else None
    return Figures(units, agreement, kappa, krippendorff_alpha(data, weights))


class _Patterns:
    """The units of one code as distinct value columns and how many units show each: a whole study's
    characters take the memory of a few columns."""

    def __init__(self):
        self.counts: dict[tuple, int] = {}

    def add(self, matrix: np.ndarray, times: int = 1) -> None:
        if not matrix.shape[1]:
            return
        columns, counts = np.unique(matrix, axis=1, return_counts=True)
        for column, count in zip(columns.T, counts):
            key = tuple(int(v) for v in column)
            self.counts[key] = self.counts.get(key, 0) + int(count) * times

    def add_column(self, column: np.ndarray, times: int) -> None:
        if times:
            key = tuple(int(v) for v in column)
            self.counts[key] = self.counts.get(key, 0) + times

    def merge(self, other: "_Patterns") -> None:
        for key, count in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + count

    def figures(self) -> Figures:
        keys = list(self.counts)
        data = np.array(keys, dtype=np.int8).T
        return figures(data, [self.counts[k] for k in keys])


def _interview_units(study, transcript_id: int, codings: list[dict], coders: list[str], level: Level):
    """({code key: coders × units int8 matrix}, each coder's value where no code applies (0, or MISSING
    for a coder who did not code this transcript), the number of units) for one transcript."""
    rows = study.conn.execute(
        "SELECT id, length(text) FROM segments WHERE transcript_id = ? ORDER BY position", [transcript_id]).fetchall()
    ids, lengths = [i for i, _ in rows], [n or 0 for _, n in rows]
    index = {sid: k for k, sid in enumerate(ids)}
    bases = np.concatenate([[0], np.cumsum(lengths)]).astype(int) if lengths else np.array([0])
    size = int(bases[-1]) if level is Level.CHAR else len(ids)
    present = {c.author for c in codings}
    column = np.array([0 if coder in present else MISSING for coder in coders], dtype=np.int8)
    matrices: dict[str, np.ndarray] = {}
    for c in codings:
        row = coders.index(c.author)
        s, e = index[c.start_segment_id], index[c.end_segment_id]
        if level is Level.CHAR:
            lo, hi = int(bases[s]) + c.start_offset, int(bases[e]) + c.end_offset
        else:
            if c.start_offset >= lengths[s] and s < e:
                s += 1
            if c.end_offset == 0 and e > s:
                e -= 1
            lo, hi = s, e + 1
        matrix = matrices.setdefault(c.code, np.repeat(column[:, None], size, axis=1))
        if hi > lo:
            matrix[row, lo:hi] = 1
    return matrices, column, size


def compare(study, *, interview_id: int | None = None, level: Level | str = Level.CHAR,
            coders: list[str] | None = None) -> Agreement:
    """Agreement between the researchers (coding authors) over the study's interviews, or one interview.

    Raises VeldwerkError for an unknown level or coder, or when no interview was coded by two of them.
    """
    try:
        level = Level(level)
    except ValueError:
        raise VeldwerkError(key="agreement.level", level=level) from None
    if interview_id is not None:
        interviews = [study.interviews.get(interview_id)]
    else:
        interviews = study.interviews.list()
    authored: dict[int, tuple[int, list[dict]]] = {}
    for interview in interviews:
        transcript = study.transcripts.for_interview(interview.id)
        if transcript is None:
            continue
        rows = [c for c in study.codings.list(transcript_id=transcript.id) if c.author]
        if rows:
            authored[transcript.id] = (interview.id, rows)
    everyone = sorted({c.author for _, rows in authored.values() for c in rows})
    if coders is None:
        coders = everyone
    else:
        unknown = [c for c in coders if c not in everyone]
        if unknown:
            raise VeldwerkError(
                key="agreement.unknown_coders", names=", ".join(unknown),
                everyone=", ".join(everyone) or Text("word.none")
            )
        coders = list(dict.fromkeys(coders))
    if len(coders) < 2:
        raise VeldwerkError(key="agreement.too_few_coders", count=len(coders))
    patterns: dict[str, _Patterns] = {}
    blanks: list[tuple[np.ndarray, int]] = []  # per compared interview: who coded it (0) or not (MISSING), units
    compared: list[int] = []
    for transcript_id, (iid, rows) in authored.items():
        rows = [c for c in rows if c.author in coders]
        if len({c.author for c in rows}) < 2:
            continue
        matrices, column, size = _interview_units(study, transcript_id, rows, coders, level)
        for code, found in patterns.items():  # a code used elsewhere but not here: nobody applied it here
            if code not in matrices:
                found.add_column(column, size)
        for code, matrix in matrices.items():
            if code not in patterns:  # a code first used here: nobody applied it in the interviews before
                patterns[code] = _Patterns()
                for earlier, units in blanks:
                    patterns[code].add_column(earlier, units)
            patterns[code].add(matrix)
        blanks.append((column, size))
        compared.append(iid)
    if not compared:
        raise VeldwerkError(key="agreement.nothing_shared")
    result = Agreement(level, coders, compared)
    order = [c["key"] for c in study.codebook.list()]
    keys = sorted(patterns, key=lambda k: order.index(k) if k in order else len(order))
    result.per_code = {key: patterns[key].figures() for key in keys}
    pooled = _Patterns()
    for key in keys:
        pooled.merge(patterns[key])
    result.overall = pooled.figures()
    return result
