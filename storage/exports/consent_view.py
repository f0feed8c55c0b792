"""A participant's consent as documents show it: per item yes/no now, the form, method, date and withdrawals."""
from dataclasses import dataclass, field

from storage.consent.ledger import ConsentState

STATE_LABELS = {
    ConsentState.NONE: "geen toestemming vastgelegd",
    ConsentState.GIVEN: "gegeven",
    ConsentState.PARTLY_WITHDRAWN: "deels ingetrokken",
    ConsentState.WITHDRAWN: "volledig ingetrokken",
    ConsentState.DAMAGED: "NIET TE VERTROUWEN: registratie gewijzigd buiten het register om",
}
METHOD_LABELS = {"verbal": "mondeling (opname)", "written": "schriftelijk", "partial": "deels", "full": "volledig"}


@dataclass
class ConsentFacts:
    """What the ledger says about one participant."""

    state: str = ConsentState.NONE
    items: dict = field(default_factory=dict)  # item number → covered now
    given: dict = field(default_factory=dict)  # item number → answer in the latest consent
    form_version: int | None = None
    method: str = ""
    date: str = ""
    researcher: str = ""
    withdrawals: list = field(default_factory=list)  # [{"date", "items" (list) or "all"}]

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)


def facts(study, participant_id: int) -> ConsentFacts:
    """The participant's consent facts."""
    consent = study.consent
    from storage.errors import VeldwerkError

    try:
        history = consent.history(participant_id)
        result = ConsentFacts(state=consent.state(participant_id), items=dict(consent.current(participant_id)))
    except VeldwerkError:  # a record that no longer matches its hash grants nothing and is shown as such
        return ConsentFacts(state=ConsentState.DAMAGED)
    for record in history:
        if record["kind"] == "consent":
            result.given = dict(record["answers"])
            result.form_version = record["form_version"]
            result.method = record["method"]
            result.date = (record["created_at"] or "")[:10]
            result.researcher = record["researcher"] or ""
        else:
            items = "all" if record["method"] == "full" else sorted(record["answers"])
            result.withdrawals.append({"date": (record["created_at"] or "")[:10], "items": items})
    return result


def yes_no(value) -> str:
    return "ja" if value else "nee"


def withdrawals_text(f: ConsentFacts) -> str:
    """'2026-03-01: item 3; 2026-04-02: alles' or ''."""
    parts = []
    for w in f.withdrawals:
        what = "alles" if w["items"] == "all" else "item " + ", ".join(map(str, w["items"]))
        parts.append(f"{w['date']}: {what}")
    return "; ".join(parts)


def summary(study, participant_id: int) -> str:
    """One line for a title block: state, method, form, date and the items covered now."""
    f = facts(study, participant_id)
    if f.form_version is None:
        return f.state_label
    items = ", ".join(f"{n} {yes_no(v)}" for n, v in sorted(f.items.items()))
    line = f"{f.state_label} ({METHOD_LABELS.get(f.method, f.method)}, formulier v{f.form_version}, {f.date}); items: {items}"
    if f.withdrawals:
        line += f"; ingetrokken: {withdrawals_text(f)}"
    return line


def verification(study) -> str:
    """The ledger check as one line."""
    result = study.consent.verify()
    if result.ok:
        return f"Keten gecontroleerd: in orde ({result.checked} registraties)."
    return f"Keten gecontroleerd: GEBROKEN bij {result.first_broken.text('nl')} (na {result.checked} registraties)."
