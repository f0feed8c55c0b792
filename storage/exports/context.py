"""What every exporter reads through: the chosen interviews, pseudonymised text, consent to quote."""
from storage.consent.forms import ConsentItem
from storage.interviews import Interview
from storage.vocabulary import TranscriptState


class ExportContext:
    """One export run over a study (or one interview of it)."""

    def __init__(self, study, *, interview_id: int | None = None, pseudonymise: bool = True):
        self.study = study
        self.interview_id = interview_id
        self.pseudonymise = pseudonymise
        self.omitted_quotes = 0
        self._redactors: dict[int, object] = {}
        self._reviews: dict[int, dict] = {}
        self._quotable: dict[int, bool] = {}
        self._unquotable: dict[int, dict[int, str]] = {}
        self._counted_sessions: set[int] = set()  # sessions whose left-out segments are in omitted_quotes

    def interviews(self) -> list[Interview]:
        """The interviews to export (one, or all with a transcript), in id order."""
        if self.interview_id is not None:
            return [self.study.interviews.get(self.interview_id)]
        return [i for i in self.study.interviews.list() if i.transcript_state != TranscriptState.NONE]

    def quotable(self, participant_id: int) -> bool:
        """Whether the participant consented to being quoted (ConsentItem.QUOTES); read once per run."""
        if participant_id not in self._quotable:
            self._quotable[participant_id] = self.study.consent.allows(participant_id, ConsentItem.QUOTES)
        return self._quotable[participant_id]

    def quotable_interview(self, interview: Interview) -> bool:
        """Whether the interview's words may be quoted as a whole: its participant's ConsentItem.QUOTES. A focus group
        or meeting is decided segment by segment instead (`unquotable_segments`), so it passes here."""
        if interview.kind.is_session:
            return True
        return self.quotable(interview.participant_id)

    def unquotable_segments(self, interview_id: int, speakers: dict) -> dict[int, str]:
        """{segment id: speaker code} of a session's segments whose speaker may not be quoted (storage/sessions/quotes.py);
        `speakers`: {segment id: speaker label}."""
        from storage.sessions.quotes import unquotable_segments

        if interview_id not in self._unquotable:  # read once per run (the segments of one interview do not change)
            self._unquotable[interview_id] = unquotable_segments(self.study, interview_id, speakers, self.quotable)
        return self._unquotable[interview_id]

    def redact(self, interview_id: int, text: str) -> str:
        """The text as it may leave the study: pseudonymised unless this export opted out."""
        if not self.pseudonymise or not text:
            return text
        redactor = self._redactors.get(interview_id)
        if redactor is None:
            from storage.pseudonymise.pseudonymiser import Redactor

            redactor = self._redactors[interview_id] = Redactor(self.study, interview_id)
        return redactor(text)

    def review(self, interview_id: int) -> dict:
        """Whether the interview's pseudonymisation review is finished (`storage.pseudonymise.review_state`), read once per run."""
        if interview_id not in self._reviews:
            from storage.pseudonymise.review_state import ReviewState

            self._reviews[interview_id] = ReviewState(self.study).status(interview_id)
        return self._reviews[interview_id]

    def unreviewed(self) -> list[Interview]:
        """The exported interviews (with a transcript) whose review is not finished; empty when not pseudonymising."""
        from storage.pseudonymise.review_state import ReviewStatus

        if not self.pseudonymise:
            return []
        return [i for i in self.interviews() if i.transcript_state != TranscriptState.NONE
                and self.review(i.id)["status"] is not ReviewStatus.FINISHED]
