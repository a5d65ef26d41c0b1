import json
import unittest

from bridge import handle_line


def add(a, b):
    return a + b


def explode():
    raise RuntimeError("the tool crashed")


METHODS = {"add": add, "explode": explode}


def answer(line):
    return json.loads(handle_line(line, METHODS))


class HandleLine(unittest.TestCase):
    def test_bridge_answers_a_call_with_its_result(self):
        self.assertEqual(answer('{"id": 1, "method": "add", "params": {"a": 2, "b": 3}}'), {"id": 1, "result": 5})

    def test_bridge_parse_error(self):
        for line in ["{not json", "[1, 2]"]:
            with self.subTest(line=line):
                reply = answer(line)
                self.assertIsNone(reply["id"])
                self.assertEqual(reply["error"]["code"], -32700)

    def test_bridge_unknown_method(self):
        reply = answer('{"id": "a", "method": "subtract", "params": {}}')
        self.assertEqual(reply["id"], "a")
        self.assertEqual(reply["error"]["code"], -32601)
        self.assertIn("subtract", reply["error"]["message"])

    def test_bridge_bad_params(self):
        for params in ['{"a": 1}', '{"a": 1, "b": 2, "c": 3}', "[1, 2]"]:
            with self.subTest(params=params):
                reply = answer(f'{{"id": 2, "method": "add", "params": {params}}}')
                self.assertEqual(reply["id"], 2)
                self.assertEqual(reply["error"]["code"], -32602)

    def test_bridge_failure_inside_the_method(self):
        reply = answer('{"id": 3, "method": "explode"}')
        self.assertEqual(reply["error"]["code"], -32000)
        self.assertIn("the tool crashed", reply["error"]["message"])

    def test_bridge_type_error_inside_the_method_is_not_bad_params(self):
        reply = answer('{"id": 4, "method": "add", "params": {"a": 1, "b": "x"}}')
        self.assertEqual(reply["error"]["code"], -32000)


if __name__ == "__main__":
    unittest.main()
