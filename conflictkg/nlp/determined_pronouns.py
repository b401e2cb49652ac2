"""Names the French tagger reads as pronouns: in "Les shebab ont revendiqué l'attentat" it tags
"shebab" a pronoun (a third person plural with no pronoun type), so the rules that want a noun or a
name for the claimer pass it by and the claimed attack keeps no author. The pronouns a determiner
opens ("l'une", "l'autre", "les uns", "le mien") are function words (spaCy's stop words): a word
tagged a pronoun, with no pronoun type, that a determiner opens and that is no function word, is a
noun (a name when capitalised). Run by ``ckg_verb_lemmas``, after the lemmatizer (round frmiss88)."""

from __future__ import annotations

from spacy.tokens import Doc


def determined_pronouns(doc: Doc) -> None:
    for tok in doc:
        if tok.pos_ != "PRON" or not tok.is_alpha or tok.is_stop or tok.morph.get("PronType", []):
            continue
        if any(c.dep_ == "det" and c.i < tok.i and c.pos_ == "DET" for c in tok.children):
            tok.pos_ = "PROPN" if tok.text[:1].isupper() else "NOUN"
