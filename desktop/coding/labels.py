"""Code and role labels in the UI language (Dutch label, or the English one when the UI is English).

A role is stored by its key with the label the study gave it (Dutch, from resources/defaults.json). In the
English UI a default role that still has its default Dutch label shows the English label from defaults.json;
a label the researcher typed is shown as typed. The stored key and label never change.
"""
import json
from functools import cache

from desktop.i18n import current_language
from resources import resource_path


def code_label(code) -> str:
    """A codebook row's label in the UI language; for a coding row (storage.codings.Coding) its code's label."""
    if not isinstance(code, dict):
        return code.code_label or code.code
    if current_language() == "en" and code.get("label_en"):
        return code["label_en"]
    return code.get("label_nl") or code.get("code_label") or code.get("key") or code.get("code", "")


@cache
def _default_roles() -> dict[str, dict]:
    return {r["key"]: r for r in json.loads(resource_path("defaults.json").read_text(encoding="utf-8"))["roles"]}


def role_text(key: str, stored: str) -> str:
    """A role's label as the UI shows it, from its key and the study's label for it."""
    default = _default_roles().get(key)
    if current_language() == "en" and default and default.get("label_en") and stored == default["label"]:
        return default["label_en"]
    return stored


def default_role_labels() -> list[str]:
    """The roles a new study starts with (resources/defaults.json), labelled in the UI language."""
    return [role_text(key, role["label"]) for key, role in _default_roles().items()]


def role_label(study, key: str) -> str:
    """The label of the role `key` in the UI language (the key itself for an unknown role, as the core does)."""
    return role_text(key, study.role_label(key))


def role_labels(study) -> dict[str, str]:
    """Role key → label in the UI language, in the study's order."""
    return {r["key"]: role_text(r["key"], r["label"]) for r in study.roles()}


def roles(study) -> list[dict]:
    """The study's roles ({"key", "label"}, in order) with their labels in the UI language."""
    return [dict(r, label=role_text(r["key"], r["label"])) for r in study.roles()]
