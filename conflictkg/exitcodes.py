"""Exit statuses of the command line, defined once (scheduled jobs and scripts branch on them)."""

import signal

EXIT_OK = 0
EXIT_ERROR = 1  # an error the user can act on, or a missing input
EXIT_QUARANTINED = 3  # the run went on, but something was quarantined
EXIT_LOCKED = 75  # another run holds the store's lock (EX_TEMPFAIL)
EXIT_SIGNAL = {signal.SIGINT: 130, signal.SIGTERM: 143}  # stopped after writing the current batch
