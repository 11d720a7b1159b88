"""Well-formedness of the extractor lexicons (numbers, units, time words, reporting verbs)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import iter_shared_articles, load_script
from marsad.extractors.numbers import number_lexicon
from marsad.extractors.statements import reporting_lexicon
from marsad.extractors.times import time_lexicon
from marsad.lexicon import data_path

KINDS = {"unit", "ten", "hundred", "scale", "dual_scale", "fraction", "teen_tail"}


def _raw(name: str) -> dict[str, Any]:
    with data_path(name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


@pytest.mark.parametrize("name", ["numbers.json", "units.json", "time_lexicon.json",
                                  "reporting_verbs.json"])
def test_versioned_json(name: str) -> None:
    assert isinstance(_raw(name)["version"], int)


def test_numbers() -> None:
    for word, (value, kind) in _raw("numbers.json")["words"].items():
        assert word.strip() == word and kind in KINDS and value > 0
    assert number_lexicon().words["الفي"].value == 2000


def test_units() -> None:
    units = _raw("units.json")["units"]
    assert units["دولار"] == "USD" and units["كيلومتر مربع"] == "km²"
    assert all(isinstance(v, str) and v for v in units.values())


def test_money_sub_units() -> None:
    """Each sub-unit maps «*» or a currency code the units table knows to a share below 1."""
    raw = _raw("units.json")
    codes = set(raw["units"].values()) | {"*"}
    for word, shares in raw["sub_units"].items():
        assert word.strip() == word and shares, word
        assert all(c in codes and 0 < r < 1 for c, r in shares.items()), word
    assert raw["sub_units"]["سنت"] == {"*": 0.01}


def test_number_extras() -> None:
    """Dual fractions are proper, zero words are no cardinal words of the shared lexicon (the
    time finder reads that lexicon, and «صفر» is also a month), and every bound phrase has a
    known qualifier."""
    raw = _raw("numbers.json")
    assert all(0 < v < 1 for v in raw["dual_fractions"].values())
    assert raw["zero"] and not set(raw["zero"]) & set(raw["words"])
    assert set(raw["bounds"].values()) <= {"at_least", "at_most", "equal"}


def test_time_lexicon() -> None:
    raw = _raw("time_lexicon.json")
    assert set(raw["months"].values()) == set(range(1, 13))
    assert set(raw["hijri_months"].values()) == set(range(1, 13))
    assert set(raw["weekdays"].values()) == set(range(7))
    assert all(m in raw["months"] for m in raw["ambiguous_months"])
    assert raw["months"]["شباط"] == raw["months"]["فبراير"] == 2
    assert raw["months"]["تشرين الثاني"] == raw["months"]["نوفمبر"] == 11
    assert time_lexicon().months


def test_reporting_verbs() -> None:
    raw = _raw("reporting_verbs.json")
    for entry in raw["verbs"]:
        assert {"past", "present", "stance"} <= set(entry)
        assert entry["present"][0] in "يت"
    lex = reporting_lexicon()
    for form in ("قال", "قالت", "يقول", "تقول", "اكد", "اكدت", "يوكد", "اشار", "تشير", "نفت"):
        assert form in lex.verbs, form


# --- gold-set floors and the whole shared corpus ---------------------------------------------

ROOT = Path(__file__).resolve().parents[1]
FLOORS = {"quantities": 0.84, "times": 0.85, "statements": 0.75,
          # the eighth whole-article set after the twelfth pass (F1 0.972 / 1.000)
          "times_heldout8": 0.97, "quantities_heldout8": 0.99}


def _evaluator() -> ModuleType:
    return load_script("evaluate_extractors")


def test_gold_set_size() -> None:
    lines = sum(len((ROOT / "tests" / "gold" / f"{n}.jsonl").read_text().splitlines())
                for n in FLOORS)
    assert lines >= 150


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_f1_floor(name: str, shared_articles: list[dict[str, Any]]) -> None:
    evaluator = _evaluator()
    texts = {str(row["id"]): row["text"] for row in shared_articles}  # as load_texts reads
    result = evaluator.evaluate(name, texts)
    assert result["f1"] >= FLOORS[name], result


@pytest.mark.parametrize("name", ["times_heldout2", "quantities_heldout2", "times_heldout3",
                                  "quantities_heldout3", "times_heldout4", "quantities_heldout4",
                                  "times_heldout5", "quantities_heldout5", "times_heldout8",
                                  "quantities_heldout8"])
def test_whole_article_heldout_set_is_new_and_well_formed(name: str) -> None:
    """The whole-article held-out sets (issue 19): twelve articles that no other time or
    number gold file uses, one line per article spanning it, a publication date, and items
    in order, inside the article, not overlapping, each ``text`` its span."""
    gold = ROOT / "tests" / "gold"
    tag = name.split("_", 1)[1]  # «heldout3»: the set's own two files

    def rows(path: Path) -> list[dict[str, Any]]:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()]

    held = rows(gold / f"{name}.jsonl")
    others = {str(r["article_id"]) for pattern in ("times*.jsonl", "quantities*.jsonl",
                                                   "numbers*.jsonl")
              for path in gold.glob(pattern) if tag not in path.name
              for r in rows(path)}
    ids = [str(r["article_id"]) for r in held]
    assert len(set(ids)) == len(ids) == 12 and not set(ids) & others
    texts = {str(row["id"]): row["text"] for row in iter_shared_articles() if row["id"] in ids}
    for r in held:
        text = texts[r["article_id"]]
        assert (r["sentence_start"], r["sentence_end"]) == (0, len(text))
        date.fromisoformat(r["published"])
        end = 0
        for item in r["items"]:
            assert end <= item["start"] < item["end"] <= len(text)
            assert text[item["start"]:item["end"]] == item["text"]
            assert "value" in item and ("qualifier" in item) == name.startswith("quantities")
            end = item["end"]


@pytest.mark.slow
def test_extractors_never_raise_on_shared_corpus(shared_articles: list[dict[str, Any]]) -> None:
    from marsad.arabic.normalize import normalized_view
    from marsad.model import Article, RawDocument
    from marsad.stages import quantities, statements, times

    for row in shared_articles:
        article = Article(RawDocument(row["text"]), text=row["text"],
                          published=date(2018, 9, 3))
        article.normalized = normalized_view(article.text)
        for stage in (times, quantities, statements):
            stage.run(article)
        for item in (*article.quantities, *article.times, *article.statements):
            assert article.text[item.start:item.end]
