"""Team work in the app: Study ▸ Exchange (export and import exchange files, conflicts, who you are) and
Coding ▸ Compare coders. The work itself is the core's (storage/exchange/, storage/agreement.py).

    add_menu_actions(window, study_menu, coding_menu, add)   # from desktop/menus.py
"""
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop.i18n import refusal
from storage.errors import VeldwerkError

RESEARCHER_KEY = "team/researcher"   # who works on this laptop (QSettings), used for every study opened


def apply_researcher(study) -> None:
    """Work as the researcher chosen on this laptop (codings, memos and corrections carry the name)."""
    name = QSettings().value(RESEARCHER_KEY, "") or ""
    if name and study is not None:
        try:
            study.researchers.use(name)
        except VeldwerkError:
            pass


def choose_researcher(window) -> str | None:
    """Ask who is working (a known name or a new one); remembered on this laptop."""
    study = window.study
    if study is None:
        return None
    names = [r["name"] for r in study.researchers.list()]
    current = study.researcher or (QSettings().value(RESEARCHER_KEY, "") or "")
    if current and current not in names:
        names.insert(0, current)
    name, ok = QInputDialog.getItem(window, QCoreApplication.translate("TeamMenu", "Researcher"), QCoreApplication.translate("TeamMenu", "Your name (your codings, memos and corrections "
                                    "carry it):"), names, names.index(current) if current in names else 0, True)
    if not ok or not name.strip():
        return None
    try:
        stored = study.researchers.use(name)
    except VeldwerkError as exc:
        QMessageBox.warning(window, QCoreApplication.translate("TeamMenu", "Researcher"), refusal(exc))
        return None
    QSettings().setValue(RESEARCHER_KEY, stored)
    window.statusBar().showMessage(QCoreApplication.translate("TeamMenu", "Working as %1.").replace("%1", stored), 5000)
    return stored


def _run(window, dialog_class, *, refresh: bool = False):
    """Show one of the team dialogs on the open study (modal); the window refreshes after a merge."""
    if window.study is None:
        return None
    dialog = dialog_class(window.study, window)
    dialog.exec()
    if refresh:
        window.refresh()
    return dialog


def open_export(window):
    from desktop.team.exchange_dialogs import ExchangeExportDialog

    return _run(window, ExchangeExportDialog)


def open_import(window):
    from desktop.team.exchange_dialogs import ExchangeImportDialog

    return _run(window, ExchangeImportDialog, refresh=True)


def open_conflicts(window):
    from desktop.team.conflicts_dialog import ConflictsDialog

    return _run(window, ConflictsDialog, refresh=True)


def open_comparison(window):
    if window.study is None:
        return None
    from desktop.team.compare_view import CompareDialog

    dialog = CompareDialog(window.study, window, on_jump=window.jump_to)
    dialog.show()
    window.compare_dialog = dialog
    return dialog


NAMES = ("exchange_export", "exchange_import", "exchange_conflicts", "researcher", "compare_coders")


def add_menu_actions(window, study_menu, coding_menu, add) -> None:
    """Study ▸ Exchange ▸ …, and Coding ▸ Compare coders…, via menus.build_menus' `add`."""
    exchange = study_menu.addMenu(QCoreApplication.translate("TeamMenu", "E&xchange"))
    window.exchange_menu = exchange
    add(exchange, "exchange_export", QCoreApplication.translate("TeamMenu", "&Export an exchange file…"), lambda: open_export(window), None,
        QCoreApplication.translate("TeamMenu", "Write your codings, memos, codebook changes and corrections for another copy of this study"))
    add(exchange, "exchange_import", QCoreApplication.translate("TeamMenu", "&Import an exchange file…"), lambda: open_import(window), None,
        QCoreApplication.translate("TeamMenu", "Merge a colleague's exchange file into this copy"))
    add(exchange, "exchange_conflicts", QCoreApplication.translate("TeamMenu", "&Conflicts…"), lambda: open_conflicts(window), None,
        QCoreApplication.translate("TeamMenu", "Decide what both copies changed"))
    exchange.addSeparator()
    add(exchange, "researcher", QCoreApplication.translate("TeamMenu", "&Researcher…"), lambda: choose_researcher(window), None,
        QCoreApplication.translate("TeamMenu", "Who is working: your codings, memos and corrections carry this name"))
    add(coding_menu, "compare_coders", QCoreApplication.translate("TeamMenu", "Co&mpare coders…"), lambda: open_comparison(window), None,
        QCoreApplication.translate("TeamMenu", "Agreement between researchers who coded the same interviews, and where they differ"))
    hooks = getattr(window, "study_opened_hooks", None)
    if hooks is None:
        hooks = window.study_opened_hooks = []
    hooks.append(apply_researcher)
