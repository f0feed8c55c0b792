"""Importing a REFI-QDA project (.qdpx) into a study (issue 17 item 2). So far: reading and validating the file."""
