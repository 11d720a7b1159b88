"""The general rules that the ninth held-out pass's page templates (``eval_templates.json``,
``"pass": 9``, scored once before any rule change; ``test_html_fresh`` renders them) led to
(boilerplate 2026.12.10): a «هل لاحظت خطأ؟ أبلغنا» / «Spotted an error?» correction prompt
is a line of page furniture, and «استطلاع: هل …؟» (a poll's header holding its question)
opens a poll block. Each rule has cases that must keep prose."""

from __future__ import annotations

import pytest

import marsad
from test_html_fresh import PARAGRAPH, line_reason, page


@pytest.mark.parametrize("line", ["هل لاحظت خطأ؟ أبلغنا", "هل وجدت خطأ في هذا الخبر؟",
                                  "للإبلاغ عن خطأ", "Spotted an error? Let us know",
                                  "هل رأيت خطأ ما؟ راسلنا"])
def test_correction_prompts_go(line: str) -> None:
    assert line_reason(line) == "correction_prompt"


@pytest.mark.parametrize("line", [
    "هل لاحظت خطأ في حسابات الحكومة؟ يسأل الخبراء عن أرقام الموازنة الجديدة.",
    "وقال إن الإبلاغ عن خطأ طبي لا يزال أمرا نادرا في المستشفيات الحكومية.",
    "هل لاحظت خطأ؟"[:-1] + " الحكم في المباراة؟ سأل المعلق جمهوره بعد نهاية الشوط الأول."])
def test_prose_about_errors_is_kept(line: str) -> None:
    assert line_reason(line) is None


def test_a_correction_note_after_the_story_goes() -> None:
    note = "<div class='correction-note'>هل لاحظت خطأ؟ <a href='/corrections'>أبلغنا</a></div>"
    text = marsad.extract(page(f"<p>{PARAGRAPH}</p>{note}")).text
    assert "لاحظت" not in text and "أبلغنا" not in text and PARAGRAPH in text



def test_a_poll_headed_by_its_question_goes() -> None:
    box = ("<div class='quick-poll'><div class='quick-poll__q'>استطلاع: هل تتوقع نجاح "
           "المفاوضات؟</div><button>نعم</button><button>لا</button><div>شارك 1.240 قارئا في "
           "التصويت</div></div>")
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p>{box}"))
    assert "المفاوضات" not in article.text and "التصويت" not in article.text
    assert PARAGRAPH in article.text


def test_a_subheading_about_a_poll_keeps_its_paragraph() -> None:
    story = ("أظهر استطلاع للرأي أجراه مركز الدراسات أن أغلبية المشاركين يؤيدون استئناف "
             "المفاوضات بين الطرفين خلال الأشهر المقبلة، فيما رفض ربع المشاركين ذلك "
             "وقال الباقون إنهم لم يحسموا موقفهم بعد.")
    text = marsad.extract(page(f"<p>{PARAGRAPH}</p><h2>استطلاع: من يؤيد المفاوضات؟</h2>"
                               f"<p>{story}</p>")).text
    assert story in text and PARAGRAPH in text
