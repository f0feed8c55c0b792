"""Calls run on a thread pool, a bounded number ahead, their futures taken in submission order."""
from collections import deque
from concurrent.futures import Executor, Future
from typing import Iterable, Iterator


def in_order(pool: Executor, calls: Iterable[tuple], ahead: int) -> Iterator[tuple[Future, tuple]]:
    """Submit each (fn, *args) of `calls` to `pool`, keeping at most `ahead` submitted and not yet
    taken; yield (future, call) in submission order. Calls not started when the caller stops
    (returns, raises or closes the generator) never start."""
    calls = iter(calls)
    pending: deque = deque()

    def submit() -> None:
        call = next(calls, None)
        if call is not None:
            pending.append((pool.submit(*call), call))

    try:
        for _ in range(max(1, ahead)):
            submit()
        while pending:
            taken = pending.popleft()
            yield taken
            submit()
    finally:
        for future, _ in pending:
            future.cancel()
