"""The bundle's entry point: PyInstaller starts the app here."""

import sys

from fastai_launcher.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
