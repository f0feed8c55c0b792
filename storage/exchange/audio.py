"""Audio in an exchange file, only when asked (`veldwerk exchange export --with-audio`).

What goes in: the complete recordings of the interviews the file's codings and corrections are in, each as
its PCM chunks keyed by the recording's sha256 (the hash of its PCM bytes, the same on every copy) and start
frame; only of participants whose current consent covers audio recording (item 1) and who did not withdraw.
What a merge does with it: a recording of this copy with the same sha256 that holds no audio (a copy made
or left without it) gets it back, checked against the hash; a recording that has its audio stays as it is;
a participant who, on this copy, did not consent to recording or withdrew gets none. Recordings not in this
copy are not created (new interviews are not exchanged).
"""
import hashlib
from collections import defaultdict

from storage.consent.forms import ConsentItem
from storage.exchange.base import Kind


def _interviews(study, items) -> set[int]:
    """The interviews the items' codings and corrected segments are in."""
    uids = {data.get("start_segment") for kind, _, data in items if kind == Kind.CODING}
    uids |= {item for kind, item, _ in items if kind == Kind.SEGMENT}
    uids.discard(None)
    found = set()
    for uid in uids:
        row = study.conn.execute("SELECT t.interview_id FROM segments s JOIN transcripts t ON t.id = s.transcript_id "
                                 "WHERE s.uid = ?", [uid]).fetchone()
        if row:
            found.add(row[0])
    return found


def recordings(study, items) -> tuple[list, int]:
    """(recordings to send, interviews left out for want of consent)."""
    chosen, refused = [], 0
    for interview_id in sorted(_interviews(study, items)):
        participant = study.conn.execute("SELECT participant_id FROM interviews WHERE id = ?", [interview_id]).fetchone()[0]
        if not study.consent.allows(participant, ConsentItem.RECORDING):
            refused += 1
            continue
        chosen += [r for r in study.recordings.for_interview(interview_id) if r.state == "complete" and r.sha256]
    return chosen, refused


def chunks(study, chosen: list):
    """(sha256, start frame, PCM) of each recording, read one chunk at a time (for the container's writer)."""
    for rec in chosen:
        for start, data in study.recordings.iter_chunks(rec.id):
            yield rec.sha256, int(start), bytes(data)


def merge_audio(study, audio, counts, log) -> None:
    """Give recordings of this copy that lack their audio the file's (see the module's docstring)."""
    by_hash: dict[str, list[tuple[int, bytes]]] = defaultdict(list)
    for sha, start, data in audio:
        by_hash[sha].append((int(start), data))
    for sha, parts in by_hash.items():
        parts.sort()
        rec = study.conn.execute("SELECT id, participant_id FROM recordings WHERE sha256 = ? AND state = 'complete' "
                                 "ORDER BY id LIMIT 1", [sha]).fetchone()
        if rec is None:
            counts["audio_not_here"] += 1
            continue
        if study.conn.execute("SELECT 1 FROM audio_chunks WHERE recording_id = ? LIMIT 1", [rec[0]]).fetchone():
            counts["audio_same"] += 1
            continue
        if not study.consent.allows(rec[1], ConsentItem.RECORDING):
            counts["audio_refused"] += 1
            continue
        digest = hashlib.sha256()
        for _, data in parts:
            digest.update(data)
        if digest.hexdigest() != sha:
            raise ValueError("the audio of a recording does not match its hash")
        study.conn.executemany("INSERT INTO audio_chunks(recording_id, start_frame, data) VALUES (?, ?, ?)",
                               [(rec[0], start, data) for start, data in parts])
        counts["audio_added"] += 1
        log("exchange.audio.add", "recording", rec[0])
