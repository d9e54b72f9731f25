"""The first page: what the app does, what it costs, and the language."""

from __future__ import annotations

import html
import logging
from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ....core.errors import LauncherError
from ....core.money import PriceQuote, cost_of_running, usd
from ....core.text import QT_TRANSLATE_NOOP, Text, text
from ....flow.instances import RegionPrice, suggested_price
from ...context import AppContext
from ...i18n import LANGUAGES, RetranslateMixin, translate
from ...tasks import TaskHandle
from ..express import ExpressPanel, returning_user

log = logging.getLogger("fastai_launcher.ui")

LESSON_HOURS = 3  # one lesson with its notebooks, as a cost example
#: Each language in its own words, with a mnemonic; shown untranslated so anyone finds theirs.
LANGUAGE_CHOICES = {"ko": "한국어(&K)", "en": "&English"}


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(True)
    return label


class WelcomePage(RetranslateMixin, QWizardPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_page")
        self.context = context
        body = QWidget(self)
        self.intro = _label(body, "intro")
        self.steps_box = QGroupBox(body)
        self.steps = _label(self.steps_box, "steps")
        QVBoxLayout(self.steps_box).addWidget(self.steps)
        self.cost_box = QGroupBox(body)
        self.cost = _label(self.cost_box, "cost")
        self.stop_note = _label(self.cost_box, "stop_note")
        cost_layout = QVBoxLayout(self.cost_box)
        cost_layout.addWidget(self.cost)
        cost_layout.addWidget(self.stop_note)
        self.language_box = QGroupBox("언어 · Language", body)  # both, so anyone finds it
        self.languages = QButtonGroup(self)
        language_row = QHBoxLayout(self.language_box)
        for index, language in enumerate(LANGUAGES):
            button = QRadioButton(LANGUAGE_CHOICES[language], self.language_box)
            button.setObjectName(f"language_{language}")
            button.setChecked(language == context.translators.language)
            self.languages.addButton(button, index)
            language_row.addWidget(button)
        language_row.addStretch(1)
        self.languages.idClicked.connect(lambda index: context.set_language(LANGUAGES[index]))

        # A returning user may go straight on: "Set up and open Jupyter" (ui/wizard/express.py).
        self.express = ExpressPanel(context, body, ready=lambda: returning_user(context.flow))
        column = QVBoxLayout(body)
        for widget in (self.intro, self.express, self.steps_box, self.cost_box, self.language_box):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.quote: PriceQuote | LauncherError | None = None
        self.region_name: Text | None = None  # the suggested region's, once looked up
        self.price_task: TaskHandle[RegionPrice] | None = None
        self.price_pending = context.price_quote is not None
        self.retranslate()
        # After the window is up: the lookup may import boto3, which start-up must not wait for.
        QTimer.singleShot(0, self, self._look_up_price)

    def _look_up_price(self) -> None:
        provider = self.context.price_quote
        if provider is None:
            return
        self.price_task = self.context.runner.run(
            partial(
                suggested_price,
                self.context.flow,
                price=provider,
                language=self.context.translators.language,
            ),
            on_result=self._show_region_price,
            on_error=self._show_quote,
            timeout=60,
            owner=self,
            name="price",
        )

    def _show_region_price(self, found: RegionPrice) -> None:
        self.region_name = found.region_name
        self._show_quote(found.quote)

    def _show_quote(self, quote: PriceQuote | LauncherError | None) -> None:
        if isinstance(quote, LauncherError):
            log.warning("no price shown: %s", quote)
        self.quote = quote
        self.price_pending = False
        self.cost.setText(self._cost_text())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(
            self.tr("Your own GPU machine on AWS for the fast.ai course, step by step.")
        )
        self.intro.setText(
            self.tr(
                "This app does the steps of the course's “AWS EC2” guide for you, so you "
                "do not need the AWS web console or a terminal. You can stop and come "
                "back later: it remembers where you were."
            )
        )
        self.steps_box.setTitle(self.tr("What it will do"))
        steps = [
            self.tr("Show you what the GPU machine costs (below)."),
            self.tr("Sign in to your AWS account in your browser, as on the AWS website."),
            self.tr(
                "Ask AWS to let your account use a GPU machine. New accounts start at zero; "
                "the answer can take from minutes to a day or two."
            ),
            self.tr(
                "Make an SSH key: the lock that lets only your computer log in to the machine."
            ),
            self.tr("Start the GPU machine (an “instance”) with Amazon's Deep Learning software."),
            self.tr("Connect to it securely and install fastai and the course notebooks."),
            self.tr("Open Jupyter in your browser, running on the GPU machine."),
            self.tr("Stop the machine when you are done, so you stop paying for it."),
        ]
        self.steps.setText(
            "<ol>" + "".join(f"<li>{html.escape(step)}</li>" for step in steps) + "</ol>"
        )
        self.cost_box.setTitle(self.tr("What it will cost"))
        self.cost.setText(self._cost_text())
        self.stop_note.setText(
            "<p><b>{}</b> {}</p>".format(
                html.escape(self.tr("Stop, never terminate.")),
                html.escape(
                    self.tr(
                        "Stopping keeps the disk, so it costs only storage; terminating "
                        "deletes everything. This app only ever stops your machine: it "
                        "never terminates it."
                    )
                ),
            )
        )

    def _region_words(self, code: str) -> str:
        name = self.region_name
        return f"{name.render(translate)} ({code})" if name is not None else code

    def _cost_text(self) -> str:
        quote = self.quote
        if quote is None and self.price_pending:
            return "<p>{}</p>".format(html.escape(self.tr("Looking up the current price…")))
        if not isinstance(quote, PriceQuote):
            reason = quote.message.render(translate) if isinstance(quote, LauncherError) else ""
            unknown = self.tr(
                "The current price could not be looked up here. AWS lists it at "
                "<a href='https://aws.amazon.com/ec2/pricing/on-demand/'>aws.amazon.com/ec2/pricing</a>."
            )
            return (
                f"<p>{html.escape(reason)}</p><p>{unknown}</p>" if reason else f"<p>{unknown}</p>"
            )
        running = text(
            "WelcomePage",
            QT_TRANSLATE_NOOP(
                "WelcomePage",
                "While it runs, a {instance_type} machine with a {volume_gb} GB disk in "
                "{region} costs about <b>{hourly} an hour</b>: a {lesson_hours}-hour lesson "
                "about {lesson}. Forgotten for a day, it costs {day}.",
            ),
            instance_type=html.escape(quote.instance_type),
            volume_gb=quote.volume_gb,
            region=html.escape(self._region_words(quote.region)),
            hourly=usd(quote.running_hourly_usd),
            lesson_hours=LESSON_HOURS,
            lesson=usd(cost_of_running(quote.running_hourly_usd, LESSON_HOURS * 3600)),
            day=usd(cost_of_running(quote.running_hourly_usd, 24 * 3600)),
        ).render(translate)
        stopped = text(
            "WelcomePage",
            QT_TRANSLATE_NOOP(
                "WelcomePage",
                "While it is stopped, only its disk is billed: about <b>{monthly} a month</b>.",
            ),
            monthly=usd(quote.stopped_monthly_usd),
        ).render(translate)
        sources = {
            "aws": QT_TRANSLATE_NOOP("WelcomePage", "Prices from AWS's price list on {date}."),
            "cache": QT_TRANSLATE_NOOP(
                "WelcomePage", "Prices from AWS's price list, saved on {date}."
            ),
        }
        bundled = QT_TRANSLATE_NOOP(
            "WelcomePage", "Prices from the table shipped with this app ({date})."
        )
        source = text(
            "WelcomePage", sources.get(quote.source, bundled), date=quote.as_of.isoformat()
        )
        note = (
            source.render(translate)
            + " "
            + self.tr("Prices differ a little between regions; you choose yours when you sign in.")
        )
        return f"<p>{running}</p><p>{stopped}</p><p><small>{html.escape(note)}</small></p>"
