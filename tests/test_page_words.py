"""``data/page_words.json`` (the words only the HTML stage reads) is well-formed."""

from __future__ import annotations

import json
import re
from importlib import resources

from marsad.arabic.normalize import normalize
from marsad.boilerplate import load_page_words

LISTS = ("closing_words", "salutation_words", "control_words", "repost_openers",
         "clause_particles", "print_labels", "contact_labels", "contact_headings",
         "contact_prompts", "contact_label_heads", "page_labels", "furniture_label_stems",
         "mail_party_labels", "mail_detail_labels", "mail_forward_markers", "about_openers")


def _data() -> dict:
    return json.loads(resources.files("marsad.data").joinpath("page_words.json").read_text())


def test_page_words_well_formed() -> None:
    data = _data()
    assert re.fullmatch(r"\d{4}\.\d+\.\d+", data["version"])
    assert data["about"].strip()
    assert set(data) == {"version", "about", *LISTS}
    for key in LISTS:
        assert data[key]["note"].strip(), key
        words = data[key]["words"]
        assert words and all(isinstance(w, str) and w == w.strip() and w for w in words), key
        normalised = [normalize(w).casefold() for w in words]
        assert len(set(normalised)) == len(normalised), key  # no word twice, however spelt
    words = load_page_words()
    assert words.version == data["version"]
    assert len(words.closing_words) == len(data["closing_words"]["words"])
    assert len(words.salutation_words) == len(data["salutation_words"]["words"])
    assert len(words.control_words) == len(data["control_words"]["words"])
    assert len(words.repost_openers) == len(data["repost_openers"]["words"])
    assert len(words.contact_labels) == len(data["contact_labels"]["words"])
    assert len(words.contact_headings) == len(data["contact_headings"]["words"])
    assert len(words.contact_prompts) == len(data["contact_prompts"]["words"])
    assert len(words.contact_label_heads) == len(data["contact_label_heads"]["words"])
    assert len(words.page_labels) == len(data["page_labels"]["words"])
    assert len(words.mail_party_labels) == len(data["mail_party_labels"]["words"])
    assert len(words.mail_detail_labels) == len(data["mail_detail_labels"]["words"])
    assert len(words.mail_forward_markers) == len(data["mail_forward_markers"]["words"])
    assert len(words.about_openers) == len(data["about_openers"]["words"])
    assert len(words.clause_particles) == len(data["clause_particles"]["words"])
    assert len(words.print_labels) == len(data["print_labels"]["words"])
    assert all(len(opener.split()) == 2 for opener in words.repost_openers)  # read so


def test_page_words_are_read_as_normalised() -> None:
    words = load_page_words()
    assert "التحيه" in words.closing_words  # «التحية» as the normalised line spells it
    assert "next" in words.control_words
    assert "whatsapp" in words.contact_labels and "الهاتف" in words.contact_labels
    assert words.furniture_label.search(normalize("مواضيع ذات صلة"))
    assert not words.furniture_label.search(normalize("تقرير عن الأسعار"))
    assert "نسخه للطباعه" in words.print_labels and "printer friendly" in words.print_labels
    assert "تواصل معنا" in words.contact_headings
    # «تواصل» is also the verb «continues», «التواصل» also social media's («وسائل التواصل»)
    assert words.contact_labels.isdisjoint({"تواصل", "التواصل"})


def test_clause_particles_are_read_as_normalised() -> None:
    """Normalised like every list: a story's careless «فان/ان» is the particle too (a name
    spelt out, «سي إن إن», is told by its run of spelt letters, not by the hamza)."""
    particles = load_page_words().clause_particles
    assert "فان" in particles and "ان" in particles
    assert "فإن" not in particles


def test_contact_prompts_hold_no_channel_label() -> None:
    """A prompt's words lead into a block; a channel's label is ``contact_labels``'s alone,
    and «تواصل» (also «continues») is in neither."""
    words = load_page_words()
    assert "للتبرع" in words.contact_prompts and "رقم" in words.contact_label_heads
    assert words.contact_prompts.isdisjoint(words.contact_labels)
    assert "تواصل" not in words.contact_prompts
