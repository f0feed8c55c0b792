"""Exports: files that leave the study (documents, spreadsheets, subtitles, REFI-QDA).

Every exporter is `export(ctx: ExportContext, out: Path) -> Path` and is registered in
FORMATS under its `veldwerk export --format` name. Exporters read through the context,
which pseudonymises text and leaves out quotes of participants who did not consent to quoting.
"""
from storage.exports.context import ExportContext  # noqa: F401
from storage.exports.registry import EXPORTERS, FORMATS, Exporter, QuoteUnit, Scope, register  # noqa: F401


def load_all() -> dict:
    """Import every exporter module so FORMATS (and EXPORTERS) is complete."""
    import importlib
    import pkgutil

    import storage.exports as package

    for info in pkgutil.iter_modules(package.__path__):
        if info.name not in ("context", "registry"):
            importlib.import_module(f"storage.exports.{info.name}")
    return FORMATS


def exporters() -> dict[str, Exporter]:
    """Every registered exporter with its scope, quote unit and extension, by format name."""
    load_all()
    return EXPORTERS


def export(study, fmt: str, out, *, interview_id: int | None = None, pseudonymise: bool = True):
    """Write one export; raises VeldwerkError for an unknown format. Unpseudonymised exports are audited."""
    from pathlib import Path

    from storage.errors import VeldwerkError

    formats = load_all()
    if fmt not in formats:
        raise VeldwerkError(key="export.unknown_format", fmt=fmt, formats=", ".join(sorted(formats)))
    if EXPORTERS[fmt].always_pseudonymised and not pseudonymise:
        raise VeldwerkError(key="export.always_pseudonymised", fmt=fmt)
    _check_folder(Path(out))
    ctx = ExportContext(study, interview_id=interview_id, pseudonymise=pseudonymise)
    path = formats[fmt](ctx, Path(out))
    unreviewed = [i.id for i in ctx.unreviewed()] if EXPORTERS[fmt].carries_text else []
    with study.transaction():
        study.audit.log(
            "export" if pseudonymise else "export.unpseudonymised",
            "interview" if interview_id else "study",
            interview_id,
            {"format": fmt, "pseudonymised": pseudonymise, "omitted_quotes": ctx.omitted_quotes,
             "unreviewed": unreviewed},
        )
    return path


def unreviewed(study, fmt: str, interview_id: int | None = None) -> list:
    """The interviews a pseudonymised export in `fmt` would hold whose review is not finished (for a warning)."""
    if not exporters()[fmt].carries_text:
        return []
    return ExportContext(study, interview_id=interview_id).unreviewed()


def _check_folder(out) -> None:
    """Refuse (VeldwerkError) a target whose folder is missing or not writable, before any exporter runs.

    `out` may be a file path or, for the formats that accept one (qdpx, qdc), an existing folder.
    """
    import os

    from storage.errors import VeldwerkError
    from storage.exports.target import check_target, study_folder_above

    folder = out if out.is_dir() else out.parent
    if not folder.is_dir():
        raise VeldwerkError(key="export.no_folder", folder=folder)
    if not out.is_dir():
        check_target(out)  # inside a study, a device, a link: refused before anything is computed
    elif (study := study_folder_above(folder)) is not None:
        raise VeldwerkError(key="export.inside_study", path=folder, study=study)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise VeldwerkError(key="export.not_writable", folder=folder)
