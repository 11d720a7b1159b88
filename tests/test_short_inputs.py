"""A one-line input is content: debris rules protect an article body, and never wipe a
sentence a user pasted. Every word of a short input comes back in the text, the title, the
dateline or the authors; whatever is removed is listed in ``removed`` with its reason."""

from __future__ import annotations

import html
import random
import re

import pytest

import marsad
from marsad.boilerplate import parse_byline

ONE_LINERS = [
    "سأعود 2016/02/22",  # a «/» made it a menu crumb
    "حوار: مع قائد ميداني في ريف إدلب",  # «X: Y» made it a byline
    "كتبت سارة أحمد",  # a byline, and the whole input
    "15:15",  # a timestamp line
    "الرئيسية / أخبار / سوريا",  # a lone URL-ish crumb
    "دمشق - سانا",  # a dateline with nothing after it
    "اقرأ أيضا",  # a related-articles header
    "شارك",  # a share button label
]
# More one-line inputs of every shape a user may paste: headlines with and without kickers,
# bare datelines and bylines, lines that read like page chrome, mixed scripts, punctuation.
VARIED_ONE_LINERS = [
    "عاجل: انفجار يهز العاصمة دمشق",
    "عاجل | مقتل 5 أشخاص في قصف على إدلب",
    "خاص || لقاء مع وزير الخارجية",
    "بالفيديو: لحظة سقوط الطائرة",
    "المرصد: 12 قتيلا في غارات على ريف حلب",
    "ترامب: سنرد بقوة",
    "العراق: الانتخابات في موعدها",
    "هل تنتهي الحرب في سوريا؟",
    "دمشق – قال مسؤول إن الاجتماع تأجل",
    "بيروت (رويترز) - ارتفاع الأسعار",
    "دبي، الإمارات العربية المتحدة (CNN)",
    "كتب: أحمد علي",
    "بقلم: د. محمد الأحمد",
    "تقرير: فريق التحرير",
    "اقرأ أيضا: الحكومة تعلن خطة جديدة للإسكان",
    "للمزيد: الأمم المتحدة تحذر من كارثة إنسانية",
    "اقرأ أيضاً",
    "شارك هذا المقال",
    "تابعونا على تويتر",
    "زر الذهاب إلى الأعلى",
    "الرئيسية » سياسة",
    "سياسة",
    "الثلاثاء 2 مارس 2021",
    "الثلاثاء 2 مارس 2021 - العدد 14230",
    "نعم.",
    "لا",
    "مرحبا بالعالم",
    "The UN said 20 people were killed في حلب",
    "Breaking: explosion in Beirut",
    "جميع الحقوق محفوظة لمن يدافع عنها",
    "إعلان",
    "التعليقات",
    "10 تعليقات",
    "مقالات ذات صلة",
    "استطلاع رأي",
    "فيسبوك تويتر واتساب",
    "info@example.com",
    "// انتهى //",
    "رابط الخبر: https://example.com/a",
    "حجم الخط",
    "© 2021 الشرق",
    "الأكثر قراءة",
]

# One-liners of the shapes a page's debris rules (boilerplate 2026.12.4) now remove from a
# page: alone, each is the content.
NEW_DEBRIS_LOOKING = [
    "منذ 3 ساعات",
    "تغطية مباشرة",
    "أبرز التطورات",
    "عدد القراءات: 1843",
    "أفضل عرض للموقع بدقة 1024×768",
    "العدد 6012 - الاثنين 16 أبريل 2018م - الموافق 30 رجب 1439هـ",
    "اشترك الآن",
    "جميع مقالات الكاتب",
]
# Real-looking lines a user pastes: a headline alone, a dateline or a name alone, a tweet,
# dates alone.
NEW_ONE_LINERS = [
    "الجيش السوري يستعيد السيطرة على بلدة في ريف حماة",
    "دمشق - سانا:",
    "الرياض (واس) -",
    "القاهرة - محمد عبد الرحمن",
    "أحمد سمير الدسوقي",
    "بقلم الدكتور خالد بن عبدالله",
    "#عاجل | انقطاع الإنترنت في عدة محافظات عراقية https://t.co/abc123",
    "@UN_Spokesperson: ندعو إلى وقف فوري لإطلاق النار في إدلب",
    "ترامب يغرد: «سنرد بقوة» 🇺🇸",
    "«الصحة»: 250 إصابة جديدة بكورونا",
    "16 أبريل 2018",
    "2018-04-16",
    "الاثنين 16 أبريل 2018م",
    "آخر تحديث: 16 أبريل 2018 - 14:52 بتوقيت أبوظبي",
    "صورة أرشيفية",
]
# A fragment of HTML: one element (an HTML fragment was refused before 2026.12.4).
HTML_ONE_LINERS = [
    "<p>وصل وزير الخارجية إلى بغداد في زيارة رسمية تستمر يومين.</p>",
    "<p>كتب: سامي عادل</p>",
    "<div>الأحد 15 أبريل 2018</div>",
    "<h1>قمة عربية طارئة في عمّان</h1>",
    "<span>منذ ساعتين</span>",
    '<blockquote class="twitter-tweet"><p>ندعو جميع الأطراف لضبط النفس</p>&mdash; المتحدث '
    "(@Spox) April 16, 2018</blockquote>",
]


def _words_back(article: marsad.Article) -> set[str]:
    kept = [article.text, article.title or "", article.kicker or ""]
    if article.dateline:
        kept.append(article.dateline.text)
    kept += [f"{a.role or ''} {a.name}" for a in article.authors]
    return set(re.findall(r"\w+", " ".join(kept)))


@pytest.mark.parametrize("text", ONE_LINERS + VARIED_ONE_LINERS + NEW_DEBRIS_LOOKING
                         + NEW_ONE_LINERS)
def test_every_word_of_a_one_line_input_comes_back(text: str) -> None:
    article = marsad.extract(text)
    assert set(re.findall(r"\w+", text)) <= _words_back(article), (article.text, article.removed)


@pytest.mark.parametrize("markup", HTML_ONE_LINERS)
def test_every_word_of_a_one_element_html_input_comes_back(markup: str) -> None:
    article = marsad.extract(markup)
    shown = html.unescape(re.sub(r"<[^>]+>", " ", markup))
    assert set(re.findall(r"\w+", shown)) <= _words_back(article), (article.text, article.removed)


@pytest.mark.parametrize("text", ONE_LINERS + NEW_DEBRIS_LOOKING)
def test_a_one_line_input_looking_like_debris_is_kept_with_a_warning(text: str) -> None:
    article = marsad.extract(text)
    assert article.text == text
    assert not article.removed
    assert any(w.startswith("[W002]") for w in article.warnings), article.warnings


def test_the_date_of_a_kept_one_liner_is_still_found() -> None:
    article = marsad.extract("سأعود 2016/02/22")
    assert [t.value for t in article.times] == ["2016-02-22"]


def test_debris_is_still_removed_when_there_is_a_body() -> None:
    text = ("الرئيسية / أخبار / سوريا\n\n"
            "قصف على ريف إدلب الجنوبي\n\n"
            "كتبت سارة أحمد\n\n"
            "قال مسؤول محلي إن القصف استهدف ريف إدلب الجنوبي صباح اليوم وأدى إلى مقتل مدنيين.\n\n"
            "اقرأ أيضا\n\nعنوان خبر آخر")
    article = marsad.extract(text)
    reasons = {r.reason for r in article.removed}
    assert {"menu_crumbs", "byline", "related_header"} <= reasons
    assert [(a.role, a.name) for a in article.authors] == [("كتبت", "سارة أحمد")]
    assert "الرئيسية" not in article.text and "اقرأ" not in article.text
    assert "القصف استهدف ريف إدلب" in article.text
    assert article.title == "قصف على ريف إدلب الجنوبي"
    assert not any(w.startswith("[W002]") for w in article.warnings)


def test_a_lone_headline_is_the_title_not_a_warning() -> None:
    article = marsad.extract("<html><head><title>عنوان فقط</title></head>"
                             "<body><h1>عنوان فقط</h1></body></html>")
    assert article.title == "عنوان فقط"
    assert not any(w.startswith("[W002]") for w in article.warnings)


@pytest.mark.parametrize(("line", "role", "name"), [
    ("كتبت سارة أحمد", "كتبت", "سارة أحمد"),  # the longer role, not «كتب» + «ت سارة»
    ("كتب محمد علي", "كتب", "محمد علي"),
    ("بقلم - أحمد يوسف", "بقلم", "أحمد يوسف"),
])
def test_bare_byline_roles_are_whole_words(line: str, role: str, name: str) -> None:
    author = parse_byline(line)
    assert author is not None and (author.role, author.name) == (role, name)


def test_a_word_that_starts_with_a_role_is_not_a_byline() -> None:
    assert parse_byline("كتبوا رسالة طويلة") is None


def _real_lines(articles: list[dict[str, object]], count: int, seed: int) -> list[str]:
    """``count`` lines of the shared articles (paragraphs and titles of at most twelve words,
    the length a user pastes), drawn with ``random.Random(seed)`` from all of them."""
    lines = sorted({line.strip() for row in articles
                    for line in [*str(row.get("text") or "").split("\n"),
                                 str(row.get("title") or "")]
                    if line.strip() and len(line.split()) <= 12})
    return random.Random(seed).sample(lines, count)


@pytest.mark.slow
def test_every_word_of_a_real_line_pasted_alone_comes_back_or_is_listed_removed(
        shared_articles: list[dict[str, object]]) -> None:
    """The typed lines above are what we thought of; these are 1,500 real lines of the shared
    corpus (its bylines, datelines, captions, crumbs, headlines and sentences), each pasted
    alone. A word may leave the text only when the line also has a body to protect and the
    word is in ``removed`` with its reason (a tag list or a link to another story after a
    sentence)."""
    lost = []
    for line in _real_lines(shared_articles, 1500, seed=2026):
        article = marsad.extract(line)
        missing = set(re.findall(r"\w+", line)) - _words_back(article)
        listed = set(re.findall(r"\w+", " ".join(r.text for r in article.removed
                                                   if r.reason)))
        if missing - listed or (missing and not article.text.strip()):
            lost.append((line, sorted(missing), article.removed))
    assert lost == []
