"""The express panel: **Set up and open Jupyter** with the choices beside it.

Shown on the sign-in page once the credentials are valid and on the welcome
page for a returning user.  It starts the app's one `ExpressRun`
(`ui/wizard/express_run.py`): every remaining step of the guide with the region,
instance type, course and idle auto-stop shown here, the wizard moving
through its pages as it goes, and the browser opened at the end.  Every panel
shows the same run: its step, the quota wait, Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.money import usd
from ...flow import Workspace
from ...flow.install import SANDBOX, default_recipe, offered_recipes
from ...flow.runs import ExpressOptions
from ..context import AppContext
from ..i18n import RetranslateMixin, translate
from ..widgets.progress_words import progress_words
from ..widgets.step_page import label
from .express_run import ExpressRun, express_run

if TYPE_CHECKING:
    from ...flow.runs import ExpressChoices  # the flow's steps: imported when a run starts

__all__ = ["ExpressPanel", "returning_user"]


def returning_user(ws: Workspace) -> bool:
    """Someone signed in now, or whose way in (a profile or a key id) or instance is saved."""
    progress = ws.progress
    return ws.signed_in or bool(progress.profile or progress.access_key_id or progress.instance_id)


def _recipe_title(recipe_id: str) -> str:
    # The install page's titles, under its context: one translation for both.
    titles = {
        "course-v3": QCoreApplication.translate(
            "InstallPage", "course-v3: the guide's course (fastai v1)"
        ),
        "fastbook": QCoreApplication.translate(
            "InstallPage", "fastbook: the current course (fastai v2)"
        ),
        SANDBOX: QCoreApplication.translate(
            "InstallPage", "sandbox: the test world's stand-in (no downloads)"
        ),
    }
    return titles.get(recipe_id, recipe_id)


class ExpressPanel(RetranslateMixin, QGroupBox):
    """`ready()` says whether the panel belongs on its page now (re-asked on `refresh`).

    `own_region`: a region list of its own; False where the page chooses the region
    itself (the sign-in page) and the panel only names it.
    """

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        ready: Callable[[], bool],
        own_region: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("express_panel")
        self.context = context
        self.ws = context.flow
        self.run: ExpressRun = express_run(context)
        self.ready = ready
        self.own_region = own_region
        self.intro = label(self, "express_intro")
        self.region = QComboBox(self)
        self.region.setObjectName("express_region")
        self.region.activated.connect(self._region_chosen)
        self.region.setVisible(own_region)
        self.region_name = label(self, "express_region_name")
        self.region_name.setVisible(not own_region)
        self.region_label = QLabel(self)
        self.region_label.setBuddy(self.region if own_region else self.region_name)
        self.instance_type = QComboBox(self)
        self.instance_type.setObjectName("express_instance_type")
        self.type_label = QLabel(self)
        self.type_label.setBuddy(self.instance_type)
        self.recipe = QComboBox(self)
        self.recipe.setObjectName("express_recipe")
        for recipe_id in offered_recipes(self.ws):
            self.recipe.addItem("", recipe_id)
        self.recipe.setCurrentIndex(max(0, self.recipe.findData(default_recipe(self.ws))))
        self.recipe_label = QLabel(self)
        self.recipe_label.setBuddy(self.recipe)
        self.autostop = QCheckBox(self)
        self.autostop.setObjectName("express_autostop")
        self.autostop.setChecked(context.settings.autostop_enabled)
        form = QFormLayout()
        region_row = QHBoxLayout()
        region_row.addWidget(self.region, 1)
        region_row.addWidget(self.region_name, 1)
        form.addRow(self.region_label, region_row)
        form.addRow(self.type_label, self.instance_type)
        form.addRow(self.recipe_label, self.recipe)
        form.addRow(self.autostop)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("express_start")
        self.start_button.clicked.connect(self.start)
        bold = self.start_button.font()
        bold.setBold(True)
        self.start_button.setFont(bold)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("express_cancel")
        self.cancel_button.clicked.connect(self.run.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self.status = label(self, "express_status")
        # One small choice after sign-in: everything with these choices, or step by
        # step (Next); the choices themselves are folded until asked for.
        self.summary = label(self, "express_summary")
        self.choices_toggle = QToolButton(self)
        self.choices_toggle.setObjectName("express_choices_toggle")
        self.choices_toggle.setCheckable(True)
        self.choices_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.choices_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.choices_toggle.toggled.connect(self._fold_choices)
        self.choices_box = QWidget(self)
        self.choices_box.setLayout(form)
        self.choices_box.hide()
        self.step_by_step = label(self, "express_step_by_step")
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addLayout(buttons)
        column.addWidget(self.summary)
        column.addWidget(self.choices_toggle)
        column.addWidget(self.choices_box)
        column.addWidget(self.status)
        column.addWidget(self.step_by_step)
        self._options: ExpressOptions | None = None
        self.run.changed.connect(self.refresh)
        if parent is not None:
            parent.installEventFilter(self)  # shown with the page: time to look up the choices
        self.hide()
        self.retranslate()

    @property
    def jupyter_url(self) -> str | None:
        """The URL the last run opened in the browser (token included; memory only)."""
        return self.run.jupyter_url

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Show:
            self.refresh()
        return False

    # The run.

    def choices(self) -> ExpressChoices:
        """What the panel shows; None for what it has not found yet (the saved one is kept)."""
        from ...flow.runs import ExpressChoices

        region = str(self.region.currentData() or "") if self.own_region else ""
        return ExpressChoices(
            region=region or None,
            instance_type=str(self.instance_type.currentData() or "") or None,
            recipe=str(self.recipe.currentData() or "") or None,
            autostop=self.autostop.isChecked(),
        )

    def start(self) -> None:
        self.run.start(self.choices())

    def _region_chosen(self, index: int) -> None:
        code = str(self.region.itemData(index) or "")
        if code and code != self.ws.progress.region:
            self.run.look_up(code)

    # What the panel shows.

    def refresh(self) -> None:
        if not self.ready():
            self.hide()
            return
        if self.isHidden():
            self.show()
            QTimer.singleShot(0, self, self._scroll_into_view)  # once laid out
        run = self.run
        parent = self.parentWidget()
        page_shown = parent is None or parent.isVisible()
        stale = run.options is not None and run.options.region != self.ws.progress.region
        wanted = (run.options is None and run.options_error is None) or stale
        if page_shown and wanted and not run.looking_up and not run.running:
            run.look_up()
        if run.options is not self._options and run.options is not None:
            self._show_options(run.options)
        running = run.running
        for widget in (self.region, self.instance_type, self.recipe, self.autostop):
            widget.setEnabled(not running and not run.looking_up)
        # Only with every choice known: right after sign-in the lists are still empty.
        known = run.options is not None and not run.looking_up and not stale
        self.start_button.setEnabled(not running and known)
        self.cancel_button.setVisible(running)
        self._describe()

    def _fold_choices(self, open_: bool) -> None:
        self.choices_box.setVisible(open_)
        self.choices_toggle.setArrowType(
            Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow
        )

    def _scroll_into_view(self) -> None:
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QScrollArea):
            widget = widget.parentWidget()
        if widget is not None:
            widget.ensureWidgetVisible(self, 0, 0)

    def _show_options(self, options: ExpressOptions) -> None:
        self._options = options
        self.region.clear()
        for region in options.regions:
            self.region.addItem("", region.code)
        self._select(self.region, options.region)
        self.instance_type.clear()
        for offer in options.offers:
            self.instance_type.addItem("", offer.name)
        self._select(self.instance_type, options.instance_type)
        self._name_items()

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index < 0 and value:
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(0, index))

    def _name_items(self) -> None:
        options = self._options
        names = {r.code: r.name.render(translate) for r in options.regions} if options else {}
        for index in range(self.region.count()):
            code = str(self.region.itemData(index))
            self.region.setItemText(index, f"{names[code]} ({code})" if code in names else code)
        region = self.ws.progress.region or ""
        if region in names:
            self.region_name.setText(
                self.tr("{region}, as chosen above").format(region=f"{names[region]} ({region})")
            )
        else:
            self.region_name.setText(self.tr("Looking up the regions and GPU types…"))
        offers = {offer.name: offer for offer in options.offers} if options else {}
        for index in range(self.instance_type.count()):
            name = str(self.instance_type.itemData(index))
            offer = offers.get(name)
            if offer is None:
                self.instance_type.setItemText(index, name)
                continue
            gpu = offer.gpu
            price = (
                self.tr("{price} an hour").format(price=usd(offer.price.hourly_usd))
                if offer.price
                else self.tr("price unknown")
            )
            self.instance_type.setItemText(
                index, f"{name} — {gpu.gpu_count} × {gpu.gpu_model}, {price}"
            )
        for index in range(self.recipe.count()):
            self.recipe.setItemText(index, _recipe_title(str(self.recipe.itemData(index))))

    def _describe(self) -> None:
        run = self.run
        lines: list[str] = []
        if run.request is not None and (run.running or run.request.approved):
            lines.append(run.request.describe().render(translate))
        if run.running:
            lines.append(
                progress_words(run.status) if run.status is not None else self.tr("Starting…")
            )
        elif run.status is not None:
            lines.append(progress_words(run.status))  # why the last run stopped
        elif run.jupyter_url:
            lines.append(
                self.tr(
                    "Jupyter is open in your browser. Press the button again to reconnect "
                    "and open it again: nothing is set up twice."
                )
            )
        elif run.options_error is not None:
            lines.append(run.options_error.message.render(translate))
            lines.append(run.options_error.next_action.render(translate))
        elif run.looking_up:
            lines.append(self.tr("Looking up the regions and prices…"))
        self.status.setText("\n".join(lines))
        self.status.setVisible(bool(lines))
        self.summary.setText(self._summary())

    def _summary(self) -> str:
        """The choices in one line (folded below)."""
        if self._options is None:
            return ""
        parts = [
            self.instance_type.currentText() or str(self.instance_type.currentData() or ""),
            self.recipe.currentText(),
            self.autostop.text() if self.autostop.isChecked() else self.tr("no idle auto-stop"),
        ]
        return self.tr("With: {choices}").format(choices="; ".join(p for p in parts if p))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Set everything up for me"))
        self.intro.setText(
            self.tr(
                "The app does every remaining step: asks for the GPU quota if needed, makes "
                "the key, launches, connects, installs the course and opens Jupyter in your "
                "browser. You can follow it page by page and cancel at any time."
            )
        )
        self.choices_toggle.setText(self.tr("C&hange the choices"))
        self.step_by_step.setText(
            self.tr("Prefer to go step by step? Press Next: one page for each step of the guide.")
        )
        self.region_label.setText(self.tr("Region"))
        self.region.setAccessibleName(self.tr("AWS region"))
        self.type_label.setText(self.tr("&Instance type"))
        self.instance_type.setAccessibleName(self.tr("Instance type and price per hour"))
        self.recipe_label.setText(self.tr("C&ourse"))
        self.recipe.setAccessibleName(self.tr("Course to install"))
        self.autostop.setText(
            self.tr(
                "Stop it by itself after %n idle minute(s)",
                "",
                self.context.settings.autostop_minutes,
            )
        )
        self.start_button.setText(self.tr("Set &up and open Jupyter"))
        self.start_button.setAccessibleName(
            self.tr("Set up everything that is left and open Jupyter")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the setup"))
        self._name_items()
        self._describe()
