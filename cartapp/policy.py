"""What the app may do here: at home, or as a kiosk shared by one family after another.

Kiosk mode is a policy the app asks ("may I save files?"), not a fork of the
app. No Qt: the policy is plain data, easy to test and to use headless.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the home policy needs no configuration before the first paint
    from cartapp.config import ClinicConfig, ClinicInfo, KioskSettings

# Body text in pixels at 100 %; the theme scales these (this module stays free of Qt).
HOME_TEXT_PX = 16
KIOSK_TEXT_PX = 20


class KioskPolicy:
    def __init__(self, config: ClinicConfig | None, kiosk: bool) -> None:
        self._config = config
        self.kiosk = kiosk

    @classmethod
    def home(cls, config: ClinicConfig | None = None) -> KioskPolicy:
        return cls(config, kiosk=False)

    @property
    def config(self) -> ClinicConfig:
        if self._config is None:  # the defaults, made on first use
            from cartapp.config import ClinicConfig

            self._config = ClinicConfig()
        return self._config

    def clinic_files(self) -> tuple[Path, ...]:
        """The clinic files the settings came from, machine-wide first (none at a home
        without one, found without reading the clinic-file code)."""
        if self._config is None:
            return ()
        config = self._config
        return tuple(config.files) or ((config.source,) if config.source else ())

    @property
    def clinic(self) -> ClinicInfo:
        return self.config.clinic

    @property
    def settings(self) -> KioskSettings:
        return self.config.kiosk

    def may_save_files(self) -> bool:
        """Nothing a family types may outlive their visit on a shared computer."""
        return not self.kiosk

    def may_open_links(self) -> bool:
        """A browser would leave the kiosk and keep its own history."""
        return not self.kiosk

    def may_print(self) -> bool:
        return not self.kiosk or self.settings.printing_allowed

    def print_directly(self) -> bool:
        """Send to the default printer without a dialog (a touch screen has no desk);
        the kiosk default, unless the clinic file sets print_to_default_printer = false."""
        return (
            self.kiosk
            and self.settings.printing_allowed
            and self.settings.print_to_default_printer is not False
        )

    def may_print_to_file(self) -> bool:
        """Qt's print dialog can write a file anywhere; a kiosk never shows it."""
        return not self.kiosk

    def reports_printing(self) -> bool:
        """Say plainly on screen whether the pages are printing, and watch the queue:
        a family at a kiosk has nobody at a desk to ask."""
        return self.kiosk

    def persist_settings(self) -> bool:
        """Text size or contrast chosen by one family must not greet the next one."""
        return not self.kiosk

    def idle_ms(self) -> int:
        return self.settings.idle_timeout_seconds * 1000

    def warning_ms(self) -> int:
        return self.settings.warning_seconds * 1000

    def start_language(self) -> str:
        return self.settings.default_language

    def may_quit(self) -> bool:
        """A kiosk is left only through the staff PIN: no Quit, no closing the window."""
        return not self.kiosk

    def asks_who_is_reading(self) -> bool:
        """At home the first run asks once; a kiosk asks every family on its start screen."""
        return not self.kiosk

    def region_is_fixed(self) -> bool:
        """The clinic file's region, or in a kiosk without one every region's rules:
        a family cannot change which country's rules a shared screen shows."""
        # No clinic file: the defaults name no region (and need not be made to say so).
        return self.kiosk or (self._config is not None and bool(self._config.clinic.region))

    def start_region(self, remembered: str) -> str:
        """The region shown first: the clinic's, else in a kiosk every region's
        ("other"), else what this home last chose."""
        return self.clinic.region or ("other" if self.kiosk else remembered or "other")

    def start_reader(self, remembered: str) -> str:
        return "parent" if self.kiosk else remembered or "parent"

    def __repr__(self) -> str:
        mode = "kiosk" if self.kiosk else "home"
        return f"KioskPolicy({mode}, clinic={self.clinic.name!r})"
