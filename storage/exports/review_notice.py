"""What every export says about the pseudonymisation review of each interview it holds.

A pseudonymised export states, per interview, whether the researcher finished reviewing the
replacements (`storage.pseudonymise.review_state`); an interview that was not reviewed (or changed after its
review) gets a red line in documents and a notice at the top of plain transcripts. An
unpseudonymised export already says it is not pseudonymised and carries no review lines.
An export taken while an interview's transcription is unfinished says "ONVOLLEDIG" for it, in any export.
"""
from storage.pseudonymise.review_state import ReviewStatus, review_line
from storage.vocabulary import TranscriptState

INCOMPLETE = TranscriptState.PARTIAL  # the transcript's state while a transcription is unfinished


def incomplete_line(interview) -> str:
    """The notice for an interview whose transcription is not finished (the export holds only what is done)."""
    return (f"ONVOLLEDIG: de transcriptie van interview {interview.id} ({interview.participant}) "
            "is nog niet klaar; deze export bevat alleen wat tot nu toe is getranscribeerd.")


def incomplete(ctx, interviews: list | None = None) -> list:
    """The interviews of the export (or those given) whose transcription is still unfinished."""
    chosen = ctx.interviews() if interviews is None else interviews
    return [i for i in chosen if i.transcript_state == INCOMPLETE]


def lines(ctx, interviews: list[dict] | None = None) -> list[tuple[str, bool]]:
    """(line, fine) for each interview of the export (or those given), in export order: an unfinished
    transcription (always said), then the review state (pseudonymised exports)."""
    chosen = ctx.interviews() if interviews is None else interviews
    result = []
    for interview in chosen:
        if interview.transcript_state == TranscriptState.NONE:
            continue
        if interview.transcript_state == INCOMPLETE:
            result.append((incomplete_line(interview), False))
        if not ctx.pseudonymise:
            continue
        status = ctx.review(interview.id)
        result.append((review_line(interview, status), status["status"] is ReviewStatus.FINISHED))
    return result


def write_docx(ctx, doc, interviews: list[dict] | None = None) -> None:
    """One line per interview under the document's pseudonymisation line: grey when finished, red when not."""
    from storage.exports.docx_parts import note, warning

    for text, finished in lines(ctx, interviews):
        (note if finished else warning)(doc, text)


def plain_line(ctx, interview) -> str:
    """The notice a plain transcript (txt, srt, vtt) starts with; empty when there is nothing to say."""
    return " ".join(line for line, _ in lines(ctx, [interview]))


def as_dict(ctx, interview) -> dict | None:
    """The review state for JSON: {finished, status, finished_at, finished_by, notice}; None when not pseudonymised."""
    if not ctx.pseudonymise:
        return None
    status = ctx.review(interview.id)
    return {
        "finished": status["status"] is ReviewStatus.FINISHED, "status": status["status"].value,
        "finished_at": status["finished_at"] or None, "finished_by": status["finished_by"] or None,
        "notice": review_line(interview, status),
    }
