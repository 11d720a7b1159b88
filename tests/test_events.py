"""Event coding: the seed's expected events, guards, gold floors and the whole shared corpus."""

from __future__ import annotations

import importlib.util
import json
import time
from pathlib import Path

import pytest

import marsad
from marsad.events import code_events
from marsad.model import Article
from marsad.stages import events as events_stage

ROOT = Path(__file__).resolve().parents[1]
EVENTS_DATA = ROOT.parent / "shared" / "data" / "events"


def _with_events(article: Article) -> Article:
    """Run the upstream stages this one uses if core.py does not wire them yet."""
    if not article.entities:
        from marsad.stages import entities
        article = entities.run(article)
    return events_stage.run(article)


@pytest.fixture(scope="module")
def seed(seed_bytes: bytes) -> Article:
    return _with_events(marsad.extract(seed_bytes))


def _find(article: Article, needle: str, type_: str) -> list:
    pos = article.text.index(needle)
    return [e for e in article.events
            if e.type == type_ and pos <= e.trigger.start < pos + len(needle)]


def _roles_or_skip(article: Article) -> None:
    if not article.entities:
        pytest.skip("entities stage produced nothing: role assertions need linked entities")


def test_seed_first_strikes_aerial(seed: Article) -> None:
    [ev] = _find(seed, "بدأ التحالف الدولي ضد داعش بأولى ضرباته في سوريا", "ASSAULT")
    assert ev.mode == "aerial" and ev.trigger.text == "ضرباته"
    _roles_or_skip(seed)
    assert ev.actor == "org:global-coalition-against-daesh"
    assert ev.location == "gpe:syria"


def test_seed_baghouz_defeat(seed: Article) -> None:
    # Choice: PLOVER has no «defeat» type; a military defeat is coded ASSAULT, mode defeat.
    [ev] = _find(seed, "إعلان هزيمة التنظيم في آخر معاقله", "ASSAULT")
    assert ev.mode == "defeat"
    _roles_or_skip(seed)
    assert ev.location == "gpe:baghouz"


def test_seed_us_withdrawal_2018(seed: Article) -> None:
    [ev] = _find(seed, "قرار الولايات المتحدة عام 2018 سحب قواتها", "RETREAT")
    assert ev.mode == "withdrawal"
    _roles_or_skip(seed)
    assert ev.actor == "gpe:united-states"
    if seed.times:
        assert ev.time and ev.time.startswith("2018")


def test_seed_pentagon_oil_protection(seed: Article) -> None:
    [ev] = _find(seed, "لم تعد مسؤولة عن حماية النفط", "RETREAT")
    _roles_or_skip(seed)
    assert ev.actor == "org:us-department-of-defense"


def test_seed_clashes_with_coalition(seed: Article) -> None:
    [ev] = _find(seed, "جرت عدّة تصادمات بين تلك القوات مع قوات التحالف الدولي", "ASSAULT")
    assert ev.mode == "clash"
    _roles_or_skip(seed)
    assert ev.actor in ("gpe:iran", "gpe:russia")
    assert ev.target == "org:global-coalition-against-daesh"


def test_seed_guards_and_offsets(seed: Article) -> None:
    for ev in seed.events:
        assert seed.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
        assert ev.start <= ev.trigger.start < ev.trigger.end <= ev.end
        assert 0.0 < ev.confidence <= 1.0
    # «ماذا لو هاجمت» is hypothetical, «ومنع أي تصادم» is prevented, «اقرأ أيضاً» is removed.
    assert not _find(seed, "ماذا لو هاجمت", "ASSAULT")
    assert not _find(seed, "ومنع أي تصادم", "ASSAULT")
    assert "اقرأ أيضاً" not in seed.text
    assert not any("العيساوي" in seed.text[e.start:e.end] for e in seed.events)


def test_works_without_upstream_stages() -> None:
    text = "قصفت الطائرات مواقع المسلحين أمس. لم يهاجم الجيش القرية."
    evs = code_events(text, sentences=[(0, 33), (34, len(text))])
    assert [(e.type, e.mode, e.trigger.text) for e in evs] == [("ASSAULT", "shelling", "قصفت")]
    assert evs[0].actor is None


def test_fatalities_from_digits_fallback() -> None:
    text = "وقتل 12 شخصا في هجوم انتحاري أمس."
    evs = [e for e in code_events(text) if e.type == "ASSAULT"]
    assert evs and all(e.fatalities == 12 for e in evs)


def _evaluator():
    spec = importlib.util.spec_from_file_location("evaluate_events",
                                                  ROOT / "scripts" / "evaluate_events.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gold_set_composition() -> None:
    """>= 150 gold sentences carry types other than ASSAULT/PROTEST (docs/events.md)."""
    rows = [json.loads(line) for line in
            (ROOT / "tests" / "gold" / "events.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    other = [r for r in rows if set(r["types"]) - {"ASSAULT", "PROTEST"}]
    assert len(rows) >= 430
    assert len(other) >= 150
    assert sum(1 for r in rows if not r["types"]) >= 100  # negatives: no event


def test_gold_floors() -> None:
    """Floors about 0.03 below the figures measured on the 438-sentence set (docs/events.md).

    The set grew from 190 to 438 sentences; the new sentences are harder (more non-ASSAULT
    types), so micro, ASSAULT and AGREE floors went down from 0.68/0.78/0.65.
    """
    result = _evaluator().gold_eval()
    assert result["sentences"] >= 430
    assert result["micro"]["f1"] >= 0.61  # measured 0.648
    assert result["ASSAULT"]["f1"] >= 0.73  # measured 0.765
    assert result["AGREE"]["f1"] >= 0.59  # measured 0.622
    assert result["REQUEST"]["f1"] >= 0.83  # measured 0.863
    assert result["PROTEST"]["f1"] >= 0.78  # measured 0.818
    assert result["ACCUSE"]["f1"] >= 0.73  # measured 0.762
    assert result["DEMAND"]["f1"] >= 0.67  # measured 0.703
    assert result["COERCE"]["f1"] >= 0.63  # measured 0.667


@pytest.mark.skipif(not EVENTS_DATA.exists(), reason="shared PLOVER gold data missing")
def test_plover_detection_floors() -> None:
    ev = _evaluator()
    assault = ev.detection("assault", "ASSAULT")["all"]
    protest = ev.detection("protest", "PROTEST")["all"]
    assert assault["r"] >= 0.85 and assault["f1"] >= 0.33
    assert protest["r"] >= 0.80 and protest["f1"] >= 0.15


@pytest.mark.slow
def test_all_shared_articles(shared_articles: list[dict]) -> None:
    began = time.perf_counter()
    for row in shared_articles:
        article = marsad.extract(row["text"])
        article = events_stage.run(article)
        for ev in article.events:
            assert article.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
    assert time.perf_counter() - began < 600
