"""The transcript editor: workspace, text view, player, waveform, find bar and undo steps."""
