"""The wizard's pages, one module each; their ids are in `ids.py`."""
