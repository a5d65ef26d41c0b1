"""One JSON line in, one JSON line out: how a TypeScript process calls a Python-only tool over stdio."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from typing import Any

PARSE_ERROR = -32700
METHOD_NOT_FOUND = -32601
INVALID_PARAMS = -32602
SERVER_ERROR = -32000


def _error(request_id: Any, code: int, message: str) -> str:
    return json.dumps({"id": request_id, "error": {"code": code, "message": message}})


def handle_line(line: str, methods: dict[str, Callable[..., Any]]) -> str:
    """Answers one request line; never raises, whatever the line or the method does."""
    # TODO: parse the line (json.loads); a line that is not a JSON object is a PARSE_ERROR with id None.
    # Look the "method" up in methods (METHOD_NOT_FOUND when absent, with the method's name in the
    # message). A request without "params" has params {}. Params that are not an object, or that do
    # not fit the method's signature (inspect.signature(method).bind), are INVALID_PARAMS.
    # Call the method with the params as keyword arguments; any exception it raises is SERVER_ERROR,
    # with the exception's own message in yours. Answer {"id", "result"} with json.dumps, or an error
    # built with _error.
    raise NotImplementedError("handle_line")
