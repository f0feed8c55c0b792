"""The consent ledger: append-only, hash-chained consent and withdrawal records.

Each record's `hash` is the sha256 of a canonical JSON of its fields, including `prev_hash`,
the hash of the record before it (64 zeros for the first). Triggers refuse UPDATE and
DELETE; `verify` recomputes the chain, the forms and every referenced consent clip.
"""
import hashlib
import json
from dataclasses import dataclass

from storage.clock import now
from storage.errors import VeldwerkError
from storage.messages import Capitalised, Message

GENESIS = "0" * 64
HASHED_FIELDS = (
    "id", "participant_id", "participant_code", "kind", "form_version", "form_sha256", "answers", "method",
    "researcher", "created_at", "clip_recording_id", "clip_sha256", "form_values", "prev_hash",
)


def canonical(value) -> str:
    """Canonical JSON: sorted keys, no spaces, UTF-8 text."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def record_hash(row: dict) -> str:
    """The sha256 of a record's hashed fields (prev_hash included)."""
    return hashlib.sha256(canonical({k: row.get(k) for k in HASHED_FIELDS}).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Broken:
    """The first record that fails verification and why."""

    record_id: int
    reason: str

    def __str__(self) -> str:
        return self.text("en")

    def text(self, lang: str = "en") -> str:
        """"record N: why", in `lang` (the reason is a catalogue Message where the core wrote it)."""
        reason = self.reason.text(lang) if isinstance(self.reason, Message) else str(self.reason)
        return Message("consent.verify_at", id=self.record_id, reason=reason).text(lang) if self.record_id else reason


@dataclass
class VerifyResult:
    """Outcome of `verify`: ok, how many records were checked, and the first broken one."""

    ok: bool
    checked: int
    first_broken: Broken | None = None
    head: str = GENESIS  # the hash of the last record checked


def append(study, row: dict, audit_action: str) -> dict:
    """Append one record (inside a transaction), chaining it to the last; returns it with id and hash."""
    conn = study.conn
    with study.transaction():
        last = conn.execute("SELECT id, hash FROM consent_records ORDER BY id DESC LIMIT 1").fetchone()
        row = dict(row, id=(last[0] + 1) if last else 1, prev_hash=last[1] if last else GENESIS, created_at=now())
        row["hash"] = record_hash(row)
        columns = list(HASHED_FIELDS) + ["hash"]
        conn.execute(
            f"INSERT INTO consent_records({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
            [row.get(c) for c in columns],
        )
        study.audit.log(
            audit_action, "consent_record", row["id"],
            {"participant": row["participant_code"], "kind": row["kind"], "hash": row["hash"]},
        )
    return row


class LedgerDamaged(VeldwerkError):
    """A consent record no longer matches its hash: it is not trusted."""


def _audited_hashes(study) -> dict[int, str]:
    """Record id → the hash its audit-log entry carries (each record is bound to its entry)."""
    found = {}
    for entity_id, detail in study.conn.execute(
        "SELECT entity_id, detail FROM audit_log WHERE entity = 'consent_record' ORDER BY id"
    ):
        try:
            found[int(entity_id)] = json.loads(detail or "{}")["hash"]
        except (KeyError, TypeError, ValueError):
            continue
    return found


class Trust:
    """What `chain_problem` found: a problem with the whole ledger, or with some participants' records."""

    def __init__(self):
        self.ledger: str | None = None  # a broken link or a broken seal: nobody's records can be trusted
        self.participants: dict[int, str] = {}  # participant id → the first problem with their own records
        self.heads: list[str] = []

    def problem_for(self, participant_id: int | None) -> str | None:
        if self.ledger:
            return self.ledger
        if participant_id is None:
            return next(iter(self.participants.values()), None)
        return self.participants.get(participant_id)


def chain_problem(study) -> Trust:
    """Whether the ledger can be trusted, as a whole and per participant.

    Cheap enough for every enforcement check: the hash chain, each record's own hash, each record's
    audit entry (a record appended without one is forged), and the seal in the study header (a ledger
    cut short at its end). Forms and clips are checked by `verify` only.
    """
    trust = Trust()
    audited = _audited_hashes(study)
    prev = GENESIS
    for row in study.db.query(f"SELECT {', '.join(HASHED_FIELDS)}, hash FROM consent_records ORDER BY id"):
        pid = row["participant_id"]
        if row["prev_hash"] != prev and trust.ledger is None:
            trust.ledger = Message("consent.trust_link", id=row["id"])
        if record_hash(row) != row["hash"]:
            trust.participants.setdefault(pid, Message("consent.trust_hash", id=row["id"]))
        elif audited.get(row["id"]) != row["hash"]:
            trust.participants.setdefault(pid, Message("consent.trust_audit", id=row["id"]))
        prev = row["hash"]
        trust.heads.append(row["hash"])
    if trust.ledger is None:
        trust.ledger = study.ledger_seal.problem(trust.heads)
    return trust


def rows(study, participant_id: int | None = None) -> list[dict]:
    """Records oldest first, answers and form values decoded (all, or one participant's).

    Raises LedgerDamaged when the ledger, or this participant's part of it, does not verify
    (`chain_problem`), so a ledger edited behind Veldwerk's back never grants anything.
    """
    problem = chain_problem(study).problem_for(participant_id)
    if problem:
        raise LedgerDamaged(key="consent.ledger_untrusted", problem=Capitalised(problem))
    where, params = ("WHERE participant_id = ?", [participant_id]) if participant_id is not None else ("", [])
    result = []
    for r in study.db.query(f"SELECT * FROM consent_records {where} ORDER BY id", params):
        try:
            if record_hash(r) != r["hash"]:
                raise ValueError
            result.append(dict(r, answers={int(k): v for k, v in json.loads(r["answers"] or "{}").items()},
                               form_values=json.loads(r["form_values"] or "{}")))
        except (ValueError, TypeError, AttributeError):
            raise LedgerDamaged(key="consent.record_hash", id=r["id"]) from None
    return result


def verify(study) -> VerifyResult:
    """Recompute the chain, each record's hash, its form's hash and its clip's hash."""
    conn = study.conn
    forms = {}
    for form in study.consent.forms.list():
        forms[form["version"]] = form
    full_withdrawals = {}
    for pid, rid in conn.execute(
        "SELECT participant_id, min(id) FROM consent_records WHERE kind = 'withdrawal' AND method = 'full' "
        "GROUP BY participant_id"
    ):
        full_withdrawals[pid] = rid
    prev = GENESIS
    checked = 0
    for row in study.db.query("SELECT * FROM consent_records ORDER BY id"):
        checked += 1
        reason = _check(study, row, prev, forms, full_withdrawals)
        if reason:
            return VerifyResult(False, checked, Broken(row["id"], reason))
        prev = row["hash"]
    problem = chain_problem(study).problem_for(None)  # audit binding and the seal in the study header
    if problem:
        return VerifyResult(False, checked, Broken(0, problem))
    for entry in study.audit.entries():
        if entry["entity"] != "consent_record" or "hash" not in entry["detail"]:
            continue
        found = conn.execute("SELECT hash FROM consent_records WHERE id = ?", [int(entry["entity_id"])]).fetchone()
        if found is None or found[0] != entry["detail"]["hash"]:
            return VerifyResult(
                False, checked,
                Broken(int(entry["entity_id"]), Message("consent.verify_audit")),
            )
    return VerifyResult(True, checked, head=prev)


def _check(study, row: dict, prev: str, forms: dict, full_withdrawals: dict) -> str | None:
    if row["prev_hash"] != prev:
        return Message("consent.verify_link")
    if record_hash(row) != row["hash"]:
        return Message("consent.verify_hash")
    if row["form_version"] is not None:
        form = forms.get(row["form_version"])
        if form is None:
            return Message("consent.verify_form_missing", version=row["form_version"])
        broken = study.consent.forms.verify_row(form)
        if broken:
            return broken
        if form["sha256"] != row["form_sha256"]:
            return Message("consent.verify_form_hash", version=row["form_version"])
    clip = row["clip_recording_id"]
    if clip is not None:
        exists = study.conn.execute(
            "SELECT participant_id, kind FROM recordings WHERE id = ?", [clip]
        ).fetchone()
        if exists is None:
            withdrawn_in = full_withdrawals.get(row["participant_id"])
            if withdrawn_in is None or withdrawn_in < row["id"]:
                return Message("consent.verify_clip_missing", clip=clip)
        elif exists[0] != row["participant_id"] or exists[1] != "consent_clip":
            return Message("consent.verify_clip_not_theirs", clip=clip)
        elif study.recordings.sha256(clip) != row["clip_sha256"]:
            return Message("consent.verify_clip_changed", clip=clip)
    return None
