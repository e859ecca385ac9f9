"""Desktop notifications through plyer: the one module that imports it.

plyer's answer is not proof that anything was shown. On Linux it picks a backend once (the
Flatpak portal if /app exists, else the Python `dbus` module if importable, else `notify-send`),
and its notify-send and portal paths ignore the exit status, so a notification sent with no
notification server running vanishes while plyer returns normally. So before handing an event to
plyer we check, cheaply, that the session bus has a notification server (or can start one), and
report False with a log line when it has none. What a user would have seen is always in the log.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import warnings
from importlib.util import find_spec
from typing import Mapping

log = logging.getLogger(__name__)

APP_NAME = "interview-watch"
TITLE_MAX = 120
BODY_MAX = 400
NOTIFICATIONS_NAME = "org.freedesktop.Notifications"
PORTAL_NAME = "org.freedesktop.portal.Desktop"

# Bidi overrides and isolates can make a hostile subject read backwards; they have no place in a
# one-line notification. (Other format characters, like the zero-width joiner in emoji, stay.)
_BIDI_CONTROLS = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def clean_text(text: str, limit: int) -> str:
    """Given any text, return it on one line, without control characters, at most `limit` long.

    Control characters become spaces, runs of white space one space, and text over the limit ends
    with an ellipsis. A leading "-" becomes a hyphen (U+2010): plyer passes the title and body to
    notify-send as positional arguments, where a leading "-" would be read as an option.
    """
    chars = []
    for ch in str(text):
        if ch in _BIDI_CONTROLS:
            continue
        chars.append(" " if unicodedata.category(ch) == "Cc" else ch)
    flat = " ".join("".join(chars).split())
    if len(flat) > limit:
        flat = flat[: max(limit - 1, 0)].rstrip() + "\u2026"
    if flat.startswith("-"):
        flat = "\u2010" + flat[1:]
    return flat


def has_desktop_session(environ: Mapping[str, str]) -> bool:
    """Return True when the environment shows a graphical session or a session bus to reach it.

    A systemd user service often has no DISPLAY but does have the user bus at
    $XDG_RUNTIME_DIR/bus, which is where notification servers listen.
    """
    if any(environ.get(var) for var in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")):
        return True
    return _runtime_bus_address(environ) is not None


def linux_backend(environ: Mapping[str, str]) -> str | None:
    """Return the backend plyer will use on Linux ("portal", "dbus", "notify-send"), or None."""
    if os.path.isdir("/app"):
        return "portal"
    if find_spec("dbus") is not None:
        return "dbus"
    if shutil.which("notify-send", path=environ.get("PATH")):
        return "notify-send"
    return None


class DesktopNotifier:
    """ports.Notifier over plyer. `notify` returns True only when a notification server took the
    event as far as can be checked; otherwise it logs the event and returns False. Never raises.

    The session is read from the process environment at each call, because plyer's backend runs
    in (or as a child of) this process. `platform` defaults to sys.platform.
    """

    def __init__(
        self,
        enabled: bool = True,
        *,
        platform: str | None = None,
        bus_timeout: float = 2.0,
    ) -> None:
        self.enabled = enabled
        self._platform = platform or sys.platform
        self._bus_timeout = bus_timeout

    def notify(self, title: str, body: str) -> bool:
        try:
            return self._notify(title, body)
        except Exception:  # the contract: a notification never stops the sync
            log.warning("desktop notification failed unexpectedly", exc_info=True)
            return False

    def _notify(self, title: str, body: str) -> bool:
        title = clean_text(title, TITLE_MAX) or APP_NAME
        body = clean_text(body, BODY_MAX)
        event = f"{title} \u2014 {body}" if body else title
        if not self.enabled:
            log.info("notifications are off; event: %s", event)
            return False
        environ = os.environ
        if self._platform.startswith("linux"):
            if not has_desktop_session(environ):
                log.info("no desktop session; would notify: %s", event)
                return False
            backend = linux_backend(environ)
            if backend is None:
                log.warning(
                    "no notification backend (notify-send not found; install libnotify-bin); "
                    "event: %s",
                    event,
                )
                return False
            problem = self._server_problem(backend, environ)
            if problem:
                log.warning("%s; event not shown: %s", problem, event)
                return False
            if backend == "portal":  # plyer writes the text into a GVariant literal unquoted
                title, body = title.replace("'", "\u2019"), body.replace("'", "\u2019")
        return self._send(title, body, event)

    def _send(self, title: str, body: str, event: str) -> bool:
        from plyer import notification  # imported late: plyer chooses its backend on first use

        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # plyer warns on every start without python-dbus
                notification.notify(title=title, message=body, app_name=APP_NAME, timeout=10)
        except Exception as exc:  # plyer raises whatever its backend raises
            log.warning(
                "desktop notification failed (%s: %s); event: %s", type(exc).__name__, exc, event
            )
            return False
        log.debug("notified: %s", event)
        return True

    def _server_problem(self, backend: str, environ: Mapping[str, str]) -> str | None:
        """Return why no notification server can take the event, or None when one can."""
        address = environ.get("DBUS_SESSION_BUS_ADDRESS") or _runtime_bus_address(environ)
        if not address:
            return "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset)"
        name = PORTAL_NAME if backend == "portal" else NOTIFICATIONS_NAME
        env = dict(environ)
        env["DBUS_SESSION_BUS_ADDRESS"] = address  # never let a client autolaunch a new bus
        owned = _bus_call(env, "NameHasOwner", name, self._bus_timeout)
        if owned is None:
            return None  # no gdbus or dbus-send here: cannot check, so let plyer try
        if isinstance(owned, str):
            return owned
        if "true" in owned:
            return None
        activatable = _bus_call(env, "ListActivatableNames", "", self._bus_timeout)
        if isinstance(activatable, list) and name in activatable:
            return None  # the bus starts the server on the first Notify
        return f"no notification server on the session bus ({name} has no owner)"


def _runtime_bus_address(environ: Mapping[str, str]) -> str | None:
    runtime = environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.exists(os.path.join(runtime, "bus")):
        return "unix:path=" + os.path.join(runtime, "bus")
    return None


def _bus_call(env: dict[str, str], method: str, arg: str, timeout: float) -> list[str] | str | None:
    """Call an org.freedesktop.DBus method on the session bus with gdbus or dbus-send.

    Return the reply as a list of tokens ("true"/"false" for a boolean, each name for a list of
    names), a string saying what went wrong, or None when neither tool is installed.
    """
    path = env.get("PATH")
    if shutil.which("gdbus", path=path):
        argv = ["gdbus", "call", "--session", "--timeout", str(max(int(timeout), 1)),
                "--dest", "org.freedesktop.DBus", "--object-path", "/org/freedesktop/DBus",
                "--method", f"org.freedesktop.DBus.{method}"] + ([arg] if arg else [])
    elif shutil.which("dbus-send", path=path):
        argv = ["dbus-send", "--session", "--print-reply=literal",
                f"--reply-timeout={int(timeout * 1000)}", "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus", f"org.freedesktop.DBus.{method}"]
        argv += [f"string:{arg}"] if arg else []
    else:
        return None
    try:
        done = subprocess.run(
            argv, env=env, capture_output=True, text=True, timeout=timeout + 1, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"the session bus did not answer ({type(exc).__name__})"
    if done.returncode != 0:
        reason = " ".join(done.stderr.split())[:200] or f"exit status {done.returncode}"
        return f"the session bus cannot be reached ({reason})"
    return re.findall(r"[\w.\-:]+", done.stdout)
