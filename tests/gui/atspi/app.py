"""The app's main window for the AT-SPI test: shows the tab named on each line of
standard input and answers "ready KEY" once it is shown; "quit" ends it."""

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
        key = line.split()[-1]
        window.show_tab(key)
        QTimer.singleShot(300, lambda: print(f"ready {key}", flush=True))

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_line)
    QTimer.singleShot(500, lambda: print("ready start", flush=True))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
