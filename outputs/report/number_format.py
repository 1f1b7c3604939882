"""Numbers as a Dutch or an English report writes them.

Dutch: decimal comma and a thousands point (39.017; 4,56; -1,2%). English: decimal point and a
thousands comma (39,017; 4.56; -1.2%). Written here rather than through the locale: a fresh
machine has no nl_NL locale, and the annex must not depend on the machine's settings.
"""
from matplotlib.ticker import FuncFormatter

MISSING = {"nl": "n.b.", "en": "n/a"}


def is_missing(value):
    return value is None or value != value


def format_number(value, lang, decimals=0, signed=False):
    """A number with the language's separators; `signed` writes + before a positive value."""
    if is_missing(value):
        return MISSING[lang]
    value = float(value)
    if decimals == 0:
        value = round(value)
        if value == 0:
            value = 0  # no "-0"
    text = f"{value:{'+' if signed else ''},.{decimals}f}"
    if text.lstrip("+-").strip("0.,") == "":  # a value that rounds to zero has no sign
        text = text.lstrip("+-")
    if lang == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_percent(share, lang, decimals=1, signed=False):
    """A share (0.042) as a percentage (4,2% in Dutch, 4.2% in English)."""
    if is_missing(share):
        return MISSING[lang]
    return format_number(100.0 * float(share), lang, decimals, signed) + "%"


def tick_formatter(lang, decimals=0, scale=1.0):
    """A matplotlib formatter writing each tick value / scale with the language's separators."""
    return FuncFormatter(lambda value, _position: format_number(value / scale, lang, decimals))
