"""The study store: an encrypted folder with every record and all audio of a study. No Qt here."""
from storage.errors import StudyNotFound, VeldwerkError, WrongPassphrase  # noqa: F401
from storage.study import Study  # noqa: F401
