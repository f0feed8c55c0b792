"""The perception network picture drawn without Qt: a PNG of the agreed size, arrows only where there are counts."""
import io

from PIL import Image

from storage.exports.network_png import EDGE, HEIGHT, NODE_FILL, WIDTH, network_png

ROLES = [{"key": "sekswerker", "label": "Sekswerker"}, {"key": "politie", "label": "Politie"},
         {"key": "gemeente", "label": "Gemeente / beleid"}]


def _colours(data: bytes) -> set:
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG" and image.size == (WIDTH, HEIGHT)
    return {colour for _, colour in image.convert("RGB").getcolors(WIDTH * HEIGHT)}


def test_arrows_are_drawn_for_counts_only():
    with_arrow = _colours(network_png({("sekswerker", "politie"): 4, ("politie", "politie"): 1}, ROLES))
    without = _colours(network_png({}, ROLES))
    assert EDGE in with_arrow  # the strongest arrow in the full colour
    assert EDGE not in without and NODE_FILL in without  # no counts: the roles alone


def test_only_roles_that_occur_are_nodes():
    few = Image.open(io.BytesIO(network_png({("sekswerker", "politie"): 1}, ROLES))).convert("RGB")
    every = Image.open(io.BytesIO(network_png({}, ROLES))).convert("RGB")
    fill = lambda image: sum(n for n, colour in image.getcolors(WIDTH * HEIGHT) if colour == NODE_FILL)  # noqa: E731
    assert fill(few) < fill(every)  # two nodes instead of three
