"""Event coding: the seed's expected events, guards, gold floors and the whole shared corpus."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

import marsad
from conftest import load_script
from marsad.arabic.normalize import normalize
from marsad.arabic.tokenize import tokenize
from marsad.events import code_events
from marsad.events.roles import _clitic_place_noun
from marsad.extractors.times import extract_times
from marsad.model import EVENT_STATUSES, Article
from marsad.stages import events as events_stage

ROOT = Path(__file__).resolve().parents[1]
EVENTS_DATA = ROOT.parent / "shared" / "data" / "events"


def _with_events(article: Article) -> Article:
    """Run the upstream stages this one uses if core.py does not wire them yet."""
    if not article.entities:
        from marsad.stages import entities
        article = entities.run(article)
    return events_stage.run(article)


@pytest.fixture(scope="module")
def seed(seed_bytes: bytes) -> Article:
    return _with_events(marsad.extract(seed_bytes))


def _find(article: Article, needle: str, type_: str) -> list:
    pos = article.text.index(needle)
    return [e for e in article.events
            if e.type == type_ and pos <= e.trigger.start < pos + len(needle)]


def _roles_or_skip(article: Article) -> None:
    if not article.entities:
        pytest.skip("entities stage produced nothing: role assertions need linked entities")


def test_seed_first_strikes_aerial(seed: Article) -> None:
    [ev] = _find(seed, "بدأ التحالف الدولي ضد داعش بأولى ضرباته في سوريا", "ASSAULT")
    assert ev.mode == "aerial" and ev.trigger.text == "ضرباته"
    _roles_or_skip(seed)
    assert ev.actor == "org:global-coalition-against-daesh"
    assert ev.location == "gpe:syria"


def test_seed_baghouz_defeat(seed: Article) -> None:
    # Choice: PLOVER has no «defeat» type; a military defeat is coded ASSAULT, mode defeat.
    [ev] = _find(seed, "إعلان هزيمة التنظيم في آخر معاقله", "ASSAULT")
    assert ev.mode == "defeat"
    _roles_or_skip(seed)
    assert ev.location == "gpe:baghouz"


def test_seed_us_withdrawal_2018(seed: Article) -> None:
    [ev] = _find(seed, "قرار الولايات المتحدة عام 2018 سحب قواتها", "RETREAT")
    assert ev.mode == "withdrawal"
    _roles_or_skip(seed)
    assert ev.actor == "gpe:united-states"
    if seed.times:
        assert ev.time and ev.time.startswith("2018")


def test_seed_pentagon_oil_protection(seed: Article) -> None:
    [ev] = _find(seed, "لم تعد مسؤولة عن حماية النفط", "RETREAT")
    _roles_or_skip(seed)
    assert ev.actor == "org:us-department-of-defense"


def test_seed_clashes_with_coalition(seed: Article) -> None:
    [ev] = _find(seed, "جرت عدّة تصادمات بين تلك القوات مع قوات التحالف الدولي", "ASSAULT")
    assert ev.mode == "clash"
    _roles_or_skip(seed)
    # «تلك القوات» points back to the Russian and Iranian forces of the previous clause; roles
    # do not cross a clause break, so the actor is left empty rather than guessed.
    assert ev.actor in (None, "gpe:iran", "gpe:russia")
    assert ev.target == "org:global-coalition-against-daesh"
    assert ev.status == "background"  # «خلال العام الفائت»: earlier than the interview


def test_seed_guards_and_offsets(seed: Article) -> None:
    for ev in seed.events:
        assert seed.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
        assert ev.start <= ev.trigger.start < ev.trigger.end <= ev.end
        assert 0.0 < ev.confidence <= 1.0
    # «ماذا لو هاجمت» is hypothetical, «ومنع أي تصادم» is prevented, «اقرأ أيضاً» is removed.
    [what_if] = _find(seed, "ماذا لو هاجمت", "ASSAULT")
    assert what_if.status == "hypothetical" and what_if.status_cue == "ماذا"
    [prevented] = _find(seed, "ومنع أي تصادم", "ASSAULT")
    assert prevented.status == "negated"
    assert "اقرأ أيضاً" not in seed.text
    assert not any("العيساوي" in seed.text[e.start:e.end] for e in seed.events)


def test_seed_statuses(seed: Article) -> None:
    """The interview reports no new attack: every ASSAULT is background, planned or imagined."""
    assert all(ev.status in EVENT_STATUSES for ev in seed.events)
    assert not [ev for ev in seed.events if ev.type == "ASSAULT" and ev.status == "new"]
    [strikes] = _find(seed, "بأولى ضرباته في سوريا عام 2014", "ASSAULT")
    assert strikes.status == "background" and strikes.status_cue == "عام 2014"
    _roles_or_skip(seed)
    assert not [ev for ev in seed.events if ev.type == "ASSAULT" and ev.actor == "gpe:iraq"]
    assert not [ev for ev in seed.events if ev.type == "RETREAT" and ev.actor == "org:isis"]
    # «لم تعد مسؤولة» is the Pentagon's withdrawal from guarding oil, with no army as target.
    [oil] = _find(seed, "لم تعد مسؤولة عن حماية النفط", "RETREAT")
    assert oil.target is None


def test_works_without_upstream_stages() -> None:
    text = "قصفت الطائرات مواقع المسلحين أمس. لم يهاجم الجيش القرية."
    evs = code_events(text, sentences=[(0, 33), (34, len(text))])
    assert [(e.type, e.mode, e.trigger.text, e.status) for e in evs] == [
        ("ASSAULT", "shelling", "قصفت", "new"), ("ASSAULT", "attack", "يهاجم", "negated")]
    assert evs[0].actor is None


def test_roles_read_only_the_sentences_with_triggers(shared_articles: list[dict]) -> None:
    """Mentions are analysed only inside sentences that have a trigger (a speed-up): the refs
    kept there must be exactly the full analysis restricted to those sentences."""
    from marsad.events.roles import mention_refs
    for row in shared_articles[:30]:
        article = marsad.extract(row["text"], published=row.get("published"))
        words = [normalize(t.text) for t in article.tokens]
        within = sorted({(e.start, e.end) for e in article.events})
        full = mention_refs(article.entities, article.tokens, words)
        inside = [r for r in full if any(lo <= r.start and r.end <= hi for lo, hi in within)]
        assert mention_refs(article.entities, article.tokens, words, within=within) == inside


def test_pipeline_tokens_are_the_coders_own(seed: Article) -> None:
    """The ``tokenise`` stage's tokens give the same events as the coder tokenising itself."""
    sentences = [(s.start, s.end) for s in seed.sentences]
    kwargs = {"sentences": sentences, "entities": seed.entities, "times": seed.times,
              "quantities": seed.quantities, "statements": seed.statements,
              "published": seed.published}
    assert seed.tokens == tokenize(seed.text)
    assert code_events(seed.text, tokens=seed.tokens, **kwargs) == code_events(seed.text, **kwargs)


@pytest.mark.parametrize(("text", "status", "cue"), [
    ("وقال إن المسلحين سيهاجمون القرية.", "planned", "سيهاجمون"),
    ("وتهدد الجماعة بشن هجمات جديدة على المدينة.", "planned", "تهدد"),
    ("هل هاجم الجيش القرية؟", "hypothetical", "هل"),
    ("ودعا إلى الهدوء بعد اغتيال رئيس البلدية.", "background", "بعد"),
    ("ونفت الحكومة قصف المستشفى.", "negated", "ونفت"),
    # Letters are not a future prefix: «سيارة» is a car, the explosion happened.
    ("وانفجرت سيارة مفخخة أمس قرب مقر الشرطة مما أدى إلى مقتل 5 أشخاص.", "new", None),
])
def test_status_cues(text: str, status: str, cue: str | None) -> None:
    [ev] = [e for e in code_events(text) if e.type == "ASSAULT"]
    assert (ev.status, ev.status_cue) == (status, cue)


def test_time_against_publication_date() -> None:
    text = "وقتل 7 أشخاص في هجوم على سوق المدينة في 3 مارس 2015."
    times = extract_times(text, date(2021, 6, 1))
    [old] = [e for e in code_events(text, times=times, published=date(2021, 6, 1))
             if e.type == "ASSAULT"]
    assert old.status == "background" and old.time == "2015-03-03"
    assert old.time_precision == "day"
    times = extract_times(text, date(2015, 3, 4))
    [fresh] = [e for e in code_events(text, times=times, published=date(2015, 3, 4))
               if e.type == "ASSAULT"]
    assert fresh.status == "new"


def test_fatalities_from_digits_fallback() -> None:
    text = "وقتل 12 شخصا في هجوم انتحاري أمس."
    evs = [e for e in code_events(text) if e.type == "ASSAULT"]
    assert evs and all(e.fatalities == 12 for e in evs)


def test_tolls_are_tied_to_their_words() -> None:
    """«مقتل 6 أشخاص وإصابة 15 آخرين»: dead and wounded apart; a distance is no toll."""
    text = ("وفي الموصل (370 كلم شمال بغداد) أعلن الجيش مقتل 6 أشخاص وإصابة 15 آخرين "
            "في هجوم انتحاري أمس.")
    article = marsad.extract(text)
    [ev] = [e for e in article.events if e.type == "ASSAULT"]
    assert (ev.fatalities, ev.injured) == (6, 15)
    assert {c.kind: c.value for c in ev.counts} == {"fatalities": 6, "injured": 15}
    for count in ev.counts:
        assert article.text[count.start:count.end] == count.text


def test_one_incident_one_event() -> None:
    """A definite «الهجوم» refers back to the attack of the sentence before: one event."""
    text = ("قتل 5 أشخاص في هجوم انتحاري أمس في بغداد. "
            "وقال مسؤول إن الهجوم استهدف نقطة تفتيش للشرطة.")
    evs = [e for e in code_events(text, sentences=[(0, 41), (42, len(text))])
           if e.type == "ASSAULT"]
    assert len(evs) == 1
    assert [t.text for t in evs[0].triggers][-1] == "الهجوم"
    assert evs[0].triggers[0].start < evs[0].triggers[-1].start


def _evaluator() -> ModuleType:
    return load_script("evaluate_events")


def test_gold_set_composition() -> None:
    """>= 150 gold sentences carry types other than ASSAULT/PROTEST (docs/events.md)."""
    rows = [json.loads(line) for line in
            (ROOT / "tests" / "gold" / "events.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    other = [r for r in rows if set(r["types"]) - {"ASSAULT", "PROTEST"}]
    assert len(rows) >= 430
    assert len(other) >= 150
    assert sum(1 for r in rows if not r["types"]) >= 100  # negatives: no event


def test_gold_floors() -> None:
    """Floors about 0.03 below the figures measured on the 438-sentence set (docs/events.md).

    Since statuses, a detection is a ``new`` event at or above the threshold or a
    ``background`` one (the gold counts passing references to real past events). Plan cues
    now take «تطالب ... بالالتزام باتفاق» as planned, which costs AGREE a few true sentences.
    """
    result = _evaluator().gold_eval()
    assert result["sentences"] >= 430
    assert result["micro"]["f1"] >= 0.62  # measured 0.655
    assert result["ASSAULT"]["f1"] >= 0.75  # measured 0.782
    assert result["AGREE"]["f1"] >= 0.51  # measured 0.543
    assert result["REQUEST"]["f1"] >= 0.85  # measured 0.880
    assert result["PROTEST"]["f1"] >= 0.78  # measured 0.809
    assert result["ACCUSE"]["f1"] >= 0.75  # measured 0.780
    assert result["DEMAND"]["f1"] >= 0.67  # measured 0.703
    assert result["COERCE"]["f1"] >= 0.60  # measured 0.629


@pytest.mark.skipif(not EVENTS_DATA.exists(), reason="shared PLOVER gold data missing")
def test_plover_detection_in_sample() -> None:
    """The shipped status model, on the split it was trained on: a sanity check that it loads
    and separates (the honest, cross-validated figure is checked by the retraining test)."""
    ev = _evaluator()
    for kind in ("assault", "protest"):
        result = ev.detection(kind, kind.upper())
        assert result["in_sample"]["r"] >= 0.8 and result["in_sample"]["f1"] >= 0.85
        assert result["cv"]["undated"]["f1"]["mean"] > 0


@pytest.mark.slow
@pytest.mark.skipif(not EVENTS_DATA.exists(), reason="shared PLOVER gold data missing")
def test_train_events_reproduces_the_shipped_model(tmp_path: Path) -> None:
    """``marsad train-events`` rebuilds the shipped model (same features, thresholds and
    weights up to float noise), and its cross-validated F1 (yes vs easy no, status ``new``)
    clears the floors."""
    from marsad.events.classifier import MODEL_FILE
    from marsad.events.train import train_status_model
    from marsad.lexicon import data_path

    shipped = json.loads(gzip.decompress(data_path(MODEL_FILE).read_bytes()))
    grid = [(shipped["info"]["l2"], shipped["info"]["hard_negatives"])]
    out = tmp_path / "model.json.gz"
    report = train_status_model(EVENTS_DATA, out, folds=shipped["info"]["folds"], grid=grid)
    rebuilt = json.loads(gzip.decompress(out.read_bytes()))
    assert rebuilt["thresholds"] == shipped["thresholds"]
    assert rebuilt["weights"].keys() == shipped["weights"].keys()
    assert all(abs(rebuilt["weights"][f] - w) < 1e-3 for f, w in shipped["weights"].items())
    assert abs(rebuilt["bias"] - shipped["bias"]) < 1e-3
    cv = report["chosen"]["cv"]
    assert cv["ASSAULT"]["undated"]["f1"]["mean"] >= 0.72
    assert cv["PROTEST"]["undated"]["f1"]["mean"] >= 0.50


@pytest.mark.slow
def test_all_shared_articles(shared_articles: list[dict]) -> None:
    """Every event's trigger points at its text (time per article: benchmarks/bench_events.py)."""
    for row in shared_articles:
        article = marsad.extract(row["text"])
        article = events_stage.run(article)
        for ev in article.events:
            assert article.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text


def test_agent_phrase_is_the_actor() -> None:
    """«على يد» / «من قبل» name the agent of a passive or verbal noun, after the trigger."""
    article = marsad.extract("قتل ثلاثة مدنيين على يد تنظيم داعش في الرقة أمس.")
    [ev] = [e for e in article.events if e.type == "ASSAULT"]
    assert (ev.actor, ev.location, ev.fatalities) == ("org:isis", "gpe:raqqa", 3)


@pytest.mark.parametrize("text, source", [
    ("قالت الجمعية الطبية السورية الأميركية إن 70 شخصا قتلوا في دوما أمس.", "org:sams"),
    ("وثق المرصد السوري لحقوق الإنسان مقتل 6 مقاتلين في دير الزور.", "org:sohr"),
    ("وأعلنت وزارة الصحة السورية مقتل 5 مدنيين في قصف على دمشق.", "org:syrian-health-ministry"),
])
def test_reporting_body_is_no_party(text: str, source: str) -> None:
    """A body that reports violence (KB category ngo, media, international_org, or a
    government body whose name says it counts the dead: a ministry of health) is neither actor
    nor target when it is the report's source: the medical
    society that reported the Douma deaths is not their killer."""
    article = marsad.extract(text)
    assert source in {e.id for e in article.entities}
    events = [e for e in article.events if e.type == "ASSAULT"]
    assert events
    assert all(source not in (ev.actor, ev.target) for ev in events)


def test_armed_speaker_stays_the_actor() -> None:
    """The reporting-body rule reads the KB category: an army that says it killed is the actor."""
    article = marsad.extract("قال الجيش العراقي إنه قتل 20 مسلحا في الأنبار.")
    [ev] = [e for e in article.events if e.type == "ASSAULT"]
    assert ev.actor == "org:iraqi-army"


def test_no_actor_is_sought_behind_the_source() -> None:
    """With the reporting agency out of the actor slot, the place before it is no actor."""
    article = marsad.extract("وفي إزمير، قالت وكالة فرانس برس إن مسلحين قتلوا ثلاثة أشخاص.")
    [ev] = [e for e in article.events if e.type == "ASSAULT"]
    assert ev.actor is None and ev.location == "gpe:izmir"


def test_speaker_of_an_accusation_stays_its_actor() -> None:
    """Only violent modes keep the reporting body out: who accuses is the accuser."""
    article = marsad.extract("واتهمت الحكومة السورية الولايات المتحدة بدعم الإرهاب في المنطقة.")
    [ev] = [e for e in article.events if e.type == "ACCUSE"]
    assert ev.actor == "org:syrian-government"


@pytest.mark.parametrize("text, actor, kind", [
    ("أعلنت وزارة الداخلية العراقية اعتقال 12 مسلحا في بغداد.",
     "org:iraqi-interior-ministry", "COERCE"),
    ("قالت وزارة الدفاع الروسية إن طائراتها قتلت 30 مسلحا في إدلب.",
     "org:russian-ministry-of-defence", "ASSAULT"),
])
def test_ministry_announcing_its_own_operation_stays_its_actor(
        text: str, actor: str, kind: str) -> None:
    """Only a government body that counts the dead («الصحة») reports: a ministry of the
    interior or defence announcing its own arrest or strike carries it out."""
    [ev] = [e for e in marsad.extract(text).events if e.type == kind]
    assert ev.actor == actor


@pytest.mark.parametrize("text, actor, target", [
    # a verb agreeing with a plural subject had it before: the name after it is the object
    ("وقالت مصادر أمنية إن مسلحين هاجموا الجيش العراقي في الأنبار.", None, "org:iraqi-army"),
    # the reporter of a toll is not its actor, nor the actor of what caused it
    ("من جهته، أعلن الجيش الأميركي مقتل أحد جنوده في انفجار قنبلة قرب بعقوبة.", None, None),
    # a reported clause: the army that says it is not the killer
    ("وقال الجيش العراقي إن مسلحين قتلوا خمسة مدنيين في الأنبار.", None, None),
])
def test_roles_of_reported_violence(text: str, actor: str | None, target: str | None) -> None:
    """Actor and target read from PLOVER's annotated spans (``evaluate_events.py --roles``):
    the reporter of violence, and the object of a plural verb, are not the actor."""
    events = [e for e in marsad.extract(text).events if e.type == "ASSAULT"]
    assert [(ev.actor, ev.target) for ev in events] == [(actor, target)]


@pytest.mark.parametrize("text", [
    "قتل ثلاثة عراقيين بانفجار سيارة مفخخة وسط سوق في حي الحسينية شمال بغداد.",
    # «وسط» begins with «و» but is no «و» + «سط»
    "اعلنت مصادر امنية مقتل اربعة اشخاص في انفجار سيارة مفخخة وسط بغداد أمس.",
])
def test_a_place_after_a_direction_is_where_not_whom(text: str) -> None:
    """«وسط بغداد» with no preposition before it is a locative phrase: never the target."""
    events = [e for e in marsad.extract(text).events if e.type == "ASSAULT"]
    assert events and all(ev.target != "gpe:baghdad" for ev in events)


def test_the_reporters_own_forces_keep_it_the_actor() -> None:
    """A possessive force noun in the reported clause («جنوده», «طائراتها») points back to the
    reporter, who is then the doer."""
    own = marsad.extract("وقال الجيش العراقي إن جنوده قتلوا خمسة مسلحين في الأنبار.")
    assert [e.actor for e in own.events if e.type == "ASSAULT"] == ["org:iraqi-army"]


@pytest.mark.parametrize("text, victim", [
    ("* 12 ديسمبر(كانون الأول) 2005: اغتيال الصحافي والنائب جبران تويني بتفجير سيارة مفخخة "
     "بموكبه قبل اقل من 24 ساعة على عودته الى لبنان.", "جبران تويني"),
    ("كما هاجم مفجرون انتحاريون سياسيين بينهم زعيمة المعارضة بي نظير بوتو التي اغتيلت في "
     "هجوم بالأسلحة والقنابل يوم 27 ديسمبر الماضي.", "بوتو"),
])
def test_one_party_is_not_both_sides_of_an_incident(text: str, victim: str) -> None:
    """Two mentions of one incident («اغتيال X» … «بتفجير») must not make the victim its own
    attacker: the first mention's role stands (PLOVER sentences)."""
    article = marsad.extract(text)
    [ev] = [e for e in article.events if e.type == "ASSAULT"]
    [target] = [e for e in article.entities if e.id == ev.target]
    assert victim in target.name_ar and ev.actor is None


@pytest.mark.parametrize("text, actor, target", [
    # a person right after «قتل» is its victim (the passive «قُتل» or the verbal noun «قتل»)
    ("قتل شريف إسماعيل، العميد في القوات الخاصة العراقية، في هجوم.", None, "per:sherif-ismail"),
    ("أريد أن أحاول قتل تيريزا ماي.", None, "per:theresa-may"),
    # a count or partitive before the name: the victims
    ("وفي جلولاء التابعة لمحافظة ديالى قتل احد افراد البيشمركة واصيب 10 آخرون بجروح.",
     None, "org:peshmerga"),
    # an organisation right after it stays the subject
    ("قتل الجيش الإسرائيلي ثلاثة فلسطينيين في غزة.", "org:israel-defense-forces", None),
    ("واعتقل صالح مسلم في العاصمة التشيكية براغ بطلب من الحكومة التركية.",
     None, "per:salih-muslim"),
])
def test_a_bare_killing_form_reads_its_victim(text: str, actor: str | None,
                                              target: str | None) -> None:
    """«قتل/اعتقل» unvocalised are active, passive and verbal noun at once (event_roles v4)."""
    [ev] = [e for e in marsad.extract(text).events if e.mode in ("killing", "arrest")]
    assert ev.actor == actor
    if target is not None:
        assert ev.target == target


@pytest.mark.parametrize("text, place", [
    ("بلغت حصيلة القصف الجوي والصاروخي الذي تشنه القوات السورية والروسية على درعا جنوب سوريا، "
     "60 مدنيا.", "gpe:daraa"),
    ("وكان التنظيم المتطرف خطف 36 شخصا خلال هجوم دام شنه على السويداء جنوب سوريا في 25 يوليو.",
     "gpe:as-suwayda"),
])
def test_a_direction_after_a_town_situates_the_town(text: str, place: str) -> None:
    """«على درعا جنوب سوريا»: the state after the direction only says where the town lies, so
    the town, not Syria, is where the event happened (a state before the direction is no town:
    «بين الولايات المتحدة وروسيا … شرقي سوريا» keeps Syria)."""
    article = marsad.extract(text)
    if place not in {e.id for e in article.entities}:
        pytest.skip(f"{place} not linked")
    events = [e for e in article.events if e.type == "ASSAULT"]
    assert events and all(ev.location == place for ev in events)


@pytest.mark.parametrize("text, place", [
    # a nisba adjective between the place noun and the name (PLOVER protest: London)
    ("وسير المئات من ابناء دارفور مظاهرة في العاصمة البريطانية لندن امس.", "gpe:london"),
    # a square, a street: place nouns before the name
    ("وتظاهر الآلاف في ميدان التحرير بالقاهرة احتجاجا على القرار.", None),
    # the place noun carries its preposition as a clitic (event_roles v6)
    ("وتظاهر المئات بالعاصمة البلجيكية بروكسل احتجاجا على القرار.", "gpe:brussels"),
])
def test_a_place_behind_a_place_noun_is_where_not_whom(text: str, place: str | None) -> None:
    """«في العاصمة البريطانية لندن», «في ميدان …»: the name a place noun governs, through a nisba
    adjective too, is where the event happened, never its target (event_roles v5)."""
    article = marsad.extract(text)
    places = {e.id for e in article.entities if e.type in ("GPE", "LOC", "FAC")}
    [ev] = [e for e in article.events if e.type == "PROTEST"][:1]
    assert ev.target not in places
    if place is not None:
        if place not in places:
            pytest.skip(f"{place} not linked")
        assert ev.location == place


@pytest.mark.parametrize("word, reading", [
    ("ببلدة", ("ب", "بلده")), ("بالعاصمة", ("ب", "العاصمه")), ("لمدينة", ("ل", "مدينه")),
    # «لل»: the preposition's «ل» and the article's run together («الملاصقة للعاصمة بغداد»)
    ("للعاصمة", ("ل", "العاصمه")),
    ("بلدة", None), ("للقتال", None), ("بغداد", None),
])
def test_a_clitic_place_noun_has_one_reading(word: str, reading: tuple[str, str] | None) -> None:
    """The preposition before a name and the place noun before its adjective are read by one
    helper, so «للعاصمة» is «ل» + «العاصمة» for both (the preposition search once missed it)."""
    assert _clitic_place_noun(normalize(word)) == reading


def test_a_border_with_a_state_is_no_target() -> None:
    """«قرب الحدود مع باكستان»: «مع» after a border noun locates the state, it does not make it
    the target of the kidnapping (PLOVER assault, event_roles v5); «اشتبك … مع الشرطة» keeps
    its target."""
    article = marsad.extract("وقامت الجماعة بخطف تسعة جنود قرب الحدود مع باكستان.")
    [ev] = [e for e in article.events if e.type in ("ASSAULT", "COERCE")][:1]
    assert ev.target != "gpe:pakistan"
    clash = marsad.extract("واشتبك المتظاهرون مع الشرطة الباكستانية في كراتشي.")
    assert any(e.target is not None for e in clash.events)


@pytest.mark.parametrize("text, actor, not_target", [
    # the preposition of the first conjunct governs the second (no target across «بين … و»)
    ("وتستمر المعارك على الحدود بين قطاع غزة وإسرائيل منذ أسابيع.", None, "gpe:israel"),
    # «كل من X وY» is the subject, «من» no source; the other conjuncts are actors too
    ("طالبت كل من بريطانيا وفرنسا وألمانيا بإجراء تحقيق موثوق بشأن اختفاء الصحفي.",
     "gpe:united-kingdom", "gpe:germany"),
    ("وتقود الولايات المتحدة تحالفا يستهدف تنظيم الدولة الإسلامية في سوريا والعراق.", None,
     "gpe:iraq"),
])
def test_coordinated_mentions_share_their_role(text: str, actor: str | None,
                                               not_target: str) -> None:
    """«في سوريا والعراق», «بين غزة وإسرائيل», «كل من بريطانيا وفرنسا وألمانيا»: a mention joined
    by «و» to the one before it is governed by the same preposition and, after the actor, is
    another actor, never the target (event_roles v5)."""
    events = marsad.extract(text).events
    assert events
    assert all(ev.target != not_target for ev in events)
    if actor is not None:
        assert events[0].actor == actor
        assert all(ev.target not in ("gpe:france", "gpe:germany") for ev in events)
