"""perf58: a subdivision's centre from its places' lat / lon only; a subdivision's place built once."""

from __future__ import annotations

from statistics import median

import pytest

from conflictkg.knowledge.gazetteer import Gazetteer
from conflictkg.knowledge.regions import admin_centre, admin_codes

pytestmark = pytest.mark.nlp


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.load()


def test_the_centre_is_the_median_of_every_place_of_the_subdivision(gz: Gazetteer) -> None:
    admin = gz.admins("Idlib", "SYR")[0]
    codes = sorted(admin_codes(admin))
    assert codes
    sql = "SELECT id, name, lat, lon FROM place WHERE country = ? AND admin1 = ?"
    rows = [r for c in codes for r in gz._geo._db().execute(sql, (admin.country, c)).fetchall()]
    assert len(rows) > 10
    want = (round(median(r[2] for r in rows), 2), round(median(r[3] for r in rows), 2))
    assert admin_centre(admin, gz._geo, {}) == want


def test_a_curated_centre_still_wins(gz: Gazetteer) -> None:
    admin = gz.admins("Idlib", "SYR")[0]
    assert admin_centre(admin, gz._geo, {admin.code: (1.0, 2.0)}) == (1.0, 2.0)


def test_a_subdivision_place_is_built_once_and_unchanged(gz: Gazetteer) -> None:
    admin = gz.admins("Idlib", "SYR")[0]
    first = gz.admin_place(admin)
    assert gz.admin_place(admin) is first
    assert gz._admin_place(admin) == first
    assert (first.id, first.kind, first.country) == (f"loc:admin:{admin.code}", "region", "SYR")
