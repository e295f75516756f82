"""Clusters → findings: the checks that compare one statement across articles."""
