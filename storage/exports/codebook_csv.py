"""`codebook-csv`: the codebook as Taguette imports it: a CSV with the columns `tag` and `description`.

One row per code in codebook order, the tag being the code's Dutch label (Taguette's tags are flat;
a nested code keeps its own label). UTF-8 with a byte order mark, as every CSV Veldwerk writes:
without it Taguette reads the file as ISO-8859-1. The codebook holds no interview content.
"""
from storage.errors import VeldwerkError
from storage.exports.excerpts import check_target, write_csv
from storage.exports.registry import Scope, register

HEADER = ["tag", "description"]


def rows(study) -> list[list[str]]:
    """[label, description] per code, descriptions on one line."""
    return [[code["label_nl"], " ".join((code["description"] or "").split())] for code in study.codebook.list()]


@register("codebook-csv", scope=Scope.STUDY, unit=None, extension=".csv")
def export(ctx, out):
    """Write the study's codebook as a Taguette codebook CSV."""
    check_target(out)
    body = rows(ctx.study)
    if not body:
        raise VeldwerkError(key="export.codebook_empty")
    return write_csv(out, HEADER, body)
