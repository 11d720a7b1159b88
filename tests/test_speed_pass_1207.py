"""The pipeline speed pass of 2026-12-07 (issue #14) keeps the answers of the code it replaced.

Each fast path is checked against the plain computation it replaced: the fuzzy alias search
that scores only aliases of a length able to reach the cut-off against ``process.extract``
over every alias, the long-word scan of ``_spelled_states`` against ``_WORD`` filtered by
length, and the per-word-type verdicts against a fresh judgement (the position checks stay per
occurrence). No timing is asserted (``docs/performance.md`` gives the figures).
"""

from __future__ import annotations

import random

import pytest
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from marsad.kb import load_kb
from marsad.linking import linker
from marsad.linking.alias_matcher import load_gazetteer


def _extract_over_all(surface: str, types: tuple[str, ...], cutoff: float) -> list[str]:
    """The search as it was: ``process.extract`` over every alias of ``types``."""
    choices = load_gazetteer().aliases_of_types(types)
    return [alias for alias, _, _ in process.extract(
        surface, choices.keys(), scorer=Levenshtein.normalized_similarity,
        score_cutoff=cutoff, limit=linker._FUZZY_CANDIDATES)]


def _near(alias: str, rng: random.Random, letters: str) -> str:
    """``alias`` with up to three letters changed, dropped or added."""
    word = list(alias)
    for _ in range(rng.randint(0, 3)):
        at = rng.randrange(len(word) + 1)
        edit = rng.randrange(3)
        if edit == 0 and at < len(word):
            word[at] = rng.choice(letters)
        elif edit == 1 and at < len(word):
            del word[at]
        else:
            word.insert(at, rng.choice(letters))
    return "".join(word) or alias


@pytest.mark.parametrize("types", [("PER",), ("ORG",), ("GPE", "LOC", "FAC")])
def test_fuzzy_aliases_are_those_of_the_search_over_every_alias(types: tuple[str, ...]) -> None:
    gazetteer = load_gazetteer()
    cutoff = linker.load_settings().fuzzy_min_similarity
    aliases = list(gazetteer.aliases_of_types(types))
    letters = "".join(sorted({ch for alias in aliases for ch in alias}))
    rng = random.Random(1207)
    matched = 0
    for _ in range(400):
        surface = _near(rng.choice(aliases), rng, letters)
        want = _extract_over_all(surface, types, cutoff)
        assert linker._fuzzy_aliases(surface, gazetteer, types, cutoff) == want, surface
        matched += bool(want)
    assert matched > 100  # the edits leave most surfaces near some alias


def test_fuzzy_aliases_keep_the_order_of_ties_and_the_limit() -> None:
    # a cut-off of 0.5 lets many aliases of other lengths tie; the first five are the
    # search's, in the order of aliases_of_types
    gazetteer = load_gazetteer()
    for surface in ("محمد علي", "عبد الله", "الحزب الوطني", "مجلس الامن"):
        want = _extract_over_all(surface, ("PER", "ORG"), 0.5)
        assert len(want) == linker._FUZZY_CANDIDATES
        assert linker._fuzzy_aliases(surface, gazetteer, ("PER", "ORG"), 0.5) == want


def test_fuzzy_aliases_find_nothing_far_from_every_alias() -> None:
    gazetteer = load_gazetteer()
    surface = "ظظظظظظظظظظظظ"
    assert _extract_over_all(surface, ("PER",), 0.88) == []
    assert linker._fuzzy_aliases(surface, gazetteer, ("PER",), 0.88) == []


def test_long_words_are_the_words_of_five_letters_or_more() -> None:
    rng = random.Random(5)
    alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" + " _-،.1٢" + "\u064e\u0651"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60)))
        want = [m.span() for m in linker._WORD.finditer(text) if len(m.group()) >= 5]
        assert [m.span() for m in linker._LONG_WORD.finditer(text)] == want


def test_a_misspelt_state_is_found_again_once_its_verdict_is_kept() -> None:
    kb = load_kb()
    text = "وصوتت نيكارغوا ضد القرار، وامتنعت نيكارغوا عن التصويت."
    linker._spelled_state_verdicts(kb).clear()
    first = linker._spelled_states(text, [], kb)
    assert [(m.start, m.end, m.entity_id) for m in first] == [
        (6, 14, "gpe:nicaragua"), (34, 42, "gpe:nicaragua")]
    assert linker._spelled_state_verdicts(kb)["نيكارغوا"] == (0, "gpe:nicaragua")
    assert linker._spelled_states(text, [], kb) == first  # the kept verdict answers


def test_a_kept_verdict_still_yields_to_the_place_of_each_occurrence() -> None:
    kb = load_kb()
    linker._spelled_state_verdicts(kb).clear()
    assert linker._spelled_states("وصوتت نيكارغوا ضد القرار.", [], kb)  # the verdict is kept
    # a mention already there, or a hashtag's «_» before the word, refuses this occurrence
    taken = [linker._Found(6, 14, "per:someone", "ner")]
    assert linker._spelled_states("وصوتت نيكارغوا ضد القرار.", taken, kb) == []
    assert linker._spelled_states("وسم #دعم_نيكارغوا انتشر.", [], kb) == []
    # a word of its own is judged so once and kept so: «البنية» is no «ألبانيا»
    assert linker._spelled_states("البنية التحتية", [], kb) == []
    assert linker._spelled_state_verdicts(kb)["البنية"] is None
