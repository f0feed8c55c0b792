"""What the study keeps for pseudonymisation: detections per text, decisions per interview, the replacement list.

- `pseudonym_scans`: per interview and text (by sha256 of the detector's version and the text), what the detector found in it,
  so exports do not run the detector again over unchanged text.
- `pseudonym_decisions`: the researcher's review per interview and term: accept (optionally with
  an own replacement), reject (keep the text), or add (a term the detector missed).
- `pseudonym_list`: the study's own list, for every interview: replace a term (a nickname → R03)
  or keep a term (the study's town, an organisation that is part of the research).

The audit log records that a decision was made, never the term itself.
"""
import hashlib
import json

from storage.clock import now
from storage.errors import NotFound, VeldwerkError
from storage.pseudonymise.deidentify import DETECTOR_VERSION, PLACEHOLDERS, Detection

DECISIONS = ("accept", "reject", "add")
LIST_ACTIONS = ("replace", "keep")


def term_key(term: str) -> str:
    """A term as compared: case-folded, runs of white space as one space."""
    return " ".join(term.split()).casefold()


def text_sha(text: str) -> str:
    """The sha256 a text's detections are stored under: of the detector's version and the text, so that
    a better detector scans every text again (the old scans are dropped as stale)."""
    return hashlib.sha256(f"{DETECTOR_VERSION}\n{text}".encode("utf-8")).hexdigest()


def _clean_term(term: str) -> str:
    term = " ".join((term or "").split())
    if not term:
        raise VeldwerkError(key="pseudonym.term_empty")
    if len(term) > 200:
        raise VeldwerkError(key="pseudonym.term_long")
    if "\ue000" in term:
        raise VeldwerkError(key="pseudonym.term_reserved")
    return term


def _check_kind(kind: str) -> str:
    if kind not in PLACEHOLDERS:
        raise VeldwerkError(key="pseudonym.unknown_kind", kind=kind, kinds=", ".join(PLACEHOLDERS))
    return kind


class PseudonymStore:
    """Reads and writes the pseudonymisation tables of a study."""

    def __init__(self, study):
        self.study = study

    # -- detections ------------------------------------------------------------------------
    def scans(self, interview_id: int) -> dict[str, list[Detection]]:
        """sha256 of a text → its stored detections, for one interview."""
        rows = self.study.conn.execute(
            "SELECT text_sha, detections FROM pseudonym_scans WHERE interview_id = ?", [interview_id]
        )
        return {sha: [Detection(*d) for d in json.loads(found)] if found != "[]" else [] for sha, found in rows}

    def save_scans(self, interview_id: int, found: dict[str, list[Detection]], current: set[str]) -> None:
        """Store new detections and drop those of texts the interview no longer has."""
        conn = self.study.conn
        with self.study.transaction():
            for sha, detections in found.items():
                conn.execute(
                    "INSERT INTO pseudonym_scans(interview_id, text_sha, detections, scanned_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(interview_id, text_sha) DO UPDATE SET detections = excluded.detections, "
                    "scanned_at = excluded.scanned_at",
                    [interview_id, sha, json.dumps([list(d) for d in detections], ensure_ascii=False), now()],
                )
            stale = [
                sha for (sha,) in conn.execute("SELECT text_sha FROM pseudonym_scans WHERE interview_id = ?", [interview_id])
                if sha not in current
            ]
            for sha in stale:
                conn.execute("DELETE FROM pseudonym_scans WHERE interview_id = ? AND text_sha = ?", [interview_id, sha])
            if found or stale:
                self.study.audit.log(
                    "pseudonymise.scan", "interview", interview_id, {"texts": len(found), "dropped": len(stale)}
                )

    # -- decisions per interview ------------------------------------------------------------
    def decisions(self, interview_id: int) -> dict[str, dict]:
        """term key → {term, kind, decision, replacement} for one interview."""
        rows = self.study.db.query(
            "SELECT * FROM pseudonym_decisions WHERE interview_id = ? ORDER BY id", [interview_id]
        )
        return {r["term_key"]: r for r in rows}

    def decide(self, interview_id: int, term: str, decision: str, *, kind: str = "naam", replacement: str = "",
               author: str = "") -> None:
        """Store (or change) the decision about a term in one interview."""
        self.study.interviews.get(interview_id)
        if decision not in DECISIONS:
            raise VeldwerkError(key="pseudonym.decision", decision=decision)
        term, kind = _clean_term(term), _check_kind(kind)
        replacement = " ".join((replacement or "").split())
        if decision == "reject" and replacement:
            raise VeldwerkError(key="pseudonym.rejected_keeps")
        with self.study.transaction():
            self.study.conn.execute(
                "INSERT INTO pseudonym_decisions(interview_id, term, term_key, kind, decision, replacement, author, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(interview_id, term_key) DO UPDATE SET kind = excluded.kind, decision = excluded.decision, "
                "replacement = excluded.replacement, author = excluded.author, updated_at = excluded.updated_at",
                [interview_id, term, term_key(term), kind, decision, replacement, author, now(), now()],
            )
            self.study.audit.log("pseudonymise.decide", "interview", interview_id, {"decision": decision, "kind": kind})

    def undecide(self, interview_id: int, term: str) -> None:
        """Forget the decision about a term (it gets the default again); raises NotFound when there is none."""
        with self.study.transaction():
            cur = self.study.conn.execute(
                "DELETE FROM pseudonym_decisions WHERE interview_id = ? AND term_key = ?", [interview_id, term_key(term)]
            )
            if not cur.rowcount:
                raise NotFound(key="pseudonym.no_decision", interview_id=interview_id)
            self.study.audit.log("pseudonymise.undecide", "interview", interview_id)

    # -- the study's replacement list -------------------------------------------------------
    def list_entries(self) -> list[dict]:
        """The replacement list: {term, action (replace|keep), replacement}, alphabetical."""
        return list(self.study.db.query("SELECT term, term_key, action, replacement FROM pseudonym_list ORDER BY term_key"))

    def set_list_entry(self, term: str, action: str, replacement: str = "") -> None:
        """Add or change an entry: replace `term` by `replacement` everywhere, or keep `term` as it is."""
        term = _clean_term(term)
        replacement = " ".join((replacement or "").split())
        if action not in LIST_ACTIONS:
            raise VeldwerkError(key="pseudonym.list_action", action=action)
        if action == "replace" and not replacement:
            raise VeldwerkError(key="pseudonym.no_replacement")
        if action == "keep" and replacement:
            raise VeldwerkError(key="pseudonym.kept_keeps")
        if action == "replace" and term_key(term) == term_key(replacement):
            raise VeldwerkError(key="pseudonym.replacement_same")
        with self.study.transaction():
            self.study.conn.execute(
                "INSERT INTO pseudonym_list(term, term_key, action, replacement, created_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(term_key) DO UPDATE SET term = excluded.term, action = excluded.action, "
                "replacement = excluded.replacement",
                [term, term_key(term), action, replacement, now()],
            )
            self.study.audit.log("pseudonymise.list.set", "study", None, {"action": action})

    def remove_list_entry(self, term: str) -> None:
        """Remove an entry from the replacement list; raises NotFound when it is not on it."""
        with self.study.transaction():
            cur = self.study.conn.execute("DELETE FROM pseudonym_list WHERE term_key = ?", [term_key(term)])
            if not cur.rowcount:
                raise NotFound(key="pseudonym.not_on_list")
            self.study.audit.log("pseudonymise.list.remove", "study", None)
