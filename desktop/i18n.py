"""Loading the UI language: Dutch by default, English on request (QSettings "ui/language").

Every `*_<lang>.qm` in resources/translations is installed, so the editor's own
translation file (editor_nl.qm) loads next to veldwerk_nl.qm.
"""
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from resources import resource_path
from storage.errors import VeldwerkError
from storage.messages import Message

DEFAULT_LANGUAGE = "nl"
LANGUAGES = {"nl": "Nederlands", "en": "English"}

_installed: list[QTranslator] = []
_language = DEFAULT_LANGUAGE  # the language install() put in place; read from any thread


def ui_language() -> str:
    """The chosen UI language code ("nl" or "en")."""
    value = QSettings().value("ui/language", DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_ui_language(code: str) -> None:
    """Remember the UI language (takes effect at the next start, or now via install())."""
    QSettings().setValue("ui/language", code if code in LANGUAGES else DEFAULT_LANGUAGE)


def qt_translation_folders() -> list[str]:
    """Where Qt's bundled translations (qtbase_nl.qm) are: Qt's own path, else beside PySide6 (a bundle)."""
    import PySide6

    folders = [QLibraryInfo.path(QLibraryInfo.TranslationsPath)]
    folders.append(str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"))
    return folders


def install(app, language: str | None = None) -> list[str]:
    """Install the translators for `language`; returns the .qm files loaded."""
    global _language
    language = language or ui_language()
    _language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = []
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedKingdom))  # a decimal point: "0.1 hours"
        return loaded
    QLocale.setDefault(QLocale(QLocale.Dutch, QLocale.Netherlands))
    qt = QTranslator(app)
    if any(qt.load(QLocale(language), "qtbase", "_", folder) for folder in qt_translation_folders()):
        app.installTranslator(qt)  # Qt's own dialogs and buttons ("Zoeken in", "Bestanden van type")
        _installed.append(qt)
    folder = resource_path("translations")
    for path in sorted(folder.glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(path.name)
    return loaded


def tr(context: str, text: str) -> str:
    """Translate outside a QObject (functions and module-level helpers)."""
    return QCoreApplication.translate(context, text)


def current_language() -> str:
    """The language the running app shows ("nl" or "en"), as installed; safe to call from worker threads."""
    return _language


def decimal(value: float, digits: int | None = 1) -> str:
    """A number with a fraction as the UI's language writes it ("0,1" in Dutch, "0.1" in English): the one
    helper every screen uses for decimals. `digits` fixes the decimals; None drops trailing zeros ("1,25")."""
    if digits is None:
        return QLocale().toString(float(value), "g", 6)
    return QLocale().toString(float(value), "f", digits)


def refusal(exc) -> str:
    """The text of an error (or a core warning, a `storage.messages.Message`) for the researcher: a core
    refusal in the UI's language; a refused file operation (OSError) or a bug as a sentence in the UI's language
    with the exception's own English text after it as a technical detail; a plain text as is."""
    if isinstance(exc, (VeldwerkError, Message)):
        return exc.text(_language)
    if isinstance(exc, OSError):
        return with_detail(QCoreApplication.translate(
            "Refusal", "A file or folder could not be used: check the path, the permissions and the free space."),
            str(exc))
    if isinstance(exc, BaseException):
        return unexpected(exc)
    return str(exc)


def unexpected(exc: BaseException) -> str:
    """A bug that reached the researcher: what it means in the UI's language, the exception as a technical detail."""
    return with_detail(QCoreApplication.translate("Refusal", "An error in Veldwerk stopped this step; please report it."),
                       f"{type(exc).__name__}: {exc}")


def with_detail(sentence: str, detail: str) -> str:
    """A sentence in the UI's language followed by a library's own (English) text, clearly set apart."""
    if not detail:
        return sentence
    return f"{sentence} " + QCoreApplication.translate("Refusal", "Technical detail: %1").replace("%1", detail)
