"""The systemd user unit and the launchd agent: rendered, verified, planned and installed.

`systemd-analyze verify` exits 0 even for unknown keys and bad values (it only prints
"..., ignoring."), so these tests fail on any output at all.
"""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from interview_watch.errors import ServiceError
from interview_watch.service_files import manager
from interview_watch.service_files.installer import (
    AGENT_LABEL,
    PLIST_NAME,
    UNIT_NAME,
    render_launchd_plist,
    render_systemd_unit,
)

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = ROOT / "daemon" / "interview_watch" / "service_files"
PYTHON = os.path.abspath(sys.executable)


def _require(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is not installed (apt: systemd)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def systemd_verify(unit_text: str, tmp_path: Path) -> subprocess.CompletedProcess:
    """Run `systemd-analyze --user verify` on the unit; return the finished process."""
    analyze = _require("systemd-analyze")
    unit_dir = tmp_path / "units"
    unit_dir.mkdir(exist_ok=True)
    unit = unit_dir / UNIT_NAME
    unit.write_text(unit_text)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(runtime),
           "SYSTEMD_LOG_COLOR": "0", "LANG": "C.UTF-8"}
    return subprocess.run([analyze, "--user", "verify", str(unit)], env=env,
                          capture_output=True, text=True, timeout=60)


def _unit_sections(text: str) -> dict[str, list[tuple[str, str]]]:
    sections: dict[str, list[tuple[str, str]]] = {}
    current = ""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = line.strip("[]")
            sections[current] = []
        else:
            key, _, value = line.partition("=")
            sections[current].append((key, value))
    return sections


# -- templates ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", [UNIT_NAME, PLIST_NAME])
def test_packaged_templates_are_the_human_readable_copies(name):
    assert (PACKAGE_DIR / name).read_bytes() == (ROOT / "systemd" / name).read_bytes()


# -- systemd ------------------------------------------------------------------------------------

def test_rendered_unit_passes_systemd_analyze_verify_silently(tmp_path):
    done = systemd_verify(render_systemd_unit(PYTHON, tmp_path / "config.toml"), tmp_path)
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_verify_speaks_up_about_a_bad_unit(tmp_path):
    # Guards the test above: it could not fail if verify printed nothing for anything.
    bad = render_systemd_unit(PYTHON, tmp_path / "c.toml").replace(
        "[Service]", "[Service]\nProtectNothing=yes"
    )
    done = systemd_verify(bad, tmp_path)
    assert "ProtectNothing" in done.stdout + done.stderr


def test_paths_with_spaces_percent_and_dollar_survive_systemd_parsing(tmp_path):
    odd = tmp_path / "my py 100% $HOME"
    odd.mkdir()
    python = odd / "python3"
    python.symlink_to(PYTHON)
    text = render_systemd_unit(str(python), odd / 'say "hi" \\ it\'s.toml')
    done = systemd_verify(text, tmp_path)
    # A wrongly escaped interpreter path is "not executable" to verify, so it would print that.
    assert (done.returncode, done.stdout + done.stderr) == (0, "")
    assert '--config "' + str(odd).replace("%", "%%").replace("$", "$$") in text


def test_an_interpreter_path_systemd_cannot_execute_is_refused(tmp_path):
    with pytest.raises(ServiceError, match="quotes or backslashes"):
        render_systemd_unit(str(tmp_path / 'a"b' / "python3"), tmp_path / "c.toml")


def test_unit_restarts_on_failure_within_a_start_limit_and_is_hardened_for_a_user_manager(tmp_path):
    sections = _unit_sections(render_systemd_unit(PYTHON, tmp_path / "config.toml"))
    unit, service, install = (dict(sections[s]) for s in ("Unit", "Service", "Install"))
    assert {"StartLimitIntervalSec", "StartLimitBurst"} <= unit.keys()
    assert service["Type"] == "simple" and service["Restart"] == "on-failure"
    assert "RestartSec" in service and service["Environment"] == "PYTHONUNBUFFERED=1"
    assert service["ExecStart"] == f"{PYTHON} -m interview_watch --config {tmp_path / 'config.toml'} run"
    for key in ("NoNewPrivileges", "LockPersonality", "RestrictRealtime", "RestrictSUIDSGID"):
        assert service[key] == "yes"
    assert service["UMask"] == "0077"
    # Mount-namespace options do nothing in a user unit without PrivateUsers=, and ProtectHome
    # would hide /run/user/$UID/bus from the daemon, silencing every notification.
    ineffective = {"ProtectHome", "ProtectSystem", "PrivateTmp", "PrivateUsers", "InaccessiblePaths",
                   "ProtectKernelTunables", "ProtectControlGroups", "CapabilityBoundingSet"}
    assert not ineffective & service.keys()
    assert install == {"WantedBy": "default.target"}


def test_relative_paths_are_refused():
    with pytest.raises(ServiceError, match="must be absolute"):
        render_systemd_unit("python3", Path("/etc/config.toml"))
    with pytest.raises(ServiceError, match="must be absolute"):
        render_launchd_plist(PYTHON, Path("config.toml"), Path("/tmp/logs"))
    with pytest.raises(ServiceError, match="control character"):
        render_systemd_unit(PYTHON, Path("/tmp/a\nExecStartPre=/bin/evil"))


# -- launchd ------------------------------------------------------------------------------------

def test_rendered_plist_has_the_keys_launchd_needs_with_the_right_types(tmp_path):
    config, logs = tmp_path / "A&B <cfg>.toml", tmp_path / "Logs"
    agent = plistlib.loads(render_launchd_plist(PYTHON, config, logs))
    expected_types = {
        "Label": str, "ProgramArguments": list, "RunAtLoad": bool, "KeepAlive": dict,
        "ThrottleInterval": int, "StandardOutPath": str, "StandardErrorPath": str,
        "ProcessType": str, "EnvironmentVariables": dict, "Umask": int,
    }
    assert {key: type(agent[key]) for key in expected_types} == expected_types
    assert agent["Label"] == AGENT_LABEL
    assert agent["ProgramArguments"] == [PYTHON, "-m", "interview_watch", "--config", str(config), "run"]
    assert agent["RunAtLoad"] is True and agent["KeepAlive"] == {"SuccessfulExit": False}
    assert agent["ThrottleInterval"] > 0 and agent["ProcessType"] == "Background"
    assert Path(agent["StandardOutPath"]).parent == logs == Path(agent["StandardErrorPath"]).parent
    assert agent["Umask"] == 0o077
    assert "@" not in repr(agent)


def test_plist_template_is_valid_xml_plist():
    agent = plistlib.loads((ROOT / "systemd" / PLIST_NAME).read_bytes())
    assert agent["Label"] == AGENT_LABEL


# -- plans (dry run) ----------------------------------------------------------------------------

def test_systemd_install_plan_has_absolute_paths_and_the_systemctl_commands(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    plan = manager.plan("install", Path("config.toml"), platform="linux")
    unit_path = Path(os.environ["XDG_CONFIG_HOME"]) / "systemd" / "user" / UNIT_NAME
    [(path, content)] = plan.writes
    assert path == unit_path and path.is_absolute()
    assert f"ExecStart={PYTHON} -m interview_watch --config {tmp_path / 'config.toml'} run" in (
        content.decode()
    )
    assert plan.commands == [
        ("systemctl", "--user", "is-system-running"),
        ("systemctl", "--user", "daemon-reload"),
        ("systemctl", "--user", "enable", UNIT_NAME),
        ("systemctl", "--user", "restart", UNIT_NAME),
    ]
    assert not path.exists()  # planning wrote nothing


def test_systemd_uninstall_and_status_plans(tmp_path):
    uninstall = manager.plan("uninstall", tmp_path / "c.toml", platform="linux")
    assert uninstall.commands == [
        ("systemctl", "--user", "disable", "--now", UNIT_NAME),
        ("systemctl", "--user", "daemon-reload"),
    ]
    assert [s.path for s in uninstall.steps if isinstance(s, manager.RemoveFile)] == [
        uninstall.service_file
    ]
    status = manager.plan("status", tmp_path / "c.toml", platform="linux")
    assert status.commands[0][:4] == ("systemctl", "--user", "show", UNIT_NAME)


def test_launchd_install_plan_has_absolute_paths_and_the_launchctl_commands(tmp_path):
    plan = manager.plan("install", tmp_path / "config.toml", platform="darwin")
    home = Path(os.environ["HOME"])
    plist_path = home / "Library" / "LaunchAgents" / PLIST_NAME
    [(path, content)] = plan.writes
    assert path == plist_path
    agent = plistlib.loads(content)
    assert agent["ProgramArguments"][0] == PYTHON
    assert agent["ProgramArguments"][4] == str(tmp_path / "config.toml")
    assert Path(agent["StandardErrorPath"]).is_relative_to(home / "Library" / "Logs")
    target = f"gui/{os.getuid()}/{AGENT_LABEL}"
    assert plan.commands == [
        ("launchctl", "bootout", target),
        ("launchctl", "enable", target),
        ("launchctl", "bootstrap", f"gui/{os.getuid()}", str(plist_path)),
    ]
    uninstall = manager.plan("uninstall", tmp_path / "config.toml", platform="darwin")
    assert uninstall.commands == [("launchctl", "bootout", target)]


def test_dry_run_describes_every_step_and_changes_nothing(tmp_path):
    text = manager.install(tmp_path / "config.toml", dry_run=True, platform="linux")
    assert "systemctl --user enable interview-watch.service" in text
    assert f"--config {tmp_path / 'config.toml'} run" in text
    assert not (Path(os.environ["XDG_CONFIG_HOME"]) / "systemd").exists()


def test_unsupported_platform_and_unknown_action_are_service_errors(tmp_path):
    with pytest.raises(ServiceError, match="win32"):
        manager.plan("install", tmp_path / "c.toml", platform="win32")
    with pytest.raises(ServiceError, match="unknown service action"):
        manager.plan("reinstall", tmp_path / "c.toml", platform="linux")


# -- execute, with stand-in systemctl / launchctl ------------------------------------------------

@pytest.fixture
def fake_tools(tmp_path, monkeypatch):
    """A PATH whose systemctl and launchctl record their arguments; `fail_with` makes them fail."""
    bin_dir, calls = tmp_path / "bin", tmp_path / "calls.log"
    bin_dir.mkdir()
    failure = tmp_path / "fail_with"
    for tool in ("systemctl", "launchctl"):
        script = bin_dir / tool
        script.write_text(
            "#!/bin/sh\n"
            f'echo "{tool} $*" >> "{calls}"\n'
            f'if [ -f "{failure}" ]; then cat "{failure}" >&2; exit 1; fi\n'
        )
        script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")

    class Tools:
        def calls(self):
            return calls.read_text().splitlines() if calls.exists() else []

        def fail_with(self, message):
            failure.write_text(message)

    return Tools()


@pytest.fixture
def config_file(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("")
    return path


def test_install_writes_the_unit_then_reloads_enables_and_restarts(fake_tools, config_file):
    message = manager.install(config_file, platform="linux")
    unit = Path(os.environ["XDG_CONFIG_HOME"]) / "systemd" / "user" / UNIT_NAME
    assert unit.read_text() == render_systemd_unit(PYTHON, config_file)
    assert oct(unit.stat().st_mode & 0o777) == oct(0o644)
    assert fake_tools.calls() == [
        "systemctl --user is-system-running",
        "systemctl --user daemon-reload",
        f"systemctl --user enable {UNIT_NAME}",
        f"systemctl --user restart {UNIT_NAME}",
    ]
    assert str(unit) in message
    manager.uninstall(config_file, platform="linux")
    assert not unit.exists()
    assert fake_tools.calls()[4:] == [
        f"systemctl --user disable --now {UNIT_NAME}",
        "systemctl --user daemon-reload",
    ]


def test_launchd_install_writes_the_plist_and_bootstraps_it(fake_tools, config_file):
    manager.install(config_file, platform="darwin")
    plist = Path(os.environ["HOME"]) / "Library" / "LaunchAgents" / PLIST_NAME
    assert plistlib.loads(plist.read_bytes())["Label"] == AGENT_LABEL
    assert (Path(os.environ["HOME"]) / "Library" / "Logs" / "interview-watch").is_dir()
    assert fake_tools.calls()[-1] == f"launchctl bootstrap gui/{os.getuid()} {plist}"


def test_no_user_session_bus_is_a_plain_service_error_and_nothing_is_written(fake_tools, config_file):
    fake_tools.fail_with("Failed to connect to bus: No medium found")
    with pytest.raises(ServiceError, match="cannot reach the systemd user manager"):
        manager.install(config_file, platform="linux")
    assert not (Path(os.environ["XDG_CONFIG_HOME"]) / "systemd").exists()
    text = manager.status(config_file, platform="linux")
    assert "not installed" in text and "cannot reach the systemd user manager" in text


def test_an_unreachable_user_manager_stops_install_before_writing(config_file, tmp_path, monkeypatch):
    # The real systemctl, pointed at an empty runtime folder: it cannot reach any user manager
    # and `systemctl --user is-system-running` answers "offline" with no message.
    _require("systemctl")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    with pytest.raises(ServiceError, match="cannot reach the systemd user manager"):
        manager.install(config_file, platform="linux")
    assert not (Path(os.environ["XDG_CONFIG_HOME"]) / "systemd").exists()


def test_a_failing_command_names_itself(fake_tools, config_file):
    fake_tools.fail_with("Unit interview-watch.service has a bad setting.")
    with pytest.raises(ServiceError, match=r"`systemctl --user daemon-reload` failed .*bad setting"):
        manager.install(config_file, platform="linux")


def test_missing_systemctl_is_a_plain_service_error(tmp_path, monkeypatch, config_file):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(ServiceError, match="systemctl not found"):
        manager.install(config_file, platform="linux")


def test_install_without_a_configuration_refuses(fake_tools, tmp_path):
    with pytest.raises(ServiceError, match="interview-watch init"):
        manager.install(tmp_path / "missing.toml", platform="linux")
    assert fake_tools.calls() == []


def test_status_reports_installed_state_and_what_systemctl_says(fake_tools, config_file):
    text = manager.status(config_file, platform="linux")
    assert text.splitlines()[0].endswith("not installed")
    assert fake_tools.calls()[0].startswith(f"systemctl --user show {UNIT_NAME}")
