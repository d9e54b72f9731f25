"""The app's colours on a light and a dark system palette: every coloured text keeps
WCAG's 4.5:1 against what it stands on, and a banner never sets a background
without its text colour."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette

from fastai_launcher.ui.widgets.style import Tone, banner_style, contrast, is_dark, tone_colour

LIGHT, DARK = "#f0f0f0", "#202124"


def palette(window: str) -> QPalette:
    colours = QPalette()
    colours.setColor(QPalette.ColorRole.Window, QColor(window))
    return colours


@pytest.mark.parametrize("window", [LIGHT, DARK])
@pytest.mark.parametrize("tone", list(Tone))
def test_coloured_text_is_readable_on_light_and_dark(qapp, window, tone):
    assert is_dark(palette(window)) is (window == DARK)
    assert contrast(tone_colour(tone, palette(window)), window) >= 4.5


@pytest.mark.parametrize("window", [LIGHT, DARK])
@pytest.mark.parametrize("tone", list(Tone))
def test_a_banner_sets_its_text_colour_with_its_background(qapp, window, tone):
    style = banner_style("reminder_banner", tone, palette(window))
    background = re.search(r"background: (#[0-9a-f]{6})", style).group(1)
    text = re.search(r"QLabel \{ color: (#[0-9a-f]{6})", style).group(1)
    assert contrast(text, background) >= 4.5


def test_the_contrast_ratio_matches_wcag_s_examples():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
