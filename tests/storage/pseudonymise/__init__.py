"""Tests of storage/pseudonymise/."""
