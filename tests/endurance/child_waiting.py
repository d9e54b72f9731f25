"""Child: a long wait by pumping events, with the counts of True and None before and after.

    python -m tests.endurance.child_waiting wait_until 1000      # tests.world.waiting
    python -m tests.endurance.child_waiting process_events 1000  # the pumping it replaced

The second leaves through `os._exit` (on an affected binding, finishing the
interpreter after it would abort): it only shows that the measure sees a leak.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QEventLoop

from tests.endurance.harness import counts, report
from tests.world.waiting import wait_until


def main(how: str, passes: int) -> None:
    app = QCoreApplication(["waiting"])
    done = [0]

    def reached() -> bool:
        done[0] += 1
        return done[0] > passes

    before = counts()
    if how == "wait_until":
        wait_until(reached, 600_000)
    else:
        while not reached():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    after = counts()
    report(
        passes=passes,
        true_lost=before["true"] - after["true"],
        none_lost=before["none"] - after["none"],
        before=before,
    )
    del app
    if how != "wait_until":
        os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
