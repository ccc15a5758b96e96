"""Login for the web app: users with salted PBKDF2 hashes in the configuration file."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import logging
import secrets
from collections.abc import Callable
from pathlib import Path

import tomlkit

log = logging.getLogger(__name__)
ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000  # OWASP's 2023 figure for PBKDF2-HMAC-SHA256


def hash_password(password: str, salt: str | None = None, iterations: int = ITERATIONS) -> str:
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), bytes.fromhex(salt), iterations)
    return f"{ALGORITHM}${iterations}${salt}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        algorithm, iterations, salt, _ = stored.split("$")
        expected = hash_password(password, salt, int(iterations))
    except ValueError:
        log.warning("a stored password hash is malformed")
        return False
    return algorithm == ALGORITHM and hmac.compare_digest(expected, stored)


def is_local(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def authenticator(users: dict[str, str]) -> Callable[[str, str], bool]:
    def check(name: str, password: str) -> bool:
        ok = name in users and verify_password(password, users[name])
        if not ok:
            log.warning("failed login for user %r", name)
        return ok

    return check


def save_user(config: Path, name: str, password: str) -> None:
    """Adds or replaces `[web.users] name = hash` in the TOML file, keeping everything else as written."""
    document = tomlkit.parse(config.read_text(encoding="utf-8")) if config.is_file() else tomlkit.document()
    web = document.setdefault("web", tomlkit.table())
    users = web.setdefault("users", tomlkit.table())
    users[name] = hash_password(password)
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(tomlkit.dumps(document), encoding="utf-8")


def remove_user(config: Path, name: str) -> bool:
    if not config.is_file():
        return False
    document = tomlkit.parse(config.read_text(encoding="utf-8"))
    users = document.get("web", {}).get("users", {})
    if name not in users:
        return False
    del users[name]
    config.write_text(tomlkit.dumps(document), encoding="utf-8")
    return True
