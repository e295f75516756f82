"""Shared test configuration: the Hypothesis profiles.

- ``ci`` (the default): few enough examples that every property suite together runs in
  well under a minute on a small CI machine; no per-example deadline (the first call
  into the engine compiles its patterns, and CI machines stall), since hangs are caught by
  the hard time limits in the tests themselves.
- ``long``: ``pytest --hypothesis-profile=long`` for local soak runs (100,000 examples per
  property; hours, not minutes).  See docs/testing.md.

``QUOTECHECK_HYPOTHESIS_PROFILE`` selects a profile without the command-line flag;
``QUOTECHECK_LONG_EXAMPLES`` sets the long profile's count (to split a soak into shards
run side by side with different ``--hypothesis-seed`` values).

Tests marked ``slow`` (the multi-megabyte adversarial files) are deselected unless
``pytest -m slow`` asks for them, so the default run stays fast without a project-wide
``addopts`` change.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,
    "suppress_health_check": (HealthCheck.too_slow, HealthCheck.data_too_large),
    "print_blob": True,
}
settings.register_profile("ci", max_examples=40, **_COMMON)
settings.register_profile("long", max_examples=int(os.environ.get("QUOTECHECK_LONG_EXAMPLES", "100000")), **_COMMON)
settings.load_profile(os.environ.get("QUOTECHECK_HYPOTHESIS_PROFILE", "ci"))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "slow: minutes-long checks on generated multi-megabyte inputs; deselected unless `-m slow` is given",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect ``slow`` tests unless the ``-m`` expression names them (``pytest -m slow``)."""
    if "slow" in (config.getoption("markexpr") or ""):
        return
    slow = [item for item in items if item.get_closest_marker("slow")]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if not item.get_closest_marker("slow")]
