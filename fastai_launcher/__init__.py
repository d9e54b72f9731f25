"""fastai-launcher: from an AWS account to Jupyter on a GPU instance, and back to stopped."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("fastai-launcher")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
