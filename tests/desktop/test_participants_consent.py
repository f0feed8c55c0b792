"""Adding a participant, the consent wizard (written and verbal with a recorded clip), withdrawal."""
import pytest
from PySide6.QtWidgets import QWizard

from desktop.consent_wizard import ConsentWizard
from desktop.participants.dialogs import ParticipantDialog, WithdrawDialog
from desktop.participants.tree import ParticipantTree
from storage.pseudonymise.pseudonymiser import Pseudonymiser


def _walk_to_method_page(qtbot, wizard, answers):
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.currentPage() is wizard.form_page
    assert "{study_name}" not in wizard.form_page.findChild(type(wizard.summary_page.text)).toPlainText()
    wizard.next()
    assert wizard.currentPage() is wizard.items_page
    assert not wizard.button(QWizard.NextButton).isEnabled()  # every item needs an answer
    for number, answer in answers.items():
        wizard.items_page.set_answer(number, answer)
    assert wizard.button(QWizard.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.method_page


def test_add_participant_then_written_consent(app, qtbot, study, settings):
    dialog = ParticipantDialog(study)
    qtbot.addWidget(dialog)
    assert dialog.code.text() == "R01"
    dialog.role.setCurrentIndex(dialog.role.findData("politie"))
    dialog._save()
    assert study.participants.get("R01")["role"] == "politie"
    duplicate = ParticipantDialog(study)
    qtbot.addWidget(duplicate)
    duplicate.code.setText("R01")
    duplicate._save()
    assert "already exists" in duplicate.error.text()

    wizard = ConsentWizard(study, "R01")
    qtbot.addWidget(wizard)
    _walk_to_method_page(qtbot, wizard, {1: True, 2: True, 3: False, 4: True, 5: False})
    page = wizard.method_page
    page.written.setChecked(True)
    page.researcher.setText("")
    assert not wizard.button(QWizard.CommitButton).isEnabled()
    page.researcher.setText("AB")
    assert wizard.button(QWizard.CommitButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    assert wizard.record is not None and wizard.record["method"] == "written"
    summary = wizard.summary_page.text.toPlainText()
    assert "R01" in summary and "AB" in summary
    assert study.consent.state("R01") == "given"
    assert study.consent.allows("R01", 1) and not study.consent.allows("R01", 3)
    assert study.consent.verify().ok

    tree = ParticipantTree()
    qtbot.addWidget(tree)
    tree.set_study(study)
    item = tree.topLevelItem(0)
    assert item.text(0) == "R01" and item.toolTip(0) == "Consent given"


def test_after_the_consent_is_saved_the_wizard_only_offers_close(app, qtbot, study, settings):
    """The summary page reads back what is stored: Cancel there would suggest it can still be undone."""
    study.participants.add("R01", "klant")
    wizard = ConsentWizard(study, "R01")
    qtbot.addWidget(wizard)
    _walk_to_method_page(qtbot, wizard, {1: True, 2: True, 3: True, 4: True, 5: True})
    assert wizard.button(QWizard.CancelButton).isVisible()      # before saving, Cancel stores nothing
    wizard.method_page.written.setChecked(True)
    wizard.method_page.researcher.setText("AB")
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page and wizard.record is not None
    qtbot.waitUntil(lambda: wizard.button(QWizard.FinishButton).isVisible(), timeout=5000)
    shown = [wizard.button(b) for b in (QWizard.BackButton, QWizard.NextButton, QWizard.CommitButton,
                                        QWizard.CancelButton, QWizard.FinishButton) if wizard.button(b).isVisible()]
    assert [b.text() for b in shown] == ["Close"]
    with qtbot.waitSignal(wizard.finished, timeout=5000) as done:
        wizard.button(QWizard.FinishButton).click()
    assert done.args == [1]   # QDialog.Accepted
    assert study.consent.state("R01") == "given"


@pytest.mark.audio
def test_verbal_consent_records_a_clip_from_the_microphone(app, qtbot, study, settings, pulse_sink, dutch_clip):
    from tests import pulse

    study.participants.add("R02", "klant")
    wizard = ConsentWizard(study, "R02", device=pulse.CAPTURE_DEVICE)
    qtbot.addWidget(wizard)
    _walk_to_method_page(qtbot, wizard, {1: True, 2: True, 3: True, 4: True, 5: True})
    page = wizard.method_page
    page.researcher.setText("AB")
    assert page.verbal.isChecked()
    assert not wizard.button(QWizard.CommitButton).isEnabled()  # verbal consent needs the clip
    assert page.clip.start(), page.clip.status.text()
    levels = []
    page.clip.session.level.connect(lambda rms, peak, paused: levels.append(peak))
    player = pulse.play(dutch_clip.path, wait=False)
    qtbot.waitUntil(lambda: player.poll() is not None, timeout=60000)
    played = page.clip.session.elapsed
    qtbot.waitUntil(lambda: page.clip.session.elapsed >= played + 0.3, timeout=60000)  # the clip's tail is in
    page.clip.stop()
    assert page.clip.recording_id
    assert max(levels) > -30  # the meter saw the spoken clip
    assert page.clip.replay_button.isEnabled()
    clip = study.recordings.get(page.clip.recording_id)
    assert clip.kind == "consent_clip" and clip.duration >= dutch_clip.seconds * 0.8
    assert wizard.button(QWizard.CommitButton).isEnabled()
    wizard.next()
    assert wizard.record["method"] == "verbal" and wizard.record["clip_recording_id"] == clip.id
    assert study.consent.verify().ok


def test_withdrawal_states_what_is_deleted_and_deletes_it(app, qtbot, consenting, settings, tmp_path):
    study = consenting
    iid = study.interviews.create("R01")
    p = study.participants.get("R01")
    study.recordings.add_pcm(interview_id=iid, participant_id=p["id"], pcm=b"\x01\x00" * 32000, sample_rate=16000)
    tid = study.transcripts.begin(iid, model="base", language="nl")
    study.transcripts.append_segments(tid, [{"start": 0, "end": 2, "text": "De GGD helpt Sandy."}], 2.0)
    study.transcripts.complete(tid)
    Pseudonymiser(study).replace_everywhere("Sandy", "R09")
    dialog = WithdrawDialog(study, "R01")
    qtbot.addWidget(dialog)
    text = dialog.what.text()
    assert "1 interview(s)" in text and "1 recording(s) (0:00:02 of audio)" in text and "1 transcript(s) with 1 segment(s)" in text
    assert "1 term(s) on the study's replacement list" in text
    dialog.receipt.setText(str(tmp_path / "bon.docx"))
    dialog.confirm.setText("R01")
    dialog.apply()
    assert dialog.result() == WithdrawDialog.Accepted
    assert study.consent.state("R01") == "withdrawn"
    assert study.interviews.list() == [] and study.search("GGD") == []
    assert Pseudonymiser(study).replacement_list() == []


def test_partial_withdrawal_keeps_the_data(app, qtbot, consenting, settings, tmp_path):
    dialog = WithdrawDialog(consenting, "R01")
    qtbot.addWidget(dialog)
    dialog.receipt.setText(str(tmp_path / "bon.docx"))
    dialog.partial.setChecked(True)
    dialog.apply()
    assert "numbers" in dialog.error.text()
    dialog.items.setText("3")
    dialog.apply()
    assert consenting.consent.state("R01") == "partly_withdrawn"
    assert not consenting.consent.allows("R01", 3) and consenting.consent.allows("R01", 1)
