"""Tests of transcribe/capture/."""
