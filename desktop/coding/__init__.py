"""Coding views: the codebook panel, the excerpt browser and the perception overview."""
