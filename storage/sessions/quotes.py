"""Who may be quoted in a session, segment by segment (consent item 3).

In a plain interview the interview's participant decides for the whole transcript (`ExportContext.quotable`).
In a focus group or meeting each segment belongs to its speaker: a segment whose speaker label is attributed
to a participant without consent to quoting is left out; a segment whose speaker is not attributed could be
anyone present, so it is left out unless everyone present consented to quoting.
"""
from storage.consent.forms import ConsentItem
from storage.sessions.consent import present_ids
from storage.sessions.kinds import SessionKind

UNATTRIBUTED = ""  # the speaker of a left-out segment whose label is attributed to nobody


def omitted_segment_text(code: str) -> str:
    """What an export shows instead of a left-out segment (Dutch, like every export's notices)."""
    if code:
        return f"[Weggelaten: {code} gaf geen toestemming voor citeren (toestemmingsitem 3).]"
    return "[Weggelaten: spreker niet toegewezen en niet iedereen aanwezig gaf toestemming voor citeren.]"


def unquotable_segments(study, interview_id: int, speakers: dict, quotable=None) -> dict[int, str]:
    """{segment id: speaker's code (or UNATTRIBUTED)} of the segments that may not be quoted; empty for an interview.
    `speakers`: {segment id: speaker label} of the interview's segments. `quotable(participant_id)` answers
    consent item 3 (an export run passes its cached `ExportContext.quotable`)."""
    row = study.conn.execute("SELECT kind FROM interviews WHERE id = ?", [interview_id]).fetchone()
    if row is None or not SessionKind(row[0]).is_session:
        return {}
    quotable = quotable or (lambda pid: study.consent.allows(pid, ConsentItem.QUOTES))
    allowed = {pid: quotable(pid) for pid in present_ids(study, interview_id)}
    attributed = {label: (pid, code) for label, pid, code in study.conn.execute(
        "SELECT a.label, a.participant_id, p.code FROM speaker_attributions a "
        "JOIN participants p ON p.id = a.participant_id WHERE a.interview_id = ?", [interview_id])}
    everyone = all(allowed.values())
    found = {}
    for segment_id, label in speakers.items():
        speaker = attributed.get(label or "")
        if speaker is None:
            if not everyone:
                found[segment_id] = UNATTRIBUTED
        else:
            pid, code = speaker
            if pid not in allowed:  # attributed, then no longer present: asked once
                allowed[pid] = quotable(pid)
            if not allowed[pid]:
                found[segment_id] = code
    return found


def codings_clear_of(codings, segment_ids, left_out) -> list:
    """The codings whose range (first to last segment) touches none of the left-out segments.
    `segment_ids`: the transcript's segment ids in reading order."""
    if not left_out:
        return list(codings)
    positions = {sid: i for i, sid in enumerate(segment_ids)}
    out = {positions[sid] for sid in left_out if sid in positions}
    return [c for c in codings
            if not out.intersection(range(positions[c.start_segment_id], positions[c.end_segment_id] + 1))]
