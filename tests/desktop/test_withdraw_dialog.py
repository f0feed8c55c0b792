"""Withdrawal is never one keystroke away (issue 15, section 2): Cancel is the default button, the full
withdrawal needs the participant code typed, and the researcher gets a Dutch receipt (.docx, read back)."""
from docx import Document
from PySide6.QtCore import Qt

from desktop.participants.dialogs import WithdrawDialog


def _dialog(qtbot, study, tmp_path):
    dialog = WithdrawDialog(study, "R01")
    qtbot.addWidget(dialog)
    dialog.receipt.setText(str(tmp_path / "intrekking.docx"))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _receipt_text(path) -> str:
    doc = Document(str(path))
    return "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])


def test_enter_on_the_withdrawal_dialog_deletes_nothing(app, qtbot, consenting, settings, tmp_path):
    consenting.interviews.create("R01")
    dialog = _dialog(qtbot, consenting, tmp_path)
    assert dialog.cancel_button.isDefault() and not dialog.withdraw_button.isDefault()
    assert not dialog.withdraw_button.isEnabled()            # nothing typed yet
    qtbot.keyClick(dialog, Qt.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.result() == WithdrawDialog.Rejected
    assert consenting.consent.state("R01") == "given" and len(consenting.interviews.list()) == 1
    assert not (tmp_path / "intrekking.docx").exists()


def test_the_full_withdrawal_needs_the_code_typed_and_hands_a_receipt(app, qtbot, consenting, settings, tmp_path):
    consenting.interviews.create("R01")
    dialog = _dialog(qtbot, consenting, tmp_path)
    qtbot.keyClicks(dialog.confirm, "R02")
    assert not dialog.withdraw_button.isEnabled()
    dialog.apply()                                            # even called directly: refused
    assert consenting.consent.state("R01") == "given" and "R01" in dialog.error.text()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, "r 01")                   # any case, spaces ignored
    assert dialog.withdraw_button.isEnabled()
    qtbot.mouseClick(dialog.withdraw_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == WithdrawDialog.Accepted, timeout=10000)
    assert consenting.consent.state("R01") == "withdrawn" and consenting.interviews.list() == []
    record = consenting.db.query("SELECT * FROM consent_records ORDER BY id DESC LIMIT 1").__next__()
    text = _receipt_text(dialog.receipt_path)
    assert dialog.receipt_path == tmp_path / "intrekking.docx"
    assert "Bewijs van intrekking" in text and "R01" in text and record["hash"] in text and "1 gesprek(ken)" in text


def test_a_bad_receipt_place_is_refused_before_anything_is_deleted(app, qtbot, consenting, settings, study_path, tmp_path):
    consenting.interviews.create("R01")
    dialog = _dialog(qtbot, consenting, tmp_path)
    dialog.receipt.setText(str(study_path / "bon.docx"))
    dialog.confirm.setText("R01")
    dialog.apply()
    assert "study folder" in dialog.error.text() and dialog.isVisible()
    assert consenting.consent.state("R01") == "given" and len(consenting.interviews.list()) == 1
    (tmp_path / "bestaat.docx").write_bytes(b"x")
    dialog.receipt.setText(str(tmp_path / "bestaat.docx"))
    dialog.apply()
    assert "already exists" in dialog.error.text() and consenting.consent.state("R01") == "given"


def test_a_partial_withdrawal_needs_no_code_and_gets_a_receipt_too(app, qtbot, consenting, settings, tmp_path):
    dialog = _dialog(qtbot, consenting, tmp_path)
    dialog.partial.setChecked(True)
    dialog.items.setText("3")
    assert dialog.withdraw_button.isEnabled()
    dialog.apply()
    assert consenting.consent.state("R01") == "partly_withdrawn"
    assert "punt 3: anonieme citaten" in _receipt_text(dialog.receipt_path)


def test_the_withdrawal_and_about_role_dialogs_speak_dutch(app, qtbot, consenting, settings, tmp_path):
    from desktop import i18n
    from desktop.editor.dialogs import AboutRoleDialog

    i18n.install(app, "nl")
    try:
        dialog = WithdrawDialog(consenting, "R01")
        qtbot.addWidget(dialog)
        about = AboutRoleDialog(consenting.roles(), "tekst", "Politie", last="klant", current="ggd")
        qtbot.addWidget(about)
    finally:
        i18n.install(app, "en")
    assert dialog.confirm_label.text() == "Typ de code R01 om de deelnemer uit het hele onderzoek terug te trekken:"
    assert dialog.withdraw_button.text() == "Terugtrekken" and dialog.cancel_button.text() == "Annuleren"
    assert "(laatst gekozen)" in about.button_for("klant").text() and "(nu)" in about.button_for("ggd").text()
