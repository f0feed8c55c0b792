"""A participant's consent as the participants panel shows it (state from the core, labels in the UI language)."""
from PySide6.QtCore import QCoreApplication

from storage.consent.forms import ConsentItem
from storage.consent.ledger import STATES, ConsentState  # noqa: F401 - STATES re-exported for the widgets


def consent_state(study, participant: dict) -> ConsentState:
    """The participant row's ConsentState (DAMAGED when their ledger records do not verify)."""
    return study.consent.state(participant["id"])


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
        ConsentState.DAMAGED: QCoreApplication.translate(
            "Consent", "Consent records damaged: not trusted, nothing allowed (run veldwerk consent verify)"),
    }
    return labels.get(state, state)
