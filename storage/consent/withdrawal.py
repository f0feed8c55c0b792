"""Withdrawal of consent: one item (a ledger entry), or everything (their data is erased).

A full withdrawal deletes, in one transaction, every interview (a focus group or meeting with others
present stays: their words in it are emptied and their voice silenced, storage/sessions/withdrawal.py), recording (consent clips
included), audio chunk, transcript, segment and coding of the participant, plus rows of any
other table that hang off them; wipes the participant's notes; sets `withdrawn_at`; and
appends a ledger entry holding only the pseudonym code, the time and the hashes. Terms on
the study's replacement list that only this participant's texts contain (a nickname, a street)
go too: they are traces of the participant, not of the study. Deleted
rows are overwritten (secure_delete, FTS5 secure-delete); afterwards the write-ahead log,
which still holds the old pages, is folded in and emptied.
"""
import re

from storage.clock import now
from storage.pseudonymise.pseudonymiser import interview_texts, term_pattern
from storage.pseudonymise.store import PseudonymStore, term_key

# What belongs to one participant, as subqueries over :p (the participant id).
_INTERVIEWS = "SELECT id FROM interviews WHERE participant_id = :p"
_RECORDINGS = f"SELECT id FROM recordings WHERE participant_id = :p OR interview_id IN ({_INTERVIEWS})"
_TRANSCRIPTS = f"SELECT id FROM transcripts WHERE interview_id IN ({_INTERVIEWS}) OR recording_id IN ({_RECORDINGS})"
_SEGMENTS = f"SELECT id FROM segments WHERE transcript_id IN ({_TRANSCRIPTS})"
_CODINGS = (
    f"SELECT id FROM codings WHERE transcript_id IN ({_TRANSCRIPTS}) "
    f"OR start_segment_id IN ({_SEGMENTS}) OR end_segment_id IN ({_SEGMENTS})"
)
OWNED = {
    "codings": _CODINGS,
    "segments": _SEGMENTS,
    "transcripts": _TRANSCRIPTS,
    "recordings": _RECORDINGS,
    "interviews": _INTERVIEWS,
    "participants": "SELECT :p",
}
# Deleted in this order (children first); audio_chunks go with their recordings.
_ORDER = ["codings", "segments", "transcripts", "audio_chunks", "recordings", "interviews"]
_KEEP = {"consent_records", "audit_log", "participants", "roles", "codes", "consent_forms", "settings"}


def _dependent_tables(conn) -> list[tuple[str, str, str]]:
    """(table, column, parent) for every other table with a foreign key into the participant's data."""
    found = []
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        if table in _KEEP or table in _ORDER:
            continue
        for fk in conn.execute(f"PRAGMA foreign_key_list([{table}])"):
            parent, column = fk[2], fk[3]
            if parent in OWNED:
                found.append((table, column, parent))
    return found


def list_terms_only_theirs(study, participant_id: int) -> list[str]:
    """Terms of the study's replacement list found in this participant's texts and in nobody else's."""
    entries = PseudonymStore(study).list_entries()
    if not entries:
        return []
    theirs, others = [], []
    for interview_id, owner in study.conn.execute("SELECT id, participant_id FROM interviews"):
        (theirs if owner == participant_id else others).extend(interview_texts(study, interview_id))
    theirs_text, others_text = "\n".join(theirs), "\n".join(others)
    found = []
    for entry in entries:
        pattern = re.compile(term_pattern(entry["term"]), re.IGNORECASE)
        if pattern.search(theirs_text) and not pattern.search(others_text):
            found.append(entry["term"])
    return found


def erase_participant(study, participant_id: int) -> dict:
    """Delete everything of the participant (inside the caller's transaction); returns counts per table."""
    conn = study.conn
    p = {"p": participant_id}
    counts = {}
    terms = list_terms_only_theirs(study, participant_id)
    if terms:
        counts["pseudonym_list"] = sum(
            conn.execute("DELETE FROM pseudonym_list WHERE term_key = ?", [term_key(t)]).rowcount for t in terms
        )
    from storage.sessions.withdrawal import leave_sessions

    counts.update(leave_sessions(study, participant_id))  # first: a session they took part in stays for the others
    from storage.actions.withdrawal import forget_participant

    counts.update(forget_participant(study, participant_id))  # before the generic deletes: actions stay
    for table, column, parent in _dependent_tables(conn):
        cur = conn.execute(f"DELETE FROM [{table}] WHERE [{column}] IN ({OWNED[parent]})", p)
        if cur.rowcount:
            counts[table] = counts.get(table, 0) + cur.rowcount
    for table in _ORDER:
        if table == "audio_chunks":
            cur = conn.execute(f"DELETE FROM audio_chunks WHERE recording_id IN ({_RECORDINGS})", p)
        else:
            cur = conn.execute(f"DELETE FROM {table} WHERE id IN ({OWNED[table]})", p)
        counts[table] = cur.rowcount
    conn.execute("UPDATE participants SET notes = '', withdrawn_at = ? WHERE id = ?", [now(), participant_id])
    return counts


def scrub_files(study) -> dict:
    """Empty the write-ahead log into the database, where secure_delete has zeroed the deleted rows.

    Measured: after the checkpoint no deleted words or audio bytes remain in any file of the
    folder; FTS5 'optimize' and VACUUM are not needed. The checkpoint cannot finish while
    another connection reads; the log is then emptied when the study closes.
    """
    busy, _, _ = study.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return {"log_emptied": not busy}
