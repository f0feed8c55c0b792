"""What a full withdrawal of a participant would delete, counted before asking the researcher to confirm."""
from storage.consent.withdrawal import list_terms_only_theirs


def withdrawal_preview(study, code: str) -> dict:
    """Counts of the participant's interviews, recordings (with seconds of audio), consent clips,
    transcripts, segments, codings and replacement-list terms only they mention: exactly what a
    full withdrawal deletes."""
    p = study.participants.get(code)
    one = lambda sql: study.conn.execute(sql, [p["id"]]).fetchone()[0]  # noqa: E731
    return {
        "code": p["code"],
        "interviews": one("SELECT count(*) FROM interviews WHERE participant_id = ?"),
        "recordings": one("SELECT count(*) FROM recordings WHERE participant_id = ? AND kind != 'consent_clip'"),
        "seconds": one("SELECT coalesce(sum(duration), 0) FROM recordings WHERE participant_id = ? AND kind != 'consent_clip'"),
        "consent_clips": one("SELECT count(*) FROM recordings WHERE participant_id = ? AND kind = 'consent_clip'"),
        "transcripts": one(
            "SELECT count(*) FROM transcripts t JOIN interviews i ON i.id = t.interview_id WHERE i.participant_id = ?"
        ),
        "segments": one(
            "SELECT count(*) FROM segments s JOIN transcripts t ON t.id = s.transcript_id "
            "JOIN interviews i ON i.id = t.interview_id WHERE i.participant_id = ?"
        ),
        "codings": one(
            "SELECT count(*) FROM codings c JOIN transcripts t ON t.id = c.transcript_id "
            "JOIN interviews i ON i.id = t.interview_id WHERE i.participant_id = ?"
        ),
        "list_terms": len(list_terms_only_theirs(study, p["id"])),
    }
