"""``marsad serve --workers N``: several server processes over one store (127.0.0.1 only)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import mixed_status_articles, store_articles

httpx = pytest.importorskip("httpx")
pytest.importorskip("uvicorn")

pytestmark = pytest.mark.slow  # two worker processes start (a few seconds)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _marsad() -> list[str]:
    script = Path(sys.executable).with_name("marsad")
    return [str(script)] if script.exists() else [sys.executable, "-m", "marsad.cli"]


def test_serve_with_two_workers_answers(tmp_path: Path) -> None:
    db = store_articles(tmp_path / "w.db", mixed_status_articles())
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("MARSAD_TOKEN", "MARSAD_DB")}
    env["MARSAD_TOKEN_FILE"] = str(tmp_path / "no-token")
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        server = subprocess.Popen([*_marsad(), "serve", "--db", str(db), "--port", str(port),
                                   "--workers", "2"], stdout=out, stderr=subprocess.STDOUT,
                                  env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, log.read_text()
            try:
                if httpx.get(base + "/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "no answer within 60 s: " + log.read_text()
            time.sleep(0.2)
        assert "(2 processes)" in log.read_text()
        with httpx.Client(base_url=base, timeout=30) as client:
            for url in ("/health", "/claims", "/api/events/groups?min_sources=1",
                        "/api/articles", "/entities/gpe:douma"):
                for _ in range(3):  # a few, so both processes are likely asked
                    assert client.get(url).status_code == 200, url
            assert client.get("/api/articles").json()["total"] == 2
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    assert server.returncode is not None
    assert "Traceback" not in log.read_text(), log.read_text()


def test_serve_refuses_negative_workers(tmp_path: Path) -> None:
    from marsad.cli import main

    assert main(["serve", "--db", str(tmp_path / "x.db"), "--workers", "-1"]) == 2
