"""Linking, fixes from analyst sets 53 and 54 (issue #15, after tests/gold/analyst_recall53.jsonl
and analyst_recall54.jsonl): KB names in the wordings news writes them, a named region cut to
the state inside it, a port cut to its city, a state's air force cut to its nisba, a language
read as its state, and a government named by its leader; and the well-formedness of
``linking.json``, every key the linker reads. Sentences written for the tests (none from an
analyst set or an audit), shipped KB, NER spans given."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from conftest import link_with_ner as _link
from marsad.arabic.normalize import normalize
from marsad.linking.linker import load_settings

# the linking modules that read ``linking.json`` (``everyday.py`` reads another file)
_SOURCES = tuple(Path(__file__).parent.parent / "src" / "marsad" / "linking" / name
                 for name in ("linker.py", "alias_matcher.py"))


def _new(found: dict[str, list[str]], prefix: str, mention: str) -> bool:
    """Is ``mention`` a new entity (no KB id) of the type ``prefix`` names?"""
    return any(entity.startswith(f"{prefix}:x-") and mention in mentions
               for entity, mentions in found.items())


@pytest.mark.parametrize(
    ("sentence", "entity", "mention"),
    [
        ("وتعرضت بلدات غوطة دمشق لقصف عنيف خلال الليل.", "loc:eastern-ghouta", "غوطة دمشق"),
        ("وقالت ممثلة البرنامج الإنمائي للأمم المتحدة إن آلاف الأسر بلا مياه نظيفة.",
         "org:undp", "البرنامج الإنمائي للأمم المتحدة"),
        ("وأطلق الطيران العسكري الإسرائيلي النار قرب السياج.", "org:israeli-air-force",
         "الطيران العسكري الإسرائيلي"),
    ],
)
def test_kb_entities_in_the_wordings_news_uses(sentence: str, entity: str, mention: str) -> None:
    found = _link(sentence)
    assert mention in found.get(entity, [])
    assert "gpe:damascus" not in found and "org:united-nations" not in found


def test_the_other_ghouta_and_the_bare_un_keep_their_own() -> None:
    found = _link("وامتدت الاشتباكات إلى غوطة دمشق الغربية بعد أيام.")
    assert found.get("loc:western-ghouta") == ["غوطة دمشق الغربية"]
    assert "loc:eastern-ghouta" not in found
    assert "org:united-nations" in _link("ودعت الأمم المتحدة إلى وقف القتال.")


def test_a_listed_region_is_a_new_place_not_the_state() -> None:
    found = _link("وتنتشر هذه الأغاني في بلدان المغرب العربي منذ قرون.")
    assert "gpe:morocco" not in found
    assert _new(found, "loc", "المغرب العربي")
    # the state's own name, and an adjective that agrees with the noun before it, stay
    assert "gpe:morocco" in _link("وزار وزير الخارجية المغرب الأسبوع الماضي.")
    assert "gpe:united-states" in _link("وتراقب السفن سواحل أمريكا الشرقية.")


def test_a_port_named_by_its_city_is_a_new_facility() -> None:
    found = _link("ورست ناقلة النفط في ميناء جدة صباح اليوم.")
    assert _new(found, "fac", "ميناء جدة")
    assert found.get("gpe:jeddah") == ["جدة"]  # the city keeps its link, nested
    # a state after the head says whose port it is; a title opens no name
    found = _link("وأبحرت السفينة من ميناء قبرص نحو الشرق.")
    assert found.get("gpe:cyprus") == ["قبرص"]
    assert not any(entity.startswith("fac:x-") for entity in found)
    assert not any(entity.startswith("fac:x-")
                   for entity in _link("وافتتح ميناء الملك عبدالله رصيفا جديدا."))


def test_a_states_air_force_by_its_nisba() -> None:
    found = _link("وشن الطيران الأردني غارات على مواقع التنظيم في الصحراء.")
    assert _new(found, "org", "الطيران الأردني")
    assert found.get("gpe:jordan") == ["الأردني"]
    # one the KB has keeps its own row
    assert _link("وشن الطيران الروسي غارات جديدة.").get("org:russian-aerospace-forces") == \
        ["الطيران الروسي"]
    # no nisba, or one that agrees with another noun («شركات … الروسية»), makes no body
    assert not any(entity.startswith("org:x-")
                   for entity in _link("وشن الطيران الحربي غارات على المدينة."))
    assert not _new(_link("وتوسعت شركات الطيران الروسية في المنطقة."), "org",
                    "الطيران الروسية")


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("وكتب الشاعر قصائده باللغة الرومانية القديمة.", "gpe:romania"),
        ("ويتحدث سكان القرية اللهجة التركية في بيوتهم.", "gpe:turkey"),
    ],
)
def test_a_nisba_after_a_language_noun_is_the_language(sentence: str, state: str) -> None:
    assert state not in _link(sentence)


def test_a_nisba_elsewhere_is_still_the_state() -> None:
    assert "gpe:romania" in _link("وقال الرئيس الروماني إن بلاده تدعم الاتفاق.")


@pytest.mark.parametrize(
    "sentence",
    [
        "واتهمت المعارضة نظام الرئيس بشار الأسد بقصف الأحياء السكنية.",
        "وتواصل قوات نظام بشار الأسد حصار البلدة.",
    ],
)
def test_a_government_named_by_its_leader(sentence: str) -> None:
    found = _link(sentence)
    assert found.get("org:syrian-government") and \
        found["org:syrian-government"][0].startswith("نظام")
    assert "per:bashar-al-assad" in found  # the leader keeps his link, nested


def test_a_leader_without_the_regime_noun_names_no_government() -> None:
    assert "org:syrian-government" not in _link("واستقبل الرئيس بشار الأسد الوفد الروسي.")
    # «النظام» is definite: it governs no name («النظام» and the president are two subjects)
    assert "org:syrian-government" not in _link("وقال إن أنصار الرئيس بشار الأسد تظاهروا.")


def test_a_valley_named_by_its_river_is_a_new_place() -> None:
    found = _link("وتعيش معظم الأسر في وادي النيل منذ آلاف السنين.")
    assert _new(found, "loc", "وادي النيل")
    assert found.get("loc:nile") == ["النيل"]  # the river keeps its link, nested
    # the river after its own head stays the river alone
    found = _link("وعبرت القوات نهر الفرات على جسر عائم.")
    assert found == {"loc:euphrates": ["نهر الفرات"]}


def test_a_person_after_a_rank() -> None:
    found = _link("وأكد المتحدث العسكري العقيد ماهر الحلبي أن الطريق مفتوح.")
    assert _new(found, "per", "ماهر الحلبي")


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال العميد أحمد محمد إن الوحدات انسحبت.",  # a chain of fathers' names: NER's
        "وكان العقيد محمد الأول في المدينة.",  # an everyday word, no surname
        "والتقى اللواء خالد بالمسؤولين أمس.",  # no second word of a name
    ],
)
def test_no_person_after_a_rank_without_a_surname(sentence: str) -> None:
    assert not any(entity.startswith("per:x-") for entity in _link(sentence))


# ``linking.json``, well-formed: every key the linker reads, of the type it reads it as


def _linking_json() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("marsad.data").joinpath("linking.json").read_text(encoding="utf-8"))
    return data


def _keys_read(pattern: str) -> set[str]:
    """The keys of ``linking.json`` the linking sources read in the way ``pattern`` says."""
    return {key for path in _SOURCES
            for key in re.findall(pattern, path.read_text(encoding="utf-8"))}


def test_linking_json_has_every_key_the_linker_reads() -> None:
    data = _linking_json()
    word_lists = _keys_read(r'\bwords\("(\w+)"\)') | \
        _keys_read(r'for \w+ in data\["(\w+)"\]') | \
        _keys_read(r'load_json\("linking\.json"\)\["(\w+)"\]')
    tables = _keys_read(r'data\["(\w+)"\]\.items\(\)')
    integers = _keys_read(r'int\(data(?:\.get\(|\[)"(\w+)"')
    numbers = _keys_read(r'float\(data\["(\w+)"\]\)')
    everything = _keys_read(r'data(?:\.get\(|\[)"(\w+)"') | word_lists
    assert len(word_lists) > 50 and tables and integers and numbers  # the patterns still read
    assert everything <= set(data), sorted(everything - set(data))
    for key in word_lists:
        assert isinstance(data[key], list) and data[key], key
        assert all(isinstance(w, str) and w.strip() == w and w for w in data[key]), key
        assert all(normalize(w) for w in data[key]), key  # no word normalises away
    for key in tables:
        assert isinstance(data[key], dict) and data[key], key
    for key in integers:
        assert isinstance(data[key], int) and not isinstance(data[key], bool), key
    for key in numbers:
        assert isinstance(data[key], float | int) and not isinstance(data[key], bool), key


def test_linking_json_version_is_well_formed_and_its_last_note_names_it() -> None:
    """The version is YYYY.M.N, and the newest dated ``*_about`` note is the current version
    (a change to the rules' data bumps the version and says why)."""
    data = _linking_json()
    assert re.fullmatch(r"\d{4}\.\d+\.\d+", data["version"])
    notes = [value for key, value in data.items() if key.endswith("_about")]
    assert all(isinstance(note, str) and note.strip() for note in notes)
    dated = [tuple(map(int, match[1].split("."))) for note in notes
             if (match := re.match(r"(\d{4}\.\d+\.\d+) ", note))]
    assert max(dated) == tuple(map(int, data["version"].split(".")))


@pytest.mark.parametrize("key", [
    "listed_place_heads", "peoples",  # review of sets 67-68
    "governor_titles", "park_heads", "regional_body_heads", "name_initials",  # sets 69-70
    "portfolio_nouns",  # review of sets 69-70
])
def test_the_newer_word_lists_are_read_and_free_of_duplicates(key: str) -> None:
    """The word lists of the fixes since sets 67-68: read by the linker into
    ``load_settings()`` as their normalised words, non-empty, and no two words the same once
    normalised (a duplicate is an edit that went wrong)."""
    assert any(f'words("{key}")' in path.read_text(encoding="utf-8") for path in _SOURCES)
    words = _linking_json()[key]
    assert words and all(isinstance(word, str) and word.strip() == word and word
                         for word in words)
    folded = [normalize(word) for word in words]
    assert all(folded), key
    assert len(set(folded)) == len(folded), sorted({w for w in folded if folded.count(w) > 1})
    assert getattr(load_settings(), key) == frozenset(folded)


# Review mends of the fixes from sets 53 to 58 (linking 2027.1.14)

@pytest.mark.parametrize(
    "sentence",
    [
        "وأفرغت السفينة حمولتها في ميناء الحاويات شرق المدينة.",
        "وعاد الصيادون إلى مرفأ الصيد بعد العاصفة.",
        "وتوسع ميناء الركاب ليستقبل سفنا أكبر.",
    ],
)
def test_a_port_named_by_what_it_handles_is_no_new_facility(sentence: str) -> None:
    assert not any(entity.startswith("fac:x-") for entity in _link(sentence))


def test_ports_named_by_their_place_stay() -> None:
    found = _link("ووصلت الباخرة إلى ميناء المخا ثم إلى ميناء الصليف.")
    assert _new(found, "fac", "ميناء المخا") and _new(found, "fac", "ميناء الصليف")


@pytest.mark.parametrize(
    "sentence",
    [
        "وقالت الوزارة إن رحلات الطيران الأردني إلى القاهرة ستعود الشهر المقبل.",
        "وأعلنت شركات الطيران التركي زيادة أسعار التذاكر.",
        "ونقل المرضى عبر الطيران الكويتي إلى الخارج.",
    ],
)
def test_civil_aviation_is_no_states_air_force(sentence: str) -> None:
    assert not any(entity.startswith("org:x-") for entity in _link(sentence))


def test_a_bare_stem_without_the_article() -> None:
    from marsad.linking.linker import _bare_stem_in

    nouns = frozenset({"نظام", "وادي"})
    assert _bare_stem_in("لنظام", nouns) == "نظام"
    assert _bare_stem_in("ووادي", nouns) == "وادي"
    assert _bare_stem_in("النظام", nouns) is None  # the article: the noun stands alone
    assert _bare_stem_in("", nouns) is None
