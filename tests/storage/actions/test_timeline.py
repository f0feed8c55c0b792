"""The timeline grid: periods, planned spans, realised and stopped marks, later than planned (today given)."""
from storage.actions.report import ActionLine, HistoryLine, ThemeSection
from storage.actions.status import ActionStatus as S
from storage.actions.status import status_since
from storage.actions.timeline import Mark, timeline

P, L, R, X, N = Mark.PLANNED, Mark.LATE, Mark.REALISED, Mark.STOPPED, Mark.NONE


def _action(n, status, history, start="", target=""):
    return ActionLine(id=n, what=f"actie {n}", status=status, since=status_since(history), owner="", members="", start=start,
                      target=target, links="", history=[HistoryLine(d, s, "") for d, s in history])


def _grid(actions, today="2026-06-15"):
    line = timeline([ThemeSection(1, "Thema", 0, "", actions)], today)
    return line, {r.action_id: line.marks(r) for r in line.rows}


def test_months_from_the_first_to_the_last_date_with_marks_per_action():
    line, marks = _grid([
        _action(1, S.GEREALISEERD, [("2026-01-10", S.IDEE), ("2026-02-01", S.GEPLAND), ("2026-03-20", S.GEREALISEERD)],
                start="2026-02-01", target="2026-04-30"),  # early
        _action(2, S.GEREALISEERD, [("2026-01-10", S.GEPLAND), ("2026-05-03", S.GEREALISEERD)], target="2026-02-28"),  # late
        _action(3, S.IN_GANG_GEZET, [("2026-01-10", S.IN_GANG_GEZET)], start="2026-01-10", target="2026-03-31"),  # overdue
        _action(4, S.GESTOPT, [("2026-01-10", S.GEPLAND), ("2026-02-10", S.GESTOPT)], target="2026-04-30"),
        _action(5, S.IDEE, [("2026-01-10", S.IDEE)]),  # no date: an empty row
    ])
    assert [p.label for p in line.periods] == ["jan 26", "feb 26", "mrt 26", "apr 26", "mei 26", "jun 26"]
    assert marks[1] == [N, P, R, P, N, N]
    assert marks[2] == [P, P, L, L, R, N]
    assert marks[3] == [P, P, P, L, L, L]
    assert marks[4] == [P, X, P, P, N, N]
    assert marks[5] == [N] * 6
    assert (R.symbol, X.symbol, P.symbol) == ("✓", "✕", "")


def test_a_realisation_after_a_setback_counts_from_the_last_time_it_was_realised():
    _, marks = _grid([_action(1, S.GEREALISEERD, [("2026-01-05", S.GEREALISEERD), ("2026-02-05", S.IN_GANG_GEZET),
                                                   ("2026-03-05", S.GEREALISEERD)], target="2026-03-31")],
                     today="2026-03-10")
    assert marks[1] == [P, P, R]


def test_more_than_two_years_is_shown_in_quarters_and_no_dates_give_no_timeline():
    line, marks = _grid([_action(1, S.GEPLAND, [("2025-01-10", S.GEPLAND)], start="2025-02-01", target="2027-06-30")],
                        today="2026-06-15")
    assert [p.label for p in line.periods][:3] == ["K1 25", "K2 25", "K3 25"] and line.periods[-1].label == "K2 27"
    assert set(marks[1]) == {P}
    assert timeline([ThemeSection(1, "Thema", 0, "", [_action(1, S.IDEE, [("2026-01-10", S.IDEE)])])], "2026-06-15") is None
