"""A table of ``<th>`` labels and ``<td>`` values under the headline is judged as one
record (``_header_cell_pair``): a dated record (a post's author and date) goes whole,
labels with values; a box of key figures or counts (a toll's «عدد الضحايا | ٣٤ قتيلا») is
the story's content and stays whole. Before, ``_meta_table`` took any small table with a
count in each row, so the values of a casualty box went and its labels stayed as bare
lines, and a dated record's labels stayed too."""

from __future__ import annotations

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE


def _under_headline(rows: str) -> str:
    """A story page: the headline, a table of labelled values, the text."""
    return (f"<html><head><title>{TITLE} - صحيفة الخبر</title></head><body><main><article>"
            f"<h1>{TITLE}</h1><table class='facts'>{rows}</table><p>{PARAGRAPH}</p>"
            f"<p>{OTHER}</p></article></main></body></html>")


def _rows(*pairs: tuple[str, str]) -> str:
    return "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in pairs)


def test_a_box_of_counts_under_the_headline_stays_whole() -> None:
    """Each row a count: the code before dropped every value and kept the labels."""
    rows = _rows(("عدد الضحايا", "٣٤ قتيلا"), ("عدد الجرحى", "١٢٠ جريحا"),
                 ("المناطق المتضررة", "درنة وبنغازي والبيضاء"))
    lines = marsad.extract(_under_headline(rows)).text.split("\n\n")
    assert lines == ["عدد الضحايا", "٣٤ قتيلا", "عدد الجرحى", "١٢٠ جريحا",
                     "المناطق المتضررة", "درنة وبنغازي والبيضاء", PARAGRAPH, OTHER]


def test_a_dated_record_under_the_headline_goes_with_its_labels() -> None:
    """A post's fields (author, date, views): the code before dropped the values and kept
    «الكاتب» and «تاريخ النشر» as lines of text."""
    rows = _rows(("الكاتب", "سامي العلي"), ("تاريخ النشر", "٢٠٢٦/١٢/٠٦"),
                 ("عدد المشاهدات", "١٢٠٧"))
    assert marsad.extract(_under_headline(rows)).text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_plain_cell_meta_table_still_goes() -> None:
    """Near miss: a table of plain cells with a date or count in each row is still
    ``_meta_table``'s, and goes as before."""
    rows = ("<tr><td>رقم الخبر:</td><td>9418</td></tr>"
            "<tr><td>تاريخ النشر:</td><td>16/04/2018</td></tr>"
            "<tr><td>عدد المشاهدات:</td><td>1207</td></tr>")
    assert marsad.extract(_under_headline(rows)).text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_long_data_table_is_not_read_row_by_row_per_cell(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Review: each header block's cell asked ``_header_cell_pair``, which read every row of
    its table; a data table of more rows than a record has (``MAX_META_LIST_PAIRS``) is
    now no record without its rows being read. The page's text is the same."""
    from marsad.stages import html

    calls: list[int] = []
    real = html._header_cell_rows

    def counting(table):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(table)

    monkeypatch.setattr(html, "_header_cell_rows", counting)
    rows = _rows(*((f"البند {i}", f"{i} ريال") for i in range(html.MAX_META_LIST_PAIRS + 1)))
    article = marsad.extract(_under_headline(rows))
    assert not calls and article.text.split("\n\n")[-2:] == [PARAGRAPH, OTHER]


def test_a_record_of_the_most_rows_is_still_read(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Near miss: a dated record of ``MAX_META_LIST_PAIRS`` rows is still read and goes."""
    from marsad.stages import html

    pairs = [("الكاتب", "سامي العلي"), ("تاريخ النشر", "٢٠٢٦/١٢/٠٦")]
    pairs += [(f"الحقل {i}", "قيمة") for i in range(html.MAX_META_LIST_PAIRS - 2)]
    assert marsad.extract(_under_headline(_rows(*pairs))).text.split("\n\n") == [PARAGRAPH, OTHER]
