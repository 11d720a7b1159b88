"""``data/boilerplate.json`` is well-formed, and each debris rule removes what it is for."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from marsad.arabic.normalize import normalize
from marsad.boilerplate import (
    is_menu_crumbs,
    is_trailer_marker,
    load_boilerplate,
    match_line,
    parse_dateline,
)


def _data() -> dict:
    return json.loads(resources.files("marsad.data").joinpath("boilerplate.json").read_text())


def test_file_is_well_formed() -> None:
    data = _data()
    assert re.fullmatch(r"\d{4}\.\d+\.\d+", data["version"])
    for group in ("line_rules", "suffix_rules"):
        assert data[group]
        for rule in data[group]:
            assert rule["reason"].strip()
            re.compile(normalize(rule["pattern"]))
            if "link_kind" in rule:
                assert "(?P<link>" in rule["pattern"], rule
    for pattern in data["trailer_markers"]:
        re.compile(normalize(pattern))
    re.compile(data["crumb_separators"])
    re.compile(data["dateline_separator"])
    for key in ("menu_words", "kicker_words", "outlets"):
        assert all(isinstance(w, str) and w.strip() for w in data[key])
    assert load_boilerplate().version == data["version"]


# (line as scraped, the reason a line rule must give, or None when it must be kept)
LINES = [
    ("اقرأ أيضاً: بعد مقتل العيساوي في العراق", "read_also"),
    ("للمزيد: ردود فعل دولية متباينة على فوز أردوغان بولاية رئاسية جديدة", "read_also"),
    ("...المزيد", "read_more"),
    ("زر الذهاب إلى الأعلى", "back_to_top"),
    ("يمكنكم تسلم إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي",
     "app_promo"),
    ("يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على "
     "هاتفكم المحمول.", "app_promo"),
    ("737221 - Zain", "subscription"),
    ("635031 - Mobily", "subscription"),
    ("------------------------------------------", "separator"),
    ("________________________________________", "separator"),
    (".", "separator"),
    ("** جميع المقالات المنشورة تمثل رأي كتابها فقط.", "disclaimer"),
    ("هذا المقال بقلم كاميليا فرد، والآراء الواردة أدناه تعبر عن رأي الكاتبة، ولا تعكس "
     "بالضرورة وجهة نظر شبكة CNN.", "disclaimer"),
    ("فرانس24/ أ ف ب", "agency_credit"),
    ("* خدمة «نيويورك تايمز»", "syndication_credit"),
    ("m.althaidy@asharqalawsat.com", "contact_email"),
    ("// انتهى //", "end_marker"),
    ("شارك هذا المقال عبر فيسبوك", "share_follow"),
    ("إعلان", "ad_label"),
    ("Advertisement", "ad_label"),
    ("الثلاثاء 2 مارس 2021 - العدد 14230", "date_line"),
    ("الإثنين، 12 أكتوبر 2015 03:00 م", "date_line"),
    ("15 أبريل / نيسان 2018", "date_line"),
    ("المصدر: وكالات", "agency_credit"),
    ("المصدر : رويترز + أ ف ب", "agency_credit"),
    ("الاشتراك في: تعليقات الرسالة (Atom)", "feed_link"),
    ("Subscribe to: Posts (Atom)", "feed_link"),
    ("Author, مراسل الشؤون الدولية", "byline_label"),
    ("Role, بي بي سي نيوز", "byline_label"),
    ("- إعلان مدفوع -", "ad_label"),
    ("محتوى ممول", "ad_label"),
    ("آخر تعديل: 16/4/2018 11:05 (بتوقيت مكة المكرمة)", "timestamp"),
    ("آخر تحديث: 12:30 بتوقيت غرينتش", "timestamp"),
    ("تاريخ النشر: 2018-04-16", "timestamp"),
    # Kept: real content that looks a little like debris.
    ("نشر في صحيفة الغارديان تقرير عن الحرب في اليمن", None),
    ("إعلان مدفوع الأجر في الصحف الرسمية عن المناقصة الجديدة", None),
    ("آخر تحديث للأرقام صدر عن وزارة الصحة مساء أمس", None),
    ("المصدر: إن القوات السورية بدأت هجوما واسعا على المدينة صباح اليوم", None),
    ("وقال المصدر نفسه إن الاشتراك في المؤتمر مفتوح", None),
    ("Author of the report, a former diplomat, said the talks had failed.", None),
    ("مشاركة الشباب", None),
    ("وقد نشرت صحيفة «نيويورك تايمز» الخبر تحت عنوان «الحوثيون يتراجعون».", None),
    ("وأكد أن الآراء الواردة في التقرير تعكس موقف الحكومة.", None),
    ("للتواصل عبر البريد الإلكتروني أرسل إلى العنوان المذكور في الموقع", None),
    ("وقال إن المزيد من القوات سيصل خلال أيام.", None),
    ("إعلان الهدنة في الغوطة", None),
    ("الثلاثاء 2 مارس 2021 موعد الانتخابات", None),
]


@pytest.mark.parametrize(("line", "reason"), LINES, ids=[f"line-{i}" for i in range(len(LINES))])
def test_line_rules(line: str, reason: str | None) -> None:
    found = match_line(line, load_boilerplate().line_rules)
    assert (found.reason if found else None) == reason


@pytest.mark.parametrize("line", ["اقرأ أيضا..", "اقرأ أيضاً:", "الأكثر قراءة…", "موضوعات ذات صلة"])
def test_list_headers_may_end_in_dots(line: str) -> None:
    assert is_trailer_marker(line)


def test_blocks_are_well_formed() -> None:
    blocks = _data()["blocks"]
    assert int(blocks["max_words"]) > 0
    for marker in blocks["markers"]:
        assert marker["reason"].strip()
        re.compile(normalize(marker["pattern"]))
    poll = next(m for m in blocks["markers"] if m["reason"] == "poll")
    assert re.search(normalize(poll["pattern"]), normalize("استطلاع رأى"))


def test_source_link_suffix_may_hold_dots() -> None:
    last = ("وقتل 12 شخصا. رابط الخبر بصحيفة الوئام: العراق.. داعش يفجر حمام سباحة ويقتل 12 شخصاً")
    found = match_line(last, load_boilerplate().suffix_rules)
    assert found and found.reason == "source_article"
    assert last[: found.start].rstrip() == "وقتل 12 شخصا."
    assert found.link and found.link.text.startswith("العراق.. داعش")


@pytest.mark.parametrize("line", [
    "«إعمار العقارية» تسجل نموًا بنسبة 12 % في صافي الأرباح",
    "أصدر عام 1526 ميلادية فيليب الثاني ملك إسبانيا قانوناً لاحقاً لقوانين سابقة، لكنه في "
    "هذه المرة كان صارماًوحاسماً بتحريم استخدام اللغة العربية تخاطباً وكتابة",
])
def test_content_is_not_menu_crumbs(line: str) -> None:
    assert not is_menu_crumbs(line)


def test_menu_crumbs_still_found() -> None:
    assert is_menu_crumbs("حورات خاصةسلايد رئيسي")
    assert is_menu_crumbs("الرئيسية » أخبار » سياسة")


@pytest.mark.parametrize(("line", "place", "outlet"), [
    ("(CNN)-- سبعون دقيقة فصلت بين اللحظتين", None, "CNN"),
    ("دبي، الإمارات العربية المتحدة (CNN)-- قال مسؤول", "دبي", "CNN"),
    ("أبوظبي - سكاي نيوز عربية", "أبوظبي", "سكاي نيوز عربية"),
])
def test_datelines(line: str, place: str | None, outlet: str) -> None:
    parsed = parse_dateline(line)
    assert parsed is not None
    assert parsed[0].place == place
    assert parsed[0].outlet == outlet


def test_bracketed_unknown_source_without_place_is_not_a_dateline() -> None:
    assert parse_dateline("(تفاصيل)- قال مسؤول إن الاجتماع انتهى") is None
