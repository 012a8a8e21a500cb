"""The Overview tab: what CAR T-cell therapy is, in one page."""

from cartapp.ui.tabs.reader_tab import ReaderTab


class OverviewTab(ReaderTab):
    """The first page a family sees (see :class:`ReaderTab` for signals)."""
