"""Every AWS operation the suite performs, checked against `resources/iam-policy.json`.

Each botocore client made anywhere in the process (the app's, the tests')
gets a `before-parameter-build` handler, so every operation is recorded once, as
its IAM action (`ec2:RunInstances`), with the tests that performed it.  That event
comes before `before-call`, where a botocore `Stubber` answers: a stubbed call
counts as performed.  Clients the world makes to
arrange itself (`AwsWorld.client`) are exempt: they are not the app.

At the end of the session the record is written to pytest's cache folder and
checked: an action the policy does not allow fails the run (exit status 1) and
is listed in the summary.  `tests/aws/test_iam_policy.py` carries the marker
`aws_policy_check`, which makes it run last and check the same record.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import botocore.client
import pytest

from tests.world.aws_policy import load_policy, not_allowed

# IAM action prefixes that differ from botocore's signing name.
IAM_PREFIXES = {"monitoring": "cloudwatch"}
HANDLER_IDS = {"before-parameter-build": "fastai-launcher-recorder-params"}
MARKER = "aws_policy_check"


class OperationRecord:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.current_test = "<collection>"
        self.actions: dict[str, set[str]] = {}
        self.listeners: list[Callable[[str], None]] = []

    def add(self, action: str) -> None:
        with self._lock:
            self.actions.setdefault(action, set()).add(self.current_test)
            listeners = list(self.listeners)
        for listener in listeners:
            listener(action)

    def snapshot(self) -> dict[str, list[str]]:
        with self._lock:
            return {action: sorted(tests) for action, tests in sorted(self.actions.items())}


record = OperationRecord()


def iam_action(model: Any) -> str:
    service = model.service_model.signing_name
    return f"{IAM_PREFIXES.get(service, service)}:{model.name}"


def _on_call(model: Any, **kwargs: Any) -> None:
    # Unsigned calls (the SSO portal trading a token for credentials) are not IAM actions.
    if model.auth_type != "none":
        record.add(iam_action(model))


def _install() -> None:
    original = botocore.client.BaseClient.__init__
    if getattr(original, "records_operations", False):
        return

    def init_and_record(self: botocore.client.BaseClient, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        for event, unique_id in HANDLER_IDS.items():
            self.meta.events.register(event, _on_call, unique_id=unique_id)

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
    """Recorded actions the policy does not allow, with the tests that did them."""
    actions = record.snapshot()
    return {action: actions[action] for action in not_allowed(load_policy(), actions)}


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
        json.dumps({"operations": record.snapshot(), "not_allowed": found}, indent=2) + "\n"
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
