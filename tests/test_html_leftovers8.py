"""The general rules of the eighth leftovers pass (no new templates): what the earlier
held-out passes left open, each removed by a rule reading the structure that holds the
debris. A callout (an admonition) that a docs site, a wiki, a notebook or a site builder
sets off in the text, named so by its class («admonition», «callout», «hint», «alert»,
«tip», «custom-block», Confluence's «information-macro»), speaks to the page's reader about
the page and goes; so does a short ``<details>`` box served closed (its toggle and what it
hides), and a code block's language label with the code. A reactions bar's «be the first to
like» prompt is a ``reactions`` line of ``boilerplate.json``. Each rule has its negative
case: what looks alike and stays."""

from __future__ import annotations

import pytest

import marsad
from test_html_fresh import OTHER, PARAGRAPH
from test_html_leftovers6 import _page, _paragraphs

# -- a callout box in the text -----------------------------------------------------------

TIP = "راجع قسم التحقق قبل إعادة استخدام أي رقم من هذه الصفحة."


@pytest.mark.parametrize("box", [
    # Docusaurus: a heading div and a content div
    '<div class="theme-admonition theme-admonition-tip admonition_xJq3 alert alert--success">'
    '<div class="admonitionHeading_Gvgb">تلميح</div><div class="admonitionContent_BuS1">'
    f"<p>{TIP}</p></div></div>",
    f'<div class="hint hint-info flex items-start"><div class="flex-1"><p>{TIP}</p></div></div>',
    '<div class="callout callout-style-default callout-note callout-titled">'
    '<div class="callout-header"><div class="callout-title-container">ملاحظة منهجية</div></div>'
    f'<div class="callout-body-container callout-body"><p>{TIP}</p></div></div>',
    '<div class="confluence-information-macro confluence-information-macro-note">'
    f'<div class="confluence-information-macro-body"><p>{TIP}</p></div></div>',
    '<div class="info custom-block"><p class="custom-block-title">قبل أن تقرأ</p>'
    f"<p>{TIP}</p></div>",
    f'<div class="kjb-callout"><strong>تمرين قصير</strong><br>{TIP}</div>',
    f'<details class="tip"><summary>تلميح للمتدرّبين</summary><p>{TIP}</p></details>',
])
def test_a_callout_in_the_text_goes(box: str) -> None:
    """A box set off between the story's paragraphs and named a callout by its class is a
    note to the page's reader (a tip, a warning, a status), never a paragraph of the story;
    trafilatura keeps it as one."""
    article = marsad.extract(_page(_paragraphs(PARAGRAPH) + box + _paragraphs(OTHER)))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


@pytest.mark.parametrize("classes", ["tooltip-box", "alerts-list", "note-content", "hints"])
def test_a_box_whose_class_only_holds_a_callout_word_stays(classes: str) -> None:
    """«tooltip», «alerts», «hints» are other words than the callout's, and «note» alone names
    a note-taking app's whole note: the box's sentence stays."""
    article = marsad.extract(_page(_paragraphs(PARAGRAPH) + f'<div class="{classes}"><p>{TIP}</p>'
                                   "</div>" + _paragraphs(OTHER)))
    assert TIP in article.text.split("\n\n")


def test_a_long_box_named_a_callout_stays() -> None:
    """A box so named that holds more than a callout's few sentences (a story set in a
    «callout» block whole) is a container so named: its paragraphs stay."""
    story = [PARAGRAPH, OTHER, PARAGRAPH.replace("القصف", "الهجوم"),
             OTHER.replace("القصف", "الهجوم"), PARAGRAPH.replace("صباح", "مساء")]
    article = marsad.extract(_page(f'<div class="callout">{_paragraphs(*story)}</div>'))
    assert article.text.split("\n\n") == story


# -- a code block's language label ------------------------------------------------------


def _code_block(label: str) -> str:
    """A story's paragraph and a code block after it, in the page's article."""
    return (f"<main><article>{_paragraphs(PARAGRAPH)}"
            f'<div class="language-bash vp-adaptive-theme"><span class="lang">{label}</span>'
            "<pre><code>npx open-edit check --archive ./sources</code></pre></div>"
            "</article></main>")


def test_a_code_blocks_language_label_goes_with_it() -> None:
    """A highlighter's label naming the language its box's class names («language-bash» →
    «bash») captions the code, and goes with the code block."""
    article = marsad.extract(_page(_code_block("bash")))
    assert article.text.split("\n\n") == [PARAGRAPH]


def test_a_word_beside_a_code_block_that_is_not_its_language_stays() -> None:
    """A line beside the block that is no name of its language (a sentence of the story set
    in the block's box) stays."""
    article = marsad.extract(_page(_code_block(TIP)))
    assert article.text.split("\n\n") == [PARAGRAPH, TIP]


# -- a closed <details> box --------------------------------------------------------------

NOTE = "الاتصال بالمصدر الثاني لم ينجح حتى الآن، سأحدّث الرقم بعد العاشرة."


def _details(attributes: str, inner: str) -> str:
    return (_paragraphs(PARAGRAPH) + f"<details{attributes}><summary>ملاحظات المراسل (لا تُقرأ)"
            f"</summary>{inner}</details>" + _paragraphs(OTHER))


def test_a_closed_details_box_goes_whole() -> None:
    """A box served closed shows its toggle alone and hides the rest until a reader opens it:
    the reporter's note folded in a shared draft is no paragraph of the story."""
    article = marsad.extract(_page(_details("", f"<p>{NOTE}</p>")))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_an_open_or_long_details_box_stays() -> None:
    """A box served open is shown, and a closed box holding more than a note's words is a
    container so set: their paragraphs stay."""
    article = marsad.extract(_page(_details(" open", f"<p>{NOTE}</p>")))
    assert NOTE in article.text.split("\n\n")
    long = [NOTE, PARAGRAPH.replace("القصف", "الهجوم"), OTHER.replace("القصف", "الهجوم"),
            PARAGRAPH.replace("صباح", "مساء"), OTHER.replace("صباح", "مساء")]
    article = marsad.extract(_page(_details("", _paragraphs(*long))))
    assert all(paragraph in article.text.split("\n\n") for paragraph in long)


# -- «be the first to like» --------------------------------------------------------------


@pytest.mark.parametrize("line", ["كن أول من يبدي إعجابه بهذه الصفحة", "كن أول من يعلق",
                                  "Be the first to comment"])
def test_a_be_the_first_prompt_is_a_reaction_line(line: str) -> None:
    """A reactions bar's «be the first to like / comment» prompt (Confluence's like summary)
    speaks to the page's reader: ``reactions`` in ``boilerplate.json``."""
    article = marsad.extract(_page(_paragraphs(PARAGRAPH, OTHER, line)))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert {removed.text: removed.reason for removed in article.removed}[line] == "reactions"


@pytest.mark.parametrize("line", ["كان أول من يعلق على القرار وزير الخارجية في بيان رسمي.",
                                  "كن أول من يعلق على القرار، قال الوزير للصحفيين أمس."])
def test_a_sentence_about_being_first_stays(line: str) -> None:
    """«كان أول من …» tells who was first, and the prompt's words with a subject after them
    are a sentence: both stay."""
    article = marsad.extract(_page(_paragraphs(PARAGRAPH, line, OTHER)))
    assert line in article.text.split("\n\n")
