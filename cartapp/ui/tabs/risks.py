"""The Risks and side effects tab: one section per risk, each with when to call."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cartapp.ui.tabs.reader_tab import ReaderTab


class RisksTab(ReaderTab):
    """Risks one by one (see :class:`ReaderTab` for signals)."""

    def show_care_team(self, clinic) -> None:
        """The clinic's phones above the page, when the clinic gave them."""
        from cartapp.ui.kiosk.care_team_box import CareTeamBox

        box = CareTeamBox(clinic)
        if box.has_content():
            self.header.rows.insertWidget(1, box)
            self.care_team = box
        else:
            box.deleteLater()

    def add_kit_button(self, button) -> None:
        """ "Print a safety kit" under the care team's numbers (or the title)."""
        from cartapp.ui.widgets.button_row import ButtonRow

        self.kit_button = button
        at = 2 if getattr(self, "care_team", None) is not None else 1
        row = ButtonRow([button])
        self.header.rows.insertWidget(at, row)
        row.stackUnder(self.listen)  # read and reached in the order it is seen
        QWidget.setTabOrder(button, self.listen.play)

    def self_check(self) -> list[str]:
        problems = super().self_check()
        text = self.reader.toPlainText()
        if text.count("Call right away") < 5:
            problems.append("risks: the 'Call right away' boxes are missing")
        if "100.4" not in text or "38.0" not in text:
            problems.append("risks: the fever threshold is missing")
        return problems
