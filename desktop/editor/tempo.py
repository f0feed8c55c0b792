"""Speed change without pitch change (FFmpeg's atempo via PyAV), and resampling to the device rate.

Works on blocks of int16 samples in memory; nothing touches the disk.
"""
from fractions import Fraction

import av
import numpy as np


class TempoFilter:
    """Feeds mono int16 blocks through atempo (and aresample) and hands back output samples."""

    def __init__(self, rate: int, speed: float, out_rate: int | None = None):
        self.rate, self.speed, self.out_rate = rate, float(speed), out_rate or rate
        self._pts = 0
        self._pending = np.zeros(0, dtype=np.int16)
        self.graph = None
        if abs(self.speed - 1.0) > 1e-3 or self.out_rate != rate:
            self._build()

    @property
    def identity(self) -> bool:
        return self.graph is None

    def _build(self) -> None:
        graph = av.filter.Graph()
        node = graph.add_abuffer(format="s16", sample_rate=self.rate, layout="mono", time_base=Fraction(1, self.rate))
        first = node
        if abs(self.speed - 1.0) > 1e-3:
            tempo = graph.add("atempo", f"{self.speed:.3f}")
            node.link_to(tempo)
            node = tempo
        if self.out_rate != self.rate:
            resample = graph.add("aresample", str(self.out_rate))
            node.link_to(resample)
            node = resample
        sink = graph.add("abuffersink")
        node.link_to(sink)
        graph.configure()
        self.graph, self._src = graph, first

    def push(self, samples: np.ndarray) -> None:
        """Add source samples (int16)."""
        if self.graph is None:
            self._pending = np.concatenate([self._pending, samples.astype(np.int16, copy=False)])
            return
        frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(samples, dtype=np.int16).reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = self.rate
        frame.pts = self._pts
        self._pts += len(samples)
        self.graph.push(frame)
        parts = [self._pending]
        while True:
            try:
                out = self.graph.pull()
            except (BlockingIOError, av.error.EOFError):
                break
            parts.append(out.to_ndarray().reshape(-1).astype(np.int16, copy=False))
        self._pending = np.concatenate(parts)

    def available(self) -> int:
        return len(self._pending)

    def take(self, n: int) -> np.ndarray:
        """Up to n output samples."""
        out, self._pending = self._pending[:n], self._pending[n:]
        return out

    def source_per_output(self) -> float:
        """Source samples consumed per output sample."""
        return self.speed * self.rate / self.out_rate
