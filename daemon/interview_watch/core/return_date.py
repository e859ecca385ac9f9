"""The date an out-of-office reply says its sender is back, in English, German, French, Spanish.

Pure: the reference date (the reply's own Date) is passed in; relative weekdays ("back on
Monday") and dates without a year resolve against it. "Until X" means back the day after X.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_MONTHS = {
    **dict.fromkeys(("january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "janeiro"), 1),
    **dict.fromkeys(("february", "feb", "februar", "février", "fevrier", "févr", "fevr",
                     "febrero", "fevereiro"), 2),
    **dict.fromkeys(("march", "mar", "märz", "maerz", "mars", "marzo", "mrz", "março", "marco"), 3),
    **dict.fromkeys(("april", "apr", "avril", "avr", "abril", "abr"), 4),
    **dict.fromkeys(("may", "mai", "mayo", "maio"), 5),
    **dict.fromkeys(("june", "jun", "juni", "juin", "junio", "junho"), 6),
    **dict.fromkeys(("july", "jul", "juli", "juillet", "juil", "julio", "julho"), 7),
    **dict.fromkeys(("august", "aug", "août", "aout", "agosto", "ago"), 8),
    **dict.fromkeys(("september", "sep", "sept", "septembre", "septiembre", "setiembre", "set", "setembro"),
                    9),
    **dict.fromkeys(("october", "oct", "oktober", "okt", "octobre", "octubre", "outubro"), 10),
    **dict.fromkeys(("november", "nov", "novembre", "noviembre", "novembro"), 11),
    **dict.fromkeys(("december", "dec", "dezember", "dez", "décembre", "decembre", "déc",
                     "diciembre", "dic", "dezembro"), 12),
}
_WEEKDAYS = {
    **dict.fromkeys(("monday", "mon", "montag", "lundi", "lunes"), 0),
    **dict.fromkeys(("tuesday", "tue", "tues", "dienstag", "mardi", "martes"), 1),
    **dict.fromkeys(("wednesday", "wed", "mittwoch", "mercredi", "miércoles", "miercoles"), 2),
    **dict.fromkeys(("thursday", "thu", "thurs", "donnerstag", "jeudi", "jueves"), 3),
    **dict.fromkeys(("friday", "fri", "freitag", "vendredi", "viernes"), 4),
    **dict.fromkeys(("saturday", "sat", "samstag", "sonnabend", "samedi", "sábado", "sabado"), 5),
    **dict.fromkeys(("sunday", "sun", "sonntag", "dimanche", "domingo"), 6),
}
_TOMORROW = ("tomorrow", "morgen", "demain", "mañana")
_MONTH = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_WEEKDAY = "|".join(sorted((re.escape(w) for w in _WEEKDAYS), key=len, reverse=True))

# Phrases after which the return date follows ("back on ..."), and those after which the last
# day away follows ("until ...").
_BACK = re.compile(
    r"\b(?:back|return(?:ing|s)?|in\s+the\s+office|available|reachable"
    r"|zurück|wieder|ab|erreichbar|de\s+retour|retour|à\s+partir\s+du|a\s+partir\s+du"
    r"|dès\s+le|regres(?:o|aré|are|ar)|volver[ée]|de\s+vuelta|a\s+partir\s+del?|reincorpor\w+)\b",
    re.I,
)
# "until X" names the day the absence ends: read as the return day. "through X" and "bis
# einschließlich X" include X, so the sender is back the day after.
_UNTIL = re.compile(
    r"\b(?:until|till|bis(?:\s+zum)?|jusqu'?\s*(?:au|à|a)|jusqu’(?:au|à)|hasta(?:\s+el)?|at[ée](?:\s+(?:o\s+dia|dia))?)\b",
    re.I,
)
_THROUGH = re.compile(
    r"\b(?:through|thru|up\s+to\s+and\s+including|bis\s+(?:einschlie(?:ß|ss)lich|inkl\.?)"
    r"(?:\s+zum)?|(?:jusqu'?\s*(?:au|à)|jusqu’(?:au|à))(?=[^.\n]{0,40}\binclus)"
    r"|hasta\s+el(?=[^.\n]{0,40}\binclusive))",
    re.I,
)
_NUMERIC = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b|\b(\d{1,2})([./])(\d{1,2})(?:\2(\d{2,4}))?\b")
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:\.|er|st|nd|rd|th)?\s*(?:de\s+)?({_MONTH})\.?(?:\s*(?:de\s+)?,?\s*(\d{{4}}))?",
    re.I,
)
_MONTH_DAY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(\d{{4}}))?",
                        re.I)
_WEEKDAY_ONLY = re.compile(rf"\b({_WEEKDAY})\b", re.I)
_WINDOW = 70


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _with_year(month: int, day: int, year: str | None, ref: date | None) -> date | None:
    if year:
        value = int(year)
        return _valid(value + 2000 if value < 100 else value, month, day)
    if ref is None:
        return None
    found = _valid(ref.year, month, day)
    if found and found < ref - timedelta(days=31):  # "back 5 January" written in December
        found = _valid(ref.year + 1, month, day)
    return found


def _date_in(window: str, ref: date | None, month_first: bool) -> date | None:
    """The first date written in `window`, or None."""
    candidates: list[tuple[int, date]] = []
    for match in _NUMERIC.finditer(window):
        if match.group(1):
            found = _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        else:
            a, b = int(match.group(4)), int(match.group(6))
            if match.group(5) == "." or a > 12 or not month_first:
                day, month = a, b
            else:
                month, day = a, b
            if month > 12 and day <= 12:
                day, month = month, day
            found = _with_year(month, day, match.group(7), ref) if month <= 12 else None
        if found:
            candidates.append((match.start(), found))
    for match in _DAY_MONTH.finditer(window):
        found = _with_year(_MONTHS[match.group(2).lower()], int(match.group(1)), match.group(3),
                           ref)
        if found:
            candidates.append((match.start(), found))
    for match in _MONTH_DAY.finditer(window):
        found = _with_year(_MONTHS[match.group(1).lower()], int(match.group(2)), match.group(3),
                           ref)
        if found:
            candidates.append((match.start(), found))
    if candidates:
        return min(candidates, key=lambda c: c[0])[1]
    if ref is None:
        return None
    head = window[:30].lower()
    if any(word in head for word in _TOMORROW):
        return ref + timedelta(days=1)
    weekday = _WEEKDAY_ONLY.search(window[:30])
    if weekday:
        ahead = (_WEEKDAYS[weekday.group(1).lower()] - ref.weekday()) % 7 or 7
        return ref + timedelta(days=ahead)
    return None


def extract_return_date(text: str, ref: date | None, month_first: bool = True) -> date | None:
    """Return the date the sender says they are back, or None when none is stated.

    `ref` is the reply's date; `month_first` says how to read 09/14-style dates written with a
    slash (US English); dotted dates (14.09.) are always day first."""
    head = text[:4000]
    for pattern, shift in ((_BACK, 0), (_THROUGH, 1), (_UNTIL, 0)):
        for match in pattern.finditer(head):
            found = _date_in(head[match.end():match.end() + _WINDOW], ref, month_first)
            if found and (ref is None or ref - timedelta(days=7) <= found <= ref
                          + timedelta(days=400)):
                return found + timedelta(days=shift)
    return None
