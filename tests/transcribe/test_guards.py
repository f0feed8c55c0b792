"""The guards against hallucination on batched pieces (Settings(batched=True)): which fire, and that a redo decodes."""
import threading

import pytest
from faster_whisper.transcribe import Word as RawWord

from transcribe import engine
from transcribe.engine import Settings, _piece_verdict, transcribe_audio
from transcribe.parallel_batches import PieceSegment

from .conftest import normalised_words


def raw(text="ja dat klopt", avg_logprob=-0.3, no_speech=0.01, compression=1.2, words=None, seek=0):
    if words is None:
        words = [RawWord(0.0 + i, 0.4 + i, " " + w, 0.9) for i, w in enumerate(text.split())]
    return PieceSegment(id=1, seek=seek, start=0.0, end=3.0, text=text, tokens=[], avg_logprob=avg_logprob,
                        compression_ratio=compression, no_speech_prob=no_speech, words=words, temperature=0.0,
                        last_in_piece=True)


def test_a_plain_piece_is_kept():
    assert _piece_verdict([raw(), raw()], Settings()) == ("keep", "kept")


def test_a_looping_piece_is_decoded_again_in_both_modes():
    piece = [raw(), raw("ja ja ja ja ja ja ja ja ja ja ja ja", compression=3.1)]
    assert _piece_verdict(piece, Settings()) == ("redo", "loop")
    assert _piece_verdict(piece, Settings(fast=True)) == ("redo", "loop")
    assert _piece_verdict(piece, Settings(compression_ratio_threshold=None)) == ("keep", "kept")


def test_a_low_confidence_piece_is_decoded_again_in_the_default_mode_only():
    piece = [raw(avg_logprob=-1.4)]
    assert _piece_verdict(piece, Settings()) == ("redo", "log-prob")
    assert _piece_verdict(piece, Settings(fast=True)) == ("keep", "kept")
    assert _piece_verdict(piece, Settings(log_prob_threshold=None)) == ("keep", "kept")


def test_a_piece_without_speech_and_low_confidence_is_dropped():
    assert _piece_verdict([raw(avg_logprob=-1.4, no_speech=0.9)], Settings()) == ("drop", "no speech")
    # a confident piece stays, whatever no_speech_prob says (as in the sequential decoder)
    assert _piece_verdict([raw(avg_logprob=-0.2, no_speech=0.9)], Settings()) == ("keep", "kept")


def test_a_redo_tries_the_first_temperatures_only_unless_told_otherwise():
    from transcribe.engine import _redo_settings

    assert _redo_settings(Settings()).temperature == (0.0, 0.2)
    assert _redo_settings(Settings(redo_temperatures=0)).temperature == Settings().temperature
    redo = _redo_settings(Settings(fast=True))
    assert not (redo.batched or redo.fast) and redo.beam_size == Settings().beam_size


def instant_words(at: float) -> list:
    """Three improbable words of 20 ms each: what Whisper's hallucination score flags."""
    return [RawWord(at, at + 0.02, " Bedankt", 0.05), RawWord(at + 0.02, at + 0.04, " voor", 0.1),
            RawWord(at + 0.04, at + 0.06, " kijken.", 0.1)]


def test_a_piece_of_improbable_instant_words_in_silence_is_decoded_again():
    piece = [raw("Bedankt voor kijken.", words=instant_words(10.0))]
    assert _piece_verdict(piece, Settings()) == ("redo", "hallucination")  # alone in the recording
    assert _piece_verdict(piece, Settings(), speech_before=5.0, speech_after=15.0) == ("redo", "hallucination")
    assert _piece_verdict(piece, Settings(hallucination_silence_threshold=None)) == ("keep", "kept")


def test_improbable_words_between_speech_are_kept_as_the_sequential_decoder_keeps_them():
    """Whisper's rule needs more than hallucination_silence_threshold (2 s) of silence on both sides: the
    batched decoder's coarse word times make real sentences in continuous speech score as suspect."""
    piece = [raw("Bedankt voor kijken.", words=instant_words(10.0))]
    assert _piece_verdict(piece, Settings(), speech_before=9.5, speech_after=15.0) == ("keep", "kept")
    assert _piece_verdict(piece, Settings(), speech_before=5.0, speech_after=10.5) == ("keep", "kept")
    assert _piece_verdict(piece, Settings(hallucination_silence_threshold=0.2),
                          speech_before=9.5, speech_after=10.5) == ("redo", "hallucination")


def test_the_silence_around_a_sentence_inside_a_piece_counts():
    said = [RawWord(0.0 + i, 0.4 + i, w, 0.9) for i, w in enumerate([" Ja", " dat", " klopt."])]
    later = [RawWord(20.0 + i, 20.4 + i, w, 0.9) for i, w in enumerate([" En", " toen", " niet."])]
    close = [RawWord(11.0 + i, 11.4 + i, w, 0.9) for i, w in enumerate([" En", " toen", " niet."])]
    isolated = [raw("Ja dat klopt. Bedankt voor kijken. En toen niet.", words=said + instant_words(10.0) + later)]
    assert _piece_verdict(isolated, Settings(), 0.0, 30.0) == ("redo", "hallucination")
    followed = [raw("Ja dat klopt. Bedankt voor kijken. En toen niet.", words=said + instant_words(10.0) + close)]
    assert _piece_verdict(followed, Settings(), 0.0, 30.0) == ("keep", "kept")
    # another suspect sentence right after counts as silence, as in the sequential decoder
    chained = [raw("Ja dat klopt. Bedankt voor kijken. Bedankt voor kijken.",
                   words=said + instant_words(10.0) + instant_words(11.0))]
    assert _piece_verdict(chained, Settings(), 0.0, 30.0) == ("redo", "hallucination")


def test_a_loop_inside_one_word_is_decoded_again_in_both_modes_wherever_it_is():
    """Too short for the compression check, and between speech: what a recording through PulseAudio on a
    loaded machine once decoded into (docs/benchmarks.md)."""
    text = "goedemorgen, dit is een u-for-dame-motor-t-mail-t-mail-t-mail-"
    piece = [raw(text, compression=1.4)]
    assert _piece_verdict(piece, Settings(), speech_before=9.5, speech_after=10.5) == ("redo", "loop")
    assert _piece_verdict(piece, Settings(fast=True)) == ("redo", "loop")
    assert _piece_verdict([raw("ja ja ja, dat klopt")], Settings()) == ("keep", "kept")


@pytest.mark.slow
def test_a_redone_piece_is_decoded_by_the_sequential_decoder(library_home, dutch_pcm, monkeypatch):
    # a cancelled transcription of an earlier test may still be finishing a window in the background,
    # and it would count its pieces here: wait for it first
    for thread in threading.enumerate():
        if thread.name.startswith("veldwerk-") and thread is not threading.current_thread():
            thread.join(timeout=300)
    monkeypatch.setattr(engine, "guards_fired", engine.guards_fired.__class__())
    redo_temperatures = []  # what each sequential (redo) decode was given; the real decoder still runs
    run_window = engine._run_window

    def noting(model, audio, s, *args, **kwargs):
        if not (s.batched or s.fast):
            redo_temperatures.append(s.temperature)
        return run_window(model, audio, s, *args, **kwargs)

    monkeypatch.setattr(engine, "_run_window", noting)
    # a threshold no piece reaches: every piece goes back to the sequential decoder with its fallback
    segments = transcribe_audio(dutch_pcm, settings=Settings(batched=True, log_prob_threshold=0.0))
    assert engine.guards_fired["log-prob"] >= 1 and engine.guards_fired["kept"] == 0
    # a redo is one more chance, not four: its fallback stops at 0.2
    assert redo_temperatures and set(redo_temperatures) == {(0.0, 0.2)}, redo_temperatures
    text = " ".join(s.text for s in segments)
    assert {"goedemiddag", "ggd", "gezondheid"} <= normalised_words(text), text
    assert all(s.words for s in segments) and [s.start for s in segments] == sorted(s.start for s in segments)


@pytest.mark.slow
def test_invented_text_in_silence_is_decoded_away_and_text_between_speech_is_kept(library_home):
    """Through the window: a suspect sentence alone in 30 s of silence goes back to the sequential
    decoder, whose VAD finds no speech there, so the invented words are gone; the same words half a
    second after other speech stay, as the sequential decoder leaves them."""
    import numpy as np

    from transcribe.engine import _window_segments, load_model

    silence = np.zeros(30 * 16000, dtype=np.float32)
    invented = raw("Bedankt voor kijken.", words=instant_words(10.0), seek=1000)
    assert list(_window_segments(load_model(), silence, [invented], Settings(), "nl", 0.0)) == []
    said = raw("Ja dat klopt.", words=[RawWord(8.0, 8.4, " Ja", 0.9), RawWord(8.5, 8.9, " dat", 0.9),
                                        RawWord(9.0, 9.5, " klopt.", 0.9)], seek=0)
    kept = list(_window_segments(load_model(), silence, [said, invented], Settings(), "nl", 0.0))
    assert [s.text for s in kept] == ["Ja dat klopt.", "Bedankt voor kijken."]


def test_a_finished_piece_is_handed_on_before_the_next_piece_is_read():
    """The next piece may still be decoding: a piece with nothing suspect must not wait for it (the
    first text on screen would wait for a whole batch); a suspect last sentence may look ahead."""
    from transcribe.engine import _window_segments

    pulled = []

    def decoded(*pieces):
        for piece in pieces:
            pulled.append(piece.text)
            yield piece

    plain = raw("Ja dat klopt.")
    out = _window_segments(None, [0.0] * 16000 * 60, decoded(plain, raw("En toen niet.")), Settings(), "nl", 0.0)
    assert next(out).text == "Ja dat klopt." and pulled == ["Ja dat klopt."]
    suspect = raw("Bedankt voor kijken.", words=instant_words(10.0))
    near = raw("En toen niet.", words=[RawWord(10.5, 10.9, " En", 0.9), RawWord(11.0, 11.4, " niet.", 0.9)])
    pulled.clear()
    out = _window_segments(None, [0.0] * 16000 * 60, decoded(suspect, near), Settings(), "nl", 0.0, (False, True))
    assert next(out).text == "Bedankt voor kijken." and pulled == ["Bedankt voor kijken.", "En toen niet."]


def test_a_segment_that_still_loops_after_the_redo_is_cut_back():
    """Whisper's fallback keeps its best attempt when every temperature loops: Veldwerk cuts the loop."""
    from transcribe.engine import _segment

    looping = raw("Je bent net " + "net " * 40, compression=9.0)
    assert _segment(looping, 10.0, 2.4).text == "Je bent net"
    assert _segment(looping, 10.0).text.count("net") == 41  # without a threshold nothing is cut
    plain = raw("ja ja ja dat klopt", compression=1.2)  # repeats, but the text does not loop
    assert _segment(plain, 0.0, 2.4).text == "ja ja ja dat klopt"
