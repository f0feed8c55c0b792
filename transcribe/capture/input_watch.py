"""Warnings about the input while recording: a silent input (muted or wrong microphone) and clipping.

Fed with the recorder's levels (transcribe.capture.levels.Level); used by the desktop recording screen and
usable by the command line. Returns events, so the caller decides how to show them.
"""
from dataclasses import dataclass

SILENT_DBFS = -55.0  # an input this quiet for SILENT_SECONDS is probably muted or the wrong device
SILENT_SECONDS = 5.0
CLIP_DBFS = -0.5  # a peak this close to full scale is clipping


@dataclass
class InputWatch:
    """Call feed(level) for each level; it returns "silent", "silent_over", "clipping" or None."""

    silent_dbfs: float = SILENT_DBFS
    silent_seconds: float = SILENT_SECONDS
    clip_dbfs: float = CLIP_DBFS
    _quiet_since: float | None = None
    silent: bool = False
    clipped: bool = False

    def feed(self, level) -> list[str]:
        events: list[str] = []
        if level.paused:
            self._quiet_since = None
            return events
        if level.rms_dbfs < self.silent_dbfs:
            if self._quiet_since is None:
                self._quiet_since = level.at
            elif level.at - self._quiet_since >= self.silent_seconds and not self.silent:
                self.silent = True
                events.append("silent")
        else:
            self._quiet_since = None
            if self.silent:
                self.silent = False
                events.append("silent_over")
        clipping = bool(getattr(level, "clipped", False)) or level.peak_dbfs >= self.clip_dbfs
        if clipping and not self.clipped:
            self.clipped = True  # said once per take
            events.append("clipping")
        return events
