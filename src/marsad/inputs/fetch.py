"""Fetching URLs for inputs, safely: http(s) only, no private targets, bounded in every way.

``marsad ingest https://…`` makes this process issue requests to addresses an input file
names, so a hostile feed or page list must not be able to aim it at the machine's own
services or the local network (SSRF). Every URL — the first and every redirect target — is
checked before it is requested: the scheme must be http or https, and every address its host
resolves to must be public (not private, loopback, link-local, multicast, reserved or
unspecified). After connecting, the address actually connected to is checked again, which
closes most of the DNS-rebinding window between the check and the connection. Downloads are
bounded by connect/read timeouts, an overall deadline, a redirect limit and a size cap that is
enforced while streaming (a lying or missing ``Content-Length`` cannot get past it).
"""

from __future__ import annotations

import hashlib
import ipaddress
import socket
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from marsad.errors import (
    FetchError,
    FetchTimeoutError,
    FetchTooLargeError,
    TooManyRedirectsError,
    UnsafeURLError,
)

if TYPE_CHECKING:  # imported where used: ingesting plain files must not need httpx
    import httpx

ALLOWED_SCHEMES = ("http", "https")
REDIRECT_CODES = (301, 302, 303, 307, 308)
USER_AGENT = "marsad/0.1 (+https://github.com/; Arabic news research)"


@dataclass(slots=True, frozen=True)
class FetchPolicy:
    """Limits for one fetch; the defaults suit news pages and feeds."""

    allow_private: bool = False
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0  # a server dripping one byte a second never trips read_timeout
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5


@dataclass(slots=True)
class Fetched:
    """A completed download: the final URL after redirects and the (decoded) body."""

    url: str
    requested: str
    status: int
    content_type: str
    content: bytes
    redirects: list[str] = field(default_factory=list)


def is_url(spec: str) -> bool:
    """True for anything with a scheme (``x://``), so unsupported schemes get a clear refusal
    instead of being treated as a missing file name."""
    scheme, sep, _ = spec.partition("://")
    return bool(sep) and scheme.isascii() and scheme.replace("+", "").replace("-", "").isalnum()


def normalise_url(url: str) -> str:
    """Lower-case scheme and host, default port and fragment dropped, empty path → ``/``.

    Two spellings of the same address give the same article id, so a re-ingest is a no-op.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port is not None and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    if parts.username:
        host = f"{parts.username}@{host}"
    return urlunsplit((scheme, host, parts.path or "/", parts.query, ""))


def url_id(url: str) -> str:
    """A stable article id for a page that carries none: ``url-`` + sha1 of the normalised URL."""
    return "url-" + hashlib.sha1(normalise_url(url).encode("utf-8")).hexdigest()[:20]


def _forbidden(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why an address may not be fetched, or None when it is public."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return _forbidden(ip.ipv4_mapped)
    for name in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
        if getattr(ip, f"is_{name}"):
            return name.replace("_", "-")
    if not ip.is_global:  # shared address space (100.64/10), documentation ranges, …
        return "non-global"
    return None


def check_address(address: str, url: str) -> None:
    """Raise UnsafeURLError when ``address`` (an IP literal) is not a public address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    why = _forbidden(ip)
    if why is not None:
        raise UnsafeURLError(
            f"refusing to fetch {url}: {ip} is a {why} address "
            "(use --allow-private to fetch from local or private networks)")


def check_url(url: str, policy: FetchPolicy) -> None:
    """Refuse non-http(s) URLs and, unless allowed, hosts resolving to any non-public address.

    Every resolved address is checked, not just the first: a name with one public and one
    private record could otherwise be steered to the private one at connect time.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise UnsafeURLError(f"refusing to fetch {url}: only http and https URLs are "
                             f"supported, not {parts.scheme or 'no scheme'}://")
    host = parts.hostname
    if not host:
        raise UnsafeURLError(f"refusing to fetch {url}: no host name")
    if policy.allow_private:
        return
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError as exc:
        raise UnsafeURLError(f"refusing to fetch {url}: {exc}") from exc
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {host} for {url}: {exc}") from exc
    if not infos:
        raise FetchError(f"cannot resolve {host} for {url}: no addresses")
    for info in infos:
        check_address(str(info[4][0]), url)


def _peer_check(response: httpx.Response, url: str, policy: FetchPolicy) -> None:
    """Check the address actually connected to (defeats DNS answers that change in between)."""
    if policy.allow_private:
        return
    stream: Any = response.extensions.get("network_stream")
    if stream is None:
        return
    addr = stream.get_extra_info("server_addr")
    if addr:
        check_address(str(addr[0]), url)


def make_client(policy: FetchPolicy) -> httpx.Client:
    """A client that never follows redirects itself and ignores proxy environment variables
    (a proxy would hide the real target address from the checks)."""
    import httpx

    timeout = httpx.Timeout(connect=policy.connect_timeout, read=policy.read_timeout,
                            write=policy.read_timeout, pool=policy.connect_timeout)
    return httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False,
                        headers={"User-Agent": USER_AGENT, "Accept": "*/*"})


def fetch(url: str, policy: FetchPolicy | None = None,
          client: httpx.Client | None = None) -> Fetched:
    """GET ``url`` under ``policy``; raises a FetchError subclass naming what went wrong."""
    import httpx

    policy = policy or FetchPolicy()
    own = client is None
    http = client or make_client(policy)
    deadline = time.monotonic() + policy.total_timeout
    redirects: list[str] = []
    current = url
    try:
        while True:
            check_url(current, policy)
            try:
                with http.stream("GET", current) as response:
                    _peer_check(response, current, policy)
                    if response.status_code in REDIRECT_CODES:
                        location = response.headers.get("location")
                        if not location:
                            raise FetchError(f"{current}: HTTP {response.status_code} "
                                             "redirect without a Location header")
                        if len(redirects) >= policy.max_redirects:
                            raise TooManyRedirectsError(
                                f"{url}: more than {policy.max_redirects} redirects")
                        current = urljoin(current, location)
                        redirects.append(current)
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"{current}: HTTP {response.status_code} "
                                         f"{response.reason_phrase}".rstrip())
                    body = _read_capped(response, current, policy, deadline)
                    return Fetched(url=current, requested=url, status=response.status_code,
                                   content_type=response.headers.get("content-type", ""),
                                   content=body, redirects=redirects)
            except httpx.TimeoutException as exc:
                kind = "connecting" if isinstance(exc, httpx.ConnectTimeout) else "reading"
                raise FetchTimeoutError(f"{current}: timed out {kind} "
                                        f"({type(exc).__name__})") from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"{current}: {type(exc).__name__}: {exc}") from exc
    finally:
        if own:
            http.close()


def _read_capped(response: httpx.Response, url: str, policy: FetchPolicy,
                 deadline: float) -> bytes:
    """The body, decoded (gzip etc.), aborting past ``max_bytes`` or the overall deadline."""
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > policy.max_bytes:
        raise FetchTooLargeError(f"{url}: response of {int(declared):,} bytes exceeds the "
                                 f"{policy.max_bytes:,}-byte limit")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > policy.max_bytes:
            raise FetchTooLargeError(f"{url}: response exceeds the {policy.max_bytes:,}-byte "
                                     "limit; download aborted")
        if time.monotonic() > deadline:
            raise FetchTimeoutError(f"{url}: download took longer than "
                                    f"{policy.total_timeout:g}s; aborted")
        chunks.append(chunk)
    return b"".join(chunks)
