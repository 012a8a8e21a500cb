"""The accessibility tree as a screen reader gets it from Qt, for checks and tests.

Walks QAccessible interfaces (the same objects Qt hands to UI Automation,
NSAccessibility and AT-SPI) from a widget down, skipping what is hidden.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAccessible

NAME_CHARS = 90  # long names (a whole paragraph) are cut in listings, never in checks


@dataclass(frozen=True)
class Node:
    depth: int
    role: str
    name: str
    description: str
    focusable: bool
    offscreen: bool
    actions: tuple[str, ...]

    def line(self) -> str:
        name = " ".join(self.name.split())
        if len(name) > NAME_CHARS:
            name = name[: NAME_CHARS - 1] + "…"
        marks = " [focusable]" if self.focusable else ""
        return f"{'  ' * self.depth}{self.role}: {name}{marks}"


def walk(widget, max_nodes: int = 5000) -> list[Node]:
    """Every object under ``widget`` that is not hidden, in tree order. Off-screen
    objects are kept (a screen reader lists links scrolled out of view too)."""
    root = QAccessible.queryAccessibleInterface(widget)
    nodes: list[Node] = []
    stack = [(root, 0)] if root is not None else []
    while stack and len(nodes) < max_nodes:
        iface, depth = stack.pop()
        state = iface.state()
        if state.invisible:
            continue
        action = iface.actionInterface()
        nodes.append(
            Node(
                depth=depth,
                role=iface.role().name,
                name=iface.text(QAccessible.Text.Name) or "",
                description=iface.text(QAccessible.Text.Description) or "",
                focusable=bool(state.focusable),
                offscreen=bool(state.offscreen),
                actions=tuple(action.actionNames()) if action is not None else (),
            )
        )
        children = [iface.child(i) for i in range(iface.childCount())]
        stack.extend((c, depth + 1) for c in reversed(children) if c is not None)
    return nodes


def unnamed_focusable(nodes: list[Node]) -> list[Node]:
    """Objects a keyboard can reach that a screen reader could only call by role."""
    return [n for n in nodes if n.focusable and not n.name.strip()]


def listing(nodes: list[Node]) -> str:
    return "\n".join(n.line() for n in nodes) + "\n"
