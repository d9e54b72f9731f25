"""The launch page's table of instance types: GPU, vCPUs, memory and price per hour."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...core.money import usd

if TYPE_CHECKING:
    from ...flow.offers import Offer


class OfferTable(QTableWidget):
    """One row per offer; rows the region cannot launch are shown but not selectable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("instance_types")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.offers: list[Offer] = []
        self.retranslate()

    def show_offers(self, offers: list[Offer], chosen: str) -> None:
        self.offers = offers
        self.setRowCount(len(offers))
        for row, offer in enumerate(offers):
            gpu = offer.gpu
            cells = [
                gpu.name,
                f"{gpu.gpu_count} × {gpu.gpu_model} ({gpu.gpu_memory_gib:g} GiB)",
                str(gpu.vcpus),
                f"{gpu.memory_gib:g} GiB",
                usd(offer.price.hourly_usd)
                if offer.price
                else QCoreApplication.translate("OfferTable", "no price known"),
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if not gpu.launchable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                self.setItem(row, column, item)
        self.retranslate()
        self._fit_rows()
        self.select(chosen)

    def _fit_rows(self) -> None:
        # Every type visible at once (there are about ten): no scrolling inside the page.
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(row) for row in range(self.rowCount()))
        self.setMinimumHeight(height)

    def select(self, name: str) -> None:
        for row, offer in enumerate(self.offers):
            if offer.name == name and offer.gpu.launchable:
                self.selectRow(row)
                return

    def chosen(self) -> Offer | None:
        rows = self.selectionModel().selectedRows()
        return self.offers[rows[0].row()] if rows else None

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.setHorizontalHeaderLabels(
            [
                translate("InstanceTable", "Type"),
                translate("InstanceTable", "GPU"),
                translate("InstanceTable", "vCPUs"),
                translate("InstanceTable", "Memory"),
                translate("InstanceTable", "Per hour"),
            ]
        )
        self.setAccessibleName(translate("InstanceTable", "Instance types"))
        for row, offer in enumerate(self.offers):
            item = self.item(row, 0)
            if item is None:
                continue
            if offer.gpu.retired:
                item.setText(
                    translate("InstanceTable", "{name} (the guide's)").format(name=offer.name)
                )
            if not offer.gpu.launchable:
                item.setToolTip(translate("InstanceTable", "Not offered in this region."))
