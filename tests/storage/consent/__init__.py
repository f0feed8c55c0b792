"""Tests of storage/consent/."""
