"""Child: 20,000 progress reports of one task through the app's `TaskRunner` (a
long install log), then a clean quit: the event loop ends, the runner shuts down
and the interpreter finishes normally (where a lost reference aborts it)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from fastai_launcher.core.task import TaskContext
from fastai_launcher.core.text import text
from fastai_launcher.ui.tasks import TaskRunner
from tests.endurance.harness import counts, report, start


def main(reports: int) -> None:
    app, _logs = start()
    runner = TaskRunner(app)
    seen: list[int] = []
    results: list[int] = []

    def task(ctx: TaskContext) -> int:
        for number in range(1, reports + 1):
            ctx.progress(text("Endurance", "log line {number}", number=number), number, reports)
        return reports

    before = counts()
    runner.run(
        task,
        on_progress=lambda _step, done, _total: seen.append(done),
        on_result=results.append,
        on_error=lambda error: sys.stderr.write(f"the task failed: {error}\n"),
        on_finished=app.quit,
        name="endurance",
    )
    QTimer.singleShot(600_000, app.quit)  # a safety net: the parent's timeout says more
    code = app.exec()
    shut = runner.shutdown(10)
    after = counts()
    report(
        code=code,
        shut_down=shut,
        reports=len(seen),
        in_order=seen == list(range(1, reports + 1)),
        result=results,
        before=before,
        after=after,
    )


if __name__ == "__main__":
    main(int(sys.argv[1]))
