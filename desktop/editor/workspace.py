"""The interview workspace: transcript editor + waveform + player controls + codebook panel.

    ws = InterviewWorkspace(study, interview_id)
    ws.go_to(segment_id, offset)          # jump (and play with play=True)
    ws.apply_code("trots")                # code the current selection
    ws.flush()                            # commit pending edits (also on idle, focus out, close)

Edits are committed to the core after a short idle, when the editor loses focus and on close;
each commit is one step on the workspace's undo stack (with splits, merges, speakers and codings).
"""
import time

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCursor, QTextFormat, QUndoStack
from PySide6.QtWidgets import QLabel, QSplitter, QTextEdit, QVBoxLayout, QWidget

from desktop.coding.codebook_panel import CodebookPanel
from desktop.coding.events import events
from desktop.coding.labels import role_label
from desktop.editor import undo_steps as steps
from desktop.editor.coding_actions import CodingActions
from desktop.editor.controls import PlayerControls
from desktop.editor.find_bar import FindBar
from desktop.editor.find_mixin import FindMixin
from desktop.editor.highlighter import TranscriptHighlighter, coding_ranges
from desktop.editor.player import AudioPlayer
from desktop.editor.segment_map import SegmentMap
from desktop.editor.speaker_tools import SpeakerTools
from desktop.editor.text_view import TranscriptView
from desktop.editor.waveform import Waveform
from desktop.editor.workspace_menus import WorkspaceMenus
from desktop.widgets.play_keys import install_play_keys
from storage.segments import StoredSegment
from storage.timefmt import clock

AUTOSAVE_MS = 800


class InterviewWorkspace(FindMixin, QWidget):
    """Signals: jumpRequested(interview_id, segment_id, offset) for a study search hit in another
    interview; codingsChanged() after any coding change; statusMessage(str)."""

    jumpRequested = Signal(int, int, int)
    codingsChanged = Signal()
    statusMessage = Signal(str)

    def __init__(self, study, interview_id: int, parent=None):
        super().__init__(parent)
        self.study = study
        self.interview_id = interview_id
        self.interview = study.interviews.get(interview_id)
        transcript = study.transcripts.for_interview(interview_id)
        self.transcript_id = transcript.id if transcript else None
        self.speaker_names = dict(transcript.speakers) if transcript else {}
        self.ids = steps.Ids()
        self.undo_stack = QUndoStack(self)
        self.codings: list[dict] = []
        self._dirty: set[int] = set()
        self._loading = False
        self._last_typing = 0.0

        self.player = AudioPlayer(study, self)
        self.waveform = Waveform()
        self.controls = PlayerControls(self.player)
        self.find_bar = FindBar(study)
        self.find_bar.hide()
        self.view = TranscriptView()
        self.view.setAccessibleName(self.tr("Transcript"))
        self.view.document().setUndoRedoEnabled(False)
        self.codebook = CodebookPanel(study)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.status = QLabel()
        self.status.setStyleSheet("color:#555")
        self._status_clear = QTimer(self, singleShot=True, interval=5000, timeout=self.status.clear)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        from desktop.editor.speaker_bar import SpeakerBar

        self.speaker_bar_holder = QWidget()   # the SpeakerBar goes in once the speaker tools exist (below)
        QVBoxLayout(self.speaker_bar_holder).setContentsMargins(0, 0, 0, 0)
        for w in (self.banner, self.waveform, self.controls, self.speaker_bar_holder, self.find_bar, self.view, self.status):
            column.addWidget(w)
        column.setStretch(5, 1)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(left)
        split.addWidget(self.codebook)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([740, 330])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        self.coding = CodingActions(self)
        self.menus = WorkspaceMenus(self)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS, timeout=self.flush)
        self._wire()
        self.speakers = SpeakerTools(self)
        self.speaker_bar = SpeakerBar(self)
        self.speaker_bar_holder.layout().addWidget(self.speaker_bar)
        self.statusMessage.connect(self._show_status)
        self.load()
        self.speaker_bar.refresh()

    # -- setup ---------------------------------------------------------------------------
    def _wire(self):
        v = self.view
        v.document().contentsChange.connect(self._contents_changed)
        self._activation = QTimer(self, singleShot=True, interval=0, timeout=self._activate_visible)
        v.updateRequest.connect(lambda *_: self._activation.start())
        v.segmentClicked.connect(lambda block: self.play_from(block, 0))
        v.wordClicked.connect(self.play_from)
        v.splitRequested.connect(self.split_at)
        v.mergeRequested.connect(self.merge_with_next)
        v.codeKeyPressed.connect(self.coding.apply_by_number)
        v.refused.connect(self.statusMessage)
        v.undoRequested.connect(self.undo)
        v.playPausePressed.connect(self.player.toggle)
        from desktop.editor.controls import play_pause_key

        v.play_key = play_pause_key()
        v.redoRequested.connect(self.redo)
        v.installEventFilter(self)
        v.setContextMenuPolicy(Qt.CustomContextMenu)
        v.customContextMenuRequested.connect(self.menus.text_menu)
        v.gutterMenuRequested.connect(self.menus.segment_menu)
        v.codingMenuRequested.connect(self.menus.coding_menu)
        self.waveform.seekRequested.connect(self._seek_and_play)
        self.player.positionChanged.connect(self._follow)
        self.codebook.codeActivated.connect(self.coding.apply_code)
        self.codebook.codeDropped.connect(self.coding.apply_code)
        self.codebook.codesChanged.connect(self.codings_changed)
        events().codebookChanged.connect(self._codebook_notice)
        self.find_bar.findRequested.connect(self.find)
        self.find_bar.replaceRequested.connect(self.replace_one)
        self.find_bar.replaceAllRequested.connect(self.replace_all)
        self.find_bar.resultActivated.connect(self._study_hit)
        self.shortcuts = self.controls.install_shortcuts(self)
        # Space plays too wherever the focus is not in text (the text types it); the play key (Esc) is above
        self.shortcuts += install_play_keys(self, self.player.toggle, keys=[k for k in ("Space",) if k != v.play_key.toString()])
        for seq, slot, meaning in ((QKeySequence.Find, self.show_find, self.tr("Find and replace")), (QKeySequence.Undo, self.undo, self.tr("Undo")),
                                   (QKeySequence.Redo, self.redo, self.tr("Redo")), (QKeySequence.Save, self.flush, self.tr("Save now"))):
            sc = QShortcut(seq, self)
            sc.setContext(Qt.WidgetWithChildrenShortcut)
            sc.setWhatsThis(meaning)
            sc.activated.connect(slot)
            self.shortcuts.append(sc)

    def load(self):
        """Build the document in one go from the core's segments, then codings and audio."""
        self._loading = True
        segs = self.study.transcripts.segments(self.transcript_id) if self.transcript_id else []
        self.segments = SegmentMap(segs)
        self.highlighter = TranscriptHighlighter(None, self.segments)
        self.view.setPlainText(self.segments.text())
        self.highlighter.setDocument(self.view.document())   # formats blocks lazily, see _activate_visible
        self.view.labels = self._labels
        self.view.describe_coding = self._describe_coding
        self._loading = False
        if not segs:
            self.banner.setText(self.tr("This interview has no transcript yet."))
            self.banner.show()
            self.view.setReadOnly(True)
        self.codings_changed()
        if self.player.load_interview(self.interview_id):
            self.waveform.load(self.study, self.study.recordings.get(self.player.recording_id))
        else:
            self.controls.setEnabled(False)

    def _show_status(self, text: str):
        self.status.setText(text)
        self._status_clear.start()

    def _activate_visible(self):
        """Format the blocks on screen (and a few around them) the first time they are shown."""
        blocks = [b.blockNumber() for b, _top, _bottom in self.view.visible_blocks()]
        if blocks:
            self.highlighter.activate(blocks[0] - 10, blocks[-1] + 30)

    def _labels(self, block: int):
        """What the gutter shows for a block: time, speaker name, edited?, speaker colour index."""
        if block >= len(self.segments):
            return "", "", False, 0
        seg = self.segments.segments[block]
        label = seg.speaker or ""
        order = sorted(set(self.speaker_names) | {label})
        return (clock(seg.start), self.speaker_names.get(label, label) or "—", seg.text != seg.asr_text,
                order.index(label))

    # -- editing and autosave ------------------------------------------------------------
    def _contents_changed(self, position: int, removed: int, added: int):
        if self._loading:
            return
        doc = self.view.document()
        first = doc.findBlock(position).blockNumber()
        last = doc.findBlock(position + added).blockNumber()
        if doc.blockCount() != len(self.segments):   # never expected: structure edits are intercepted
            self._loading = True
            self.view.setPlainText(self.segments.text())
            self.highlighter.active = set()
            self._activation.start()
            self._loading = False
            return
        if first == last:   # move the block's coding highlights with the typing until the commit
            self._shift_ranges(first, position - doc.findBlockByNumber(first).position(), removed, added)
        for block in range(first, max(first, last) + 1):
            self.segments.set_text(block, doc.findBlockByNumber(block).text())
            self._dirty.add(self.segments.segments[block].id)
        self._last_typing = time.monotonic()
        self._autosave.start()

    def _shift_ranges(self, block: int, pos: int, removed: int, added: int):
        """Shift a block's coding ranges for an edit at `pos` (the core does the same on commit)."""
        def move(offset: int, at_end: bool) -> int:
            if offset >= pos + removed and not (at_end and offset == pos and removed == 0):
                return offset + added - removed
            if offset > pos:
                return pos + added if at_end else pos
            return offset

        ranges = self.highlighter.codings.get(block)
        if ranges:
            self.highlighter.codings[block] = [(move(lo, False), move(hi, True), c) for lo, hi, c in ranges]

    def eventFilter(self, obj, event):  # noqa: N802
        if obj is self.view and event.type() == event.Type.FocusOut:
            self.flush()
        return False

    def flush(self) -> int:
        """Commit pending text edits to the core (one undo step each); returns how many."""
        self._autosave.stop()
        dirty, self._dirty = self._dirty, set()
        count = 0
        for sid in dirty:
            stored = self.study.transcripts.segment(sid).text
            block = self.segments.block_of(sid)
            new = self.segments.segments[block].text
            if new.strip("\n") != stored:
                self.undo_stack.push(steps.EditSegment(self, sid, stored, new))
                count += 1
        if count:
            self.statusMessage.emit(self.tr("Saved"))
        return count

    def segment_changed(self, segment_id: int, text: str, *, update_document: bool):
        """Called by commands after the core changed a segment's text."""
        block = self.segments.block_of(segment_id)
        seg = self.study.transcripts.segment(segment_id)
        self.segments.update(block, text=seg.text, asr_text=seg.asr_text)
        if update_document:
            self._loading = True
            b = self.view.document().findBlockByNumber(block)
            c = QTextCursor(b)
            c.movePosition(QTextCursor.EndOfBlock, QTextCursor.KeepAnchor)
            c.insertText(seg.text)
            self._loading = False
        self.codings_changed()
        self.view.gutter.update()

    def reload(self):
        """Rebuild from the core after a change made elsewhere (keeps the scroll position)."""
        self.flush()
        scroll = self.view.verticalScrollBar().value()
        self._loading = True
        transcript = self.study.transcripts.get(self.transcript_id)
        self.speaker_names = dict(transcript.speakers)
        self.segments = SegmentMap(self.study.transcripts.segments(self.transcript_id))
        self.highlighter.segments = self.segments
        self.highlighter.codings = {}
        self.highlighter.active = set()
        self.view.setPlainText(self.segments.text())
        self._loading = False
        self.codings_changed()
        self.view.verticalScrollBar().setValue(scroll)
        self._activation.start()

    def _replace_blocks(self, block: int, count: int, segments: list[StoredSegment]):
        """Show `segments` in place of `count` blocks from `block` (one document edit)."""
        self._loading = True
        doc = self.view.document()
        c = QTextCursor(doc.findBlockByNumber(block))
        last = doc.findBlockByNumber(block + count - 1)
        c.setPosition(last.position() + last.length() - 1, QTextCursor.KeepAnchor)
        c.beginEditBlock()
        for i, seg in enumerate(segments):
            if i:
                c.insertBlock()
            c.insertText(seg.text)
        c.endEditBlock()
        self.segments.replace(block, count, segments)
        self.highlighter.active = {b for b in self.highlighter.active if b < block}
        self._loading = False
        self.codings_changed()
        self._activation.start()
        self.view.gutter.update()

    def segments_split(self, segment_id: int, new_id: int):
        """Called by commands after the core split a segment."""
        block = self.segments.block_of(segment_id)
        t = self.study.transcripts
        self._replace_blocks(block, 1, [t.segment(segment_id), t.segment(new_id)])

    def segments_merged(self, segment_id: int):
        """Called by commands after the core merged a segment with the next one."""
        block = self.segments.block_of(segment_id)
        self._replace_blocks(block, 2, [self.study.transcripts.segment(segment_id)])

    def speakers_changed(self, segment_ids):
        for sid in segment_ids:
            self.segments.update(self.segments.block_of(sid), speaker=self.study.transcripts.segment(sid).speaker)
        self.speaker_names = dict(self.study.transcripts.get(self.transcript_id).speakers)
        self.view.gutter.update()

    def undo(self):
        self.flush()
        self.undo_stack.undo()

    def redo(self):
        self.flush()
        self.undo_stack.redo()

    # -- segments ------------------------------------------------------------------------
    def split_at(self, block: int, offset: int):
        self.flush()
        seg = self.segments.segments[block]
        if not 0 < offset < len(seg.text):
            self.statusMessage.emit(self.tr("Put the cursor inside the segment's text to split it."))
            return
        self.undo_stack.push(steps.SplitSegment(self, seg.id, offset))
        self.view.select_range(block + 1, 0, 0, center=False)

    def merge_with_next(self, block: int):
        self.flush()
        if block + 1 >= len(self.segments):
            return
        seg, nxt = self.segments.segments[block], self.segments.segments[block + 1]
        self.undo_stack.push(steps.MergeSegments(self, seg.id, nxt.id, len(seg.text)))
        self.view.select_range(block, len(seg.text), len(seg.text), center=False)

    def set_speaker(self, blocks: list[int], label: str):
        changes = [(self.segments.segments[b].id, self.segments.segments[b].speaker, label) for b in blocks]
        self.flush()
        self.undo_stack.push(steps.SetSpeaker(self, changes))

    def set_speaker_names(self, names: dict):
        """New display names for the labels (one undo step)."""
        self.speakers.rename(names)

    def restore_segment(self, block: int):
        self.flush()
        seg = self.segments.segments[block]
        self.undo_stack.push(steps.RestoreSegment(self, seg.id, seg.text, seg.asr_text))

    # -- codings -------------------------------------------------------------------------
    def codings_changed(self):
        """Reload the interview's codings and redraw only the blocks whose look changed."""
        self.codings = self.study.codings.list(transcript_id=self.transcript_id) if self.transcript_id else []
        per_block = coding_ranges(self.codings, self.segments)
        self.highlighter.refresh(self.highlighter.set_codings(per_block))
        self.view.margin_columns = _columns(self.codings, self.segments)
        self.view.margin.update()
        self.codebook.refresh()
        self.codingsChanged.emit()
        events().codingsChanged.emit(self.study)

    def _codebook_notice(self, study):
        """A code was changed elsewhere (say the codebook dock): redraw colours and labels."""
        try:
            if study is self.study and self.isVisible():
                self.codings_changed()
        except RuntimeError:   # this workspace is being deleted
            pass

    def _describe_coding(self, coding) -> str:
        from desktop.coding.labels import code_label

        text = code_label(coding)
        if coding.about_role:
            text += " → " + role_label(self.study, coding.about_role)
        if coding.memo:
            text += "\n" + coding.memo
        return text

    def codings_at(self, block: int, offset: int) -> list[dict]:
        return [c for lo, hi, c in self.highlighter.codings.get(block, ()) if lo <= offset <= hi]

    # -- playback ------------------------------------------------------------------------
    def play_from(self, block: int, offset: int):
        if block < len(self.segments) and self.player.recording_id is not None:
            self.player.play(self.segments.time_at(block, offset))

    def _seek_and_play(self, seconds: float):
        self.player.play(seconds)

    def _follow(self, seconds: float):
        self.waveform.set_position(seconds)
        hit = self.segments.word_at_time(seconds) if self.player.is_playing() else None
        if hit is None:
            self.view.setExtraSelections([])
            return
        block, lo, hi = hit
        b = self.view.document().findBlockByNumber(block)
        sel = QTextEdit.ExtraSelection()
        sel.cursor = QTextCursor(b)
        sel.cursor.setPosition(b.position() + lo)
        sel.cursor.setPosition(b.position() + hi, QTextCursor.KeepAnchor)
        sel.format.setBackground(QColor("#2A9D8F"))
        sel.format.setForeground(QColor("#FFFFFF"))
        sel.format.setProperty(QTextFormat.FullWidthSelection, False)
        self.view.setExtraSelections([sel])
        typing = time.monotonic() - self._last_typing < 3.0
        if not typing and QSettings().value("editor/follow", True, type=bool):
            rect = self.view.blockBoundingGeometry(b).translated(self.view.contentOffset())
            if rect.top() < 0 or rect.bottom() > self.view.viewport().height():
                self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().value() + int(rect.top()) - 40)

    # -- closing -------------------------------------------------------------------------
    def closeEvent(self, event):  # noqa: N802
        self.flush()
        self.player.stop()
        super().closeEvent(event)

    def hideEvent(self, event):  # noqa: N802
        self.flush()
        self.player.pause()
        super().hideEvent(event)


def _columns(codings: list[dict], segments: SegmentMap, limit: int = 4) -> dict[int, list]:
    """Margin bars: each coding gets a column that no overlapping coding uses."""
    spans = []
    for c in codings:
        try:
            spans.append((segments.block_of(c.start_segment_id), segments.block_of(c.end_segment_id), c))
        except KeyError:
            continue
    spans.sort(key=lambda s: (s[0], -s[1]))
    ends: list[int] = []
    per_block: dict[int, list] = {}
    for a, b, c in spans:
        column = next((i for i, end in enumerate(ends) if end < a), None)
        if column is None:
            column = len(ends)
            ends.append(b)
        else:
            ends[column] = b
        for block in range(a, b + 1):
            per_block.setdefault(block, []).append((min(column, limit - 1), c))
    return per_block
