"""Whose rules and words the window shows: the region (a clinic file's wins) and who is
reading (a parent or the patient). A mixin of MainWindow; the answers come from the
policy and the preferences."""

from __future__ import annotations


class ReaderRegion:
    """The region and reader, chosen at first run at home or under View."""

    @property
    def region(self):
        """The region state, set up on first use: the window shows before the rules
        table is read, and the first page (which needs it) is built right after."""
        state = getattr(self, "_region_state", None)
        return state if state is not None else self._init_region()

    def _init_region(self):
        """The clinic file's region wins; a kiosk with none shows every region's rules."""
        from cartapp.ui import region

        state = self._region_state = region.current()
        if state.language != self.library.language:  # the rules in the guide's words
            from cartapp.model.rules import default_table

            try:
                table = default_table(self.library.language)
            except Exception as exc:  # noqa: BLE001 - a broken table: every region's safe words
                state.set_table(None, str(exc), language=self.library.language)
            else:
                state.set_table(table, language=self.library.language)
        state.set_overrides(self.policy.clinic.rule_overrides())
        state.locked = self.policy.region_is_fixed()
        state.set_region(self.policy.start_region(self.prefs.region or ""))
        state.set_reader(self.policy.start_reader(self.prefs.reader or ""))
        return state

    def set_region(self, code: str) -> None:
        if self.region.locked:
            return
        self.region.set_region(code)
        self.prefs.region = self.region.region

    def set_reader(self, who: str) -> None:
        """Who is reading: the words that address the reader, the builder's order and
        the sheet's label follow it. A kiosk's choice is never kept."""
        self.region.set_reader(who)
        if self.policy.persist_settings():
            self.prefs.reader = self.region.reader

    def ask_region(self) -> None:
        """Ask where the child is treated; the rules on every page follow the answer."""
        self._ask(ask_reader=False, ask_region=True)

    def ask_reader(self) -> None:
        self._ask(ask_reader=True, ask_region=False)

    def ask_region_if_unknown(self) -> None:
        """At first run at home: who is reading, and (unless the clinic set it) where."""
        ask_reader = self.policy.asks_who_is_reading() and not self.prefs.reader
        ask_region = not self.region.locked and not self.prefs.region
        if ask_reader or ask_region:
            self._ask(ask_reader=ask_reader, ask_region=ask_region)

    def _ask(self, *, ask_reader: bool, ask_region: bool) -> None:
        from cartapp.ui.first_run import WelcomeDialog

        dialog = WelcomeDialog(
            self,
            reader=self.region.reader,
            region=self.region.region,
            ask_reader=ask_reader,
            ask_region=ask_region and not self.region.locked,
        )
        # Closing without an answer keeps the careful defaults (a parent reading, every
        # region's rules shown) and counts as asked, so the question does not come back.
        answered = dialog.exec() == WelcomeDialog.DialogCode.Accepted
        if ask_reader:
            self.set_reader(dialog.reader() if answered else self.region.reader)
        if ask_region and not self.region.locked:
            self.set_region(dialog.region() if answered else self.region.region)
