"""User actions and the row changes they made, as the history and undo show them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ccb_desktop.domain.messages import Message


@dataclass(frozen=True)
class Action:
    """One user action: what it was (a translatable message) and when."""

    id: int
    label: Message
    at: str
    undoes: int | None = None


@dataclass(frozen=True)
class Change:
    """One row changed by an action."""

    action: Action
    table: str
    key: dict[str, Any]
    operation: str
    old: dict[str, Any] | None
    new: dict[str, Any] | None
