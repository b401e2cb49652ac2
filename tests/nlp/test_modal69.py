"""French round 69: a modal or negated main verb does not reach a clause told apart from it
(nlp/told_apart.py): a past participle on a noun with its own agent, date or comma, or a relative
clause after a comma; invented wire sentences, as exact (actor, type, target, place, modality) rows."""

from __future__ import annotations

import pytest
from unit._extract import facts

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None, str]
REBELS = "Unidentified Armed Group"
REBELS_MALI = "Unidentified Armed Group (Mali)"


def modal_rows(text: str) -> set[Row]:
    f = facts(text, "fr", "2012-10-16")
    names = {a.id: a.name for a in f.actors}
    places = {loc.id: loc.name for loc in f.locations}
    return {(names[e.actor_id], e.type, names.get(e.target_id or ""), places.get(e.location_id or ""),
             e.modality) for e in f.events}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle with its own agent or date: told as a fact under a denied or modal verb
        ("La police n'a pas retrouvé les otages enlevés par les rebelles le 3 mars.",
         {(REBELS, "ASSAULT", "Civilians", None, "asserted")}),
        ("Le président devrait se recueillir sur la tombe du général, assassiné par des islamistes"
         " le 14 février.",
         {(REBELS, "ASSAULT", None, None, "asserted")}),
        # after a comma and dated, the parser hangs it on the verb: still apart
        ("L'armée devrait libérer les otages, enlevés par les rebelles en mars.",
         {("Military Forces", "CONCEDE", "Civilians", None, "hypothetical"),
          (REBELS, "ASSAULT", "Civilians", None, "asserted")}),
        # a relative clause on a place after a comma
        ("Les soldats français pourraient être envoyés à Tombouctou, où des islamistes ont détruit"
         " des mausolées.",
         {(REBELS_MALI, "COERCE", None, "Timbuktu", "asserted")}),
        ("Le chef de l'Etat n'a pas visité Homs, où l'armée a bombardé un quartier jeudi.",
         {("Syrian Arab Army", "FIGHT", None, "Homs", "asserted")}),
    ],
)  # fmt: skip
def test_told_apart(text: str, expected: set[Row]) -> None:
    assert modal_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the main verb's own predicate keeps its modality
        ("Les rebelles devraient attaquer Gao.", {(REBELS_MALI, "FIGHT", None, "Gao", "hypothetical")}),
        ("Les rebelles n'ont pas attaqué Gao.", {(REBELS_MALI, "FIGHT", None, "Gao", "denied")}),
        # a participle after a comma on the verb, undated: the modal reaches it
        ("Les rebelles pourraient attaquer Gao, appuyés par des mercenaires.",
         {(REBELS_MALI, "FIGHT", None, "Gao", "hypothetical")}),
        # a bare participle (no agent, date or comma) is no clause of its own
        ("Les rebelles ne devraient pas attaquer les soldats déployés à Gao.",
         {(REBELS_MALI, "FIGHT", "Malian Armed Forces", "Gao", "denied")}),
    ],
)  # fmt: skip
def test_not_told_apart(text: str, expected: set[Row]) -> None:
    assert modal_rows(text) == expected
