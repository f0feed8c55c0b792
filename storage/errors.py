"""Errors the core raises. Each carries a one-line message meant for the researcher.

`VeldwerkError` and its subclasses mean bad input or a refused action (exit code 2
in the command line); anything else escaping the core is a bug (exit code 1).

Raised with a message key (`ConsentRequired(key="consent.not_given", code="R01", ...)`), an error
takes its text from `storage/messages.py`: `str(error)` is the English line, `error.text("nl")` the
Dutch one the desktop shows. An error raised with a plain message has that text in every language.
"""
from storage import messages


class VeldwerkError(Exception):
    """A refused action or bad input, with a message fit to show as is."""

    def __init__(self, message: str | None = None, /, *, key: str | None = None, **params):
        if key is not None:
            message = messages.render(key, params, "en")
        super().__init__(*(() if message is None else (message,)))
        self.key = key
        self.params = params

    def text(self, lang: str = "en") -> str:
        """The message in `lang` ("nl" or "en"); the English one when the error has no key."""
        if self.key is None:
            return str(self)
        return messages.render(self.key, self.params, lang)


class StudyNotFound(VeldwerkError):
    """The folder is not a Veldwerk study."""


class StudyExists(VeldwerkError):
    """A study (or other files) already occupy the target folder."""


class WrongPassphrase(VeldwerkError):
    """The passphrase does not open this study."""


class WeakPassphrase(VeldwerkError):
    """A new passphrase the policy refuses (blank, too short or unchanged)."""


class DamagedStudy(VeldwerkError):
    """The study's files are damaged or not what the header says (told apart from a wrong passphrase)."""


class StudyBusy(VeldwerkError):
    """Another process (or window) holds what this step needs (storage/locks.py)."""


class NotFound(VeldwerkError):
    """A participant, interview, code or other record does not exist."""


class Duplicate(VeldwerkError):
    """A record with that key already exists."""


class UnknownRole(VeldwerkError):
    """A stakeholder role key that the study does not define."""


class NotAudio(VeldwerkError):
    """A file that is empty, corrupt or holds no decodable audio."""


class ConsentRequired(VeldwerkError):
    """The participant's current consent does not cover the action."""


class DiskFull(VeldwerkError):
    """The disk ran out of space; what was written before is kept."""


class DeviceError(VeldwerkError):
    """An audio device is missing, unknown or failed."""


class Cancelled(VeldwerkError):
    """A long job was cancelled; what it finished is kept."""
