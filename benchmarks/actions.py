"""The user's effort from a first start to Jupyter open: the app's express path
against the guide's manual path (`/work/shared/seed/aws-ec2-guide.ko.md`, the
Korean course.fast.ai "AWS EC2" page), both counted from lists written out here
so a reviewer can check every entry.

An action is a click, a typed field (one value typed or pasted into a form
field) or a typed command (one line typed into a terminal, Return included).
Both paths start signed up (an AWS account exists, an access key is at hand)
and end with Jupyter open in the browser; scrolling, reading and waiting are
not actions.  Where the guide says "click 'Services' then 'EC2'" that is two
clicks; choices made in drop-downs count one click to open and one to pick.
"""

from __future__ import annotations

from collections import Counter

from .figures import Figure, figure

CLICK = "click"
FIELD = "typed field"
COMMAND = "typed command"

#: The express path (issue 9): welcome page → sign-in page → "Set up and open Jupyter".
EXPRESS: tuple[tuple[str, str], ...] = (
    (CLICK, "Welcome page: Next"),
    (FIELD, "Sign in: access key ID"),
    (FIELD, "Sign in: secret access key"),
    (CLICK, "Sign in: Sign in (the key is checked with AWS)"),
    (CLICK, "Set up and open Jupyter (quota, key, launch, connect, install, Jupyter, browser)"),
)

#: The guide's manual path, step by step, as its text asks.
GUIDE: tuple[tuple[str, str], ...] = (
    # Step 1: sign in.
    (CLICK, "Step 1: aws.amazon.com 'Sign In to the Console'"),
    (FIELD, "Step 1: e-mail (ID)"),
    (FIELD, "Step 1: password"),
    (CLICK, "Step 1: sign in"),
    # Step 2: service limit.
    (CLICK, "Step 2: 'Services'"),
    (CLICK, "Step 2: 'EC2'"),
    (CLICK, "Step 2: 'Limits' in the left pane"),
    (CLICK, "Step 2: 'Request limit increase' next to p2.xlarge"),
    (FIELD, "Step 2: use case description '[FastAI] Limit Increase Request'"),
    (CLICK, "Step 2: open the preferred language list"),
    (CLICK, "Step 2: choose the language"),
    (CLICK, "Step 2: choose the contact method"),
    (CLICK, "Step 2: 'Submit'"),
    # Step 3: SSH key.
    (COMMAND, "Step 3: ssh-keygen"),
    (COMMAND, "Step 3: Return (key file location)"),
    (COMMAND, "Step 3: Return (passphrase)"),
    (COMMAND, "Step 3: Return (passphrase again)"),
    (COMMAND, "Step 3: cp .ssh/id_rsa.pub /mnt/c/Temp/ (Windows)"),
    (CLICK, "Step 3: region drop-down next to the user name"),
    (CLICK, "Step 3: choose the region of the limit request"),
    (CLICK, "Step 3: 'Services'"),
    (CLICK, "Step 3: 'EC2'"),
    (CLICK, "Step 3: 'Key pairs' in the left menu"),
    (CLICK, "Step 3: 'Import Key Pair'"),
    (CLICK, "Step 3: choose id_rsa.pub in the file dialog"),
    (FIELD, "Step 3: the key's name"),
    (CLICK, "Step 3: 'Import'"),
    # Step 4: launch.
    (CLICK, "Step 4: 'Services'"),
    (CLICK, "Step 4: 'EC2'"),
    (CLICK, "Step 4: 'Launch instance'"),
    (FIELD, "Step 4: search 'deep learning'"),
    (CLICK, "Step 4: select the first Deep Learning AMI (Ubuntu)"),
    (CLICK, "Step 4: select p2.xlarge"),
    (CLICK, "Step 4: 'Review and Launch'"),
    (CLICK, "Step 4: 'Launch' on the Review tab"),
    (CLICK, "Step 4: open the key pair drop-down"),
    (CLICK, "Step 4: choose the key from step 3"),
    (CLICK, "Step 4: tick 'I acknowledge … private key'"),
    (CLICK, "Step 4: 'Launch Instances'"),
    # Step 5: connect.
    (CLICK, "Step 5: 'View Instances'"),
    (CLICK, "Step 5: copy the IPv4 address"),
    (COMMAND, "Step 5: ssh -i ~/.ssh/<key> -L localhost:8888:localhost:8888 ubuntu@<IP>"),
    (COMMAND, "Step 5: 'yes' to trust the host"),
    # Step 6: install and Jupyter.
    (COMMAND, "Step 6: git clone https://github.com/fastai/course-v3"),
    (COMMAND, "Step 6: conda update conda"),
    (COMMAND, "Step 6: conda install -c pytorch -c fastai fastai pytorch torchvision cuda92"),
    (COMMAND, "Step 6: cd course-v3/nbs/dl1"),
    (COMMAND, "Step 6: jupyter notebook"),
    (CLICK, "Step 6: copy the URL with the token from the terminal"),
    (FIELD, "Step 6: paste the URL into the browser"),
)

EXPRESS_GOAL = "3 clicks + 2 typed fields"


def _kinds(actions: tuple[tuple[str, str], ...]) -> dict[str, int]:
    counts = Counter(kind for kind, _ in actions)
    return {kind: counts.get(kind, 0) for kind in (CLICK, FIELD, COMMAND)}


def measure() -> list[Figure]:
    return [
        figure(
            "user_actions_first_start_to_jupyter",
            len(EXPRESS),
            "actions",
            f"{EXPRESS_GOAL} on the express path",
            len(GUIDE),
            express=_kinds(EXPRESS),
            guide=_kinds(GUIDE),
            express_actions=[f"{kind}: {what}" for kind, what in EXPRESS],
            guide_actions=[f"{kind}: {what}" for kind, what in GUIDE],
        )
    ]
