"""A full withdrawal of someone who took part in a focus group or meeting: the session stays for the others.

Called by `storage/consent/withdrawal.erase_participant` inside the withdrawal's transaction, before the
participant's own interviews are deleted:

- a session they are the participant of record of, with others still present, is handed to the next one
  present (with its recordings), so it is not deleted with their interviews;
- in every session that stays, the segments attributed to them lose their words (text, recognised text,
  words) and the codings touching those segments are deleted; their voice is silenced in the session's audio
  over the time of those segments (the recording's sha256 follows);
- their attendance and speaker attributions go with the participant's rows (foreign keys, erase_participant).

A segment nobody attributed is kept: the researcher attributes speakers before a withdrawal can find them.
"""
import hashlib

import numpy as np

from storage.sessions.quotes import codings_clear_of

REMOVED_TEXT = ""  # what a withdrawn participant's segment holds afterwards


def sessions_to_hand_over(study, participant_id: int) -> dict[int, int]:
    """{session id: the participant who takes it over} for the sessions of record of `participant_id` with
    someone else present who has not withdrawn."""
    from storage.sessions.consent import present_ids

    found = {}
    for (sid,) in study.conn.execute(
        "SELECT id FROM interviews WHERE participant_id = ? AND kind != 'interview' ORDER BY id", [participant_id]
    ).fetchall():
        for other in present_ids(study, sid):
            if other != participant_id and not study.participants.by_id(other)["withdrawn_at"]:
                found[sid] = other
                break
    return found


def their_session_segments(study, participant_id: int, keep: set[int] | None = None) -> list[dict]:
    """The segments attributed to the participant in sessions that stay (not of record of theirs, or in `keep`)."""
    rows = study.conn.execute(
        "SELECT s.id, s.transcript_id, s.start, s.end, t.interview_id, t.recording_id, i.participant_id "
        "FROM speaker_attributions a JOIN transcripts t ON t.interview_id = a.interview_id "
        "JOIN interviews i ON i.id = t.interview_id "
        "JOIN segments s ON s.transcript_id = t.id AND s.speaker = a.label WHERE a.participant_id = ? ORDER BY s.id",
        [participant_id],
    ).fetchall()
    keep = keep or set()
    return [dict(zip(("id", "transcript_id", "start", "end", "interview_id", "recording_id", "owner"), r))
            for r in rows if r[6] != participant_id or r[4] in keep]


def leave_sessions(study, participant_id: int) -> dict:
    """Hand over, empty and silence as above (inside the caller's transaction); returns counts."""
    conn = study.conn
    handed = sessions_to_hand_over(study, participant_id)
    for sid, other in handed.items():
        conn.execute("UPDATE interviews SET participant_id = ? WHERE id = ?", [other, sid])
        conn.execute("UPDATE recordings SET participant_id = ? WHERE interview_id = ? AND participant_id = ?",
                     [other, sid, participant_id])
    segments = their_session_segments(study, participant_id, set(handed))
    codings = 0
    for transcript_id in sorted({s["transcript_id"] for s in segments}):
        ids = {s["id"] for s in segments if s["transcript_id"] == transcript_id}
        all_ids = [r[0] for r in conn.execute(
            "SELECT id FROM segments WHERE transcript_id = ? ORDER BY position", [transcript_id])]
        rows = study.codings.list(transcript_id=transcript_id)
        kept = {c.id for c in codings_clear_of(rows, all_ids, ids)}
        gone = [c.id for c in rows if c.id not in kept]
        conn.executemany("DELETE FROM codings WHERE id = ?", [(cid,) for cid in gone])
        codings += len(gone)
    conn.executemany("UPDATE segments SET text = ?, asr_text = ?, words = '[]', confidence = NULL WHERE id = ?",
                     [(REMOVED_TEXT, REMOVED_TEXT, s["id"]) for s in segments])
    silenced = 0.0
    for recording_id in sorted({s["recording_id"] or _only_recording(study, s["interview_id"]) for s in segments} - {None}):
        ranges = [(s["start"], s["end"]) for s in segments
                  if (s["recording_id"] or _only_recording(study, s["interview_id"])) == recording_id]
        silenced += silence(study, recording_id, ranges)
    counts = {"sessions_handed_over": len(handed), "session_segments": len(segments),
              "session_codings": codings, "session_seconds_silenced": round(silenced, 1)}
    return {k: v for k, v in counts.items() if v}


def _only_recording(study, interview_id: int):
    rows = study.conn.execute("SELECT id FROM recordings WHERE interview_id = ? AND kind != 'consent_clip'",
                              [interview_id]).fetchall()
    return rows[0][0] if len(rows) == 1 else None


def silence(study, recording_id: int, ranges) -> float:
    """Overwrite the recording's audio with silence over the (start, end) ranges in seconds; returns the
    seconds silenced. The recording's sha256 is recomputed over the new audio."""
    conn = study.conn
    rate = conn.execute("SELECT sample_rate FROM recordings WHERE id = ?", [recording_id]).fetchone()[0]
    frames = [(max(0, int(a * rate)), int(np.ceil(b * rate))) for a, b in ranges if b > a]
    if not frames:
        return 0.0
    digest, done = hashlib.sha256(), 0
    for start, data in conn.execute(
        "SELECT start_frame, data FROM audio_chunks WHERE recording_id = ? ORDER BY start_frame", [recording_id]
    ).fetchall():
        pcm = np.frombuffer(data, dtype="<i2").copy()
        end = start + len(pcm)
        touched = False
        for lo, hi in frames:
            a, b = max(lo, start), min(hi, end)
            if a < b:
                pcm[a - start:b - start] = 0
                done += b - a
                touched = True
        if touched:
            data = pcm.tobytes()
            conn.execute("UPDATE audio_chunks SET data = ? WHERE recording_id = ? AND start_frame = ?",
                         [data, recording_id, start])
        digest.update(data)
    conn.execute("UPDATE recordings SET sha256 = ? WHERE id = ?", [digest.hexdigest(), recording_id])
    return done / rate
