"""fastai-launcher: from an AWS account to Jupyter on a GPU instance, and back to stopped."""

# The one place the version lives (pyproject reads it): a literal, so start-up
# does not pay for importlib.metadata.
__version__ = "0.1.0"
