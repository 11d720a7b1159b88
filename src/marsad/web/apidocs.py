"""The /docs page's content: every endpoint of the OpenAPI document with a request and a
response example.

Why generated and not written by hand: the examples are built from the same OpenAPI
document FastAPI serves (parameters, request and response schemas), so a field added to a
model shows up in its example and no example can drift from the API. Sample values come
from one table keyed by field name, with Marsad's own kind of data (an SDF id, a Douma
date) so an example reads like a real exchange.
"""

from __future__ import annotations

import json
import shlex
from typing import Any
from urllib.parse import urlencode

ARTICLE_ID = "SK-middleEast-846-20180408"
# Sample values by parameter or field name; anything else gets a value of its type.
SAMPLES: dict[str, Any] = {
    "q": "قسد", "entity": "org:sdf", "place": "gpe:douma", "type": "ASSAULT",
    "from": "2018-04-01", "to": "2018-04-30", "article_id": ARTICLE_ID, "entity_id": "org:sdf",
    "article": ARTICLE_ID, "text": "قتل 70 شخصا في غارات على مدينة دوما يوم السبت.",
    "published": "2018-04-08", "title": "عشرات القتلى في دوما", "source": "Sky News Arabia",
    "name_ar": "قوات سوريا الديمقراطية", "name_en": "Syrian Democratic Forces",
    "day": "2018-04-07", "date": "2018-04-07", "url": "https://example.org/news/1",
    "status": "new", "mode": "aerial", "format": "csv", "limit": 5, "country": "SY",
    "category": "rebel_group", "trigger": "غارات", "actor": "gpe:syria", "target": "gpe:douma",
    "location": "gpe:douma", "confidence": 0.9, "fatalities": 70, "measure": "deaths",
    "stance": "assert", "cue": "قال", "speaker": "المرصد السوري", "language": "ar",
    "unit": "USD", "sort": "date", "min_confidence": 0.6, "min_sources": 2,
    "role": "actor", "other": "gpe:raqqa", "other_name": "الرقة", "month": "2018-04",
    "share": 1.0, "speaker_entity": "org:sohr",
    "speaker_name": "المرصد السوري لحقوق الإنسان",
    "content": "قوات سوريا الديمقراطية سيطرت على بلدة الباغوز",
}
# Query parameters an example shows besides the required ones (when the endpoint has them).
SHOWN_PARAMS = ("q", "entity", "type", "from", "to", "limit")
MAX_DEPTH = 4
MAX_EXAMPLE_CHARS = 2500


def endpoints(spec: dict[str, Any], base_url: str) -> list[dict[str, Any]]:
    """Each operation of ``spec`` as the docs page lists it, with ``request`` (a curl
    command) and ``response`` (the status and an example body)."""
    out = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = op.get("parameters", [])
            out.append({
                "method": method.upper(), "path": path, "summary": op.get("summary") or "",
                "description": op.get("description") or "",
                "params": [(p.get("name"), p.get("in"), p.get("required", False),
                            p.get("description") or "") for p in params],
                "body": "requestBody" in op, "responses": sorted(op.get("responses", {})),
                "request": _request(spec, base_url, method.upper(), path, op),
                "response": _response(spec, op),
            })
    return out


def _request(spec: dict[str, Any], base_url: str, method: str, path: str,
             op: dict[str, Any]) -> str:
    url_path = path
    query: dict[str, Any] = {}
    for p in op.get("parameters", []):
        name = p.get("name", "")
        value = _sample(spec, name, p.get("schema") or {}, 0)
        if p.get("in") == "path":
            url_path = url_path.replace("{" + name + "}", str(
                "org:sdf" if "entit" in path else ARTICLE_ID if "article" in path else value))
        elif p.get("in") == "query" and (p.get("required") or name in SHOWN_PARAMS):
            query[name] = value
    url = base_url.rstrip("/") + url_path + ("?" + urlencode(query) if query else "")
    parts = ["curl", "-s"] + ([] if method == "GET" else ["-X", method])
    if op.get("security") or any(str(code) == "401" for code in op.get("responses", {})):
        parts += ["-H", "Authorization: Bearer $MARSAD_TOKEN"]
    body = (op.get("requestBody") or {}).get("content", {}).get("application/json")
    if body:
        example = _sample(spec, "", body.get("schema") or {}, 0)
        parts += ["-H", "Content-Type: application/json",
                  "-d", json.dumps(example, ensure_ascii=False)]
    return _join(parts, url)


def _join(parts: list[str], url: str) -> str:
    """The curl command line: the URL quoted last; the token header in double quotes so
    the shell expands $MARSAD_TOKEN."""
    words = [f'"{p}"' if "$MARSAD_TOKEN" in p else shlex.quote(p) for p in parts]
    return " ".join([*words, shlex.quote(url)])


def _response(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, str]:
    """The first success response: its status and an example (JSON built from its schema,
    or what the description says for a file download)."""
    for code, resp in sorted(op.get("responses", {}).items()):
        if not str(code).startswith("2"):
            continue
        content = resp.get("content") or {}
        schema = (content.get("application/json") or {}).get("schema")
        if schema and schema.get("type") != "string":
            text = json.dumps(_sample(spec, "", schema, 0), ensure_ascii=False, indent=2)
            if len(text) > MAX_EXAMPLE_CHARS:
                text = text[:MAX_EXAMPLE_CHARS].rsplit("\n", 1)[0] + "\n  …"
            return {"status": str(code), "example": text}
        kinds = ", ".join(k for k in content if k != "application/json")
        return {"status": str(code), "example": (resp.get("description") or "")
                + (f" ({kinds})" if kinds else "")}
    return {"status": "", "example": ""}


def _sample(spec: dict[str, Any], name: str, schema: dict[str, Any], depth: int) -> Any:
    """An example value for ``schema`` (refs resolved, nullable unions read as their type),
    named ``name``; nested objects and lists are cut at MAX_DEPTH, lists hold one item."""
    schema = _resolve(spec, schema)
    if name in SAMPLES and schema.get("type") not in ("object", "array"):
        return SAMPLES[name]
    for key in ("anyOf", "oneOf", "allOf"):
        options = [s for s in schema.get(key, []) if _resolve(spec, s).get("type") != "null"]
        if options:
            return _sample(spec, name, options[0], depth)
    if "enum" in schema:
        return schema["enum"][0]
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    kind = schema.get("type")
    if depth >= MAX_DEPTH and kind in ("object", "array"):
        return {} if kind == "object" else []
    if kind == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        if not props and isinstance(schema.get("additionalProperties"), dict):
            return {"key": _sample(spec, "", schema["additionalProperties"], depth + 1)}
        return {k: _sample(spec, k, v, depth + 1) for k, v in props.items()}
    if kind == "array":
        return [_sample(spec, name, schema.get("items") or {}, depth + 1)]
    if kind == "integer":
        return 1
    if kind == "number":
        return 0.9
    if kind == "boolean":
        return False
    if schema.get("format") == "date":
        return "2018-04-07"
    return "…" if kind == "string" else None


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with a local ``$ref`` followed (``#/components/schemas/Name``)."""
    ref = schema.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return schema
    node: Any = spec
    for part in ref[2:].split("/"):
        node = node.get(part, {}) if isinstance(node, dict) else {}
    return node if isinstance(node, dict) else {}
