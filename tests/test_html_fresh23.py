"""The general rules that the twenty-third held-out pass's page templates
(``eval_templates.json``, ``"pass": 23``, scored once before any rule change;
``test_html_fresh`` renders them) led to: a block inside an inline wrapper (HubSpot's
rich-text ``<span>`` around the paragraphs) makes the element around it a container, not a
lead to put back; the other short cells of a table row whose cell is a file's link (a wiki's
attachments: size, uploader) go with it, and a label closed by a count in brackets
(«المرفقات (٢)») is a label; a box of a question put to the reader and its button alone goes
(«هل وجدت في الخبر خطأ؟» «أبلغنا»); and what a marked box or a control bar says besides its
buttons («ما رأيك؟» over reaction buttons) is a line of its own that goes with the box. Each
rule has a case that must keep the text."""

from __future__ import annotations

import marsad
from test_html_fresh import OTHER, PARAGRAPH, page

CTA = "<span class='cta'><a href='/guide'><img alt='حمّل الدليل'></a></span>"


def test_paragraphs_in_an_inline_wrapper_are_not_put_back_as_a_lead() -> None:
    body = (f"<div class='post-body'><span class='rich-text'><p>{PARAGRAPH}</p>{CTA}"
            f"<p>{OTHER}</p></span></div>")
    assert marsad.extract(page(body)).text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_lead_in_a_box_of_inline_markup_is_still_put_back() -> None:
    """A leaf block whose inline children hold no block stays a lead candidate."""
    lead = ("قالت مصادر محلية إن الطيران الحربي شن غارات مكثفة على ريف إدلب الجنوبي منذ ساعات "
            "الفجر الأولى")
    body = (f"<div class='lead'><span><b>{lead}</b></span></div>"
            f"<div class='body'><p>{PARAGRAPH}</p><p>{OTHER}</p></div>")
    text = marsad.extract(page(body)).text
    assert lead in text and PARAGRAPH in text and OTHER in text


def attachments(uploader: str) -> str:
    """A wiki page's attachments box after the text: a label with a count, a table of files."""
    return ("<div id='attachments'><h2>المرفقات (٢)</h2><table>"
            f"<tr><td><a href='/a/x.xlsx'>جدول_المؤشرات.xlsx</a></td><td>٢٤ كيلوبايت</td>"
            f"<td>{uploader}</td></tr><tr><td><a href='/a/y.png'>مخطط_النمو.png</a></td>"
            f"<td>١١٨ كيلوبايت</td><td>{uploader}</td></tr></table></div>")


def test_an_attachments_table_goes_with_its_label() -> None:
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p>{attachments('سلمى الخطيب')}"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_file_table_whose_cells_are_sentences_stays() -> None:
    """A cell of prose beside a file's link is the article's (a report's annex described)."""
    described = ("يعرض الملحق توزيع الإصابات حسب المحافظات والفئات العمرية خلال الأسابيع الأربعة "
                 "الماضية.")
    table = (f"<table><tr><td><a href='/a/x.pdf'>الملحق.pdf</a></td><td>{described}</td></tr>"
             "</table>")
    text = marsad.extract(page(f"<p>{PARAGRAPH}</p>{table}<p>{OTHER}</p>")).text
    assert described in text


def test_a_question_and_its_button_go() -> None:
    box = "<div class='report'><p>هل وجدت في الخبر خطأ؟</p><button>أبلغنا</button></div>"
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p>{box}"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_question_in_the_text_stays() -> None:
    """A question the article asks, in a paragraph with no button of its own, is text."""
    asked = "فهل تنجح الهدنة هذه المرة؟"
    body = f"<p>{PARAGRAPH}</p><div><p>{asked}</p><p>{OTHER}</p></div><button>طباعة</button>"
    assert asked in marsad.extract(page(body)).text


def test_a_reactions_bar_label_goes_with_a_short_article() -> None:
    bar = ("<div class='reactions'><span>ما رأيك؟</span><button>👍 <span>١٢</span></button>"
           "<button>😮 <span>٣</span></button><button>😢 <span>١</span></button></div>")
    assert marsad.extract(page(f"<p>{PARAGRAPH}</p>{bar}")).text == PARAGRAPH
