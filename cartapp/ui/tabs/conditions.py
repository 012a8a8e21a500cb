"""The Conditions tab: approved uses and research-only uses, clearly apart."""

from cartapp.ui.tabs.reader_tab import ReaderTab


class ConditionsTab(ReaderTab):
    """Conditions CAR T treats (see :class:`ReaderTab` for signals)."""
