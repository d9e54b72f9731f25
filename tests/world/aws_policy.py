"""Checking the app's AWS operations against an IAM policy document.

`decision` / `not_allowed` look at action names only (a statement with a
condition or a resource counts as applying): which actions the policy names.
`refused` decides each API request in full (resources and conditions) with
`tests/world/iam_evaluator.py`.
"""

from __future__ import annotations

import fnmatch
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from fastai_launcher.core.resources import resource
from tests.world.iam_evaluator import Request, evaluate
from tests.world.iam_requests import ApiCall, Facts, authorizations


def load_policy(path: Path | None = None) -> dict[str, Any]:
    return json.loads((path or resource("iam-policy.json")).read_text(encoding="utf-8"))


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _names(statement: dict[str, Any], action: str) -> bool:
    if "NotAction" in statement:
        return not any(_match(p, action) for p in _as_list(statement["NotAction"]))
    return any(_match(p, action) for p in _as_list(statement.get("Action", [])))


def _match(pattern: str, action: str) -> bool:
    return fnmatch.fnmatchcase(action.lower(), pattern.lower())


def decision(policy: dict[str, Any], action: str) -> str:
    """ "Deny" (explicit), "Allow", or "ImplicitDeny" for `service:Operation`."""
    statements = _as_list_of_dicts(policy["Statement"])
    if any(s["Effect"] == "Deny" and _names(s, action) for s in statements):
        return "Deny"
    if any(s["Effect"] == "Allow" and _names(s, action) for s in statements):
        return "Allow"
    return "ImplicitDeny"


def _as_list_of_dicts(value: dict[str, Any] | list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [value] if isinstance(value, dict) else value


def not_allowed(policy: dict[str, Any], actions: Iterable[str]) -> list[str]:
    return sorted({a for a in actions if decision(policy, a) != "Allow"})


def describe(request: Request) -> str:
    """One line naming the IAM request: action, resource and context keys."""
    keys = ", ".join(f"{k}={v}" for k, v in sorted(request.context.items()))
    return f"{request.action} on {request.resource} ({keys})"


def refused(policy: dict[str, Any], call: ApiCall, facts: Facts) -> list[str]:
    """The IAM requests of `call` that `policy` does not allow, described."""
    return [describe(r) for r in authorizations(call, facts) if evaluate(policy, r) != "Allow"]
