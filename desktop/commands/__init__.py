"""Subcommands of `veldwerk`. Each module has `register(subparsers)`; handlers take args, return an exit code."""

MODULES = [
    "study",
    "participant",
    "interview",
    "search",
    "record",
    "transcribe",
    "selftest",
    "codebook",
    "import_qdpx",
    "consent",
    "export",
    "code",
    "pseudonymise",
    "agreement",
    "theme",
    "action",
    "exchange",
    "researcher",
    "session",
]
