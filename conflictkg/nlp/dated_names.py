"""Names that swallowed a date word: in "ont repris Douentza mardi" the recognizer may read "Douentza
mardi" as one name (an organisation), so the town is no place and the capture is lost. The
``ckg_dated_names`` component (after the recognizer) cuts the names of weekdays (``weekdays``) off
either end of a name, and drops a name that was only weekdays. It also cuts the hedges of
``name_hedges`` off the start of a name ("Suspected Abu Sayyaf gunmen": Abu Sayyaf), and the place name
off a time that swallowed it ("at Kyiv overnight": timed_places.py)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from conflictkg.nlp.timed_places import timed_place


def dated_names(
    weekdays: frozenset[str], hedges: frozenset[str] = frozenset(), date_words: frozenset[str] = frozenset()
) -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        ents: list[Span] = []
        changed = False
        for ent in doc.ents:
            split = timed_place(ent, date_words, weekdays) if date_words else None
            if split is not None:  # "at Kyiv overnight": the place, then the time
                ents.extend(split)
                changed = True
                continue
            start, end = ent.start, ent.end
            while end > start and doc[end - 1].lower_ in weekdays:
                end -= 1
            while start < end and (doc[start].lower_ in weekdays or doc[start].lower_ in hedges):
                start += 1
            if (start, end) == (ent.start, ent.end):
                ents.append(ent)
                continue
            changed = True
            if start < end:
                ents.append(Span(doc, start, end, label=ent.label_))
        if changed:
            doc.set_ents(ents, default="outside")
        return doc

    return component
