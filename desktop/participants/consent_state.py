"""Reading consent from the core (study.consent) without failing when it is not there."""
from PySide6.QtCore import QCoreApplication

STATES = ("none", "given", "partly_withdrawn", "withdrawn")


def consent_state(study, participant: dict) -> str:
    """none / given / partly_withdrawn / withdrawn for the participant row."""
    try:
        return study.consent.state(participant["id"])
    except Exception:  # noqa: BLE001 - an unknown participant reads as no consent
        return "none"


def allows(study, participant: dict, item: int) -> bool:
    """Whether the participant's current consent covers form item `item` (1 recording, 2 transcription...)."""
    if participant.get("withdrawn_at"):
        return False
    return bool(study.consent.allows(participant["id"], item))


def state_label(state: str) -> str:
    labels = {
        "none": QCoreApplication.translate("Consent", "No consent recorded"),
        "given": QCoreApplication.translate("Consent", "Consent given"),
        "partly_withdrawn": QCoreApplication.translate("Consent", "Consent partly withdrawn"),
        "withdrawn": QCoreApplication.translate("Consent", "Withdrawn"),
    }
    return labels.get(state, state)
