"""Two copies of one study (a study folder copied, as on a USB stick), and a snapshot to compare states."""
import shutil

from storage import Study
from storage.segments import StoredSegment
from tests.conftest import PASSPHRASE
from tests.storage.helpers import interview_with_transcript

EXCHANGE_PASSPHRASE = "uitwisselen met sanne"
TEXTS = ["Ik ben trots op ons werk hier.", "De politie komt vaak langs.", "Een vast aanspreekpunt zou helpen."]


def make_pair(tmp_path):
    """A study with one transcribed interview, copied to a second folder; returns (path_a, path_b, interview)."""
    path_a, path_b = tmp_path / "ellen" / "team.veldwerk", tmp_path / "sanne" / "team.veldwerk"
    path_a.parent.mkdir()
    path_b.parent.mkdir()
    study = Study.create(path_a, name="Teamstudie", passphrase=PASSPHRASE)
    interview, _ = interview_with_transcript(study, "R01", texts=TEXTS, seconds=3.0)
    study.close()
    shutil.copytree(path_a, path_b)
    return path_a, path_b, interview


def segments(study, interview: int) -> list[StoredSegment]:
    return study.transcripts.segments(study.transcripts.for_interview(interview).id)


def snapshot(study) -> dict:
    """Everything an import could change, to compare before and after."""
    q = lambda sql: [tuple(r) for r in study.conn.execute(sql).fetchall()]  # noqa: E731
    return {
        "codings": q("SELECT id, uid, code_id, start_segment_id, start_offset, end_segment_id, end_offset, "
                     "about_role, memo, author, updated_by, created_at, updated_at FROM codings ORDER BY id"),
        "segments": q("SELECT id, uid, text, edited_by, edited_at FROM segments ORDER BY id"),
        "codes": q("SELECT id, key, label_nl, label_en, description, color, parent_id, perception FROM codes"),
        "researchers": q("SELECT * FROM researchers"),
        "exchanges": q("SELECT * FROM exchanges"),
        "conflicts": q("SELECT * FROM exchange_conflicts"),
        "ancestors": q("SELECT * FROM exchange_ancestors ORDER BY kind, item, hash"),
        "audit": q("SELECT count(*) FROM audit_log"),
    }


def codings_by_uid(study) -> dict:
    """{uid: (author, code, memo, about, excerpt)} over the whole study."""
    rows = study.codings.list()
    texts = study.codings.excerpt_texts(rows)
    return {r.uid: (r.author, r.code, r.memo, r.about_role, texts[r.id]) for r in rows}
