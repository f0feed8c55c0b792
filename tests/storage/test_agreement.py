"""Coder comparison: the figures against hand-computed cases and the `krippendorff` package, and
the units built from real codings in a study (characters and segments)."""
import krippendorff
import numpy as np
import pytest

from storage.agreement import MISSING, Level, cohen_kappa, compare, krippendorff_alpha, percentage_agreement
from storage.errors import VeldwerkError
from tests.storage.helpers import interview_with_transcript

TEXTS = ["Ik ben trots op ons werk hier.", "De politie komt te vaak langs.", "Een vast aanspreekpunt zou helpen."]


def _reference_alpha(data: np.ndarray) -> float:
    """The `krippendorff` package's nominal alpha, MISSING as NaN."""
    values = np.where(data == MISSING, np.nan, data).astype(float)
    return krippendorff.alpha(reliability_data=values, level_of_measurement="nominal")


def test_kappa_by_hand():
    # 50 units: both yes 20, first yes / second no 5, first no / second yes 10, both no 15.
    first = np.array([1] * 20 + [1] * 5 + [0] * 10 + [0] * 15)
    second = np.array([1] * 20 + [0] * 5 + [1] * 10 + [0] * 15)
    # p_o = 35/50 = 0.7; p_e = 0.5 · 0.6 + 0.5 · 0.4 = 0.5; kappa = (0.7 - 0.5) / 0.5 = 0.4
    assert cohen_kappa(first, second) == pytest.approx(0.4)
    # perfect agreement 1, systematic disagreement below 0
    assert cohen_kappa(first, first) == pytest.approx(1.0)
    # 4 units, a = 1100, b = 0110: p_o = 0.5, p_e = 0.5 · 0.5 + 0.5 · 0.5 = 0.5 → 0
    assert cohen_kappa(np.array([1, 1, 0, 0]), np.array([0, 1, 1, 0])) == pytest.approx(0.0)
    # 3 categories: a = 0 0 1 2 2, b = 0 1 1 2 0 → p_o = 3/5; p_e = (2·2 + 1·2 + 2·1)/25 = 8/25; (0.6 - 0.32)/0.68
    assert cohen_kappa(np.array([0, 0, 1, 2, 2]), np.array([0, 1, 1, 2, 0])) == pytest.approx(0.28 / 0.68)
    # no variation at all: undefined
    assert cohen_kappa(np.zeros(5, int), np.zeros(5, int)) is None


def test_alpha_matches_the_krippendorff_package_with_missing_values():
    rng = np.random.default_rng(7)
    for coders, units, categories in [(2, 40, 2), (3, 200, 2), (4, 120, 3), (5, 60, 4)]:
        data = rng.integers(0, categories, size=(coders, units))
        data[rng.random(data.shape) < 0.15] = MISSING
        # make the coders agree more than chance on part of the units
        data[:, : units // 2] = np.where(data[:, : units // 2] == MISSING, MISSING, data[0, : units // 2])
        data[0, : units // 2] = np.where(data[0, : units // 2] == MISSING, 1, data[0, : units // 2])
        assert krippendorff_alpha(data) == pytest.approx(_reference_alpha(data), abs=1e-9)
    # Krippendorff's own example (2004, nominal, 4 coders, 12 units, with missing): alpha = 0.743
    c = np.array([
        [1, 2, 3, 3, 2, 1, 4, 1, 2, -1, -1, -1],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, -1, 3],
        [-1, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, -1],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, -1],
    ])
    assert krippendorff_alpha(c) == pytest.approx(0.743, abs=5e-4)
    assert krippendorff_alpha(np.zeros((2, 5), int)) is None


def test_percentage_agreement_counts_units_coded_by_two_or_more():
    data = np.array([[1, 0, 1, MISSING, 0], [1, 1, 1, 0, MISSING], [1, 0, MISSING, MISSING, MISSING]])
    units, share = percentage_agreement(data)
    assert units == 3  # the last two units have one value each
    assert share == pytest.approx(2 / 3)


def _coded(study, coders_ranges, texts=TEXTS, participant="R01"):
    """One interview; codings {(author, code): [(seg, start, seg, end), ...]}; returns (iid, segment texts)."""
    iid, tid = interview_with_transcript(study, participant, texts=texts)
    segments = study.transcripts.segments(tid)
    for (author, code), ranges in coders_ranges.items():
        for s, a, e, b in ranges:
            study.codings.add(tid, code, (segments[s].id, a), (segments[e].id, b), author=author,
                              about_role="politie" if code == "beeldvorming" else None)
    return iid, [s.text for s in segments]


def _char_vector(texts, ranges) -> np.ndarray:
    """Independent of storage.agreement: 1 for every character any (seg, start, seg, end) range covers."""
    flat = np.zeros(sum(len(t) for t in texts), int)
    bases = np.cumsum([0] + [len(t) for t in texts])
    for s, a, e, b in ranges:
        flat[bases[s] + a: bases[e] + b] = 1
    return flat


def test_character_level_figures_in_a_study(plain_study):
    ellen = {("ellen", "trots"): [(0, 1, 0, 25)], ("ellen", "oplossingen"): [(1, 10, 2, 20)]}
    sanne = {("sanne", "trots"): [(0, 5, 0, 30)], ("sanne", "oplossingen"): [(2, 0, 2, 34)],
             ("sanne", "beeldvorming"): [(1, 0, 1, 30)]}
    iid, texts = _coded(plain_study, {**ellen, **sanne})
    result = compare(plain_study, level="char")
    assert result.coders == ["ellen", "sanne"] and result.interviews == [iid] and result.level is Level.CHAR
    assert list(result.per_code) == ["beeldvorming", "trots", "oplossingen"]  # codebook order
    pooled = []
    for code in result.per_code:
        a = _char_vector(texts, ellen.get(("ellen", code), []))
        b = _char_vector(texts, sanne.get(("sanne", code), []))
        pooled.append(np.vstack([a, b]))
        figures = result.per_code[code]
        assert figures.units == len(a) == sum(len(t) for t in texts)
        assert figures.agreement == pytest.approx((a == b).mean())
        po, pe = (a == b).mean(), a.mean() * b.mean() + (1 - a.mean()) * (1 - b.mean())
        assert figures.kappa == pytest.approx((po - pe) / (1 - pe))
        assert figures.alpha == pytest.approx(_reference_alpha(np.vstack([a, b])))
    trots = result.per_code["trots"]
    # by hand: ellen codes characters 1-24, sanne 5-29: they differ on 1-4 and 25-29, 9 characters
    n = sum(len(t) for t in texts)
    assert trots.agreement == pytest.approx((n - 4 - 5) / n)
    both = np.hstack(pooled)
    assert result.overall.units == both.shape[1] == 3 * n
    assert result.overall.alpha == pytest.approx(_reference_alpha(both))
    assert result.overall.agreement == pytest.approx((both[0] == both[1]).mean())


def test_segment_level_counts_segments_touched(plain_study):
    # ellen's "oplossingen" ends at offset 0 of segment 2: it touches segments 0 and 1 only.
    ranges = {("ellen", "oplossingen"): [(0, 3, 2, 0)], ("sanne", "oplossingen"): [(1, 4, 1, 9)],
              ("ellen", "trots"): [(0, 0, 0, 5)], ("sanne", "trots"): [(0, 2, 0, 3)]}
    _coded(plain_study, ranges)
    result = compare(plain_study, level=Level.SEGMENT)
    opl = result.per_code["oplossingen"]
    a, b = np.array([1, 1, 0]), np.array([0, 1, 0])
    assert opl.units == 3 and opl.agreement == pytest.approx(2 / 3)
    assert opl.alpha == pytest.approx(_reference_alpha(np.vstack([a, b])))
    assert opl.kappa == pytest.approx(cohen_kappa(a, b))  # po 2/3, pe 2/3·1/3 + 1/3·2/3 = 4/9 → 0.4
    assert opl.kappa == pytest.approx(0.4)
    assert result.per_code["trots"].agreement == 1.0


def test_three_coders_and_a_researcher_who_did_not_code_an_interview(plain_study):
    first = {("ellen", "trots"): [(0, 1, 0, 20)], ("sanne", "trots"): [(0, 1, 0, 22)],
             ("bas", "trots"): [(1, 0, 1, 10)]}
    _, texts1 = _coded(plain_study, first)
    second = {("ellen", "trots"): [(0, 0, 0, 8)], ("sanne", "trots"): [(1, 0, 1, 4)]}  # bas did not code R02
    _, texts2 = _coded(plain_study, second, participant="R02")
    result = compare(plain_study, level="char")
    assert result.coders == ["bas", "ellen", "sanne"] and len(result.interviews) == 2
    rows = []
    for coder in result.coders:
        one = _char_vector(texts1, first.get((coder, "trots"), []))
        two = _char_vector(texts2, second[(coder, "trots")]) if (coder, "trots") in second \
            else np.full(sum(len(t) for t in texts2), MISSING)
        rows.append(np.hstack([one, two]))
    data = np.vstack(rows)
    trots = result.per_code["trots"]
    assert trots.kappa is None  # Cohen's kappa is for two coders
    assert trots.alpha == pytest.approx(_reference_alpha(data))
    # only two of the three: kappa again, over both interviews
    pair = compare(plain_study, coders=["ellen", "sanne"]).per_code["trots"]
    assert pair.kappa == pytest.approx(cohen_kappa(data[1], data[2]))


def test_bad_input_is_refused(plain_study):
    with pytest.raises(VeldwerkError, match="two or more researchers"):
        compare(plain_study)
    _coded(plain_study, {("ellen", "trots"): [(0, 1, 0, 20)]})
    with pytest.raises(VeldwerkError, match="found 1"):
        compare(plain_study)
    with pytest.raises(VeldwerkError, match="char or segment"):
        compare(plain_study, level="word")
    with pytest.raises(VeldwerkError, match="No codings by piet"):
        compare(plain_study, coders=["ellen", "piet"])
    _coded(plain_study, {("sanne", "trots"): [(0, 1, 0, 20)]}, participant="R02")  # another interview
    with pytest.raises(VeldwerkError, match="No interview was coded by two"):
        compare(plain_study)


def test_weighted_columns_equal_repeated_units():
    rng = np.random.default_rng(3)
    data = rng.integers(0, 2, size=(3, 30))
    data[rng.random(data.shape) < 0.2] = MISSING
    times = rng.integers(1, 6, size=30)
    expanded = np.repeat(data, times, axis=1)
    assert krippendorff_alpha(data, times) == pytest.approx(_reference_alpha(expanded))
    assert cohen_kappa(data[0], data[1], times) == pytest.approx(cohen_kappa(expanded[0], expanded[1]))
    assert percentage_agreement(data, times) == (percentage_agreement(expanded)[0], pytest.approx(percentage_agreement(expanded)[1]))


def test_kappa_matches_scikit_learn_on_random_data_with_missing_values():
    """An independent implementation (scikit-learn, a runtime dependency already) on several datasets."""
    from sklearn.metrics import cohen_kappa_score

    rng = np.random.default_rng(11)
    for units, categories in [(30, 2), (200, 2), (150, 3), (80, 5)]:
        first = rng.integers(0, categories, units)
        second = np.where(rng.random(units) < 0.6, first, rng.integers(0, categories, units))
        first[rng.random(units) < 0.1] = MISSING
        second[rng.random(units) < 0.1] = MISSING
        both = (first != MISSING) & (second != MISSING)
        expected = cohen_kappa_score(first[both], second[both])
        assert cohen_kappa(first, second) == pytest.approx(expected, abs=1e-9)
        # weights as repeated units give the same figure
        times = rng.integers(1, 4, units)
        expected = cohen_kappa_score(np.repeat(first[both], times[both]), np.repeat(second[both], times[both]))
        assert cohen_kappa(first, second, times) == pytest.approx(expected, abs=1e-9)
