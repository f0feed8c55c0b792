"""The per-interview review state: finish, reopen, out of date after an edit, audit-logged, encrypted."""
import sqlite3

import pytest

from storage.errors import NotFound, VeldwerkError
from storage.pseudonymise.review_state import ReviewState, ReviewStatus, review_line
from tests.storage.exports.conftest import PASSPHRASE, coded_study, data_dir  # noqa: F401 - fixtures


def _segments(study, interview_id):
    return study.transcripts.segments(study.transcripts.for_interview(interview_id).id)


def test_finish_records_who_and_when_and_is_audited(coded_study):
    study, ids = coded_study
    reviews = ReviewState(study)
    assert reviews.status(ids["R01"])["status"] is ReviewStatus.UNREVIEWED
    status = reviews.finish(ids["R01"], by="Anna Bakker")
    assert status["status"] is ReviewStatus.FINISHED and status["finished_by"] == "Anna Bakker"
    assert status["finished_at"].startswith("20")
    assert reviews.is_finished(ids["R01"]) and not reviews.is_finished(ids["R02"])
    entry = study.audit.entries("pseudonymise.review.finish")[-1]
    assert entry["entity_id"] == str(ids["R01"]) and "Anna" not in str(entry)  # ids only, never names


def test_an_edit_after_the_review_makes_it_out_of_date(coded_study):
    study, ids = coded_study
    reviews = ReviewState(study)
    reviews.finish(ids["R01"], by="AB")
    segment = _segments(study, ids["R01"])[2]
    study.transcripts.edit_segment(segment.id, segment.text + " Ook Piet Jansen was er.")
    status = reviews.status(ids["R01"])
    assert status["status"] is ReviewStatus.CHANGED and status["finished_by"] == "AB"
    assert not reviews.is_finished(ids["R01"])
    assert "gewijzigd na de controle" in review_line(study.interviews.get(ids["R01"]), status)
    reviews.finish(ids["R01"], by="AB")  # reviewed again as it is now
    assert reviews.is_finished(ids["R01"])


def test_a_speaker_name_change_also_counts_as_a_change(coded_study):
    study, ids = coded_study
    reviews = ReviewState(study)
    reviews.finish(ids["R02"])
    tid = study.transcripts.for_interview(ids["R02"]).id
    study.transcripts.set_speaker_names(tid, {"S1": "Interviewer", "S2": "Karel van Dam"})
    assert reviews.status(ids["R02"])["status"] is ReviewStatus.CHANGED


def test_reopen(coded_study):
    study, ids = coded_study
    reviews = ReviewState(study)
    reviews.finish(ids["R01"])
    reviews.reopen(ids["R01"])
    assert reviews.status(ids["R01"])["status"] is ReviewStatus.UNREVIEWED
    assert study.audit.entries("pseudonymise.review.reopen")
    with pytest.raises(NotFound, match="not marked finished"):
        reviews.reopen(ids["R01"])


def test_bad_input_changes_nothing(coded_study):
    study, ids = coded_study
    reviews = ReviewState(study)
    with pytest.raises(NotFound):
        reviews.finish(999)
    iid = study.interviews.create("R02")
    with pytest.raises(VeldwerkError, match="no transcript"):
        reviews.finish(iid)
    tid = study.transcripts.begin(iid, model="base", language="nl")
    study.transcripts.append_segments(tid, [{"start": 0, "end": 1, "text": " hallo", "words": []}], 1.0)
    with pytest.raises(VeldwerkError, match="still being transcribed"):
        reviews.finish(iid)
    assert not study.audit.entries("pseudonymise.review.finish")
    assert study.conn.execute("SELECT count(*) FROM interview_reviews").fetchone()[0] == 0


def test_the_review_state_lives_in_the_encrypted_database(coded_study, tmp_path):
    study, ids = coded_study
    ReviewState(study).finish(ids["R01"], by="Anna Bakker")
    path = study.path
    study.close()
    raw = b"".join(p.read_bytes() for p in path.iterdir() if p.is_file())
    assert b"Anna Bakker" not in raw and b"interview_reviews" not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path / "study.db").execute("SELECT * FROM interview_reviews").fetchall()
    from storage import Study

    again = Study.open(path, PASSPHRASE)
    try:
        assert ReviewState(again).status(ids["R01"])["finished_by"] == "Anna Bakker"
    finally:
        again.close()
