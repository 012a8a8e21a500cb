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
    return f"{node.getRoleName()} | {node.name} | {node.description} | {actions}"


def walk(node, depth, out, max_depth):
    states = node.getState()
    if depth and not states.contains(pyatspi.STATE_SHOWING):
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


def main():
    app = find_app(sys.argv[1])
    if app is None:
        print("NO-APP")
        return 2
    out = []
    walk(app, 0, out, int(sys.argv[2]) if len(sys.argv) > 2 else 40)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
