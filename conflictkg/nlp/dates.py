"""Dates of articles and events: ISO strings, possibly partial (2020, 2020-05, 2020-05-21), with a
precision (day | week | month | year).

Relative expressions ("jeudi", "hier", "cette semaine", "en mars") resolve against the publication
date; weekdays go to the last such day on or before it. A weekday cannot be pinned when the
publication date is only a month: the result is then that month.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from conflictkg.knowledge.lexicon import shared_map, weekday_numbers
from conflictkg.textkeys import norm

HISTORICAL_PERIODS = shared_map("historical_periods")  # a named era (folded) → the year it ended

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?\s*$")

WEEKDAYS = weekday_numbers()  # a day's name in any language (the lexicons' weekdays) → 0 (Monday)..6
MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "fev": 2, "mar": 3, "apr": 4, "avr": 4, "jun": 6, "jul": 7, "juil": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# relative expressions (normalised: lower case, no accents) → (days before publication, precision)
_RELATIVE: list[tuple[re.Pattern[str], int, str]] = [
    (re.compile(p), days, prec)
    for p, days, prec in [
        (r"\bavant hier\b|\bday before yesterday\b", 2, "day"),
        (r"\bhier\b|\byesterday\b|\blast night\b|\bla nuit derniere\b|\bla veille\b", 1, "day"),
        (r"\baujourd ?hui\b|\btoday\b|\bce matin\b|\bce soir\b|\bcet apres midi\b|\bthis morning\b"
         r"|\bthis afternoon\b|\bthis evening\b|\btonight\b|\bcette nuit\b|\bovernight\b|\bla nuit\b"
         r"|\bdans la nuit\b|\bearlier today\b|\bce jour\b", 0, "day"),
        (r"\bcette semaine\b|\bthis week\b|\bces derniers jours\b|\bin recent days\b|\bthese past days\b",
         0, "week"),
        (r"\bla semaine (?:derniere|passee)\b|\blast week\b|\bthe previous week\b", 7, "week"),
        (r"\bce mois ci\b|\bthis month\b|\bce mois\b", 0, "month"),
        (r"\ble mois (?:dernier|passe)\b|\blast month\b", 31, "month"),
        (r"\bcette annee\b|\bthis year\b|\bcet annee\b", 0, "year"),
        (r"\bl ?an (?:dernier|passe)\b|\bl ?annee (?:derniere|passee)\b|\blast year\b", 366, "year"),
    ]
]  # fmt: skip


_NEXT = {"prochain", "prochaine", "next", "coming"}
_LAST = {"dernier", "derniere", "passe", "last", "previous", "precedent"}
_MONTH_LEAD = {"en", "in", "de", "of", "since", "depuis", "debut", "fin", "mi", "early", "late", "mid",
               "during", "durant", "pendant", "courant", "until", "jusqu", "through"}  # fmt: skip
_AGO = re.compile(
    r"(?:\bil )?\by a (?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques) "
    r"(?:jours?|semaines?|mois|ans?|annees?)\b"
    r"|\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few) "
    r"(?:days?|weeks?|months?|years?) ago\b"
)


_MONTH_RE = "|".join(sorted((m for m in MONTHS if len(m) > 3 or m in ("mai", "may")), key=len, reverse=True))
_DATE_IN_TEXT = re.compile(
    rf"\b\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{_MONTH_RE})\.?\s+\d{{4}}\b"
    rf"|\b(?:{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    rf"|\b(?:{_MONTH_RE})\s+\d{{4}}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b"
)


def _parts(iso: str | None) -> tuple[int, int | None, int | None] | None:
    if not iso:
        return None
    m = _ISO.match(iso)
    if not m:
        return None
    y, mo, d = (int(x) if x else None for x in m.groups())
    assert y is not None
    try:
        if mo is not None and d is not None:
            date(y, mo, d)
        elif mo is not None and not 1 <= mo <= 12:
            return None
    except ValueError:
        return None
    return y, mo, d


def precision_of(iso: str | None) -> str | None:
    p = _parts(iso)
    if p is None:
        return None
    return "day" if p[2] else "month" if p[1] else "year"


def _iso(y: int, mo: int | None = None, d: int | None = None) -> str:
    if mo is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{mo:02d}"
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _period_end(p: tuple[int, int | None, int | None]) -> datetime:
    y, mo, d = p
    if mo is None:
        return datetime(y, 12, 31)
    if d is None:
        return datetime(y, mo, calendar.monthrange(y, mo)[1])
    return datetime(y, mo, d)


@lru_cache(maxsize=64)
def _parser(langs: tuple[str, ...], base: datetime | None = None) -> Any:
    """A dateparser parser (slow to build: one per languages and base)."""
    from dateparser.date import DateDataParser

    if base is None:
        return DateDataParser(languages=list(langs))
    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": False, "RELATIVE_BASE": base}
    return DateDataParser(languages=list(langs), settings=settings)


def _dateparser(text: str, langs: tuple[str, ...], base: datetime | None) -> tuple[datetime, str] | None:
    # dateparser takes ~10 ms a call and news repeat their dates: an answer is kept for its text,
    # languages and base (without a base dateparser reads relative to now, so today is in the key)
    return _dateparser_kept(text, langs, base, None if base else date.today())


@lru_cache(maxsize=4096)
def _dateparser_kept(
    text: str, langs: tuple[str, ...], base: datetime | None, today: date | None
) -> tuple[datetime, str] | None:
    try:
        data = _parser(langs, base).get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj, data.period or "day"


def parse_published(value: str | None, lang: str | None = None) -> str | None:
    """A publication date in any usual form → ISO, keeping its precision; None when unparseable."""
    if value is None or not str(value).strip():
        return None
    value = str(value).strip()
    p = _parts(value)
    if p is not None:
        return _iso(*p)
    if _ISO.match(value):
        return None  # ISO-shaped but not a real date ("2020-13")
    if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", value):
        langs: tuple[str, ...] = ("fr",) if lang == "fr" else ("en",)
    else:
        langs = (lang,) if lang else ("fr", "en")
    if not re.search(r"\d{4}", value):
        return None  # no year: not a publication date we can trust
    got = _dateparser(value, langs, None)
    if got is None:
        # a date inside a longer text: "publié le 4 juillet 2012 à 10h", "dated 4 juillet 2012"
        m = _DATE_IN_TEXT.search(norm(value).replace("'", " "))
        got = _dateparser(m.group(0), langs, None) if m else None
    if got is None:
        return None
    dt, period = got
    if period == "year":
        return _iso(dt.year)
    if period == "month":
        return _iso(dt.year, dt.month)
    return _iso(dt.year, dt.month, dt.day)


def article_date(published: str | None) -> tuple[str | None, str | None]:
    """The fallback date of an event: the article's own date and its precision."""
    p = _parts(published)
    if p is None:
        return None, None
    return _iso(*p), precision_of(published)


BACKGROUND_DAYS = 365  # an event over by this long before the article's date is its background


def is_background(event_date: str | None, published: str | None) -> bool:
    """True when an event's whole period ends over a year before the article's date begins ("une
    attaque en 1978", "tué le 6 février 1998" in news of 2012): a historical aside, not news."""
    event, pub = _parts(event_date), _parts(published)
    if event is None or pub is None:
        return False
    y, mo, d = pub
    article_start = datetime(y, mo or 1, d or 1)
    return (article_start - _period_end(event)).days > BACKGROUND_DAYS


def _shift(p: tuple[int, int | None, int | None], days: int, precision: str) -> tuple[str, str]:
    """Publication date minus ``days``, at ``precision`` (never finer than the publication date)."""
    y, mo, d = p
    if d is None:
        # the publication date is coarse: only a shift across its whole period changes anything
        if mo is not None and precision in ("day", "week"):
            return _iso(y, mo), "month"
        if mo is not None and precision == "month":
            if days:
                prev = date(y, mo, 1) - timedelta(days=1)
                return _iso(prev.year, prev.month), "month"
            return _iso(y, mo), "month"
        if precision == "year" and days:
            return _iso(y - 1), "year"
        return _iso(y, mo), "month" if mo else "year"
    assert mo is not None
    day = date(y, mo, d) - timedelta(days=days)
    if precision == "month":
        return _iso(day.year, day.month), "month"
    if precision == "year":
        return _iso(day.year if days < 366 else min(day.year, y - 1)), "year"  # "il y a trois ans": 3 back
    return day.isoformat(), precision


def resolve(expression: str, published: str | None, lang: str) -> tuple[str | None, str | None]:
    """A date expression found in a sentence → (ISO date, precision), or (None, None)."""
    # the events and the facts ask again for the same expressions; pure but for today's date, which
    # dateparser reads relative to when nothing is published: so it is in the key
    return _resolve_kept(expression, published, lang, date.today())


@lru_cache(maxsize=4096)
def _resolve_kept(
    expression: str, published: str | None, lang: str, today: date
) -> tuple[str | None, str | None]:
    return _resolve(expression, published, lang)


def _resolve(expression: str, published: str | None, lang: str) -> tuple[str | None, str | None]:
    if not expression or not expression.strip():
        return None, None
    text = norm(expression).replace("'", " ")
    pub = _parts(published)
    words = text.split()
    period = next((year for name, year in HISTORICAL_PERIODS.items() if f" {name} " in f" {text} "), None)
    if period is not None:  # "durant la Seconde Guerre mondiale": the year it ended
        return period, "year"

    # an explicit day ("le 21 mai", "21 May 2020", "May 21", "2020-05-21")
    if re.search(r"\d", text):
        explicit = _explicit(expression, text, words, pub, lang)
        if explicit != (None, None):
            return explicit

    for i, w in enumerate(words):
        if w in WEEKDAYS:
            if pub is None:
                return None, None
            y, mo, d = pub
            if d is None:
                return (_iso(y, mo), "month") if mo else (_iso(y), "year")
            assert mo is not None
            base = date(y, mo, d)
            near = set(words[max(0, i - 1) : i + 2])
            if near & _NEXT:  # "mardi prochain", "next Tuesday": the first such day after publication
                ahead = (WEEKDAYS[w] - base.weekday()) % 7 or 7
                return (base + timedelta(days=ahead)).isoformat(), "day"
            back = (base.weekday() - WEEKDAYS[w]) % 7
            if back == 0 and near & _LAST:  # "jeudi dernier" written on a Thursday
                back = 7
            return (base - timedelta(days=back)).isoformat(), "day"

    ago = _AGO.search(text)
    if ago and pub is not None:
        span = text[ago.start() : ago.end()]
        span = f"il {span}" if span.startswith("y ") else span  # the parser's date span may leave "il" out
        got = _dateparser(span, (lang,) if lang else ("fr", "en"), _period_end(pub))
        if got is not None:
            dt, period = got
            unit = {"day": "day", "week": "week", "month": "month", "year": "year"}.get(period, "day")
            return _shift(pub, (_period_end(pub).date() - dt.date()).days, unit)

    for pattern, days, precision in _RELATIVE:
        if pattern.search(text):
            if pub is None:
                return None, None
            return _shift(pub, days, precision)

    months = [MONTHS[w] for w in words if w in MONTHS and len(w) >= 3 and w not in ("mar", "may", "mai")]
    if not months:
        # "mai"/"May"/"mar" alone are ambiguous words; accept them only after a preposition or before a year
        for i, w in enumerate(words):
            if w in ("mai", "may", "mars", "march") and (
                (i > 0 and words[i - 1] in _MONTH_LEAD)
                or (i + 1 < len(words) and re.fullmatch(r"\d{4}", words[i + 1]))
            ):
                months.append(MONTHS[w])
    years = [int(w) for w in words if re.fullmatch(r"(19|20)\d\d", w)]
    if months:
        mo = months[0]
        if years:
            return _iso(years[0], mo), "month"
        if pub is None:
            return None, None
        y = pub[0]
        if pub[1] is not None and mo > pub[1]:
            y -= 1  # "en décembre" in an article of June: the December before
        return _iso(y, mo), "month"
    if years:
        return _iso(years[0]), "year"
    # "le 21", "on the 21st": that day of the publication month (or of the month before)
    m = re.search(r"\b(?:le|on the|the)\s+(\d{1,2})(?:er|st|nd|rd|th)?\b", text)
    if m and pub is not None and pub[1] is not None and pub[2] is not None:
        day = int(m.group(1))
        y, mo = pub[0], pub[1]
        if day > pub[2]:
            first = date(y, mo, 1) - timedelta(days=1)
            y, mo = first.year, first.month
        if 1 <= day <= calendar.monthrange(y, mo)[1]:
            return _iso(y, mo, day), "day"
    return None, None


def _explicit(
    expression: str, text: str, words: list[str], pub: tuple[int, int | None, int | None] | None, lang: str
) -> tuple[str | None, str | None]:
    iso = _parts(expression.strip())
    if iso is not None and re.fullmatch(r"\s*\d{4}(-\d{1,2}){0,2}\s*", expression):
        return _iso(*iso), precision_of(expression.strip())
    day_and_month = any(w in MONTHS for w in words) and re.search(r"\b\d{1,2}(?:er|st|nd|rd|th)?\b", text)
    if not day_and_month:
        return None, None
    # a range of days ("24-26 June", "du 24 au 26 juin") starts on its first day; dateparser reads
    # "24-26 June" as 24 June 1926 (norm() has made the hyphen a space)
    cleaned = re.sub(r"\b(\d{1,2})(?:\s+|\s*(?:-|–|au|to)\s*)\d{1,2}\b(?=\s+[^\d\s])", r"\1", text)
    cleaned = re.sub(r"\b(le|the|on|du|au|depuis|since)\b", " ", cleaned)
    cleaned = re.sub(r"\b(\d{1,2})(?:er|st|nd|rd|th)\b", r"\1", cleaned)
    base = _period_end(pub) if pub else None
    got = _dateparser(cleaned, (lang,) if lang else ("fr", "en"), base)
    if got is None:
        return None, None
    day = got[0].date()
    if base is not None and not re.search(r"\b\d{4}\b", text):
        if day.year < base.year - 1:  # no year written: a two-digit number was read as one
            return None, None
        day = _nearest_year(_last_before(day, base.date()), base.date())
    return day.isoformat(), "day"


def _last_before(day: date, base: date) -> date:
    """The day and month on or before the article's date ("in the evening of 18 June" in news of
    18 June is that day: the time of day must not push it a year back)."""
    for year in (base.year, base.year - 1):
        try:
            got = day.replace(year=year)
        except ValueError:  # 29 February
            continue
        if got <= base:
            return got
    return day


NEAR_FUTURE_DAYS = 31


def _nearest_year(day: date, base: date) -> date:
    """A day and month without a year, read as the last one before the article ("le 26 juin" in
    news of 24 June is last year's), unless the same day a few days after the article's date is
    meant: a range that runs on past it ("over 24-26 June" in a note dated the 24th) or a
    publication a little ahead of the date it carries."""
    try:
        ahead = day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day
    return ahead if 0 < (ahead - base).days <= NEAR_FUTURE_DAYS else day
