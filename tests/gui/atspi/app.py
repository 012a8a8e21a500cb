"""The app's main window for the AT-SPI test: "tab KEY" on standard input shows a
tab, "scale PERCENT" sets the text size; it answers "ready ..." when done, and
"quit" ends it."""

import sys

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication


def main() -> int:
    app = QApplication(sys.argv)
    app.setApplicationName("CAR T Family Guide")
    from cartapp.model.library import ContentLibrary
    from cartapp.ui import theme
    from cartapp.ui.app import load_fonts
    from cartapp.ui.main_window import MainWindow
    from cartapp.ui.preferences import Preferences

    load_fonts()
    prefs = Preferences(persist=False)
    theme.apply(app, theme.theme_for(False), prefs.text_scale)
    window = MainWindow(ContentLibrary("en"), prefs)
    window.resize(1280, 740)
    window.show()

    def on_line() -> None:
        line = sys.stdin.readline().strip()
        if not line or line == "quit":
            window.allow_close()
            app.quit()
            return
        command, key = line.split()[0], line.split()[-1]
        if command == "scale":
            window.set_text_scale(int(key))
        else:
            window.show_tab(key)
        QTimer.singleShot(300, lambda: print(f"ready {key}", flush=True))

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_line)
    QTimer.singleShot(500, lambda: print("ready start", flush=True))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
