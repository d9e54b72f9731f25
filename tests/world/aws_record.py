"""Every AWS operation the suite performs, checked against `resources/iam-policy.json`.

Each botocore client made anywhere in the process (the app's, the tests')
gets a `before-parameter-build` handler, so every operation is recorded once, as
its IAM action (`ec2:RunInstances`), with the tests that performed it.  That event
comes before `before-call`, where a botocore `Stubber` answers: a stubbed call
counts as performed.  Clients the world makes to
arrange itself (`AwsWorld.client`) are exempt: they are not the app.

Each request that really goes out (botocore's `request-created`, which a
stubbed call never reaches) is also checked with its parameters: it becomes
the IAM requests AWS would evaluate (`tests/world/iam_requests.py`: resource
ARNs and condition keys, with resource facts such as tags read from the world)
and each is decided by `tests/world/iam_evaluator.py`.  One refused is listed
with the tests that sent it.  A request whose resource facts the world cannot
give (an id that does not exist, an unreachable endpoint) is kept apart as
unchecked, not refused.

Unsigned operations (auth type "none": the SSO portal, `sso-oidc`, the AWS
Sign-In token exchange) are no IAM actions and are not recorded;
`OUTSIDE_IAM` is the place for a signed operation that IAM does not authorize.

At the end of the session the record is written to pytest's cache folder and
checked: an action the policy does not allow, or a request it refuses, fails
the run (exit status 1) and is listed in the summary.
`tests/aws/test_iam_policy.py` carries the marker `aws_policy_check`, which
makes it run last and check the same record.
"""

from __future__ import annotations

import contextlib
import copy
import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import botocore.client
import pytest

from tests.world.aws_policy import load_policy, not_allowed, refused
from tests.world.iam_requests import IAM_ACTIONS, ApiCall, FactsUnavailable, WorldFacts

# IAM action prefixes that differ from botocore's signing name.
IAM_PREFIXES = {"monitoring": "cloudwatch"}
# Signed operations that IAM does not authorize (none yet); unsigned ones are skipped anyway.
OUTSIDE_IAM: frozenset[str] = frozenset()
_CALL_KEY = "fastai_launcher_recorded_call"
HANDLER_IDS = {
    "before-parameter-build": "fastai-launcher-recorder-params",
    "request-created": "fastai-launcher-recorder-sent",
}
MARKER = "aws_policy_check"


class OperationRecord:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.current_test = "<collection>"
        self.actions: dict[str, set[str]] = {}
        self.refused: dict[str, set[str]] = {}  # one refused IAM request -> tests
        self.unchecked: dict[str, set[str]] = {}  # operation: why -> tests
        self.checked = 0  # requests checked with their parameters
        self.listeners: list[Callable[[str], None]] = []

    def add(self, action: str) -> None:
        with self._lock:
            self.actions.setdefault(action, set()).add(self.current_test)
            listeners = list(self.listeners)
        for listener in listeners:
            listener(action)

    def count_checked(self) -> None:
        with self._lock:
            self.checked += 1

    def checked_requests(self) -> int:
        with self._lock:
            return self.checked

    def add_refused(self, summary: str) -> None:
        with self._lock:
            self.refused.setdefault(summary, set()).add(self.current_test)

    def add_unchecked(self, summary: str) -> None:
        with self._lock:
            self.unchecked.setdefault(summary, set()).add(self.current_test)

    def snapshot(self) -> dict[str, list[str]]:
        with self._lock:
            return {action: sorted(tests) for action, tests in sorted(self.actions.items())}

    def refusals(self) -> dict[str, list[str]]:
        with self._lock:
            return {request: sorted(tests) for request, tests in sorted(self.refused.items())}

    def unverified(self) -> dict[str, list[str]]:
        with self._lock:
            return {call: sorted(tests) for call, tests in sorted(self.unchecked.items())}


record = OperationRecord()


def api_operation(model: Any) -> str:
    """`ec2:RunInstances`: the IAM prefix and the API operation's name."""
    service = model.service_model.signing_name
    return f"{IAM_PREFIXES.get(service, service)}:{model.name}"


def iam_action(model: Any) -> str:
    operation = api_operation(model)
    return IAM_ACTIONS.get(operation, operation)


def _authorized_by_iam(model: Any) -> bool:
    return model.auth_type != "none" and api_operation(model) not in OUTSIDE_IAM


def _on_call(model: Any, params: Any = None, context: Any = None, **kwargs: Any) -> None:
    if not _authorized_by_iam(model):
        return
    record.add(iam_action(model))
    if context is not None and params is not None:
        context[_CALL_KEY] = (api_operation(model), copy.deepcopy(dict(params)))


def _on_sent(request: Any, **kwargs: Any) -> None:
    # Once per call: a retried request is the same authorization.
    recorded = request.context.pop(_CALL_KEY, None)
    if recorded is None:
        return
    operation, params = recorded
    region = request.context.get("client_region") or ""
    parts = urlsplit(request.url)
    check_request(
        ApiCall(operation, params, region), WorldFacts(f"{parts.scheme}://{parts.netloc}", region)
    )


def check_request(call: ApiCall, facts: Any) -> None:
    """Record each IAM request of `call` that the policy refuses (or that cannot be checked)."""
    try:
        found = refused(load_policy(), call, facts)
    except FactsUnavailable as exc:
        record.add_unchecked(f"{call.operation}: {exc}"[:300])
        return
    record.count_checked()
    for summary in found:
        record.add_refused(summary)


_HANDLERS: dict[str, Callable[..., None]] = {
    "before-parameter-build": _on_call,
    "request-created": _on_sent,
}


def _install() -> None:
    original = botocore.client.BaseClient.__init__
    if getattr(original, "records_operations", False):
        return

    def init_and_record(self: botocore.client.BaseClient, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        for event, unique_id in HANDLER_IDS.items():
            self.meta.events.register(event, _HANDLERS[event], unique_id=unique_id)

    init_and_record.records_operations = True  # type: ignore[attr-defined]
    botocore.client.BaseClient.__init__ = init_and_record  # type: ignore[method-assign]


@contextlib.contextmanager
def operations() -> Iterator[list[str]]:
    """Every app operation (`ec2:RunInstances`, ...) performed inside the block, in order."""
    seen: list[str] = []
    with record._lock:
        record.listeners.append(seen.append)
    try:
        yield seen
    finally:
        with record._lock:
            record.listeners.remove(seen.append)


READ_PREFIXES = ("Describe", "Get", "List")


def writes(actions: list[str]) -> list[str]:
    """The actions that change something (not Describe/Get/List)."""
    return [a for a in actions if not a.partition(":")[2].startswith(READ_PREFIXES)]


def unrecorded(client: Any) -> Any:
    """A client whose calls are not recorded: the world arranging itself."""
    for event, unique_id in HANDLER_IDS.items():
        client.meta.events.unregister(event, unique_id=unique_id)
    return client


_install()


def violations() -> dict[str, list[str]]:
    """Recorded actions the policy does not allow, and requests it refuses, with the tests."""
    actions = record.snapshot()
    found = {action: actions[action] for action in not_allowed(load_policy(), actions)}
    return {**found, **record.refusals()}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{MARKER}: runs after every other test (checks the whole suite's AWS calls)"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.get_closest_marker(MARKER) is not None)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[None]:
    record.current_test = item.nodeid
    yield
    record.current_test = "<between tests>"


def _record_file(config: pytest.Config) -> Path:
    cache = getattr(config, "cache", None)
    folder = cache.mkdir("aws-operations") if cache else config.rootpath / ".pytest_cache"
    folder.mkdir(parents=True, exist_ok=True)
    return Path(folder) / "aws-operations.json"


def pytest_sessionfinish(session: pytest.Session) -> None:
    found = violations()
    path = _record_file(session.config)
    path.write_text(
        json.dumps(
            {
                "operations": record.snapshot(),
                "not_allowed": found,
                "checked_requests": record.checked_requests(),
                "unchecked": record.unverified(),
            },
            indent=2,
        )
        + "\n"
    )
    session.config.stash[_violations_key] = found
    if found and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


_violations_key = pytest.StashKey[dict[str, list[str]]]()


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    found = config.stash.get(_violations_key, {})
    if not found:
        return
    terminalreporter.section("AWS operations not allowed by resources/iam-policy.json", red=True)
    for action, tests in found.items():
        terminalreporter.line(f"{action}: {', '.join(tests[:5])}")
