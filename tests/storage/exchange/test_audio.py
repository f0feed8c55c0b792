"""`--with-audio`: an exchange file carries audio only when asked, only of participants who consented to
recording, and a copy whose recording lacks its audio gets it back (checked against the recording's hash)."""
import pytest

from storage import Study
from storage.errors import VeldwerkError
from storage.exchange import container
from storage.exchange.collect import export
from storage.exchange.merge import merge
from tests.conftest import PASSPHRASE
from tests.storage.exchange.helpers import EXCHANGE_PASSPHRASE, make_pair, segments


@pytest.fixture
def pair(tmp_path):
    path_a, path_b, interview = make_pair(tmp_path)
    a, b = Study.open(path_a, PASSPHRASE), Study.open(path_b, PASSPHRASE)
    a.researchers.use("ellen")
    b.researchers.use("sanne")
    seg = segments(a, interview)[0]
    a.codings.add(seg.transcript_id, "trots", (seg.id, 0), (seg.id, 10))
    yield a, b, interview, tmp_path
    a.close()
    b.close()


def _recording(study, interview):
    return study.recordings.main_for_interview(interview)


def _drop_audio(study, interview):
    """A copy without the recording's audio (as if it had been left out of the copy)."""
    with study.transaction():
        study.conn.execute("DELETE FROM audio_chunks WHERE recording_id = ?", [_recording(study, interview).id])


def test_no_audio_unless_asked(pair):
    a, _, _, tmp_path = pair
    out = tmp_path / "zonder.vwx"
    summary = export(a, out, EXCHANGE_PASSPHRASE, researcher="ellen")
    read = container.read(out, EXCHANGE_PASSPHRASE)
    assert read.audio == [] and read.meta["with_audio"] is False and "audio" not in summary["counts"]


def test_audio_when_asked_restores_a_copy_without_it(pair):
    a, b, interview, tmp_path = pair
    original = a.recordings.read_pcm(_recording(a, interview).id)
    _drop_audio(b, interview)
    assert len(b.recordings.read_pcm(_recording(b, interview).id)) == 0
    out = tmp_path / "met-audio.vwx"
    summary = export(a, out, EXCHANGE_PASSPHRASE, researcher="ellen", with_audio=True)
    assert summary["counts"]["audio"] == 1
    read = container.read(out, EXCHANGE_PASSPHRASE)
    assert read.meta["with_audio"] is True and {sha for sha, _, _ in read.audio} == {_recording(a, interview).sha256}
    result = merge(b, out, EXCHANGE_PASSPHRASE)
    assert result["counts"]["audio_added"] == 1 and result["counts"]["coding_added"] == 1
    restored = b.recordings.read_pcm(_recording(b, interview).id)
    assert (restored == original).all() and len(restored) == len(original) > 0
    assert b.recordings.sha256(_recording(b, interview).id) == _recording(b, interview).sha256
    assert [e["action"] for e in b.audit.entries("exchange.audio.add")] == ["exchange.audio.add"]


def test_a_copy_that_has_the_audio_keeps_it(pair):
    a, b, interview, tmp_path = pair
    out = tmp_path / "met-audio.vwx"
    export(a, out, EXCHANGE_PASSPHRASE, researcher="ellen", with_audio=True)
    before = b.conn.execute("SELECT count(*) FROM audio_chunks").fetchone()[0]
    assert merge(b, out, EXCHANGE_PASSPHRASE)["counts"]["audio_same"] == 1
    assert b.conn.execute("SELECT count(*) FROM audio_chunks").fetchone()[0] == before


def test_no_audio_of_a_participant_without_recording_consent(pair):
    a, b, interview, tmp_path = pair
    a.consent.withdraw("R01", items=[1], researcher="ellen")   # the audio itself is still in the study
    out = tmp_path / "met-audio.vwx"
    summary = export(a, out, EXCHANGE_PASSPHRASE, researcher="ellen", with_audio=True)
    assert summary["counts"]["audio"] == 0 and summary["counts"]["audio_no_consent"] == 1
    assert container.read(out, EXCHANGE_PASSPHRASE).audio == []


def test_the_receiving_copy_refuses_audio_of_a_participant_who_withdrew_there(pair):
    a, b, interview, tmp_path = pair
    _drop_audio(b, interview)
    b.consent.withdraw("R01", items=[1], researcher="sanne")
    out = tmp_path / "met-audio.vwx"
    export(a, out, EXCHANGE_PASSPHRASE, researcher="ellen", with_audio=True)
    assert merge(b, out, EXCHANGE_PASSPHRASE)["counts"]["audio_refused"] == 1
    assert b.conn.execute("SELECT count(*) FROM audio_chunks").fetchone()[0] == 0


def test_audio_that_does_not_match_its_hash_is_refused_and_nothing_changes(pair, monkeypatch):
    a, b, interview, tmp_path = pair
    _drop_audio(b, interview)
    out = tmp_path / "met-audio.vwx"
    real = container.write

    def tamper(path, passphrase, exchange):   # flip one byte of the first chunk on its way into the file
        audio = list(exchange.audio)
        sha, start, data = audio[0]
        audio[0] = (sha, start, bytes([data[0] ^ 1]) + data[1:])
        exchange.audio = audio
        return real(path, passphrase, exchange)

    monkeypatch.setattr(container, "write", tamper)
    export(a, out, EXCHANGE_PASSPHRASE, researcher="ellen", with_audio=True)
    with pytest.raises(VeldwerkError, match="damaged"):
        merge(b, out, EXCHANGE_PASSPHRASE)
    assert b.conn.execute("SELECT count(*) FROM audio_chunks").fetchone()[0] == 0
    assert b.codings.list() == []   # the whole merge was undone
