"""Consent: the forms, the study's consent ledger and its checks, the record chain and its seal, withdrawal."""
