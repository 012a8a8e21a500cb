"""The animation's colours: the outline and halo follow the theme, the cells keep
their own."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor


@dataclass(frozen=True)
class Ink:
    """Colours that follow the theme; the cells' own colours never change."""

    outline: QColor
    halo: QColor | None
    roles: dict[str, QColor] = field(default_factory=dict)

    @classmethod
    def for_background(cls, background: QColor) -> Ink:
        if background.lightnessF() < 0.35:
            # On black the dark outlines vanish; a light halo keeps every shape's edge.
            return cls(
                QColor("#000000"),
                QColor("#FFFFFF"),
                {
                    "vessel": QColor("#33201D"),
                    "wall": QColor("#C99A93"),
                    "paper": QColor("#1E1E1E"),
                    "glass": QColor("#0F2A22"),
                    "person": QColor("#8A96A3"),
                    "text": QColor("#FFFFFF"),
                    "tag": QColor("#000000"),
                    "tag_edge": QColor("#FFD700"),
                    "background": QColor(background),
                },
            )
        return cls(
            QColor("#1F2933"),
            None,
            {
                "vessel": QColor("#FBE7E4"),
                "wall": QColor("#D9A59D"),
                "paper": QColor("#FFFFFF"),
                "glass": QColor("#E3F4EE"),
                "person": QColor("#C9CED6"),
                "text": QColor("#1F2933"),
                "tag": QColor("#FFFFFF"),
                "tag_edge": QColor("#52606D"),
                "background": QColor(background),
            },
        )

    def colour(self, spec: str) -> QColor:
        return QColor(spec) if spec.startswith("#") else self.roles.get(spec, QColor("gray"))
