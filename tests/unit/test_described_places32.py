"""An unknown place described by the known one it lies in (``place_checks.described_at``)."""

from __future__ import annotations

from conflictkg.model import Location
from conflictkg.nlp.place_checks import described_at


def test_a_province_at_its_rough_centre_gives_that_centre_marked_rough() -> None:
    # "in Sar Kalay (Helmand)": the province has no namesake town, only a rough centre; geo57: the
    # village is put there, marked precision "unit" (was: no coordinates)
    helmand = Location(id="loc:admin:AF-HEL", name="Helmand", kind="region", country="AFG", lat=31, lon=64)
    got = described_at("Sar Kalay", None, helmand)
    assert (got.name, got.kind, got.country, got.lat, got.lon) == ("Sar Kalay", "place", "AFG", 31, 64)
    assert got.precision == "unit"


def test_a_town_lends_its_coordinates() -> None:
    # "in Al Hishah (Misrata)": the village is near the town
    town = Location(id="loc:gn:2214846", name="Misratah", kind="place", country="LBY", lat=32.37, lon=15.09)
    got = described_at("Al Hishah", "place", town)
    assert (got.name, got.country, got.lat, got.lon) == ("Al Hishah", "LBY", 32.37, 15.09)
    assert got.precision == "area"  # geo82: the town's point, marked as its area's (was: None)
    assert got.id == described_at("Al Hishah", "place", town).id != described_at("Al Hisha", "place", town).id


def test_a_site_of_a_country_gives_no_coordinates() -> None:
    # "near the Central Bank of Yemen": the country's centre is not where the bank is
    yemen = Location(id="loc:country:YEM", name="Yemen", kind="country", country="YEM", lat=15, lon=48)
    got = described_at("Central Bank", None, yemen)
    assert (got.name, got.country, got.lat, got.lon) == ("Central Bank", "YEM", None, None)
