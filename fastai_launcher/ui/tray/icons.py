"""The tray icon in three states, drawn from the app icon: a green dot while the
instance runs, an amber one while it starts or stops, grey (and the icon faded)
when it is stopped.  Colour is not the only sign: the dot is full, half or an
empty ring, for users who cannot tell the colours apart."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from ..app.application import app_icon

SIZES = (16, 22, 24, 32, 48, 64)
#: Screens of 1 and 2 physical pixels a logical one (a 1.5 screen scales the 2 down).
RATIOS = (1.0, 2.0)


class TrayState(Enum):
    RUNNING = "running"
    BUSY = "busy"  # starting or stopping
    STOPPED = "stopped"


def tray_state(state: str) -> TrayState:
    if state == "running":
        return TrayState.RUNNING
    if state in ("pending", "stopping", "shutting-down"):
        return TrayState.BUSY
    return TrayState.STOPPED


_COLOURS = {
    TrayState.RUNNING: QColor(30, 160, 70),
    TrayState.BUSY: QColor(235, 150, 0),
    TrayState.STOPPED: QColor(120, 120, 120),
}


def _badge(painter: QPainter, size: int, state: TrayState) -> None:
    diameter = max(6.0, size * 0.5)
    margin = max(1.0, size / 32)
    rect = QRectF(size - diameter - margin, size - diameter - margin, diameter, diameter)
    colour = _COLOURS[state]
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("white"), max(1.0, size / 16)))
    painter.setBrush(QColor("white"))
    painter.drawEllipse(rect)
    inner = rect.adjusted(diameter * 0.12, diameter * 0.12, -diameter * 0.12, -diameter * 0.12)
    painter.setPen(QPen(colour, max(1.0, diameter * 0.14)))
    if state is TrayState.RUNNING:
        painter.setBrush(colour)
        painter.drawEllipse(inner)
    elif state is TrayState.BUSY:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner)
        painter.setBrush(colour)
        painter.drawPie(inner, 90 * 16, 180 * 16)  # the left half: on its way
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner)


def tray_pixmap(state: TrayState, size: int, ratio: float = 1.0) -> QPixmap:
    """The icon at `size` logical pixels, drawn for a screen of `ratio` physical pixels
    a logical one (2 on a high-density screen: crisp, not scaled up)."""
    physical = round(size * ratio)
    base = app_icon().pixmap(QSize(size, size), ratio)
    pixmap = QPixmap(physical, physical)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    if state is TrayState.STOPPED:
        painter.setOpacity(0.55)
    painter.drawPixmap(QRectF(0, 0, size, size), base, QRectF(base.rect()))
    painter.setOpacity(1.0)
    _badge(painter, size, state)
    painter.end()
    return pixmap


_cache: dict[TrayState, QIcon] = {}


def tray_icon(state: TrayState) -> QIcon:
    icon = _cache.get(state)
    if icon is None:
        icon = QIcon()
        for ratio in RATIOS:
            for size in SIZES:
                icon.addPixmap(tray_pixmap(state, size, ratio))
        _cache[state] = icon
    return icon
