"""One exception root: the CLI turns every ``KGError`` into one line and exit code 1."""
from __future__ import annotations


class KGError(Exception):
    """Root of every error kg raises on purpose."""


class InputError(KGError):
    """An input file is missing, empty, unreadable or of an unknown format."""


class ConfigError(KGError):
    """A pipeline config, catalog or cue file is invalid."""


class StoreError(KGError):
    """A graph store cannot be opened, written or queried."""


class QueryError(StoreError):
    """A Cypher query failed or its parameters are invalid."""


class ExportError(KGError):
    """An export or snapshot cannot be written, or a value has no form in the chosen format."""


class ViewError(KGError):
    """A picture cannot be drawn as asked (unknown entity, type or value)."""


class UsageError(KGError):
    """A library call with options that do not fit together (the CLI has click's own)."""


class ExportWarning(UserWarning):
    """A value left out of an export because it is not what its field says (the CLI prints one line)."""


class InputWarning(UserWarning):
    """A record of the input was skipped (file, line and reason) or read with a guess (its encoding)."""
