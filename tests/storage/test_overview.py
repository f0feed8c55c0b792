"""The study overview figures on a real encrypted demo study (recordings, transcripts, codings)."""
from storage.overview import study_overview
from tests.desktop.editor_fixtures import demo  # noqa: F401


def test_overview_counts_the_demo_study(study, demo):
    o = study_overview(study)
    people = study.participants.list()
    assert o.participants == len(people) == len(demo)
    roles = {}
    for p in people:
        roles[p["role"]] = roles.get(p["role"], 0) + 1
    assert o.participants_per_role == roles
    assert o.interviews == len(demo)
    assert sum(o.consent.values()) == len(people)
    durations = [study.recordings.get(study.transcripts.for_interview(i).recording_id).duration for i in demo.values()]
    assert o.recorded_seconds > 0 and abs(o.recorded_seconds - sum(durations)) < 1e-6
    assert abs(o.transcribed_seconds - sum(durations)) < 1e-6
    assert o.transcribed_interviews == len(demo)
    assert o.reviewed_interviews == 0
    assert sum(o.codings_per_code.values()) == study.conn.execute("SELECT count(*) FROM codings").fetchone()[0] > 0


def test_withdrawn_participant_leaves_the_roles_but_shows_in_consent(study, demo):
    before = study_overview(study)
    person = study.participants.list()[0]
    study.conn.execute("UPDATE participants SET withdrawn_at = '2026-01-01' WHERE id = ?", [person["id"]])
    after = study_overview(study)
    assert after.participants == before.participants - 1
    assert after.consent["withdrawn"] == before.consent["withdrawn"] + 1


def test_an_empty_study_has_zeros(study):
    o = study_overview(study)
    assert (o.participants, o.interviews, o.recorded_seconds, o.transcribed_seconds, o.codings_per_code) == (0, 0, 0.0, 0.0, {})


def test_perception_counts_of_all_codings_equal_the_store_matrix(study, demo):
    from storage.overview import perception_counts

    assert perception_counts(study.codings.list()) == study.codings.matrix()
    only = perception_counts(study.codings.list(role="politie"))
    assert only and all(s == "politie" for s, _ in only)


def test_by_role_follows_the_role_order(study, demo):
    from storage.overview import by_role

    order = [r["key"] for r in study.roles()]
    rows = by_role(study.codings.list(code="trots"), study.roles())
    assert rows and [order.index(r.role) for r in rows] == sorted(order.index(r.role) for r in rows)
