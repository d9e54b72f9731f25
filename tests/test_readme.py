"""The READMEs stay true: the two set-up commands (CI runs the test command word
for word) and the screenshots of every step."""

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


def test_both_readmes_show_every_wizard_page_and_the_home_view_from_the_repository():
    for readme, language in (("README.md", "en"), ("README.ko.md", "ko")):
        text = (ROOT / readme).read_text(encoding="utf-8")
        images = re.findall(r"!\[[^\]]*\]\(([^)]+\.png)\)", text)
        assert images, readme
        for image in images:
            assert (ROOT / image).is_file(), f"{readme} shows a missing picture: {image}"
        shown = {Path(image).name for image in images}
        wanted = {
            p.name
            for p in (ROOT / "packaging" / "screenshots" / "light-1x").glob(f"{language}-*.png")
        }
        # every page of the wizard (1 to 8) and the home view
        assert {name for name in wanted if name[3] in "12345678"} <= shown
        assert any(name.startswith(f"{language}-9-home") for name in shown)
