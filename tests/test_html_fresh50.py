"""The general rules that the fiftieth held-out pass's page templates
(``eval_templates.json``, ``"pass": 50``, scored once before any rule change;
``test_html_fresh`` renders them) led to: a headline set with its subtitle in one heading
(a document export's «<title><br><span class="subtitle">…</span>») is the title less the
subtitle when a title field holds the title alone; and DPUB-ARIA's apparatus roles (a
footnote, the endnotes, the contents) mark furniture as the landmark roles do."""

from __future__ import annotations

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE

_SUBTITLE = "ملف متابعة أعدّه فريق الرصد الميداني"  # six words: a label's length


def _export(heading: str, title_field: str = TITLE) -> str:
    """A document exported to HTML (Org mode's layout): the heading, then the text."""
    return (f"<html><head><title>{title_field}</title></head><body><div id='content'>"
            f"{heading}<div class='outline-2'><h2>التفاصيل</h2><div class='outline-text-2'>"
            f"<p>{PARAGRAPH}</p><p>{OTHER}</p></div></div></div></body></html>")


def test_a_heading_less_its_subtitle_is_the_title_a_field_holds_alone() -> None:
    """The subtitle is longer than the title may differ from a heading by: the heading
    less its closing part is the title all the same, and the subtitle leaves the text."""
    article = marsad.extract(_export(
        f"<h1 class='title'>{TITLE}<br><span class='subtitle'>{_SUBTITLE}</span></h1>"))
    assert article.title == TITLE
    assert _SUBTITLE not in article.text
    assert article.text.endswith(OTHER)


def test_a_heading_the_fields_name_whole_keeps_its_closing_label() -> None:
    """Guard (passes on the code before this pass too): a title field naming the heading
    whole, its closing label included, keeps the label in the title."""
    headline = f"{TITLE} (فيديو)"
    article = marsad.extract(_export(f"<h1>{TITLE} <span>(فيديو)</span></h1>", headline))
    assert article.title == headline


def test_a_heading_no_field_names_less_its_label_stays_whole() -> None:
    """Guard (passes on the code before this pass too): neither the heading nor its rest is
    a field, so no part of it is taken for the title."""
    article = marsad.extract(_export(
        f"<h1 class='title'>{TITLE}<br><span class='subtitle'>{_SUBTITLE}</span></h1>",
        "نشرة المرصد الأسبوعية"))
    assert article.title != TITLE


def _noted(note: str) -> str:
    return (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<p>{PARAGRAPH}<sup><a href='#fn.1' role='doc-noteref'>1</a></sup></p>"
            f"<p>{OTHER}</p>{note}</article></body></html>")


_NOTE = "يُحدَّث الجدول مساء كل خميس، ويُرجى ذكر المرصد عند إعادة الاستخدام."


def test_a_footnote_marked_by_its_dpub_role_leaves_the_text() -> None:
    """Org mode writes the note's paragraph in a ``div role="doc-footnote"`` after its number:
    no link opens the paragraph, and it reads as a sentence."""
    article = marsad.extract(_noted(
        "<div id='footnotes'><h2 class='footnotes'>حواشٍ: </h2><div class='footdef'><sup>"
        "<a id='fn.1' href='#fnr.1' role='doc-backlink'>1</a></sup> <div class='footpara' "
        f"role='doc-footnote'><p class='footpara'>{_NOTE}</p></div></div></div>"))
    assert _NOTE not in article.text
    assert "حواش" not in article.text
    assert PARAGRAPH in article.text and OTHER in article.text


def test_a_paragraph_calling_a_note_stays() -> None:
    """Guard (passes on the code before this pass too): the call's ``doc-noteref`` marks a
    link in the text, not apparatus: its paragraph and the same sentence with no role stay."""
    article = marsad.extract(_noted(f"<div class='footdef'><p>{_NOTE}</p></div>"))
    assert PARAGRAPH in article.text and OTHER in article.text
