"""The shipped fallback fonts, per script, in the order they are tried.

Shared by the printed sheet and the window (which must not import ReportLab
just to learn the file names). Each is regular weight only: a bold or italic
Arabic or Chinese face would add megabytes for little.
"""

FALLBACKS: tuple[tuple[str, str], ...] = (
    ("NotoSansArabic", "NotoSansArabic-Regular.ttf"),  # Arabic, Persian, Urdu
    ("NotoSansHebrew", "NotoSansHebrew-Regular.ttf"),
    ("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf"),
    ("NotoSansBengali", "NotoSansBengali-Regular.ttf"),
    ("DroidSansFallback", "DroidSansFallback.ttf"),  # Chinese, Japanese, Korean
)
