"""The transcription queue: jobs run one at a time in a worker thread; a dock shows them."""
from desktop.queue.jobs import Job, TranscriptionQueue  # noqa: F401
