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


def percentage_agreement(data: np.ndarray) -> tuple[int, float | None]:
    """(units coded by ≥ 2 coders, share of them on which every coder gave the same value).

    `data` is coders × units, integer categories, MISSING where a coder did not code the unit.
    """
    present = data != MISSING
    usable = present.sum(axis=0) >= 2
    if not usable.any():
        return 0, None
    big = np.where(present, data, np.iinfo(data.dtype).max)
    small = np.where(present, data, np.iinfo(data.dtype).min)
    same = big.min(axis=0) == small.max(axis=0)
    return int(usable.sum()), float(same[usable].mean())


def cohen_kappa(first: np.ndarray, second: np.ndarray) -> float | None:
    """Cohen's kappa of two coders' nominal values over the units both coded (None: undefined)."""
    both = (first != MISSING) & (second != MISSING)
    a, b = first[both], second[both]
    if not len(a):
        return None
    observed = float((a == b).mean())
    categories = np.union1d(a, b)
    expected = float(sum((a == c).mean() * (b == c).mean() for c in categories))
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def krippendorff_alpha(data: np.ndarray) -> float | None:
    """Krippendorff's alpha for nominal data: coders × units, MISSING where a coder gave no value.

    Alpha = 1 - (n - 1) · Σ_u (m_u² - Σ_c n_uc²) / (m_u - 1) / (n² - Σ_c n_c²), over the units with
    m_u ≥ 2 values, n_uc the values of category c in unit u, n_c and n their totals (None: no variation).
    """
    categories = np.unique(data[data != MISSING])
    if len(categories) == 0:
        return None
    counts = np.stack([(data == c).sum(axis=0) for c in categories], axis=1).astype(np.float64)  # units × categories
    m = counts.sum(axis=1)
    counts, m = counts[m >= 2], m[m >= 2]
    if not len(m):
        return None
    n = m.sum()
    disagreeing = ((m * m - (counts * counts).sum(axis=1)) / (m - 1)).sum()
    totals = counts.sum(axis=0)
    expected = n * n - (totals * totals).sum()
    if expected <= 0:
        return None
    return float(1.0 - (n - 1) * disagreeing / expected)


def figures(data: np.ndarray) -> Figures:
    """All figures of one coders × units matrix."""
    units, agreement = percentage_agreement(data)
    kappa = cohen_kappa(data[0], data[1]) if data.shape[0] == 2 else None
    return Figures(units, agreement, kappa, krippendorff_alpha(data))


def _interview_units(study, transcript_id: int, codings: list[dict], coders: list[str], level: Level):
    """{code key: coders × units int8 matrix} for one transcript."""
    rows = study.conn.execute(
        "SELECT id, length(text) FROM segments WHERE transcript_id = ? ORDER BY position", [transcript_id]).fetchall()
    ids, lengths = [i for i, _ in rows], [n or 0 for _, n in rows]
    index = {sid: k for k, sid in enumerate(ids)}
    bases = np.concatenate([[0], np.cumsum(lengths)]).astype(int) if lengths else np.array([0])
    size = int(bases[-1]) if level is Level.CHAR else len(ids)
    present = {c["author"] for c in codings}
    blank = np.full((len(coders), size), MISSING, dtype=np.int8)
    for row, coder in enumerate(coders):
        if coder in present:
            blank[row] = 0
    matrices: dict[str, np.ndarray] = {}
    for c in codings:
        row = coders.index(c["author"])
        s, e = index[c["start_segment_id"]], index[c["end_segment_id"]]
        if level is Level.CHAR:
            lo, hi = int(bases[s]) + c["start_offset"], int(bases[e]) + c["end_offset"]
        else:
            if c["start_offset"] >= lengths[s] and s < e:
                s += 1
            if c["end_offset"] == 0 and e > s:
                e -= 1
            lo, hi = s, e + 1
        matrix = matrices.setdefault(c["code"], blank.copy())
        if hi > lo:
            matrix[row, lo:hi] = 1
    return matrices, blank


def compare(study, *, interview_id: int | None = None, level: Level | str = Level.CHAR,
            coders: list[str] | None = None) -> Agreement:
    """Agreement between the researchers (coding authors) over the study's interviews, or one interview.

    Raises VeldwerkError for an unknown level or coder, or when no interview was coded by two of them.
    """
    try:
        level = Level(level)
    except ValueError:
        raise VeldwerkError(f"Unknown level {level!r}; choose char or segment.") from None
    if interview_id is not None:
        interviews = [study.interviews.get(interview_id)]
    else:
        interviews = study.interviews.list()
    authored: dict[int, tuple[int, list[dict]]] = {}
    for interview in interviews:
        transcript = study.transcripts.for_interview(interview["id"])
        if transcript is None:
            continue
        rows = [c for c in study.codings.list(transcript_id=transcript["id"]) if c["author"]]
        if rows:
            authored[transcript["id"]] = (interview["id"], rows)
    everyone = sorted({c["author"] for _, rows in authored.values() for c in rows})
    if coders is None:
        coders = everyone
    else:
        unknown = [c for c in coders if c not in everyone]
        if unknown:
            raise VeldwerkError(
                f"No codings by {', '.join(unknown)} here; the researchers who coded are: {', '.join(everyone) or 'none'}."
            )
        coders = list(dict.fromkeys(coders))
    if len(coders) < 2:
        raise VeldwerkError("Comparing needs codings by two or more researchers (each coding's author); "
                            f"found {len(coders)}.")
    pieces: dict[str, list[np.ndarray]] = {}
    blanks: list[np.ndarray] = []
    compared: list[int] = []
    for transcript_id, (iid, rows) in authored.items():
        rows = [c for c in rows if c["author"] in coders]
        if len({c["author"] for c in rows}) < 2:
            continue
        matrices, blank = _interview_units(study, transcript_id, rows, coders, level)
        for code in pieces:  # a code used earlier but not here: nobody applied it here
            pieces[code].append(matrices.pop(code, blank))
        for code, matrix in matrices.items():  # a code first used here: nobody applied it before
            pieces[code] = blanks + [matrix]
        blanks.append(blank)
        compared.append(iid)
    if not compared:
        raise VeldwerkError("No interview was coded by two or more of the researchers; nothing to compare.")
    result = Agreement(level, coders, compared)
    order = [c["key"] for c in study.codebook.list()]
    keys = sorted(pieces, key=lambda k: order.index(k) if k in order else len(order))
    per_code = {key: np.concatenate(pieces[key], axis=1) for key in keys}
    result.per_code = {key: figures(data) for key, data in per_code.items()}
    result.overall = figures(np.concatenate(list(per_code.values()), axis=1))
    return result
