"""The app's few colours, chosen for the system's light or dark palette: never a
background without its text colour, and text that keeps a contrast of at least
4.5:1 (WCAG AA) on both."""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget


class Tone(Enum):
    CAUTION = "caution"  # a wait, a reminder
    DANGER = "danger"  # money at risk, a refusal


#: (light palette, dark palette): text on the window, a banner's background, its text,
#: its border.
_TONES = {
    Tone.CAUTION: (
        ("#7a4300", "#fff4d6", "#3d2600", "#c98a1a"),
        ("#ffcc66", "#3d2e0a", "#ffe8b3", "#c98a1a"),
    ),
    Tone.DANGER: (
        ("#a0001c", "#ffe1de", "#4a0008", "#d0342c"),
        ("#ff8a80", "#4a1412", "#ffdad6", "#e0574f"),
    ),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette's window is dark (a dark system theme)."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tone_colour(tone: Tone, palette: QPalette | None = None) -> str:
    """The text colour of `tone` on the window's background."""
    return _TONES[tone][is_dark(palette)][0]


def colour_text(label: QWidget, tone: Tone) -> None:
    label.setStyleSheet(f"color: {tone_colour(tone, label.palette())};")


def banner_style(name: str, tone: Tone, palette: QPalette | None = None, width: int = 1) -> str:
    """A framed banner `QFrame#name` with its background AND its text colour."""
    _text, background, foreground, border = _TONES[tone][is_dark(palette)]
    return (
        f"QFrame#{name} {{ background: {background}; border: {width}px solid {border}; }}"
        f" QFrame#{name} QLabel {{ color: {foreground}; }}"
    )


def contrast(first: str, second: str) -> float:
    """WCAG's contrast ratio of two colours (1 to 21)."""

    def luminance(name: str) -> float:
        colour = QColor(name)
        channels = []
        for value in (colour.redF(), colour.greenF(), colour.blueF()):
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        red, green, blue = channels
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
