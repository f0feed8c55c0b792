"""Seconds written as a time of day on a recording: the one place every screen, command and export formats them.

Three styles, each for a reason:

    clock(3725.4)               # '1:02:05'       on screen and in command output, a time and a length alike
                                #                 (hours not padded): a recording of 15.9 s is '0:00:15' in the
                                #                 participants panel, on the interview page and in the player
    clock(3725.4, tenths=True)  # '1:02:05.4'     a live recording counter
    clock(None)                 # '–'             no value yet (a job's remaining time)
    hhmmss(3725.4)              # '01:02:05'      in files and tab-separated tables: fixed width, sorts as text
    subtitle_time(3725.4567)    # '01:02:05,457'  SubRip (',') and WebVTT ('.') cue times, to the millisecond

Times and lengths are cut to the whole second (a cue that starts at 5.9 s is still in second 5; a take of
15.9 s shows as 15 s wherever it is shown), except `subtitle_time`, which rounds to the millisecond.
Negative times and None count as 0, except in `clock`, which shows `missing` for None.
"""


def _parts(seconds: int) -> tuple[int, int, int]:
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return hours, minutes, secs


def clock(seconds: float | None, *, tenths: bool = False, missing: str = "–") -> str:
    """H:MM:SS (hours not padded), with one decimal when `tenths`; `missing` for None."""
    if seconds is None:
        return missing
    if tenths:
        whole, tenth = divmod(int(max(0.0, float(seconds)) * 10), 10)
        h, m, s = _parts(whole)
        return f"{h:d}:{m:02d}:{s:02d}.{tenth:d}"
    h, m, s = _parts(int(seconds))
    return f"{h:d}:{m:02d}:{s:02d}"


def hhmmss(seconds: float | None) -> str:
    """HH:MM:SS, hours padded to two digits (fixed width), for files and tables."""
    h, m, s = _parts(int(seconds or 0))
    return f"{h:02d}:{m:02d}:{s:02d}"


def subtitle_time(seconds: float, separator: str = ",") -> str:
    """HH:MM:SS,mmm (SubRip) or, with separator '.', HH:MM:SS.mmm (WebVTT)."""
    millis = max(0, int(round(seconds * 1000)))
    h, m, s = _parts(millis // 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{separator}{millis % 1000:03d}"
