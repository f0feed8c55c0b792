"""The consent wizard: form text, one question per item, method (with a verbal consent clip), summary."""
from desktop.consent_wizard.wizard import ConsentWizard  # noqa: F401
