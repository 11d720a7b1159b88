"""Arabic labels for the codes the pages show: event modes, KB categories, link methods.

The data keeps English codes (``aerial``, ``kurdish_forces``, ``ner``); an Arabic page shows
these words instead. An unknown code is shown as is (``label(MAP, code)``), so a new code in
a data file never breaks a page.
"""

from __future__ import annotations

# PLOVER modes (src/marsad/data/event_triggers.json).
MODE_LABELS = {
    "aerial": "جوي", "agree": "اتفاق", "aid": "مساعدة", "allege": "ادعاء", "arrest": "اعتقال",
    "assassination": "اغتيال", "attack": "هجوم", "blockade": "حصار", "bombing": "تفجير",
    "break-relations": "قطع علاقات", "call": "دعوة", "ceasefire": "وقف إطلاق النار",
    "clash": "اشتباك", "condemn": "إدانة", "cooperate": "تعاون", "defeat": "هزيمة",
    "demand": "مطالبة", "demonstrate": "تظاهر", "disarm": "نزع سلاح", "endorse": "تأييد",
    "expel": "طرد", "firearms": "أسلحة نارية", "kidnapping": "خطف", "killing": "قتل",
    "march": "مسيرة", "meet": "لقاء", "military-operation": "عملية عسكرية",
    "mobilize": "حشد", "raid": "مداهمة", "reject": "رفض", "release": "إفراج",
    "resign": "استقالة", "riot": "شغب", "sanctions": "عقوبات", "seize": "استيلاء",
    "shelling": "قصف", "sit-in": "اعتصام", "strike": "إضراب", "surrender": "استسلام",
    "talks": "محادثات", "threaten": "تهديد", "visit": "زيارة", "withdrawal": "انسحاب",
    "wounding": "إصابة",
}

# KB entity categories (src/marsad/data/kb).
CATEGORY_LABELS = {
    "city": "مدينة", "company": "شركة", "district": "منطقة/قضاء", "ethnic_group": "جماعة عرقية",
    "facility": "منشأة", "government_body": "هيئة حكومية", "governorate": "محافظة",
    "international_force": "قوة دولية", "international_org": "منظمة دولية",
    "jihadist_group": "جماعة جهادية", "kurdish_forces": "قوات كردية", "media": "وسيلة إعلام",
    "natural_feature": "معلم طبيعي", "ngo": "منظمة غير حكومية", "person_commander": "قائد عسكري",
    "person_head_of_state": "رئيس دولة", "person_official": "مسؤول", "person_other": "شخص",
    "political_militia": "ميليشيا سياسية", "political_party": "حزب سياسي",
    "rebel_group": "فصيل معارض مسلح", "region": "إقليم", "sports_club": "نادٍ رياضي",
    "sports_federation": "اتحاد رياضي", "state": "دولة", "state_forces": "قوات حكومية",
    "town": "بلدة", "village": "قرية",
}

# How a mention was linked to its entity (the ``how`` of each mention). Names and aliases
# are sure; a fuzzy match or an NER guess is not, and the article view says so.
HOW_LABELS = {"name": "بالاسم", "alias": "باسم آخر", "adjective": "بالصفة",
              "short_form": "بالاختصار", "fuzzy": "بالتقريب", "ner": "تعرّف آلي"}
UNSURE_HOW = frozenset({"fuzzy", "ner"})

# How precisely an event's day is known (``time_precision``).
PRECISION_LABELS = {"day": "اليوم", "week": "الأسبوع", "month": "الشهر", "year": "السنة",
                    "published": "تاريخ النشر"}

# Countries the corpus is about, by ISO code; others are shown as their code.
COUNTRY_LABELS = {
    "SY": "سوريا", "IQ": "العراق", "YE": "اليمن", "LB": "لبنان", "JO": "الأردن",
    "EG": "مصر", "SA": "السعودية", "AE": "الإمارات", "QA": "قطر", "KW": "الكويت",
    "BH": "البحرين", "OM": "عُمان", "IR": "إيران", "TR": "تركيا", "IL": "إسرائيل",
    "PS": "فلسطين", "LY": "ليبيا", "TN": "تونس", "DZ": "الجزائر", "MA": "المغرب",
    "SD": "السودان", "US": "الولايات المتحدة", "RU": "روسيا", "GB": "بريطانيا",
    "FR": "فرنسا", "DE": "ألمانيا", "CN": "الصين", "AF": "أفغانستان", "PK": "باكستان",
}


def label(mapping: dict[str, str], code: object) -> str:
    """The Arabic label of ``code``, or the code itself when there is none."""
    text = "" if code is None else str(code)
    return mapping.get(text, text)


# Outlets as an Arabic reader knows them: the stored ``source`` is whatever the input said,
# a display name («Sky News Arabia») or a site slug («aawsat», from SaudiNewsNet); pages show
# one Arabic name for both. Unknown outlets are shown as stored.
OUTLET_LABELS = {
    "Sky News Arabia": "سكاي نيوز عربية", "France 24 Arabic": "فرانس 24",
    "CNN Arabic": "سي إن إن بالعربية", "BBC Arabic": "بي بي سي عربي",
    "Al Arabiya": "العربية", "aawsat": "الشرق الأوسط", "alriyadh": "الرياض",
    "alweeam": "الوئام", "alwatan": "الوطن", "alyaum": "اليوم", "okaz": "عكاظ",
    "aljazirah": "الجزيرة (السعودية)", "aleqtisadiya": "الاقتصادية", "almadina": "المدينة",
    "3alyoum": "عاليوم", "sabq": "سبق", "was": "واس",
}


def outlet(name: object) -> str:
    """An outlet's display name (see OUTLET_LABELS); '' for none."""
    return "" if name is None else label(OUTLET_LABELS, name)
