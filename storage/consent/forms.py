"""Consent forms: versioned text with numbered items, and the default Dutch and English forms.

A form is stored as a template. `{study_name}`, `{contact}` and `{retention_until}` are filled
from the study's settings (`name`, `consent_contact`, `retention_until`) when the form is shown;
the values used are kept in each consent record. A form's sha256 covers the template: the
title, the text and every numbered item.
"""
from __future__ import annotations

import hashlib
import json
from enum import IntEnum

from storage.clock import now
from storage.errors import NotFound, VeldwerkError
from storage.messages import Message

PLACEHOLDERS = {"study_name": "name", "contact": "consent_contact", "retention_until": "retention_until"}


class ConsentItem(IntEnum):
    """The consent items with a fixed meaning on every form; the core enforces these."""

    RECORDING = 1  # audio recording
    TRANSCRIPTION = 2  # transcription on this laptop
    QUOTES = 3  # anonymous quotes in reports and publications


REQUIRED_ITEMS = tuple(ConsentItem)
DEFAULT_LANGUAGES = ("nl", "en")


def load_default(language: str) -> dict:
    """The bundled default form in `language` (nl or en) as {language, title, text, items, defaults}."""
    from resources import resource_path

    path = resource_path("consent", f"{language}.json")
    if not path.is_file():
        raise NotFound(key="consent.no_default_form", language=language)
    data = json.loads(path.read_text(encoding="utf-8"))
    text = data["text"]
    return dict(data, text="\n\n".join(text) if isinstance(text, list) else text)


def normalise_items(items) -> list[dict]:
    """Items as [{"number", "short", "text"}] sorted by number; accepts that list or {number: text}."""
    if isinstance(items, dict):
        items = [{"number": number, "text": text} for number, text in items.items()]
    result = []
    for item in items or []:
        if isinstance(item, str):
            raise VeldwerkError(key="consent.item_needs_text")
        try:
            number = int(item["number"])
        except (KeyError, TypeError, ValueError):
            raise VeldwerkError(key="consent.item_whole_number") from None
        text = str(item.get("text") or "").strip()
        if number < 1 or not text:
            raise VeldwerkError(key="consent.item_bad", number=number)
        result.append({"number": number, "short": str(item.get("short") or "").strip(), "text": text})
    numbers = [i["number"] for i in result]
    if len(set(numbers)) != len(numbers):
        raise VeldwerkError(key="consent.item_twice")
    missing = [n for n in REQUIRED_ITEMS if n not in numbers]
    if missing:
        raise VeldwerkError(key="consent.items_missing", missing=", ".join(map(str, missing)))
    return sorted(result, key=lambda i: i["number"])


def document(title: str, text: str, items: list[dict]) -> str:
    """The whole form as one text, as read aloud: title, text, then the numbered items."""
    lines = [title.strip(), "", text.strip(), ""]
    lines += [f"{item['number']}. {item['text']}" for item in items]
    return "\n".join(lines) + "\n"


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fill(template: str, values: dict) -> str:
    """The template with every known placeholder replaced."""
    for key, value in values.items():
        template = template.replace("{" + key + "}", str(value))
    return template


class ConsentForms:
    """Adds and reads a study's consent form versions."""

    def __init__(self, study):
        self.study = study

    def add(self, text: str, items, language: str = "nl", title: str = "") -> int:
        """Store a new form version; returns its version number. Old records keep their version."""
        text = (text or "").strip()
        if not text:
            raise VeldwerkError(key="consent.form_no_text")
        language = (language or "").strip().lower()
        if not language.isalpha() or not 2 <= len(language) <= 3:
            raise VeldwerkError(key="consent.form_language", language=language)
        title = (title or "").strip() or "Consent"
        items = normalise_items(items)
        digest = sha256_text(document(title, text, items))
        with self.study.transaction():
            version = self.study.conn.execute("SELECT coalesce(max(version), 0) + 1 FROM consent_forms").fetchone()[0]
            self.study.conn.execute(
                "INSERT INTO consent_forms(version, language, title, text, items, sha256, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [version, language, title, text, json.dumps(items, ensure_ascii=False), digest, now()],
            )
            self.study.audit.log("consent.form_add", "consent_form", version, {"items": len(items), "language": language})
        return version

    def get(self, version: int) -> dict:
        """One form version: {version, language, title, text, items, sha256, created_at}; raises NotFound."""
        rows = list(self.study.db.query("SELECT * FROM consent_forms WHERE version = ?", [version]))
        if not rows:
            raise NotFound(key="consent.no_form_version", version=version)
        return dict(rows[0], items=json.loads(rows[0]["items"]))

    def list(self) -> list[dict]:
        """Every form version, oldest first."""
        return [dict(r, items=json.loads(r["items"])) for r in self.study.db.query("SELECT * FROM consent_forms ORDER BY version")]

    def current(self, language: str | None = None) -> dict:
        """The newest form in `language` (default: the study's language), else the newest form."""
        language = language or self.study.language
        row = self.study.conn.execute(
            "SELECT max(version) FROM consent_forms WHERE language = ?", [language]
        ).fetchone()[0] or self.study.conn.execute("SELECT max(version) FROM consent_forms").fetchone()[0]
        if row is None:
            raise NotFound(key="consent.no_form")
        return self.get(row)

    def values(self, language: str) -> dict:
        """Placeholder values from the study's settings, with the default form's wording where unset."""
        try:
            fallback = load_default(language).get("defaults", {})
        except NotFound:
            fallback = load_default("en").get("defaults", {})
        values = {}
        for key, setting in PLACEHOLDERS.items():
            value = self.study.get_setting(setting)
            values[key] = str(value) if value not in (None, "") else fallback.get(key, "")
        return values

    def render(self, version: int, values: dict | None = None) -> str:
        """The form as read aloud, placeholders filled with `values` or the study's current settings."""
        form = self.get(version)
        values = self.values(form["language"]) if values is None else values
        return fill(document(form["title"], form["text"], form["items"]), values)

    def seed_defaults(self) -> list[int]:
        """Add the bundled forms (the study's language first); returns the new versions."""
        order = sorted(DEFAULT_LANGUAGES, key=lambda lang: lang != self.study.language)
        versions = []
        with self.study.transaction():
            for language in order:
                form = load_default(language)
                versions.append(self.add(form["text"], form["items"], form["language"], form["title"]))
        return versions

    def verify_row(self, form: dict) -> str | None:
        """Why a stored form no longer matches its sha256, or None."""
        if sha256_text(document(form["title"], form["text"], form["items"])) != form["sha256"]:
            return Message("consent.verify_form_changed", version=form["version"])
        return None
