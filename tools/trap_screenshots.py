"""Screenshots of the dialogs changed for issue 15 section 2 (traps), in Dutch and English, on a 1366×768
screen, from the real widgets on a demo study (built in a temporary folder, deleted afterwards).

    Xvfb :98 -screen 0 1366x768x24 &  DISPLAY=:98 PYTHONPATH=. .venv/bin/python tools/trap_screenshots.py

Writes docs/screenshots/traps-<dialog>-<nl|en>.png and prints each dialog's size (it must fit the screen).
"""
import datetime
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def settle(ms: int = 300) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(ms)


def save(widget, name: str, lang: str) -> None:
    widget.show()
    settle()
    path = OUT / f"traps-{name}-{lang}.png"
    widget.grab().save(str(path), "PNG")
    screen = widget.screen().availableGeometry()
    fits = widget.frameGeometry().width() <= screen.width() and widget.frameGeometry().height() <= screen.height()
    print(f"{path.relative_to(ROOT)}  {widget.width()}x{widget.height()}  {'fits' if fits else 'DOES NOT FIT'} {screen.width()}x{screen.height()}")
    widget.close()


def shoot(app, study, ids, work, lang) -> None:
    from PySide6.QtCore import QDate

    from desktop import i18n
    from desktop.coding.labels import role_label, roles
    from desktop.consent_wizard.settings_fields import ConsentSettingsDialog
    from desktop.editor.dialogs import AboutRoleDialog
    from desktop.export.dialog import ExportDialog
    from desktop.participants.dialogs import WithdrawDialog
    from desktop.study_dialogs import NewStudyDialog

    i18n.install(app, lang)
    about = AboutRoleDialog(roles(study), "Sekswerkers vertrouwen de politie niet, ze bellen ons pas als het echt mis is.",
                            role_label(study, "politie"), last="sekswerker")
    save(about, "about-role", lang)
    about = AboutRoleDialog(roles(study), "Sekswerkers vertrouwen de politie niet.", role_label(study, "politie"))
    about.show()
    about.choose("sekswerker")
    save(about, "about-role-chosen", lang)

    withdraw = WithdrawDialog(study, "R01")
    withdraw.receipt.setText(str(Path("/home/onderzoeker/Documenten") / Path(withdraw.receipt.text()).name))
    withdraw.confirm.setText("R0")
    save(withdraw, "withdraw", lang)

    export = ExportDialog(study, ids["R01"])
    export.set_format("report-docx")
    export.all.setChecked(True)
    from PySide6.QtTest import QTest

    for _ in range(600):
        if export.preview_done() and export.open_review_counts is not None:
            break
        QTest.qWait(200)
    export.path_edit.setText(str(Path("/home/onderzoeker/Documenten") / Path(export.path_edit.text()).name))
    save(export, "export", lang)

    new = NewStudyDialog(folder=Path("/home/onderzoeker/Veldwerk"))
    new.name.setText("Stigma sekswerk Tilburg")
    new.passphrase.setText("rode draad langs de piushaven")
    new.repeat.setText("rode draad langs de piushaven")
    save(new, "new-study-empty", lang)
    new = NewStudyDialog(folder=Path("/home/onderzoeker/Veldwerk"))
    new.name.setText("Stigma sekswerk Tilburg")
    new.passphrase.setText("rode draad langs de piushaven")
    new.repeat.setText("rode draad langs de piushaven")
    later = datetime.date.today() + datetime.timedelta(days=5 * 365)
    new.consent_fields.retention.setDate(QDate(later.year, later.month, later.day))
    new.consent_fields.contact.setText("Marieke Vos, 06 12345678, m.vos@example.org")
    save(new, "new-study", lang)

    settings = ConsentSettingsDialog(study)
    save(settings, "consent-settings", lang)

    from PySide6.QtWidgets import QMessageBox

    from desktop.consent_wizard.guard import missing_names

    # the guard's question, built as the guard builds it (a static QMessageBox.question cannot be grabbed)
    box = QMessageBox(QMessageBox.Question, app.translate("ConsentGuard", "Consent form not complete"),
                      app.translate("ConsentGuard", "The consent form does not say %1 yet, and it is read aloud to "
                                    "the participant. Fill it in before taking consent. Fill it in now?")
                      .replace("%1", missing_names(["consent_contact", "retention_until"])),
                      QMessageBox.Yes | QMessageBox.Cancel)
    save(box, "consent-refused", lang)


def main() -> int:
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.IniFormat)
    settings_dir = tempfile.mkdtemp(prefix="veldwerk-traps-settings-")
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, settings_dir)
    from desktop.app import make_app
    from tools.export_screenshots import build

    app = make_app()
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="veldwerk-traps-"))
    try:
        study, ids = build(work)
        for lang in ("nl", "en"):
            shoot(app, study, ids, work, lang)
        study.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(settings_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
