"""Keys, host keys, sessions, the tunnel, remote recipes and Jupyter (no Qt)."""
