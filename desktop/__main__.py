"""`python -m desktop` runs the `veldwerk` command."""
from desktop.cli import entry

entry()
