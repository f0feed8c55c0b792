"""What a recorder hands its audio to: the sink contract (storage's take writer fulfils it)."""
from typing import Any, Protocol

from storage.errors import DiskFull


class Sink(Protocol):
    """Receives one take as mono PCM16 little-endian bytes, from a single writer thread.

    - write(pcm): append audio; may buffer; may raise DiskFull.
    - flush(): make everything written so far survive kill -9; called at least once a
      second while audio arrives; may raise DiskFull.
    - finish(): the take ended (also after a pulled microphone); keep everything and
      return whatever identifies the saved take (a recording id).
    - abort(): drop the take; used only when recording never started or is cancelled.

    Optional: add_marker(time, label) receives markers; close_after_error() ends the take
    after DiskFull or a device error, keeping what was flushed.
    """

    def write(self, pcm: bytes) -> None: ...

    def flush(self) -> None: ...

    def finish(self) -> Any: ...

    def abort(self) -> None: ...


def close_after_error(sink) -> Any:
    """End a take that stopped on an error, keeping what reached the disk; returns finish()'s value or None."""
    closer = getattr(sink, "close_after_error", None)
    if closer is not None:
        return closer()
    try:
        return sink.finish()
    except DiskFull:
        return None
