"""`Step.CONNECT`: connect — the instance's identity verified (and how), the tunnel to
Jupyter's port, the guide's ssh command to copy, an optional ~/.ssh/config entry."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....core.errors import LauncherError
from ....flow.connect import add_ssh_config, connect, unverified_fingerprint
from ....flow.lifecycle import stop
from ...context import AppContext
from ...widgets.error_dialog import said
from ...widgets.host_key_dialog import ask_to_trust
from ...widgets.step_page import StepPage, label
from ...widgets.stop_dialog import offer_stop
from ...widgets.tunnel_events import tunnel_events

if TYPE_CHECKING:
    from ....flow.connect import Connection


class ConnectPage(StepPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("connect_page")
        self.events = tunnel_events(self.ws)
        self.events.changed.connect(self._tunnel_changed)
        self.intro = label(self.body, "intro")
        self.identity_box = QGroupBox(self.body)
        self.verified = label(self.identity_box, "host_key_verified")
        self.fingerprint = label(self.identity_box, "host_key_fingerprint")
        identity = QVBoxLayout(self.identity_box)
        identity.addWidget(self.verified)
        identity.addWidget(self.fingerprint)
        self.tunnel_box = QGroupBox(self.body)
        self.tunnel = label(self.tunnel_box, "tunnel_state")
        self.address = label(self.tunnel_box, "address")
        tunnel = QVBoxLayout(self.tunnel_box)
        tunnel.addWidget(self.tunnel)
        tunnel.addWidget(self.address)
        self.terminal_box = QGroupBox(self.body)
        self.command = label(self.terminal_box, "ssh_command")
        self.copy_button = QPushButton(self.terminal_box)
        self.copy_button.setObjectName("copy_ssh_command")
        self.copy_button.clicked.connect(self.copy_command)
        self.config_button = QPushButton(self.terminal_box)
        self.config_button.setObjectName("add_ssh_config")
        self.config_button.clicked.connect(self.add_to_ssh_config)
        self.config_note = label(self.terminal_box, "ssh_config_note")
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.config_button)
        buttons.addStretch(1)
        terminal = QVBoxLayout(self.terminal_box)
        terminal.addWidget(self.command)
        terminal.addLayout(buttons)
        terminal.addWidget(self.config_note)
        self.connect_button = QPushButton(self.body)
        self.connect_button.setObjectName("connect")
        self.connect_button.clicked.connect(lambda: self.connect_now())
        row = QHBoxLayout()
        row.addWidget(self.connect_button)
        row.addStretch(1)
        self.column.addWidget(self.intro)
        self.column.addLayout(row)
        for widget in (self.identity_box, self.tunnel_box, self.terminal_box):
            self.column.addWidget(widget)
        self.column.addStretch(1)
        self.connection: Connection | None = None
        self.confirmation: QMessageBox | None = None
        self.config_file: Path | None = None
        self.retranslate()

    def initializePage(self) -> None:
        self.connect_now()

    def connect_now(self, confirmed: str | None = None) -> None:
        self.connect_button.setEnabled(False)
        self.run_step(
            partial(connect, confirmed_fingerprint=confirmed),
            self._connected,
            on_error=self._failed,
            name="connect",
        )

    def _connected(self, connection: Connection) -> None:
        self.connection = connection
        self._describe()

    def _failed(self, error: LauncherError) -> None:
        fingerprint = unverified_fingerprint(error)
        if fingerprint:
            self.confirmation = ask_to_trust(self, error, lambda: self.connect_now(fingerprint))
        elif error.at_risk is not None:  # a refused host key: the instance costs for nothing
            self.confirmation = offer_stop(
                self, error.at_risk.instance_id, self._stop, why=said(error)
            )
        else:
            self.show_error(error)

    def _stop(self) -> None:
        self.run_step(stop, lambda _info: self._describe(), name="stop")

    def copy_command(self) -> None:
        from ....flow.connect import ssh_command

        command = ssh_command(self.ws)
        if command:
            QGuiApplication.clipboard().setText(command)
            self.config_note.setText(self.tr("Copied. Paste it into a terminal."))

    def add_to_ssh_config(self) -> None:
        self.run_step(add_ssh_config, self._config_written, progress=False, name="ssh config")

    def _config_written(self, path: Path) -> None:
        self.config_file = path
        self.config_note.setText(
            self.tr("Added the host “fastai” to {path}: in a terminal, type ssh fastai.").format(
                path=path
            )
        )

    def _tunnel_changed(self, state: str, error: object) -> None:
        del state, error
        self._describe()
        self.completeChanged.emit()

    def tunnel_state(self) -> str:
        """connecting, up, reconnecting or down: the tunnel's state now."""
        tunnel = self.ws.tunnel
        return str(tunnel.state.value) if tunnel is not None else "down"

    def after_task(self) -> None:
        self.connect_button.setEnabled(True)
        self._describe()

    def isComplete(self) -> bool:
        return (
            not self.busy
            and self.connection is not None
            and self.events.state in ("up", "reconnecting")
        )

    def _describe(self) -> None:
        connection = self.connection
        connected = connection is not None
        for widget in (self.identity_box, self.tunnel_box, self.terminal_box):
            widget.setVisible(connected)
        self.connect_button.setText(self.tr("&Connect again") if connected else self.tr("&Connect"))
        if connection is None:
            return
        how = {
            "console": self.tr(
                "Verified: the key matches the one the instance printed on its console when it first started."
            ),
            "pinned": self.tr(
                "Verified: the same key as at the first connection (remembered by the app)."
            ),
            "confirmed": self.tr("Verified by you: you confirmed the fingerprint."),
        }
        self.verified.setText(how.get(connection.verified_by, connection.verified_by))
        self.fingerprint.setText(
            self.tr("Host key fingerprint: {fingerprint}").format(
                fingerprint=connection.host_key_fingerprint
            )
        )
        states = {
            "connecting": self.tr("Tunnel: connecting…"),
            "up": self.tr("Tunnel: up. Jupyter's port 8888 on the instance is port {port} here."),
            "reconnecting": self.tr("Tunnel: the connection dropped; reconnecting by itself…"),
            "down": self.tr("Tunnel: down."),
        }
        self.tunnel.setText(
            states.get(self.tunnel_state(), self.tunnel_state()).format(port=connection.local_port)
        )
        self.address.setText(
            self.tr("Instance {instance} at {user}@{host}").format(
                instance=connection.instance_id, user=connection.user, host=connection.public_ip
            )
        )
        from ....flow.connect import ssh_command

        self.command.setText(ssh_command(self.ws) or "")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Connect"))
        self.setSubTitle(self.tr("Step 5 of the guide: a secure connection to your instance."))
        self.intro.setText(
            self.tr(
                "The app lets only this computer's address through the firewall, checks that "
                "it talks to your instance and not an impostor, and opens a tunnel to "
                "Jupyter's port, as the guide's ssh -L command does."
            )
        )
        self.identity_box.setTitle(self.tr("The instance's identity"))
        self.tunnel_box.setTitle(self.tr("Tunnel"))
        self.terminal_box.setTitle(self.tr("For a terminal (optional)"))
        self.copy_button.setText(self.tr("Co&py the ssh command"))
        self.config_button.setText(self.tr("A&dd to ~/.ssh/config"))
        self._describe()
