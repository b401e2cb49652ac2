"""Errors a user can act on. The CLI prints their message as one line, never a traceback."""


class ConflictKGError(Exception):
    """Base class for every error meant for the user."""


class StoreError(ConflictKGError):
    """The graph store cannot be reached, refused us, or failed a query."""


class InputError(ConflictKGError):
    """An input cannot be read or parsed (missing, empty, binary, wrong encoding, malformed)."""


class NotFoundError(ConflictKGError):
    """A named actor or place is not in the graph."""
