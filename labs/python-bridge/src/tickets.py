"""A support ticket, checked at the edge like a zod schema or a Pydantic model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, get_args

Priority = Literal["low", "normal", "urgent"]
PRIORITIES: tuple[str, ...] = get_args(Priority)


@dataclass(frozen=True)
class Ticket:
    id: str
    subject: str
    priority: Priority
    tags: tuple[str, ...]

    @classmethod
    def from_json(cls, data: Any) -> Ticket:
        """Checks every field's presence and type; a ValueError names the first field that is wrong."""
        # TODO: check that data is a dict; that "id" and "subject" are present, non-empty strings;
        # that "priority" is one of PRIORITIES; and that "tags" (optional, default []) is a list of
        # strings. Raise ValueError with a message that begins with the field's name, e.g. "priority: …".
        # Then build the Ticket, with the tags as a tuple.
        raise NotImplementedError("Ticket.from_json")
