"""Token features for the CRF tagger.

Why this shape: tagging must reach thousands of sentences per second in pure Python, so every
feature that depends on one word only (normal form, clitic stem, affixes, shape, clusters,
gazetteer membership) is computed once per word *type* and cached; a sentence then only
concatenates cached tuples and builds a few bigram strings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from marsad.arabic.normalize import normalize
from marsad.arabic.tokenize import split_clitics
from marsad.ner.clusters import cluster_key
from marsad.ner.name_lexicons import PhraseGazetteer

# Cluster path prefixes used as features: "07" (16 classes), "07.03" (128), full (≈1k).
CLUSTER_PREFIXES = (2, 5, 8)
WINDOW = 2
# The context offsets a word lends its features to, with their text in attribute names.
_OFFSETS = tuple((o, str(o)) for o in (-2, -1, 1, 2))
FEATURE_VERSION = 3
# A document takes a topic when its cue words are at least this share of its tokens...
TOPIC_SHARE = 0.02
# ...and at least this many (one sentence rarely has a topic of its own).
TOPIC_MIN_CUES = 3

# A gazetteer maps a normalised word/stem to the entity types it may start or continue.
Gazetteer = Callable[[str], Sequence[str]]
# Relative-adjective endings (normalised: ة → ه).
NISBA_ENDINGS = ("يه", "ي")
# Shorter bases are mostly noise («علي» is not «عل» + ي).
NISBA_MIN_BASE = 3


def is_place_nisba(key: str, place_keys: frozenset[str]) -> bool:
    """Whether ``key`` is a relative adjective of a one-word place: «تطواني» of تطوان,
    «فاسي» of فاس, «سلاوي» of سلا, «تكريتي» of تكريت.

    Why: clubs, parties and people are named «<noun> <city-adjective>» («المغرب الفاسي»,
    «المغرب التطواني», «حسن التكريتي») far beyond any list of names; the adjective's place
    is the clue that generalises. Only the plain ending is undone: also trying a lost «ة» or
    «ا» (وجدة → وجدي) made common words places («حماية» ← حماه, «الدولي» ← دولة).
    """
    for ending in NISBA_ENDINGS:
        if not key.endswith(ending):
            continue
        base = key[: -len(ending)]
        if base.endswith("و") and base[:-1] in place_keys:  # سلاوي ← سلا
            return True
        if len(base) >= NISBA_MIN_BASE and base in place_keys:
            return True
    return False


@dataclass(slots=True)
class WordFeats:
    """Everything about one word type that does not depend on its sentence (cached)."""

    own: tuple[str, ...]
    ctx: dict[int, tuple[str, ...]]
    norm: str
    stem: str
    cl: str
    key: str
    trg: tuple[str, ...] = ()
    # Class features (gazetteer, lexicon, trigger of the word) that a document topic conjoins.
    cls: tuple[str, ...] = ()
    # Whether a model may know a :meth:`FeatureExtractor.bigram` attribute with this word on
    # the left: 98% of word pairs in news have none, and the decoder then skips the pair.
    pair_left: bool = True


def _shape(tok: str) -> list[str]:
    """The shape attributes of a token: digit, Latin (capitalised, all capitals), Arabic or
    punctuation."""
    ch = tok[0]
    if ch.isdigit():
        return ["sh=num", f"nl={min(len(tok), 5)}"]
    if ch.isalpha():
        if "a" <= ch.lower() <= "z":
            out = ["sh=lat"]
            if ch.isupper():
                out.append("cap")
            if tok.isupper() and len(tok) > 1:
                out.append("allcap")
            return out
        return ["sh=ar"]
    return ["sh=pun", "pun=" + tok]


# An attribute is "TEMPLATE=VALUE" (a template name holds no "="), or a bare flag.
Attribute = Callable[[str], "str | None"]


class _Known:
    """The attribute strings a model knows, by template: ``template("w-1")(value)`` is
    "w-1=VALUE" when the model knows it, else None; ``keep(name)`` is the whole attribute
    ``name`` or None. Without a model (``known`` None, as in training) every attribute is kept.

    Why: a new word type has ~60 candidate attributes of which a model knows a few (the rest
    are rare words and affixes). Building every string only to test it against the known
    set cost a tenth of :meth:`FeatureExtractor._word`; looking the value up in its
    template's table (a value's hash is computed once and kept by Python) builds no string,
    and the kept ones are the model's own strings, shared by every cached word type instead
    of a copy per type (peak RSS of a 600-article run: 313 → 280 MB).
    """

    def __init__(self, known: frozenset[str] | None) -> None:
        self.known = known
        self._values: dict[str, dict[str, str]] = {}
        if known is not None:
            for name in known:
                template, eq, value = name.partition("=")
                if eq:
                    self._values.setdefault(template, {})[value] = name

    def template(self, name: str) -> Attribute:
        """The attribute ``name=VALUE`` of a value, or None when the model lacks it."""
        if self.known is None:
            return (name + "=").__add__
        return self._values.get(name, {}).get

    def keep(self, name: str) -> str | None:
        """``name`` when the model knows that whole attribute (or nothing restricts)."""
        return name if self.known is None or name in self.known else None


@dataclass(frozen=True, slots=True)
class _OffsetAttributes:
    """The attributes a word lends the token at one offset from it (:data:`_OFFSETS`)."""

    offset: int
    # ±1 (the near words lend more: name classes, clitics, suffix, full cluster path...).
    near: bool
    word: Attribute
    stem: Attribute
    cluster: Attribute
    trigger: Attribute
    first_name: str | None
    last_name: str | None
    nisba: str | None
    place_nisba: str | None
    proclitics: Attribute
    suffix3: Attribute
    full_cluster: Attribute
    lexicon: Attribute
    gazetteer: Attribute
    # A person-name role "pn=given" is lent as "pn=given-1": template "pn", this suffix.
    role_suffix: str

    @classmethod
    def build(cls, known: _Known, offset: int, text: str) -> _OffsetAttributes:
        """The attributes at ``offset`` (``text``: its sign and digits, as in "w-1=")."""
        t, keep = known.template, known.keep
        return cls(
            offset, offset in (-1, 1), t("w" + text), t("st" + text), t("c" + text),
            t("tr" + text), keep("fn" + text), keep("ln" + text), keep("nis" + text),
            keep("pnis" + text), t("pro" + text), t("s3" + text), t("cf" + text),
            t("lx" + text), t("gz" + text), text,
        )


@dataclass(frozen=True, slots=True)
class _WordAttributes:
    """The attribute look-ups of :meth:`FeatureExtractor._word` for one known set, made once
    per :meth:`FeatureExtractor.restrict_to` rather than per word type."""

    known: _Known
    word: Attribute
    stem: Attribute
    proclitics: Attribute
    length: Attribute
    enclitic: Attribute
    # Per affix length k in 1..4: prefix, suffix, stem prefix, stem suffix.
    affixes: tuple[tuple[int, Attribute, Attribute, Attribute, Attribute], ...]
    frequency: Attribute
    clusters: tuple[tuple[int, Attribute], ...]
    cluster: Attribute
    gazetteer: Attribute
    lexicon: Attribute
    trigger: Attribute
    person_name: Attribute
    bias: str | None
    article: str | None
    first_name: str | None
    last_name: str | None
    nisba: str | None
    place_nisba: str | None
    offsets: tuple[_OffsetAttributes, ...]

    @classmethod
    def build(cls, known: frozenset[str] | None) -> _WordAttributes:
        """The look-ups for the attributes in ``known`` (None: all)."""
        k = _Known(known)
        t = k.template
        return cls(
            k, t("w"), t("st"), t("pro"), t("len"), t("enc"),
            tuple((n, t(f"p{n}"), t(f"s{n}"), t(f"sp{n}"), t(f"ss{n}")) for n in (1, 2, 3, 4)),
            t("fq"), tuple((p, t(f"c{p}")) for p in CLUSTER_PREFIXES), t("c"), t("gz"), t("lx"),
            t("tr"), t("pn"), k.keep("b"), k.keep("art"), k.keep("fn"), k.keep("ln"),
            k.keep("nis"), k.keep("pnis"),
            tuple(_OffsetAttributes.build(k, o, text) for o, text in _OFFSETS),
        )


# The word-pair attributes of :meth:`FeatureExtractor.bigram` by the side their first value
# comes from: the left word's normal form, or its stem.
_NORM_PAIRS = ("w|w+1=", "w-1|w=")
_TRIGRAM = "c-1|c|c+1="
_STEM_PAIRS = ("st-1|st=",)


def _bigram_lefts(
    known: frozenset[str] | None,
) -> tuple[frozenset[str], frozenset[str]] | None:
    """Normal forms and stems that can be the left word of a known word-pair attribute (None:
    any, when nothing restricts the attributes). A value holding "|" is split at every "|",
    so a left side is never missed."""
    if known is None:
        return None
    norms: set[str] = set()
    stems: set[str] = set()
    for attribute in known:
        for prefixes, into in ((_NORM_PAIRS, norms), (_STEM_PAIRS, stems)):
            if attribute.startswith(prefixes):
                value = attribute.partition("=")[2]
                into.update(value[:i] for i, ch in enumerate(value) if ch == "|")
    return frozenset(norms), frozenset(stems)


class PhraseMatcher:
    """Greedy longest match of key sequences over a sentence → per-token BIO+type features."""

    def __init__(self, table: Mapping[tuple[str, ...], Sequence[str]], prefix: str) -> None:
        self.table = table
        self.prefix = prefix
        # First key → lengths of the phrases it starts, longest first; phrase → its features
        # at its first token and at the others (built once, not per match).
        lengths: dict[str, set[int]] = {}
        self._feats: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {}
        for keys, types in table.items():
            if not types:
                continue
            lengths.setdefault(keys[0], set()).add(len(keys))
            begin = tuple(f"{prefix}=B-{t}" for t in types)
            self._feats[keys] = (
                (*begin, prefix + "=multi") if len(keys) > 1 else begin,
                tuple(f"{prefix}=I-{t}" for t in types),
            )
        self.first = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}

    def match(self, keys: Sequence[str]) -> list[tuple[str, ...]]:
        """Per token: ("gm=B-ORG", ...) for the longest phrase covering it, else ()."""
        first, feats = self.first, self._feats
        n = len(keys)
        out: list[tuple[str, ...]] = [()] * n
        end = 0  # tokens before ``end`` are inside the last phrase found
        # Only tokens that start some phrase are tried (most tokens start none).
        for i in [i for i, key in enumerate(keys) if key in first]:
            if i < end:
                continue
            for length in first[keys[i]]:
                found = feats.get(tuple(keys[i : i + length])) if i + length <= n else None
                if found is not None:
                    out[i] = found[0]
                    for j in range(i + 1, i + length):
                        out[j] = found[1]
                    end = i + length
                    break
        return out


class FeatureExtractor:
    """Turns token sequences into crfsuite feature lists; cache grows with the vocabulary."""

    def __init__(
        self,
        clusters: Mapping[str, str] | None = None,
        gazetteer: Gazetteer | None = None,
        lexicon: Mapping[str, Sequence[str]] | None = None,
        max_cache: int = 300_000,
        known: frozenset[str] | None = None,
        phrases: PhraseGazetteer | None = None,
        triggers: Mapping[str, Sequence[str]] | None = None,
        train_phrases: Mapping[tuple[str, ...], Sequence[str]] | None = None,
        freq_rank: bool = False,
        trigger_conj: bool = False,
        topics: Mapping[str, Sequence[str]] | None = None,
        topic_share: float = TOPIC_SHARE,
        names: Mapping[str, Sequence[str]] | None = None,
        places: Mapping[tuple[str, ...], Sequence[str]] | None = None,
        place_nisba: bool = False,
    ) -> None:
        # ``known``: the attributes a trained model has weights for. Dropping the rest before
        # they reach crfsuite roughly halves tagging time and cannot change any score.
        self.known = known
        self.clusters: Mapping[str, str] = clusters or {}
        self.lexicon: Mapping[str, Sequence[str]] = lexicon or {}
        self.gazetteer = gazetteer
        self.phrases = phrases
        self.triggers: Mapping[str, Sequence[str]] = triggers or {}
        self.train_phrases = train_phrases
        # Frequency-rank bucket of the word in the unlabeled news (the cluster file is sorted
        # most frequent first): names are rarer than function words and common nouns.
        self.freq_rank = freq_rank
        self.trigger_conj = trigger_conj
        # Document topics (sport, economy...) from cue words: ``topics`` maps a cue key to
        # its topics; a document takes a topic when cues are >= ``topic_share`` of its tokens.
        self.topics: Mapping[str, Sequence[str]] = topics or {}
        self.topic_share = topic_share
        # Person-name lexicon (scripts/build_person_names.py): key → ("given:3", ...), the
        # role a word has in people's names and how common it is there.
        self.names: Mapping[str, Sequence[str]] = names or {}
        self._rank = {w: i for i, w in enumerate(self.clusters)} if freq_rank else {}
        self._matchers: list[PhraseMatcher] = []
        if phrases is not None and phrases.phrases:
            self._matchers.append(PhraseMatcher(phrases.phrases, "gm"))
        if train_phrases:
            self._matchers.append(PhraseMatcher(train_phrases, "tm"))
        # World cities (scripts/build_world_places.py): longest match, population strength.
        self.places = places
        if places:
            self._matchers.append(PhraseMatcher(places, "wp"))
        # One-word places (world cities, KB places) whose relative adjectives are a feature.
        self.place_nisba = place_nisba
        self._place_keys: frozenset[str] = frozenset()
        if place_nisba:
            self._place_keys = frozenset(
                keys[0] for keys in (places or {}) if len(keys) == 1
            ) | frozenset(
                keys[0]
                for keys, types in (phrases.phrases if phrases is not None else {}).items()
                if len(keys) == 1 and "LOC" in types
            )
        self._cache: dict[str, WordFeats] = {}
        self._gm_cache: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
        self._max_cache = max_cache
        self._pair_lefts = _bigram_lefts(known)
        self._attributes = _WordAttributes.build(known)

    def restrict_to(self, known: frozenset[str] | None) -> None:
        """Only emit attributes in ``known`` (a model's attribute set); resets the cache."""
        self.known = known
        self._pair_lefts = _bigram_lefts(known)
        self._attributes = _WordAttributes.build(known)
        self._cache.clear()
        self._gm_cache.clear()

    def describe(self) -> dict[str, object]:
        """What the features are made of, recorded in the model metadata."""
        return {
            "version": FEATURE_VERSION,
            "window": WINDOW,
            "word": ["normalised", "prefix1-4", "suffix1-4", "shape", "length"],
            "clitics": ["stem", "proclitic string", "has_article", "enclitic", "stem affixes"],
            "context": "words, stems, cluster prefixes at ±1/±2; word and stem bigrams",
            "clusters": bool(self.clusters),
            "cluster_prefixes": list(CLUSTER_PREFIXES),
            "gazetteer": self.gazetteer is not None,
            "kb_phrases": self.phrases is not None,
            "kb_phrase_feats": "longest KB-name match BIO+type at 0/±1, KB first and last "
            "name of multi-word person names, nisba",
            "train_phrases": bool(self.train_phrases),
            "freq_rank": self.freq_rank,
            "trigger_conj": self.trigger_conj,  # trigger class at -1 × the word's cluster
            "triggers": bool(self.triggers),
            "trigger_feats": "trigger class (ORG/LOC/PER) of the word and of words at ±1/±2",
            "train_lexicon": bool(self.lexicon),
            "person_names": bool(self.names),
            "person_name_feats": "role (given/surname/name) and count bucket of the word in "
            "the person-name lexicon; roles of words at ±1",
            "world_places": bool(self.places),
            "world_place_feats": "longest world-city name match BIO+population strength at 0/±1",
            "place_nisba": self.place_nisba,
            "place_nisba_feats": "the word is a relative adjective of a one-word world city or "
            "KB place (تطواني ← تطوان), at 0/±1",
            "topics": bool(self.topics),
            "topic_share": self.topic_share,
            "topic_feats": "document topic, alone and × the word's gazetteer/lexicon/trigger "
            "classes, cluster prefix and the trigger class at -1",
        }

    def _word(self, tok: str) -> WordFeats:
        wf = self._cache.get(tok)
        if wf is not None:
            return wf
        n = normalize(tok).lower() or tok
        seg = split_clitics(tok)
        stem = normalize(seg.stem).lower() or n
        pro = "+".join(seg.proclitics)
        key = cluster_key(tok)
        path = self.clusters.get(key) or self.clusters.get(n, "")
        lex = self.lexicon.get(key, ())
        # Candidate attributes in a fixed order, None where the model lacks one (dropped last).
        at = self._attributes
        own: list[str | None] = [
            at.bias, at.word(n), at.stem(stem), at.proclitics(pro), at.length(str(min(len(n), 10)))
        ]
        if seg.has_article:
            own.append(at.article)
        if seg.enclitics:
            own.append(at.enclitic(seg.enclitics[0]))
        stem_affixes = stem != n
        for k, prefix, suffix, stem_prefix, stem_suffix in at.affixes:
            if len(n) > k:
                own.append(prefix(n[:k]))
                own.append(suffix(n[-k:]))
            if stem_affixes and len(stem) > k and k > 1:
                own.append(stem_prefix(stem[:k]))
                own.append(stem_suffix(stem[-k:]))
        own.extend(map(at.known.keep, _shape(tok)))
        if self.freq_rank:
            rank = self._rank.get(key)
            own.append(at.frequency(str((rank + 1).bit_length()) if rank is not None else "-"))
        if self.clusters:
            if path:
                own.extend(cluster(path[:p]) for p, cluster in at.clusters)
            else:
                own.append(at.cluster("none"))
        gz = tuple(self.gazetteer(key)) if self.gazetteer is not None else ()
        # Most words have no gazetteer, lexicon, trigger or name classes: the empty ones are
        # skipped rather than extended by empty generators (a fifth of the cost of a type).
        if gz:
            own.extend(map(at.gazetteer, gz))
        if lex:
            own.extend(map(at.lexicon, lex))
        elif self.lexicon:
            own.append(at.lexicon("none"))
        trg = tuple(self.triggers.get(key, ()))
        if trg:
            own.extend(map(at.trigger, trg))
        pn = tuple(self.names.get(key, ()))
        # The roles a word has in names ("given" of "given:3"), each once.
        roles: tuple[str, ...] = ()
        if pn:
            own.extend(map(at.person_name, pn))
            roles = tuple(dict.fromkeys(v.partition(":")[0] for v in pn))
            own.extend(map(at.person_name, roles))
        fn = nis = ln = False
        if self.phrases is not None:
            fn = key in self.phrases.first_names
            nis = key in self.phrases.nisba
            ln = key in self.phrases.last_names
        # Country adjectives are already ``nis``; this is for the cities' («الفاسي»).
        pnis = self.place_nisba and not nis and is_place_nisba(key, self._place_keys)
        if pnis:
            own.append(at.place_nisba)
        if fn:
            own.append(at.first_name)
        if ln:
            own.append(at.last_name)
        if nis:
            own.append(at.nisba)
        cl = path[:5] if path else "-"
        ctx: dict[int, tuple[str, ...]] = {}
        for lent in at.offsets:
            feats = [lent.word(n), lent.stem(stem), lent.cluster(cl)]
            if trg:
                feats.extend(map(lent.trigger, trg))
            if lent.near:
                if fn:
                    feats.append(lent.first_name)
                if ln:
                    feats.append(lent.last_name)
                if nis:
                    feats.append(lent.nisba)
                if pnis:
                    feats.append(lent.place_nisba)
                feats.append(lent.proclitics(pro))
                feats.append(lent.suffix3(n[-3:]))
                if path:
                    feats.append(lent.full_cluster(path))
                if lex:
                    feats.extend(map(lent.lexicon, lex))
                if gz:
                    feats.extend(map(lent.gazetteer, gz))
                if roles:
                    feats.extend(at.person_name(r + lent.role_suffix) for r in roles)
            elif lex:  # the lexicon classes without their count ("ORG:3" → "ORG"), each once
                feats.extend(map(lent.lexicon, dict.fromkeys(v[:-2] for v in lex)))
            ctx[lent.offset] = tuple([f for f in feats if f is not None])
        cls = (
            (*("gz=" + v for v in gz), *("lx=" + v for v in lex), *("tr=" + v for v in trg))
            if gz or lex or trg else ()
        )
        lefts = self._pair_lefts
        pair_left = (
            lefts is None or n in lefts[0] or stem in lefts[1] or (self.trigger_conj and bool(trg))
        )
        kept = tuple([f for f in own if f is not None])
        wf = WordFeats(kept, ctx, n, stem, cl, key, trg, cls, pair_left)
        if len(self._cache) < self._max_cache:
            self._cache[tok] = wf
        return wf

    def _gm_variants(self, base: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        """Phrase-match features as seen at the token, its right and left neighbour (cached)."""
        got = self._gm_cache.get(base)
        if got is None:
            known = self.known
            got = tuple(
                tuple(f for f in (b + sfx for b in base) if known is None or f in known)
                for sfx in ("", "-1", "+1")
            )
            self._gm_cache[base] = got
        return got

    def keys(self, tokens: Sequence[str]) -> list[str]:
        """The cluster key (clitic-stripped normal form) of every token (from the cache)."""
        return [self._word(t).key for t in tokens]

    def doc_topics(self, sentences: Sequence[Sequence[str]]) -> tuple[str, ...]:
        """Topics of a document (all its sentences): those whose cue words make up at least
        ``topic_share`` of its tokens, and at least :data:`TOPIC_MIN_CUES` of them."""
        if not self.topics:
            return ()
        counts: dict[str, int] = {}
        total = 0
        for tokens in sentences:
            total += len(tokens)
            for tok in tokens:
                for topic in self.topics.get(self._word(tok).key, ()):
                    counts[topic] = counts.get(topic, 0) + 1
        need = max(TOPIC_MIN_CUES, self.topic_share * total)
        return tuple(sorted(t for t, c in counts.items() if c >= need))

    def sentence(self, tokens: Sequence[str], topics: Sequence[str] = ()) -> list[list[str]]:
        """Feature lists for every token of one sentence (``topics``: of its document)."""
        return self.sentence_keys(tokens, topics)[0]

    def sentence_keys(
        self, tokens: Sequence[str], topics: Sequence[str] = ()
    ) -> tuple[list[list[str]], list[str]]:
        """(:meth:`sentence`, :meth:`keys`) in one go."""
        words, extras = self.sentence_parts(tokens, topics)
        return self.assemble(words, extras), [w.key for w in words]

    @staticmethod
    def assemble(words: Sequence[WordFeats], extras: Sequence[list[str]]) -> list[list[str]]:
        """crfsuite's attribute lists from :meth:`sentence_parts`: each token's own word-type
        attributes, those its neighbours at ±1/±2 lend it, and its per-token extras."""
        n = len(words)
        out: list[list[str]] = []
        for i, wf in enumerate(words):
            feats = list(wf.own)
            if i > 0:
                feats.extend(words[i - 1].ctx[-1])
                if i > 1:
                    feats.extend(words[i - 2].ctx[-2])
            if i + 1 < n:
                feats.extend(words[i + 1].ctx[1])
                if i + 2 < n:
                    feats.extend(words[i + 2].ctx[2])
            feats.extend(extras[i])
            out.append(feats)
        return out

    def sentence_parts(
        self, tokens: Sequence[str], topics: Sequence[str] = (), neighbours: bool = True
    ) -> tuple[list[WordFeats], list[list[str]]]:
        """The two kinds of features of a sentence: per word type (a token's ``own`` and the
        ``ctx`` it lends the words at ±1/±2, cached) and per token the rest, which depends on
        the sentence (phrase matches, topic conjunctions and, with ``neighbours``, the
        :meth:`bigram` and :meth:`trigram` attributes and sentence bounds).

        Why split: the fast decoder scores the per-word-type part once per word type, and
        the bigram and trigram attributes once per word pair and cluster triple.
        """
        words = [self._word(t) for t in tokens]
        n = len(words)
        gm: list[tuple[str, ...]] | None = None
        if self._matchers:
            keys = [w.key for w in words]
            gm = self._matchers[0].match(keys)
            for m in self._matchers[1:]:
                gm = [a + b for a, b in zip(gm, m.match(keys), strict=True)]
        extras: list[list[str]] = []
        for i, wf in enumerate(words):
            feats: list[str] = []
            if gm is not None:
                if gm[i]:
                    feats.extend(self._gm_variants(gm[i])[0])
                if i > 0 and gm[i - 1]:
                    feats.extend(self._gm_variants(gm[i - 1])[1])
                if i + 1 < n and gm[i + 1]:
                    feats.extend(self._gm_variants(gm[i + 1])[2])
            prev = words[i - 1] if i > 0 else None
            if neighbours:
                nxt = words[i + 1] if i + 1 < n else None
                feats.extend(self.bigram(prev, wf)[1])
                feats.extend(self.bigram(wf, nxt)[0])
                feats.append(self.trigram(prev, wf, nxt))
            for topic in topics:
                feats.append(f"T={topic}")
                feats.extend(f"T={topic}|{c}" for c in wf.cls)
                if prev is not None:
                    feats.extend(f"T={topic}|tr-1={t}" for t in prev.trg)
            extras.append(feats)
        return words, extras

    def bigram(
        self, left: WordFeats | None, right: WordFeats | None
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Attributes of two adjacent words (None: beyond the sentence's start or end), as
        (those of the left word, those of the right word). Not filtered by ``known``: both
        decoders ignore attributes a model lacks."""
        if left is None:
            assert right is not None
            return (), ("BOS", f"w-1|w=<s>|{right.norm}", f"st-1|st=<s>|{right.stem}")
        if right is None:
            return ("EOS", f"w|w+1={left.norm}|</s>"), ()
        mine: tuple[str, ...] = (
            f"w-1|w={left.norm}|{right.norm}",
            f"st-1|st={left.stem}|{right.stem}",
        )
        if self.trigger_conj and left.trg:
            mine += tuple(f"tr-1|c={t}|{right.cl}" for t in left.trg)
        return (f"w|w+1={left.norm}|{right.norm}",), mine

    @staticmethod
    def trigram(prev: WordFeats | None, word: WordFeats, nxt: WordFeats | None) -> str:
        """The cluster trigram attribute of ``word``."""
        return f"{_TRIGRAM}{prev.cl if prev else '^'}|{word.cl}|{nxt.cl if nxt else '$'}"

    @staticmethod
    def trigram_key(attribute: str) -> tuple[str | None, str, str | None] | None:
        """The inverse of :meth:`trigram`: the (previous, own, next) cluster prefixes, None
        beyond the sentence, of a trigram attribute; None for any other attribute."""
        if not attribute.startswith(_TRIGRAM):
            return None
        parts = attribute[len(_TRIGRAM):].split("|")
        if len(parts) != 3:
            return None
        prev, own, nxt = parts
        return (None if prev == "^" else prev, own, None if nxt == "$" else nxt)
