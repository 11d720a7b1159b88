"""Reading a search query against the knowledge base: which words name an actor or a place.

Analysts search for «قسد», "SDF", "Syrian Democratic Forces", "Raqqa" or "ar-Raqqah" and mean
one entity; its articles mention it in any of its Arabic forms. :func:`understand` finds the
longest runs of query words that are a KB name or alias — Arabic through the same
normalisation as the linker (with a conjunction or preposition clitic peeled off the first
word), Latin through :func:`latin_key`, which folds the transliteration variants of Arabic
names (Erdoğan/Erdogan, Houthis/Huthis, Raqqa/Raqa/ar-Raqqah), then a key one letter away
(two for long names: «Hizbollah», «Deir al-Zour»), then a person's surname («Assad») — and
leaves the other words to full-text search. A Latin alias of three letters or fewer («UN»,
«IS») counts only when typed in capitals, so the English word "is" stays a word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from marsad.arabic.normalize import normalize
from marsad.kb.loader import KBEntity, KnowledgeBase, load_kb

_MIN_SURNAME = 4
_FUZZY_MIN = 6  # shorter Latin keys match exactly: «Iran» is not «Iraq»
_FUZZY_TWO = 12
MAX_WORDS = 6  # the longest KB names are about this long («قوات سوريا الديمقراطية»: 3)
_SHORT_ACRONYM = 3
_LATIN_ARTICLES = frozenset({"al", "el", "ar", "as", "ash", "at", "ad", "an", "az", "adh",
                             "ath", "ez", "es", "ed", "en", "et", "er", "ul", "il", "the"})
_LATIN_WORD = re.compile(r"[a-z0-9]+")
_ARABIC_CLITICS = ("و", "ف")
_ARABIC_PREPOSITIONS = ("ب", "ل", "ك")
_WORDS = re.compile(r'"[^"]*"|\S+')
_WITH_ARTICLE = "(?:[وف]?(?:[بك]?ال|لل))"  # the article, after optional clitics («وبال»)
_BARE_CLITICS = "(?:[وف]?[بكل]?)"  # clitics on a name without the article («ولسوريا»)
_MAX_CLITICS = 4  # the most characters either allows before a name's bare form («وبال»)


def _alternation(forms: set[str]) -> str:
    return "(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + ")"


def _fold_word(word: str) -> str:
    """Arabic has three vowels, so e/i and o/u alternate freely in transliteration (Idleb/Idlib,
    Zor/Zour/Zur, Hezbollah/Hizbullah); doubled letters and a final «h» come and go."""
    if len(word) > 3 and word.endswith("h") and word[-2] in "aeiou":
        word = word[:-1]  # ar-Raqqah → raqqa
    word = word.replace("kh", "k").replace("e", "i").replace("o", "u")
    return re.sub(r"(.)\1+", r"\1", word)  # Raqqa → Raqa, Assad → Asad, Houthi → Huthi


def latin_key(text: str) -> str:
    """A transliteration-insensitive key: no accents, case, hyphens, articles or doubled
    letters («Bashar al-Assad» and «bashar assad» and «Bashar Al Asad» meet)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = _LATIN_WORD.findall(ascii_text.replace("'", "").replace("’", ""))
    if len(words) > 1:
        words = [w for w in words if w not in _LATIN_ARTICLES] or words
    return " ".join(_fold_word(w) for w in words)


def _is_latin(text: str) -> bool:
    """No Arabic letter and at least one other letter: read it as a transliteration."""
    return not any("\u0600" <= c <= "\u06ff" for c in text) and any(c.isalpha() for c in text)


@dataclass(frozen=True, slots=True)
class Understood:
    """A run of query words that names KB entities (best candidate first)."""

    text: str
    entities: tuple[KBEntity, ...]

    @property
    def ambiguous(self) -> bool:
        return len(self.entities) > 1


@dataclass(frozen=True, slots=True)
class QueryReading:
    """The query split into recognised entities and the words left for full-text search."""

    entities: tuple[Understood, ...]
    rest: str


class QueryIndex:
    """Arabic and Latin surfaces of every KB entity, for reading queries and suggesting."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        # Exact names first, then singulars of plural names («Houthi» for «Houthis»), then
        # surnames («Assad», «Abadi»): a weaker reading never outranks an exact one («Hama»).
        exact: list[tuple[str, str]] = []
        singular: list[tuple[str, str]] = []
        surname: list[tuple[str, str]] = []
        for entity in kb.entities.values():
            for name in (entity.name_en, *entity.aliases_en):
                key = latin_key(name) if name else ""
                if not key:
                    continue
                exact.append((key, entity.id))
                if key.endswith("s") and len(key) > 4:
                    singular.append((key[:-1], entity.id))
                last = key.split()[-1]
                if entity.type == "PER" and " " in key and len(last) >= _MIN_SURNAME:
                    surname.append((last, entity.id))
        latin: dict[str, list[str]] = {}
        for key, eid in (*exact, *singular, *surname):
            if eid not in latin.setdefault(key, []):
                latin[key].append(eid)
        self.latin = {k: tuple(v) for k, v in latin.items()}
        self._latin_keys = list(self.latin)
        self._patterns: dict[str, re.Pattern[str] | None] = {}
        self._cores: dict[str, tuple[str, ...]] = {}
        self.short_latin = frozenset(
            latin_key(a) for e in kb.entities.values() for a in (e.name_en, *e.aliases_en)
            if a and len(a.replace(".", "")) <= _SHORT_ACRONYM)

    def _arabic(self, text: str) -> tuple[KBEntity, ...]:
        norm = normalize(text).strip()
        for variant in _arabic_variants(norm):
            found = self.kb.lookup(variant)
            if found:
                return tuple(found)
        return ()

    def _latin(self, text: str) -> tuple[KBEntity, ...]:
        key = latin_key(text)
        if not key:
            return ()
        if key in self.short_latin and not text.replace(".", "").isupper():
            return ()  # «is», «un»: English words unless typed as an acronym
        ids = self.latin.get(key) or (self.latin.get(key[:-1]) if key.endswith("s") else None)
        if not ids and len(key) >= _FUZZY_MIN:
            # «Hizbollah», «Deir al-Zour»: one letter off a known key (two for long names)
            match = process.extractOne(key, self._latin_keys, scorer=Levenshtein.distance,
                                       score_cutoff=1 if len(key) < _FUZZY_TWO else 2)
            ids = self.latin[match[0]] if match else None
        if not ids and " " in key:  # «Syrian Observatory»: the start of one known name only
            starts = {i for k, v in self.latin.items() if k.startswith(key + " ") for i in v}
            ids = tuple(starts) if len(starts) == 1 else None
        return tuple(self.kb.entities[i] for i in ids or ())

    def lookup(self, text: str) -> tuple[KBEntity, ...]:
        """KB entities named exactly ``text`` (in either script)."""
        return self._latin(text) if _is_latin(text) else self._arabic(text)

    def understand(self, query: str) -> QueryReading:
        """The longest KB names in ``query``, left to right; quoted phrases stay literal."""
        words = _WORDS.findall(query)
        found: list[Understood] = []
        rest: list[str] = []
        i = 0
        while i < len(words):
            if words[i].startswith('"') or words[i].endswith("*"):
                rest.append(words[i])
                i += 1
                continue
            for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
                span = words[i:i + n]
                if any(w.startswith('"') or w.endswith("*") for w in span):
                    continue
                text = " ".join(w.strip(".,،؛;:!?؟()«»") for w in span)
                entities = self.lookup(text) if text else ()
                if entities:
                    found.append(Understood(text, entities))
                    i += n
                    break
            else:
                rest.append(words[i])
                i += 1
        return QueryReading(tuple(found), " ".join(rest))

    def form_pattern(self, entity_id: str) -> re.Pattern[str] | None:
        """A regex finding the entity's Arabic name or aliases as whole words in normalised
        text, with the clitics Arabic allows in front: a name written with the article keeps
        it after «و/ب/ل» («وبالرقة», «للرقة»; «ورقة» is not Raqqa), a name without it takes
        them bare («وسوريا», «لقسد»). The same rule as the linker's gazetteer."""
        if entity_id not in self._patterns:
            entity = self.kb.get(entity_id)
            forms = {normalize(f).strip() for f in
                     ((entity.name_ar, *entity.aliases_ar) if entity else ()) if f.strip()}
            definite = {f[2:] for f in forms if f.startswith("ال") and len(f) > 4}
            bare = {f for f in forms if not f.startswith("ال")}
            # Every match contains one of these as a substring: a cheap test first.
            self._cores[entity_id] = tuple(sorted(definite | bare))
            parts = []
            if definite:
                parts.append(_WITH_ARTICLE + _alternation(definite))
            if bare - definite:
                parts.append(_BARE_CLITICS + _alternation(bare - definite))
            if bare & definite:
                parts.append(_alternation(bare & definite))
            self._patterns[entity_id] = re.compile(
                r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)") if parts else None
        return self._patterns[entity_id]

    def writes(self, entity_id: str, normalized: str) -> bool:
        """Whether normalised text writes the entity, as ``form_pattern(...).search`` would
        find it.

        Why not that search: the pattern opens with a look-behind and an alternation, so the
        regex engine tries it at every position of the text (about 70 µs an article, with
        thousands of articles to check per entity search). Every match ends with one of the
        bare forms and starts at most :data:`_MAX_CLITICS` characters before it, so the
        forms are found by substring search and the pattern is only tried there."""
        pattern = self.form_pattern(entity_id)
        if pattern is None:
            return False
        for core in self._cores[entity_id]:
            at = normalized.find(core)
            while at >= 0:
                if any(pattern.match(normalized, start)
                       for start in range(max(0, at - _MAX_CLITICS), at + 1)):
                    return True
                at = normalized.find(core, at + 1)
        return False

    def suggest(self, prefix: str, limit: int = 10) -> list[KBEntity]:
        """Entities whose Arabic or Latin surface starts with ``prefix`` (names first)."""
        if _is_latin(prefix):
            key = latin_key(prefix)
            keys: Iterable[tuple[str, tuple[str, ...]]] = (
                (k, v) for k, v in self.latin.items() if key and k.startswith(key))
        else:
            norm = normalize(prefix).strip()
            keys = ((k, v) for k, v in self.kb.aliases() if norm and k.startswith(norm))
        out: dict[str, KBEntity] = {}
        for _, ids in sorted(keys, key=lambda kv: len(kv[0])):
            for eid in ids:
                out.setdefault(eid, self.kb.entities[eid])
            if len(out) >= limit * 5:
                break
        return list(out.values())


def _arabic_variants(norm: str) -> list[str]:
    """The query word as typed, then with «و/ف» and a preposition peeled off the first word
    («والرقة» → «الرقة», «بالرقة» → «الرقة», «لقسد» → «قسد»)."""
    out = [norm]
    base = norm[1:] if norm[:1] in _ARABIC_CLITICS and len(norm) > 3 else norm
    if base != norm:
        out.append(base)
    if base[:1] in _ARABIC_PREPOSITIONS and len(base) > 3:
        rest = base[1:]
        out.append(rest)
        if rest.startswith("ل"):  # «للرقة» = ل + الرقة
            out.append("ا" + rest)
        if not rest.startswith("ال"):
            out.append("ال" + rest)
    return out


@lru_cache(maxsize=1)
def query_index() -> QueryIndex:
    """The packaged KB's query index, built once per process."""
    return QueryIndex(load_kb())
