"""The stored segment row (`StoredSegment`): typed, frozen, words as `Word`, and rows of older schemas still load."""
import dataclasses
import json

import pytest
from sqlite_utils import Database

from storage import connection, schema
from storage.segments import Segment, StoredSegment, Word
from tests.storage.helpers import interview_with_transcript


def test_a_stored_segment_is_a_frozen_typed_row(plain_study):
    _, tid = interview_with_transcript(plain_study, texts=["De GGD doet goed werk.", "Ja."], seconds=2.0)
    first, second = plain_study.transcripts.segments(tid)
    assert isinstance(first, StoredSegment) and plain_study.transcripts.segment(first.id) == first
    assert (first.transcript_id, first.position, second.position) == (tid, 0, 1)
    assert first.text == first.asr_text == "De GGD doet goed werk." and first.uid and first.edited_by == ""
    assert first.words and all(isinstance(w, Word) for w in first.words) and isinstance(first.words, tuple)
    assert first.words[0].word == " De" and first.words[0].start == first.start
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.text = "iets anders"

    plain_study.transcripts.edit_segment(first.id, "De GGD doet heel goed werk.")
    edited = plain_study.transcripts.segment(first.id)
    assert edited.text == "De GGD doet heel goed werk." and edited.asr_text == first.text and edited.edited_at
    assert first.text == "De GGD doet goed werk."  # the row read before the edit is a snapshot

    data = edited.to_dict()
    assert list(data) == [f.name for f in dataclasses.fields(StoredSegment)]
    assert data["words"] == [list(w) for w in edited.words] and json.loads(json.dumps(data)) == data
    assert edited.to_segment() == Segment(edited.start, edited.end, edited.text, edited.confidence, list(edited.words))


def test_a_row_of_before_the_exchange_schema_still_loads(tmp_path):
    db = Database(connection.connect(tmp_path / "v9.db", None, create=True))
    schema.migrate(db, target=9)  # segments without uid, edited_by, edited_at (schema v10)
    for sql in ("INSERT INTO roles VALUES ('ggd', 'GGD', 0)",
                "INSERT INTO participants(code, role, created_at) VALUES ('R01', 'ggd', '2026-01-01')",
                "INSERT INTO interviews(participant_id, created_at) VALUES (1, '2026-01-01')",
                "INSERT INTO transcripts(interview_id, state, created_at) VALUES (1, 'complete', '2026-01-01')",
                "INSERT INTO segments(transcript_id, position, start, end, text, asr_text, words) "
                "VALUES (1, 0, 0, 2, 'Ik ben trots', 'Ik ben trots', '[[0.0, 0.5, \" Ik\", 0.9]]')",
                "INSERT INTO segments(transcript_id, position, start, end, text) VALUES (1, 1, 2, 3, 'Ja')"):
        db.execute(sql)
    rows = list(db.query("SELECT * FROM segments ORDER BY position"))
    assert "uid" not in rows[0]
    old, bare = (StoredSegment.from_row(row) for row in rows)
    db.conn.close()
    assert (old.uid, old.edited_by, old.edited_at) == (None, "", None)
    assert old.words == (Word(0.0, 0.5, " Ik", 0.9),) and old.text == "Ik ben trots" and old.speaker == ""
    assert bare.words == () and bare.asr_text == "" and bare.confidence is None
    assert bare.to_segment() == Segment(2.0, 3.0, "Ja", 0.0, [])
