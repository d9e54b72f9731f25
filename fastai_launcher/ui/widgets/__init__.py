"""Small widgets the wizard pages share: task progress, log view, tunnel events."""
