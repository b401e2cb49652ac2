"""French real news (issue 14), round frreal83, in sentences of our own (Wikinews register), each rule
with a near sentence it must leave alone:

- a culprit named by a verb of calling ("l'a désigné comme l'organisateur des attentats de décembre
  2003"): the dates inside what the culprit noun names are the attacks', never the accusation's, and
  the culprit is the person called so, not his group (nlp/events/dates._culprit; ``person_target`` on
  the ``as_culprit`` verbs of fr.json);
- a past participle set off by a comma after a person's name that the verb takes as its complement
  ("X a succédé à Y, arrêté en 2003 à Rawalpindi") qualifies that name, not the verb's subject
  (nlp/apposed_participles.py);
- data: heads of state of the 2000s (Pervez Musharraf, Traian Băsescu) and Al-Qaeda's Abu Faraj
  al-Libbi and Khalid Sheikh Mohammed in the knowledge base; presidential palaces where protests gather
  (Cotroceni, Koulouba) in the gazetteer;
- a speech act told twice in one sentence by the same actor, with its target and with none (a clitic
  "y" pointing back), is one act (nlp/events/retold_acts.py, read by tree.dedup_events)."""

from __future__ import annotations

import pytest
from unit._extract import rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
PUBLISHED = "2005-05-04"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date in the culprit's complement is the attacks': the accusation stays today's news
        (
            "Al-Libbi dirigeait les opérations du réseau. Le président Musharraf l'a désigné comme "
            "l'organisateur des attentats commis contre lui en décembre 2003.",
            {("Pakistan", "ACCUSE", "Abu Faraj al-Libbi", None)},
        ),
        (
            "Khalid Sheikh Mohammed vivait à Karachi. Le gouvernement pakistanais l'avait présenté comme "
            "le cerveau des attentats de septembre 2001.",
            {("Pakistan", "ACCUSE", "Khalid Sheikh Mohammed", None)},
        ),
        # negative: a date on the verb itself dates the accusation (a past story, no event today)
        (
            "Al-Libbi dirigeait les opérations du réseau. Le président Musharraf l'a désigné en décembre "
            "2003 comme l'organisateur des attentats commis contre lui.",
            set(),
        ),
        # negative: a group called the culprit stays the group
        (
            "Ansar Dine a été chassé de Gao. Le gouvernement malien l'a désigné comme l'auteur de "
            "l'attaque de Kidal.",
            {("Mali", "ACCUSE", "Ansar Dine", None)},
        ),
    ],
)
def test_named_culprit(text: str, expected: set[Row]) -> None:
    assert rows(text, "fr", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Abou Faraj aurait succédé en 2003 à Khaled Cheikh Mohammed, arrêté le 2 mars à Rawalpindi.",
            {("Pakistan", "COERCE", "Khalid Sheikh Mohammed", "Rawalpindi")},
        ),
        # the parser's predicative complement after the object, opened by a comma
        (
            "Le mollah Omar a remplacé Abdul Ghani Baradar, arrêté le 8 février à Karachi.",
            {("Pakistan", "COERCE", "Abdul Ghani Baradar", "Karachi")},
        ),
        # negative: a participle agreeing with the common-noun subject may be the subject's
        (
            "L'armée malienne a repris Kidal, appuyée par l'aviation française.",
            {
                ("Malian Armed Forces", "CAPTURE", None, "Kidal"),
                ("French Armed Forces", "AID", "Malian Armed Forces", None),
            },
        ),
    ],
)
def test_participle_after_a_name(text: str, expected: set[Row]) -> None:
    assert rows(text, "fr", "2010-02-20") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vendredi soir, les familles des otages se sont réunies devant le palais de Cotroceni, la "
            "résidence du président Basescu, pour réclamer leur libération.",
            {("Protesters (Romania)", "PROTEST", "Romania", "Cotroceni Palace")},
        ),
        (
            "Samedi, des manifestants se sont rassemblés devant le palais de Koulouba pour réclamer la "
            "démission du gouvernement.",
            {("Protesters (Mali)", "PROTEST", None, "Koulouba Palace")},
        ),
        # negative: a palace the gazetteer does not hold stays named as written, where its town is
        (
            "Samedi, des manifestants se sont rassemblés devant le palais de justice de Kidal pour "
            "réclamer la démission du gouvernement.",
            {("Protesters (Mali)", "PROTEST", None, "palais de justice de Kidal")},
        ),
    ],
)
def test_presidential_palaces(text: str, expected: set[Row]) -> None:
    assert rows(text, "fr", "2012-10-16") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a refusal retold with a clitic pointing back to the report: one rejection
        (
            "Vendredi, l'Italie a refusé d'approuver les conclusions du rapport rédigé par les enquêteurs "
            "américains, ses deux experts refusant d'y apposer leur nom.",
            {("Italy", "REJECT", "United States", None)},
        ),
        (
            "Vendredi, le Mali a rejeté le plan de paix proposé par la Cédéao, ses ministres refusant d'y "
            "souscrire.",
            {("Mali", "REJECT", "ECOWAS", None)},
        ),
        # negative: another party's refusal in the same sentence is its own
        (
            "Vendredi, l'Italie a refusé d'approuver le rapport rédigé par les enquêteurs américains, "
            "l'Irak refusant d'y apposer sa signature.",
            {("Italy", "REJECT", "United States", None), ("Iraq", "REJECT", None, None)},
        ),
        # negative: a refusal told in a sentence of its own stays
        (
            "Vendredi, l'Italie a refusé d'approuver le rapport rédigé par les enquêteurs américains. Les "
            "deux délégués italiens ont refusé de le signer.",
            {("Italy", "REJECT", "United States", None), ("Italy", "REJECT", None, None)},
        ),
    ],
)
def test_retold_refusal(text: str, expected: set[Row]) -> None:
    assert rows(text, "fr", "2012-10-16") == expected
