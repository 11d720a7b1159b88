"""Linking precision from the wrong links analyst sets 102-107 noted (issue #15, after their
"Wrong links on the ten" in docs/linking.md; linking 2027.1.46):

- a state's masculine nisba that the article writes as a man's family name right after a
  given name («اللواء منصور التركي») names him wherever it stands as a noun in that article
  («وقال اللواء التركي»), not the state; after a kunya («أبو عمر المصري») and after a
  definite noun it qualifies («الرئيس التركي») it stays the state's;
- a language's nisba with «ب» glued to it and no noun before it («بالإسبانية») is the
  language, not the state;
- a club's or a broadcaster's name right after the head of a quarter, a school, a university
  or an institute («حي الزمالك», «مدرسة المنار») names that site.

Sentences written for the tests (none from an analyst set or an audit), shipped KB; NER spans
only where a test gives them."""

from __future__ import annotations

import json

from conftest import link_with_ner as _link
from marsad.versions import DATA_DIR

# A nisba that is a man's family name


def test_a_family_name_nisba_after_a_title_is_not_the_state() -> None:
    found = _link("وقال المتحدث الأمني اللواء منصور التركي إن الدورية تعرضت لإطلاق نار. "
                  "وأوضح اللواء التركي أن المهاجم قتل.")
    assert "gpe:turkey" not in found


def test_a_family_name_nisba_after_a_given_name_and_alone_is_not_the_state() -> None:
    found = _link("رحل الناقد العراقي محمد الجزائري في بلجيكا. وكان الجزائري يكتب عن الفن. "
                  "وتحدث عن جهود الجزائري في النقد.")
    assert "gpe:algeria" not in found
    assert found.get("gpe:iraq") == ["العراقي"]


def test_a_family_name_nisba_after_a_patronymic_chain_is_not_the_state() -> None:
    # «عبدالمحسن» is no top given name; the word after «بن» is a father's name all the same
    found = _link("وأدان الدكتور عبدالله بن عبدالمحسن التركي الهجوم. وقال الدكتور التركي إن "
                  "المملكة عانت من الإرهاب.")
    assert "gpe:turkey" not in found


def test_a_state_adjective_stays_beside_a_family_name_nisba() -> None:
    # near miss: after a definite noun it qualifies, the nisba is the state's adjective
    found = _link("وأوضح اللواء منصور التركي أن الجيش التركي لم يشارك. وقال الرئيس التركي "
                  "إن بلاده تدعم السعودية.")
    assert found.get("gpe:turkey") == ["التركي", "التركي"]


def test_a_kunya_nisba_keeps_its_state() -> None:
    # near miss: after a kunya the nisba says where the fighter comes from
    found = _link("وقتل القيادي أبو عمر التونسي في غارة. وكان التونسي قد دخل العراق.")
    assert "gpe:tunisia" in found


def test_a_kunya_after_a_preposition_keeps_the_state() -> None:
    # near miss: «بأبو» is a kunya with «ب» glued to it
    found = _link("وحوكم المكنى بأبو حمزة البلجيكي أمام المحكمة. وقاتل البلجيكي في سوريا.")
    assert found.get("gpe:belgium") == ["البلجيكي", "البلجيكي"]


def test_a_nisba_after_a_pronoun_suffixed_noun_keeps_the_state() -> None:
    # near miss: «نظيره» is qualified by the nisba, even in a story of a man so named
    found = _link("ورثى الكاتب محمد الجزائري صديقه. والتقى وزير الخارجية الفرنسي نظيره "
                  "الجزائري أمس.")
    assert found.get("gpe:algeria") == ["الجزائري"]


def test_a_given_name_inside_a_kb_name_makes_no_family_name() -> None:
    # near miss: «الله» of «حزب الله» is no man's given name
    found = _link("وقصفت الطائرات مواقع حزب الله اللبناني. وقال اللواء اللبناني إن القصف "
                  "استمر.")
    assert found.get("gpe:lebanon") == ["اللبناني", "اللبناني"]


# A language's nisba after «ب»


def test_a_language_after_the_preposition_is_not_the_state() -> None:
    found = _link("وقال البابا في كلمة ألقاها بالإسبانية إنه يأمل في السلام. وتحدث السائق "
                  "بالفرنسية.")
    assert "gpe:spain" not in found
    assert "gpe:france" not in found


def test_a_language_nisba_that_qualifies_a_noun_keeps_its_state() -> None:
    # near misses: «بالحكومة الفرنسية» qualifies a noun; «بالبريطانية» names no language
    found = _link("ورحب الوزير بالحكومة الفرنسية. وظلت على اتصال بالبريطانية يسرى حسين.")
    assert found.get("gpe:france") == ["الفرنسية"]
    assert found.get("gpe:united-kingdom") == ["البريطانية"]


# A club's or a broadcaster's name after a site's head


def test_a_quarter_and_a_school_are_not_the_club_and_the_channel() -> None:
    found = _link("وأقيمت الفعالية في حي الزمالك بالقاهرة، فحي الزمالك من أعرق الأحياء. "
                  "وتظاهر طلاب مدرسة المنار في المدينة.")
    assert "club:zamalek" not in found
    assert "org:al-manar" not in found


def test_the_club_and_the_channel_keep_their_links_elsewhere() -> None:
    # near misses: the club after «نادي» and bare, the channel after «قناة»
    found = _link("وفاز نادي الزمالك على الأهلي. وقال مدرب الزمالك إن الفوز مستحق. "
                  "وبثت قناة المنار الخطاب.")
    assert found.get("club:zamalek") == ["نادي الزمالك", "الزمالك"]
    assert found.get("org:al-manar") == ["قناة المنار"]


# The data


def test_the_lists_are_in_linking_json() -> None:
    data = json.loads((DATA_DIR / "linking.json").read_text(encoding="utf-8"))
    assert "الإسبانية" in data["language_nisbas"]
    assert {"حي", "مدرسة"} <= set(data["site_name_heads"])
    assert data["precision102107_about"].split()[0] == data["version"]
