"""The wizard's page ids, in the order of the guide.

A page is registered under its id only once it exists (see `ui/wizard/wizard.py`);
QWizard follows the ids in ascending order, skipping the missing ones.
"""

from __future__ import annotations

from enum import IntEnum


class PageId(IntEnum):
    WELCOME = 0
    SIGN_IN = 10
    QUOTA = 20
    KEY = 30
    LAUNCH = 40
    CONNECT = 50
    INSTALL = 60
    STOP = 70
