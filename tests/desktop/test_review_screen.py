"""The review screen on an encrypted study with spoken audio: ranked by risk, possible identifiers marked,
Space plays the audio at the term, Enter / N decide through the core (one study list), progress, and
"Review finished" recorded for the exports."""
import pytest
from PySide6.QtCore import Qt

from desktop.export import review_rows as rr
from desktop.export.review import POSSIBLE_BACKGROUND, PseudonymReviewDialog
from storage.pseudonymise.pseudonymiser import Pseudonymiser
from storage.pseudonymise.review_list import review_items
from storage.pseudonymise.review_state import ReviewState, ReviewStatus
from storage.timefmt import clock
from tests.desktop.review_fixtures import SLOW, spoken  # noqa: F401 - fixture


@pytest.fixture(autouse=True)
def pulse():
    """A PulseAudio null sink when the box can start one (the player falls back to a clock otherwise)."""
    try:
        from tests.pulse import ensure_null_sink

        ensure_null_sink()
        return True
    except Exception:
        return False


def open_review(qtbot, study, interview_id) -> PseudonymReviewDialog:
    dialog = PseudonymReviewDialog(study, interview_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: not dialog.loading(), timeout=SLOW)
    return dialog


def shown_terms(dialog) -> list[str]:
    return [dialog.table.item(r, dialog.TERM).text() for r in range(dialog.table.rowCount())]


def key(qtbot, dialog, name: str) -> None:
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(name)[0]
    qtbot.keyClick(dialog.table, combo.key(), combo.keyboardModifiers())


def test_ranked_by_risk_with_possible_ones_marked_context_and_time(qtbot, spoken):
    study, ids = spoken
    dialog = open_review(qtbot, study, ids["R01"])
    ranked = review_items(study, ids["R01"])
    assert shown_terms(dialog) == [r["term"] for r in ranked]
    risks = [r["risk"] for r in ranked]
    assert risks == sorted(risks, reverse=True) and len(ranked) >= 5
    assert {"Jan de Vries", "Oisterwijk", "marieke de boer", "breda", "kever"} <= set(shown_terms(dialog))
    possible = [r for r, row in enumerate(ranked) if row["possible"]]
    assert possible, "the low-probability word after 'buurvrouw' is a possible identifier"
    for r in range(dialog.table.rowCount()):
        cell = dialog.table.item(r, 0)
        if r in possible:
            assert cell.text().startswith("? possible") and cell.background().color() == POSSIBLE_BACKGROUND
        else:
            assert not cell.text().startswith("?") and cell.background().color() != POSSIBLE_BACKGROUND
    kever = shown_terms(dialog).index("kever")
    assert "buurvrouw kever dat" in dialog.table.item(kever, 4).text()
    assert dialog.table.item(kever, 3).text() == clock(ranked[kever]["start"]) != ""
    assert dialog.progress_label.text() == f"0 of {len(ranked)} reviewed"
    assert dialog.state_label.text() == "Review not finished"
    assert "Space play" in dialog.legend.text() and "(N)" in dialog.reject_button.text()
    assert dialog.selected_term() == ranked[0]["term"]          # the first open term is selected: start at once


def test_space_plays_the_audio_around_the_term(qtbot, spoken, pulse):
    study, ids = spoken
    dialog = open_review(qtbot, study, ids["R01"])
    assert dialog.select_term("breda")
    row = dialog.selected_row()
    assert dialog.has_audio and row["start"] > 5
    key(qtbot, dialog, rr.KEY_PLAY)
    assert dialog.player.is_playing()
    assert dialog.player.position() == pytest.approx(row["start"] - 1.0, abs=0.3)  # a second before the term
    if pulse:
        assert dialog.player.device_error == "", "an output device was available"
    qtbot.waitUntil(lambda: not dialog.player.is_playing(), timeout=15000)     # stops by itself after the term
    assert row["end"] <= dialog.player.position() <= row["end"] + 2.5
    key(qtbot, dialog, rr.KEY_PLAY)
    assert dialog.player.is_playing()
    key(qtbot, dialog, rr.KEY_PLAY)                                            # again: stop
    assert not dialog.player.is_playing()


def test_enter_replaces_n_keeps_and_the_list_moves_on(qtbot, spoken, tmp_path):
    from storage.exports import export

    study, ids = spoken
    iid = ids["R01"]
    dialog = open_review(qtbot, study, iid)
    total = len(dialog.rows)
    first = dialog.selected_term()
    key(qtbot, dialog, rr.KEY_REPLACE)
    decisions = {r["term"]: r["decision"] for r in Pseudonymiser(study).proposals(iid)}
    assert decisions[first] == "accept"                                # stored through the core at once
    assert first in {e["term"] for e in Pseudonymiser(study).replacement_list()}  # one decision, on the study's list
    second = dialog.selected_term()
    assert second != first                                             # moved on to the next open term
    assert dialog.progress_label.text() == f"1 of {total} reviewed"

    assert dialog.select_term("kever")
    key(qtbot, dialog, rr.KEY_KEEP)
    assert {r["term"]: r["decision"] for r in Pseudonymiser(study).proposals(iid)}["kever"] == "reject"
    assert dialog.progress_label.text() == f"2 of {total} reviewed"
    text = export(study, "txt", tmp_path / "a.txt", interview_id=iid).read_text(encoding="utf-8")
    assert "buurvrouw kever" in text and first not in text

    assert dialog.select_term("kever")
    key(qtbot, dialog, rr.KEY_UNDO)
    assert {r["term"]: r["decision"] for r in Pseudonymiser(study).proposals(iid)}["kever"] == "default"
    assert dialog.progress_label.text() == f"1 of {total} reviewed"
    key(qtbot, dialog, rr.KEY_UNDO)                                    # nothing left to undo: said, not silent
    assert "no decision of yours" in dialog.status.text()


def test_a_click_on_a_button_leaves_the_keys_on_the_list(qtbot, spoken):
    study, ids = spoken
    dialog = open_review(qtbot, study, ids["R01"])
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus, timeout=5000)
    first = dialog.selected_term()
    qtbot.mouseClick(dialog.reject_button, Qt.LeftButton)
    assert {r["term"]: r["decision"] for r in Pseudonymiser(study).proposals(ids["R01"])}[first] == "reject"
    assert dialog.table.hasFocus() and not dialog.reject_button.hasFocus()   # Space plays, it does not press the button
    assert all(not b.autoDefault() for b in (dialog.accept_button, dialog.reject_button, dialog.finish_button))
    qtbot.mouseClick(dialog.play_button, Qt.LeftButton)
    assert dialog.player.is_playing() and dialog.table.hasFocus()
    dialog.player.stop()


def test_a_term_decided_here_is_replaced_in_the_other_interview(qtbot, spoken, tmp_path):
    from storage.exports import export

    study, ids = spoken
    dialog = open_review(qtbot, study, ids["R02"])
    assert dialog.add_term("gemeente", "instelling")
    assert "gemeente" in shown_terms(dialog)
    text = export(study, "txt", tmp_path / "r01.txt", interview_id=ids["R01"]).read_text(encoding="utf-8")
    assert "gemeente" not in text                                      # the study's one replacement list
    assert not dialog.add_term("   ")
    assert dialog.status.text() == "Type the term to add."


def test_review_finished_is_recorded_and_shown(qtbot, spoken):
    study, ids = spoken
    iid = ids["R01"]
    dialog = open_review(qtbot, study, iid)
    assert ReviewState(study).status(iid)["status"] is ReviewStatus.UNREVIEWED
    key(qtbot, dialog, rr.KEY_FINISH)
    assert ReviewState(study).status(iid)["status"] is ReviewStatus.FINISHED
    assert dialog.state_label.text().startswith("Review finished on 20")
    assert "Review finished and recorded" in dialog.status.text()
    assert f"{len(dialog.rows)} term(s) without a decision" in dialog.status.text()

    study.transcripts.edit_segment(study.transcripts.segments(study.transcripts.for_interview(iid).id)[0].id,
                                   "Hoe kijk je naar de politie in Breda?")
    dialog.load()
    qtbot.waitUntil(lambda: not dialog.loading(), timeout=SLOW)
    assert dialog.state_label.text().startswith("Review out of date")


def test_dutch_ui(qtbot, spoken):
    from desktop import i18n

    study, ids = spoken
    i18n.install(qtbot_app(), "nl")
    try:
        dialog = open_review(qtbot, study, ids["R01"])
        assert dialog.windowTitle() == "Pseudonimisering controleren"
        assert dialog.progress_label.text() == f"0 van {len(dialog.rows)} nagekeken"
        assert dialog.state_label.text() == "Controle niet afgerond"
        assert dialog.finish_button.text().startswith("Controle afgerond")
        assert any(dialog.table.item(r, 0).text().startswith("? mogelijk") for r in range(dialog.table.rowCount()))
        assert "Spatie" in dialog.legend.text()
    finally:
        i18n.install(qtbot_app(), "en")


def qtbot_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def test_plus_adds_a_missed_term_and_keypad_enter_replaces(qtbot, spoken, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    study, ids = spoken
    iid = ids["R01"]
    dialog = open_review(qtbot, study, iid)
    answers = iter([("aanspreekpunt", True), ("", True)])                # the term, then no own replacement
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda parent, title, label, items, *a, **k: (items[
        [i.split(" → ")[0] for i in items].index("other")], True)))
    qtbot.keyClick(dialog.table, Qt.Key_Plus)
    rows = {r["term"]: r for r in Pseudonymiser(study).proposals(iid)}
    assert rows["aanspreekpunt"]["decision"] == "add" and rows["aanspreekpunt"]["replacement"] == "[VERWIJDERD]"
    assert "aanspreekpunt" in shown_terms(dialog)

    first = dialog.selected_term()
    qtbot.keyClick(dialog.table, Qt.Key_Enter, Qt.KeypadModifier)
    assert {r["term"]: r["decision"] for r in Pseudonymiser(study).proposals(iid)}[first] == "accept"


def test_the_term_is_bold_in_its_context():
    from desktop.export.context_delegate import marked

    assert marked("… zei mijn buurvrouw Kever dat <het> mis was", "kever") == \
        "… zei mijn buurvrouw <b>Kever</b> dat &lt;het&gt; mis was"
    assert marked("geen treffer", "jan") == "geen treffer"
