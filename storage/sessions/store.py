"""Sessions: a focus group or meeting is an interview row of another kind with several participants present.

    sid = study.sessions.create("focus group", ["R01", "R02", "R05"], date="2026-03-02")
    study.sessions.attend(sid, ["R07"])              # came in later
    study.sessions.attribute(sid, "S2", "R05")       # speaker label of its transcript → participant

The first participant named is the session's participant of record (`interviews.participant_id`, so every
interview query keeps working); everyone present is in `session_participants`, each with their own role and
consent. Recording, importing and transcribing need the consent of everyone present
(`storage/sessions/consent.py`). A speaker label attributed to a participant makes that participant the
speaker of its segments: codings starting there count for their role in the perception matrix, and their
consent to quoting decides whether those words may leave the study.
"""
from __future__ import annotations

import contextlib
import dataclasses

from storage.clock import now
from storage.errors import NotFound, VeldwerkError
from storage.sessions.kinds import SessionKind, parse_kind


class NotASession(VeldwerkError):
    """An interview id where a focus group or meeting was expected."""


class UnknownSpeaker(VeldwerkError):
    """A speaker label the session's transcript does not have."""


class NotPresent(VeldwerkError):
    """A participant who is not among those present in the session."""


def find_participant(study, code: str) -> dict:
    """The participant with this code, also when dictated in another case ("r01"); raises NotFound."""
    code = (code or "").strip()
    try:
        return study.participants.get(code)
    except NotFound:
        rows = [p for p in study.participants.list() if p["code"].casefold() == code.casefold()]
        if len(rows) == 1:
            return rows[0]
        raise


class Sessions:
    """Creates sessions, records who was present and who spoke under which speaker label."""

    def __init__(self, study):
        self.study = study

    # -- creating ---------------------------------------------------------------------------
    def create(self, kind, participants, *, date: str | None = None, interviewer: str = "", location: str = "",
               notes: str = "") -> int:
        """A new focus group or meeting with these participants (codes) present; returns its id."""
        from storage.actions.dates import parse_date, today

        kind = parse_kind(kind)
        date = parse_date(date, "session date") or today()
        if not kind.is_session:
            raise NotASession(key="session.not_interview")
        people = self._active(participants)
        if not people:
            raise VeldwerkError(key="session.nobody")
        with self.study.transaction():
            cur = self.study.conn.execute(
                "INSERT INTO interviews(participant_id, date, interviewer, location, notes, created_at, kind) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [people[0]["id"], date, interviewer, location, notes, now(), kind.value],
            )
            sid = cur.lastrowid
            self._insert_present(sid, people)
            self.study.audit.log("session.create", "interview", sid, {"kind": kind.value, "present": len(people)})
        return sid

    def attend(self, session_id: int, participants) -> list[str]:
        """Add participants to those present (all or nothing); returns the codes added (already present ones skipped)."""
        self.require_session(session_id)
        present = set(self.present_ids(session_id))
        people = [p for p in self._active(participants) if p["id"] not in present]
        if people:
            with self.study.transaction():
                self._insert_present(session_id, people)
                self.study.audit.log("session.attend", "interview", session_id, {"added": len(people)})
        return [p["code"] for p in people]

    def _active(self, codes) -> list[dict]:
        if isinstance(codes, str):
            codes = [codes]
        people, seen = [], set()
        for code in codes:
            person = self.study.participants.require_active(find_participant(self.study, code)["code"])
            if person["id"] not in seen:
                seen.add(person["id"])
                people.append(person)
        return people

    def _insert_present(self, session_id: int, people) -> None:
        self.study.conn.executemany(
            "INSERT OR IGNORE INTO session_participants(interview_id, participant_id, added_at) VALUES (?, ?, ?)",
            [(session_id, p["id"], now()) for p in people],
        )

    # -- reading ----------------------------------------------------------------------------
    def kind(self, interview_id: int) -> SessionKind:
        row = self.study.conn.execute("SELECT kind FROM interviews WHERE id = ?", [interview_id]).fetchone()
        if row is None:
            raise NotFound(key="session.not_found", interview_id=interview_id)
        return SessionKind(row[0] or SessionKind.INTERVIEW.value)

    def require_session(self, session_id: int):
        if not self.kind(session_id).is_session:
            raise NotASession(key="session.is_interview", session_id=session_id)
        return self.study.interviews.get(session_id)

    def present_ids(self, interview_id: int) -> list[int]:
        from storage.sessions.consent import present_ids

        return present_ids(self.study, interview_id)

    def present(self, interview_id: int) -> list[dict]:
        """Everyone present (participant of record first) as {id, code, role, withdrawn_at}."""
        by_id = self.study.participants.by_id
        return [{k: by_id(pid)[k] for k in ("id", "code", "role", "withdrawn_at")} for pid in self.present_ids(interview_id)]

    def list(self) -> list[dict]:
        """Every focus group and meeting, as `interviews.list` rows with `present` (codes) and `speakers` (label → code)."""
        rows = [i for i in self.study.interviews.list() if i.kind.is_session]
        return [dict(dataclasses.asdict(r), present=[p["code"] for p in self.present(r.id)], speakers=self.attributions(r.id))
                for r in rows]

    def get(self, session_id: int) -> dict:
        row = self.require_session(session_id)
        return dict(dataclasses.asdict(row), present=[p["code"] for p in self.present(session_id)],
                    speakers=self.attributions(session_id))

    # -- speakers ---------------------------------------------------------------------------
    def speaker_labels(self, interview_id: int) -> list[str]:
        """The speaker labels of the interview's transcript (in its segments or its names), sorted."""
        transcript = self.study.transcripts.for_interview(interview_id)
        if transcript is None:
            return []
        labels = {r[0] for r in self.study.conn.execute(
            "SELECT DISTINCT speaker FROM segments WHERE transcript_id = ? AND speaker != ''", [transcript.id])}
        labels.update(k for k in (transcript.speakers or {}) if k)
        return sorted(labels)

    def attributions(self, interview_id: int) -> dict[str, str]:
        """{speaker label: participant code} of the interview or session."""
        return {label: code for label, code in self.study.conn.execute(
            "SELECT a.label, p.code FROM speaker_attributions a JOIN participants p ON p.id = a.participant_id "
            "WHERE a.interview_id = ? ORDER BY a.label", [interview_id])}

    def attribute(self, interview_id: int, label: str, participant: str | None) -> str:
        """Make `participant` (a code present in the session) the speaker of every segment labelled `label`;
        None takes the attribution away. Also names the label after the code in the transcript. Returns the label."""
        self.study.interviews.get(interview_id)
        labels = self.speaker_labels(interview_id)
        wanted = (label or "").strip()
        match = [x for x in labels if x == wanted] or [x for x in labels if x.casefold() == wanted.casefold()]
        if not match:
            known = ", ".join(labels) if labels else "none (transcribe it and propose speakers first)"
            raise UnknownSpeaker(key="session.unknown_speaker", interview_id=interview_id, wanted=wanted, known=known)
        label = match[0]
        if participant is None:
            with self.study.transaction():
                self.study.conn.execute("DELETE FROM speaker_attributions WHERE interview_id = ? AND label = ?",
                                        [interview_id, label])
                self.study.audit.log("session.attribute", "interview", interview_id, {"participant": None})
            return label
        person = find_participant(self.study, participant)
        if person["id"] not in self.present_ids(interview_id):
            raise NotPresent(key="session.not_present", code=person["code"], interview_id=interview_id)
        self.study.participants.require_active(person["id"])
        transcript = self.study.transcripts.for_interview(interview_id)
        names = dict(transcript.speakers or {})
        names[label] = person["code"]
        with self.study.transaction():
            self.study.conn.execute(
                "INSERT INTO speaker_attributions(interview_id, label, participant_id) VALUES (?, ?, ?) "
                "ON CONFLICT(interview_id, label) DO UPDATE SET participant_id = excluded.participant_id",
                [interview_id, label, person["id"]],
            )
            self.study.transcripts.set_speaker_names(transcript.id, names)
            self.study.audit.log("session.attribute", "interview", interview_id, {"participant": person["code"]})
        return label


@contextlib.contextmanager
def drop_changed_attributions(study, transcript_id: int):
    """Around a bulk relabelling of a transcript's segments (inside its transaction): afterwards, every attributed
    label whose set of segments changed loses its attribution, so nobody's words pass under another's consent."""
    conn = study.conn
    row = conn.execute("SELECT interview_id FROM transcripts WHERE id = ?", [transcript_id]).fetchone()
    attributed = [r[0] for r in conn.execute(
        "SELECT label FROM speaker_attributions WHERE interview_id = ?", [row[0]])] if row else []

    def by_label() -> dict[str, set[int]]:
        found: dict[str, set[int]] = {label: set() for label in attributed}
        for sid, label in conn.execute("SELECT id, speaker FROM segments WHERE transcript_id = ?", [transcript_id]):
            if label in found:
                found[label].add(sid)
        return found

    before = by_label() if attributed else {}
    yield
    if attributed:
        after = by_label()
        changed = [label for label in attributed if before[label] != after[label]]
        conn.executemany("DELETE FROM speaker_attributions WHERE interview_id = ? AND label = ?",
                         [(row[0], label) for label in changed])
        if changed:
            study.audit.log("session.attribution_dropped", "interview", row[0], {"labels": len(changed)})
