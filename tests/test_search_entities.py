"""Entity-aware search: reading queries against the KB, and recall on the shared corpus."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from conftest import SHARED_ARTICLES, load_script
from marsad.kb.query import latin_key, query_index
from marsad.store.ingest import ingest
from marsad.store.search import find

ROOT = Path(__file__).resolve().parents[1]


def _ids(query: str) -> list[list[str]]:
    return [[e.id for e in u.entities] for u in query_index().understand(query).entities]


@pytest.mark.parametrize(("query", "entity"), [
    ("SDF", "org:sdf"), ("Syrian Democratic Forces", "org:sdf"), ("قسد", "org:sdf"),
    ("لقسد", "org:sdf"), ("Raqqa", "gpe:raqqa"), ("Raqa", "gpe:raqqa"),
    ("ar-Raqqah", "gpe:raqqa"), ("والرقة", "gpe:raqqa"), ("Houthis", "org:houthis"),
    ("Huthis", "org:houthis"), ("Erdoğan", "per:recep-tayyip-erdogan"),
    ("Erdogan", "per:recep-tayyip-erdogan"), ("Daesh", "org:isis"), ("ISIL", "org:isis"),
    ("Hizbollah", "org:hezbollah"), ("Deir al-Zour", "gpe:deir-ez-zor"), ("Idleb", "gpe:idlib"),
    ("Syrian Observatory", "org:sohr"), ("UN", "org:united-nations"),
])
def test_names_acronyms_and_variants_are_understood(query: str, entity: str) -> None:
    [candidates] = _ids(query)
    assert entity in candidates


def test_query_split_into_entities_and_words() -> None:
    reading = query_index().understand("SDF oil Raqqa")
    assert [u.entities[0].id for u in reading.entities] == ["org:sdf", "gpe:raqqa"]
    assert reading.rest == "oil"
    assert query_index().understand('"قسد" نفط').rest == '"قسد" نفط'  # quotes stay literal


def test_short_acronyms_need_capitals_and_exact_names_beat_weaker_readings() -> None:
    assert _ids("is") == [] and _ids("un") == []
    assert _ids("Hama")[0][0] == "gpe:hama"  # not Hamas less its «s»
    assert _ids("Iran") == [["gpe:iran"]]  # no fuzzy match on short names («Iraq»)
    assert latin_key("Bashar al-Assad") == latin_key("bashar assad")


def test_suggest_prefixes_in_both_scripts() -> None:
    assert "org:sdf" in {e.id for e in query_index().suggest("قوات سوريا الد")}
    assert "org:sdf" in {e.id for e in query_index().suggest("Syrian Dem")}


def _evaluator() -> ModuleType:
    return load_script("evaluate_search")


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory, shared_article_files: list[Path]) -> Path:
    db = tmp_path_factory.mktemp("search") / "shared.db"
    ingest([str(SHARED_ARTICLES)], db, workers=2, progress=False)  # the folder, as a user would
    return db


@pytest.mark.slow
def test_silver_queries_recall_and_precision(shared_db: Path) -> None:
    """The silver list (tests/gold/search_queries.jsonl): English names, acronyms, variants
    and Arabic aliases find the articles that write the entity in Arabic (docs/store.md)."""
    evaluator = _evaluator()
    rows = [__import__("json").loads(line) for line in
            evaluator.QUERIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    report = evaluator.score(str(shared_db), rows)
    assert report["macro"]["understood"]["recall"] >= 0.95  # measured 1.000
    assert report["macro"]["understood"]["precision"] >= 0.95  # measured 0.994
    assert report["macro"]["literal"]["recall"] < 0.2  # what search did before: 0.073
    assert all(q["understood"]["returned"] for q in report["queries"])  # never a silent 0


@pytest.mark.slow
def test_every_name_of_an_entity_finds_the_same_articles(shared_db: Path) -> None:
    for names in (("SDF", "Syrian Democratic Forces", "قسد", "قوات سوريا الديمقراطية"),
                  ("ISIS", "Daesh", "داعش", "Islamic State"),
                  ("Houthis", "Huthis", "الحوثيون", "أنصار الله")):
        sets = [{h.id for h in find(shared_db, n, limit=2000).hits} for n in names]
        assert sets[0] and all(s == sets[0] for s in sets), names


@pytest.mark.slow
def test_entity_query_combines_with_words_and_counts(shared_db: Path) -> None:
    sdf = find(shared_db, "SDF", limit=2000, facets=True)
    both = find(shared_db, "SDF Raqqa", limit=2000)
    oil = find(shared_db, "SDF نفط", limit=2000)
    assert sdf.understood[0].id == "org:sdf" and sdf.total == len(sdf.hits) > 0
    assert {h.id for h in both.hits} <= {h.id for h in sdf.hits} and both.total > 0
    assert {h.id for h in oil.hits} <= {h.id for h in sdf.hits} and oil.rest == "نفط"
    assert sdf.facets["source"] and sdf.facets["entity"]
    assert all(f["value"] != "org:sdf" for f in sdf.facets["entity"])
    assert find(shared_db, "SDF", literal=True).total <= 1  # one title writes «لـSDF»
    by_date = find(shared_db, "SDF", sort="date", limit=50).hits
    days = [h.published or "" for h in by_date]
    assert days == sorted(days, reverse=True)


def test_written_form_check_agrees_with_the_pattern_on_real_articles() -> None:
    """``writes`` (substring search, then the pattern where a form occurs) answers exactly as
    searching the whole text with the entity's pattern, on the shared articles."""
    import json

    from marsad.arabic.normalize import normalize

    texts = []
    for path in sorted(SHARED_ARTICLES.glob("*.jsonl"))[:2]:
        with path.open(encoding="utf-8") as handle:
            texts += [normalize(json.loads(line)["text"]) for line in handle if line.strip()]
    index = query_index()
    found = 0
    for entity_id in ("org:sdf", "org:hts", "gpe:syria", "gpe:raqqa", "gpe:aden", "org:isis",
                      "per:bashar-al-assad", "gpe:idlib"):
        pattern = index.form_pattern(entity_id)
        assert pattern is not None
        for text in texts:
            expected = pattern.search(text) is not None
            assert index.writes(entity_id, text) is expected, (entity_id, text[:80])
            found += expected
    assert found > 50


@pytest.mark.slow
def test_every_plan_of_a_filtered_search_gives_the_same_page(
        shared_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Words with an entity or a date range are matched by listing the entity's (or the
    range's) articles or by probing the text matches, and sorted by date directly or by
    walking the date index: which plan runs is a matter of cost, never of the answer."""
    import importlib

    search = importlib.import_module("marsad.store.search")  # the package exports a function
    cases = [("قال", {"entity": "org:sdf"}), ("الرقة", {"entity": "gpe:syria"}),
             ("SDF نفط", {}), ("قسد الحكومة", {}),
             ("الحكومة", {"date_from": "2017-01-01", "date_to": "2018-06-30"}),
             ("قال", {"entity": "gpe:iraq", "date_from": "2016-01-01"})]

    def pages() -> list[tuple[int, list[str]]]:
        return [(r.total, [h.id for h in r.hits]) for query, kw in cases
                for sort in ("relevance", "date")
                for r in [find(shared_db, query, sort=sort, limit=30, **kw)]]

    monkeypatch.setattr(search, "LIST_US", 1e9)  # always probe
    monkeypatch.setattr(search, "DATE_LIST_CAP", 0)
    monkeypatch.setattr(search, "DATE_SORT_DIRECT", 10**9)  # always sort directly
    probed = pages()
    monkeypatch.setattr(search, "LIST_US", 0.0)  # always list
    monkeypatch.setattr(search, "DATE_LIST_CAP", 10**9)
    monkeypatch.setattr(search, "DATE_SORT_DIRECT", 0)  # always walk the date index
    listed = pages()
    assert probed == listed
    assert all(total for total, _ in probed)



@pytest.mark.slow
def test_one_entity_ranks_as_the_sql_ranking(
        shared_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One entity's hits are ranked from the mentions its own scan read, reading dates only
    where a count can reach the page: the pages must be those of the SQL ranking (more
    mentions, then the latest published, then the id), ties cut at the page's edge alike."""
    import importlib

    search = importlib.import_module("marsad.store.search")  # the package exports a function
    cases = [("سوريا", 2000, 0), ("سوريا", 20, 0), ("سوريا", 10, 95), ("سوريا", 5, 100),
             ("SDF", 2000, 0), ("SDF", 20, 0)]

    def pages() -> list[list[tuple[str, float, bool]]]:
        return [[(h.id, h.score, h.exact) for h in find(shared_db, query, limit=limit,
                                                          offset=offset).hits]
                for query, limit, offset in cases]

    shortcut = pages()
    scan = search._matches_newest

    def without_mentions(conn: object, plan: object, limit: int) -> list[int]:
        found = scan(conn, plan, limit)
        plan.lead_mentions = None  # type: ignore[attr-defined]  # the SQL ranking runs
        return found

    monkeypatch.setattr(search, "_matches_newest", without_mentions)
    assert pages() == shortcut
    assert len(shortcut[0]) > 1000 and len({score for _, score, _ in shortcut[0]}) > 10


def test_snippet_marks_where_the_entity_is_mentioned() -> None:
    """A hit found by an entity shows the words the article named it with, even when they
    share no word with the query: the mention spans are matches of their own."""
    from marsad.store.search import parse_query, snippet

    text = ("افتتاحية طويلة عن الطقس والأسواق " * 8) + "وقالت قوات سوريا الديمقراطية إنها تقدمت."
    at = text.index("قوات سوريا")
    marked = snippet(text, parse_query(""), marks=[(at, at + len("قوات سوريا الديمقراطية"))])
    assert "[[قوات سوريا الديمقراطية]]" in marked and marked.startswith("…")
    assert snippet(text, parse_query("")) == text[:180].strip() + "…"  # no marks: the opening
    # a mention and a word match both marked, the window at the earlier one
    both = snippet(text, parse_query("تقدمت"), marks=[(at, at + len("قوات سوريا الديمقراطية"))])
    assert "[[قوات سوريا الديمقراطية]]" in both and "[[تقدمت]]" in both
    # words typed that the mention holds are marked once, as the mention
    mention = [(at, at + len("قوات سوريا الديمقراطية"))]
    words = snippet(text, parse_query("قوات سوريا"), marks=mention)
    assert "[[قوات سوريا الديمقراطية]]" in words and "[[قوات]]" not in words


@pytest.mark.slow
def test_entity_hits_show_their_mentions(shared_db: Path) -> None:
    hits = find(shared_db, "SDF", limit=20).hits
    assert hits and all("[[" in h.snippet for h in hits)
    assert sum("[[قوات سوريا الديم" in h.snippet for h in hits) >= 5  # the full name, marked
