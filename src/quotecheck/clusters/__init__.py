"""Quotes → clusters of the same statement: normalise (:mod:`.normalize`), propose pairs
from an n-gram index (:mod:`.index`), verify them (:mod:`.match`), join (:mod:`.cluster`)."""

from quotecheck.clusters.cluster import Group, Unit, build_clusters

__all__ = ["Group", "Unit", "build_clusters"]
