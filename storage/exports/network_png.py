"""The perception network as a PNG, drawn without Qt (Pillow), for documents such as the insights handout.

The same picture as the analysis view's (desktop/coding/network_view.py): the roles that occur as nodes on a
circle, an arrow from the speaker's role to the role spoken about, thicker and darker for more codings, its
count beside it; a loop for statements about the speaker's own role. Drawn at twice the size and scaled down,
so lines and letters are smooth. Returns PNG bytes; holds only role labels and counts, never a quote.
"""
import io
import math

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1400, 1050  # pixels of the result (about 240 dpi at 14.5 cm wide)
SCALE = 2  # drawn at twice the size, then scaled down (anti-aliasing)
EDGE = (0xE7, 0x6F, 0x51)  # the analysis view's arrow colour
LOOP = 30  # radius of the ring for statements about one's own role
NODE_LINE, NODE_FILL, INK = (0x1D, 0x35, 0x57), (0xF1, 0xFA, 0xEE), (0x1D, 0x35, 0x57)


def font(size: int):
    """DejaVu Sans, bundled (resources/fonts, its licence beside it): the same on every machine, with the
    accented letters of Dutch role and action names ("Cliënt", "Eén"), which Pillow's own font lacks."""
    from resources import resource_path

    return ImageFont.truetype(str(resource_path("fonts/DejaVuSans.ttf")), size)


def _mix(color: tuple, share: float) -> tuple:
    """`color` over white at `share` 0..1 (an opaque stand-in for the view's alpha)."""
    return tuple(round(255 + (c - 255) * share) for c in color)


def _lines(label: str) -> list[str]:
    """A role label on at most two lines ('Gemeente / beleid' → 'Gemeente /', 'beleid')."""
    if " / " in label:
        head, tail = label.split(" / ", 1)
        return [head + " /", tail]
    words = label.split()
    if len(label) <= 12 or len(words) == 1:
        return [label]
    half = len(label) / 2
    best = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - half))
    return [" ".join(words[:best]), " ".join(words[best:])]


def _bezier(a, ctrl, b, steps: int = 40) -> list[tuple[float, float]]:
    return [((1 - t) ** 2 * a[0] + 2 * (1 - t) * t * ctrl[0] + t * t * b[0],
             (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * ctrl[1] + t * t * b[1])
            for t in (i / steps for i in range(steps + 1))]


def network_png(matrix: dict, roles: list[dict]) -> bytes:
    """PNG bytes of `matrix` {(speaker role, about role): n} over `roles` [{key, label}] (the study's order)."""
    s = SCALE
    image = Image.new("RGB", (WIDTH * s, HEIGHT * s), "white")
    draw = ImageDraw.Draw(image)
    used = {r for pair, n in matrix.items() if n for r in pair}
    nodes = [r for r in roles if r["key"] in used] or roles
    label_font, count_font = font(38 * s), font(32 * s)
    radius_node = 0
    for role in nodes:
        box = [draw.textbbox((0, 0), line, font=label_font) for line in _lines(role["label"])]
        radius_node = max(radius_node, max(b[2] - b[0] for b in box) / 2 + 14 * s, len(box) * 18 * s)
    radius_node = max(radius_node, 62 * s)
    cx, cy = WIDTH * s / 2, HEIGHT * s / 2
    ring = min(cx, cy) - radius_node - LOOP * s * 2.4 - 30 * s  # room for a loop and its count outside a node
    pos = {}
    for i, role in enumerate(nodes):
        angle = -math.pi / 2 + 2 * math.pi * i / max(1, len(nodes))
        pos[role["key"]] = (cx + ring * math.cos(angle), cy + ring * math.sin(angle))
    top = max(matrix.values(), default=1) or 1
    labels = []
    for (speaker, about), n in sorted(matrix.items(), key=lambda kv: kv[1]):
        if not n or speaker not in pos or about not in pos:
            continue
        share = n / top
        width = round((3 + 14 * share) * s)
        color = _mix(EDGE, (110 + 145 * share) / 255)
        if speaker == about:
            labels.append(_loop(draw, pos[speaker], (cx, cy), radius_node, width, color, n))
        else:
            labels.append(_arrow(draw, pos[speaker], pos[about], radius_node, width, color, n,
                                 bent=bool(matrix.get((about, speaker)))))
    for at, n in labels:  # counts last, so no arrow runs over them
        text = str(n)
        box = draw.textbbox(at, text, font=count_font, anchor="mm")
        draw.rounded_rectangle((box[0] - 6 * s, box[1] - 4 * s, box[2] + 6 * s, box[3] + 4 * s), radius=6 * s,
                               fill="white", outline=_mix(EDGE, 0.6), width=s)
        draw.text(at, text, font=count_font, fill=INK, anchor="mm")
    for role in nodes:
        x, y = pos[role["key"]]
        draw.ellipse((x - radius_node, y - radius_node, x + radius_node, y + radius_node),
                     fill=NODE_FILL, outline=NODE_LINE, width=3 * s)
        draw.multiline_text((x, y), "\n".join(_lines(role["label"])), font=label_font, fill=INK,
                            anchor="mm", align="center", spacing=6 * s)
    out = io.BytesIO()
    image.resize((WIDTH, HEIGHT), Image.LANCZOS).save(out, "PNG")
    return out.getvalue()


def _arrow(draw, a, b, r, width, color, n, *, bent: bool):
    """A (curved, when the pair speaks both ways) arrow from node a to node b; returns where its count goes."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1
    ux, uy = dx / length, dy / length
    bend = 0.14 * length if bent else 0  # two arrows between the same pair curve apart (to their right)
    mid = ((a[0] + b[0]) / 2 - uy * bend, (a[1] + b[1]) / 2 + ux * bend)
    start = _towards(a, mid, r)
    head = 26 * SCALE + width
    end = _towards(b, mid, r + 4 * SCALE)
    tx, ty = end[0] - mid[0], end[1] - mid[1]
    tl = math.hypot(tx, ty) or 1
    tx, ty = tx / tl, ty / tl
    shaft_end = (end[0] - tx * head * 0.8, end[1] - ty * head * 0.8)
    points = _bezier(start, mid, shaft_end)
    draw.line(points, fill=color, width=width, joint="curve")
    draw.polygon([end, (end[0] - tx * head - ty * head / 2, end[1] - ty * head + tx * head / 2),
                  (end[0] - tx * head + ty * head / 2, end[1] - ty * head - tx * head / 2)], fill=color)
    return points[len(points) * 2 // 5], n  # a little towards the speaker: the two counts of a pair stay apart


def _towards(centre, target, r):
    dx, dy = target[0] - centre[0], target[1] - centre[1]
    d = math.hypot(dx, dy) or 1
    return centre[0] + dx / d * r, centre[1] + dy / d * r


def _loop(draw, p, centre, r, width, color, n):
    """A ring on the outside of the node (statements about the speaker's own role); returns its count's place."""
    dx, dy = p[0] - centre[0], p[1] - centre[1]
    d = math.hypot(dx, dy) or 1
    ux, uy = dx / d, dy / d
    loop = LOOP * SCALE
    ox, oy = p[0] + ux * (r + loop * 0.6), p[1] + uy * (r + loop * 0.6)
    draw.ellipse((ox - loop, oy - loop, ox + loop, oy + loop), outline=color, width=width)
    return (ox + ux * (loop + 26 * SCALE), oy + uy * (loop + 26 * SCALE)), n
