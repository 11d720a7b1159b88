"""Security plumbing: write token, security headers (CSP), request body limit.

The server is read-only unless a token is configured: writes must be a deliberate choice of
whoever runs it, not a default someone forgets to turn off. Tokens are compared in constant
time so response timing does not leak how much of a guess was right.
"""

from __future__ import annotations

import hmac
import json
import os
from pathlib import Path

from fastapi import HTTPException, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

ENV_TOKEN = "MARSAD_TOKEN"
ENV_TOKEN_FILE = "MARSAD_TOKEN_FILE"
DEFAULT_TOKEN_FILE = Path("~/.config/marsad/token")
MAX_BODY_BYTES = 2 * 1024 * 1024  # 2 MiB: several long articles, nowhere near a DoS

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


def load_token(explicit: str | None = None) -> str | None:
    """The write token: an explicit value, ``$MARSAD_TOKEN``, or the first line of the token
    file (``$MARSAD_TOKEN_FILE`` or ``~/.config/marsad/token``). None disables writes.

    Tokens shorter than 16 characters are refused: a guessable token is worse than none,
    because it looks like protection.
    """
    token = explicit or os.environ.get(ENV_TOKEN)
    if not token:
        path = Path(os.environ.get(ENV_TOKEN_FILE) or DEFAULT_TOKEN_FILE).expanduser()
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            lines = []
        token = lines[0].strip() if lines else None
    if token and len(token) < 16:
        raise ValueError("the write token must be at least 16 characters long")
    return token or None


def require_write_token(request: Request) -> None:
    """FastAPI dependency for write endpoints: 403 when writes are off, 401 on a bad token."""
    expected: str | None = request.app.state.token
    if not expected:
        raise HTTPException(403, "writes are disabled on this server: start it with "
                                 f"${ENV_TOKEN} set (or a token file) to enable them")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not token_matches(expected, given):
        raise HTTPException(401, "a valid bearer token is required for writes",
                            headers={"WWW-Authenticate": 'Bearer realm="marsad"'})


def token_matches(expected: str | None, given: str | None) -> bool:
    """Whether ``given`` is the write token, compared in constant time; never when writes
    are off. One check for the API's bearer header and the pages' token field."""
    if not expected or not given or not given.strip():
        return False
    return hmac.compare_digest(given.strip().encode(), expected.encode())


class SecurityMiddleware:
    """Pure ASGI middleware: adds security headers to every response and refuses request
    bodies over ``max_body`` with 413 — by Content-Length up front, and by counting the
    streamed bytes for chunked uploads that declare no length."""

    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [h for h in message.get("headers", [])
                           if h[0].lower() not in {k for k, _ in SECURITY_HEADERS}]
                message["headers"] = headers + list(SECURITY_HEADERS)
            await send(message)

        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared < 0 or declared > self.max_body:
                    await self._too_large(send_with_headers)
                    return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise _BodyTooLarge(self.max_body)
            return message

        try:
            await self.app(scope, counting_receive, send_with_headers)
        except _BodyTooLarge:
            if not started:
                await self._too_large(send_with_headers)
        except Exception:
            # Starlette's 500 page comes from its outermost middleware, outside this one,
            # and would go out without the security headers: answer here (no details), then
            # re-raise so the server still logs the traceback.
            if not started:
                await self._send_json(send_with_headers, 500, "internal server error")
            raise

    async def _too_large(self, send: Send) -> None:
        await self._send_json(send, 413, f"request body too large: the limit is "
                                         f"{self.max_body} bytes")

    @staticmethod
    async def _send_json(send: Send, status: int, detail: str) -> None:
        body = json.dumps({"detail": detail}).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


class _BodyTooLarge(HTTPException):
    """Raised inside the app's receive() when a streamed body passes the limit; an
    HTTPException so FastAPI's body parsing re-raises it (as 413) instead of turning it
    into a generic 400."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body too large: the limit is {limit} bytes")
