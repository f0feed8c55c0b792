"""What a full withdrawal of a participant would delete, counted before asking the researcher to confirm."""
import json

from storage.consent.withdrawal import list_terms_only_theirs
from storage.sessions.withdrawal import sessions_to_hand_over, their_session_segments

# The participant's interviews that a withdrawal deletes: theirs, except sessions that stay for others (?2).
_THEIRS = "SELECT id FROM interviews WHERE participant_id = ?1 AND id NOT IN (SELECT value FROM json_each(?2))"


def withdrawal_preview(study, code: str) -> dict:
    """Counts of the participant's interviews, recordings (with seconds of audio), consent clips,
    transcripts, segments, codings and replacement-list terms only they mention: exactly what a
    full withdrawal deletes. `sessions_kept`: focus groups and meetings they attended that stay for the
    others; `session_segments`: their attributed segments there, which are emptied."""
    p = study.participants.get(code)
    kept = sorted(sessions_to_hand_over(study, p["id"]))
    one = lambda sql: study.conn.execute(sql, [p["id"], json.dumps(kept)]).fetchone()[0]  # noqa: E731
    audio = f"FROM recordings WHERE kind != 'consent_clip' AND interview_id IN ({_THEIRS})"
    return {
        "code": p["code"],
        "interviews": one(f"SELECT count(*) FROM ({_THEIRS})"),
        "recordings": one(f"SELECT count(*) {audio}"),
        "seconds": one(f"SELECT coalesce(sum(duration), 0) {audio}"),
        "consent_clips": one("SELECT count(*) FROM recordings WHERE participant_id = ?1 AND kind = 'consent_clip' "
                             "AND ?2 IS NOT NULL"),
        "transcripts": one(f"SELECT count(*) FROM transcripts WHERE interview_id IN ({_THEIRS})"),
        "segments": one(
            f"SELECT count(*) FROM segments s JOIN transcripts t ON t.id = s.transcript_id WHERE t.interview_id IN ({_THEIRS})"
        ),
        "codings": one(
            f"SELECT count(*) FROM codings c JOIN transcripts t ON t.id = c.transcript_id WHERE t.interview_id IN ({_THEIRS})"
        ),
        "list_terms": len(list_terms_only_theirs(study, p["id"])),
        "sessions_kept": len(kept) + one(
            "SELECT count(*) FROM session_participants s JOIN interviews i ON i.id = s.interview_id "
            "WHERE s.participant_id = ?1 AND i.participant_id != ?1 AND ?2 IS NOT NULL"),
        "session_segments": len(their_session_segments(study, p["id"], set(kept))),
    }
