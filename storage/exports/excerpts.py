"""The material exporters share: an interview's transcript and codings, and coded excerpts as they may leave the study.

Every excerpt's text and memo have passed through `ctx.redact`; excerpts of participants who did
not consent to quoting (consent item 3) are left out and counted in `ctx.omitted_quotes`. In a focus group or
meeting this is decided per segment by its speaker (`storage/sessions/quotes.py`): `material` replaces the
words of a left-out segment by a notice and keeps the codings that touch it apart (`withheld`, counted only).
"""
import csv
from dataclasses import dataclass, field
from pathlib import Path

from storage.codings import Coding
from storage.errors import VeldwerkError
from storage.exports.target import check_target, write_atomically  # noqa: F401 - the exporters' API
from storage.interviews import Interview
from storage.pseudonymise.pseudonymiser import redact_pieces
from storage.transcripts import Transcript

DEFAULT_CODES = ("beeldvorming", "trots", "oplossingen")


@dataclass
class Excerpt:
    """One coded excerpt, redacted."""

    coding_id: int
    code: str
    code_label: str
    color: str
    perception: bool
    interview_id: int
    interview_date: str
    participant: str
    role: str
    role_label: str
    about_role: str | None
    about_label: str
    start_time: float
    end_time: float
    text: str
    memo: str


@dataclass
class InterviewMaterial:
    """An interview with its transcript, segments (reading order) and codings."""

    interview: Interview
    transcript: Transcript
    segments: list
    codings: list
    positions: dict  # segment id → index in segments
    withheld: list = field(default_factory=list)  # a session's codings on words that may not be quoted: counted only


def material(ctx, interview: dict, *, words: bool = False) -> InterviewMaterial | None:
    """The interview's transcript, segments (with their words JSON if asked) and codings; None without transcript.

    In a session, the segments of speakers who may not be quoted carry a notice instead of their words, and the
    codings touching them are in `withheld` (for counts such as the matrix), not in `codings`."""
    study = ctx.study
    transcript = study.transcripts.for_interview(interview.id)
    if transcript is None:
        return None
    columns = "id, position, start, end, speaker, text, asr_text, confidence" + (", words" if words else "")
    cursor = study.conn.execute(
        f"SELECT {columns} FROM segments WHERE transcript_id = ? ORDER BY position", [transcript.id]
    )
    names = [d[0] for d in cursor.description]
    segments = [dict(zip(names, row)) for row in cursor]
    codings = study.codings.list(transcript_id=transcript.id)
    # a session: speakers without consent to quoting
    left_out = ctx.unquotable_segments(interview.id, {s["id"]: s["speaker"] for s in segments})
    withheld = []
    if left_out:
        segments, kept = _leave_out(ctx, interview.id, segments, codings, left_out)
        withheld = [c for c in codings if c not in kept]
        codings = kept
    return InterviewMaterial(interview, transcript, segments, codings, {s["id"]: i for i, s in enumerate(segments)},
                             withheld)


def _leave_out(ctx, interview_id: int, segments: list, codings: list, left_out: dict) -> tuple[list, list]:
    """The segments with the left-out ones' words replaced by a notice, and the codings that touch none of them."""
    from storage.sessions.quotes import codings_clear_of, omitted_segment_text

    kept = codings_clear_of(codings, [s["id"] for s in segments], left_out)
    shown = []
    for s in segments:
        if s["id"] in left_out:
            notice = omitted_segment_text(left_out[s["id"]])
            s = dict(s, text=notice, asr_text=notice, confidence=0.0, **({"words": "[]"} if "words" in s else {}))
        shown.append(s)
    if interview_id not in ctx._counted_sessions:
        ctx._counted_sessions.add(interview_id)
        ctx.omitted_quotes += len(left_out)
    return shown, kept


def require_transcript(ctx, interview: dict, *, words: bool = False) -> InterviewMaterial:
    found = material(ctx, interview, words=words)
    if found is None:
        raise VeldwerkError(key="export.interview_no_transcript", interview_id=interview.id)
    return found


def ordered_codes(study) -> list[dict]:
    """The codebook with the three default categories first, then the rest in codebook order."""
    codes = study.codebook.list()
    first = [c for key in DEFAULT_CODES for c in codes if c["key"] == key]
    return first + [c for c in codes if c["key"] not in DEFAULT_CODES]


def coding_pieces(ctx, m: InterviewMaterial, coding: Coding, cache: dict | None = None) -> str:
    """A coding's text, each segment redacted whole and then cut to the coded part."""
    a, b = m.positions[coding.start_segment_id], m.positions[coding.end_segment_id]
    parts = []
    for i in range(a, b + 1):
        text = m.segments[i]["text"]
        lo = coding.start_offset if i == a else 0
        hi = coding.end_offset if i == b else len(text)
        key = (m.segments[i]["id"], lo, hi)
        if cache is not None and key in cache:
            piece = cache[key]
        else:
            piece = redact_pieces(ctx, m.interview.id, text, [lo, hi])[1]
            if cache is not None:
                cache[key] = piece
        if piece.strip():
            parts.append(piece.strip())
    return " ".join(parts)


def excerpts(ctx, *, perception_only: bool = False, only: set | None = None) -> list[Excerpt]:
    """Every coded excerpt of the export's interviews that may be quoted, in interview and text order.

    `only` (coding ids) limits which excerpts are built (redacted); what is left out for lack of consent is
    counted in `ctx.omitted_quotes` all the same."""
    study = ctx.study
    roles = {r["key"]: r["label"] for r in study.roles()}
    result = []
    for interview in ctx.interviews():
        m = material(ctx, interview)
        if m is None:
            continue
        codings = [c for c in m.codings if c.perception] if perception_only else m.codings
        if not ctx.quotable_interview(interview):
            ctx.omitted_quotes += len(codings)
            continue
        codings = sorted(codings, key=lambda c: (m.positions[c.start_segment_id], c.start_offset, c.id))
        if only is not None:
            codings = [c for c in codings if c.id in only]
        cache: dict = {}
        for c in codings:
            result.append(
                Excerpt(
                    coding_id=c.id, code=c.code, code_label=c.code_label, color=c.color,
                    perception=c.perception, interview_id=interview.id, interview_date=interview.date or "",
                    participant=c.participant, role=c.role,  # the speaker (in a session: attributed)
                    role_label=roles.get(c.role, c.role), about_role=c.about_role,
                    about_label=roles.get(c.about_role, c.about_role or "") if c.about_role else "",
                    start_time=c.start_time or 0.0, end_time=c.end_time or 0.0,
                    text=coding_pieces(ctx, m, c, cache), memo=ctx.redact(interview.id, c.memo or "").strip(),
                )
            )
    return result


def omitted_line(count: int) -> str:
    """The line every document carries when quotes were left out for lack of consent."""
    if count == 1:
        return "1 citaat weggelaten: de deelnemer gaf geen toestemming voor citeren (toestemmingsitem 3)."
    return f"{count} citaten weggelaten: de deelnemers gaven geen toestemming voor citeren (toestemmingsitem 3)."


def pseudonymised_line(ctx) -> str:
    if ctx.pseudonymise:
        return "Gepseudonimiseerd: namen, plaatsen, telefoonnummers, e-mailadressen en data zijn vervangen."
    return "NIET gepseudonimiseerd: deze export bevat de tekst zoals opgenomen. Behandel hem als vertrouwelijk."


CSV_ENCODING = "utf-8-sig"  # UTF-8 with a byte order mark: Excel and Taguette then read "ideeën", not "ideÃ«n"


def write_csv(out: Path, header: list, rows) -> Path:
    """A UTF-8 (with BOM), comma-separated table with a header row, written atomically."""

    def write(path):
        with open(path, "w", newline="", encoding=CSV_ENCODING) as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)

    return write_atomically(out, write)
