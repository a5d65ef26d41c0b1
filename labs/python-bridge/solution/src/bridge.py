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
    try:
        request = json.loads(line)
    except ValueError as error:
        return _error(None, PARSE_ERROR, f"parse error: {error}")
    if not isinstance(request, dict):
        return _error(None, PARSE_ERROR, "parse error: a request is a JSON object")
    request_id = request.get("id")
    method = methods.get(request.get("method")) if isinstance(request.get("method"), str) else None
    if method is None:
        return _error(request_id, METHOD_NOT_FOUND, f"unknown method: {request.get('method')!r}")
    params = request.get("params", {})
    if not isinstance(params, dict):
        return _error(request_id, INVALID_PARAMS, "params: expected an object")
    try:
        signature = inspect.signature(method)
    except (TypeError, ValueError):  # some built-ins have no signature to check against
        signature = None
    try:
        if signature is not None:
            signature.bind(**params)
    except TypeError as error:
        return _error(request_id, INVALID_PARAMS, f"params: {error}")
    try:
        result = method(**params)
    except Exception as error:
        return _error(request_id, SERVER_ERROR, f"{type(error).__name__}: {error}")
    try:
        return json.dumps({"id": request_id, "result": result})
    except (TypeError, ValueError) as error:
        return _error(request_id, SERVER_ERROR, f"the result is not JSON: {error}")
