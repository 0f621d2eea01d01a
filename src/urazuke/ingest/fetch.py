"""Fetching a URL for the archive, with guards: what a URL may make urazuke connect to.

- http and https only (E100);
- every address the host resolves to must be public: no private, loopback, link-local,
  multicast or reserved target (E101), checked again on every redirect hop, and the
  connection goes to the very address that was checked (so a DNS answer that changes
  between the check and the connection cannot slip a private target in);
- timeouts per connect and read, and a deadline for the whole fetch (E103);
- a size limit, enforced while reading, not trusted from Content-Length (E105);
- at most ``max_redirects`` redirects (E106).

``allow_private`` (``--allow-private``) lifts the address rule; ``trusted`` lifts it for
some networks only (an intranet feed server, or the tests' server on 127.0.0.1).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx2

from urazuke import __version__
from urazuke.errors import Errors, UrazukeError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]

REDIRECTS = frozenset({301, 302, 303, 307, 308})
# A news page with its markup is well under a few megabytes; feeds are smaller still.
MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class FetchPolicy:
    """What a fetch may do. The defaults are for URLs from the open web."""

    allow_private: bool = False
    trusted: tuple[str, ...] = ()  # networks allowed even if private: "127.0.0.1/32"
    timeout: float = 15.0  # seconds, for connecting and for each read
    deadline: float = 60.0  # seconds, for the whole fetch with its redirects
    max_bytes: int = MAX_BYTES
    max_redirects: int = 5
    user_agent: str = f"urazuke/{__version__} (+https://pypi.org/project/urazuke/)"


@dataclass(frozen=True)
class Fetched:
    url: str  # where the content came from, after redirects
    status: int
    content_type: str | None
    content: bytes


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (IPv4 and IPv6)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_public(address: IPAddress) -> bool:
    """Whether connecting to ``address`` reaches the public internet, not this machine or
    its networks. An IPv4 address mapped into IPv6 is judged as the IPv4 address."""
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped or address.sixtofour
        if mapped is not None:
            return is_public(mapped)
    return address.is_global and not address.is_multicast


def _allowed(address: IPAddress, policy: FetchPolicy) -> bool:
    if policy.allow_private or is_public(address):
        return True
    return any(address in ipaddress.ip_network(net, strict=False) for net in policy.trusted)


def check_url(
    url: str, policy: FetchPolicy, resolve: Resolver = system_resolver
) -> tuple[str, int, str]:
    """Check one hop: (host, port, the address to connect to), or E100/E101/E102."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise UrazukeError(Errors.E100, url=url)
    try:
        # A name in Japanese (例え.jp) travels as its ASCII form (xn--…) in DNS and Host.
        host = (
            parts.hostname if parts.hostname.isascii() else parts.hostname.encode("idna").decode()
        )
    except UnicodeError as exc:
        raise UrazukeError(Errors.E102, url=url, host=parts.hostname) from exc
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError as exc:
        raise UrazukeError(Errors.E100, url=url) from exc
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            addresses = [ipaddress.ip_address(a.split("%")[0]) for a in resolve(host, port)]
        except (OSError, UnicodeError) as exc:
            raise UrazukeError(Errors.E102, url=url, host=host) from exc
    if not addresses:
        raise UrazukeError(Errors.E102, url=url, host=host)
    # Every address must pass: a client may connect to any of them.
    for address in addresses:
        if not _allowed(address, policy):
            target = host if host == str(address) else f"{host} ({address})"
            raise UrazukeError(Errors.E101, url=url, target=target)
    return host, port, str(addresses[0])


def _pinned(url: str, address: str, port: int) -> str:
    """The URL with its host replaced by the checked address."""
    parts = urlsplit(url)
    ip = f"[{address}]" if ":" in address else address
    return urlunsplit((parts.scheme.lower(), f"{ip}:{port}", parts.path or "/", parts.query, ""))


def _host_header(url: str, host: str) -> str:
    port = urlsplit(url).port
    host = f"[{host}]" if ":" in host else host
    return f"{host}:{port}" if port else host


def fetch(
    url: str,
    policy: FetchPolicy | None = None,
    *,
    resolve: Resolver = system_resolver,
) -> Fetched:
    """GET ``url`` under ``policy``, following redirects; raise UrazukeError on any refusal."""
    policy = policy or FetchPolicy()
    started = time.monotonic()
    timeout = httpx2.Timeout(policy.timeout)
    # trust_env=False: a proxy from the environment would connect for us, to wherever.
    with httpx2.Client(timeout=timeout, trust_env=False, follow_redirects=False) as client:
        current = url
        for _ in range(policy.max_redirects + 1):
            if time.monotonic() - started > policy.deadline:
                raise UrazukeError(
                    Errors.E103, url=current, detail=f"took longer than {policy.deadline:g} s"
                )
            host, port, address = check_url(current, policy, resolve)
            extensions = {"sni_hostname": host} if current.lower().startswith("https") else {}
            headers = {
                "Host": _host_header(current, host),
                "User-Agent": policy.user_agent,
                "Accept": "text/html, application/xhtml+xml, application/rss+xml, "
                "application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5",
            }
            try:
                with client.stream(
                    "GET", _pinned(current, address, port), headers=headers, extensions=extensions
                ) as response:
                    if response.status_code in REDIRECTS and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        raise UrazukeError(Errors.E104, url=current, status=response.status_code)
                    content = _read(response, current, policy, started)
                    return Fetched(
                        url=current,
                        status=response.status_code,
                        content_type=response.headers.get("content-type"),
                        content=content,
                    )
            except httpx2.TimeoutException as exc:
                raise UrazukeError(
                    Errors.E103, url=current, detail=f"timed out ({policy.timeout:g} s)"
                ) from exc
            except httpx2.HTTPError as exc:
                raise UrazukeError(
                    Errors.E103, url=current, detail=f"{type(exc).__name__}: {exc}"
                ) from exc
        raise UrazukeError(Errors.E106, url=url, limit=policy.max_redirects)


def _read(response: httpx2.Response, url: str, policy: FetchPolicy, started: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > policy.max_bytes:
        raise UrazukeError(Errors.E105, url=url, limit=policy.max_bytes)
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > policy.max_bytes:
            raise UrazukeError(Errors.E105, url=url, limit=policy.max_bytes)
        if time.monotonic() - started > policy.deadline:
            raise UrazukeError(
                Errors.E103, url=url, detail=f"took longer than {policy.deadline:g} s"
            )
        chunks.append(chunk)
    return b"".join(chunks)
