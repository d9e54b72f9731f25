"""`Step.INSTALL`: install the course on the instance (live log, re-attached after a
dropped connection) and open Jupyter in the browser with one click."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QPushButton, QWidget

from ....flow.install import SANDBOX, install_recipe, offered_recipes
from ....flow.instances import work_folder
from ....flow.jupyter import ensure_jupyter
from ...context import AppContext
from ...widgets.browser import open_jupyter_in_browser
from ...widgets.log_view import LineRelay, LogView
from ...widgets.step_page import StepPage, label


class InstallPage(StepPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("install_page")
        self.intro = label(self.body, "intro")
        self.recipe = QComboBox(self.body)
        self.recipe.setObjectName("recipe")
        for recipe_id in offered_recipes(self.ws):
            self.recipe.addItem("", recipe_id)
        self.recipe.setCurrentIndex(max(0, self.recipe.findData(context.progress.recipe)))
        self.recipe_label = label(self.body, "recipe_label")
        self.recipe_label.setBuddy(self.recipe)
        form = QFormLayout()
        form.addRow(self.recipe_label, self.recipe)
        self.install_button = QPushButton(self.body)
        self.install_button.setObjectName("install")
        self.install_button.clicked.connect(self.install)
        self.open_button = QPushButton(self.body)
        self.open_button.setObjectName("open_jupyter")
        self.open_button.clicked.connect(self.open_jupyter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.install_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.status = label(self.body, "install_status")
        self.work = label(self.body, "work")
        self.log = LogView(self.body)
        self.relay = LineRelay(self)
        self.relay.line.connect(self.log.append_line)
        self.column.addWidget(self.intro)
        self.column.addLayout(form)
        self.column.addLayout(buttons)
        self.column.addWidget(self.status)
        self.column.addWidget(self.work)
        self.column.addWidget(self.log, 1)
        self.jupyter_url: str | None = None
        self.retranslate()

    def initializePage(self) -> None:
        self._describe()

    def install(self) -> None:
        job = partial(
            install_recipe, recipe_id=str(self.recipe.currentData()), on_line=self.relay.send
        )
        self.log.clear()
        self.install_button.setEnabled(False)
        self.run_step(job, lambda _status: None, name="install")

    def open_jupyter(self) -> None:
        self.open_button.setEnabled(False)
        self.run_step(ensure_jupyter, self._jupyter_ready, name="jupyter")

    def _jupyter_ready(self, url: str) -> None:
        self.jupyter_url = url  # with the token: memory only, never logged
        open_jupyter_in_browser(self.ws, url)

    def after_task(self) -> None:
        self._describe()

    def isComplete(self) -> bool:
        return not self.busy and self.ws.progress.setup_done

    def _describe(self) -> None:
        done = self.ws.progress.setup_done
        busy = self.busy
        self.install_button.setEnabled(not busy)
        self.open_button.setEnabled(done and not busy)
        self.recipe.setEnabled(not busy)
        self.install_button.setText(
            self.tr("&Update the course")
            if done
            else self.tr("&Install (or resume the installation)")
        )
        if busy:
            self.status.setText(
                self.tr(
                    "Installing on the instance. If the connection drops, the installation goes "
                    "on there and the app picks it up again."
                )
            )
        elif done:
            self.status.setText(self.tr("Installed. Open Jupyter to start working."))
        else:
            self.status.setText(self.tr("Not installed yet."))
        self.work.setText(
            self.tr(
                "Your notebooks will be on the instance's disk, in {folder} (and "
                "~/my-work): they stay there while it is stopped, but a running kernel's "
                "variables are lost when it stops. Download them from the home screen."
            ).format(folder=work_folder(self.ws))
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Install fastai and open Jupyter"))
        self.setSubTitle(self.tr("Step 6 of the guide: the course on your instance."))
        self.intro.setText(
            self.tr(
                "The app gets the course's notebooks and installs fastai on the instance, "
                "then starts Jupyter there and opens it in your browser through the tunnel."
            )
        )
        self.recipe_label.setText(self.tr("&Course"))
        titles = {
            "course-v3": self.tr("course-v3: the guide's course (fastai v1)"),
            "fastbook": self.tr("fastbook: the current course (fastai v2)"),
            SANDBOX: self.tr("sandbox: the test world's stand-in (no downloads)"),
        }
        for index in range(self.recipe.count()):
            recipe_id = str(self.recipe.itemData(index))
            self.recipe.setItemText(index, titles.get(recipe_id, recipe_id))
        self.open_button.setText(self.tr("&Open Jupyter"))
        self.open_button.setAccessibleName(self.tr("Open Jupyter in the browser"))
        self.log.setAccessibleName(self.tr("Installation log"))
        self._describe()
