"""Telling the user that AWS is being asked again.

botocore's `standard` retry mode (see `clients.client_config`) retries
throttling (`RequestLimitExceeded`, `Throttling`, ...), 5xx answers and
dropped connections with exponential back-off, silently: a launch that waits
out three throttled attempts would look frozen.  `announce_retries` adds a
`needs-retry` handler that decides as the standard mode does and, before the
back-off wait, reports a progress message to the task running on this thread
(`core.task.current_context()`, set by the UI's task runner) or to `on_retry`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from botocore.retries.standard import RetryEventAdapter, StandardRetryConditions

from ..core.task import current_context
from ..core.text import QT_TRANSLATE_NOOP, Text, text

C = TypeVar("C")
HANDLER_ID = "fastai-launcher-announce-retries"


def retrying(operation: str, attempt: int, attempts: int, reason: str) -> Text:
    """The message shown while an AWS request is retried after a failed attempt."""
    return text(
        "AwsRetries",
        QT_TRANSLATE_NOOP(
            "AwsRetries",
            "AWS is busy or briefly unavailable ({reason}); retrying {operation} (attempt {attempt} of {attempts}).",
        ),
        operation=operation,
        attempt=attempt,
        attempts=attempts,
        reason=reason,
    )


def _reason(context: Any) -> str:
    code = context.get_error_code() if context.parsed_response else None
    if code:
        return str(code)
    if context.http_response is not None:
        return f"HTTP {context.http_response.status_code}"
    return type(context.caught_exception).__name__ if context.caught_exception else "?"


def announce_retries(client: C, on_retry: Callable[[Text], None] | None = None) -> C:
    """Report every retry `client` is about to make (see the module docstring).

    `on_retry` None: the running task's `ctx.progress` (a cancelled task stops there).
    """
    retries = client.meta.config.retries or {}  # type: ignore[attr-defined]
    # botocore counts the first try too: `max_attempts=5` in the config is 6 in all.
    max_attempts = int(retries.get("total_max_attempts") or retries.get("max_attempts", 4) + 1)
    conditions = StandardRetryConditions(max_attempts=max_attempts)
    adapter = RetryEventAdapter()

    def announce(**kwargs: Any) -> None:
        context = adapter.create_retry_context(**kwargs)
        if not conditions.is_retryable(context):
            return None
        message = retrying(
            context.operation_model.name if context.operation_model else "?",
            context.attempt_number + 1,
            max_attempts,
            _reason(context),
        )
        if on_retry is not None:
            on_retry(message)
        elif (task := current_context()) is not None:
            task.progress(message)
        return None  # the standard handler decides and waits; this only tells

    events = client.meta.events  # type: ignore[attr-defined]
    service = client.meta.service_model.service_id.hyphenize()  # type: ignore[attr-defined]
    events.register_last(f"needs-retry.{service}", announce, unique_id=HANDLER_ID)
    return client
