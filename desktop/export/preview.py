"""What an export will include: the core's answer (`storage/exports/inclusion.py`), which follows the
scope and quote unit each exporter declares where it is registered. No Qt here, so a worker thread runs it."""
from storage.exports.inclusion import Inclusion as Preview  # noqa: F401 - the dialog's name for it
from storage.exports.inclusion import open_review, would_include


def counts(study, fmt: str, interview_id: int | None) -> Preview:
    """Interviews, participants and quote counts of an export in `fmt` (fast: database reads only)."""
    return would_include(study, fmt, interview_id)


__all__ = ["Preview", "counts", "open_review"]
