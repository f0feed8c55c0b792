"""Reading consent from the core (study.consent) without failing when it is not there."""
from PySide6.QtCore import QCoreApplication

from storage.consent.forms import ConsentItem
from storage.consent.ledger import STATES, ConsentState  # noqa: F401 - STATES re-exported for the widgets


def consent_state(study, participant: dict) -> ConsentState:
    """The participant row's ConsentState."""
    try:
        return study.consent.state(participant["id"])
    except Exception:  # noqa: BLE001 - an unknown participant reads as no consent
        return ConsentState.NONE


def allows(study, participant: dict, item: ConsentItem | int) -> bool:
    """Whether the participant's current consent covers form item `item` (a ConsentItem or a form's own item)."""
    if participant.get("withdrawn_at"):
        return False
    return bool(study.consent.allows(participant["id"], item))


def state_label(state: str) -> str:
    labels = {
        ConsentState.NONE: QCoreApplication.translate("Consent", "No consent recorded"),
        ConsentState.GIVEN: QCoreApplication.translate("Consent", "Consent given"),
        ConsentState.PARTLY_WITHDRAWN: QCoreApplication.translate("Consent", "Consent partly withdrawn"),
        ConsentState.WITHDRAWN: QCoreApplication.translate("Consent", "Withdrawn"),
    }
    return labels.get(state, state)
