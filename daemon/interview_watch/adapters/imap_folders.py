"""Which IMAP folders to watch: the inbox by name, Sent by SPECIAL-USE or a usual name. Pure."""

from __future__ import annotations

from typing import Sequence

# Tried in order when no folder carries the SPECIAL-USE \Sent attribute.
SENT_FOLDER_NAMES = (
    "Sent", "Sent Items", "Sent Messages", "Sent Mail", "INBOX.Sent", "INBOX/Sent",
    "[Gmail]/Sent Mail", "[Google Mail]/Sent Mail", "Gesendet", "Gesendete Objekte",
    "Gesendete Elemente", "Envoyés", "Éléments envoyés", "Enviados", "Elementos enviados",
)

FolderListing = Sequence[tuple[Sequence[bytes], object, str]]  # (flags, delimiter, name)


def choose_sent_folder(listing: FolderListing) -> str | None:
    """Given a LIST/XLIST result, return the Sent folder: the one flagged \\Sent, else a usual name."""
    lowered = [({bytes(f).lower() for f in flags}, name) for flags, _delim, name in listing]
    selectable = [(flags, name) for flags, name in lowered if not flags & {b"\\noselect", b"\\nonexistent"}]
    for flags, name in selectable:
        if b"\\sent" in flags:
            return name
    by_lower = {name.lower(): name for _flags, name in selectable}
    for candidate in SENT_FOLDER_NAMES:
        if candidate.lower() in by_lower:
            return by_lower[candidate.lower()]
    return None


def find_folder(names: Sequence[str], wanted: str) -> str | None:
    """Return `wanted` as the server spells it, or None; INBOX is matched in any case."""
    if wanted.upper() == "INBOX":  # the one case-insensitive name (RFC 3501)
        return next((name for name in names if name.upper() == "INBOX"), None)
    return wanted if wanted in names else None
