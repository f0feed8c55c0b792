"""Focus groups and meetings in the desktop app: a new session with several participants present, and who
spoke under which speaker label (the editor's speaker tools). Every rule is storage/sessions'; these widgets
only show and forward."""
from PySide6.QtCore import QCoreApplication

SHORTCUT = "Ctrl+Shift+G"


def kind_label(kind) -> str:
    """The kind (SessionKind or its value) in the UI's language."""
    from desktop.i18n import ui_language
    from storage.sessions.kinds import SessionKind

    kind = SessionKind(kind or SessionKind.INTERVIEW.value)
    return kind.label_en if ui_language() == "en" else kind.label_nl


def recording_title(study, session: dict) -> str:
    """The recording screen's title for a session: "Focus group 2026-03-02 with R01, R02, R03"."""
    return (QCoreApplication.translate("Sessions", "%1 %2 with %3").replace("%1", kind_label(session["kind"]))
            .replace("%2", session["date"] or "").replace("%3", ", ".join(session["present"])))


def selected_session(window) -> int | None:
    """The focus group or meeting selected in the window's sidebar, if one is."""
    key = window.tree.current_key() if getattr(window, "study", None) is not None else None
    if not key or key[0] != "interview":
        return None
    return int(key[1]) if window.study.sessions.kind(int(key[1])).is_session else None


def describe_sessions(preview: dict) -> str:
    """The withdrawal dialog's sentence about sessions (storage.consent.withdrawal_preview), or ""."""
    if not preview.get("sessions_kept"):
        return ""
    return " " + QCoreApplication.translate(
        "Sessions", "%1 focus group(s) or meeting(s) stay for the others present; the %2 segment(s) attributed to "
        "this participant there lose their words, and their voice is silenced in the recording."
    ).replace("%1", str(preview["sessions_kept"])).replace("%2", str(preview.get("session_segments", 0)))


def add_menu_actions(window, menu, add):
    """New focus group or meeting… in the Interview menu (Ctrl+Shift+G), via menus.build_menus' `add`."""
    add(menu, "new_session", QCoreApplication.translate("SessionsMenu", "New &focus group or meeting…"),
        lambda: new_session(window), SHORTCUT,
        QCoreApplication.translate("SessionsMenu", "A session with several participants, each with their own consent"))


def new_session(window):
    """Ask for the session and create it; optionally import its audio. Returns the session id or None."""
    if getattr(window, "study", None) is None:
        return None
    from desktop.sessions.dialogs import NewSessionDialog

    dialog = NewSessionDialog(window.study, window)
    session_id = dialog.session_id if dialog.exec() else None
    audio = dialog.audio_path()
    dialog.deleteLater()
    if session_id is None:
        return None
    window.tree.refresh()
    window.tree.select("interview", session_id)
    if audio:
        window.work.import_files(session=session_id, paths=[audio])
    return session_id
