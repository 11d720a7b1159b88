"""A defect in one stage, or an implausible date, must cost one document at most.

The developers' guide: bad input gets a clear, coded error and loses nothing else. A probe
of every lexicon entry at a text's edges found a publication date at the calendar's ends
(0001-01-01, 9999-12-31) overflowing the date arithmetic of relative times, and an outlet
closing the text after «قال مسؤول ل…» indexing past the last token; `marsad extract` then
printed a traceback and lost every record of its input, good ones included.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from marsad import extract
from marsad.cli import main
from marsad.core import default_pipeline
from marsad.errors import MarsadError, StageError
from marsad.model import Article
from marsad.pipeline import Pipeline, stage
from marsad.stages.metadata import READABLE_YEARS, parse_date


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31", date(1, 1, 1), "0999-12-31"])
def test_a_date_outside_the_readable_years_is_unread_with_a_warning(published: object) -> None:
    article = extract("قتل 5 أشخاص في دمشق أمس، ويوم الأحد المقبل تعقد جلسة في آذار.",
                      published=published)  # type: ignore[arg-type]
    assert article.published is None
    assert any("publication date" in warning for warning in article.warnings)


def test_dates_inside_the_readable_years_still_parse() -> None:
    assert parse_date("2018-05-14") == date(2018, 5, 14)
    assert parse_date(f"{READABLE_YEARS.start}-01-01") == date(READABLE_YEARS.start, 1, 1)
    assert parse_date(f"{READABLE_YEARS.stop - 1}-12-31") == date(READABLE_YEARS.stop - 1, 12, 31)
    assert parse_date("Mon, 14 May 2018 10:00:00 +0000") == date(2018, 5, 14)


def _fails_on_marker(article: Article) -> Article:
    if "انفجار" in article.text:
        raise ValueError("a defect")
    return article


def _pipeline_with_a_faulty_stage() -> Pipeline:
    stages = list(default_pipeline().stages)
    return Pipeline([*stages, stage("faulty", _fails_on_marker, needs=(), provides=())])


def test_a_stage_that_raises_gives_a_coded_error_naming_it() -> None:
    with pytest.raises(StageError) as caught:
        extract("وقع انفجار في المدينة.", pipeline=_pipeline_with_a_faulty_stage())
    assert isinstance(caught.value, MarsadError)
    assert str(caught.value).startswith("[E011] the faulty stage failed")
    assert "ValueError: a defect" in str(caught.value)


def test_a_memory_error_is_left_to_the_memory_limit() -> None:
    def exhausted(article: Article) -> Article:
        raise MemoryError

    pipeline = Pipeline([*default_pipeline().stages, stage("big", exhausted, (), ())])
    with pytest.raises(MemoryError):
        extract("نص قصير.", pipeline=pipeline)


def test_the_cli_loses_only_the_failing_document(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    records = [{"id": "a", "text": "قال الوزير إن الوضع مستقر."},
               {"id": "b", "text": "وقع انفجار في المدينة."},
               {"id": "c", "text": "وأكدت الوزارة أن الطريق مفتوح.", "published": "0001-01-01"}]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                    encoding="utf-8")
    code = main(["extract", "--format", "jsonl", str(path)],
                pipeline=_pipeline_with_a_faulty_stage)
    out, err = capsys.readouterr()
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "c"]
    assert "[E011] the faulty stage failed" in err
