"""The study settings the consent form names: the retention date and the contact. Checked here, once, for
the app, the command line and Study.create; `unfilled_placeholders` says which ones a form would still read
aloud as a stand-in ("(nog niet ingevuld)"), so consent is not taken before they are set."""
import datetime
import re

from storage.errors import VeldwerkError

RETENTION = "retention_until"       # setting keys (the form's placeholders of the same facts: consent_forms.PLACEHOLDERS)
CONTACT = "consent_contact"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_retention(value, today: datetime.date | None = None) -> str:
    """A real date as YYYY-MM-DD, after today; returns it as stored."""
    text = str(value or "").strip()
    try:
        if not _DATE.match(text):
            raise ValueError
        day = datetime.date.fromisoformat(text)
    except ValueError:
        raise VeldwerkError(key="consent.retention_format", text=text) from None
    if day <= (today or datetime.date.today()):
        raise VeldwerkError(key="consent.retention_past", text=text)
    return text


def check_contact(value) -> str:
    text = " ".join(str(value or "").split())
    if not text:
        raise VeldwerkError(key="consent.no_contact")
    return text


def save(study, retention_until=None, contact=None) -> None:
    """Check, then store whichever of the two is given (nothing is stored when one is wrong)."""
    values = {}
    if retention_until is not None:
        values[RETENTION] = check_retention(retention_until)
    if contact is not None:
        values[CONTACT] = check_contact(contact)
    for key, value in values.items():
        study.set_setting(key, value)


def unfilled_placeholders(study, form: dict) -> list[str]:
    """Setting keys (RETENTION, CONTACT, name) the form uses whose study setting is not set."""
    from storage.consent.forms import PLACEHOLDERS

    words = " ".join([form.get("title") or "", form.get("text") or ""] +
                     [f"{i.get('short', '')} {i.get('text', '')}" for i in form.get("items", [])])
    return [setting for placeholder, setting in PLACEHOLDERS.items()
            if "{" + placeholder + "}" in words and study.get_setting(setting) in (None, "")]
