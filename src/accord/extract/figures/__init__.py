"""Figures: amounts, quantities and rates with their metric, subjects and period; targets set for them."""

from accord.extract.figures.extraction import extract_figures
from accord.extract.figures.targets import mark_targets

__all__ = ["extract_figures", "mark_targets"]
