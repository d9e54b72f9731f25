"""Where botocore's exceptions become the typed errors the user is shown.

Every public function of `aws/` that calls AWS carries `@typed_aws_errors`:
a `ClientError` or `BotoCoreError` leaving it is turned into the catalogue's
`LauncherError` (with the region of the client it was given, when the first
argument is a client).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from botocore.exceptions import BotoCoreError, ClientError

from .catalogue import error_code, translate_aws_error

__all__ = ["error_code", "typed_aws_errors"]  # error_code lives in catalogue (no import cycle)

P = ParamSpec("P")
R = TypeVar("R")


def typed_aws_errors(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except (ClientError, BotoCoreError) as exc:
            meta = getattr(args[0], "meta", None) if args else None
            region = str(getattr(meta, "region_name", "") or "")
            raise translate_aws_error(exc, region) from exc

    return wrapper
