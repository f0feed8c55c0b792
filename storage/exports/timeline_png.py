"""The timeline of actions as a picture (PNG, Pillow, no Qt): planned against realised, for the progress report.

One bar row per action over the report's periods (storage/actions/timeline.py): each period is a block in
the colour of its `Mark` (planned, later than planned, realised, stopped), a vertical line marks today, the
legend sits underneath. Drawn at twice the size and scaled down, as the network picture is. Holds the
actions' short texts (already passed through the study's replacement list by the report) and dates only.
"""
import io
from datetime import date

from PIL import Image, ImageDraw

from storage.actions.timeline import LEGEND, Timeline
from storage.exports.network_png import font

WIDTH = 1400  # pixels of the result (about 240 dpi at 14.5 cm wide)
SCALE = 2
ROW, HEAD, FOOT, LABEL_SHARE = 44, 70, 90, 0.34
INK, GRID, TODAY = (0x1D, 0x35, 0x57), (0xDD, 0xE2, 0xE8), (0xE6, 0x39, 0x46)


def _hex(color: str) -> tuple[int, int, int]:
    return tuple(int(color[i:i + 2], 16) for i in (1, 3, 5))


def _fit(draw, text: str, font, width: float) -> str:
    """The text, cut with an ellipsis to fit `width` pixels."""
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _today_x(line: Timeline, left: float, cell: float) -> float | None:
    """Where today falls in the grid (inside its period, by the day), or None outside the periods."""
    for n, period in enumerate(line.periods):
        if period.holds(line.today):
            first, last = date.fromisoformat(period.first), date.fromisoformat(period.last)
            share = (date.fromisoformat(line.today) - first).days / max(1, (last - first).days)
            return left + (n + share) * cell
    return None


def timeline_png(line: Timeline, titles: list[str] | None = None) -> bytes:
    """PNG bytes of the timeline; `titles` are the row labels (default: 'id. what')."""
    s = SCALE
    titles = titles or [f"{row.action_id}. {row.what}" for row in line.rows]
    height = HEAD + ROW * len(line.rows) + FOOT
    image = Image.new("RGB", (WIDTH * s, height * s), "white")
    draw = ImageDraw.Draw(image)
    label_font, small = font(22 * s), font(18 * s)
    left = WIDTH * LABEL_SHARE * s
    cell = (WIDTH * s - left - 10 * s) / max(1, len(line.periods))
    for n, period in enumerate(line.periods):  # period labels, thinned out when they would collide
        step = max(1, int(draw.textlength(period.label, font=small) / cell) + 1)
        if n % step == 0:
            draw.text((left + n * cell + 4 * s, 22 * s), period.label, fill=INK, font=small)
    for r, (row, title) in enumerate(zip(line.rows, titles)):
        top = (HEAD + r * ROW) * s
        draw.line([(0, top), (WIDTH * s, top)], fill=GRID, width=s)
        draw.text((8 * s, top + 10 * s), _fit(draw, title, label_font, left - 16 * s), fill=INK, font=label_font)
        for n, mark in enumerate(line.marks(row)):
            if mark.color:
                x = left + n * cell
                draw.rectangle([x + s, top + 8 * s, x + cell - s, top + (ROW - 8) * s], fill=_hex(mark.color))
    bottom = (HEAD + ROW * len(line.rows)) * s
    draw.line([(0, bottom), (WIDTH * s, bottom)], fill=GRID, width=s)
    x = _today_x(line, left, cell)
    if x is not None:
        draw.line([(x, (HEAD - 14) * s), (x, bottom + 4 * s)], fill=TODAY, width=3 * s)
        label = draw.textlength("vandaag", font=small)
        draw.text((min(x + 4 * s, WIDTH * s - label - 4 * s), bottom + 4 * s), "vandaag", fill=TODAY, font=small)
    at = 8 * s
    for mark in LEGEND:  # the legend: a swatch and its Dutch name
        draw.rectangle([at, bottom + 44 * s, at + 30 * s, bottom + 68 * s], fill=_hex(mark.color))
        draw.text((at + 38 * s, bottom + 44 * s), mark.label_nl, fill=INK, font=small)
        at += 60 * s + draw.textlength(mark.label_nl, font=small)
    out = io.BytesIO()
    image.resize((WIDTH, height), Image.LANCZOS).save(out, format="PNG", optimize=True)
    return out.getvalue()
