"""French wire copy (issue 14, round frstyle61), in sentences of our own: a curfew imposed, decreed or
set up ("ont instauré un couvre-feu") is a MOBILIZE, as English "imposed a curfew" is; a near
sentence the rule must leave alone."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    "text",
    [
        "Les autorités maliennes ont instauré un couvre-feu à Bamako.",
        "Le gouvernement malien a décrété un couvre-feu nocturne à Bamako.",
        "Le gouvernement a imposé un couvre-feu de 20 heures à 6 heures à Bamako.",
    ],
)
def test_curfew_imposed(text: str) -> None:
    # the curfew binds the civilians of the country (restriction_nouns, round fr63)
    assert fr_rows(text) == {("Mali", "MOBILIZE", "Civilians (Mali)", "Bamako")}


@pytest.mark.parametrize(
    "text",
    [
        # something else set up is no mobilisation
        "Les autorités maliennes ont instauré une nouvelle taxe à Bamako.",
        "Le gouvernement malien a décrété trois jours de deuil national à Bamako.",
    ],
)
def test_no_curfew_no_event(text: str) -> None:
    assert fr_rows(text) == set()
