"""Install, remove and inspect the background service: a systemd user unit on Linux, a launchd
agent on macOS.

`plan()` decides every file write and command without touching anything, so `--dry-run` shows
exactly what `execute()` would do. Paths in the plan are absolute: the running interpreter
(sys.executable, not resolved, so a virtualenv stays a virtualenv) and the resolved config file.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from interview_watch.errors import ServiceError
from interview_watch.service_files.installer import (
    AGENT_LABEL,
    PLIST_NAME,
    UNIT_NAME,
    render_launchd_plist,
    render_systemd_unit,
)

ACTIONS = ("install", "uninstall", "status")
COMMAND_TIMEOUT = 60


@dataclass(frozen=True)
class WriteFile:
    path: Path
    content: bytes
    mode: int = 0o644


@dataclass(frozen=True)
class MakeDir:
    path: Path


@dataclass(frozen=True)
class RemoveFile:
    path: Path


@dataclass(frozen=True)
class Run:
    argv: tuple[str, ...]
    may_fail: bool = False  # e.g. stopping something that is not running


Step = WriteFile | MakeDir | RemoveFile | Run


@dataclass(frozen=True)
class ServicePlan:
    """What one `service` action will do, in order."""

    action: str  # "install" | "uninstall" | "status"
    manager: str  # "systemd" | "launchd"
    service_file: Path
    config: Path
    steps: tuple[Step, ...]

    @property
    def writes(self) -> list[tuple[Path, bytes]]:
        return [(s.path, s.content) for s in self.steps if isinstance(s, WriteFile)]

    @property
    def commands(self) -> list[tuple[str, ...]]:
        return [s.argv for s in self.steps if isinstance(s, Run)]

    def describe(self) -> str:
        """The plan as text for `--dry-run`: each step, with the full content of each file."""
        lines = [f"{self.action} ({self.manager}), nothing done yet:"]
        for step in self.steps:
            if isinstance(step, WriteFile):
                lines.append(f"write {step.path} (mode {step.mode:o}):")
                lines.extend("    " + line for line in step.content.decode("utf-8").splitlines())
            elif isinstance(step, MakeDir):
                lines.append(f"create folder {step.path}")
            elif isinstance(step, RemoveFile):
                lines.append(f"remove {step.path}")
            else:
                lines.append("run " + shlex.join(step.argv))
        return "\n".join(lines)


def plan(action: str, config_path: Path, platform: str | None = None) -> ServicePlan:
    """Given an action, the configuration file and a platform (sys.platform style, default the
    running one), return the plan. Reads the environment (HOME, XDG_CONFIG_HOME, the uid) but
    changes nothing. Raise ServiceError for an unknown action or an unsupported platform."""
    if action not in ACTIONS:
        raise ServiceError(f"unknown service action {action!r}; use one of {', '.join(ACTIONS)}")
    platform = platform or sys.platform
    config = Path(config_path).expanduser().resolve()
    python = os.path.abspath(sys.executable)
    if platform.startswith("linux"):
        return _systemd_plan(action, config, python)
    if platform == "darwin":
        return _launchd_plan(action, config, python)
    raise ServiceError(
        f"no service manager support on {platform}: start `interview-watch run` at login yourself"
    )


def execute(service_plan: ServicePlan) -> str:
    """Carry out the plan and return a short report for the user. Raise ServiceError with a plain
    message when a tool is missing, the user session cannot be reached or a step fails."""
    if service_plan.action == "install" and not service_plan.config.is_file():
        raise ServiceError(
            f"no configuration at {service_plan.config}; write one with `interview-watch init`"
        )
    outputs: list[str] = []
    for step in service_plan.steps:
        if isinstance(step, Run):
            try:
                output = _run(step, service_plan.manager)
            except ServiceError as exc:
                if service_plan.action != "status":
                    raise
                output = str(exc)  # status still tells whether the file is installed
            if output and service_plan.action == "status":
                outputs.append(output)
        else:
            _apply_file_step(step)
    if service_plan.action == "status":
        installed = "installed" if service_plan.service_file.exists() else "not installed"
        return "\n".join([f"{service_plan.service_file}: {installed}", *outputs])
    if service_plan.action == "install":
        return f"installed {service_plan.service_file} and started it ({service_plan.manager})"
    return f"stopped and removed {service_plan.service_file} ({service_plan.manager})"


def install(config_path: Path, dry_run: bool = False, platform: str | None = None) -> str:
    """Install and start the service; with dry_run, return what would be done instead."""
    return _do("install", config_path, dry_run, platform)


def uninstall(config_path: Path, dry_run: bool = False, platform: str | None = None) -> str:
    """Stop and remove the service; with dry_run, return what would be done instead."""
    return _do("uninstall", config_path, dry_run, platform)


def status(config_path: Path, platform: str | None = None) -> str:
    """Return whether the service file is installed and what the service manager says."""
    return _do("status", config_path, False, platform)


def _do(action: str, config_path: Path, dry_run: bool, platform: str | None) -> str:
    service_plan = plan(action, config_path, platform)
    return service_plan.describe() if dry_run else execute(service_plan)


def _systemd_plan(action: str, config: Path, python: str) -> ServicePlan:
    config_home = os.environ.get("XDG_CONFIG_HOME", "")
    base = Path(config_home) if os.path.isabs(config_home) else Path.home() / ".config"
    unit_path = base / "systemd" / "user" / UNIT_NAME

    def systemctl(*args: str, may_fail: bool = False) -> Run:
        return Run(("systemctl", "--user", *args), may_fail)

    if action == "install":
        content = render_systemd_unit(python, config).encode("utf-8")
        steps: tuple[Step, ...] = (
            # fails plainly when there is no user manager, before anything is written
            systemctl("is-system-running", may_fail=True),
            WriteFile(unit_path, content),
            systemctl("daemon-reload"),
            systemctl("enable", UNIT_NAME),
            # restart, not `enable --now`: a reinstall must replace a running old version
            systemctl("restart", UNIT_NAME),
        )
    elif action == "uninstall":
        steps = (
            systemctl("disable", "--now", UNIT_NAME, may_fail=True),
            RemoveFile(unit_path),
            systemctl("daemon-reload"),
        )
    else:
        props = ("LoadState", "UnitFileState", "ActiveState", "SubState", "ExecMainStatus")
        steps = (systemctl("show", UNIT_NAME, *(f"--property={p}" for p in props), may_fail=True),)
    return ServicePlan(action, "systemd", unit_path, config, steps)


def _launchd_plan(action: str, config: Path, python: str) -> ServicePlan:
    home = Path.home()
    plist_path = home / "Library" / "LaunchAgents" / PLIST_NAME
    log_dir = home / "Library" / "Logs" / "interview-watch"
    domain = f"gui/{os.getuid()}"
    target = f"{domain}/{AGENT_LABEL}"
    if action == "install":
        steps: tuple[Step, ...] = (
            MakeDir(log_dir),
            WriteFile(plist_path, render_launchd_plist(python, config, log_dir)),
            Run(("launchctl", "bootout", target), may_fail=True),  # an older version, if loaded
            Run(("launchctl", "enable", target)),
            Run(("launchctl", "bootstrap", domain, str(plist_path))),
        )
    elif action == "uninstall":
        steps = (Run(("launchctl", "bootout", target), may_fail=True), RemoveFile(plist_path))
    else:
        steps = (Run(("launchctl", "print", target), may_fail=True),)
    return ServicePlan(action, "launchd", plist_path, config, steps)


def _apply_file_step(step: Step) -> None:
    try:
        if isinstance(step, MakeDir):
            step.path.mkdir(parents=True, exist_ok=True)
        elif isinstance(step, WriteFile):
            step.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = step.path.with_name(step.path.name + ".tmp")
            temporary.write_bytes(step.content)
            temporary.chmod(step.mode)
            temporary.replace(step.path)
        elif isinstance(step, RemoveFile):
            step.path.unlink(missing_ok=True)
    except OSError as exc:
        raise ServiceError(f"cannot change {exc.filename or step.path}: {exc.strerror}") from exc


def _run(step: Run, manager: str) -> str:
    tool = step.argv[0]
    if shutil.which(tool) is None:
        hint = "this system does not run systemd" if manager == "systemd" else "launchctl is missing"
        raise ServiceError(f"{tool} not found ({hint}); start `interview-watch run` at login yourself")
    try:
        done = subprocess.run(
            step.argv, capture_output=True, text=True, timeout=COMMAND_TIMEOUT, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ServiceError(f"`{' '.join(step.argv)}` could not run: {exc}") from exc
    if done.returncode == 0:
        return done.stdout.strip()
    error = " ".join(done.stderr.split())
    # `is-system-running` says "offline" (exit 1, no message) when it cannot reach the manager
    offline = step.argv[-1] == "is-system-running" and done.stdout.strip() == "offline"
    if manager == "systemd" and (offline or _no_user_manager(error)):
        raise ServiceError(_NO_USER_MANAGER)
    if step.may_fail:
        return ""
    raise ServiceError(
        f"`{' '.join(step.argv)}` failed (exit status {done.returncode}): {error or 'no message'}"
    )


_NO_USER_MANAGER = (
    "cannot reach the systemd user manager (no user session bus); run this from your desktop "
    "session, or enable lingering with `loginctl enable-linger $USER` and log in again"
)


def _no_user_manager(stderr: str) -> bool:
    return any(
        marker in stderr
        for marker in ("Failed to connect to bus", "XDG_RUNTIME_DIR", "No medium found")
    )
