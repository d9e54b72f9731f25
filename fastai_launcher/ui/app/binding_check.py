"""Start-up guard: refuse to run on a Qt binding that loses references.

PySide6 6.12.0 on Python 3.10/3.11 drops one reference to `True` on every
Python-side `Signal.emit()` and one to `None` on every void method call; the
interpreter aborts (`bool_dealloc` / `none_dealloc`) once a count reaches zero,
after a few hundred progress reports or log lines.  A few emits and void calls
with the counts compared tell such a binding at once (well under a millisecond).
From Python 3.12 on, `True` and `None` are immortal: their counts never change
and the check passes.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from typing import NoReturn

import PySide6
from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger("fastai_launcher.ui")

CALLS = 16  # emits, and as many void calls
#: The exit status of a start refused by the guard.
EXIT_LEAKING_BINDING = 3
# Platforms without a screen, where a dialog would wait for a click that never comes.
_HEADLESS = ("offscreen", "minimal")


#: `sys.getrefcount` of `True` and of `None` (a plain tuple: a class costs start-up time).
Counts = tuple[int, int]


def python_version() -> str:
    return "{}.{}.{}".format(*sys.version_info[:3])  # `platform` costs 2 ms of start-up


def counts() -> Counts:
    return sys.getrefcount(True), sys.getrefcount(None)


def loses_references(before: Counts, after: Counts, calls: int = CALLS) -> bool:
    """True when `calls` emits and `calls` void calls made either count fall by half
    of `calls` or more: a healthy binding leaves both as they were (other code may
    move them by a few, never by one per call)."""
    threshold = max(1, calls // 2)
    return any(was - now >= threshold for was, now in zip(before, after, strict=True))


class _Probe(QObject):
    pinged = Signal()


def binding_keeps_references() -> bool:
    """Emit and make void calls `CALLS` times each; False when the binding lost references.

    Logs the PySide6 and Python versions with the result and the time it took.
    """
    start = time.perf_counter()
    probe = _Probe()
    before = counts()
    for _ in range(CALLS):
        probe.pinged.emit()
        probe.setObjectName("")  # a void call
    after = counts()
    leaking = loses_references(before, after)
    seconds = time.perf_counter() - start
    pair = (PySide6.__version__, python_version())
    if leaking:
        log.error(
            "PySide6 %s on Python %s loses references (True %d -> %d, None %d -> %d in %d calls)",
            *pair,
            before[0],
            after[0],
            before[1],
            after[1],
            CALLS,
        )
    else:
        log.info(
            "PySide6 %s on Python %s keeps its references (checked in %.3f ms)",
            *pair,
            seconds * 1000,
        )
    return not leaking


def refusal() -> str:
    """The one sentence that tells the user what to install instead."""
    return QCoreApplication.translate(
        "BindingCheck",
        "PySide6 {pyside} on Python {python} makes the app crash after a while: install "
        "Python 3.12 or newer, or PySide6-Essentials below 6.12 "
        '(pip install "PySide6-Essentials<6.12").',
    ).format(pyside=PySide6.__version__, python=python_version())


def refuse_to_start() -> NoReturn:
    """Tell the user (stderr, and a dialog where there is a screen) and leave at once.

    `os._exit`, not `sys.exit`: finishing the interpreter releases every reference
    to `True` and `None`, and with some already lost that alone aborts the process.
    """
    from PySide6.QtWidgets import QApplication, QMessageBox  # only needed here

    sentence = refusal()
    print(sentence, file=sys.stderr, flush=True)
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.platformName() not in _HEADLESS:
        QMessageBox.critical(None, "fastai-launcher", sentence)
    logging.shutdown()
    sys.stdout.flush()
    os._exit(EXIT_LEAKING_BINDING)
