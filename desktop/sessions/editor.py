"""The editor's speaker tools in a session: attribute each speaker label to a participant present.

The attribution is the core's (`study.sessions.attribute`, which also names the label after the code); it is
not an undo step: choosing again changes it back. The transcript's speaker names are reloaded afterwards.
"""
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from desktop.coding.labels import role_label
from desktop.i18n import refusal
from storage.errors import VeldwerkError


def menu_text() -> str:
    return QCoreApplication.translate("SessionSpeakers", "Who is speaking (participants present)…")


def attribute_speakers(tools, choice: dict | None = None) -> dict | None:
    """Ask which participant present speaks under each label (or apply `choice`); returns what was stored."""
    from desktop.sessions.dialogs import NOBODY, SpeakerAttributionDialog

    ws = tools.ws
    study, interview_id = ws.study, ws.interview.id
    ws.flush()
    current = study.sessions.attributions(interview_id)
    if choice is None:
        present = [(p["code"], role_label(study, p["role"])) for p in study.sessions.present(interview_id)
                   if not p["withdrawn_at"]]
        dialog = SpeakerAttributionDialog([(label, tools.display(label)) for label in tools.labels()], present,
                                          current, ws)
        accepted = dialog.exec() == QDialog.Accepted
        choice = dialog.choice()
        dialog.deleteLater()
        if not accepted:
            return None
    stored = {}
    try:
        for label, code in choice.items():
            if (code or NOBODY) != current.get(label, NOBODY):
                study.sessions.attribute(interview_id, label, code or None)
                stored[label] = code or NOBODY
    except VeldwerkError as exc:
        message = QCoreApplication.translate("SessionSpeakers", "The speaker was not attributed: %1").replace("%1", refusal(exc))
        ws.statusMessage.emit(message)
        tools.show_error(message)
    finally:
        ws.speakers_changed([])
        ws.view.viewport().update()
    if stored:
        ws.statusMessage.emit(QCoreApplication.translate("SessionSpeakers", "Speakers attributed: %1").replace(
            "%1", ", ".join(f"{label} → {code or '–'}" for label, code in sorted(stored.items()))))
    return stored
