"""Numbers and dates as a Dutch or an English report writes them.

Dutch: decimal comma and a thousands point (39.017; 4,56; -1,2%; 8 december 2026). English:
decimal point and a thousands comma (39,017; 4.56; -1.2%; 8 December 2026). Written here rather
than through the locale: a fresh machine has no nl_NL locale, and the annex must not depend on
the machine's settings.
"""
from datetime import datetime
from decimal import ROUND_HALF_UP, Context, Decimal


MISSING = {"nl": "n.b.", "en": "n/a"}
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}


def is_missing(value):
    return value is None or value != value


def round_half_away(value, decimals=0):
    """`value` to `decimals` decimals, halves away from zero (2.5 to 3, -0.125 to -0.13) from
    the value's shortest decimal form, as a report and Excel's display round; an int for 0
    decimals. Missing and infinite values are returned as they are."""
    value = float(value)
    if value != value or value in (float("inf"), float("-inf")):
        return value
    digits = Context(prec=400)  # room for every digit of the largest double
    rounded = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP, digits)
    return int(rounded) if decimals == 0 else float(rounded) + 0.0  # + 0.0: no -0.0


def format_number(value, lang, decimals=0, signed=False, grouping=True):
    """A number with the language's separators; `signed` writes + before a positive value;
    without `grouping` no thousands separator (for CSV files, which programs read back)."""
    if is_missing(value):
        return MISSING[lang]
    value = round_half_away(value, decimals)
    if value == 0:
        value = 0  # no "-0"
    text = f"{value:{'+' if signed else ''}{',' if grouping else ''}.{decimals}f}"
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


def format_date(iso_text, lang):
    """The date of an ISO 8601 time stamp ('2026-12-08T00:38:33Z') as a report writes it:
    '8 december 2026' in Dutch, '8 December 2026' in English. Text that is no ISO time stamp (a
    file without a `created` attribute gives '?') is returned as it is."""
    try:
        moment = datetime.fromisoformat(str(iso_text).strip())
    except ValueError:
        return str(iso_text)
    return f"{moment.day} {MONTHS[lang][moment.month - 1]} {moment.year}"
