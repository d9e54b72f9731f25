"""Deciding one IAM request (action, resource, request context) against one
identity-based policy, as IAM does: an explicit Deny wins, then any Allow,
else the implicit deny.

No library on PyPI evaluates IAM conditions faithfully (the known ones parse
policies, lint them, or expand actions), so this is a small evaluator of the
parts the app's policy uses, checked in `tests/world/test_iam_evaluator.py`
against AWS's documented examples:

- Action / NotAction: case-insensitive, `*` and `?` wildcards.
- Resource / NotResource: case-sensitive; `*` and `?` stay within a
  colon-separated ARN segment, except a `*` that ends a segment, which may
  match beyond the colons (IAM's documented rule).
- Condition: every operator block and every key in it must hold (AND); the
  values listed for one key are alternatives (OR; NOR for negated operators).
  A key missing from the request makes a positive operator false and a
  negated one (`StringNotEquals`, `ArnNotLike`, ...) true; `...IfExists`
  is true when the key is missing; `Null` tests presence.
  `ForAllValues:` holds when every request value matches (and when there are
  none); `ForAnyValue:` when at least one does.
- String, Numeric, Bool, Arn and Null operators.  Date operators, policy
  variables (`${aws:username}`) and anything else raise `Unsupported`, so a
  policy using them fails loudly instead of being misjudged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

Decision = Literal["Allow", "Deny", "ImplicitDeny"]
ContextValue = str | Sequence[str]


class Unsupported(ValueError):
    """The policy uses something this evaluator does not implement."""


@dataclass(frozen=True)
class Request:
    """One authorization IAM makes: an API call can make several (RunInstances: one per resource)."""

    action: str  # "ec2:RunInstances"
    resource: str  # an ARN, or "*" for actions without resource-level permissions
    context: Mapping[str, ContextValue] = field(default_factory=dict)

    def value(self, key: str) -> list[str] | None:
        """The context key's values (keys are case-insensitive); None when it is missing."""
        for name, value in self.context.items():
            if name.lower() == key.lower():
                return [value] if isinstance(value, str) else list(value)
        return None


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def _glob(pattern: str, *, segment: bool, ignore_case: bool = False) -> re.Pattern[str]:
    """`*` and `?` as wildcards, everything else literal.

    `segment`: wildcards stay inside a colon-separated segment, except a `*` that
    ends one (before a colon or at the end), which may cross colons.
    """
    if "${" in pattern:
        raise Unsupported(f"policy variables are not evaluated: {pattern}")
    parts = []
    for index, char in enumerate(pattern):
        if char == "*":
            ends_segment = index + 1 == len(pattern) or pattern[index + 1] == ":"
            parts.append(".*" if not segment or ends_segment else "[^:]*")
        elif char == "?":
            parts.append("[^:]" if segment else ".")
        else:
            parts.append(re.escape(char))
    return re.compile("".join(parts), re.DOTALL | (re.IGNORECASE if ignore_case else 0))


def action_matches(pattern: str, action: str) -> bool:
    return _glob(pattern, segment=False, ignore_case=True).fullmatch(action) is not None


def resource_matches(pattern: str, resource: str) -> bool:
    if pattern == "*":
        return True
    return _glob(pattern, segment=True).fullmatch(resource) is not None


def _arn_like(pattern: str, value: str) -> bool:
    """ArnLike / ArnEquals: each of the six ARN components matched on its own."""
    pattern_parts, value_parts = pattern.split(":", 5), value.split(":", 5)
    if len(pattern_parts) != 6 or len(value_parts) != 6:
        return False
    return all(
        _glob(p, segment=False).fullmatch(v) is not None
        for p, v in zip(pattern_parts, value_parts, strict=True)
    )


def _number(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def _numeric(compare: Callable[[float, float], bool]) -> Callable[[str, str], bool]:
    def match(policy: str, value: str) -> bool:
        left, right = _number(value), _number(policy)
        if right is None:
            raise Unsupported(f"not a number in a Numeric condition: {policy}")
        return left is not None and compare(left, right)

    return match


def _bool(policy: str, value: str) -> bool:
    return value.lower() == policy.lower()


def _string_like(policy: str, value: str) -> bool:
    return _glob(policy, segment=False).fullmatch(value) is not None


# Positive matchers; each negated operator is the NOR of its positive one.
_MATCHERS: dict[str, Callable[[str, str], bool]] = {
    "StringEquals": lambda p, v: p == v,
    "StringEqualsIgnoreCase": lambda p, v: p.lower() == v.lower(),
    "StringLike": _string_like,
    "NumericEquals": _numeric(lambda v, p: v == p),
    "NumericLessThan": _numeric(lambda v, p: v < p),
    "NumericLessThanEquals": _numeric(lambda v, p: v <= p),
    "NumericGreaterThan": _numeric(lambda v, p: v > p),
    "NumericGreaterThanEquals": _numeric(lambda v, p: v >= p),
    "Bool": _bool,
    "ArnEquals": _arn_like,
    "ArnLike": _arn_like,
}
_NEGATED = {
    "StringNotEquals": "StringEquals",
    "StringNotEqualsIgnoreCase": "StringEqualsIgnoreCase",
    "StringNotLike": "StringLike",
    "NumericNotEquals": "NumericEquals",
    "ArnNotEquals": "ArnEquals",
    "ArnNotLike": "ArnLike",
}


def _policy_values(values: Any) -> list[str]:
    return [str(v).lower() if isinstance(v, bool) else str(v) for v in _as_list(values)]


def _key_holds(operator: str, key: str, values: Any, request: Request) -> bool:
    set_operator, _, name = operator.rpartition(":")
    if_exists = name.endswith("IfExists")
    name = name.removesuffix("IfExists")
    found = request.value(key)
    wanted = _policy_values(values)

    if name == "Null":
        if set_operator or if_exists:
            raise Unsupported(operator)
        present = bool(found)
        return all((w.lower() == "true") != present for w in wanted)

    negated = name in _NEGATED
    matcher = _MATCHERS.get(_NEGATED.get(name, name))
    if matcher is None:
        raise Unsupported(f"condition operator {operator}")

    def matches(value: str) -> bool:
        hit = any(matcher(w, value) for w in wanted)
        return not hit if negated else hit

    if set_operator == "ForAllValues":
        return found is None or all(matches(v) for v in found)
    if set_operator == "ForAnyValue":
        return found is not None and any(matches(v) for v in found)
    if set_operator:
        raise Unsupported(f"set operator {set_operator}")
    if found is None:
        return if_exists or negated
    # A list under a single-valued operator: holds when any value does (negated: none matches).
    return all(matches(v) for v in found) if negated else any(matches(v) for v in found)


def conditions_hold(condition: Mapping[str, Mapping[str, Any]], request: Request) -> bool:
    return all(
        _key_holds(operator, key, values, request)
        for operator, keys in condition.items()
        for key, values in keys.items()
    )


def statement_applies(statement: Mapping[str, Any], request: Request) -> bool:
    if "NotAction" in statement:
        named = not any(action_matches(p, request.action) for p in _as_list(statement["NotAction"]))
    else:
        named = any(action_matches(p, request.action) for p in _as_list(statement["Action"]))
    if not named:
        return False
    if "NotResource" in statement:
        covered = not any(
            resource_matches(p, request.resource) for p in _as_list(statement["NotResource"])
        )
    else:
        covered = any(
            resource_matches(p, request.resource) for p in _as_list(statement["Resource"])
        )
    return covered and conditions_hold(statement.get("Condition", {}), request)


def evaluate(policy: Mapping[str, Any], request: Request) -> Decision:
    """IAM's decision for one request under one identity-based policy."""
    statements = _as_list(policy["Statement"])
    applying = [s for s in statements if statement_applies(s, request)]
    if any(s["Effect"] == "Deny" for s in applying):
        return "Deny"
    if any(s["Effect"] == "Allow" for s in applying):
        return "Allow"
    return "ImplicitDeny"
