"""The README's two set-up commands stay true: CI runs the test command word for word."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _commands(readme: str) -> list[str]:
    return re.findall(r"```sh\n(.+?)\n```", readme)


def test_readme_starts_with_exactly_two_setup_commands_and_ci_runs_the_second():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = _commands(setup)
    assert len(commands) == 2
    assert "fastai-launcher" in commands[0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()


def test_korean_readme_gives_the_same_commands():
    english = _commands((ROOT / "README.md").read_text(encoding="utf-8"))[:2]
    korean = _commands((ROOT / "README.ko.md").read_text(encoding="utf-8"))[:2]
    assert english == korean
