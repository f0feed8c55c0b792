"""The REFI-QDA (QDA-XML 1.0) namespaces and the codebook schema shipped with Veldwerk."""
import re
from functools import lru_cache

from lxml import etree

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value) -> str:
    """The value as text XML 1.0 can hold (control characters it forbids are dropped)."""
    return _NOT_XML.sub("", "" if value is None else str(value))


@lru_cache(maxsize=1)
def codebook_schema() -> etree.XMLSchema:
    """The REFI-QDA Codebook schema (resources/refi/Codebook.xsd) that .qdc files must satisfy."""
    from resources import resource_path

    return etree.XMLSchema(etree.parse(str(resource_path("refi", "Codebook.xsd"))))


def first_error(schema: etree.XMLSchema) -> str:
    """The schema's first validation error as one line: `line N: message`."""
    errors = schema.error_log.filter_from_errors()
    error = errors[0] if errors else schema.error_log.last_error
    return f"line {error.line}: {error.message}" if error is not None else "the file does not match the schema"


def origin() -> str:
    """The `origin` attribute: this program and its version."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"Veldwerk {version('veldwerk')}"
    except PackageNotFoundError:
        return "Veldwerk"
