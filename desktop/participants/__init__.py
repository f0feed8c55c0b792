"""The participants sidebar and its dialogs."""
from desktop.participants.consent_state import consent_state  # noqa: F401
