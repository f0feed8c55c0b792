"""Stable REFI-QDA GUIDs: one per study entity, the same on every export of the study.

A GUID is a name-based UUID (version 5) of the study's identity (its creation time, which
never changes, not its name) and the entity's kind and id, so re-exporting a study gives
the same GUIDs and a QDA program can match a re-imported project to the earlier one.
A code imported from a .qdc keeps the GUID it came with (`codes.refi_guid`), so a codebook
that goes round through another QDA program keeps its codes' identity.
"""
import uuid

_VELDWERK = uuid.uuid5(uuid.NAMESPACE_URL, "https://veldwerk.invalid/refi-qda")


class Guids:
    """GUIDs of one study's codes, sources, selections, codings, notes, cases, users and variables."""

    def __init__(self, study):
        identity = study.get_setting("created_at", "") or study.name
        self.namespace = uuid.uuid5(_VELDWERK, f"study:{identity}")
        self.imported = {
            code_id: guid
            for code_id, guid in study.conn.execute("SELECT id, refi_guid FROM codes WHERE refi_guid IS NOT NULL")
        }

    def __call__(self, kind: str, entity_id) -> str:
        """The upper-case GUID of the entity (`kind` such as "code", `entity_id` its id or key); an imported
        code's GUID as it was written in the file it came from."""
        if kind == "code" and entity_id in self.imported:
            return self.imported[entity_id]
        return str(uuid.uuid5(self.namespace, f"{kind}:{entity_id}")).upper()
