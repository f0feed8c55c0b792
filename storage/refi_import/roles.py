"""A role named in an imported project (a case variable, an `Over: …` line) as one of the study's roles.

A name matches a role by its label or its key, ignoring case and extra spaces; a name the study does
not know becomes a new role (key made from the name). A case without a role gets UNKNOWN_ROLE.
"""
from storage.codebook_import import key_for

UNKNOWN_ROLE = ("onbekend", "Onbekend")  # key_for("Onbekend") is the key


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


class RoleFinder:
    """Finds or adds roles during one import (call inside its transaction); remembers what it added."""

    def __init__(self, study):
        self.study = study
        self.added: list[str] = []

    def key(self, name: str | None) -> str:
        """The role key for a name; a blank name gives the unknown role."""
        label = " ".join((name or "").split())
        if not label:
            label = UNKNOWN_ROLE[1]
        roles = self.study.roles()
        for role in roles:
            if _fold(label) in (_fold(role["label"]), _fold(role["key"])):
                return role["key"]
        key = key_for(label, {r["key"] for r in roles})
        self.study.set_role(key, label)
        self.added.append(key)
        return key
