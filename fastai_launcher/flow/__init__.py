"""The guide's steps, orchestrated: the Qt-free layer between `ui` and `aws`/`ssh`.

A `Workspace` (`flow/workspace.py`) holds one user's live setup: saved
progress and settings, the signed-in AWS session, the SSH key, the instance,
the SSH session, the tunnel and the Jupyter URL.  Every step is a function
`step(workspace, ctx, ...)` that the UI's task runner can run; each checks
first and does nothing when its result already exists, so running it again
(or after a crash) picks up where it stopped:

- `flow.signin`: sign in (profile or typed key), regions, region choice
- `flow.offers`: the GPU types of the region with their price
- `flow.quota`: GPU quota check, one increase request, its status, waiting
- `flow.key`: the SSH key, made or reused, imported as a key pair
- `flow.launch`: the app's instance found or launched, idle auto-stop
- `flow.lifecycle`: refresh, start, stop (never terminate)
- `flow.connect`: security group, verified host key, SSH session, tunnel
- `flow.install`: the course recipe, started or re-attached, its log
- `flow.jupyter`: Jupyter running on the instance, its local URL
- `flow.runs`: `open_jupyter` (one click from a stopped instance) and
  `express` (every remaining step in order)

Importing this package or any of its modules loads neither boto3 nor
paramiko: they are imported inside the step functions, on the task thread.
"""

from .steps import Step, StepText
from .workspace import Timing, Workspace

__all__ = ["Step", "StepText", "Timing", "Workspace"]
