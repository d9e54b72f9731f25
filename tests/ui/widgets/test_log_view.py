"""The live log follows its end while the reader is there, and stays put once they scroll up."""

from __future__ import annotations

from fastai_launcher.ui.widgets.log_view import LogView

LONG = "Requirement already satisfied: {n} in /opt/pytorch/lib/python3.11/site-packages (1.0)"


def show_log(qtbot) -> LogView:
    log = LogView()
    qtbot.addWidget(log)
    log.resize(400, 200)
    log.show()
    qtbot.waitExposed(log)
    return log


def at_end(log: LogView) -> bool:
    bar = log.verticalScrollBar()
    return bar.maximum() > 0 and bar.value() == bar.maximum()


def test_a_burst_of_long_lines_leaves_the_log_at_its_last_line(qtbot, qapp) -> None:
    log = show_log(qtbot)
    for n in range(5):
        log.append_line(f"line {n}")
    qapp.processEvents()
    # Lines arrive in a burst (queued from the task's thread); the first long one
    # brings the horizontal scroll bar, which shortens the view after the burst.
    for n in range(100):
        log.append_line(LONG.format(n=n))
    qapp.processEvents()
    assert log.horizontalScrollBar().isVisible()
    assert at_end(log), (log.verticalScrollBar().value(), log.verticalScrollBar().maximum())
    log.append_line("### fastai-launcher finished: exit code 0")
    qapp.processEvents()
    assert at_end(log)


def test_a_reader_who_scrolled_up_is_left_where_they_are(qtbot, qapp) -> None:
    log = show_log(qtbot)
    for n in range(100):
        log.append_line(LONG.format(n=n))
    qapp.processEvents()
    log.verticalScrollBar().setValue(10)  # reading an earlier line
    for n in range(50):
        log.append_line(f"more {n}")
    qapp.processEvents()
    assert log.verticalScrollBar().value() == 10
    log.verticalScrollBar().setValue(log.verticalScrollBar().maximum())  # back at the end
    log.append_line("last")
    qapp.processEvents()
    assert at_end(log)
