"""What goes into the bundle and what stays out; the spec file asks this module.

The Qt modules and the AWS services the app uses are read from its source, so a
new `from PySide6.QtSvg import ...` or a new `mypy_boto3_<service>` client type
reaches the bundle without anyone editing a list here.  Everything else of Qt
and of botocore's service models is left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath

# Python packages that may sit in the build environment but never in the app.
EXCLUDED_PACKAGES = (
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pluggy",
    "moto",
    "jupyter_server",
    "jupyter_client",
    "jupyter_core",
    "notebook",
    "IPython",
    "ipykernel",
    "keyrings",  # keyrings.alt: plaintext secrets, see pyproject.toml
    "mypy",
    "mypy_boto3_ec2",
    "mypy_boto3_ssm",
    "mypy_boto3_sts",
    "boto3_stubs",
    "botocore_stubs",
    "numpy",
    "PIL",  # Pillow only converts the icon at build time
    "tests",
)

# Credential providers create these clients on their own (assume-role, SSO, `aws login`).
CREDENTIAL_SERVICES = frozenset({"sts", "sso", "sso-oidc", "signin"})

# The Qt plugin folders a widgets app needs; the others (eglfs, vnc, evdev,
# TLS and network information (the app's network is boto3's and paramiko's),
# the Wayland compositor side, QML tooling, SQL drivers, ...) stay out.
QT_PLUGIN_DIRS = frozenset(
    {
        "platforms",
        "platformthemes",
        "platforminputcontexts",
        "xcbglintegrations",
        "wayland-decoration-client",
        "wayland-graphics-integration-client",
        "wayland-shell-integration",
        "imageformats",
        "iconengines",
        "styles",
    }
)
QT_PLATFORMS = frozenset({"xcb", "wayland", "offscreen", "windows", "cocoa"})
QT_IMAGE_FORMATS = frozenset({"ico", "png", "svg", "jpeg", "gif"})
TRANSLATION_LANGUAGES = ("ko", "en")

_QT_IMPORT = re.compile(r"\bPySide6\.(Qt\w+)|\bfrom\s+PySide6\s+import\s+\(?([\w\s,]+)\)?")
_STUB_IMPORT = re.compile(r"\bmypy_boto3_(\w+)")
_CLIENT_CALL = re.compile(r"""\bclient\(\s*["']([a-z0-9-]+)["']""")


def _sources(package: Path) -> Iterable[str]:
    for path in sorted(package.rglob("*.py")):
        yield path.read_text(encoding="utf-8")


def used_qt_modules(package: Path) -> set[str]:
    """`QtCore`, `QtWidgets`, ...: every Qt module the app's source imports."""
    found = {"QtCore"}
    for source in _sources(package):
        for dotted, listed in _QT_IMPORT.findall(source):
            names = [dotted] if dotted else re.split(r"[\s,]+", listed)
            found.update(name for name in names if name.startswith("Qt"))
    return found


def used_aws_services(package: Path) -> set[str]:
    """The botocore service names the app's clients talk to, plus the credential ones."""
    found = set(CREDENTIAL_SERVICES)
    for source in _sources(package):
        found.update(name.replace("_", "-") for name in _STUB_IMPORT.findall(source))
        found.update(_CLIENT_CALL.findall(source))
    return found


def excluded_qt_modules(all_modules: Iterable[str], used: set[str]) -> list[str]:
    return sorted(f"PySide6.{name}" for name in all_modules if name not in used)


def keep_qt_plugin(dest: str) -> bool:
    """For a collected file under `.../Qt/plugins/<kind>/<file>` (others: True)."""
    parts = PurePath(dest).parts
    if "plugins" not in parts:
        return True
    rest = parts[parts.index("plugins") + 1 :]
    if len(rest) < 2:
        return True
    kind, name = rest[0], rest[-1]
    if kind not in QT_PLUGIN_DIRS:
        return False
    stem = re.sub(r"^(lib)?q", "", name.split(".")[0])
    if kind == "platforms":
        return stem in QT_PLATFORMS
    if kind == "imageformats":
        return stem in QT_IMAGE_FORMATS
    if kind == "platformthemes":
        # gtk3 would pull in the build machine's GTK, cairo and pango (about 10 MB),
        # which can clash with the user's; the portal theme needs only D-Bus.
        return stem != "gtk3"
    return "virtualkeyboard" not in name  # it would pull in Qt Quick


def keep_qt_translation(dest: str) -> bool:
    """Qt's own `.qm` files: only the app's languages (qtbase_ko makes QWizard Korean)."""
    path = PurePath(dest)
    if path.suffix != ".qm" or "translations" not in path.parts:
        return True
    catalogue, _, language = path.stem.partition("_")
    return catalogue in {"qt", "qtbase"} and language in TRANSLATION_LANGUAGES


def keep_botocore_data(dest: str, services: set[str], newest: dict[str, str]) -> bool:
    """botocore/data: the shared tables, and only the newest model of each used service."""
    parts = PurePath(dest).parts
    if "botocore" not in parts or "data" not in parts:
        return True
    rest = parts[parts.index("data") + 1 :]
    if len(rest) == 1:
        return True  # endpoints.json, partitions.json, _retry.json, sdk-default-configuration.json
    service = rest[0]
    if service not in services:
        return False
    if len(rest) >= 3 and rest[1] != newest.get(service):
        return False
    return not rest[-1].startswith("examples-")


def newest_model_versions(botocore_data: Path) -> dict[str, str]:
    """service name -> its newest API version folder (what botocore loads by default)."""
    newest: dict[str, str] = {}
    for service in botocore_data.iterdir():
        versions = (
            sorted(p.name for p in service.iterdir() if p.is_dir()) if service.is_dir() else []
        )
        if versions:
            newest[service.name] = versions[-1]
    return newest


def orphaned_libraries(
    kept: Iterable[tuple[str, str]],
    dropped: Iterable[tuple[str, str]],
    needs: Callable[[str], Iterable[str]],
) -> set[str]:
    """Library file names that only dropped binaries needed.

    `kept` and `dropped` are (file name, source path) of collected binaries;
    `needs(source)` names the libraries one binary links against.  A library
    leaves the bundle only when something that left needed it and nothing that
    stays does (e.g. cairo and pango, brought only by the gtk3 theme plugin).
    """
    sources = dict(kept)
    sources.update(dropped)

    def closure(roots: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        todo = [sources[name] for name in roots if name in sources]
        while todo:
            for name in needs(todo.pop()):
                if name not in seen:
                    seen.add(name)
                    if name in sources:
                        todo.append(sources[name])
        return seen

    pulled_in = closure(name for name, _ in dropped)
    staying = closure(name for name, _ in kept if name not in pulled_in)
    return pulled_in - staying
