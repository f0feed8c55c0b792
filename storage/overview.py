"""The study overview in figures (Qt-free): participants per role, consent states, interviews,
hours recorded and transcribed, reviewed interviews, codings per code.

One function, `study_overview`, so the Analyse view, the CLI and tests read the same numbers.
"""
from dataclasses import dataclass, field

from storage.actions.themes import SOLUTIONS_CODE
from storage.consent.ledger import ConsentState

CONSENT_STATES = (ConsentState.GIVEN, ConsentState.PARTLY_WITHDRAWN, ConsentState.NONE, ConsentState.WITHDRAWN,
                  ConsentState.DAMAGED)  # the overview's order
PRIDE_CODE = "trots"                              # Trots / wat goed gaat (resources/codebook.json)
CATEGORY_CODES = (PRIDE_CODE, SOLUTIONS_CODE)     # the category sheet of the Analyse view


@dataclass
class Overview:
    participants_per_role: dict[str, int] = field(default_factory=dict)   # role key -> active participants
    consent: dict[str, int] = field(default_factory=dict)                 # ConsentLedger.state -> participants
    interviews: int = 0
    recorded_seconds: float = 0.0        # complete interview recordings (consent clips excluded)
    transcribed_seconds: float = 0.0     # audio covered by a complete transcript
    transcribed_interviews: int = 0
    reviewed_interviews: int = 0         # pseudonymisation review finished
    codings_per_code: dict[int, int] = field(default_factory=dict)        # code id -> codings

    @property
    def participants(self) -> int:
        return sum(self.participants_per_role.values())


def study_overview(study) -> Overview:
    """The figures of `study` as they are stored now."""
    conn = study.conn
    o = Overview()
    o.participants_per_role = {role: n for role, n in conn.execute(
        "SELECT role, count(*) FROM participants WHERE withdrawn_at IS NULL GROUP BY role ORDER BY role")}
    o.consent = {state: 0 for state in CONSENT_STATES}
    for person in study.participants.list():
        state = study.consent.state(person["id"])
        o.consent[state] = o.consent.get(state, 0) + 1
    o.interviews = conn.execute("SELECT count(*) FROM interviews").fetchone()[0]
    o.recorded_seconds = float(conn.execute(
        "SELECT coalesce(sum(duration), 0) FROM recordings WHERE state = 'complete' AND interview_id IS NOT NULL"
    ).fetchone()[0])
    o.transcribed_seconds = float(conn.execute(
        "SELECT coalesce(sum(coalesce(r.duration, (SELECT max(s.end) FROM segments s WHERE s.transcript_id = t.id), 0)), 0) "
        "FROM transcripts t LEFT JOIN recordings r ON r.id = t.recording_id WHERE t.state = 'complete'"
    ).fetchone()[0])
    o.transcribed_interviews = conn.execute(
        "SELECT count(DISTINCT interview_id) FROM transcripts WHERE state = 'complete'").fetchone()[0]
    o.reviewed_interviews = conn.execute("SELECT count(*) FROM interview_reviews").fetchone()[0]
    o.codings_per_code = {code: n for code, n in conn.execute(
        "SELECT code_id, count(*) FROM codings GROUP BY code_id")}
    return o


def perception_counts(codings) -> dict[tuple[str, str], int]:
    """{(speaker role, about role): n} over rows of Codings.list (the same rule as Codings.matrix,
    applied to an already filtered list)."""
    counts: dict[tuple[str, str], int] = {}
    for c in codings:
        if c.perception and c.about_role:
            key = (c.role, c.about_role)
            counts[key] = counts.get(key, 0) + 1
    return counts


def by_role(codings, roles: list[dict]) -> list[dict]:
    """`codings` ordered by the study's role order, then participant and time (the category sheet)."""
    order = {r["key"]: i for i, r in enumerate(roles)}
    return sorted(codings, key=lambda c: (order.get(c.role, len(order)), c.participant, c.start_time or 0))
