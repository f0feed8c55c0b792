"""An encrypted study holds no plaintext of transcripts or audio in any file of its folder."""
import numpy as np

from storage import Study
from tests.conftest import PASSPHRASE
from tests.storage.helpers import consent_all, segment

SECRET_WORDS = "Zwanenburgerkade vertelde Pietertje over de klankbordgroep"


def all_bytes(path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file())


def make_content(study):
    study.participants.add("R01", "sekswerker")
    consent_all(study, "R01")
    iid = study.interviews.create("R01")
    signature = np.random.default_rng(7).integers(-30000, 30000, 64, dtype=np.int16)
    pcm = np.tile(signature, 2000)
    study.recordings.add_pcm(interview_id=iid, participant_id=1, pcm=pcm, sample_rate=16000)
    tid = study.transcripts.begin(iid, model="base")
    study.transcripts.append_segments(tid, [segment(0, 8, SECRET_WORDS)], progress_end=8)
    study.transcripts.complete(tid)
    return signature.tobytes()


def test_no_plaintext_in_an_encrypted_study_while_open_and_after_close(study):
    signature = make_content(study)
    path = study.path
    while_open = all_bytes(path)  # includes the write-ahead log
    study.close()
    after_close = all_bytes(path)
    for blob in (while_open, after_close):
        assert b"Zwanenburgerkade" not in blob
        assert "Zwanenburgerkade".encode("utf-16-le") not in blob
        assert signature not in blob
        assert b"SQLite format 3" not in blob
    with Study.open(path, PASSPHRASE) as study:
        assert study.search("zwanenburgerkade")[0]["segment_id"] == 1


def test_the_same_content_is_visible_in_an_unencrypted_study(plain_study):
    """The check above can fail: without encryption the words and audio are there."""
    signature = make_content(plain_study)
    path = plain_study.path
    plain_study.close()
    blob = all_bytes(path)
    assert b"Zwanenburgerkade" in blob
    assert signature in blob
