"""The main window: composes the tabs, the menus and the view settings.

It is the only place that creates tabs and connects one tab's signal to
another's method. Tabs are built on first visit so the window opens fast.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from cartapp import APP_NAME, paths
from cartapp.model.library import ContentLibrary
from cartapp.ui import icons, plain_text, theme
from cartapp.ui.preferences import Preferences


def _unique_keys(*keys) -> list[QKeySequence]:
    """Platform zoom keys often repeat ours; a repeated shortcut is ambiguous and dead."""
    found: list[QKeySequence] = []
    for key in keys:
        sequences = (QKeySequence.keyBindings(key)
                     if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)])
        found.extend(s for s in sequences if not s.isEmpty() and s not in found)
    return found


@dataclass(frozen=True)
class TabSpec:
    key: str
    label: str
    icon: str
    build: Callable[[], QWidget]


class MainWindow(QMainWindow):
    """Signals:
    text_scale_changed(int): the text size in percent (100 to 200).
    tab_activity(): something is moving on screen (the animation plays).
    theme_changed(bool): True when high contrast is on.
    """

    text_scale_changed = Signal(int)
    theme_changed = Signal(bool)
    tab_activity = Signal()

    def __init__(self, library: ContentLibrary, prefs: Preferences, *,
                 policy=None, build_first_tab: bool = True) -> None:
        super().__init__()
        from cartapp.policy import KioskPolicy

        self.policy = policy or KioskPolicy.home()
        self.library = library
        from cartapp.ui.speech import speaker as speech

        speech.content_language = library.language
        self.kit_dialog = None
        self.prefs = prefs
        self._close_allowed = self.policy.may_quit()
        self._init_region()
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(QSize(720, 520))
        self.autosave = None
        self._specs = self._tab_specs()
        self._tabs: dict[str, QWidget] = {}
        self._nav = QListWidget()
        self._nav.setObjectName("navigation")
        self._nav.setAccessibleName(self.tr("Sections of the guide"))
        self._nav.setWordWrap(True)
        self._nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._nav.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._nav.setIconSize(QSize(24, 24))
        self._stack = QStackedWidget()
        for spec in self._specs:
            item = QListWidgetItem(spec.label)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spec.label)
            self._nav.addItem(item)
            self._stack.addWidget(QWidget())
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._nav)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)
        self._nav.currentRowChanged.connect(self._on_nav_changed)
        self._build_menus()
        self._build_shortcuts()
        self._refresh_chrome()
        if getattr(prefs, "notice", ""):
            QTimer.singleShot(0, lambda: self.statusBar().showMessage(prefs.notice, 15000))
        if build_first_tab:
            self._nav.setCurrentRow(0)
        else:
            # Mark the first section without building it (focus would otherwise
            # select and build it before the window's first paint).
            self._nav.blockSignals(True)
            self._nav.setCurrentRow(0)
            self._nav.blockSignals(False)

    # -- tabs -----------------------------------------------------------------

    def _tab_specs(self) -> list[TabSpec]:
        center = ([TabSpec("center", self.tr("Our center"), "center", self._build_center)]
                  if self.library.clinic_page() is not None else [])
        return [
            TabSpec("overview", self.tr("Overview"), "overview", self._build_overview),
            TabSpec("mechanism", self.tr("How it works"), "mechanism", self._build_mechanism),
            TabSpec("conditions", self.tr("Conditions"), "conditions", self._build_conditions),
            TabSpec("risks", self.tr("Risks and side effects"), "risks", self._build_risks),
            TabSpec("timeline", self.tr("Treatment steps"), "timeline", self._build_timeline),
            TabSpec("life", self.tr("Life after CAR T"), "life", self._build_life),
            *center,
            TabSpec("questions", self.tr("Questions for your doctor"), "questions",
                    self._build_questions),
        ]

    def _question_names(self):
        from cartapp.model.question_links import question_names

        return question_names(self.library.bank, self.library.timeline.question_labels)

    def _reader(self, cls, name: str, page=None, **extra) -> QWidget:
        names = self._question_names()
        tab = cls(page or self.library.page(name), self.library.glossary, questions=names,
                  links=self.library.link_targets, **extra)
        tab.question_requested.connect(
            lambda question_id, source=tab: self._on_question_requested(question_id, source))
        tab.external_link_requested.connect(self._on_external_link)
        tab.page_requested.connect(self.open_page)
        return tab

    def _build_center(self) -> QWidget:
        from cartapp.ui.tabs.reader_tab import ReaderTab

        return self._reader(ReaderTab, "center", page=self.library.clinic_page(),
                            pictures=self.library.clinic.picture)

    def _build_life(self) -> QWidget:
        from cartapp.model.library import LIFE_PAGES
        from cartapp.ui.tabs.life import LifeTab
        from cartapp.ui.tabs.reader_tab import ReaderTab

        pages = [(name, self.library.page(name).title) for name in LIFE_PAGES]
        return LifeTab(pages, lambda name: self._reader(ReaderTab, name))

    def open_page(self, name: str, anchor: str = "") -> None:
        """Follow a link to another page (and a place on it), wherever that page lives."""
        from cartapp.model.library import LIFE_PAGES

        if name in LIFE_PAGES:
            self.show_tab("life").show_page(name, anchor)
        elif name == "center" and "center" in self.tab_keys():
            self.show_tab("center").show_place(anchor)
        elif name in self.tab_keys():
            self.show_tab(name).show_place(anchor)

    def _build_overview(self) -> QWidget:
        from cartapp.ui.tabs.overview import OverviewTab
        return self._reader(OverviewTab, "overview")

    def _build_conditions(self) -> QWidget:
        from cartapp.ui.tabs.conditions import ConditionsTab
        return self._reader(ConditionsTab, "conditions")

    def _build_risks(self) -> QWidget:
        from cartapp.ui.tabs.risks import RisksTab

        tab = self._reader(RisksTab, "risks")
        tab.show_care_team(self.policy.clinic)
        if self.policy.may_print():
            from cartapp.ui.kit_entry import kit_button

            tab.add_kit_button(kit_button(tab, self.open_kit))
        return tab

    def _build_mechanism(self) -> QWidget:
        from cartapp.ui.tabs.mechanism import MechanismTab

        tab = MechanismTab(self.library.story)
        tab.activity.connect(self.tab_activity)
        reduced = self.prefs.reduced_motion
        if reduced is not None:
            tab.set_reduced_motion(reduced)
        self.motion_action.setChecked(tab.reduced_motion())
        return tab

    def _build_timeline(self) -> QWidget:
        from cartapp.model.timeline import PlanError, PlanInputs
        from cartapp.ui.tabs.timeline import TimelineTab

        tab = TimelineTab(self.library.timeline,
                          allow_file_export=self.policy.may_save_files())
        saved = self.prefs.plan_inputs()
        # An unusable saved plan is simply not restored.
        with contextlib.suppress(PlanError, ValueError, TypeError, KeyError):
            tab.set_plan_inputs(PlanInputs.from_dict(saved) if saved else PlanInputs())
        tab.question_requested.connect(self._on_question_requested)
        tab.plan_changed.connect(self._on_plan_changed)
        if self.policy.may_print():
            from cartapp.ui.kit_entry import kit_button

            tab.add_kit_button(kit_button(tab, self.open_kit))
        return tab

    def _build_questions(self) -> QWidget:
        from cartapp.pdf.question_sheet import ClinicBlock
        from cartapp.ui.sheet_store import SheetAutosave
        from cartapp.ui.tabs.questions import QuestionsTab

        sheet = None
        if self.prefs.persist:
            self.autosave = SheetAutosave(paths.autosave_file(), lambda: tab.sheet(), self)
            self.autosave.problem.connect(self._show_problem)
            sheet = self.autosave.restore()
        clinic = self.policy.clinic
        block = ClinicBlock(clinic.name, clinic.phone, clinic.urgent_phone, clinic.website)
        tab = QuestionsTab(self.library.bank, sheet, allow_files=self.policy.may_save_files(),
                           print_directly=self.policy.print_directly(),
                           kiosk_printing=self.policy.reports_printing(),
                           content_version=self.library.content_version(),
                           clinic=block if any((clinic.name, clinic.phone,
                                                clinic.urgent_phone)) else None)
        tab.print_button.setVisible(self.policy.may_print())
        if self.library.clinic is not None and (self.library.clinic_page() is not None
                                                or self.library.clinic.questions):
            tab.information_from = clinic.name or self.tr("your center")
        tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        if self.autosave is not None:
            tab.sheet_changed.connect(self.autosave.schedule)
        if "timeline" in self._tabs:
            self._on_plan_changed(self._tabs["timeline"].plan_inputs())
        return tab

    def tab_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def tab(self, key: str) -> QWidget:
        """The tab's widget, built now if it has not been shown yet."""
        if key not in self._tabs:
            index = self.tab_keys().index(key)
            widget = self._specs[index].build()
            placeholder = self._stack.widget(index)
            self._stack.insertWidget(index, widget)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._tabs[key] = widget
        return self._tabs[key]

    def built_tabs(self) -> dict[str, QWidget]:
        return dict(self._tabs)

    def current_key(self) -> str:
        return self._specs[self._nav.currentRow()].key

    def show_first_tab(self) -> QWidget:
        """Build and show the first tab (the app calls it once the window is up)."""
        if self._nav.currentRow() < 0:
            self._nav.setCurrentRow(0)
        self._on_nav_changed(self._nav.currentRow())
        return self.tab(self.current_key())

    def show_tab(self, key: str) -> QWidget:
        self._nav.setCurrentRow(self.tab_keys().index(key))
        return self.tab(key)

    def _on_nav_changed(self, row: int) -> None:
        if row < 0:
            return
        widget = self.tab(self._specs[row].key)
        self._stack.setCurrentIndex(self._stack.indexOf(widget))

    def _step_tab(self, delta: int) -> None:
        count = self._nav.count()
        self._nav.setCurrentRow((self._nav.currentRow() + delta) % count)

    # -- menus and keys -------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu = file_menu
        self.open_action = QAction(self.tr("&Open question list…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(lambda: self.tab("questions").open_list())
        self.open_previous_action = QAction(self.tr("Open a p&revious list…"), self)
        self.open_previous_action.triggered.connect(
            lambda: self.tab("questions").open_previous_list())
        self.undo_replace_action = QAction(self.tr("&Undo replacing my list"), self)
        self.undo_replace_action.triggered.connect(
            lambda: self.tab("questions").undo_replace())
        self.save_action = QAction(self.tr("&Save question list as…"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(lambda: self.tab("questions").save_list_as())
        self.save_pdf_action = QAction(self.tr("Save sheet as &PDF…"), self)
        self.save_pdf_action.triggered.connect(lambda: self.tab("questions").save_pdf())
        self.print_action = QAction(self.tr("&Print question sheet…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(lambda: self.tab("questions").print_sheet())
        if self.policy.may_save_files():
            for action in (self.open_action, self.open_previous_action,
                           self.undo_replace_action, self.save_action, self.save_pdf_action):
                file_menu.addAction(action)
        self.kit_action = QAction(self.tr("Print a safety &kit…"), self)
        self.kit_action.triggered.connect(self.open_kit)
        if self.policy.may_print():
            file_menu.addAction(self.print_action)
            file_menu.addAction(self.kit_action)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        if self.policy.may_quit():
            file_menu.addSeparator()
            file_menu.addAction(self.quit_action)

        view = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu = view
        self.larger_action = QAction(self.tr("&Larger text"), self)
        self.larger_action.setShortcuts(_unique_keys(
            "Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn))
        self.larger_action.triggered.connect(lambda: self.set_text_scale(
            self.prefs.text_scale + theme.SCALE_STEP))
        self.smaller_action = QAction(self.tr("&Smaller text"), self)
        self.smaller_action.setShortcuts(_unique_keys(
            "Ctrl+-", QKeySequence.StandardKey.ZoomOut))
        self.smaller_action.triggered.connect(lambda: self.set_text_scale(
            self.prefs.text_scale - theme.SCALE_STEP))
        self.reset_text_action = QAction(self.tr("&Reset text size"), self)
        self.reset_text_action.setShortcut(QKeySequence("Ctrl+0"))
        self.reset_text_action.triggered.connect(lambda: self.set_text_scale(theme.MIN_SCALE))
        self.contrast_action = QAction(self.tr("&High contrast"), self)
        self.contrast_action.setCheckable(True)
        self.contrast_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.contrast_action.setChecked(self.prefs.high_contrast)
        self.contrast_action.toggled.connect(self.set_high_contrast)
        self.motion_action = QAction(self.tr("Reduce &motion"), self)
        self.motion_action.setCheckable(True)
        self.motion_action.setChecked(bool(self.prefs.reduced_motion))
        self.motion_action.toggled.connect(self.set_reduced_motion)
        for action in (self.larger_action, self.smaller_action, self.reset_text_action):
            view.addAction(action)
        view.addSeparator()
        view.addAction(self.contrast_action)
        view.addAction(self.motion_action)
        self.region_action = QAction(self.tr("&Region for rules…"), self)
        self.region_action.triggered.connect(self.ask_region)
        self.reader_action = QAction(self.tr("&Who is reading…"), self)
        self.reader_action.triggered.connect(self.ask_reader)
        view.addSeparator()
        if self.policy.asks_who_is_reading():  # a kiosk asks on its start screen
            view.addAction(self.reader_action)
        if not self.region.locked:
            view.addAction(self.region_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu = help_menu
        about = QAction(self.tr("&About %s") % APP_NAME, self)
        about.triggered.connect(self._on_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        sources = QAction(self.tr("&Sources and review dates"), self)
        sources.triggered.connect(self._on_sources)
        words = QAction(self.tr("&Words to know"), self)
        words.triggered.connect(self._on_glossary)
        help_menu.addAction(words)
        help_menu.addAction(sources)
        self.review_pack_action = QAction(self.tr("&Review pack for clinicians…"), self)
        self.review_pack_action.triggered.connect(self._on_review_pack)
        if self.policy.may_save_files():  # a kiosk keeps no files
            help_menu.addAction(self.review_pack_action)
        help_menu.addSeparator()
        help_menu.addAction(about)

    def _on_about(self) -> None:
        from cartapp.ui.dialogs import show_about

        show_about(self, self.library, self.policy.clinic)

    def _on_glossary(self) -> None:
        from cartapp.ui.dialogs import show_glossary

        show_glossary(self, self.library)

    def _on_review_pack(self) -> None:
        from cartapp.ui.review_pack_export import save_review_pack

        path = save_review_pack(self, self.library)
        if path is not None:
            self._status(self.tr("Saved the review pack: %s") % path, 8000)

    def _on_sources(self) -> None:
        from cartapp.ui.dialogs import show_sources

        show_sources(self, self.library)

    def _build_shortcuts(self) -> None:
        for number in range(1, len(self._specs) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self._nav.setCurrentRow(n - 1))
        QShortcut(QKeySequence("Ctrl+Tab"), self).activated.connect(lambda: self._step_tab(1))
        QShortcut(QKeySequence("Ctrl+Shift+Tab"), self).activated.connect(
            lambda: self._step_tab(-1))
        QShortcut(QKeySequence("Ctrl+Backtab"), self).activated.connect(
            lambda: self._step_tab(-1))

    # -- view settings --------------------------------------------------------

    def text_scale(self) -> int:
        return self.prefs.text_scale

    def set_text_scale(self, percent: int) -> None:
        percent = theme.clamp_scale(percent)
        self.prefs.text_scale = percent
        self._apply_view()
        self.text_scale_changed.emit(percent)

    def set_high_contrast(self, on: bool) -> None:
        self.prefs.high_contrast = on
        if self.contrast_action.isChecked() != on:
            self.contrast_action.setChecked(on)
        self._apply_view()
        self.theme_changed.emit(on)

    def set_reduced_motion(self, on: bool) -> None:
        self.prefs.reduced_motion = on
        if self.motion_action.isChecked() != on:
            self.motion_action.setChecked(on)
        if "mechanism" in self._tabs:
            self._tabs["mechanism"].set_reduced_motion(on)

    def _apply_view(self) -> None:
        theme.apply(QApplication.instance(), theme.theme_for(self.prefs.high_contrast),
                    self.prefs.text_scale, kiosk=self.policy.kiosk)
        self._refresh_chrome()

    def _refresh_chrome(self) -> None:
        current = theme.theme_for(self.prefs.high_contrast)
        px = theme.text_px(self.prefs.text_scale, self.policy.kiosk)
        icon_px = round(px * 1.4)
        self._nav.setIconSize(QSize(icon_px, icon_px))
        for row, spec in enumerate(self._specs):
            item_icon = icons.icon(spec.icon, current.primary)
            item_icon.addPixmap(icons.icon(spec.icon, current.on_selection).pixmap(96),
                                QIcon.Mode.Selected)
            self._nav.item(row).setIcon(item_icon)
        self._fit_navigation()
        self.larger_action.setEnabled(self.prefs.text_scale < theme.MAX_SCALE)
        self.smaller_action.setEnabled(self.prefs.text_scale > theme.MIN_SCALE)

    def _fit_navigation(self) -> None:
        """Wide enough for the longest label, at most a third of the window; labels
        that still do not fit wrap onto more lines instead of being cut."""
        px = theme.text_px(self.prefs.text_scale, self.policy.kiosk)
        icon_px = self._nav.iconSize().width()
        chrome = icon_px + 3 * px + 28  # icon, item padding and margins, focus border
        metrics = self._nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(spec.label) for spec in self._specs)
        width = min(widest + chrome, max(220, self.width() // 3))
        self._nav.setFixedWidth(width)
        text_width = max(40, width - chrome)
        for row, spec in enumerate(self._specs):
            rect = metrics.boundingRect(0, 0, text_width, 10_000,
                                        int(Qt.TextFlag.TextWordWrap), spec.label)
            height = max(rect.height(), icon_px) + px + 12
            self._nav.item(row).setSizeHint(QSize(width - 16, height))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_navigation()

    # -- links between tabs and the outside -----------------------------------

    def _on_question_requested(self, question_id: str, source=None) -> None:
        questions = self.tab("questions")
        added = questions.add_question(question_id)
        if added:
            self._status(self.tr("Added to your questions."), 5000, say=source is None)
        if source is not None:  # said where the link was clicked, too
            question = self.library.bank.get(question_id)
            source.show_question_result(
                self.tr("Added to your questions: %1").replace("%1", question.text)
                if added and question else questions.mine.message.text())

    def _on_plan_changed(self, inputs) -> None:
        from cartapp.model.timeline import rows_for_print

        self.prefs.set_plan_inputs(inputs.to_dict() if inputs else None)
        if "questions" in self._tabs and "timeline" in self._tabs:
            plan = self._tabs["timeline"].current_plan()
            self._tabs["questions"].set_plan_rows(rows_for_print(plan) if plan else [])

    # -- region -----------------------------------------------------------------

    def _init_region(self) -> None:
        """The clinic file's region wins; a kiosk with none shows every region's rules."""
        from cartapp.ui import region

        self.region = region.current()
        self.region.set_overrides(self.policy.clinic.rule_overrides())
        self.region.locked = self.policy.region_is_fixed()
        self.region.set_region(self.policy.start_region(self.prefs.region or ""))
        self.region.set_reader(self.policy.start_reader(self.prefs.reader or ""))

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

        dialog = WelcomeDialog(self, reader=self.region.reader, region=self.region.region,
                               ask_reader=ask_reader, ask_region=ask_region and
                               not self.region.locked)
        # Closing without an answer keeps the careful defaults (a parent reading, every
        # region's rules shown) and counts as asked, so the question does not come back.
        answered = dialog.exec() == WelcomeDialog.DialogCode.Accepted
        if ask_reader:
            self.set_reader(dialog.reader() if answered else self.region.reader)
        if ask_region and not self.region.locked:
            self.set_region(dialog.region() if answered else self.region.region)

    def _status(self, text: str, ms: int, *, say: bool = True) -> None:
        """The status bar is not read by screen readers unless told."""
        from cartapp.ui.announce import announce

        self.statusBar().showMessage(text, ms)
        if say:
            announce(self.statusBar(), text)

    def _show_problem(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)
        plain_text.warn(self, APP_NAME, text)

    def _on_external_link(self, url: QUrl) -> None:
        if not self.policy.may_open_links():
            plain_text.inform(
                self, self.tr("Link"),
                self.tr("This address can be opened at home:\n%s") % url.toString())
            return
        QDesktopServices.openUrl(url)

    # -- window life ----------------------------------------------------------

    def restore_geometry(self, screens: list | None = None) -> None:
        """The remembered size and place at home if it is still on a screen, else a
        size that fits the screen the window opens on (``screens``: for tests)."""
        from PySide6.QtGui import QGuiApplication

        from cartapp.ui.window_size import first_geometry, fits_a_screen

        areas = screens if screens is not None else [
            s.availableGeometry() for s in QGuiApplication.screens()]
        saved = self.prefs.geometry()
        if saved is not None and self.restoreGeometry(saved) and (
                not areas or fits_a_screen(self.frameGeometry(), areas)):
            return
        if areas:
            self.setGeometry(first_geometry(areas[0]))
        else:
            self.resize(1280, 800)

    def allow_close(self) -> None:
        self._close_allowed = True

    def open_kit(self):
        """The safety kit dialog, started with what the family typed elsewhere."""
        from cartapp.ui.kit_entry import open_kit

        if self.kit_dialog is not None:
            self.kit_dialog.raise_()
            return self.kit_dialog
        return open_kit(self)

    def reset_session(self) -> None:
        """Forget everything a family did: lists, dates, search, view, place."""
        if self.kit_dialog is not None:  # its fields hold this family's name and dates
            self.kit_dialog.close()
            self.kit_dialog = None
        for tab in self._tabs.values():
            reset = getattr(tab, "reset", None)
            if reset is not None:
                reset()
        if "timeline" in self._tabs:
            from cartapp.model.timeline import PlanInputs

            self._tabs["timeline"].set_plan_inputs(PlanInputs())
        view_changed = self.prefs.text_scale != theme.MIN_SCALE or self.prefs.high_contrast
        self.prefs.text_scale = theme.MIN_SCALE
        self.prefs.high_contrast = False
        self.prefs.set_plan_inputs(None)
        for action in (self.contrast_action, self.motion_action):
            action.blockSignals(True)  # one restyle below, not one per setting
            action.setChecked(False)
            action.blockSignals(False)
        self.set_reduced_motion(False)
        if view_changed:  # restyling every widget is the slowest part of a reset
            self._apply_view()
            self.text_scale_changed.emit(theme.MIN_SCALE)
            self.theme_changed.emit(False)
        self.region.set_reader("parent")  # the start screen asks the next family again
        self.statusBar().clearMessage()
        self._nav.setCurrentRow(0)

    def closeEvent(self, event) -> None:
        if not self._close_allowed:
            event.ignore()  # a kiosk does not close for a family; staff use the PIN
            return
        from cartapp.ui.close_guard import may_close

        if not may_close(self, self.autosave, lambda: self.tab("questions").save_list_as()):
            event.ignore()
            return
        if self.prefs.persist:
            self.prefs.set_geometry(self.saveGeometry())
            self.prefs.sync()
        super().closeEvent(event)
