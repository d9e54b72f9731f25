"""The app shell: entry points, the main window, one instance, languages, crash and error dialogs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from fastai_launcher import __version__
from fastai_launcher.core.errors import Cancelled, CapacityError
from fastai_launcher.core.text import QT_TRANSLATE_NOOP, text
from fastai_launcher.ui.app.crash import CrashReporter, install_crash_hooks
from fastai_launcher.ui.app.crash_dialog import CrashDialog
from fastai_launcher.ui.app.main_window import MainWindow
from fastai_launcher.ui.i18n import pick_language
from fastai_launcher.ui.widgets.error_dialog import show_error
from fastai_launcher.ui.wizard.pages.ids import PageId
from fastai_launcher.ui.wizard.wizard import LauncherWizard
from tests.world.children import app_log_text, wait_for
from tests.world.qt import HARMLESS_QT_MESSAGES

SCRIPT = Path(sys.executable).parent / "fastai-launcher"
SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def test_version_is_printed_without_starting_qt():
    probe = (
        "import sys\nfrom fastai_launcher.__main__ import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit as e:\n    code = e.code\n"
        "print('exit', code, 'qt' if 'PySide6.QtWidgets' in sys.modules else 'no-qt')\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.stdout.splitlines() == [f"fastai-launcher {__version__}", "exit 0 no-qt"]
    cli = subprocess.run(
        [sys.executable, "-m", "fastai_launcher", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert cli.returncode == 0 and cli.stdout.strip() == f"fastai-launcher {__version__}"


def test_help_lists_the_options():
    done = subprocess.run([str(SCRIPT), "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert "--lang {ko,en}" in done.stdout and "--version" in done.stdout


def test_start_up_imports_no_aws_or_ssh_library():
    probe = (
        "import sys, fastai_launcher.app\n"
        "print(sorted(m for m in ('boto3', 'botocore', 'paramiko', 'sshtunnel') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr


# Run in the child: what start-up imported when the window showed, then what the window
# shows one event-loop turn later (a new user: the welcome page).
SHOWN_PROBE = """
import json, logging, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def report():
    (window,) = [w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window"]
    page = window.wizard.currentPage()
    print("LATER " + json.dumps([page.objectName(), page.isVisible(), page.title()]), flush=True)
    os._exit(0)

class Shown(logging.Handler):
    def emit(self, record):
        if record.getMessage().startswith("main window shown"):
            ui = "fastai_launcher.ui."
            loaded = sorted(m[len(ui):] for m in sys.modules if m.startswith(ui))
            loaded += [m for m in ("PySide6.QtNetwork",) if m in sys.modules]
            # PySide6 makes a class on first use: the Qt namespace's ~120 enums take 14 ms.
            loaded += ["Qt namespace"] if "Qt" in vars(sys.modules["PySide6.QtCore"]) else []
            print("SHOWN " + json.dumps(loaded), flush=True)
            QTimer.singleShot(0, report)

logging.getLogger("fastai_launcher.ui").addHandler(Shown())
from fastai_launcher.__main__ import main
main(["--lang", "en"])
"""


def test_the_window_shows_its_frame_then_the_first_screen_in_the_next_event_loop_turn(
    isolated_home,
):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SHOWN_PROBE], capture_output=True, text=True, timeout=60, env=env
    )
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert "SHOWN" in lines and "LATER" in lines, done.stdout + done.stderr
    loaded = json.loads(lines["SHOWN"])
    assert "app.main_window" in loaded
    # The wizard, its pages, the home view and the tray come once the window is up.
    later = ("wizard.wizard", "wizard.pages.welcome", "wizard.pages.signin", "home.view")
    # QtNetwork only where Python has no Unix sockets (Windows).
    before = ("tasks", "context", "PySide6.QtNetwork", "Qt namespace")
    for module in (*later, "tray.guard", "tray.tray", *before):
        assert module not in loaded, loaded
    assert json.loads(lines["LATER"]) == ["welcome_page", True, "Welcome"]


@pytest.mark.qt_log_ignore(r"does not support raise\(\)", *HARMLESS_QT_MESSAGES)
def test_the_frame_before_its_first_screen_takes_f5_and_a_second_start(qtbot, launcher_context):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: "refresh" in window.shortcuts)
    window.shortcuts["refresh"].trigger()  # nothing to refresh yet: nothing happens
    window.bring_to_front()
    assert window.isVisible() and not window.filled
    window.fill(launcher_context)
    assert window.filled and window.wizard.isVisible()
    assert window.wizard.currentId() == int(PageId.WELCOME)
    assert window.wizard.currentPage().isVisible()


def test_next_works_on_the_first_screen_before_the_next_page_is_built(qtbot, launcher_context):
    wizard = LauncherWizard(launcher_context)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.page(int(PageId.SIGN_IN)) is None  # built after the window shows
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isVisible() and next_button.isEnabled()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == int(PageId.SIGN_IN)
    assert wizard.currentPage().title() == "Sign in to AWS"


def test_a_wizard_made_in_korean_has_its_buttons_in_korean(qtbot, launcher_context):
    launcher_context.translators.switch("ko")
    wizard = LauncherWizard(launcher_context)
    qtbot.addWidget(wizard)
    wizard.show()
    assert "다음" in wizard.button(QWizard.WizardButton.NextButton).text()
    assert "완료" in wizard.button(QWizard.WizardButton.FinishButton).text()


def test_the_other_pages_are_built_once_the_window_is_up(qtbot, launcher_context):
    wizard = LauncherWizard(launcher_context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: all(wizard.page(int(page)) is not None for page in PageId))
    assert wizard.pageIds() == [int(page) for page in PageId]
    assert wizard.currentId() == int(PageId.WELCOME)


def test_the_app_shows_its_window_and_a_second_start_brings_it_forward(isolated_home):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [str(SCRIPT), "--lang", "en"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        wait_for(lambda: "main window shown" in app_log_text(isolated_home), what="the window")
        assert first.poll() is None
        second = subprocess.run([str(SCRIPT)], env=env, capture_output=True, timeout=60)
        assert second.returncode == 0
        wait_for(
            lambda: "another start asked for this window" in app_log_text(isolated_home),
            what="the first app to hear from the second",
        )
        assert app_log_text(isolated_home).count("starting") == 1  # the second never set up shop
        assert first.poll() is None
        first.send_signal(signal.SIGTERM)
        assert first.wait(30) == 0
        assert "fastai-launcher quit" in app_log_text(isolated_home)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(10)
        for stream in (first.stdout, first.stderr):
            if stream is not None:
                stream.close()


def test_the_language_comes_from_the_command_line_then_the_settings_then_the_system():
    assert pick_language("en", "ko", "ko_KR") == "en"
    assert pick_language(None, "ko", "en_US") == "ko"
    assert pick_language(None, None, "ko_KR.UTF-8") == "ko"
    assert pick_language(None, None, "ko") == "ko"
    assert pick_language(None, None, "de_DE") == "en"
    assert pick_language(None, "fr", "C") == "en"


@pytest.fixture
def main_window(qtbot, launcher_context):
    window = MainWindow(launcher_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_switching_language_retranslates_the_page_and_the_wizard_buttons(
    qtbot, main_window, launcher_context
):
    wizard = main_window.wizard
    assert wizard.currentId() == PageId.WELCOME
    page = wizard.currentPage()
    assert page.title() == "Welcome"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Next >"
    page.findChild(type(page.languages.button(0)), "language_ko").click()
    # Qt delivers QEvent.LanguageChange through the event loop.
    qtbot.waitUntil(lambda: page.title() == "환영합니다")
    assert page.steps_box.title() == "앱이 할 일"
    assert "다음" in wizard.button(QWizard.WizardButton.NextButton).text()
    assert "뒤로" in wizard.button(QWizard.WizardButton.BackButton).text()
    assert "완료" in wizard.button(QWizard.WizardButton.FinishButton).text()
    page.findChild(type(page.languages.button(0)), "language_en").click()
    qtbot.waitUntil(lambda: page.title() == "Welcome")
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Finish"


def test_finishing_the_wizard_shows_the_home_view_instead_of_emptying_the_window(
    qtbot, main_window
):
    # What the Finish button does on the last page (the step pages come before it).
    main_window.wizard.accept()
    assert main_window.isVisible() and main_window.home is not None
    assert main_window.home.isVisible() and not main_window.wizard.isVisible()
    qtbot.waitUntil(lambda: main_window.home.refresh_task.done)


@pytest.fixture
def crash_reporter(qapp):
    reporter = CrashReporter()
    uninstall = install_crash_hooks(reporter)
    yield reporter
    uninstall()
    for dialog in list(reporter.dialogs):
        dialog.close()


@pytest.mark.expect_error_log("uncaught exception|the crash dialog could not be shown")
def test_a_crash_dialog_that_cannot_be_built_is_logged_once_not_looped(
    qtbot, crash_reporter, monkeypatch, caplog
):
    import fastai_launcher.ui.app.crash_dialog as crash_dialog

    def unbuildable(*_args):
        raise RuntimeError("no dialog today")

    monkeypatch.setattr(crash_dialog, "CrashDialog", unbuildable)
    try:
        raise ValueError("the first bug")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    qtbot.wait(300)  # a loop would report again and again meanwhile
    failures = [
        r for r in caplog.records if r.getMessage() == "the crash dialog could not be shown"
    ]
    crashes = [r for r in caplog.records if r.getMessage().startswith("uncaught exception")]
    assert len(failures) == 1 and len(crashes) == 1
    assert crash_reporter.dialogs == []


@pytest.mark.expect_error_log("uncaught exception")
def test_an_uncaught_exception_shows_a_crash_dialog_with_copyable_redacted_details(
    qtbot, crash_reporter
):
    def broken_slot():
        raise RuntimeError(f"while signing in with aws_secret_access_key={SECRET}")

    try:
        broken_slot()
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: len(crash_reporter.dialogs) == 1)
    dialog = crash_reporter.dialogs[0]
    assert isinstance(dialog, CrashDialog) and dialog.isVisible()
    details = dialog.details.text.toPlainText()
    assert "RuntimeError: while signing in" in details and "in broken_slot" in details
    assert f"fastai-launcher {__version__}" in details
    assert SECRET not in details
    assert dialog.details.copy.text() == "Copy details"
    dialog.details.copy.click()
    assert QGuiApplication.clipboard().text() == details


@pytest.mark.expect_error_log("uncaught exception")
def test_an_exception_in_another_thread_is_shown_on_the_gui_thread(qtbot, crash_reporter):
    def worker():
        raise ValueError("the tunnel thread broke")

    thread = threading.Thread(target=worker, name="tunnel")
    thread.start()
    thread.join(5)
    qtbot.waitUntil(lambda: len(crash_reporter.dialogs) == 1)
    details = crash_reporter.dialogs[0].details.text.toPlainText()
    assert "Thread: tunnel" in details and "ValueError: the tunnel thread broke" in details


def test_the_error_dialog_shows_message_and_next_action_but_never_a_cancel(qtbot, qapp):
    error = CapacityError(
        text("Errors", QT_TRANSLATE_NOOP("Errors", "No {kind} machines free."), kind="GPU"),
        text("Errors", QT_TRANSLATE_NOOP("Errors", "Choose another region.")),
    )
    dialog = show_error(None, error, "details here")
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.message.text() == "No GPU machines free."
    assert dialog.next_action.text() == "Choose another region."
    assert dialog.details.text.toPlainText() == "details here"
    assert show_error(None, Cancelled()) is None
