"""The receiver of a gift promised or threatened: "a promis d'accorder un prêt au Mali", "s'est
engagé à livrer des armes au Niger". A giving verb's (AID) "à X" complement names who receives,
even when X is a country, which elsewhere an "à"/"au" phrase names as a place; the parser may hang
it on the goods ("un prêt au Mali"). So does a yielding one's (CONCEDE): power handed over ("a
promis de remettre le pouvoir à X"), arms surrendered, go to X. A sanction's party is bound the same
way: "threatened to impose sanctions on X" (the "on" of a sanction noun, elsewhere a place). In English
the preposition stands between the receiver and the word it hangs on. nlp/events/targets.py reads it
as the target of the promise or threat."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp import coref
from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import OBJ, case_of

GIVING = frozenset({"AID", "CONCEDE", "SANCTION"})  # acts whose "à X" receives what is given or imposed
OWN_ACTS = frozenset({"RETREAT", "MOBILIZE"})  # acts promised with no receiver: a withdrawal, a deployment
THREATS = frozenset({"FIGHT", "ASSAULT", "COERCE", "SANCTION"})  # acts whose promise is a threat


def gift_receiver(st: DocState, act: Token, t: Token) -> bool:
    """``t``, inside the embedded act ``act``, is its receiver: ``act`` gives (AID) or yields
    (CONCEDE) and ``t`` is in a target role of it, hung on the act or on the common nouns of its
    object (no other verb between)."""
    f = st.frames.get(act.i)
    if f is None or f.pred.type not in GIVING or case_of(t) not in f.pred.target:
        return False
    g = t.head.head if t.dep_ == "pobj" else t.head  # English: "sanctions on X", "a loan to X"
    while g.i != act.i:
        if g.pos_ != "NOUN" or g.head.i == g.i:
            return False
        g = g.head
    return True


def own_forces(st: DocState, act: Token, head: Token) -> bool:
    """The mention headed by ``head``, inside the embedded act ``act``, is the promiser's own forces,
    no party to the act: the forces the act moves ("envoyer des soldats", "retirer des troupes": the
    noun of a verb_object entry; the object of a deployment, "déployer 2000 hommes"), or a force
    noun with a possessive ("ses troupes")."""
    f = st.frames.get(act.i)
    if f is not None and f.noun is not None and f.noun.i == head.i:
        return True
    if f is not None and f.pred.type == "MOBILIZE" and head.head.i == act.i and head.dep_ in OBJ:
        return True  # "déployer des troupes au Mali", "déployer 2000 hommes": the forces deployed
    forces = st.lex.group("force_classes")
    return coref.possessive(head) is not None and st.lex.generic.get(head.lemma_.lower()) in forces


def own_act_promised(st: DocState, f: Frame) -> bool:
    """ "a promis de retirer ses troupes du Liban", "a promis de se retirer du Liban": a promise of
    a withdrawal, an act of the promiser's own, stands with no receiver named."""
    if f.pred.embeds != "promise":
        return False
    acts = (st.frames.get(c.i) for c in f.tok.children if c.dep_ == "xcomp")
    return any(a is not None and a.pred.type in OWN_ACTS for a in acts)


def promised_act(st: DocState, f: Frame) -> Frame | None:
    """The act a promise embeds ("s'est engagée à retirer ses troupes d'Afghanistan": the withdrawal)."""
    if f.pred.embeds != "promise":
        return None
    return next((st.frames[c.i] for c in f.tok.children if c.dep_ == "xcomp" and c.i in st.frames), None)


def promised_frames(st: DocState, f: Frame) -> list[Frame]:
    """The acts a promise embeds: its infinitive's own ("vowed to attack X"), or the event noun a
    light verb in the infinitive carries ("vowed to launch attacks on X", "pledged to step up raids");
    not an act it continues ("vowed to continue its war against X": the war goes on, told as such)."""
    if f.pred.embeds != "promise":
        return []
    out: list[Frame] = []
    for c in f.tok.children:
        if not _infinitive(c) or c.lemma_.lower() in st.lex.group("continuation_verbs"):
            continue
        if c.i in st.frames:
            out.append(st.frames[c.i])
        elif c.lemma_.lower() in st.lex.group("light"):
            out += [st.frames[o.i] for o in c.children if o.dep_ in OBJ and o.i in st.frames]
        else:  # "sworn to keep fighting": the act of an aspect verb's own infinitive
            out += [st.frames[x.i] for x in c.children if x.dep_ == "xcomp" and x.i in st.frames]
    return out


def hostile_promise(st: DocState, f: Frame) -> bool:
    """A promise of a violent or coercive act or of a sanction ("vowed to attack the capital", "swore
    to impose sanctions"): a threat (CAMEO 13), which stands with no target as a threat does. A capture
    promised is not one: the capture verbs also give territory up ("offered to hand over X")."""
    return any(a.pred.type in THREATS for a in promised_frames(st, f))


def aimed_threat(st: DocState, f: Frame) -> bool:
    """A hostile act promised on something named or to a goal ("vowed to attack the capital", "vowed
    to fight until they take X"), a threat even with no actor as its target; a bare one ("vowed to
    retaliate") needs a party threatened."""
    xcomps = [c for c in f.tok.children if _infinitive(c)]
    aimed = any(o.dep_ in OBJ or o.dep_ == "advcl" for c in xcomps for o in c.subtree if o is not c)
    return aimed and hostile_promise(st, f)


def continued_act(st: DocState, f: Frame) -> Frame | None:
    """The hostile act a promise says goes on ("vowed to continue its war against X"): the event noun
    its continuation infinitive carries, told as going on, no threat; help promised to go on
    ("promised to continue military aid to X") stays a promise (CAMEO 03)."""
    if f.pred.embeds != "promise":
        return None
    for c in f.tok.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in st.lex.group("continuation_verbs"):
            acts = (st.frames[o.i] for o in c.children if o.dep_ in OBJ and o.i in st.frames)
            return next((a for a in acts if a.pred.type in THREATS), None)
    return None


def _infinitive(c: Token) -> bool:
    """The promised act: the promise verb's infinitive, or one the parser hung as a clause ("have
    sworn to fight the army": "fight" an advcl with its "to")."""
    return c.dep_ == "xcomp" or (
        c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    )
