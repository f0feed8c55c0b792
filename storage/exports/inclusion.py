"""What an export would include, from what its exporter declares (no Qt; the Export dialog's preview).

`would_include(study, fmt, interview_id)` follows the exporter: its registered scope picks the
interviews through `ExportContext.interviews()`, its registered quote unit says what is counted (coded
excerpts, perception excerpts or segments), and `ExportContext.quotable()` (consent item 3) decides
whose quotes are left out (in a focus group or meeting, segment by segment:
`ExportContext.unquotable_segments`), so the count of left-out quotes is the one the exporter writes in its audit
entry. `open_review` counts the detected terms nobody decided on yet (`Pseudonymiser.proposals()`).
"""
from dataclasses import dataclass, field

from storage.exports.context import ExportContext
from storage.exports.registry import QuoteUnit, Scope
from storage.interviews import Interview
from storage.vocabulary import TranscriptState


@dataclass
class Inclusion:
    interviews: list[dict] = field(default_factory=list)        # {id, participant, date, unfinished}
    participants: list[str] = field(default_factory=list)       # codes whose material is included
    excerpts: int = 0                                           # coded excerpts (or segments) included
    omitted: int = 0                                            # quotes left out (consent item 3)
    omitted_participants: list[str] = field(default_factory=list)
    unit: QuoteUnit | None = None                               # what is counted; None: no interview text
    open_review: dict[int, int] | None = None                   # interview id → undecided detections; None: not checked
    reviews: dict[int, str] = field(default_factory=dict)       # interview id → ReviewStatus value (exports with quotes)

    def unreviewed(self) -> list[dict]:
        """The included interviews whose review is not finished (or out of date): the export says so for each."""
        from storage.pseudonymise.review_state import ReviewStatus

        return [i for i in self.interviews if i["id"] in self.reviews and self.reviews[i["id"]] != ReviewStatus.FINISHED.value]


def would_include(study, fmt: str, interview_id: int | None = None) -> Inclusion:
    """Interviews, participants and quote counts of an export in `fmt` (fast: database reads only)."""
    from storage.exports import exporters

    exporter = exporters()[fmt]
    preview = Inclusion(unit=exporter.unit)
    if exporter.scope is Scope.STUDY:
        interview_id = None
    if exporter.unit is None and exporter.scope is not Scope.INTERVIEW:
        # Registers, matrices of counts, the codebook and action reports: participants, no quotes.
        if interview_id is not None:
            row = study.interviews.get(interview_id)
            preview.interviews = [_brief(row)]
            preview.participants = [row.participant]
        else:
            preview.interviews = [_brief(i) for i in ExportContext(study).interviews()]
            preview.participants = [p["code"] for p in study.participants.list() if not p.get("withdrawn_at")]
        return preview
    from storage.pseudonymise.review_state import ReviewState

    ctx = ExportContext(study, interview_id=interview_id)
    reviews = ReviewState(study)
    for interview in ctx.interviews():
        preview.interviews.append(_brief(interview))
        preview.reviews[interview.id] = reviews.status(interview.id)["status"].value
        if interview.participant not in preview.participants:
            preview.participants.append(interview.participant)
        transcript = study.transcripts.for_interview(interview.id)
        if transcript is None:
            continue
        segments = study.transcripts.segments(transcript.id)
        left = ctx.unquotable_segments(interview.id, {s.id: s.speaker for s in segments})  # a session: speakers without consent to quoting
        if exporter.unit is QuoteUnit.SEGMENTS:
            n, kept = len(segments), len(segments) - len(left)
        else:
            from storage.sessions.quotes import codings_clear_of

            codings = study.codings.list(transcript_id=transcript.id)
            codings = [c for c in codings if c.perception] if exporter.unit is QuoteUnit.PERCEPTION else codings
            n, kept = len(codings), len(codings_clear_of(codings, [s.id for s in segments], left))
        if ctx.quotable_interview(interview):
            preview.excerpts += kept
            preview.omitted += n - kept
            for code in sorted({code for code in left.values() if code} - set(preview.omitted_participants)):
                preview.omitted_participants.append(code)
        else:
            preview.omitted += n
            if interview.participant not in preview.omitted_participants:
                preview.omitted_participants.append(interview.participant)
    return preview


def open_review(study, interview_ids: list[int], check=None) -> dict[int, int]:
    """{interview id: detected terms without a decision} (scans new text first: loads deduce the first time).

    `check()` is called between texts and interviews; it may raise to stop."""
    from storage.pseudonymise.pseudonymiser import Pseudonymiser

    reviewer = Pseudonymiser(study)
    result = {}
    for iid in interview_ids:
        reviewer.scan(iid, check)
        if check:
            check()
        rows = reviewer.proposals(iid)
        result[iid] = sum(1 for r in rows if r["source"] == "detected" and r["decision"] == "default")
    return result


def _brief(row: Interview) -> dict:
    return {"id": row.id, "participant": row.participant, "date": row.date or "",
            "unfinished": row.transcript_state == TranscriptState.PARTIAL}
