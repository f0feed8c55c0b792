"""Icons from resources/icons (SVG), cached."""
from functools import lru_cache

from PySide6.QtGui import QIcon

from resources import resource_path


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """The icon resources/icons/NAME.svg (an empty icon when missing)."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def consent_icon(state: str) -> QIcon:
    """none / given / partly_withdrawn / withdrawn."""
    return icon(f"consent-{state}")
