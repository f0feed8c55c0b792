"""`coded-docx`: the coded transcript as a Word document.

Per interview a title block (study, participant code, role, date and length, model, consent),
then the transcript, one paragraph a segment with `[hh:mm:ss]` and the speaker's name. Every
coded excerpt is shaded in its code's colour and carries a Word comment with the code, the role
it is about and the memo. A legend of the codes closes the document.
"""
from storage.exports import review_notice
from storage.exports.consent_view import summary as consent_summary
from storage.exports.docx_parts import (
    GREY,
    CommentWriter,
    append_paragraph,
    fill_or_drop,
    key_value_table,
    legend,
    new_document,
    note,
    shade,
    today,
    warning,
    write_atomically_docx,
    xml_safe,
)
from storage.exports.excerpts import check_target, material, omitted_line, ordered_codes, pseudonymised_line
from storage.exports.registry import QuoteUnit, Scope, register
from storage.pseudonymise.pseudonymiser import redact_pieces
from storage.timefmt import hhmmss

COMMENT_AUTHOR = "Veldwerk"


def _length(m) -> float:
    return m.interview.duration or (m.segments[-1]["end"] if m.segments else 0.0)


def _title_block(ctx, doc, m) -> None:
    study, interview = ctx.study, m.interview
    key_value_table(doc, [
        ("Studie", study.name),
        ("Deelnemer", interview.participant),
        ("Rol", study.role_label(interview.role)),
        ("Interview", f"{interview.id}, {interview.date or 'datum onbekend'}"),
        ("Duur", hhmmss(_length(m))),
        ("Model", m.transcript.model or "onbekend"),
        ("Toestemming", consent_summary(study, interview.participant_id)),
    ])


def _comment_text(study, coding, memo: str) -> list[str]:
    lines = [f"{coding.code_label} ({coding.code})"]
    if coding.about_role:
        lines.append(f"Over: {study.role_label(coding.about_role)}")
    if memo:
        lines.append(f"Memo: {memo}")
    return lines


def _transcript(ctx, doc, m, comments) -> None:
    """The segments as paragraphs with shaded, commented excerpts."""
    study, iid = ctx.study, m.interview.id
    touching: dict[int, list] = {}
    ranges, memos = {}, {}
    for c in m.codings:
        ranges[c.id] = (m.positions[c.start_segment_id], m.positions[c.end_segment_id])
        memos[c.id] = ctx.redact(iid, c.memo or "").strip()
        for i in range(ranges[c.id][0], ranges[c.id][1] + 1):
            touching.setdefault(i, []).append(c)
    speakers = m.transcript.speakers
    first_run, last_run = {}, {}
    for i, segment in enumerate(m.segments):
        paragraph = append_paragraph(doc)
        stamp = paragraph.add_run(f"[{hhmmss(segment['start'])}] ")
        stamp.font.color.rgb = GREY
        if segment["speaker"]:
            name = ctx.redact(iid, str(speakers.get(segment["speaker"], segment["speaker"])))
            paragraph.add_run(xml_safe(f"{name}: ")).bold = True
        text = segment["text"]
        here = []
        for c in touching.get(i, []):
            lo = c.start_offset if ranges[c.id][0] == i else 0
            hi = c.end_offset if ranges[c.id][1] == i else len(text)
            here.append((lo, hi, c))
        cuts = sorted({x for lo, hi, _ in here for x in (lo, hi)} - {0, len(text)})
        pieces = redact_pieces(ctx, iid, text, cuts)
        bounds = [0] + cuts + [len(text)]
        for k, piece in enumerate(pieces):
            lo, hi = bounds[k], bounds[k + 1]
            covering = [c for a, b, c in here if a <= lo and hi <= b and (a < b)]
            if not piece and not covering:
                continue
            run = paragraph.add_run(xml_safe(piece))
            if covering:
                inner = max(covering, key=lambda c: (ranges[c.id][0], c.start_offset if ranges[c.id][0] == i else 0, c.id))
                shade(run, inner.color)
                for c in covering:
                    first_run.setdefault(c.id, run)
                    last_run[c.id] = run
    for c in m.codings:
        if c.id in first_run:
            comments.add(first_run[c.id], last_run[c.id], _comment_text(study, c, memos[c.id]))


@register("coded-docx", scope=Scope.ANY, unit=QuoteUnit.CODINGS, extension=".docx")
def export(ctx, out):
    """Write the coded transcript(s) of the export's interviews as .docx."""
    check_target(out)
    interviews = ctx.interviews()
    materials = [m for m in (material(ctx, i) for i in interviews) if m is not None]
    if not materials:
        from storage.errors import VeldwerkError

        raise VeldwerkError(key="export.no_transcript")
    title = "Gecodeerd transcript" if len(materials) == 1 else "Gecodeerde transcripten"
    doc = new_document(title, f"{ctx.study.name} · geëxporteerd op {today()}")
    (warning if not ctx.pseudonymise else note)(doc, pseudonymised_line(ctx))
    review_notice.write_docx(ctx, doc, [m.interview for m in materials])
    omitted_paragraph = doc.add_paragraph()
    counts: dict[str, int] = {}
    comments = CommentWriter(doc, COMMENT_AUTHOR, "VW")
    before = ctx.omitted_quotes
    for m in materials:
        doc.add_heading(f"{m.interview.participant} – interview {m.interview.id}", level=1)
        _title_block(ctx, doc, m)
        if not ctx.quotable_interview(m.interview):
            ctx.omitted_quotes += len(m.codings)
            segments = f"{len(m.segments)} segment" + ("" if len(m.segments) == 1 else "en")
            fragments = f"{len(m.codings)} gecodeerd" + (" fragment" if len(m.codings) == 1 else "e fragmenten")
            warning(doc, f"Transcript weggelaten: {m.interview.participant} gaf geen toestemming voor citeren "
                         f"(toestemmingsitem 3). {segments} en {fragments} zijn niet opgenomen.")
            continue
        for c in m.codings:
            counts[c.code] = counts.get(c.code, 0) + 1
        _transcript(ctx, doc, m, comments)
    omitted = ctx.omitted_quotes - before
    fill_or_drop(omitted_paragraph, omitted_line(omitted) if omitted else "")
    doc.add_heading("Legenda", level=1).paragraph_format.keep_with_next = True
    legend(doc, ordered_codes(ctx.study), counts)
    return write_atomically_docx(doc, out)
