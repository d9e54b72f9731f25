"""The PySide6 user interface. Talks to `aws` and `ssh` only through `ui.tasks`."""
