"""The file name an export suggests: study, scope and format, so exports of different scopes never share a
name ("Stigma Tilburg - R01 interview 3 - Coded transcript.docx", "… - whole study - Matrix.csv")."""
import re

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
_FORMAT_NOTE = re.compile(r"\s*\([^)]*\)\s*$")      # "Coded transcript (.docx)" → "Coded transcript"


def export_file_name(study_name: str, scope: str, format_label: str, extension: str, limit: int = 150) -> str:
    """`scope` and `format_label` come in the UI's language; characters a file system refuses become '-'."""
    parts = [study_name.strip() or "export", scope.strip(), _FORMAT_NOTE.sub("", format_label).strip()]
    name = " - ".join(p for p in parts if p)
    name = re.sub(r"\s+", " ", _UNSAFE.sub("-", name)).strip(" .")[:limit]
    return f"{name}.{extension}"
