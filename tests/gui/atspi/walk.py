"""Prints an application's AT-SPI tree as a screen reader gets it (run with the
system Python, which has pyatspi): one line per object, indented by depth,
"role | name | description | actions"; only objects that are showing."""

import sys
import time

import pyatspi


def find_app(name, wait=20.0):
    # An application registers with the desktop a moment after the bus starts.
    end = time.monotonic() + wait
    while True:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == name:
                return app
        if time.monotonic() > end:
            return None
        time.sleep(0.3)


def describe(node):
    try:
        action = node.queryAction()
        actions = ",".join(action.getName(i) for i in range(action.nActions))
    except NotImplementedError:
        actions = ""
    name, description = (" ".join((text or "").split()) for text in (node.name, node.description))
    return f"{node.getRoleName()} | {name} | {description} | {actions}"


def walk(node, depth, out, max_depth):
    states = node.getState()
    # A link scrolled out of view is still listed, as a screen reader's links list does.
    link = node.getRoleName() == "link"
    if depth and not states.contains(pyatspi.STATE_SHOWING) and not link:
        return
    flags = []
    if states.contains(pyatspi.STATE_FOCUSABLE):
        flags.append("focusable")
    out.append("  " * depth + describe(node) + (" | " + " ".join(flags) if flags else ""))
    if depth >= max_depth:
        return
    for child in node:
        if child is not None:
            walk(child, depth + 1, out, max_depth)


def links(node, found):
    if node.getRoleName() == "link":
        found.append(node)
    for child in node:
        if child is not None:
            links(child, found)
    return found


def press_first(app, purpose):
    """Presses the first link whose description starts with ``purpose``'s words, as
    a screen reader's "activate" does, then lists the window again."""
    words = {"glossary": "Shows what this word means"}[purpose]
    link = next(n for n in links(app, []) if n.description.startswith(words))
    link.queryAction().doAction(0)
    time.sleep(1.0)
    return link.name


def main():
    if sys.argv[2:3] == ["--start-bus"]:
        pyatspi.Registry.getDesktop(0)
        return 0
    app = find_app(sys.argv[1])
    if app is None:
        print("NO-APP")
        return 2
    out = []
    if sys.argv[2:3] == ["--press-first"]:
        out.append("pressed | " + press_first(app, sys.argv[3]))
    walk(app, 0, out, 40)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
