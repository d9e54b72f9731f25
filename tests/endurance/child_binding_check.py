"""Child: the start-up guard's check in a fresh process, as the app runs it."""

from __future__ import annotations

import platform

import PySide6

from fastai_launcher.ui.app.binding_check import binding_keeps_references
from tests.endurance.harness import report, start


def main() -> None:
    app, _logs = start()
    keeps = binding_keeps_references()
    report(keeps_references=keeps, pyside=PySide6.__version__, python=platform.python_version())
    del app


if __name__ == "__main__":
    main()
