"""Pseudonymisation: detecting identifying details (deduce and the detector for speech-recognised text), the researcher's decisions and replacement list, the review, and replacing before export."""
