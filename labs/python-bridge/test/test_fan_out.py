import asyncio
import unittest

from fan_out import classify_all


class Tracker:
    """A fake async classifier that records how many calls were in flight at once."""

    def __init__(self, fail_on=()):
        self.in_flight = 0
        self.most = 0
        self.fail_on = set(fail_on)

    async def __call__(self, item):
        self.in_flight += 1
        self.most = max(self.most, self.in_flight)
        try:
            for _ in range(3):
                await asyncio.sleep(0)
            if item in self.fail_on:
                raise RuntimeError(f"cannot classify {item}")
            return item * 10
        finally:
            self.in_flight -= 1


def run(coroutine):
    """Runs a batch, failing in seconds (not at the lab's time limit) if it never finishes."""
    try:
        return asyncio.run(asyncio.wait_for(coroutine, 10))
    except TimeoutError:
        raise AssertionError("classify_all never finished: is a call waiting for a semaphore that nothing releases?") from None


class ClassifyAll(unittest.TestCase):
    def test_fan_out_keeps_input_order(self):
        self.assertEqual(run(classify_all([3, 1, 2], Tracker(), limit=2)), [30, 10, 20])

    def test_fan_out_never_exceeds_the_limit(self):
        tracker = Tracker()
        run(classify_all(list(range(10)), tracker, limit=3))
        self.assertEqual(tracker.most, 3)

    def test_fan_out_runs_calls_concurrently(self):
        tracker = Tracker()
        run(classify_all(list(range(4)), tracker, limit=10))
        self.assertEqual(tracker.most, 4)

    def test_fan_out_returns_a_failure_in_its_place(self):
        results = run(classify_all([1, 2, 3], Tracker(fail_on={2}), limit=2))
        self.assertEqual(results[0], 10)
        self.assertIsInstance(results[1], RuntimeError)
        self.assertEqual(str(results[1]), "cannot classify 2")
        self.assertEqual(results[2], 30)

    def test_fan_out_refuses_a_limit_below_one(self):
        with self.assertRaises(ValueError):
            run(classify_all([1], Tracker(), limit=0))


if __name__ == "__main__":
    unittest.main()
