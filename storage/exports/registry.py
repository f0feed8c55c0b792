"""The exporters by format name, each with what it declares where it is registered.

`@register("coded-docx", scope=Scope.ANY, unit=QuoteUnit.CODINGS, extension=".docx")` adds an exporter
`export(ctx, out) -> Path`; its scope, quote unit and extension live only here, and the CLI, the Export
dialog, the preview (`storage/exports/inclusion.py`) and the tests read them from `EXPORTERS`.
"""
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class Scope(StrEnum):
    """What an export may cover."""

    ANY = "any"          # one interview or the whole study
    INTERVIEW = "one"    # exactly one interview (the plain transcript formats)
    STUDY = "study"      # always the whole study (an interview given is no filter)


class QuoteUnit(StrEnum):
    """What an export quotes from the interviews (and so what its preview counts and consent item 3 leaves out)."""

    CODINGS = "codings"        # every coded excerpt
    PERCEPTION = "perception"  # the excerpts coded with a perception code
    SEGMENTS = "segments"      # every transcript segment


@dataclass(frozen=True)
class Exporter:
    name: str
    write: Callable      # export(ctx, out) -> Path
    scope: Scope
    unit: QuoteUnit | None   # None: carries no interview text (registers, counts, codebooks, action reports)
    extension: str       # with the dot, e.g. ".docx"
    always_pseudonymised: bool = False   # a handout for participants: never written unpseudonymised

    @property
    def carries_text(self) -> bool:
        """Whether it holds interview text (and so says per interview whether its review is finished)."""
        return self.unit is not None


EXPORTERS: dict[str, Exporter] = {}
FORMATS: dict[str, Callable] = {}   # name → export function (the same exporters, for callers that only write)


def register(name: str, *, scope: Scope, unit: QuoteUnit | None, extension: str, always_pseudonymised: bool = False):
    """Decorator adding an exporter under a format name, with its scope, quote unit and file extension."""
    if not extension.startswith("."):
        raise ValueError(f"extension {extension!r} must start with a dot")

    def add(function):
        EXPORTERS[name] = Exporter(name, function, Scope(scope), None if unit is None else QuoteUnit(unit), extension,
                                   always_pseudonymised)
        FORMATS[name] = function
        return function

    return add
