"""`python -m tests.world.sandbox --screenshots DIR`: every wizard page and the home
view, in English and Korean, light and dark, at 1x and 2x, taken from the real app.

The pictures must show the product, not the test world: each scale runs in a
child process inside `tests.world.showroom`'s namespaces (a student's home,
an instance reached at its AWS address as `ubuntu`, the fastbook course, the
browser sign-in as an IAM user).  Each language of each set gets a fresh
world (`tests.world.start_world`) and a fresh app built as `app.py` builds
it (shorter waits); `tests.world.wizard_driver` goes through the guide as a
user would, and each page is photographed once it shows its result.  Beside
each PNG, a `.txt` holds every string the screen shows, in reading order, for
review and translation.  An Xvfb server is started for each child, so real
fonts and the platform's style are used.

The sets are folders of DIR: `light-1x` (the README's), `dark-1x`, `light-2x`,
`dark-2x`.  Dark is the palette a dark desktop theme gives (Qt's xcb platform
without a desktop reports none).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

    from tests.world.showroom import Showroom

#: name -> (dark, scale)
SETS = {
    "light-1x": (False, 1),
    "dark-1x": (True, 1),
    "light-2x": (False, 2),
    "dark-2x": (True, 2),
}
README_SET = "light-1x"
NAMES = {
    0: "1-welcome",
    10: "2-sign-in",
    20: "3-quota",
    30: "4-key",
    40: "5-launch",
    50: "6-connect",
    60: "7-install",
    70: "8-stop",
    -1: "9-home",
}
#: The region each language's student signs in to: the one the welcome page suggests
#: and prices for that language.
REGIONS = {"en": "us-west-2", "ko": "ap-northeast-2"}
SCREENS = ("1-welcome", "2-sign-in", "3-quota", "4-key", "5-launch", "6-connect",
           "7-install", "8-stop", "9-home", "9-home-running")  # fmt: skip


@contextlib.contextmanager
def display(scale: int) -> Iterator[None]:
    """A new Xvfb server on a free number, large enough for the window at `scale`."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SystemExit("Xvfb is needed for screenshots: apt-get install xvfb")
    number = next(
        n
        for n in range(90, 400)
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists()
    )
    size = f"{1280 * scale}x{860 * scale}x24"
    server = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", size, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"Xvfb :{number} did not start")
            time.sleep(0.05)
        os.environ["DISPLAY"] = f":{number}"
        yield
    finally:
        os.environ.pop("DISPLAY", None)
        server.terminate()
        server.wait(10)


def dark_palette() -> QPalette:
    """A dark desktop theme's palette (the colours of KDE's Breeze Dark)."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202326",
        QPalette.ColorRole.WindowText: "#fcfcfc",
        QPalette.ColorRole.Base: "#141618",
        QPalette.ColorRole.AlternateBase: "#1d1f22",
        QPalette.ColorRole.ToolTipBase: "#292c30",
        QPalette.ColorRole.ToolTipText: "#fcfcfc",
        QPalette.ColorRole.PlaceholderText: "#a1a9b1",
        QPalette.ColorRole.Text: "#fcfcfc",
        QPalette.ColorRole.Button: "#292c30",
        QPalette.ColorRole.ButtonText: "#fcfcfc",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: "#40464c",
        QPalette.ColorRole.Midlight: "#33373c",
        QPalette.ColorRole.Mid: "#1f2225",
        QPalette.ColorRole.Dark: "#0f1012",
        QPalette.ColorRole.Shadow: "#070808",
        QPalette.ColorRole.Highlight: "#3daee9",
        QPalette.ColorRole.HighlightedText: "#fcfcfc",
        QPalette.ColorRole.Link: "#1d99f3",
        QPalette.ColorRole.LinkVisited: "#9b59b6",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):  # fmt: skip
        palette.setColor(disabled, role, QColor("#6e7175"))
    return palette


def _lines(text: str) -> str:
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _label_text(label: QLabel) -> str:
    """A label's text as shown: rich text as its plain text."""
    from PySide6.QtGui import Qt, QTextDocument  # QtGui's Qt has mightBeRichText

    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    )
    if not rich:  # a label with a buddy shows its mnemonic underlined, not as "&"
        return _without_mnemonic(text) if label.buddy() is not None else text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _without_mnemonic(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)


def _rows(view: QAbstractItemView) -> list[str]:
    """A list's or a table's rows, a table's header first, its cells joined by " | "."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    model = view.model()
    display = Qt.ItemDataRole.DisplayRole
    columns = [c for c in range(model.columnCount())
               if not (isinstance(view, QTableView) and view.isColumnHidden(c))]  # fmt: skip
    rows = []
    if isinstance(view, QTableView) and view.horizontalHeader().isVisible():
        rows.append(" | ".join(str(model.headerData(c, Qt.Orientation.Horizontal, display) or "")
                               for c in columns))  # fmt: skip
    for row in range(model.rowCount()):
        rows.append(" | ".join(str(model.index(row, c).data(display) or "") for c in columns))
    return rows


def visible_texts(window: QWidget) -> list[str]:
    """Every string the window shows, top to bottom then left to right."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTabBar,
        QTextEdit,
        QWidget,
    )

    found: list[tuple[int, int, int, str]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.visibleRegion().isEmpty():
            continue
        texts: list[str] = []
        if isinstance(widget, QLabel):
            texts.append(_label_text(widget))
        elif isinstance(widget, QAbstractButton):
            texts.append(_without_mnemonic(widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append(_without_mnemonic(widget.title()))
        elif isinstance(widget, QLineEdit):
            texts.append(widget.text() or widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _rows(widget)
        corner = widget.mapTo(window, QPoint(0, 0))
        found += [(corner.y(), corner.x(), n, _lines(t)) for n, t in enumerate(texts) if _lines(t)]
    found.sort()  # a widget's own texts keep their order
    return [window.windowTitle(), *(text for _y, _x, _n, text in found)]


def shoot_language(out: Path, language: str, room: Showroom) -> list[Path]:
    """Go through the guide in `language` in a fresh world; the PNGs written."""
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QScrollArea

    from fastai_launcher.app import price_provider
    from fastai_launcher.core import state
    from fastai_launcher.core.paths import default_paths
    from fastai_launcher.core.state import SavedProgress, Settings
    from fastai_launcher.flow import Workspace
    from fastai_launcher.ui.app.main_window import MainWindow
    from fastai_launcher.ui.context import AppContext
    from fastai_launcher.ui.i18n import Translators
    from fastai_launcher.ui.tasks import TaskRunner
    from fastai_launcher.ui.wizard.pages.ids import PageId
    from tests.world import start_world
    from tests.world.app_world import FAST, UrlCatcher
    from tests.world.standalone import GPU_QUOTA
    from tests.world.waiting import process_pending, pump_for, wait_until
    from tests.world.wizard_driver import HOME, WizardDriver

    written: list[Path] = []
    room.reset()
    with start_world(
        quota=0,
        approve_quota_after=None,
        region=REGIONS[language],
        instance=room.instance,
        home=room.home,
    ) as world:
        # moto's state lives in this process: a previous language's instance is gone now.
        world.aws.reset()
        world.aws.boot_on(world.sshd)
        world.aws.set_quota(GPU_QUOTA, 0)
        paths = default_paths().ensure()  # in the student's home
        progress = state.load(SavedProgress, paths.state_file)
        settings = state.load(Settings, paths.settings_file)
        settings.language = language
        translators = Translators()
        translators.switch(language)
        runner = TaskRunner()
        workspace = Workspace(paths, progress, settings, timing=FAST)
        context = AppContext(
            paths, settings, progress, runner, translators, price_provider(), workspace
        )
        browser = UrlCatcher()  # the world's browser: it signs in on AWS's page
        browser.signs_in_as = "student"  # an IAM user with the app's policy
        for scheme in ("http", "https", "file"):
            QDesktopServices.setUrlHandler(scheme, browser, "open")
        window = MainWindow(context)
        window.show()

        def shoot(page_id: int, suffix: str = "") -> None:
            # Each page from its top; let it lay out and paint its last result first.
            for area in window.findChildren(QScrollArea):
                area.verticalScrollBar().setValue(0)
            pump_for(300)
            path = out / f"{language}-{NAMES[page_id]}{suffix}.png"
            if not window.grab().save(str(path)):
                raise SystemExit(f"could not write {path}")
            path.with_suffix(".txt").write_text(
                "\n".join(visible_texts(window)) + "\n", encoding="utf-8"
            )
            written.append(path)
            print("wrote", path, flush=True)

        run = WizardDriver(window, world.aws, on_page=shoot)
        try:
            run.welcome()
            page = run.next(PageId.SIGN_IN)
            run.settle(page)
            page.region.setCurrentIndex(page.region.findData(world.aws.region))
            run.click(page.browser_button)
            run.until(page.isComplete, 30_000)
            shoot(PageId.SIGN_IN)
            run.quota()
            run.key()
            run.launch()
            run.connect()
            run.install("fastbook")
            run.stop()
            run.finish()
            assert workspace.progress.instance_id is not None
            world.sshd.play_nvidia_smi("37, 3174, 15360\n")  # a T4 while training
            run.open_from_home(workspace.progress.instance_id)
            home = window.home
            assert home is not None
            home.gpu.poll()  # at once, not 30 s later
            card = home.cards[workspace.progress.instance_id]
            wait_until(lambda: bool(card.values["gpu"].text()), 30_000)
            shoot(HOME, "-running")
        finally:
            window.close()
            runner.shutdown(30)
            workspace.close()
            translators.remove()
            for scheme in ("http", "https", "file"):
                QDesktopServices.unsetUrlHandler(scheme)
            window.deleteLater()
            process_pending()
    return written


def take_screenshots(
    out: Path, languages: Sequence[str] = ("en", "ko"), sets: Sequence[str] = tuple(SETS)
) -> list[Path]:
    """Every set in `sets` (see SETS), a child process in the showroom for each scale."""
    for scale in sorted({SETS[name][1] for name in sets}):
        names = [name for name in sets if SETS[name][1] == scale]
        argv = ["-m", "tests.world.screenshots", str(out),
                "--lang", ",".join(languages), "--sets", ",".join(names)]  # fmt: skip
        from tests.world.showroom import run_inside

        if run_inside(argv, {"QT_SCALE_FACTOR": str(scale)}) != 0:
            raise SystemExit(f"the screenshots at {scale}x failed")
    return sorted(path for name in sets for path in (out / name).glob("*.png"))


def shoot_sets(out: Path, languages: Sequence[str], sets: Sequence[str]) -> None:
    """In the showroom's namespaces: the sets of one scale (QT_SCALE_FACTOR)."""
    from tests.world.showroom import showroom

    scale = int(os.environ.get("QT_SCALE_FACTOR", "1"))
    with display(scale), showroom() as room:
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(["fastai-launcher-screenshots"])
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(False)
        light = app.palette()
        for name in sets:
            app.setPalette(dark_palette() if SETS[name][0] else light)
            (out / name).mkdir(parents=True, exist_ok=True)
            for language in languages:
                shoot_language(out / name, language, room)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.world.screenshots")
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="en,ko")
    parser.add_argument("--sets", default=",".join(SETS))
    args = parser.parse_args(argv)
    shoot_sets(args.out, args.lang.split(","), args.sets.split(","))
    return 0


if __name__ == "__main__":
    sys.exit(main())
