"""The tunnel's state changes, from its threads to the GUI thread, as a Qt signal."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from ...core.errors import LauncherError
from ...flow import Workspace

if TYPE_CHECKING:
    from ...ssh.tunnel import StateFn, TunnelState

_events: weakref.WeakKeyDictionary[Workspace, TunnelEvents] = weakref.WeakKeyDictionary()


class TunnelEvents(QObject):
    """`changed(state: str, error: LauncherError | None)` on the GUI thread; `state`
    is a `TunnelState` value: connecting, up, reconnecting, down."""

    changed = Signal(str, object)
    _incoming = Signal(str, object)

    def __init__(self, previous: StateFn | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._previous = previous
        self.state = "down"
        self._incoming.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def __call__(self, state: TunnelState, error: LauncherError | None) -> None:
        # Called on the tunnel's threads.
        if self._previous is not None:
            self._previous(state, error)
        self._incoming.emit(str(state.value), error)

    @Slot(str, object)
    def _deliver(self, state: str, error: object) -> None:
        self.state = state
        self.changed.emit(state, error)


def tunnel_events(workspace: Workspace) -> TunnelEvents:
    """The one `TunnelEvents` of `workspace`, installed as its `on_tunnel_state`.

    Tunnels made after this call report to it (the flow reads `on_tunnel_state`
    when it opens one); an earlier callback keeps being called first.
    """
    events = _events.get(workspace)
    if events is None:
        events = TunnelEvents(workspace.on_tunnel_state, QCoreApplication.instance())
        workspace.on_tunnel_state = events
        _events[workspace] = events
    return events
