"""The recording screen and the Qt side of a take."""
