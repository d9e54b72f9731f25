"""Benchmarks: timing goals live here, not in the unit tests."""
