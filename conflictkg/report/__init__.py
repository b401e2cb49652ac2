"""The self-contained HTML report: a map of events and of places that changed hands, the
alliance / opposition network, per-actor timelines. Reads the graph through the query API."""

from conflictkg.report.html import ReportData, collect, render, write_report

__all__ = ["ReportData", "collect", "render", "write_report"]
