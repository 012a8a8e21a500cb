"""Printable documents built with ReportLab (no Qt)."""
