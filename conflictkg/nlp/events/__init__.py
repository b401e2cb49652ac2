"""Events from the dependency parse: predicates from the lexicon, their arguments from the tree.

Handles passive voice (the agent is the actor), coordination and control verbs (a conjunct or an
infinitive without a subject shares its governor's subject, or object for "aider X à"), nominal events
("le soutien turc", "l'assaut des troupes de X"), relative clauses, reported speech (the speaker's
organisation; a side's claim about its own action counts as asserted, a third party's as reported),
threats (the embedded attack becomes the target of the THREATEN event, never an asserted FIGHT) and
light coreference. An event whose actor cannot be resolved to an actor is dropped.

The package: ``finder`` (``EventFinder(lexicon, kb)``, one ``state.DocState`` per document) over
``predicates``, ``subjects``, ``actors``, ``targets``, ``places``, ``dates``, ``controls`` and ``tree``.

Output: plain dicts (they travel between processes with ``nlp.pipe(n_process=...)``).
"""

from conflictkg.nlp.events.finder import EventFinder

__all__ = ["EventFinder"]
