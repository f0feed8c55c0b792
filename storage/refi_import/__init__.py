"""Importing a REFI-QDA project (.qdpx) into a study (issue 17 item 2): `importer.import_project(study, path)`."""
