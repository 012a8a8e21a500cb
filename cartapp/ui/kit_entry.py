"""Where the safety kit is opened from (File menu, Treatment steps, Risks) and what it
starts with: the name on the question sheet, the infusion date and no-driving days
the family gave on the Treatment steps tab, the clinic file, the region and reader."""

from __future__ import annotations

import contextlib
import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from cartapp.model.kit import FamilyDetails, KitFacts

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from cartapp.ui.kit_dialog import KitDialog
    from cartapp.ui.main_window import MainWindow


def kit_button(parent: QWidget, open_kit) -> QPushButton:
    button = QPushButton(translate("KitEntry", "Print a safety kit…"), parent)
    button.setObjectName("open-safety-kit")
    button.setAccessibleDescription(
        translate(
            "KitEntry",
            "A wallet card, a When to call sheet, a temperature log, a letter for another "
            "doctor and a caregiver checklist",
        )
    )
    button.clicked.connect(open_kit)
    return button


def family_details(window: MainWindow) -> FamilyDetails:
    """What the family already typed elsewhere in the app (nothing is guessed)."""
    from cartapp.model.timeline import PlanError, PlanInputs

    name = ""
    questions = window.built_tabs().get("questions")
    if questions is not None:
        name = questions.sheet().child_name
    inputs = PlanInputs()
    timeline = window.built_tabs().get("timeline")
    if timeline is not None:
        inputs = timeline.plan_inputs()
    else:
        with contextlib.suppress(PlanError, ValueError, TypeError, KeyError):
            saved = window.prefs.plan_inputs()
            inputs = PlanInputs.from_dict(saved) if saved else PlanInputs()
    day0 = inputs.infusion_date
    driving = (
        day0 + datetime.timedelta(days=inputs.no_driving_days)
        if day0 and inputs.no_driving_days
        else None
    )
    return FamilyDetails(" ".join(name.split())[:60], day0, "", driving)


def open_kit(window: MainWindow) -> KitDialog | None:
    from cartapp import __version__
    from cartapp.model.kit import facts_for
    from cartapp.model.kit_content import kit_content
    from cartapp.pdf.fonts import covers
    from cartapp.ui.kit_dialog import KitDialog

    policy = window.policy
    if not policy.may_print():
        return None
    clinic, kit, region = policy.clinic, policy.config.kit, window.region

    def make_facts(details: FamilyDetails) -> KitFacts:
        return facts_for(
            details,
            clinic=clinic,
            kit=kit,
            region=region.region,
            reader=region.reader,
            covers=covers,
        )

    dialog = KitDialog(
        window,
        kit_content(window.library.language),
        details=family_details(window),
        make_facts=make_facts,
        allow_files=policy.may_save_files(),
        print_directly=policy.print_directly(),
        kiosk_printing=policy.reports_printing(),
        app_version=__version__,
    )
    dialog.status_message.connect(lambda text: window.statusBar().showMessage(text, 6000))
    window.kit_dialog = dialog
    dialog.destroyed.connect(lambda: setattr(window, "kit_dialog", None))
    _first_size(dialog)
    dialog.show()
    return dialog


def _first_size(dialog) -> None:
    """Room for all of it at once when the screen allows: at large text, Qt's first
    size left a few lines in a scrolling box with a third of the screen unused."""
    from PySide6.QtWidgets import QScrollArea

    from cartapp.ui.dialog_size import FRAME_PX, fit_to_screen, reading_width

    dialog.ensurePolished()
    scroll = dialog.findChild(QScrollArea)
    width = reading_width(dialog)
    body = scroll.widget().layout()
    inner = width - FRAME_PX
    words = (
        body.totalHeightForWidth(inner) if body.hasHeightForWidth() else body.sizeHint().height()
    )
    around = dialog.sizeHint().height() - scroll.sizeHint().height()
    fit_to_screen(dialog, width, around + words + 8)
