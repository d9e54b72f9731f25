"""The test world: real servers (moto, OpenSSH, Jupyter) and offscreen Qt.

Each module is a pytest plugin (see `tests/conftest.py`) and also importable
by `tests.sandbox`, which starts the same world for people to click through.
"""
