"""What a user action changed, so every view that shows it (and only those) reloads."""

from __future__ import annotations

from enum import Flag, auto


class Change(Flag):
    """The parts of the data file one action may have changed; combine them with `|`."""

    MEMBERS = auto()
    """The register: a member added, edited, moved, deleted, imported."""
    MEETINGS = auto()
    """Meetings and their attendance."""
    SUPPORT = auto()
    """Poverty support: classifications, cases, help, loans, visits."""
    UNIT = auto()
    """The unit's details: names, meeting cycle, attention rule, grades."""
    EVALUATIONS = auto()
    """The year-end evaluation of members."""
    DUES = auto()
    """Hội phí (rates, exemptions, payments, remittances) and the funds."""
    TARGETS = auto()
    """The year's targets (chỉ tiêu)."""
    IMPORTS = MEMBERS
    """An import writes members only (kept apart in name for the callers that say so)."""
    EVERYTHING = MEMBERS | MEETINGS | SUPPORT | UNIT | EVALUATIONS | DUES | TARGETS
    """Undo, redo, another data file or a restore: any part may have changed."""
