"""Classify many tickets at once, at most `limit` at a time, like a bounded Promise.allSettled."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


async def classify_all(items: Sequence[T], classify_one: Callable[[T], Awaitable[R]], limit: int) -> list[R | Exception]:
    """Results in input order; an item whose call raised gets its exception in its place."""
    if limit < 1:
        raise ValueError(f"limit: expected at least 1, got {limit}")
    gate = asyncio.Semaphore(limit)

    async def one(item: T) -> R | Exception:
        async with gate:
            try:
                return await classify_one(item)
            except Exception as error:  # one failure must not sink the others
                return error

    return list(await asyncio.gather(*(one(item) for item in items)))
