"""Fighting fled: "des milliers d'habitants ont fui les combats entre l'armée et le M23", "thousands
fled the fighting in X". A fight or assault noun that is the object of a verb of flight
(``flight_verbs``) is an event told in passing, the people's flight its consequence: it stands as an
event of its own when it says where or between whom ("les combats à Sake", "entre X et Y"; bare,
"ont fui les combats" tells nothing of its own), where the object of another lexicon verb is that
verb's matter ("a condamné les combats"). The flight itself stays what the verb makes it (people
fleeing take no territory)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.attack_words import violent_noun
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import prep_args


def fled_fight(st: DocState, tok: Token) -> bool:
    """``tok``, the object of a verb of flight, is a fight or an assault noun with a prepositional
    complement (where, between whom)."""
    fled = tok.head.lemma_.lower() in st.lex.group("flight_verbs")
    return fled and violent_noun(st, tok) and any(True for _ in prep_args(tok))
