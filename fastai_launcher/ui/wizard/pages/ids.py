"""The wizard's page ids, in the order of the guide, and the page of each step.

A page is named like the `flow.Step` it shows.  A page is registered under its
id only once it exists (see `ui/wizard/wizard.py`); QWizard follows the ids in
ascending order, skipping the missing ones.
"""

from __future__ import annotations

from enum import IntEnum

from ....flow.steps import Step


class PageId(IntEnum):
    WELCOME = 0
    SIGN_IN = 10
    QUOTA = 20
    KEY = 30
    LAUNCH = 40
    CONNECT = 50
    INSTALL = 60
    STOP = 70


#: The page of each step, where the wizard resumes and where the express run
#: shows it; Jupyter is opened on the install page.
STEP_PAGES = {
    Step.WELCOME: PageId.WELCOME,
    Step.SIGN_IN: PageId.SIGN_IN,
    Step.QUOTA: PageId.QUOTA,
    Step.KEY: PageId.KEY,
    Step.LAUNCH: PageId.LAUNCH,
    Step.CONNECT: PageId.CONNECT,
    Step.INSTALL: PageId.INSTALL,
    Step.JUPYTER: PageId.INSTALL,
    Step.STOP: PageId.STOP,
    Step.DONE: PageId.STOP,
}
