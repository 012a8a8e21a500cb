"""Changing the language while the app runs. A mixin of MainWindow.

Every tab, menu and list is built again from the new language's content and
words, which leaves nothing on screen in the language before (a widget that
only retranslated its labels would keep the old page text). What the family
made is carried across: the question list with their own questions and
details, the dates on Treatment steps (kept in the preferences), the tab and
page they were on, the animation's scene, the region and who is reading.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QLocale

translate = QCoreApplication.translate


@dataclass
class _Carried:
    tab: str
    sheet: object | None = None
    scene: int | None = None
    life_page: str | None = None


class LanguageSwitch:
    """``switch_language(code)``; the window emits ``language_changed(code)`` after."""

    def switch_language(self, code: str) -> None:
        from cartapp.model.library import ContentLibrary
        from cartapp.model.rules import default_table
        from cartapp.ui import i18n, speech
        from cartapp.ui.app import attach_clinic_content

        if code == self.library.language and code == i18n.current():
            return
        library = ContentLibrary(code)
        attach_clinic_content(library, self.policy)
        carried = self._carry()
        problems = i18n.install(library.language)
        # Dates and numbers in the new language too: a widget takes its parent's locale,
        # and Qt's default locale reaches only windows made after it changed.
        self.setLocale(QLocale(library.language))
        self.library = library
        speech.content_language = library.language
        try:
            self.region.set_table(default_table(library.language), language=library.language)
        except Exception as exc:  # noqa: BLE001 - a broken table falls back to safe words
            self.region.set_table(None, str(exc), language=library.language)
        self._rebuild_for_language(carried)
        if self.policy.persist_settings():
            self.prefs.language = library.language
        for problem in ([library.notice] if library.notice else []) + problems:
            self._status(problem, 15000)
        self.language_changed.emit(library.language)

    def _carry(self) -> _Carried:
        carried = _Carried(tab=self.current_key())
        questions = self._tabs.get("questions")
        if questions is not None:
            carried.sheet = questions.sheet()
        mechanism = self._tabs.get("mechanism")
        if mechanism is not None:
            carried.scene = mechanism.current_scene()
        life = self._tabs.get("life")
        if life is not None:
            carried.life_page = life.current_name()
        if self.autosave is not None:
            self.autosave.save_now()  # the rebuilt tab reads the list back from it
            self.autosave.deleteLater()
            self.autosave = None
        return carried

    def _rebuild_menus(self) -> None:
        """The menus in the language installed now, at the start too. Also on a translator
        change alone: a kiosk family that taps "Español" on the start screen sees Spanish
        menus."""
        from PySide6.QtWidgets import QMenuBar

        from cartapp.ui.window_menus import build_menus

        # A new bar each time: Qt deletes the old one with every menu, item and group
        # made for it. Clearing the old bar only took its menus off it: a kiosk kept
        # the menus of every family who changed the language.
        self.setMenuBar(QMenuBar())
        build_menus(self)
        self.style_scopes.style_new(self.menuBar())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # type: ignore[misc]
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "file_menu"):
            self._rebuild_menus()
            self._refresh_chrome()

    def _rebuild_for_language(self, carried: _Carried) -> None:
        from cartapp.ui.window_tabs import tab_specs

        if self.kit_dialog is not None:
            self.kit_dialog.close()
        while self._stack.count():
            old = self._stack.widget(0)
            self._stack.removeWidget(old)
            old.deleteLater()
        self._tabs = {}
        self._carried_sheet = carried.sheet
        self._specs = tab_specs(self)
        self._nav.blockSignals(True)
        self._nav.clear()
        self._nav.setAccessibleName(translate("MainWindow", "Sections of the guide"))
        self._fill_navigation()
        self._nav.blockSignals(False)
        self._rebuild_menus()
        self._refresh_chrome()
        key = carried.tab if carried.tab in self.tab_keys() else self.tab_keys()[0]
        self.show_tab(key)
        if carried.sheet is not None and "questions" not in self._tabs:
            self.tab("questions")  # built now, so the carried list is not left waiting
        if carried.scene is not None:
            self.tab("mechanism").go_to_scene(carried.scene)
        if carried.life_page and key == "life":
            self.tab("life").show_page(carried.life_page)
