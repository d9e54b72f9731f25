"""The welcome page: what the app does, what it costs, and the language."""

from __future__ import annotations

import dataclasses
import threading
from datetime import date

from fastai_launcher.app import price_provider
from fastai_launcher.core import state
from fastai_launcher.core.errors import NetworkError
from fastai_launcher.core.money import PriceQuote, usd
from fastai_launcher.core.state import Settings
from fastai_launcher.core.text import QT_TRANSLATE_NOOP, text
from fastai_launcher.ui.wizard.pages.welcome import WelcomePage

# A fixed quote, so the page's arithmetic can be checked to the cent (the real
# table's figures belong to aws/pricing and may change).
QUOTE = PriceQuote(
    region="us-east-1",
    instance_type="g4dn.xlarge",
    hourly_usd=0.526,
    ebs_gb_month_usd=0.08,
    ipv4_hourly_usd=0.005,
    volume_gb=75,
    source="bundled",
    as_of=date(2026, 11, 1),
)


def make_page(qtbot, context, provider):
    context.price_quote = provider
    page = WelcomePage(context)
    qtbot.addWidget(page)
    if provider is not None:
        assert "Looking up the current price" in page.cost.text()
    qtbot.waitUntil(lambda: not page.price_pending, timeout=10_000)
    return page


def test_it_says_what_the_app_does_step_by_step(qtbot, launcher_context):
    page = make_page(qtbot, launcher_context, None)
    steps = page.steps.text()
    for step in (
        "costs",
        "Sign in",
        "GPU",
        "SSH key",
        "Start",
        "install fastai",
        "Jupyter",
        "Stop",
    ):
        assert step in steps
    assert steps.count("<li>") == 8


def test_it_shows_running_and_stopped_cost_and_explains_stop_versus_terminate(
    qtbot, launcher_context
):
    calls: list[tuple[tuple[str, str, int], int]] = []

    def provider(region, instance_type, volume_gb):
        calls.append(((region, instance_type, volume_gb), threading.get_ident()))
        return dataclasses.replace(QUOTE, region=region)

    page = make_page(qtbot, launcher_context, provider)
    cost = page.cost.text()
    # $0.526 instance + $0.005 address + 75 GB x $0.08 / 730 h of disk = $0.539 an hour
    assert "<b>$0.54 an hour</b>" in cost
    assert "a 3-hour lesson about $1.62" in cost
    assert "a day, it costs $12.94" in cost
    assert "<b>$6.00 a month</b>" in cost
    # The region the sign-in will suggest (Oregon for an English system), by its name.
    assert "g4dn.xlarge" in cost and "US West (Oregon) (us-west-2)" in cost and "75 GB" in cost
    assert "table shipped with this app (2026-11-01)" in cost
    note = page.stop_note.text()
    assert "Stopping keeps the disk" in note and "terminating deletes everything" in note
    assert "never terminates" in note
    # the default instance in the suggested region, looked up off the GUI thread
    assert [args for args, _ in calls] == [("us-west-2", "g4dn.xlarge", 75)]
    assert calls[0][1] != threading.get_ident()


def test_the_saved_region_is_the_one_priced(qtbot, launcher_context):
    launcher_context.progress.region = "ap-northeast-2"
    seen = []
    make_page(qtbot, launcher_context, lambda r, t, v: seen.append(r) or QUOTE)
    assert seen == ["ap-northeast-2"]


def test_the_shipped_price_table_is_wired_in(qtbot, launcher_context):
    provider = price_provider()
    assert provider is not None
    page = make_page(qtbot, launcher_context, provider)
    quote = page.quote
    assert isinstance(quote, PriceQuote) and quote.source == "bundled"
    assert f"<b>{usd(quote.running_hourly_usd)} an hour</b>" in page.cost.text()


def test_without_a_price_it_points_to_the_aws_price_page(qtbot, launcher_context):
    for provider in (None, lambda r, t, v: None):
        page = make_page(qtbot, launcher_context, provider)
        assert "could not be looked up" in page.cost.text()
        assert "https://aws.amazon.com/ec2/pricing/on-demand/" in page.cost.text()


def test_a_failed_lookup_says_why(qtbot, launcher_context):
    def provider(region, instance_type, volume_gb):
        raise NetworkError(text("Test", QT_TRANSLATE_NOOP("Test", "AWS cannot be reached.")))

    page = make_page(qtbot, launcher_context, provider)
    assert "AWS cannot be reached." in page.cost.text()
    assert "aws.amazon.com/ec2/pricing" in page.cost.text()


def test_choosing_a_language_switches_now_and_is_remembered(qtbot, launcher_context):
    page = make_page(qtbot, launcher_context, None)
    korean = page.findChild(type(page.languages.button(0)), "language_ko")
    assert korean.text() == "한국어(&K)" and not korean.isChecked()
    korean.click()
    assert launcher_context.translators.language == "ko"
    saved = state.load(Settings, launcher_context.paths.settings_file)
    assert saved.language == "ko"
    page.findChild(type(korean), "language_en").click()
    assert launcher_context.translators.language == "en"
    assert state.load(Settings, launcher_context.paths.settings_file).language == "en"
