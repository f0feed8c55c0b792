"""transcribe/loops.py: a looping segment's repeats are cut back to one, nothing else changes; a loop inside a word is found."""
from storage.segments import Segment, Word
from transcribe.loops import loop_free


def segment(text: str) -> Segment:
    words = [Word(float(i), i + 0.5, " " + w, 0.9) for i, w in enumerate(text.split())]
    return Segment(start=0.0, end=float(len(words)), text=text, confidence=0.4, words=words, speaker="S1")


def test_a_run_of_one_repeated_word_is_cut_to_one():
    out = loop_free(segment("Je bent net " + "net " * 150 + "daar."))
    assert out.text == "Je bent net daar."
    assert [w.start for w in out.words] == [0.0, 1.0, 2.0, 153.0]  # the words kept keep their own times
    assert (out.start, out.end, out.confidence, out.speaker) == (0.0, 154.0, 0.4, "S1")


def test_a_repeated_phrase_is_cut_to_one_copy():
    out = loop_free(segment("Ik denk het niet. " * 6 + "Of toch?"))
    assert out.text == "Ik denk het niet. Of toch?"


def test_speech_that_repeats_a_little_stays():
    for text in ("ja ja dat klopt", "Nee. Nee. Dat wil ik niet.", "dat is het wrak, dat is het wrak van de boot"):
        assert loop_free(segment(text)).text == text


def test_repeats_are_recognised_across_case_and_punctuation():
    assert loop_free(segment("Nou, nou nou. Nou! ja")).text == "Nou, ja"


def test_a_longer_phrase_said_twice_does_not_hide_a_loop_inside_it():
    # "w w w y" twice covers more words than "w w w" but is no loop; the three w's at the start are
    assert loop_free(segment("nou nou nou ja nou nou nou ja")).text == "nou ja nou ja"


def test_a_loop_inside_one_word_is_found():
    from transcribe.loops import loops_inside_a_word

    # seen: a recording through PulseAudio on a loaded machine, faster-whisper's batched output in noise
    for looping in ("dit is een u-for-dame-motor-t-mail-t-mail-t-mail-", "sneeuwpselpselpselpselps",
                    "B-O-N-E-S-S-S-S-S-S", "ijjjjjjjjjjjj", "Nee-nee-nee.", "1,5,5,5,5,5,5,5,5.",
                    "overvrede-frede-frede-freden"):
        assert loops_inside_a_word(looping), looping


def test_words_repeated_with_spaces_numbers_and_ordinary_words_are_not_a_loop_inside_a_word():
    from transcribe.loops import loops_inside_a_word

    for plain in ("ja ja ja ja, dat klopt", "nee nee nee", "1.000.000.000.000 euro", "een al-of-niets-keuze",
                  "hmmm", "ananas", "kokosnoot", "zeeën", "ja-ja", "t-mail-t-mail"):
        assert not loops_inside_a_word(plain), plain


def test_a_loop_inside_a_word_is_cut_to_one_copy_and_the_word_keeps_its_time():
    out = loop_free(segment("Dat is B-O-N-E-S-S-S-S-S-S-S-S-S-S-S-S goed"))
    assert out.text == "Dat is B-O-N-E-S goed"
    assert [(w.start, w.end) for w in out.words] == [(0.0, 0.5), (1.0, 1.5), (2.0, 2.5), (3.0, 3.5)]
    assert loop_free(segment("een u-for-t-mail-t-mail-t-mail-")).text == "een u-for-t-mail-"
    assert loop_free(segment("en ijjjjjjjjjjj")).text == "en ij"


def test_numbers_and_ordinary_words_are_not_cut_inside():
    kept = segment("1.000.000.000 euro, een al-of-niets-keuze, hmmm ja-ja")
    assert loop_free(kept) is kept
