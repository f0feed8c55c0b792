"""Pictures of a .docx's pages for the documentation: LibreOffice makes a PDF, pdftoppm makes PNGs."""
import shutil
import subprocess
import tempfile
from pathlib import Path


def missing_tools() -> str | None:
    """Why pages cannot be rendered here (a one-line message), or None."""
    if not shutil.which("soffice") or not shutil.which("pdftoppm"):
        return "Needs LibreOffice (soffice) and pdftoppm (poppler-utils)."
    return None


def render_pages(docx: Path, out: Path, stem: str, *, dpi: int, first_only: bool = False) -> list[Path]:
    """Write out/STEM1.png, STEM2.png, ... (only the first with `first_only`), replacing earlier ones; returns them."""
    with tempfile.TemporaryDirectory(prefix="veldwerk-pages-") as tmp:
        folder = Path(tmp)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(docx)],
                       check=True, capture_output=True, timeout=300)
        pages = ["-f", "1", "-l", "1"] if first_only else []
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), *pages, str(folder / f"{docx.stem}.pdf"),
                        str(folder / "page")], check=True, timeout=300)
        for old in out.glob(f"{stem}*.png"):
            old.unlink()
        written = []
        for n, page in enumerate(sorted(folder.glob("page-*.png")), start=1):
            target = out / f"{stem}{n}.png"
            shutil.move(page, target)
            written.append(target)
    return written
