"""Palettes, text size and the application style sheet.

Two themes share one set of roles. Widgets read colours from the palette
(``self.palette()``) and sizes from their font, so a theme or text-size change
reaches everything through Qt's own PaletteChange/FontChange events.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from cartapp.policy import HOME_TEXT_PX as BASE_TEXT_PX
from cartapp.policy import KIOSK_TEXT_PX

# Re-exported (the "as" marks it): the window asks this module for both.
from cartapp.ui.theme_colors import HIGH_CONTRAST as HIGH_CONTRAST
from cartapp.ui.theme_colors import STANDARD as STANDARD
from cartapp.ui.theme_colors import Theme as Theme
from cartapp.ui.theme_colors import all_themes as all_themes
from cartapp.ui.theme_colors import theme_for as theme_for

MIN_SCALE, MAX_SCALE, SCALE_STEP = 100, 200, 10
FONT_FAMILY = "Noto Sans"


def text_px(scale_percent: int, kiosk: bool = False) -> int:
    base = KIOSK_TEXT_PX if kiosk else BASE_TEXT_PX
    return round(base * scale_percent / 100)


def clamp_scale(scale_percent: int) -> int:
    return max(MIN_SCALE, min(MAX_SCALE, scale_percent))


def make_palette(theme: Theme) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.surface,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.background,
        QPalette.ColorRole.AlternateBase: theme.surface,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.secondary_text,
        QPalette.ColorRole.Button: theme.background,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.Highlight: theme.selection,
        QPalette.ColorRole.HighlightedText: theme.on_selection,
        QPalette.ColorRole.Link: theme.link,
        QPalette.ColorRole.LinkVisited: theme.link,
        QPalette.ColorRole.ToolTipBase: theme.background,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.Mid: theme.border,
        QPalette.ColorRole.Dark: theme.secondary_text,
        QPalette.ColorRole.Accent: theme.primary,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(theme.secondary_text)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


MIN_TARGET_PX = 24  # WCAG 2.5.8 at home; a kiosk's touch screen gets 44
KIOSK_TARGET_PX = 44
FOCUS_RING_PX = 2  # what a focused control adds to its resting border, at least


def slider_handle_px(px: int, kiosk: bool = False) -> int:
    """The position slider's thumb: a target to grab, not a sliver."""
    return max(KIOSK_TARGET_PX if kiosk else MIN_TARGET_PX, round(px * 1.25))


def control_file(theme: Theme, name: str) -> str:
    """A control's picture (chevron-down, chevron-up, check, dot) in the theme's ink,
    as a style sheet path: style sheets cannot recolour an SVG."""
    from cartapp import paths

    ink = "light" if theme is HIGH_CONTRAST else "dark"
    return (paths.resources_dir() / "icons" / "controls" / f"{name}-{ink}.svg").as_posix()


def arrow_files(theme: Theme) -> tuple[str, str]:
    """The down and up arrows drawn in the theme's text colour."""
    return control_file(theme, "chevron-down"), control_file(theme, "chevron-up")


def arrow_width(px: int, kiosk: bool = False) -> int:
    """A spin box's or drop-down's arrow area: a target of its own."""
    return max(KIOSK_TARGET_PX if kiosk else MIN_TARGET_PX + 4, round(px * 1.7))


def indicator_px(px: int, kiosk: bool = False) -> int:
    """A check box or radio button's box, which grows with the text."""
    return max(32 if kiosk else 20, round(px * 1.25))


def style_sheet(theme: Theme, px: int, *, kiosk: bool = False) -> str:
    """Sizes scale with the text size; targets stay at least 32 px (44 in kiosk)."""
    target = max(44 if kiosk else 32, round(px * 2.1))
    pad = max(6, px // 2)
    h1, h2 = round(px * 1.6), round(px * 1.25)
    t = theme
    down, up = arrow_files(t)
    arrow, icon, box = arrow_width(px, kiosk), max(12, round(px * 0.9)), indicator_px(px, kiosk)
    handle = slider_handle_px(px, kiosk)
    return f"""
QWidget {{ color: {t.text}; }}
QDialog {{ background: {t.surface}; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QLabel#tabPurpose {{ color: {t.secondary_text}; padding: 4px 0px; }}
QLabel#tabHeading {{ font-size: {h1}px; font-weight: bold; color: {t.primary}; }}
QLabel#sectionHeading, QGroupBox {{ font-size: {h2}px; font-weight: bold; color: {t.primary}; }}
QGroupBox {{ border: 1px solid {t.border}; border-radius: 6px; margin-top: {h2}px;
             padding: {pad}px; background: {t.background}; }}
QGroupBox::title {{ subcontrol-origin: margin; left: {pad}px; padding: 0 4px; }}
QListWidget#navigation {{ background: {t.surface}; border: none;
                          border-right: 1px solid {t.border}; outline: none; }}
QListWidget#navigation::item {{ padding: {pad}px; margin: 2px 6px; border-radius: 6px;
                                border: 2px solid transparent; min-height: {target}px; }}
QListWidget#navigation::item:selected {{ background: {t.selection}; color: {t.on_selection};
                                         border: 2px solid {t.primary}; }}
QListWidget#navigation:focus::item:selected {{ border: 2px solid {t.focus}; }}
QListWidget#navigation::item:hover:!selected {{ border: 2px solid {t.border}; }}
QPushButton, QToolButton {{ min-height: {target}px; padding: 0 {max(8, px * 3 // 4)}px;
    border: 2px solid {t.primary}; border-radius: 6px;
    background: {t.background}; color: {t.primary}; font-weight: bold; }}
QPushButton:hover, QToolButton:hover {{ background: {t.surface}; }}
QPushButton:focus, QToolButton:focus {{ border: 4px solid {t.focus}; }}
QPushButton[primary="true"] {{ background: {t.primary}; color: {t.on_primary}; }}
QPushButton[primary="true"]:focus {{ border: 3px solid {t.on_primary};
    outline: none; }}
QPushButton:disabled {{ border-color: {t.border}; border-style: dashed;
    color: {t.secondary_text}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QDateEdit, QSpinBox, QComboBox {{
    min-height: {target}px; padding: 0 {pad}px; border: 1px solid {t.border};
    border-radius: 4px; background: {t.background}; color: {t.text};
    selection-background-color: {t.selection}; selection-color: {t.on_selection}; }}
QPlainTextEdit, QTextEdit {{ padding: {pad}px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QDateEdit:focus,
QSpinBox:focus, QComboBox:focus {{ border: 3px solid {t.focus}; }}
QTextBrowser {{ border: none; background: {t.background}; }}
QTextBrowser:focus {{ border: 2px solid {t.focus}; }}
QScrollArea:focus {{ border: 2px solid {t.focus}; }}
QSlider {{ min-height: {handle + 4}px; }}
QSlider:focus {{ border: 2px solid {t.focus}; border-radius: 4px; }}
QSlider::groove:horizontal {{ height: 8px; border: 1px solid {t.secondary_text};
    border-radius: 4px; background: {t.background}; }}
QSlider::sub-page:horizontal {{ background: {t.primary}; border-radius: 4px; }}
QSlider::handle:horizontal {{ width: {handle}px; margin: -{(handle - 8) // 2}px 0;
    border-radius: {handle // 2}px; background: {t.primary};
    border: 2px solid {t.background}; }}
QListWidget, QTreeWidget, QListView, QTreeView {{ background: {t.background};
    border: 1px solid {t.border}; border-radius: 4px; }}
QListWidget:focus, QTreeWidget:focus, QListView:focus, QTreeView:focus {{
    border: 3px solid {t.focus}; }}
QListWidget::item, QTreeWidget::item {{ padding: {pad // 2}px; }}
QListWidget::item:selected, QTreeWidget::item:selected {{
    background: {t.selection}; color: {t.on_selection}; }}
QCheckBox, QRadioButton {{ min-height: {target}px; spacing: {pad}px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {t.focus}; border-radius: 4px; }}
QFrame#definitionPanel, QFrame#infoBox {{ background: {t.background};
    border: 2px solid {t.primary}; border-radius: 6px; }}
QMenuBar {{ background: {t.surface}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {t.selection};
    color: {t.on_selection}; }}
QMenu {{ background: {t.background}; border: 1px solid {t.border}; }}
QToolTip {{ background: {t.background}; color: {t.text}; border: 1px solid {t.border}; }}
QScrollBar:vertical {{ width: {max(14, px)}px; background: {t.surface};
    border-left: 1px solid {t.border}; }}
QScrollBar::handle:vertical {{ background: {t.secondary_text}; min-height: {target}px;
    border-radius: 4px; margin: 2px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0px; }}
QComboBox {{ padding-right: {arrow}px; }}
QComboBox::drop-down {{ subcontrol-origin: border; subcontrol-position: top right;
    width: {arrow}px; border-left: 1px solid {t.border}; }}
QComboBox::down-arrow, QSpinBox::down-arrow, QDateEdit::down-arrow {{
    image: url({down}); width: {icon}px; height: {icon}px; }}
QSpinBox::up-arrow, QDateEdit::up-arrow {{ image: url({up}); width: {icon}px;
    height: {icon}px; }}
QSpinBox, QDateEdit {{ padding-right: {2 * arrow}px; }}
QSpinBox::up-button, QDateEdit::up-button {{ subcontrol-origin: border;
    subcontrol-position: center right; width: {arrow}px; height: {target}px;
    border-left: 1px solid {t.border}; }}
QSpinBox::down-button, QDateEdit::down-button {{ subcontrol-origin: border;
    subcontrol-position: center right; position: relative; right: {arrow}px;
    width: {arrow}px; height: {target}px; border-left: 1px solid {t.border}; }}
QDateEdit[calendarPopup="true"]::drop-down {{ subcontrol-origin: border;
    subcontrol-position: top right; width: {arrow}px; border-left: 1px solid {t.border}; }}
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled, QDateEdit:disabled,
QSpinBox:disabled, QComboBox:disabled {{ background: {t.surface}; color: {t.secondary_text};
    border: 1px dashed {t.secondary_text}; }}
QCheckBox:disabled, QRadioButton:disabled, QLabel:disabled {{ color: {t.secondary_text}; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {box}px; height: {box}px;
    border: 2px solid {t.text}; background: {t.background}; border-radius: 4px; }}
QRadioButton::indicator {{ border-radius: {box // 2 + 2}px; }}
QCheckBox::indicator:checked {{ image: url({control_file(t, "check")}); }}
QRadioButton::indicator:checked {{ image: url({control_file(t, "dot")}); }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
    border: 2px dashed {t.secondary_text}; }}
"""


def look(theme: Theme, scale_percent: int, *, kiosk: bool = False) -> tuple[QFont, QPalette, str]:
    """The font, palette and style sheet of a theme at a text size."""
    px = text_px(scale_percent, kiosk)
    font = QFont(FONT_FAMILY)
    font.setPixelSize(px)
    return font, make_palette(theme), style_sheet(theme, px, kiosk=kiosk)


def apply(app: QApplication, theme: Theme, scale_percent: int, *, kiosk: bool = False) -> None:
    """Set palette, font and style sheet for the whole application (at start: a later
    change goes through cartapp.ui.style_scopes, which restyles what is on screen)."""
    font, palette, sheet = look(theme, scale_percent, kiosk=kiosk)
    app.setFont(font)
    app.setPalette(palette)
    app.setStyleSheet(sheet)
