"""Classify many tickets at once, at most `limit` at a time, like a bounded Promise.allSettled."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


async def classify_all(items: Sequence[T], classify_one: Callable[[T], Awaitable[R]], limit: int) -> list[R | Exception]:
    """Results in input order; an item whose call raised gets its exception in its place."""
    # TODO: refuse a limit below 1 with ValueError. Run classify_one on every item with at most
    # `limit` calls in flight (asyncio.Semaphore), keep the results in input order (asyncio.gather),
    # and return an item's exception in its place instead of letting it fail the whole batch.
    raise NotImplementedError("classify_all")
