"""Who is responsible for an action and who else takes part: a role and/or a participant code or an
organisation name. Names typed or dictated loosely are resolved: "r 01" → R01, "GGD" → the role ggd."""
import re
from dataclasses import dataclass

from storage.actions.errors import BadParty

MAX_ORGANISATION = 200


@dataclass(frozen=True)
class Party:
    """One responsible person or party. `participant` is a participant code, never a name."""

    role: str | None = None
    participant: str | None = None
    organisation: str | None = None

    def __bool__(self) -> bool:
        return bool(self.role or self.participant or self.organisation)

    def key(self) -> tuple:
        """What makes two parties the same one: organisation names compared in any case."""
        return self.role, self.participant, (self.organisation or "").casefold() or None

    def label(self, role_labels: dict | None = None, redact=None) -> str:
        """'GGD · R03' or 'Gemeente / beleid · Stichting X' (the organisation through `redact` when given)."""
        parts = []
        if self.role:
            parts.append((role_labels or {}).get(self.role, self.role))
        if self.participant:
            parts.append(self.participant)
        if self.organisation:
            parts.append(redact(self.organisation) if redact else self.organisation)
        return " · ".join(parts)


def _flat(text: str) -> str:
    return re.sub(r"[\s\-_.]", "", text.casefold())


def resolve_role(study, text: str) -> str:
    """The role key named by `text`: its key or its label, any case ("GGD", "gemeente / beleid")."""
    wanted = _flat(text or "")
    for role in study.roles():
        if wanted in (_flat(role["key"]), _flat(role["label"])):
            return role["key"]
    study.require_role(text)  # raises UnknownRole listing the study's roles
    return text


def resolve_participant(study, text: str) -> dict:
    """The active participant whose code `text` names, any case and spacing ("r 01" → R01)."""
    text = (text or "").strip()
    codes = [row[0] for row in study.conn.execute("SELECT code FROM participants")]
    for same in (lambda c: c == text, lambda c: c.casefold() == text.casefold(), lambda c: _flat(c) == _flat(text)):
        found = [c for c in codes if same(c)]  # the exact code first, then in any case, then in any spacing
        if found:
            return study.participants.require_active(found[0])
    from storage.errors import NotFound

    raise NotFound(key="action.no_participant", text=text)


def checked(study, party: Party) -> tuple[Party, int | None]:
    """The party with role key and participant code resolved, and the participant's id; raises BadParty."""
    if not party:
        raise BadParty(key="action.party_empty")
    if party.participant and party.organisation:
        raise BadParty(key="action.party_both")
    role = resolve_role(study, party.role) if party.role else None
    participant_id, code = None, None
    if party.participant:
        person = resolve_participant(study, party.participant)
        participant_id, code = person["id"], person["code"]
    organisation = " ".join((party.organisation or "").split()) or None
    if organisation and len(organisation) > MAX_ORGANISATION:
        raise BadParty(key="action.organisation_long", max=MAX_ORGANISATION)
    if party.organisation is not None and not organisation and not (role or code):
        raise BadParty(key="action.organisation_empty")
    return Party(role=role, participant=code, organisation=organisation), participant_id


def read(study, action_ids) -> dict[int, dict]:
    """{action id: {"owner": Party | None, "members": [Party]}} for the given actions."""
    import json

    found = {aid: {"owner": None, "members": []} for aid in action_ids}
    if not found:
        return found
    rows = study.conn.execute(
        "SELECT a.action_id, a.part, a.role, p.code, a.organisation FROM action_parties a "
        "LEFT JOIN participants p ON p.id = a.participant_id "
        "WHERE a.action_id IN (SELECT value FROM json_each(?)) ORDER BY a.id",
        [json.dumps(list(found))],
    )
    for action_id, part, role, code, organisation in rows:
        party = Party(role=role, participant=code, organisation=organisation)
        if part == "owner":
            found[action_id]["owner"] = party
        else:
            found[action_id]["members"].append(party)
    return found
