"""The ASGI application: API + pages + local static files, behind the security middleware.

``create_app`` is a factory (not a module-level app) so tests and ``marsad serve`` can point
it at any database and token without touching the environment.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.gzip import GZipMiddleware
from starlette.responses import Response
from starlette.types import Scope

from marsad import __version__
from marsad.core import PipelineSpec
from marsad.store.db import resolve_db_path
from marsad.web import api, pages
from marsad.web.security import MAX_BODY_BYTES, SecurityMiddleware, load_token

STATIC_DIR = Path(__file__).with_name("static")
STATIC_CACHE = "public, max-age=86400"  # a day: style.css/app.js change only on upgrade
GZIP_MIN_BYTES = 1024  # smaller responses gain nothing from compression


class CachedStaticFiles(StaticFiles):
    """The package's static files with a ``Cache-Control`` header (ETag and Last-Modified
    come from Starlette, so a revalidation after a day is a cheap 304)."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        if response.status_code in (200, 304):
            response.headers["cache-control"] = STATIC_CACHE
        return response


def create_app(db_path: str | os.PathLike[str] | None = None, token: str | None = None, *,
               max_body: int = MAX_BODY_BYTES, use_env_token: bool = True,
               pipeline: PipelineSpec = None, warm: bool = False) -> FastAPI:
    """A Marsad server over ``db_path`` (``--db``, ``$MARSAD_DB`` or ``./marsad.db``).

    Writes are enabled only when a token is given or configured (``$MARSAD_TOKEN`` or a
    token file); ``use_env_token=False`` ignores the environment, for tests. ``pipeline``
    (a Pipeline or a factory; default: the default pipeline) is what ``/api/extract`` and
    ``POST /api/articles`` extract with. ``warm`` computes what the first request would
    otherwise wait for (the claims page's incident groups: about a second at 100,000
    articles) before the app is returned.
    """
    path = resolve_db_path(db_path)
    api.ensure_db(path)
    app = FastAPI(
        title="Marsad API", version=__version__,
        description="Arabic news intelligence: extraction, stored articles, entities, facts.",
        docs_url=None, redoc_url=None,  # their pages load assets from a CDN; see /docs
    )
    app.state.store = api.Store(path, pipeline)
    app.state.token = token if token else (load_token() if use_env_token else None)
    app.include_router(api.router)
    app.include_router(pages.build_router(pages.make_templates()))
    app.mount("/static", CachedStaticFiles(directory=STATIC_DIR), name="static")
    app.add_exception_handler(RequestValidationError, _validation_error)
    # gzip when the client asks (Accept-Encoding), inside the security middleware so the
    # body limit counts what arrives and the headers go on every (compressed) response.
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES)
    app.add_middleware(SecurityMiddleware, max_body=max_body)
    if warm:
        app.state.store.warm()
    return app


def create_served_app() -> FastAPI:
    """The app of one ``marsad serve --workers N`` process (uvicorn calls this factory in
    each): the database from ``$MARSAD_DB``, which ``serve`` sets, the token from the
    environment as always, the default pipeline; caches warmed."""
    return create_app(None, warm=True)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    """FastAPI's 422, except that the echoed input may hold what its default handler cannot
    serialise (a 500): non-finite floats (a JSON body with ``1e999`` or ``NaN``) and lone
    surrogates (``"\\ud800"``)."""
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    return JSONResponse(status_code=422, content={"detail": _json_safe(jsonable_encoder(errors))})


def _json_safe(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, str):
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    if isinstance(value, list):
        return [_json_safe(v) for v in value]
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    return value
