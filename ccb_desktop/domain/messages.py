"""User-facing messages produced below the UI, marked for Qt's translation tools.

The domain and service layers may not import Qt, yet their messages (validation errors,
expected failures) must reach the secretary in Vietnamese. They are written in English,
marked with QT_TRANSLATE_NOOP so that `pyside6-lupdate` collects them, carried as a
`Message` (template + named values) and translated by the UI at the last moment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; returns it unchanged (lupdate reads the call)."""
    return text


@dataclass(frozen=True)
class Message:
    """A translatable message: Qt context, English template with {named} fields, and values."""

    context: str
    template: str
    values: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Any = None) -> str:
        """Format the message, first passing the template through `translate(context, text)`."""
        template = translate(self.context, self.template) if translate else self.template
        return template.format(**self.values)


def message(context: str, template: str, **values: Any) -> Message:
    """Build a Message; `template` must be a literal marked with QT_TRANSLATE_NOOP by the caller."""
    return Message(context, template, dict(values))
