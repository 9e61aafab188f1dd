"""Events: summits, visits, calls, meetings and signings, with date, place, chair and participants."""

from accord.extract.events.extraction import extract_events

__all__ = ["extract_events"]
