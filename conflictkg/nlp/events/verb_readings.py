"""The second readings of a verb's lexicon frame, in order: each may give another frame for the same
verb (a release read as a rescue, people seized as an abduction, a visit, fighting resumed, an attack
in words, a blast on property, a foiled plot, a communal clash) or none (an act a suspect is only
suspected of). Moved out of nlp/events/predicates.py, behaviour unchanged (round case89)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.abductions import taken_people
from conflictkg.nlp.events.alleged_offences import alleged_act
from conflictkg.nlp.events.arson_attacks import arson_idiom
from conflictkg.nlp.events.blasted_property import blast_reading
from conflictkg.nlp.events.communal_clashes import communal_reading
from conflictkg.nlp.events.disrupted_plots import plot_reading
from conflictkg.nlp.events.rescues import rescue_reading
from conflictkg.nlp.events.resumptions import resumption_reading
from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.events.verbal_attacks import verbal_reading
from conflictkg.nlp.events.visits import visit_reading
from conflictkg.nlp.events.weapon_tests import nonlethal_fire, weapon_test


def reread(st: DocState, tok: Token, frame: Frame | None) -> Frame | None:
    """The frame the verb ``tok`` tells once its lexicon frame is read again, or None."""
    frame = frame and rescue_reading(st, frame)  # "l'armée a libéré sept otages": no concession
    frame = frame and (taken_people(st, frame) or frame)  # "seized two aid workers": abducted
    frame = frame and arson_idiom(st, frame)  # "launched an arson attack"
    frame = frame and visit_reading(st, frame)  # "s'est rendu à Beyrouth": a visit, no surrender
    frame = frame and resumption_reading(st, frame)  # "les combats ont repris": the fighting
    frame = frame and verbal_reading(st, frame)  # "attacked the government in parliament"
    frame = frame and blast_reading(st, frame)  # "blew up a railway track with explosives"
    frame = frame and plot_reading(st, frame)  # "foiled a planned attack": disrupted, no fight
    frame = frame and communal_reading(st, frame)  # "two communities clashed": rioters
    frame = frame and weapon_test(st, frame)  # "fired two missiles into the sea": a show of force
    frame = frame and nonlethal_fire(st, frame)  # "fired water cannon at a supply boat": no fight
    return None if alleged_act(st, tok) else frame  # "a man suspected of kidnapping X"
