"""The bundle's entry point: PyInstaller starts the app here."""

import sys

from fastai_launcher.__main__ import main

CLI_ONLY = {"--version", "--help", "-h"}


def print_to_the_starting_console() -> None:
    """Windows: `--version` and `--help` print into the console that started the app.

    The Windows bundle is a windowed program, so it has no output streams of
    its own unless started with pipes; typed into cmd or PowerShell, it would
    answer into the void.
    """
    if sys.platform != "win32" or sys.stdout is not None or not CLI_ONLY & set(sys.argv[1:]):
        return
    import ctypes

    attach_parent_process = -1
    if ctypes.windll.kernel32.AttachConsole(attach_parent_process):
        sys.stdout = sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 - for the whole run


if __name__ == "__main__":
    print_to_the_starting_console()
    sys.exit(main())
