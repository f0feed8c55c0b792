"""Developer scripts, not part of the app: the demo study and the screenshots in docs/screenshots/. Run from the source tree, e.g. `python -m tools.screenshots`; build.spec does not package them."""
