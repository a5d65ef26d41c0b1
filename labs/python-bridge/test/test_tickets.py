import unittest
from dataclasses import FrozenInstanceError

from tickets import Ticket

GOOD = {"id": "T-1", "subject": "Refund please", "priority": "urgent", "tags": ["billing", "vip"]}


class TicketFromJson(unittest.TestCase):
    def test_from_json_builds_a_frozen_ticket(self):
        ticket = Ticket.from_json(GOOD)
        self.assertEqual(ticket, Ticket(id="T-1", subject="Refund please", priority="urgent", tags=("billing", "vip")))
        with self.assertRaises(FrozenInstanceError):
            ticket.subject = "changed"  # type: ignore[misc]

    def test_from_json_defaults_tags_to_empty(self):
        data = {key: value for key, value in GOOD.items() if key != "tags"}
        self.assertEqual(Ticket.from_json(data).tags, ())

    def test_from_json_names_a_missing_field(self):
        for field in ("id", "subject", "priority"):
            data = {key: value for key, value in GOOD.items() if key != field}
            with self.subTest(field=field), self.assertRaisesRegex(ValueError, f"^{field}"):
                Ticket.from_json(data)

    def test_from_json_names_a_field_of_the_wrong_type(self):
        cases = {"id": 7, "subject": "", "priority": "asap", "tags": "billing"}
        for field, value in cases.items():
            with self.subTest(field=field), self.assertRaisesRegex(ValueError, f"^{field}"):
                Ticket.from_json({**GOOD, field: value})

    def test_from_json_refuses_tags_that_are_not_strings(self):
        with self.assertRaisesRegex(ValueError, "^tags"):
            Ticket.from_json({**GOOD, "tags": ["billing", 3]})

    def test_from_json_refuses_what_is_not_an_object(self):
        with self.assertRaises(ValueError):
            Ticket.from_json(["T-1"])


if __name__ == "__main__":
    unittest.main()
