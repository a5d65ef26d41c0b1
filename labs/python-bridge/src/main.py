"""A short demo: check tickets, classify them concurrently, and answer bridge requests."""

import asyncio
import json

from bridge import handle_line
from fan_out import classify_all
from tickets import Ticket

RAW = [
    {"id": "T-1", "subject": "Refund for a double charge", "priority": "urgent", "tags": ["billing"]},
    {"id": "T-2", "subject": "How do I export my data?", "priority": "low"},
    {"id": "T-3", "subject": "", "priority": "normal"},
    {"id": "T-4", "subject": "The app crashes on login", "priority": "normal"},
    {"id": "T-5", "subject": "Please call me back", "priority": "asap"},
]


async def classify(ticket: Ticket) -> str:
    """A stand-in for a model call: a rule you can read, after a pause."""
    await asyncio.sleep(0)
    if "crash" in ticket.subject.lower():
        raise RuntimeError("the classifier timed out")
    return "billing" if "refund" in ticket.subject.lower() or "billing" in ticket.tags else "how-to"


def main() -> None:
    tickets: list[Ticket] = []
    for raw in RAW:
        try:
            tickets.append(Ticket.from_json(raw))
            print(f"ok       {raw['id']}")
        except ValueError as error:
            print(f"rejected {raw['id']}: {error}")

    labels = asyncio.run(classify_all(tickets, classify, limit=2))
    for ticket, label in zip(tickets, labels):
        shown = f"error: {label}" if isinstance(label, Exception) else label
        print(f"{ticket.id}: {shown}")

    methods = {"count_words": lambda text: len(text.split())}
    for line in ['{"id": 1, "method": "count_words", "params": {"text": "hello from TypeScript"}}', '{"id": 2, "method": "translate", "params": {}}', "not json"]:
        print(handle_line(line, methods))


if __name__ == "__main__":
    main()
