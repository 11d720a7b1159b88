"""The general rules that the fifty-fifth held-out pass's page templates
(``eval_templates.json``, ``"pass": 55``, scored once before any rule change;
``test_html_fresh`` renders them) led to: a box the page names a tab list
(``role="tablist"``) is the tabs' controls, never text; and the boxes opening on their own
subheading over no prose that follow a box around the text's container, below the box that
holds the headline, are a record's other fields (a crisis map report's «الفئات» and
«الموقع» beside its «الوصف»)."""

from __future__ import annotations

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE

_TABS = ("<ul class='speech-tabs' role='tablist'><li role='tab' aria-selected='true'>النص الكامل"
         "</li><li role='tab'>الصور</li><li role='tab'>التسجيل الصوتي</li></ul>")


def _speech(tabs: str, panel: str) -> str:
    """A head of state's speech page: the headline, ``tabs``, then ``panel`` holding the text."""
    return (f"<html><head><title>{TITLE} | رئاسة الجمهورية</title></head><body><main>"
            f"<h1>{TITLE}</h1>{tabs}{panel}</main></body></html>")


def test_a_tab_list_is_the_tabs_controls() -> None:
    """Before this pass the three tab labels over the text's panel were its first lines."""
    panel = f"<div class='speech-text' role='tabpanel'><p>{PARAGRAPH}</p><p>{OTHER}</p></div>"
    article = marsad.extract(_speech(_TABS, panel))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_tab_list_wrapping_its_panel_stays() -> None:
    """Near miss (the same on the code before): the role set on the box that holds the tabs
    and the text's panel both; the panel's paragraphs are the text and stay."""
    page = _speech("", f"<div role='tablist'><span role='tab'>النص الكامل</span>"
                       f"<div role='tabpanel'><p>{PARAGRAPH}</p><p>{OTHER}</p></div></div>")
    assert PARAGRAPH in marsad.extract(page).text


def test_a_list_of_short_items_with_no_tab_role_is_left_to_other_rules() -> None:
    """Near miss: the same short list under the headline with no ARIA role: this rule does not
    read it (whatever the other rules make of it, the text stays whole)."""
    plain = _TABS.replace(" role='tablist'", "").replace(" role='tab'", "")
    article = marsad.extract(_speech(plain, f"<div><p>{PARAGRAPH}</p><p>{OTHER}</p></div>"))
    assert PARAGRAPH in article.text and OTHER in article.text


def test_a_tab_list_linking_to_its_panels_still_takes_them() -> None:
    """Near miss (the same on the code before): a catalogue's ``<ul role="tablist">`` whose
    tabs link to short panels beside the text (its holdings, its comments) goes with its
    panels, as the lists linking to panels did before: the tab list is read after them."""
    tabs = ("<ul class='nav nav-tabs' role='tablist'><li><a href='#holdings' role='tab'>"
            "المقتنيات ( ٢ )</a></li><li><a href='#comments' role='tab'>تعليقات ( ٠ )</a></li>"
            "</ul>")
    panels = ("<div class='tab-content'><div id='holdings' role='tabpanel'><p>رقم الاستدعاء "
              "336.0956 متاح</p></div><div id='comments' role='tabpanel'><p>لا توجد تعليقات"
              "</p></div></div>")
    page = (f"<html><head><title>{TITLE}</title></head><body><main><h1>{TITLE}</h1>"
            f"<div class='record-body'><p>{PARAGRAPH}</p><p>{OTHER}</p></div>"
            f"<div class='tabs-box'>{tabs}{panels}</div></main></body></html>")
    article = marsad.extract(page)
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def _report(fields: str) -> str:
    """A crisis map's report: the headline, the description's field box, then ``fields``."""
    return (f"<html><head><title>{TITLE} - رصد السيول</title></head><body><main>"
            f"<div class='post-detail'><h1 class='post-title'>{TITLE}</h1>"
            f"<div class='post-field'><h3 class='field-label'>الوصف</h3>"
            f"<div class='post-description'><p>{PARAGRAPH}</p><p>{OTHER}</p></div></div>"
            f"{fields}</div></main></body></html>")


def test_a_report_s_other_fields_beside_its_description_go() -> None:
    """Before this pass «الفئات» over its terms and «الموقع» over a place stayed after the
    text: they follow the description's field box, not the text's container itself."""
    fields = ("<div class='post-field'><h3 class='field-label'>الفئات</h3><ul><li>مياه وصرف صحي"
              "</li><li>طرق مقطوعة</li></ul></div><div class='post-field'>"
              "<h3 class='field-label'>الموقع</h3><p>حي الشرج، المكلا</p></div>")
    article = marsad.extract(_report(fields))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert {line.text for line in article.removed if line.reason == "data_box"} >= {
        "الفئات", "طرق مقطوعة", "حي الشرج، المكلا"}


def test_a_headed_box_of_prose_beside_the_text_s_box_stays() -> None:
    """Near miss (the same on the code before): a box opening on a subheading over a
    paragraph of prose after the description's box is more of the story, and stays."""
    more = ("وأضاف المتحدث أن فرق الدفاع المدني أجلت عشرات الأسر من الأحياء المنخفضة إلى "
            "مدارس حكومية تحولت إلى مراكز إيواء مؤقتة.")
    fields = f"<div class='post-field'><h3>تطورات لاحقة</h3><p>{more}</p></div>"
    article = marsad.extract(_report(fields))
    assert more in article.text and "تطورات لاحقة" in article.text
