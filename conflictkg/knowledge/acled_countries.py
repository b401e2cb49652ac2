"""ACLED's names of the countries whose name there differs from the state's canonical name
(``data/kb/acled_countries.tsv``): generic actors carry ACLED's name ("Civilians (Democratic Republic
of Congo)", not "Civilians (DR Congo)"), so the text's and ACLED's actors meet on one node."""

from __future__ import annotations

import csv
import io
from functools import cache

from conflictkg.knowledge.packaged import packaged_text


def _pairs(name: str) -> dict[str, str]:
    """The first two columns of a packaged two-column table of ``data/kb`` (comment lines skipped)."""
    rows = csv.reader(io.StringIO(packaged_text("conflictkg.knowledge", "data", "kb", name)), delimiter="\t")
    return {r[0]: r[1] for r in rows if len(r) >= 2 and not r[0].startswith("#")}


@cache
def acled_country_names() -> dict[str, str]:
    """iso3 → ACLED's name of the country, for the countries ACLED names otherwise than the KB."""
    return _pairs("acled_countries.tsv")


def acled_country_name(iso3: str | None) -> str | None:
    """ACLED's name of a country where it differs from the KB's ("COD": Democratic Republic of Congo)."""
    return acled_country_names().get(iso3) if iso3 else None


@cache
def _acled_codes() -> dict[str, str]:
    return _pairs("acled_codes.tsv")


def iso3_of_acled(code: str | None) -> str | None:
    """The standard ISO3 code of a country ACLED's ``iso3`` column codes ("ROM": ROU), upper-cased."""
    if not code:
        return None
    code = code.strip().upper()
    return _acled_codes().get(code, code)
