"""The app's garbage collection happens on the GUI thread, driven by its timer."""

import gc
import threading
import weakref

from fastai_launcher.ui.app.collector import GuiThreadCollector


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_cycles_are_freed_by_the_timer_on_the_gui_thread_only(qtbot):
    threads: list[str] = []

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    collector = GuiThreadCollector(interval_ms=10)
    gc.callbacks.append(note)
    try:
        assert not gc.isenabled()  # no collection in whichever thread allocates
        nodes = [Node() for _ in range(2000)]  # past the youngest generation's threshold
        watched = weakref.ref(nodes[0])
        del nodes
        assert watched() is not None  # nothing collects it by itself
        qtbot.waitUntil(lambda: watched() is None, timeout=5000)
        assert threads and set(threads) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(note)
        collector.stop()
        gc.disable()  # the test world keeps automatic collection off, as the app does
