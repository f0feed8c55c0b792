"""The consent ledger of a study: forms, consent records, checks the core enforces, withdrawal.

    study.consent.record("R01", {ConsentItem.RECORDING: True, ConsentItem.TRANSCRIPTION: True, ConsentItem.QUOTES: False},
                         method="written", researcher="AB")
    study.consent.require(pid, ConsentItem.RECORDING)   # raises ConsentRequired when it is not covered
    study.consent.withdraw("R01", items=[ConsentItem.QUOTES])   # no more quotes; the data stays
    study.consent.withdraw("R01")              # everything: their data is erased

The items with a fixed meaning on every form are `ConsentItem` (storage/consent_forms.py):
audio recording, transcription on this laptop, anonymous quotes. See docs/consent.md.
"""
import json
from enum import StrEnum

from storage.consent import chain, withdrawal
from storage.consent.chain import VerifyResult  # noqa: F401 - part of this module's API
from storage.consent.forms import ConsentForms, ConsentItem  # noqa: F401 - part of this module's API
from storage.errors import ConsentRequired, NotFound, StudyBusy, VeldwerkError
from storage.messages import Text, consent_item

METHODS = ("verbal", "written")


class ConsentState(StrEnum):
    """A participant's consent as a whole (for the icon beside the participant)."""

    NONE = "none"
    GIVEN = "given"
    PARTLY_WITHDRAWN = "partly_withdrawn"
    WITHDRAWN = "withdrawn"
    DAMAGED = "damaged"  # the ledger (or this participant's part) does not verify: it allows nothing


STATES = tuple(ConsentState)


def purpose(item: int, lang: str = "en") -> str:
    """A short name of an item, for messages (the texts live in storage/messages.py)."""
    return consent_item(item).render(lang)


class ConsentLedger:
    """Consent forms, the hash-chained ledger of consent and withdrawal, and the checks on it."""

    def __init__(self, study):
        self.study = study
        self.forms = ConsentForms(study)

    # -- forms -----------------------------------------------------------------------------
    def seed_default_form(self) -> list[int]:
        """Add the bundled Dutch and English forms to a new study."""
        return self.forms.seed_defaults()

    def add_form(self, text: str, items, language: str = "nl", title: str = "") -> int:
        """Add a new form version; returns the version. Items 1-3 must be present."""
        return self.forms.add(text, items, language, title)

    def form(self, version: int) -> dict:
        return self.forms.get(version)

    def current_form(self, language: str | None = None) -> dict:
        return self.forms.current(language)

    # -- participants ------------------------------------------------------------------------
    def _person(self, participant) -> dict:
        if isinstance(participant, int) and not isinstance(participant, bool):
            return self.study.participants.by_id(participant)
        if isinstance(participant, str):
            return self.study.participants.get(participant.strip())
        raise NotFound(key="participant.not_found", code=participant)

    # -- recording consent -------------------------------------------------------------------
    def validate(self, participant, answers: dict, method: str, researcher: str, form_version: int | None = None) -> dict:
        """Check a consent before anything is recorded; returns {"person", "form", "answers"} or raises."""
        person = self._person(participant)
        if person["withdrawn_at"]:
            raise ConsentRequired(key="consent.not_again", code=person["code"])
        if method not in METHODS:
            raise VeldwerkError(key="consent.method", method=method)
        if not (researcher or "").strip():
            raise VeldwerkError(key="consent.no_researcher")
        if form_version is None and not self.forms.list():
            self.seed_default_form()  # a study made before consent forms existed
        form = self.forms.get(form_version) if form_version is not None else self.forms.current()
        return {"person": person, "form": form, "answers": self._answers(form, answers)}

    def record(self, participant_code, answers: dict, method: str, researcher: str,
               clip_recording_id: int | None = None, form_version: int | None = None) -> dict:
        """Append a consent record; returns it. Verbal consent needs a consent clip of the participant.

        Items left out of `answers` count as declined.
        """
        checked = self.validate(participant_code, answers, method, researcher, form_version)
        person, form, given = checked["person"], checked["form"], checked["answers"]
        if method == "verbal" and clip_recording_id is None:
            raise VeldwerkError(key="consent.verbal_needs_clip")
        clip_sha = None
        if clip_recording_id is not None:
            clip_sha = self._check_clip(person, clip_recording_id)
        row = {
            "participant_id": person["id"],
            "participant_code": person["code"],
            "kind": "consent",
            "form_version": form["version"],
            "form_sha256": form["sha256"],
            "answers": chain.canonical({str(k): v for k, v in given.items()}),
            "method": method,
            "researcher": researcher.strip(),
            "clip_recording_id": clip_recording_id,
            "clip_sha256": clip_sha,
            "form_values": chain.canonical(self.forms.values(form["language"])),
        }
        return self._decoded(chain.append(self.study, row, "consent.record"))

    def _answers(self, form: dict, answers: dict) -> dict[int, bool]:
        numbers = [item["number"] for item in form["items"]]
        given = {n: False for n in numbers}
        for key, value in (answers or {}).items():
            try:
                number = int(key)
            except (TypeError, ValueError):
                raise VeldwerkError(key="consent.items_are_numbers", value=key) from None
            if number not in given:
                raise VeldwerkError(
                    key="consent.item_not_on_form", number=number, version=form["version"],
                    numbers=", ".join(map(str, numbers))
                )
            if not isinstance(value, bool):
                raise VeldwerkError(key="consent.answer_yes_no", number=number)
            given[number] = value
        return given

    def _check_clip(self, person: dict, recording_id: int) -> str:
        rec = self.study.recordings.get(recording_id)
        if rec.kind != "consent_clip" or rec.participant_id != person["id"]:
            raise VeldwerkError(key="consent.clip_not_theirs", recording_id=recording_id, code=person["code"])
        if rec.state != "complete" or not rec.frames:
            raise VeldwerkError(key="consent.clip_unfinished", recording_id=recording_id)
        return self.study.recordings.sha256(recording_id)

    # -- reading -------------------------------------------------------------------------------
    def history(self, participant) -> list[dict]:
        """The participant's consent and withdrawal records, oldest first."""
        return chain.rows(self.study, self._person(participant)["id"])

    def records(self) -> list[dict]:
        """The whole ledger, oldest first."""
        return chain.rows(self.study)

    def current(self, participant) -> dict[int, bool]:
        """Item number → whether it is covered now (the latest consent minus later withdrawals)."""
        person = self._person(participant)
        answers: dict[int, bool] = {}
        for rec in chain.rows(self.study, person["id"]):
            if rec["kind"] == "consent":
                answers = dict(rec["answers"])
            elif rec["method"] == "full":
                answers = {n: False for n in answers}
            else:
                answers.update({n: False for n in rec["answers"] if n in answers})
        if person["withdrawn_at"]:
            answers = {n: False for n in answers}
        return answers

    def allows(self, participant, item: int) -> bool:
        """Whether the participant's current consent covers the item (False when their records are damaged)."""
        try:
            return bool(self.current(participant).get(int(item), False))
        except chain.LedgerDamaged:
            return False

    def state(self, participant) -> ConsentState:
        """The participant's ConsentState (for the icon beside the participant)."""
        person = self._person(participant)
        try:
            recs = chain.rows(self.study, person["id"])
        except chain.LedgerDamaged:
            return ConsentState.DAMAGED
        if person["withdrawn_at"] or any(r["kind"] == "withdrawal" and r["method"] == "full" for r in recs):
            return ConsentState.WITHDRAWN
        consents = [i for i, r in enumerate(recs) if r["kind"] == "consent"]
        if not consents:
            return ConsentState.NONE
        latest = recs[consents[-1]]
        if not any(latest["answers"].values()):
            return ConsentState.NONE
        later = recs[consents[-1] + 1:]
        if any(latest["answers"].get(n) for r in later for n in r["answers"]):
            return ConsentState.PARTLY_WITHDRAWN
        return ConsentState.GIVEN

    def require(self, participant, item: int) -> None:
        """Raise ConsentRequired (one line) unless the participant's current consent covers the item."""
        person = self._person(participant)
        item = int(item)
        code = person["code"]
        what = Text("consent.what", {"purpose": consent_item(item), "item": item})
        if person["withdrawn_at"]:
            raise ConsentRequired(key="consent.withdrawn_study", code=code)
        recs = chain.rows(self.study, person["id"])
        if not any(r["kind"] == "consent" for r in recs):
            raise ConsentRequired(key="consent.none_yet", code=code, what=what)
        current = self.current(person["id"])
        if current.get(item):
            return
        if item not in current:
            raise ConsentRequired(key="consent.no_item", code=code, item=item, purpose=consent_item(item))
        latest = [r for r in recs if r["kind"] == "consent"][-1]
        if latest["answers"].get(item):
            raise ConsentRequired(key="consent.withdrawn_item", code=code, what=what)
        raise ConsentRequired(key="consent.not_given", code=code, what=what)

    def verify(self) -> VerifyResult:
        """Recompute the hash chain, every form's hash and every referenced consent clip's sha256."""
        return chain.verify(self.study)

    # -- withdrawal -----------------------------------------------------------------------------
    def withdraw(self, participant_code, items=None, researcher: str = "") -> dict:
        """Withdraw some items (a ledger entry) or, with items=None, everything (their data is erased).

        Returns a summary: {"participant", "items"} or {"participant", "deleted": {table: rows}}.
        """
        person = self._person(participant_code)
        code = person["code"]
        if person["withdrawn_at"]:
            raise VeldwerkError(key="consent.already_withdrawn", code=code)
        researcher = (researcher or "").strip()
        if items is not None:
            return self._withdraw_items(person, items, researcher)
        live = self.study.conn.execute(
            "SELECT id FROM recordings WHERE participant_id = ? AND state = 'recording'", [person["id"]]
        ).fetchall()
        crashed = {r.id for r in self.study.recordings.interrupted()}
        if any(rid not in crashed for (rid,) in live):
            raise VeldwerkError(key="consent.withdraw_recording", code=code)
        from storage.locks import being_transcribed

        interviews = [r[0] for r in self.study.conn.execute("SELECT id FROM interviews WHERE participant_id = ?",
                                                             [person["id"]])]
        if being_transcribed(self.study, interviews):
            raise StudyBusy(key="busy.withdraw_transcribing", code=code)
        with self.study.transaction():
            deleted = withdrawal.erase_participant(self.study, person["id"])
            row = {
                "participant_id": person["id"], "participant_code": code, "kind": "withdrawal",
                "answers": chain.canonical({str(n): False for n in self._all_items()}),
                "method": "full", "researcher": researcher,
            }
            rec = chain.append(self.study, row, "consent.withdraw")
            self.study.audit.log("participant.withdraw", "participant", person["id"], {"deleted": deleted})
        scrub = withdrawal.scrub_files(self.study)
        return {"participant": code, "record": rec["id"], "deleted": deleted, **scrub}

    def _withdraw_items(self, person: dict, items, researcher: str) -> dict:
        code = person["code"]
        try:
            numbers = sorted({int(n) for n in items})
        except (TypeError, ValueError):
            raise VeldwerkError(key="consent.items_numbers_example") from None
        if not numbers:
            raise VeldwerkError(key="consent.withdraw_what")
        current = self.current(person["id"])
        if not current:
            raise VeldwerkError(key="consent.nothing_recorded", code=code)
        unknown = [n for n in numbers if n not in current]
        if unknown:
            raise VeldwerkError(
                key="consent.item_not_theirs", item=unknown[0], code=code, numbers=", ".join(map(str, current))
            )
        given = [n for n in numbers if current[n]]
        if not given:
            raise VeldwerkError(key="consent.nothing_to_withdraw", code=code, numbers=", ".join(map(str, numbers)))
        row = {
            "participant_id": person["id"], "participant_code": code, "kind": "withdrawal",
            "answers": chain.canonical({str(n): False for n in given}),
            "method": "partial", "researcher": researcher,
        }
        rec = chain.append(self.study, row, "consent.withdraw")
        return {"participant": code, "record": rec["id"], "items": given}

    def _all_items(self) -> list[int]:
        """Every item number on any form of the study (a full withdrawal withdraws them all)."""
        return sorted({item["number"] for form in self.forms.list() for item in form["items"]})

    @staticmethod
    def _decoded(row: dict) -> dict:
        return dict(row, answers={int(k): v for k, v in json.loads(row["answers"]).items()},
                    form_values=json.loads(row["form_values"] or "{}"))
