"""Claim tracking: classification, grouping keys, attribution, conflicts, events, CLI."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest

import marsad
from marsad.claims import (
    claim_groups,
    claims_from_article,
    differs,
    event_groups,
    group_claims,
    group_events,
)
from marsad.claims.commands import register, run_claims
from marsad.store.ingest import ingest


def _article(text: str, published: str, aid: str, source: str) -> dict[str, Any]:
    data = marsad.to_dict(marsad.extract(text, published=published))
    data["id"] = aid
    data["source"] = source
    return data


DOUMA_A = ("قال المرصد السوري لحقوق الإنسان إن 70 شخصا قتلوا في غارات على مدينة دوما يوم "
           "السبت.")
DOUMA_B = "أعلن الدفاع المدني مقتل 150 مدنيا في قصف على مدينة دوما أمس."
DOUMA_C = "قتل 72 شخصا في غارات على مدينة دوما."
TROOPS = "وذكرت وزارة الدفاع الأمريكية أن نحو 2000 جندي أمريكي ينتشرون في سوريا."


@pytest.fixture(scope="module")
def douma() -> list[dict[str, Any]]:
    return [
        _article(DOUMA_A, "2018-04-08", "a", "Outlet A"),
        _article(DOUMA_B, "2018-04-08", "b", "Outlet B"),
        _article(DOUMA_C, "2018-04-09", "c", "Outlet C"),
        _article(TROOPS, "2018-04-09", "t", "Outlet A"),
    ]


def test_generic_noun_takes_the_nearest_casualty_cue(douma: list[dict[str, Any]]) -> None:
    (claim,) = claims_from_article(douma[0])
    assert (claim.measure, claim.value, claim.place) == ("deaths", 70.0, "gpe:douma")
    assert claim.speaker_entity == "org:sohr"
    assert claim.date == "2018-04-07" and claim.date_from == "time"  # «يوم السبت», resolved
    data = _article("أسفر الهجوم عن مقتل 5 أشخاص وإصابة 12 آخرين في بغداد.", "2018-01-01",
                    "x", "s")
    assert [(c.measure, c.value) for c in claims_from_article(data)] == [
        ("deaths", 5.0), ("injured", 12.0)]


def test_nationality_adjective_is_a_modifier_and_the_sentence_place_the_place(
        douma: list[dict[str, Any]]) -> None:
    (claim,) = claims_from_article(douma[3])
    assert claim.measure == "troops" and claim.subject is None
    assert claim.modifier == "gpe:united-states" and claim.place == "gpe:syria"
    assert claim.qualifier == "approximate"
    assert claim.speaker_entity == "org:us-department-of-defense"
    (group,) = group_claims([douma[3]])
    assert group.label == "United States troops in Syria"


def test_casualties_of_troops_keep_the_troops_as_subject() -> None:
    data = _article("قتل 4 جنود أتراك في هجوم قرب عفرين.", "2018-02-01", "x", "s")
    (claim,) = claims_from_article(data)
    assert (claim.measure, claim.subject, claim.value) == ("deaths", "troops", 4.0)


def test_parts_of_a_figure_and_untracked_figures_are_not_claims() -> None:
    data = _article("قتل 42 شخصا في دوما بينهم 11 طفلا. وبلغت مساحة المدينة 20 كيلومترا.",
                    "2018-04-08", "x", "s")
    assert [(c.measure, c.value) for c in claims_from_article(data)] == [("deaths", 42.0)]


def test_a_cue_before_a_comma_is_still_a_cue() -> None:
    # the shared tokeniser splits «قتلوا،» into a word and a comma (one regex glued them,
    # and the glued word matched no cue)
    data = _article("قال مسؤول إن ما لا يقل عن 25 شخصا، معظمهم من المدنيين، قتلوا، في انفجار.",
                    "2018-02-01", "x", "s")
    assert [(c.measure, c.value) for c in claims_from_article(data)] == [("deaths", 25.0)]


def test_money_is_grouped_by_currency() -> None:
    data = _article("تعهدت السعودية بتقديم 100 مليون دولار لسوريا.", "2018-08-17", "x", "s")
    assert [c.measure for c in claims_from_article(data)] == ["usd"]


def test_conflicting_tolls_across_outlets_are_flagged(douma: list[dict[str, Any]]) -> None:
    groups = {g.id: g for g in group_claims(douma)}
    group = groups["deaths:-:-:gpe:douma"]
    assert group.sources == ["Outlet A", "Outlet B", "Outlet C"]
    (conflict,) = group.conflicts
    # 70 vs 72 agree within 10%, 150 disagrees with both
    assert (conflict.low, conflict.high) == (70.0, 150.0)
    assert conflict.sources == ["Outlet A", "Outlet B", "Outlet C"]
    assert groups["troops:-:gpe:united-states:gpe:syria"].conflicts == []


def test_conflict_rule_thresholds() -> None:
    assert differs(70, 150, 0.1, 5)
    assert not differs(70, 72, 0.1, 5)
    assert not differs(10, 1000, 0.1, 5)  # different scopes, not one event


def test_one_article_changing_its_figure_is_not_a_conflict() -> None:
    data = _article("قتل 70 شخصا في غارات على دوما أمس. وارتفعت الحصيلة إلى 150 قتيلا في دوما.",
                    "2018-04-08", "x", "s")
    (group,) = group_claims([data])
    assert len(group.claims) == 2 and group.conflicts == []


def test_events_group_across_outlets() -> None:
    text = "قتل 70 شخصا أمس في غارات جوية على مدينة دوما."
    articles = [_article(text, "2018-04-08", "a", "A"),
                _article(text.replace("70", "150"), "2018-04-08", "b", "B")]
    groups = [g for g in group_events(articles) if len(g.sources) == 2]
    assert groups, [r.as_dict() for g in group_events(articles) for r in g.reports]
    group = groups[0]
    assert group.location == "gpe:douma" and group.day == "2018-04-07"
    assert group.fatality_conflict == (70.0, 150.0)


# --- the shared corpus ------------------------------------------------------------------------


@pytest.fixture(scope="session")
def corpus_db(
    tmp_path_factory: pytest.TempPathFactory, shared_article_files: list[Path]
) -> Path:
    db = tmp_path_factory.mktemp("claims") / "corpus.db"
    ingest([str(f) for f in shared_article_files], db, workers=2, progress=False)
    return db


@pytest.mark.slow
def test_corpus_has_a_real_conflicting_group(corpus_db: Path) -> None:
    groups = {g.id: g for g in claim_groups(str(corpus_db), min_sources=2,
                                            conflicts_only=True)}
    douma = groups["deaths:-:-:gpe:douma"]  # the 7 April 2018 attack: 42, 48, 70, 100, 150
    april = [c for c in douma.conflicts if c.date_from and c.date_from.startswith("2018-04")]
    assert april
    conflict = april[0]
    assert len(conflict.sources) >= 2 and len(conflict.articles) >= 2
    values = {c.point for c in conflict.claims}
    assert {150.0, 70.0} <= values or {150.0, 48.0} <= values
    assert "deaths:-:-:loc:eastern-ghouta" in groups


@pytest.mark.slow
def test_claims_command_on_the_corpus(corpus_db: Path, capsys: pytest.CaptureFixture[str],
                                      ) -> None:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["claims", "Douma", "--db", str(corpus_db), "--conflicts"])
    assert run_claims(args) == 0
    out = capsys.readouterr().out
    assert "deaths in Douma" in out and "CONFLICT" in out
    args = parser.parse_args(["claims", "--events", "--db", str(corpus_db), "--json",
                              "--limit", "5"])
    assert run_claims(args) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all(len(r["sources"]) >= 2 for r in rows)
    assert event_groups(str(corpus_db), min_sources=3)


def test_a_running_total_is_not_set_against_a_day_toll() -> None:
    """Issue 20: «ارتفعت الحصيلة منذ بدء الحملة إلى 1100» is a running total, «قتل 100
    اليوم» one day's toll: different measures, so no conflict between them; two running
    totals that disagree still conflict."""
    day = _article("قتل 100 مدني في غارات على الغوطة الشرقية اليوم.", "2018-03-12", "d", "A")
    total = _article("وارتفعت حصيلة القتلى منذ بدء الحملة على الغوطة الشرقية إلى 1100 قتيل.",
                     "2018-03-12", "t", "B")
    other = _article("وقتل أكثر من 600 شخص في الغوطة الشرقية منذ بدء الحملة.", "2018-03-13",
                     "o", "C")
    claims = {c.article_id: c for a in (day, total, other) for c in claims_from_article(a)}
    assert not claims["d"].cumulative and claims["t"].cumulative and claims["o"].cumulative
    assert claims["t"].as_dict()["cumulative"] is True
    (group,) = [g for g in group_claims([day, total]) if g.measure == "deaths"]
    assert group.conflicts == []
    (group,) = [g for g in group_claims([day, total, other]) if g.measure == "deaths"]
    assert [(c.low, c.high) for c in group.conflicts] == [(600.0, 1100.0)]


@pytest.mark.parametrize("seed", range(6))
def test_an_incremental_refresh_equals_a_full_recount(tmp_path: Path, seed: int,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 16: a stored group's conflict count is adjusted by the runs its new claims
    fall in, whatever the order and size of the commits, and ends where a recount of the
    whole group ends: dense and sparse days, new claims bridging two runs, both scopes,
    undated claims, claims without a figure and odd date spellings (recounted in full)."""
    import random

    from marsad.claims.records import Claim
    from marsad.store import claim_groups as stored
    from marsad.store.db import connect

    rng = random.Random(seed)
    keys = [("deaths", "gpe:syria"), ("injured", "loc:douma"), ("deaths", None),
            ("troops", "gpe:iraq")]
    claims = []
    for n in range(240):
        measure, place = keys[n % len(keys)]
        day = rng.choice([*range(1, 29, 1), *range(1, 29, 6)])
        when = rng.choice([f"2018-04-{day:02d}"] * 8 + [f"2018-04-{day:02d}T10:00", None, ""])
        if measure == "troops" and n % 7 == 0:
            when = f"201804{day:02d}"  # an ISO spelling whose string order is not its day's
        value = rng.choice([10.0, 11.0, 40.0, 100.0, None])
        claims.append(Claim(
            article_id=f"a{rng.randrange(80)}", measure=measure, value=value, text=str(value),
            sentence="", start=rng.randrange(3) * 10, end=rng.randrange(3) * 10 + 5,
            place=place, source=rng.choice(["A", "B", "C", None]), date=when,
            cumulative=rng.random() < 0.3))
    rng.shuffle(claims)
    conn = connect(tmp_path / "claims.db")
    conn.execute("PRAGMA foreign_keys=OFF")
    rebuilt: list[str] = []
    load_group = stored.load_group

    def recorded(c: Any, gid: str, *args: Any, **kwargs: Any) -> Any:
        rebuilt.append(gid)
        return load_group(c, gid, *args, **kwargs)

    monkeypatch.setattr(stored, "load_group", recorded)
    at = 0
    while at < len(claims):
        chunk = claims[at:at + rng.randint(1, 25)]
        at += len(chunk)
        rows = [(c.article_id, stored.group_id(c), c.date, int(c.cumulative), c.source,
                 c.start, "", json.dumps(c.as_dict())) for c in chunk]
        conn.executemany(stored.INSERT_CLAIM, rows)
        stored.refresh(conn, [row[1] for row in rows])
    incremental = sorted(conn.execute("SELECT * FROM claim_groups"))
    # each group built from its claims once, then refreshed incrementally, except the one
    # with odd date spellings
    assert all(rebuilt.count(g) == 1 for g in set(rebuilt) - {"troops:-:-:gpe:iraq"})
    conn.execute("DELETE FROM claim_groups")
    stored.refresh(conn, [g for (g,) in conn.execute("SELECT DISTINCT group_id FROM claims")])
    assert incremental == sorted(conn.execute("SELECT * FROM claim_groups"))
    assert sum(row[8] for row in incremental) > 0
