"""People the article names in full: a person NER found who is in no knowledge base ("discovered") may
still be a town NER misread as a name ("Bakhmout" as PER), so such a name can be a place. Not when the
article names the same person with more words elsewhere ("Abu Ghadiya ... Ghadiya was killed inside
Syrian territory"): a surname or a short form of someone told in full is that person, never a place
(round enloc87)."""

from __future__ import annotations

from conflictkg.nlp.events.state import DocState, Mention


def may_be_place(st: DocState, m: Mention) -> bool:
    """Whether the mention ``m`` may name a place: a state's, or a discovered person's that the article
    never names with more words."""
    if m["kind"] == "state":
        return True
    if not (m.get("discovered") and m["kind"] == "person"):
        return False
    width = m["end"] - m["start"]
    return not any(o["actor"] == m["actor"] and o["end"] - o["start"] > width for o in st.mentions)
