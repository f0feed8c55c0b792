"""The researcher-facing texts of core refusals, in English and Dutch (no Qt here).

A `VeldwerkError` raised with a `key` (and keyword parameters) takes its English text from this
catalogue, so `str(error)` is the English one-liner the command line prints; the desktop app shows
`error.text(lang)` in the UI's language. A parameter may itself be a `Text` (a key with parameters,
rendered in the same language), e.g. the name of a consent item inside a consent refusal.
A library's own text (an exception's message, always English) goes in as `technical(exc)`: English
shows it as it is, Dutch marks it "technische melding: ..." after the Dutch sentence, so it never reads as
part of the Dutch. Floats are written with the language's decimal mark ("2,5" in Dutch); a parameter that is itself a refusal
(a `VeldwerkError` quoted inside another) is rendered in the same language.

The texts live in one module per area (`storage/messages/<area>.py`, listed in `AREAS`); `MESSAGES` is
all of them together, and a key defined twice is an error at import.
"""
import string
from dataclasses import dataclass, field

LANGUAGES = ("en", "nl")


@dataclass(frozen=True)
class Text:
    """A catalogue text still to be rendered: its key and parameters."""

    key: str
    params: dict = field(default_factory=dict)

    def render(self, lang: str = "en") -> str:
        return render(self.key, self.params, lang)


class Message(str):
    """A catalogue text as a plain (English) string that can also render itself in another language:
    for warnings handed around as strings (the CLI prints them; the app shows `message.text(lang)`)."""

    def __new__(cls, key: str, **params):
        message = super().__new__(cls, render(key, params, "en"))
        message.key, message.params = key, params
        return message

    def text(self, lang: str = "en") -> str:
        return render(self.key, self.params, lang)


class Technical(str):
    """A library's own (English) text quoted in a refusal: as is in English, marked as a technical detail in
    another language."""


def technical(error) -> Technical:
    """The first line of an exception's text (or its type's name) as a `Technical` parameter."""
    text = str(error).strip() or type(error).__name__
    return Technical(text.splitlines()[0][:200])


@dataclass(frozen=True)
class Capitalised:
    """A text that starts a sentence (a `Message`, `Text` or plain string): its first letter upper-case in
    every language, so "the ledger seal ..." can also open a refusal."""

    text: object


def consent_item(item: int) -> Text:
    """The name of a consent item ("audio recording", "geluidsopname"), for messages."""
    key = f"consent.item.{int(item)}"
    return Text(key) if key in MESSAGES else Text("consent.item.other", {"item": int(item)})


def number(value: float, lang: str = "en", digits: int | None = None) -> str:
    """A number with the language's decimal mark: 2.5 → "2,5" in Dutch; `digits` fixes the decimals."""
    text = f"{value:.{digits}f}" if digits is not None else f"{value:g}"
    return text.replace(".", ",") if lang == "nl" else text


def _value(value, lang: str):
    if isinstance(value, Technical):
        return str(value) if lang == "en" else render("technical.detail", {"text": str(value)}, lang)
    if isinstance(value, Text):
        return value.render(lang)
    if isinstance(value, Message):
        return value.text(lang)
    if isinstance(value, Capitalised):
        inner = str(_value(value.text, lang))
        return inner[:1].upper() + inner[1:]
    if isinstance(value, Exception) and callable(getattr(value, "text", None)):
        return value.text(lang)  # a VeldwerkError quoted inside another refusal
    if isinstance(value, float):
        return number(value, lang)
    return value


def render(key: str, params: dict | None, lang: str = "en") -> str:
    """The text of `key` in `lang` (English when the language is unknown) with its parameters filled in."""
    texts = MESSAGES[key]
    template = texts.get(lang) or texts["en"]
    values = {name: _value(v, lang) for name, v in (params or {}).items()}
    return template.format(**values)


def stored(key: str, params: dict | None = None) -> dict:
    """A catalogue text as JSON to keep in the study ({"key": ..., "params": ...}), so it is worded in the language
    of whoever reads it later; `Text`, `Message` and keyed-error parameters are kept as keys too."""
    return {"key": key, "params": {name: _to_json(value) for name, value in (params or {}).items()}}


def _to_json(value):
    if isinstance(value, Technical):
        return {"$technical": str(value)}
    if isinstance(value, Text):
        return {"$key": value.key, "params": stored(value.key, value.params)["params"]}
    if isinstance(value, Message) or (isinstance(value, Exception) and getattr(value, "key", None)):
        return {"$key": value.key, "params": stored(value.key, value.params)["params"]}
    if isinstance(value, (list, tuple)):
        return [_to_json(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _from_json(value):
    if isinstance(value, dict) and "$technical" in value:
        return Technical(value["$technical"])
    if isinstance(value, dict) and "$key" in value:
        return Text(value["$key"], {name: _from_json(v) for name, v in (value.get("params") or {}).items()})
    if isinstance(value, list):
        return [_from_json(v) for v in value]
    return value


def from_stored(data) -> Text | None:
    """The `Text` a `stored(...)` dict holds; None when `data` is not one (e.g. an older plain English string)."""
    if isinstance(data, dict) and data.get("key") in MESSAGES:
        return Text(data["key"], {name: _from_json(v) for name, v in (data.get("params") or {}).items()})
    return None


def placeholders(template: str) -> set[str]:
    """The parameter names a template uses (for the catalogue's own test)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


AREAS = ("journey", "consent", "study", "codebook", "exports", "exchange", "actions", "sessions", "pseudonymise", "refi_import", "transcribe")
"""The catalogue modules, one per area of the core; each holds a `MESSAGES` dict of key → {"en": ..., "nl": ...}."""


def _catalogue() -> dict[str, dict[str, str]]:
    import importlib

    merged: dict[str, dict[str, str]] = {}
    for area in AREAS:
        texts = importlib.import_module(f"storage.messages.{area}").MESSAGES
        twice = set(merged) & set(texts)
        if twice:
            raise RuntimeError(f"message keys defined twice: {sorted(twice)}")
        merged.update(texts)
    return merged


MESSAGES: dict[str, dict[str, str]] = _catalogue()
