"""How strong a new passphrase looks: a rough score the app shows while it is typed.

No dictionary, no network: length and variety, with a bonus for several words.
0 = empty, 1 = weak, 2 = fair, 3 = good, 4 = strong.
"""
import re

from storage.errors import WeakPassphrase
from storage.messages import Text

MIN_LENGTH = 8


def strength(passphrase: str) -> int:
    """A score from 0 (empty) to 4 (strong)."""
    if not passphrase:
        return 0
    classes = sum(bool(re.search(p, passphrase)) for p in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]"))
    words = len([w for w in re.split(r"[\s\-_.]+", passphrase) if len(w) >= 3])
    length = len(passphrase)
    if length < MIN_LENGTH or len(set(passphrase)) < 4:
        return 1
    score = 2
    if length >= 12 and (classes >= 3 or words >= 3):
        score = 3
    if length >= 16 and (classes >= 3 or words >= 4) or length >= 24:
        score = 4
    return score


def problem(passphrase) -> str | None:
    """Why a new passphrase is refused (one line), or None when the policy accepts it.

    The policy, for a new study and for a passphrase change alike (app and command line):
    not blank, and at least MIN_LENGTH characters besides leading and trailing spaces.
    """
    found = _problem(passphrase)
    return found.render("en") if found else None


def _problem(passphrase) -> Text | None:
    if not isinstance(passphrase, str) or not passphrase.strip():
        return Text("passphrase.empty")
    length = len(passphrase.strip())
    if length < MIN_LENGTH:
        return Text("passphrase.short", {"minimum": MIN_LENGTH, "length": length})
    return None


def require_acceptable(passphrase) -> None:
    """Raise WeakPassphrase (one line) unless the policy accepts the new passphrase."""
    reason = _problem(passphrase)
    if reason:
        raise WeakPassphrase(key=reason.key, **reason.params)


def acceptable(passphrase: str) -> bool:
    """Whether a new study may use this passphrase (see `problem`)."""
    return problem(passphrase) is None
