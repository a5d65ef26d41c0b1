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
        if not isinstance(data, dict):
            raise ValueError(f"ticket: expected an object, got {type(data).__name__}")
        for field in ("id", "subject"):
            if field not in data:
                raise ValueError(f"{field}: missing")
            if not isinstance(data[field], str) or data[field] == "":
                raise ValueError(f"{field}: expected a non-empty string, got {data[field]!r}")
        if "priority" not in data:
            raise ValueError("priority: missing")
        if data["priority"] not in PRIORITIES:
            raise ValueError(f"priority: expected one of {', '.join(PRIORITIES)}, got {data['priority']!r}")
        tags = data.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
            raise ValueError(f"tags: expected a list of strings, got {tags!r}")
        return cls(id=data["id"], subject=data["subject"], priority=data["priority"], tags=tuple(tags))
