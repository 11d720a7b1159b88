"""Attributed statements on the silver set, by construction.

Each line of ``tests/gold/statements.jsonl`` names a sentence of a shared article
(``article_id``, ``sentence_start``/``sentence_end``), the statements in it (``items``: cue,
speaker, content and optionally ``via`` offsets into the article text; a speaker offset may lie
before the sentence when a pronoun-dropped verb continues an earlier speaker) and, for the lines
chosen by regex over the corpus, the ``construction`` they test (lines without one are
``legacy``); an item may carry its own ``construction``, which wins over its line's (the
held-out set, ``tests/gold/statements_heldout.jsonl``, tags every item). An empty ``items`` list
is a sentence with no statement (a false cue). ``statements_heldout.jsonl`` was used to tune the
rules of the first pass and the silver and it together of the second; the second held-out set,
``tests/gold/statements_heldout2.jsonl`` (seed 2122, articles in neither other file), and the
third, ``tests/gold/statements_heldout3.jsonl`` (seed 2123, 15 whole articles, every statement an
analyst wants) and the fourth, ``tests/gold/statements_heldout4.jsonl`` (seed 2126, 15 whole
articles in no other statements gold file nor the keep/fix sample, labelled like the third, with
``via`` where an outlet relays), and the fifth, ``tests/gold/statements_heldout5.jsonl`` (seed
2127, 15 whole articles of 500–3,000 characters in no other statements gold file nor the 140
keep/fix articles, labelled like the fourth), are the ones no rule was written from. The sixth,
``tests/gold/statements_heldout6.jsonl`` (seed 2131: ``random.Random(2131).sample`` of 15 from
the sorted ids of articles of 500–3,000 characters in no other statements gold file, the
keep/fix sample included), was labelled by reading each whole article before the fifth pass
(recall 0.771, pipeline 0.795 then); it has a line for every non-blank sentence (``items``
empty where nothing is wanted), so ``false`` counts over whole articles, and where a verb and
its «قائلا» introduce one quotation («غرد X عبر حسابه، قائلا: …») the gold cue spans both.
The seventh, ``tests/gold/statements_heldout7.jsonl`` (seed 2141: ``random.Random(2141).sample``
of 15 from the sorted ids of articles of 500–3,000 characters in no other statements gold file,
the keep/fix sample included; sentences from ``marsad.stages.segment.split_sentences``), was
labelled the same way, by reading each whole article, before the seventh pass (recall 0.702,
pipeline 0.726 then). The eighth, ``tests/gold/statements_heldout8.jsonl`` (seed 2151:
``random.Random(2151).sample`` of 12 from the sorted ids of articles of 500–3,000 characters in
no other statements gold file, the keep/fix sample included; 78 statements), was labelled the
same way before the eighth pass (recall 0.718, pipeline 0.718 then). The ninth,
``tests/gold/statements_heldout9.jsonl`` (seed 2161: ``random.Random(2161).sample`` of 12 from
the sorted ids of articles of 500–3,000 characters in no other statements gold file, the
keep/fix sample included, with «وأضاف|وتابع|وأشار|وختم|وأردف|واستطرد» opening a paragraph, so
that pronoun-drop continuations are represented; 113 statements), was labelled the same way
before the ninth pass (recall 0.796, pipeline 0.832 then). The tenth,
``tests/gold/statements_heldout10.jsonl`` (seed 2171: ``random.Random(2171).sample`` of 12 from
the sorted ids of articles of 500–3,000 characters in no other statements gold file, the
keep/fix sample included, with no filter on their wording; 81 statements), was labelled the
same way before the tenth pass (recall 0.840, pipeline 0.840 then). The eleventh,
``tests/gold/statements_heldout11.jsonl`` (seed 2181: ``random.Random(2181).sample`` of 12 from
the sorted ids of articles of 500–3,000 characters in no other statements gold file, the
keep/fix sample included, with no filter on their wording; 83 statements), was labelled the
same way before the eleventh pass (recall 0.759, pipeline 0.759 then). The twelfth,
``tests/gold/statements_heldout12.jsonl`` (seed 2191: ``random.Random(2191).sample`` of 12 from
the sorted ids of articles of 500–3,000 characters in no other statements gold file, the
keep/fix sample included, with no filter on their wording; 61 statements, four of them press
reviews), was labelled the same way before the twelfth pass (recall 0.770, pipeline 0.787 then).
The thirteenth, ``tests/gold/statements_heldout13.jsonl`` (seed 2201:
``random.Random(2201).sample`` of 12 from the sorted ids of articles of 500–3,000 characters in
no other statements gold file, the keep/fix sample included, with no filter on their wording;
61 statements), was labelled the same way before the thirteenth pass (recall 0.787, pipeline
0.820 then). The fourteenth, ``tests/gold/statements_heldout14.jsonl`` (seed 2211:
``random.Random(2211).sample`` of 12 from the sorted ids of articles of 500–3,000 characters in
no other statements gold file, the keep/fix sample included, whose text has a reporting word
(قال، أكد، أضاف، صرح، أوضح، أعلن، ذكر، أشار، حذر، يقول، وفقا، بحسب، بيان); 87 statements), was
labelled the same way before the fourteenth pass (recall 0.701, pipeline 0.701 then; 0.816,
pipeline 0.839 after it). The fifteenth, ``tests/gold/statements_heldout15.jsonl`` (seed 2221:
``random.Random(2221).sample`` of 12 drawn exactly as the fourteenth, from the sorted ids of
articles of 500–3,000 characters in no other statements gold file, the keep/fix sample included,
whose text has a reporting word; 83 statements), was labelled the same way before the fifteenth
pass (recall 0.747, pipeline 0.747 then; 0.867, pipeline 0.867 after it). The sixteenth,
``tests/gold/statements_heldout16.jsonl`` (seed 2231: ``random.Random(2231).sample`` of 12 drawn
exactly as the fifteenth; 84 statements, one opinion column with none), was labelled the same way
before the sixteenth pass (recall 0.833, pipeline 0.845 then; 0.893, pipeline 0.905 after it).
The seventeenth, ``tests/gold/statements_heldout17.jsonl`` (seed 2241:
``random.Random(2241).sample`` of 12 drawn exactly as the sixteenth; 78 statements), was labelled
the same way before the seventeenth pass (recall 0.795, pipeline 0.795 then; 0.821, pipeline
0.821 after it). The eighteenth, ``tests/gold/statements_heldout18.jsonl`` (seed 2251:
``random.Random(2251).sample`` of 12 drawn exactly as the seventeenth; 76 statements), was
labelled the same way before the eighteenth pass (recall 0.816, pipeline 0.816 then; two relays
«نقلت X عن Y» then brought to the earlier sets' rule, Y the speaker and X the via: 0.842, pipeline
0.842 before and 0.868, pipeline 0.868 after it). The nineteenth,
``tests/gold/statements_heldout19.jsonl`` (seed 2261: ``random.Random(2261).sample`` of 12 drawn
exactly as the eighteenth; 71 statements), was labelled the same way before the nineteenth pass
(recall 0.761, pipeline 0.761 then; 0.958, pipeline 0.958 after it). The twentieth,
``tests/gold/statements_heldout20.jsonl`` (seed 2271: ``random.Random(2271).sample`` of 12 drawn
exactly as the nineteenth; 103 statements, five of them quotations in an opinion column attributed
only by a parenthesis after them), was labelled the same way before the twentieth pass (recall
0.621, pipeline 0.621 then; 0.825, pipeline 0.825 after it). The twenty-first,
``tests/gold/statements_heldout21.jsonl`` (seed 2281: ``random.Random(2281).sample`` of 12 drawn
exactly as the twentieth; 72 statements, one sports report with none), was labelled the same way
before the twenty-first pass (recall 0.847, pipeline 0.847 then; 0.958, pipeline 0.958 after it).
The twenty-second, ``tests/gold/statements_heldout22.jsonl`` (seed 2291:
``random.Random(2291).sample`` of 12 drawn exactly as the twenty-first; 98 statements, five of
them reports relayed inside another's content with the relaying source as ``via``), was labelled
the same way before the twenty-second pass (recall 0.816, pipeline 0.827 then; 0.898, pipeline
0.908 after it). The twenty-third, ``tests/gold/statements_heldout23.jsonl`` (seed 2301:
``random.Random(2301).sample`` of 12 drawn exactly as the twenty-second; 73 statements, one press
review), was labelled the same way before the twenty-third pass (recall 0.863, pipeline 0.863
then; 0.959 after it). Sets 24 to 32 (seeds 2311 to 2411, drawn the same way) are described
pass by pass in ``docs/extractors.md``. The thirty-third,
``tests/gold/statements_heldout33.jsonl`` (seed 2421: ``random.Random(2421).sample`` of 12 drawn
exactly as the twenty-third, from the sorted ids of articles of 500–3,000 characters in no other
statements gold file nor among the 140 keep/fix articles, whose text has a reporting word; 73
statements: vso 45, continuation 10, prep_source 6, participle 4, relative 3, relay 3, fronted
1, nominal 1; relays through an agency glossed in brackets or inside another's quoted content,
an unquoted «وتابع، …»; «للمزيد:» link lines and related headlines left out), was labelled by
reading each whole article, every offset checked against word boundaries by the labelling
script, before the thirty-third pass (recall 0.781, pipeline 0.795 then; 0.932, pipeline 0.932
after it). The thirty-fourth, ``tests/gold/statements_heldout34.jsonl`` (seed 2431:
``random.Random(2431).sample`` of 12 drawn exactly as the thirty-third, from a pool of 1,177; 98
statements: vso 47, continuation 16, participle 15, prep_source 8, fronted 4, nominal 2,
relative 2, relay 2, svo 2; a speech of the Syrian president with a comma set off by spaces
and a chain of pronoun-dropped verbs, a Security Council resolution that «يطلب», a jihadist's
trial already met in set 28 in another outlet's words, «وفق ما نقل البيت الأبيض» after the
sentence it sources), was labelled the same way before the thirty-fourth pass (recall 0.776,
pipeline 0.776 then; 0.857 after it). The thirty-fifth, ``tests/gold/statements_heldout35.jsonl``
(seed 2441: ``random.Random(2441).sample`` of 12 drawn exactly as the thirty-fourth, from a pool
of 1,165; 68 statements: vso 33, continuation 13, participle 6, prep_source 5, fronted 4, svo
3, nominal 2, relative 1, relay 1; tweets quoted after «وقال المغرد», a feature story whose
elders speak as «العم "…" يشير», «وجاء في صحيفة… عن مصدر من البنتاغون، بأن», a court ruling's
«حيثيات» as the source, a chant, «وطلب X من…» requests, a statement nested in another's content
with its relayer as ``via``), was labelled the same way before the thirty-fifth pass (recall
0.721, pipeline 0.721 then; 0.882, pipeline 0.868 after it). The thirty-sixth,
``tests/gold/statements_heldout36.jsonl`` (seed 2451: ``random.Random(2451).sample`` of 12 drawn
exactly as the thirty-fifth, from a pool of 1,153; 75 statements: vso 46, continuation 15,
prep_source 4, fronted 3, nominal 3, participle 2, relay 1, svo 1; «وعندما سئل X… قال: "…"»
and the «وتابع» after it, «وكان X قد وصف Y بأنه…», a coalition statement and the president's
letter it quotes after «فيما يلي نصه», «ونقلت صحيفة "هآرتس" عن سكان…», a report nested in a
newspaper's content, «رابط الخبر» lines of linked stories labelled none), was labelled the same
way before the thirty-sixth pass (recall 0.800, pipeline 0.787 then; 0.840 after it). The
thirty-seventh, ``tests/gold/statements_heldout37.jsonl`` (seed 2461: ``random.Random(2461).sample``
of 12 drawn exactly as the thirty-sixth, from a pool of 1,141; 88 statements: vso 53, participle
9, continuation 8, prep_source 6, fronted 5, relative 5, nominal 1, svo 1; «وجه X تحذيرا»,
«ألقى X باللائمة على», «محملا X المسؤولية» and the «حيث قال» after it, «وبينما أعلنت X أن…، أكدت
Y أن…», «بسبب ما تقول الدول الأربع إنه…», «وأكد النبأ X… قائلا», «من وجهة نظر ترامب», CNN teaser
lines, a «وفقا لما ذكره X، ونقلته Y» with Y as ``via``), was labelled the same way before the
thirty-seventh pass (recall 0.716, pipeline 0.727 then, after two label slips on speakers the
extractor had right were corrected: 0.693 as first labelled; 0.852 after it). The thirty-eighth,
``tests/gold/statements_heldout38.jsonl`` (seed 2471: ``random.Random(2471).sample`` of 12 drawn
exactly as the thirty-seventh, from a pool of 1,129; 104 statements: vso 48, participle 20,
continuation 19, prep_source 6, relative 4, svo 4, fronted 2, nominal 1; a KSRelief release and
a charity evening of «أكد فيها/وأكدوا/عبرن عن شكرهن», an Iranian spokesman relayed by the
official agency, «وقال علي الحسيني/انتقد علي القرة داغي» in articles that spell «على» with its
alif maqsura, «كما أنها استنكرت», «مقدّرًا/مجدداً على أن» participles, «وذكرت وكالة أنباء
البحرين أن مملكة البحرين تشدد على أن…» with the agency as ``via`` of the inner statement), was
labelled the same way before the thirty-eighth pass (recall 0.808, pipeline 0.788 then, after one
continuation speaker was moved to the nearest mention «للقرة داغي»: 0.798 as first labelled;
0.827 after it). The thirty-ninth, ``tests/gold/statements_heldout39.jsonl`` (seed 2481:
``random.Random(2481).sample`` of 12 drawn exactly as the thirty-eighth, from a pool of 1,117; 80
statements: vso 44, prep_source 12, continuation 9, participle 9, relative 3, nominal 1, relay 1,
svo 1; a civil-defence spokesman whose title runs past the word cap («…العقيد منصور بن محمد
الدوسري أنه…»), «القيادي في "جيش الإسلام" محمد علوش», «نشر فريق التواصل… صورة قال إنها…»,
airline statements after a Eurocontrol warning, «رافضين/ومشددين» participles, «ونقلت تقارير
تليفزيونية عن X قوله» with the reports as ``via``), was labelled the same way before the
thirty-ninth pass (recall 0.887, pipeline 0.875 then; 0.938 after it). The fortieth,
``tests/gold/statements_heldout40.jsonl`` (seed 2491: ``random.Random(2491).sample`` of 12 drawn
exactly as the thirty-ninth, from a pool of 1,105; 67 statements: vso 36, continuation 7,
participle 7, svo 7, prep_source 5, nominal 2, relay 2, relative 1; a sentence-opening «زعيم
الأقلية…، تشاك شومر، قال:», «كما يقول توم كونتريمان، وهو مساعد وزير الخارجية…» then «وأضاف»,
«السفير السعودي في مصر أحمد عبدالعزيز قطان» and his «وقال/مشيرا/بالقول», «حسبما ذكر مكتب دبي
الإعلامي» relaying a minister, «وعلمت «عكاظ» من مصادرها أن…»), was labelled the same way before
the fortieth pass (recall 0.776 then; 0.851 after it). The forty-first,
``tests/gold/statements_heldout41.jsonl`` (seed 2501: ``random.Random(2501).sample`` of 12 drawn
exactly as the fortieth, from a pool of 1,093; 92 statements: vso 56, continuation 10, participle
10, prep_source 7, svo 3, relative 3, nominal 2, relay 1; «قال متحدث ثان باسم البنتاغون هو
الميجور…» then «وقال "…"» and «وأضاف», a UNICEF report as the speaker of five sentences, «حسب
اتحاد الأطباء والمسعفين، المشرف على…», «مرجحا ارتفاع الحصيلة», a confession relayed by a
Philippine site, «فيما لم يتم بعد كشف تفاصيل…»), was labelled the same way before the
forty-first pass (recall 0.739 then; 0.783 after it). The forty-second,
``tests/gold/statements_heldout42.jsonl`` (seed 2511: ``random.Random(2511).sample`` of 12 drawn
exactly as the forty-first, from a pool of 1,081; 91 statements: vso 54, participle 17,
continuation 8, prep_source 5, svo 3, relative 2, relay 2; «وتابع خامنئي، الذي قدمته بلاده…
التي شهدتها البلاد، بالقول إن…» then «مضيفا/قائلا/يستطرد/وختم», a UN experts' report «وصف/تحدث/
ويحمّل/مشيرًا», «نقلت عن وزارة الدفاع بيانها أن», a circular as speaker «وشدد/وأشار/ودعا
التعميم»), was labelled the same way before the forty-second pass (recall 0.758 then; 0.791
after it). The forty-third, ``tests/gold/statements_heldout43.jsonl`` (seed 2521:
``random.Random(2521).sample`` of 12 drawn exactly as the forty-second, from a pool of 1,069; 61
statements: vso 35, continuation 7, participle 7, relay 4, prep_source 3, svo 3, relative 2; «بينما
قالت أم أحمد، إحدى سكان المدينة، إن…» then «وأضافت: "…"», «وفقا لما نقلت رويترز عن متحدث…»,
«ونقلت "رويترز" عن فضل حسن قائد عملية "التحرير" أن», «أرجع الائتلاف… إلى أن», an opinion
column quoting scripture with no statement wanted), was labelled the same way before the
forty-third pass (recall 0.852 then; 0.885 after it). The forty-fourth,
``tests/gold/statements_heldout44.jsonl`` (seed 2531: ``random.Random(2531).sample`` of 12 drawn
exactly as the forty-third, from a pool of 1,057; 47 statements: vso 27, participle 7,
continuation 6, prep_source 5, relay 2; «اتهمت الحكومة اليمنية الشرعية، الجمعة، ميليشيات…
وحملتها المسؤولية», «بحسب ما ذكر وزير الإدارة المحلية…», «ودعا البيان», «وحملت الشكوى»,
«وبحسب التحقيقات فإن…», «وقالت -نقلًا عن مصادر خاصة- إنه…», a researcher quoted under a
quoted subheading then «وأضافت/وتابعت», a decree and an order with no statement wanted), was
labelled the same way before the forty-fourth pass (recall 0.702 then; 0.745 after it). The
forty-fifth, ``tests/gold/statements_heldout45.jsonl`` (seed 2541: ``random.Random(2541).sample``
of 12 drawn exactly as the forty-fourth, from a pool of 1,045; 67 statements: vso 41,
continuation 11, participle 10, prep_source 2, relative 2, svo 1; «بالرغم من أن روبرتسون كان
يشدد على أن…، مضيفا», a CNN dateline before «وصف أمير قطر… بالجرائم، لافتا», «شكا عدد من أولياء
الأمور… وقالوا:», «بحسب ما أعلن مصدر قضائي» closing a sentence of its own, «واعترفت/وعللت
الشركة», an analysis piece with «زعم/دعت» in relative clauses), was labelled the same way before
the forty-fifth pass (recall 0.716 then; 0.746 after it). The forty-sixth,
``tests/gold/statements_heldout46.jsonl`` (seed 2551: ``random.Random(2551).sample`` of 12 drawn
exactly as the forty-fifth, from a pool of 1,033; 65 statements: vso 38, continuation 8,
prep_source 8, participle 5, svo 5, relative 1; «وكانت حكومة نيودلهي قالت لسنوات إنها…», «قد
اشتكوا من الاعتداءات», «وقالت ألي جان، والدة الشاب القتيل، لقناة إن بي سي إن…» and the quotes
that continue her, «مكتفية بالقول», «بحسب ما كشفت الصور وبيان لائحة…», a CNN page of unrelated
briefs), was labelled the same way before the forty-sixth pass (recall 0.831 then; 0.862 after
it). The forty-seventh, ``tests/gold/statements_heldout47.jsonl`` (seed 2561:
``random.Random(2561).sample`` of 12 drawn exactly as the forty-sixth, from a pool of 1,021; 64
statements: vso 42, continuation 8, participle 6, prep_source 6, relay 1, svo 1, three with a
``via``; «حسبما ذكرت وكالة… نقلاً عن بيان من الحرس الثوري», «ونقلت وكالة رويترز عن إبراهيم
الجباوي… قوله إن…», «وبحسب وكالة "معا"، أشار وزير الخارجية…», «ولفت رأي آخر إلى…», a CNN page of
unrelated briefs with «وصفت/واصفا», «وأشات في بيان» (a misspelt «وأشارت»)), was labelled the same
way before the forty-seventh pass (recall 0.875 then; 0.891 after it). The forty-eighth,
``tests/gold/statements_heldout48.jsonl`` (seed 2571: ``random.Random(2571).sample`` of 12 drawn
exactly as the forty-seventh, from a pool of 1,009; 84 statements: vso 50, continuation 16,
participle 8, prep_source 6, svo 4, two with a ``via``; «كما أفاد المرصد…», «بحسب مصادر
عسكرية.» as a sentence of its own, «وبالنسبة للاتفاق مع إيران…، قال إننا…» and «ورداً على
سؤال…، أشار إلى…» continuing a speaker named paragraphs before, «قال جوزيه مورينيو مدرب
تشيلسي…», a personal letter with «تقول إيمان: "…"»), was labelled the same way before the
forty-eighth pass (recall 0.869 then; 0.929 after it). The forty-ninth,
``tests/gold/statements_heldout49.jsonl`` (seed 2581: ``random.Random(2581).sample`` of 12 drawn
exactly as the forty-eighth, from a pool of 997; 68 statements: vso 40, prep_source 10,
continuation 6, participle 6, svo 4, relative 1, relay 1, one with a ``via``; «حسبما أعلن/قال/جاء
في…» after the news it sources, «وفق ما أعلن المرصد… وشبكة "السويداء 24" المحلية للأنباء»,
«وعد الرئيس الأمريكي…», «ونقلت وكالة الأنباء السورية الرسمية بيان الجيش والذي ذكر: "…"»,
quotes in «…» that run over several sentences), was labelled the same way before the
forty-ninth pass (recall 0.868 then; 0.882 after it). The fiftieth,
``tests/gold/statements_heldout50.jsonl`` (seed 2591: ``random.Random(2591).sample`` of 12 drawn
exactly as the forty-ninth, from a pool of 985; 68 statements: vso 36, participle 8, svo 8,
continuation 7, prep_source 3, fronted 2, relative 2, relay 2, three with a ``via``; a French
press review with «صحيفة ليبراسيون الفرنسية التي تقول إن…», «هذا التخبط تقول الصحيفة مرتبط…»
and «في صحيفة يديعوت أحرنوت نقرأ في مقال للمحلل…», «أما المواطن يحيى العبيد فقد أشار إلى…»,
«تذكر وكالة الأنباء… دوريا مقتل أشخاص», a book notice whose excerpt holds a character's «قال»),
was labelled the same way before the fiftieth pass (recall 0.809 then; 0.838 after it). The
fifty-first, ``tests/gold/statements_heldout51.jsonl`` (seed 2601: ``random.Random(2601).sample``
of 12 drawn exactly as the fiftieth, from its pool less its articles, 973; 56 statements), was
labelled by reading each whole article while the fiftieth pass wrote its rules, which never
read it: a blind set (recall 0.732 on the code before and after the fiftieth pass; 0.857 after
the fifty-first pass, which wrote its rules from it: comma-set relays «وذكرت X، نقلا عن Y…», a
press audience «وقال للصحافة:» after the verb, a fronted subject with a comma-set description).
The fifty-second, ``tests/gold/statements_heldout52.jsonl`` (seed 2611:
``random.Random(2611).sample`` of 12 drawn exactly as the fifty-first, from its pool less its
articles, 961; 72 statements: vso 41, continuation 11, participle 8, relay 4, relative 3,
fronted 2, svo 2, prep_source 1, seven with a ``via``; a long title with a second one,
«…والمشرفة على البرنامج بصحة جدة الدكتورة منيرة بلحمر لـ"الوطن"», then four continuations
of her, «وقال باسلمه للصحافيين "…"», «في خطوة قالت إنها…», «كما اعلن وزير النقل» after the
news), was labelled the same way before the fifty-second pass (recall 0.847 then; 0.917 after
it: a title governing «على» inside the speaker, a name run on to the outlet spoken to, a word
in «ـه» alone after «قال» as its subject).
The fifty-third, ``tests/gold/statements_heldout53.jsonl`` (seed 2621, drawn the same way from
the pool less the fifty-second's articles, 949; 89 statements: vso 43, continuation 20,
participle 8, relative 8, prep_source 5, svo 4, nominal 1; an Australian senator's speech of 20
statements with relative clauses between subject and cue), and the fifty-fourth,
``tests/gold/statements_heldout54.jsonl`` (seed 2631, from the pool less the fifty-third's, 937;
87 statements: vso 42, continuation 21, participle 9, prep_source 7, svo 5, relay 2, nominal 1,
five with a ``via``), were labelled by two other hands while the fifty-second pass wrote its
rules, so no rule has read them: blind sets (recall 0.787 and 0.839 on the code before and
after the fifty-second pass; 0.910 and 0.839 after the fifty-third, which wrote its rules from
them: a relative clause with no comma between the speaker and his quotation, a fronted subject
with a relative clause before its verb «وحتى X التي…، رأت», a fronted concession «وعلى الرغم من
X لم يشعر Y… وأكد», a relative's antecedent after «وعلى رأسهم»; the fifty-fourth pass keeps
0.839 with ``false`` 4 → 3 and ``via`` 0/4 → 2/4, a trailing «وفقا لتقرير سبوتنيك» now being
the ``via`` of the statements before it).
The fifty-fifth, ``tests/gold/statements_heldout55.jsonl`` (seed 2641, from the pool less the
fifty-fourth's, 925; 65 statements: vso 37, continuation 10, participle 10, prep_source 5, relay
1, relative 1, svo 1, four with a ``via``), was labelled by another hand while the fifty-third
pass wrote its rules: blind (recall 0.831 on the code before and after the fifty-third pass;
0.831 after the fifty-fourth, which wrote its first rule from it and set 54: ``false`` 3 → 2,
``via`` 0/3 → 2/3, «…، حسبما نقلت وكالة "قنا"» and «ووفقا لـ"سايت"، يؤكد X» being the ``via``).
The fifty-sixth, ``tests/gold/statements_heldout56.jsonl`` (seed 2651, from the pool less the
fifty-fifth's, 913; 74 statements: vso 45, continuation 11, participle 9, prep_source 4, relay 2,
relative 2, svo 1, five with a ``via``), and the fifty-seventh,
``tests/gold/statements_heldout57.jsonl`` (seed 2661, less the fifty-sixth's, 901; 85 statements:
vso 46, participle 11, continuation 9, prep_source 8, svo 7, relative 3, nominal 1, four with a
``via``), were labelled by other hands while the fifty-fourth pass wrote its rules: blind
(recall 0.919 and 0.906 on the code before and after the fifty-fourth pass; 0.919 and 0.929
after the fifty-fifth, which wrote its rules from them and set 58: «وقال أمام لجنة…» is no
speaker «أمام…», the subject dropped).
The fifty-eighth, ``tests/gold/statements_heldout58.jsonl`` (seed 2671, less the fifty-seventh's,
889; 118 statements: vso 69, svo 13, continuation 13, participle 8, relative 7, prep_source 6,
relay 2, six with a ``via``), was labelled by another hand the same way: blind (recall 0.814 on
the code of the fifty-third pass and of the fifty-fourth; 0.847 and ``via`` 1/6 → 2/6 after the
fifty-fifth: an aside «ـ رافضاً ذكر اسمه» is no speaker, «وتابع يقول» after a closing «وفقا
لإحصائيات…» goes on with the statement that source closes, and «ونقلت وكالة…، سانا، عن مصدر…»
relays the source).
The fifty-ninth, ``tests/gold/statements_heldout59.jsonl`` (seed 2681, less the fifty-eighth's,
877; 76 statements: vso 36, relative 10, continuation 9, prep_source 9, svo 6, participle 5,
relay 1, four with a ``via``), was labelled by another hand while the fifty-fifth pass wrote its
rules: blind (recall 0.697 on the code before and after the fifty-fifth pass; none of its ten
relative-clause statements right; 0.750, ``via`` 1/3 → 2/4, after the fifty-sixth, which wrote
its rules from it: a quoted label after «ما» + a suffixed «وصف» and its subject, a fronted
«ونقلاً عن X فإن Y أشار…» relaying Y, an editor as a source and «ووفقا لما أعلنته X، فإنه…»).
The sixtieth to sixty-second, ``tests/gold/statements_heldout60.jsonl`` (seed 2691, less the
fifty-ninth's, 865; 85 statements: vso 43, continuation 17, participle 12, prep_source 5, svo 3,
relay 2, relative 2, nominal 1, three with a ``via``), ``…61.jsonl`` (seed 2701, 853; 62
statements: vso 36, continuation 7, participle 5, prep_source 5, relative 5, svo 4, five with a
``via``) and ``…62.jsonl`` (seed 2711, 841; 95 statements: vso 52, continuation 13, participle
13, prep_source 8, relative 4, svo 4, relay 1, eight with a ``via``), were labelled by other
hands while the fifty-sixth pass wrote its rules from set 59: blind (recall 0.776, 0.887 and
0.758 on the code before and after the fifty-sixth pass). After the fifty-seventh, which wrote
its rules from them (an oblique plural in «ين» or a lone noun phrase before «وصف»'s label is
the object, not the subject; a definite office runs over «في» to its holder's «د.» and name):
0.847, 0.887 and 0.758 (set 60's speaker P 0.917 → 0.986, ``false`` 6 → 5).
The sixty-third, ``tests/gold/statements_heldout63.jsonl`` (seed 2721, less the sixty-second's,
829; 60 statements: vso 31, continuation 11, prep_source 9, participle 6, fronted 2, svo 1,
eleven with a ``via``), and the sixty-fourth, ``…64.jsonl`` (seed 2731, 817; 54 statements: vso
31, continuation 11, svo 7, participle 3, relative 1, prep_source 1, two with a ``via``), were
labelled by other hands while the fifty-seventh pass wrote its rules: blind (recall 0.700 and
0.815 on the code before and after the fifty-seventh pass). After the fifty-eighth, which wrote
its rules from them (a source phrase between a verb's subject and its content, or a relaying
verb with «عنه» closing the clause, is that statement's ``via``, not a record of its own, and
the participle after it keeps the relay): 0.700 and 0.815 (set 63's ``false`` 5 → 2 and ``via``
3/11 → 7/11; set 64's ``via`` 1/2 → 2/2 with ``--pipeline``, its ``false`` 6 → 5 there).
The sixty-fifth, ``tests/gold/statements_heldout65.jsonl`` (seed 2741, less the sixty-fourth's,
805; 77 statements: vso 41, participle 13, continuation 11, svo 4, prep_source 4, relay 3,
relative 1, four with a ``via``), was labelled by another hand while the fifty-eighth pass wrote
its rules: blind (recall 0.831 on the code before and after the fifty-eighth pass). After the
fifty-ninth, which wrote its rules from it (a relaying verb whose outlet stands before it, «وكان
المرصد قد نقل الأحد عن مصادر…، أن…», «وكانت شبكة… نقلت، في…، عن مسؤول… قوله», or whose
source is the pronoun «عنه/عنها», the last speaker: the source speaks, the outlet is the
``via``): 0.909 (``via`` 0/2 → 3/3 of the found ones; no other set moved).
The sixty-sixth, ``tests/gold/statements_heldout66.jsonl`` (seed 2751, less the sixty-fifth's,
793; 79 statements: vso 41, continuation 12, participle 8, svo 7, relay 5, prep_source 3,
relative 2, nominal 1, twenty with a ``via``; one article is a copy of one in set 38 under
another id, labelled as set 38 labelled it), was labelled by another hand while the fifty-ninth
pass wrote its rules: blind (recall 0.772 on the code before and after the fifty-ninth pass).
After the sixtieth, which wrote its rules from it («علمت "الوطن" من مصادر مطلعة أن…», also after
«فيما» inside a sentence, is a relay: the sources speak, the outlet is the ``via``; with no «من»
source, «وعلمت بي بي سي أن…», it is none): 0.797 (``via`` 4/13 → 6/15 of the found ones; no
other set moved).
The sixty-seventh, ``tests/gold/statements_heldout67.jsonl`` (seed 2761, less the sixty-sixth's,
781; 99 statements: vso 52, participle 20, continuation 11, prep_source 5, nominal 5, svo 3,
relative 2, fronted 1, eight with a ``via``; two articles are copies of set 41's and set 34's
under other ids, labelled as those sets labelled them), was labelled by another hand while the
sixtieth pass wrote its rules: blind (recall 0.707 on the code before the sixtieth pass, 0.684
on the ten new articles alone). After the sixty-first, which wrote its rules from it («متهمة
بتقديم…», «اتهم بارتكابها» accused of are no accusation; «التي قالت/تقول» on a noun that cannot
speak, after a feminine past opening the clause, and «حيث أكدت» after «التقت…» take the clause's
subject; «والذي تتهمه واشنطن بـ…» takes the lone name before the complement): 0.747 (``false``
11 → 8; set 41 0.783 → 0.793 with its copy; no other recall moved).
The sixty-eighth, ``tests/gold/statements_heldout68.jsonl`` (seed 2771, less the
sixty-seventh's, 769; 64 statements: vso 34, prep_source 9, participle 7, continuation 7, svo 4,
relative 3, one with a ``via``; one article is set 15's with three characters fewer, labelled as
set 15 labelled it), was labelled by another hand at the same time: blind (recall 0.938 before
the sixtieth pass, 0.931 on the eleven new articles; no nested statement, «ما وصفه» or document
as speaker in it).
The sixty-ninth, ``tests/gold/statements_heldout69.jsonl`` (seed 2781, less the sixty-eighth's,
757; 83 statements: vso 47, prep_source 10, continuation 8, participle 6, relative 5, nominal 3,
svo 2, relay 1, fronted 1, five with a ``via``; one article is set 22's under another id,
labelled as set 22 labelled it), was labelled by another hand after the sixtieth pass: blind
(recall 0.880 at the sixtieth pass, 0.848 on the eleven new articles).
The seventieth, ``tests/gold/statements_heldout70.jsonl`` (seed 2791, less the sixty-ninth's,
745; 62 statements: vso 30, continuation 7, participle 7, prep_source 7, relative 4, svo 4,
nominal 2, relay 1, seven with a ``via``; no copy of an earlier set's article), was labelled by
another hand while the sixty-first pass wrote its rules: blind (recall 0.677 before and after
the sixty-first pass; 0.758 after the sixty-second, whose rules from it also raised the second
set from 0.820 to 0.840 and the fifty-third from 0.921 to 0.933).
The seventy-first, ``tests/gold/statements_heldout71.jsonl`` (seed 2801, less the seventieth's,
733; 77 statements: vso 49, continuation 10, participle 5, svo 5, fronted 3, prep_source 3,
relative 2, four with a ``via``; no copy of an earlier set's article), was labelled by another
hand after the sixty-first pass: blind (recall 0.818, unchanged by the sixty-second and the
sixty-third).
The seventy-second, ``tests/gold/statements_heldout72.jsonl`` (seed 2811, less the
seventy-first's, 721; 65 statements: vso 38, continuation 8, svo 7, participle 6, prep_source
3, relative 2, fronted 1, three with a ``via``; no copy of an earlier set's article), and the
seventy-third, ``tests/gold/statements_heldout73.jsonl`` (seed 2821, less the seventy-second's,
709; 96 statements: vso 49, continuation 18, participle 12, prep_source 4, nominal 4, relay 3,
fronted 2, relative 2, svo 2, ten with a ``via``; one article is set 36's with other line
breaks, labelled as set 36 labelled it), were labelled by other hands while the sixty-second
pass wrote its rules: blind (recall 0.846 and 0.781 before and after the sixty-second pass;
set 73 0.798 on its eleven new articles); 0.877 and 0.802 after the sixty-third, whose rules
from them (a press-review source after its words with no comma, a content cut by a line break
in mid-sentence, «نشيدهم» no praise) raised no other set.
The seventy-fourth, ``tests/gold/statements_heldout74.jsonl`` (seed 2831, less the
seventy-third's, 697; 90 statements: vso 44, continuation 21, participle 14, prep_source 5,
relay 2, relative 2, fronted 2, six with a ``via``; no copy of an earlier set's article, by a
letters-only comparison of whole texts), and the seventy-fifth,
``tests/gold/statements_heldout75.jsonl`` (seed 2841, less the seventy-fourth's, 685; 88
statements: vso 49, continuation 11, participle 10, prep_source 5, relative 5, svo 4, fronted
2, nominal 1, relay 1, four with a ``via``; one article is a sister version of one in set 30,
labelled as set 30 labelled it), were labelled by other hands while the sixty-third pass wrote
its rules: blind (recall 0.722 and 0.773 before and after the sixty-third pass; set 75 0.743
without the sister article); unchanged by the sixty-fourth, whose cues from across the sets
(«شجب», «هنأ… على» but not the bare «هنأ», which is written «هنا», and «برر… بـ» in the past)
raised set 72 to 0.892 and set 73 to 0.833 and lowered no set; set 74 0.767 after the
sixty-fifth (set 75 unchanged), whose rule (a «و» + cue right before its words, with no subject
of its own and no statement earlier in its sentence, takes the written subject of the verb
that opens the sentence when the two agree: «يصف أبو معاذ شعوره…، ويقول:») also raised set 13
from 0.836 to 0.852 and lowered no set.
The seventy-sixth, ``tests/gold/statements_heldout76.jsonl`` (seed 2851, less the
seventy-fifth's, 673; 75 statements: vso 38, participle 16, continuation 7, prep_source 7, svo 3,
relative 2, fronted 1, relay 1, one with a ``via``; no copy or sister version of an earlier
set's article, by letters-only and word 8-gram comparisons), was labelled by another hand while
the sixty-fourth pass wrote its rules: blind (recall 0.840 before and after it; unchanged by
the sixty-fifth, which wrote no rule from its participle misses).
The seventy-seventh, ``tests/gold/statements_heldout77.jsonl`` (seed 2861, less the
seventy-sixth's, 661; 91 statements: vso 50, continuation 15, participle 13, relative 5, fronted
3, svo 2, relay 2, prep_source 1, three with a ``via``; one article is set 69's under another
id, labelled as set 69 labelled it), was labelled by another hand while the sixty-fifth pass
wrote its rules: blind (recall 0.736 before and after it, 0.697 on its eleven new articles);
0.747 after the sixty-sixth, whose rules (a participle or «و» cue after «(و)كان X (قد) <past
verb>» takes X, a lone name too; a discourse frame «من جهة ثانية، على صعيد آخر،» is skipped
with its comma like a fronted time phrase) also raised set 5 from 0.905 to 0.924, set 42 from
0.791 to 0.802, set 64 from 0.815 to 0.833, set 65 from 0.909 to 0.922 and set 69 from 0.880
to 0.892, and lowered no set; 0.769 after the sixty-seventh (see the seventy-ninth).
The seventy-eighth, ``tests/gold/statements_heldout78.jsonl`` (seed 2871, less the
seventy-seventh's, 649; 74 statements: vso 44, continuation 15, participle 7, relative 3,
prep_source 3, svo 1, fronted 1, none with a ``via``; no copy or sister version of an earlier
set's article), was labelled by another hand after the sixty-fifth pass: blind (recall 0.811;
unchanged by the sixty-sixth, whose rules reached none of its misses, and by the sixty-seventh).
The seventy-ninth, ``tests/gold/statements_heldout79.jsonl`` (seed 2881, less the
seventy-eighth's, 637; 61 statements: vso 29, continuation 10, svo 10, participle 5, prep_source
5, relay 1, fronted 1, three with a ``via``, two of them nested statements; one article is a
sister version of a set-41 article, labelled as set 41 labelled it), was labelled by another hand
while the sixty-sixth pass wrote its rules: blind (recall 0.721 before and after it, 0.717
without the sister article); 0.738 after the sixty-seventh, whose rules (a «وأضافت» after a
statement closed by «وفق ما قالت X» goes on with that statement's speaker, not X; what «جاء»
has for subject, «وجاء الإعلان…», never speaks; a cue after «جاء ذلك في البيان الذي أصدره X»
or «خلال مداخلة لـX» takes X; one after «(و)يذكر أن X… <past verb>» takes X) also raised set 2
from 0.840 to 0.860, set 56 from 0.919 to 0.932, set 67 from 0.747 to 0.758, set 73 from 0.833
to 0.875 and set 77 from 0.747 to 0.769, and lowered no set.
The eightieth, ``tests/gold/statements_heldout80.jsonl`` (seed 2891, less the seventy-ninth's,
625; 89 statements: vso 51, continuation 12, participle 12, svo 7, prep_source 6, nominal 1, five
with a ``via``, three of them nested statements; one article is a sister version of a set-62
article, labelled as set 62 labelled it), and the eighty-first,
``tests/gold/statements_heldout81.jsonl`` (seed 2901, less the eightieth's, 613; 88 statements:
vso 47, continuation 13, svo 9, prep_source 8, participle 6, relative 3, nominal 2, five with a
``via``; no copy or sister version), were labelled by other hands while the sixty-seventh pass
wrote its rules: blind (recall 0.730, 0.741 without the sister article, and 0.773, before and
after it). The sixty-eighth pass's rule (a report or say verb with «عن» + an anonymous source
and a content marker, «ذكرت الصحيفة عن مصدر دبلوماسي غربي أن…», «كاتبة المقال تقول عن مصادر…
أنه…», relays that source, its subject the via) raised set 81 to 0.795; set 80 stays at 0.730
and no other set moved.
The eighty-second, ``tests/gold/statements_heldout82.jsonl`` (seed 2911, less the eighty-first's,
601; 110 statements: vso 59, continuation 18, prep_source 10, svo 9, participle 7, fronted 3,
relative 3, nominal 1, 17 with a ``via``, ten of them nested statements; one article is a sister
version of a set-59 article, labelled as set 59 labelled it), and the eighty-third,
``tests/gold/statements_heldout83.jsonl`` (seed 2921, less the eighty-second's, 589; 100
statements: vso 52, participle 18, continuation 17, relative 5, svo 4, prep_source 3, nominal 1,
four with a ``via``, all nested; one article shares its first two sentences with a set-78
article, labelled as set 78 labelled them), were labelled by other hands while the sixty-eighth
pass wrote its rules: blind (recall 0.745, 0.738 without the sister article, and 0.690, 0.695
without the shared article, before and after it). The sixty-ninth pass wrote rules from them
(set 82 0.755 after it, set 83 0.690; sets 38, 66 and 71 rose too, to 0.846, 0.823 and 0.831).
The eighty-fourth, ``tests/gold/statements_heldout84.jsonl`` (seed 2931, less the eighty-third's,
577; 82 statements: vso 46, continuation 13, svo 8, participle 7, prep_source 4, relay 3,
relative 1, 11 with a ``via``, five of them nested; one article is a sister version of a set-73
article, labelled as set 73 labelled it), and the eighty-fifth,
``tests/gold/statements_heldout85.jsonl`` (seed 2941, less the eighty-fourth's, 565; 86
statements: vso 44, continuation 19, participle 8, svo 6, relative 5, prep_source 3, nominal 1, 11
with a ``via``, nine of them nested; one article is a sister version of articles of sets 26 and
54, labelled as they labelled it), were labelled by other hands while the sixty-ninth pass wrote
its rules: blind (recall 0.780, 0.761 without the sister article, and 0.686, 0.671 without it,
before and after it). The seventieth pass wrote rules from them (set 84 0.793 after it, set 85
0.709: «ورد X بالقول/بأن» read as a reply, «شكك… في» a cue, and the subject of «وكان X، الذي…،
قد <cue>» found past its relative clause); sets 34 and 64 rose too, to 0.867 and 0.852.
The eighty-sixth, ``tests/gold/statements_heldout86.jsonl`` (seed 2951, less the eighty-fifth's,
553; 47 statements: vso 30, svo 5, continuation 3, relative 3, participle 2, prep_source 2,
nominal 1, relay 1, two nested; no copy or sister version), was labelled by another hand while the
seventieth pass wrote its rules: blind (recall 0.809 before and after it; its labeller found after
scoring that a relative «تعتبره أنقرة» left none disagrees with the main-clause «وتعتبر أنقرة» it
labelled: 0.8125 if labelled evenly).
The eighty-seventh, ``tests/gold/statements_heldout87.jsonl`` (seed 2961, less the
eighty-sixth's, 541; 62 statements: vso 36, participle 7, prep_source 7, svo 5, continuation 4,
relative 3, three with a ``via``, none nested; one article is a near-copy of a set-55 article,
labelled as set 55 labelled it), and the eighty-eighth, ``tests/gold/statements_heldout88.jsonl``
(seed 2971, less the eighty-seventh's, 529; 79 statements: vso 39, continuation 11, participle 10,
prep_source 7, svo 7, nominal 2, relative 2, relay 1, two with a ``via``, none nested; one
article is an exact copy of a set-70
article, labelled as set 70 labelled it), were labelled by other hands after the seventieth pass,
while no rule was being written: blind (recall 0.887, 0.895 without the near-copy, and 0.759,
0.754 without the copy).
The eighty-ninth, ``tests/gold/statements_heldout89.jsonl`` (seed 2981, less the eighty-eighth's,
517; 90 statements: vso 43, continuation 21, participle 9, prep_source 7, svo 5, relative 3, relay
2, eight with a ``via``, two nested; one article is an exact copy of a set-39 article, labelled
as set 39 labelled it), and the ninetieth, ``tests/gold/statements_heldout90.jsonl`` (seed 2991,
less the eighty-ninth's, 505; 91 statements: vso 52, svo 13, continuation 11, participle 7,
prep_source 5, relay 3, six with a ``via``, one nested; no copy or sister version), were labelled
by other hands in the same way: blind (recall 0.778, 0.732 without the copy, and 0.824). The
seventy-first pass wrote rules from sets 86–90 and the classes that recur across the blind sets
(an adverbial or a «لل…» phrase right after the verb read past, never the subject; the subject
of a one-sentence narration paragraph carried to a subjectless cue opening the next paragraph).
None of sets 86–90 rose (0.809, 0.887, 0.759, 0.778 and 0.824 after it): their wrong
continuations are of other kinds. Sets 54, 68, 71, 72, 80, 82 and 83 rose, to 0.862, 0.953,
0.844, 0.908, 0.764, 0.773 and 0.710, and set 4 to 0.891; no set fell.
The ninety-first, ``tests/gold/statements_heldout91.jsonl`` (seed 3001, less the ninetieth's,
493; 102 statements: vso 47, continuation 18, svo 16, prep_source 7, participle 6, fronted 4,
relative 3, relay 1, three with a ``via``, one nested; one article is a sister version of a
set-73 article, labelled as sets 73 and 84 labelled it), and the ninety-second,
``tests/gold/statements_heldout92.jsonl`` (seed 3011, less the ninety-first's, 481; 63 statements:
vso 28, continuation 11, participle 7, svo 6, relative 4, prep_source 4, nominal 3, five with a
``via``, three nested; one article shares a block of teasers with sets 37 and 62), were labelled
by other hands while the seventy-first pass wrote its rules from sets 86–90: blind (recall 0.637,
0.622 without the sister, and 0.587, 0.564 without the shared-teaser article).
The ninety-third, ``tests/gold/statements_heldout93.jsonl`` (seed 3021, less the ninety-second's,
469; 103 statements: vso 48, continuation 20, participle 15, relative 9, svo 4, prep_source 3,
nominal 2, relay 2, five with a ``via``, three nested; three articles are sister versions of
articles in sets 38, 77 and 90, labelled as those sets labelled them), and the ninety-fourth,
``tests/gold/statements_heldout94.jsonl`` (seed 3031, less the ninety-third's, 457; 77 statements:
vso 39, continuation 16, prep_source 7, participle 6, svo 5, relative 3, nominal 1, four with a
``via``, one nested; no copy or sister), were labelled by other hands in the same way, the pass
still writing its rules: blind (recall 0.718, 0.691 without the sisters, and 0.818). The
seventy-first pass, written without reading them, raises set 93 to 0.738 (two continuations after
an adverbial) and leaves sets 91, 92 and 94 unchanged. The seventy-second pass, written from
them and across sets (a speaker written before its cue or in an earlier sentence is no subject of
a cue of the other gender where its gender is plain), leaves all four unchanged (0.637, 0.587,
0.738 and 0.818): their missed and wrong statements are of other kinds. Set 57 rose to 0.941; no
set fell.
The ninety-fifth, ``tests/gold/statements_heldout95.jsonl`` (seed 3041, less the ninety-fourth's,
445; 70 statements: vso 36, continuation 12, prep_source 10, relative 8, participle 2, fronted 1,
svo 1, three with a ``via``, all nested; one article is a sister version of a set-73 article), and
the ninety-sixth, ``tests/gold/statements_heldout96.jsonl`` (seed 3051, less the ninety-fifth's,
433; 88 statements: vso 45, continuation 21, participle 6, relative 5, prep_source 5, svo 4, relay
2, seven with a ``via``, one nested; one article is a shorter sister of a set-2 article, labelled
whole), were labelled by other hands while the seventy-second pass wrote its rules from sets
91–94: blind (recall 0.671 and 0.739).
The ninety-seventh, ``tests/gold/statements_heldout97.jsonl`` (seed 3061, less the
ninety-sixth's, 421; 84 statements: vso 31, continuation 17, participle 12, prep_source 12,
relative 6, svo 3, nominal 2, relay 1, five with a ``via``, one nested; three articles are sister
versions of articles in sets 28/34, 41 and 83, labelled as those sets labelled them), and the
ninety-eighth, ``tests/gold/statements_heldout98.jsonl`` (seed 3071, less the ninety-seventh's,
409; 66 statements: vso 33, participle 9, continuation 9, relative 5, prep_source 4, relay 3, svo
3, seven with a ``via``, none nested; one article is a copy of a set-27 article, labelled as set
27 labelled it), were labelled by other hands in the same way: blind (recall 0.833, and 0.773,
0.770 without the copy). The seventy-second pass leaves sets 95–98 unchanged. The
seventy-third pass («أرجع X إلى…», attributed to; «قدر X عدد… بـ…», estimated at) raises set 98
to 0.803 and leaves sets 95–97 at 0.671, 0.739 and 0.833; it also raises set 34 to 0.878, set 36
to 0.893, set 43 to 0.902, set 52 to 0.931, set 84 to 0.805 and set 89 to 0.789, and lowers none.
The ninety-ninth, ``tests/gold/statements_heldout99.jsonl`` (seed 3081, less the ninety-eighth's,
397; 67 statements: vso 34, continuation 12, participle 6, prep_source 5, relative 4, svo 4, relay
2, four with a ``via``, none nested; no copy), and the hundredth,
``tests/gold/statements_heldout100.jsonl`` (seed 3091, less the ninety-ninth's, 385; 103
statements: vso 61, continuation 15, participle 10, relative 6, svo 5, relay 3, nominal 2,
prep_source 1, eight with a ``via``, four nested; no copy), were labelled by other hands while the
seventy-third pass wrote its rules from sets 95–98: blind (recall 0.851, and 0.748). Set 99's
labeller found one slip after scoring (a continuation's nearest mention is «للوزير القطري», which
its script missed) and left the label as scored: 0.866 with it corrected.
The hundred-and-first, ``tests/gold/statements_heldout101.jsonl`` (seed 3101, less the
hundredth's, 373; 46 statements: vso 24, continuation 8, prep_source 4, participle 3, relative 3,
svo 3, relay 1, three with a ``via``, one nested; no copy), and the hundred-and-second,
``tests/gold/statements_heldout102.jsonl`` (seed 3111, less the hundred-and-first's, 361; 56
statements: vso 31, participle 8, continuation 7, prep_source 6, svo 2, relay 1, relative 1, four
with a ``via``, none nested; one article is a sister version of a set-46 article, labelled as set
46 labelled it), were labelled by other hands in the same way: blind (recall 0.739, and 0.786,
0.778 without the sister). The seventy-third pass leaves sets 99–102 unchanged. The
seventy-fourth pass (a court and a case's papers as sources: «بحسب المحكمة», «وفقا للدعوى»,
«طبقا للأوراق»; a short quoted outlet as an indefinite source noun's genitive: «وفق ما ذكر
مراسل "سكاي نيوز عربية" في القطاع») raises set 99 to 0.881 and set 102 to 0.839 and leaves sets
100 and 101 at 0.748 and 0.739; it also raises set 98 to 0.818 (and the ``via`` of sets 31 and 57)
and lowers none.
The hundred-and-third, ``tests/gold/statements_heldout103.jsonl`` (seed 3121, less the
hundred-and-second's, 349; 64 statements: vso 38, continuation 11, participle 5, prep_source 4,
relative 3, relay 2, svo 1, seven with a ``via``, two nested; one article is a sister version of
articles in sets 91 and 92, labelled as they labelled it), and the hundred-and-fourth,
``tests/gold/statements_heldout104.jsonl`` (seed 3131, less the hundred-and-third's, 337; 71
statements: vso 42, participle 9, continuation 7, svo 5, prep_source 5, relative 2, relay 1, seven
with a ``via``, three nested; no copy), were labelled by other hands while the seventy-fourth pass
wrote its rules from sets 99–102: blind (recall 0.859, 0.864 without the sister, and 0.803).
The seventy-fourth pass leaves both unchanged. The seventy-fifth (a verb that takes no object,
its subject and at once «قائلا» make one statement whose cue spans both: «وأضاف لافروف قائلا»)
leaves their recall at 0.859 and 0.803 and set 104's ``false`` 5 → 4 (sets 23, 79 and 94 each
``false`` one fewer); no set's recall changes.
The hundred-and-fifth, ``tests/gold/statements_heldout105.jsonl`` (seed 3141, less the
hundred-and-fourth's, 325; 69 statements: vso 37, participle 11, continuation 8, prep_source 6, svo
5, nominal 1, relay 1, seven with a ``via``, five nested; one article is a sister version of a
set-83 article, labelled as set 83 labelled it), and the hundred-and-sixth,
``tests/gold/statements_heldout106.jsonl`` (seed 3151, less the hundred-and-fifth's, 313; 80
statements: vso 43, prep_source 12, participle 7, relative 6, svo 5, continuation 3, relay 3,
nominal 1, six with a ``via``, one nested; three articles share sentences with articles of sets 5,
86 and 91, labelled as those sets labelled them), were labelled by other hands while the
seventy-fifth pass wrote its rules from sets 103–104: blind (recall 0.754, 0.766 without the
sister, and 0.838). Set 105's labeller found after scoring that two continuations take the
nearest mention of a body («وبإسناد من التحالف») where the system takes its nearest subject
mention («وأكد التحالف»), the same referent: 0.783 if the convention meant the subject. The
seventy-fifth pass leaves both unchanged. The seventy-sixth («متسائلا، مستطردا، مستكملا» right
after a comma that closes the verb's own words are a second statement of the same speaker; set
105's «متسائلا:» and «مستكملا:» after the consulate official's quotations) raises set 105 to 0.783
(52 → 54 right; ``false`` unchanged) and leaves set 106 at 0.838; no other set's recall changes
(set 82 finds one more, «متسائلة», with the empty speaker of the «قائلة» it follows).
The hundred-and-seventh, ``tests/gold/statements_heldout107.jsonl`` (seed 3161, less the
hundred-and-sixth's, 301; 85 statements: vso 58, svo 7, continuation 7, prep_source 4, participle
3, relay 3, relative 2, nominal 1, thirteen with a ``via``, two nested; one article shares a
teaser tail with a set-104 article), and the hundred-and-eighth,
``tests/gold/statements_heldout108.jsonl`` (seed 3171, less the hundred-and-seventh's, 289; 78
statements: vso 35, svo 10, participle 10, relative 9, continuation 7, prep_source 5, fronted 2,
one with a ``via``, nested; one article is a copy of a set-106 article, labelled as set 106
labelled it), were labelled by other hands while the seventy-sixth pass wrote its rules from sets
105–106: blind (recall 0.753, 0.743 without the sister, and 0.615, 0.629 without the copy).
The seventy-sixth pass leaves both unchanged. The seventy-seventh (the subject after «لكن»: a
people noun with the suffix «ها» is no adverb in tanween, a name that has already spoken is no
«كـ+الـ» phrase; «لـ» + an outlet, then a short «في/عبر…» phrase of how it was said, is still
spoken to) raises set 108 to 0.654 (48 → 51 right: «لكن مديره قال لرويترز عبر الهاتف،», «لكن
كالين قال للصحفيين» and the nested «أبلغوا» it relays; ``false`` unchanged) and leaves set 107 at
0.753; no other set's recall changes.
The hundred-and-ninth, ``tests/gold/statements_heldout109.jsonl`` (seed 3181, less the
hundred-and-eighth's, 277; 106 statements: vso 50, continuation 21, relative 12, participle 9,
prep_source 6, fronted 4, svo 3, nominal 1, two with a ``via``, one nested; one article is a copy
of a set-18 article, labelled as set 18 labelled it), and the hundred-and-tenth,
``tests/gold/statements_heldout110.jsonl`` (seed 3191, less the hundred-and-ninth's, 265; 98
statements: vso 53, continuation 17, participle 9, prep_source 6, relative 5, svo 5, relay 2,
nominal 1, eight with a ``via``, four nested; one article is a sister of a set-19 article), were
labelled by other hands while the seventy-seventh pass wrote its rules from sets 107–108: blind
(recall 0.651, 0.626 without the copy, and 0.745). The seventy-seventh pass leaves both
unchanged. The seventy-eighth (a verb carrying its object after «ما/من», with a preposition
fused or alone, and a «بـ» label right after it, inside a named speaker's words, is his own
label: «ممن وصفهم بالإرهابيين», «إن ما وصفته بـ"عملية شاملة"»; the speaker after «لـ"…"» + a
time word and its comma, «قال لـ"الاقتصادية" أمس، اللواء…»; a «وفقا لما نقلته X (سانا)،» aside
set off by commas before «إن») raises set 109 to 0.726 (69 → 77 right) and set 110 to 0.755 (73
→ 74); sets 29, 58, 61, 65, 66, 74, 77, 92, 93, 100 and 108 rise by one or two statements
each, and the blind 111, 112 and 113 by one each (0.779, 0.812, 0.883); no set drops.
The hundred-and-eleventh, ``tests/gold/statements_heldout111.jsonl`` (seed 3201, less the
hundred-and-tenth's, 253; 77 statements: vso 35, continuation 21, participle 10, relative 4,
prep_source 3, svo 2, relay 1, nominal 1, six with a ``via``, four nested; no copy or sister),
and the hundred-and-twelfth, ``tests/gold/statements_heldout112.jsonl`` (seed 3211, less the
hundred-and-eleventh's, 241; 101 statements: vso 52, continuation 15, participle 10, prep_source
7, relay 5, nominal 4, relative 4, svo 2, fronted 2, nine with a ``via``, two nested; one article
is a sister of a set-22 article, labelled as set 22 labelled it), were labelled by other hands
while the seventy-eighth pass wrote its rules from sets 109–110: blind (recall 0.766 and 0.802 on
72025f6). The seventy-eighth pass raises them to 0.779 and 0.812 (a relative label each). The
seventy-ninth pass (rules from sets 111–114 and across sets: a relay through an outlet's bracketed
short name spelt with stops, «قناة (إن.تي.في)… عن X قوله»; followers urged, «وفيما حث أنصاره
على…، قال», the object, never the speaker) raises set 111 to 0.805 (60 → 62 right) and leaves set
112 at 0.812.
The hundred-and-thirteenth, ``tests/gold/statements_heldout113.jsonl`` (seed 3221, less the
hundred-and-twelfth's, 229; 60 statements: vso 39, continuation 11, prep_source 4, participle 3,
relative 2, svo 1, none with a ``via``; one article is a sister of a set-97 article, labelled as
set 97 labelled it), and the hundred-and-fourteenth, ``tests/gold/statements_heldout114.jsonl``
(seed 3231, less the hundred-and-thirteenth's, 217; 102 statements: vso 57, participle 13,
continuation 11, relative 8, svo 5, nominal 3, fronted 2, prep_source 2, relay 1, eight with a
``via``, two nested; one article is a sister of a set-76 article, labelled as set 76 labelled
it), were labelled by other hands while the seventy-eighth pass wrote its rules from sets
109–110: blind (recall 0.867, 0.862 without the sister, and 0.725 on 8fecb5c). The seventy-eighth
pass raises set 113 to 0.883 and leaves set 114 unchanged. The seventy-ninth pass (an outlet's
quoted name before «على لسان X قوله», X then going on through the continuations; linked headlines
after «اقرأ أيضا:», «اقر أيضا:», «قد يهمك/» are no statements; «ناشد» with its «بـ/لـ/إلى»
complement; an object opener or verbal noun right after the verb is its object, «أكد عدم…»,
«وأكد حدوث…»; the bare «بيّن» written with its shadda or opening a clause after a comma) raises
set 113 to 0.900 (53 → 54) and set 114 to 0.775 (74 → 79); sets 20, 33, 44, 45, 62, 65, 76, 83 and
108 rise by one or two statements each (0.903, 0.945, 0.766, 0.791, 0.768, 0.948, 0.853, 0.720,
0.705); no set drops; keep/fix unchanged (146, 44).
The hundred-and-fifteenth, ``tests/gold/statements_heldout115.jsonl`` (seed 3241, less the
hundred-and-fourteenth's, 205; 59 statements: vso 29, continuation 13, participle 12, prep_source
3, svo 2, two with a ``via``, one nested; no copy or sister), and the hundred-and-sixteenth,
``tests/gold/statements_heldout116.jsonl`` (seed 3251, less the hundred-and-fifteenth's, 193; 96
statements: vso 50, continuation 17, participle 7, relative 7, fronted 5, prep_source 5, relay 2,
svo 2, nominal 1, four nested with the outer speaker as ``via``; no copy or sister), were labelled
by other hands while the seventy-ninth pass wrote its rules from sets 111–114: blind (recall
0.797 and 0.719 on 3c5c585). The seventy-ninth pass leaves set 115 unchanged and raises set 116
to 0.740 (71/96) (the «باسم» speakers and an outlet's short name before «على لسان»). The
eightieth pass (a title before its genitive, «اطلع أمير منطقة نجران…، مشيرا», is the subject a
participle continues) raises set 115 to 0.814 (48/59) and leaves set 116 at 0.740; sets 11 and
45 rise by one statement each (0.904, 0.806; «وصف أمير قطر…، لافتا»).
The hundred-and-seventeenth, ``tests/gold/statements_heldout117.jsonl`` (seed 3261, less the
hundred-and-sixteenth's, 181; 80 statements: vso 47, continuation 11, participle 7, relative 5,
prep_source 4, nominal 3, svo 2, relay 1, four with a ``via``, three nested; three articles are
sisters of set-33, set-103 and set-114 articles, labelled as those sets labelled them), and the
hundred-and-eighteenth, ``tests/gold/statements_heldout118.jsonl`` (seed 3271, less the
hundred-and-seventeenth's, 169; 82 statements: vso 41, continuation 14, participle 10, relative 6,
svo 4, prep_source 3, fronted 2, nominal 1, relay 1, six with a ``via``, none nested; one article
is a sister of set-90 and set-17 articles), were labelled by other hands while the seventy-ninth
pass wrote its rules from sets 111–114: blind (recall 0.775 and 0.780 on 1b07294). Arabic
presentation forms read as the letters they stand for (a fix from analyst set 40) raise set 118 to
0.793 («ﻗﺎﻝ ﻣﺼﺪﺭ ﻣﺴﺆﻭﻝ»). The seventy-ninth pass leaves both unchanged, and so does the
eightieth (its label-verb agreement takes a false label out of ``statements.jsonl`` and set 47).
The hundred-and-nineteenth, ``tests/gold/statements_heldout119.jsonl`` (seed 3281, less the
hundred-and-eighteenth's, 157; 88 statements: vso 45, continuation 16, participle 8, svo 7,
prep_source 5, relay 4, nominal 2, relative 1, six with a ``via``, none nested; two articles are
copies of set-68 and set-30 articles and one a sister of a set-46 article, labelled as those sets
labelled them), and the hundred-and-twentieth, ``tests/gold/statements_heldout120.jsonl`` (seed
3291, less the hundred-and-nineteenth's, 145; 84 statements: vso 52, continuation 12, participle
10, prep_source 4, svo 2, relative 2, relay 1, nominal 1, four with a ``via``, one nested; one
article is a copy of a set-17 article, one of a keep/fix article and one a sister of a set-118
article), were labelled by other hands while the eightieth pass wrote its rules from sets
115–118: blind (recall 0.807, 0.786 without the copies, and 0.869, 0.872 without the set-17 copy,
on 3a6a16c). The eightieth pass leaves both unchanged. The eighty-first leaves them unchanged too
(0.807 and 0.869: its rule, a bare name after «الأمر الذي/وهو ما» and a verb of denial or
assertion, «الأمر الذي نفته طهران», meets none of their misses) and raises sets 7 (0.833 → 0.845),
11 (0.904 → 0.916), 59 (0.750 → 0.763), 74 (0.778 → 0.789) and 96 (0.739 → 0.750).
The hundred-and-twenty-first, ``tests/gold/statements_heldout121.jsonl`` (seed 3301, less the
hundred-and-twentieth's, 133; 83 statements: vso 45, prep_source 10, participle 10, continuation 8,
svo 8, relative 2, twelve with a ``via``, three nested; two articles are sisters of set-11 and
set-40 articles), and the hundred-and-twenty-second, ``tests/gold/statements_heldout122.jsonl``
(seed 3311, less the hundred-and-twenty-first's, 121; 77 statements: vso 39, relative 11,
prep_source 8, continuation 6, participle 6, nominal 3, relay 2, svo 2, eleven with a ``via``, three
nested; one article is a sister of set-33 and set-55 articles), were labelled by other hands while
the eighty-first pass wrote its rules from sets 119–120: blind (recall 0.771 and 0.740 on 93725af).
Set 121's labeller found after scoring a relative view inside a press review's content it had not
labelled («تركيا وإيران اللتين تعتقدان …»): 0.774 with it; the label stands as scored. The
eighty-first pass raises set 121 to 0.783 («الأمر الذي نفته طهران») and leaves set 122 unchanged.
The hundred-and-twenty-third, ``tests/gold/statements_heldout123.jsonl`` (seed 3321, less the
hundred-and-twenty-second's, 109; 67 statements: vso 37, continuation 11, participle 8, svo 5,
relative 3, prep_source 3, four with a ``via``, two nested; one article is a copy of a set-87
article and one a sister of a set-6 article, labelled as those sets labelled them), and the
hundred-and-twenty-fourth, ``tests/gold/statements_heldout124.jsonl`` (seed 3331, less the
hundred-and-twenty-third's, 97; 111 statements: vso 65, continuation 15, participle 9, prep_source
9, relative 6, svo 4, nominal 2, relay 1, eleven with a ``via``, four nested; three articles are
sisters of earlier ones), were labelled by other hands while the eighty-first pass wrote its rules
from sets 119–120: blind (recall 0.925, 0.907 without the copy, and 0.820 on 97b7c78). Set 124's
labeller found after scoring two continuations whose nearest mention is «للطبطبائي» (its script
missed mentions after «لل»): 0.838 with them; the labels stand as scored. The eighty-first pass
leaves both unchanged.
The hundred-and-twenty-fifth, ``tests/gold/statements_heldout125.jsonl`` (seed 3341, less the
hundred-and-twenty-fourth's, 85; 73 statements: vso 41, continuation 9, participle 9, svo 6,
prep_source 5, relative 3, two nested with the outer speaker as ``via``; one article is a copy of a
set-56 article and one a sister of a set-81 article), and the hundred-and-twenty-sixth,
``tests/gold/statements_heldout126.jsonl`` (seed 3351, less the hundred-and-twenty-fifth's, 73; 63
statements: vso 29, continuation 11, participle 9, relative 5, relay 4, prep_source 2, fronted 1,
svo 1, nominal 1, one with a ``via``, none nested; two articles are sisters of set-116 and set-30
articles), were labelled by other hands after the eighty-first pass, with no pass running: blind
(recall 0.890, 0.884 without the copy, and 0.825 on 423a82a).
The hundred-and-twenty-seventh, ``tests/gold/statements_heldout127.jsonl`` (seed 3361, less the
hundred-and-twenty-sixth's, 61; 92 statements: vso 48, continuation 13, svo 8, participle 6,
prep_source 6, relative 6, nominal 2, relay 2, fronted 1, seven with a ``via``, five nested; one
article is a copy of a set-38 article and one a sister of a keep/fix article), was labelled by
other hands while the eighty-second pass wrote its rules from sets 121–126: blind (recall 0.815,
0.800 without the copy, on 66d1bd8).
The hundred-and-twenty-eighth, ``tests/gold/statements_heldout128.jsonl`` (seed 3371, less the
hundred-and-twenty-seventh's, 49; 78 statements: vso 43, participle 13, continuation 11, svo 4,
relative 3, relay 2, prep_source 1, nominal 1, four with a ``via``, one nested; four articles are
sisters of set-30/75, set-65/7, set-7 and set-6 articles, labelled as those sets labelled them),
was labelled by another hand while the eighty-second pass wrote its rules from sets 121–126: blind
(recall 0.769, 0.658 without the sisters, on 267fa6c).
The hundred-and-twenty-ninth, ``tests/gold/statements_heldout129.jsonl`` (seed 3381, less the
hundred-and-twenty-eighth's, 37; 81 statements: vso 46, continuation 14, nominal 4, participle 4,
prep_source 4, relative 4, svo 4, relay 1, three with a ``via``, one nested; two articles are
sisters of a set-20 article and a keep/fix article, labelled as those label them), was labelled by
another hand while the eighty-second pass wrote its rules from sets 121–126: blind (recall 0.852,
0.817 without the sisters, on a001cd3, whose source is 267fa6c's).
The hundred-and-thirtieth, ``tests/gold/statements_heldout130.jsonl`` (seed 3391, less the
hundred-and-twenty-ninth's, 25; 102 statements: vso 53, participle 15, continuation 11, svo 8,
fronted 5, prep_source 3, nominal 3, relative 2, relay 2, nine with a ``via``, five nested; a
France 24 press review whose sources follow their content, three as sentences of their own («تشرح
الصحيفة.», «ترجح القدس العربي.», «تكتب الصحيفة.»); two articles are sisters of set-22 and set-125
articles, labelled as those sets labelled them), was labelled by other hands while the
eighty-second pass wrote its rules from sets 121–126: blind (recall 0.784, 0.750 without the
sisters, on a001cd3).
The eighty-second pass read the misses of sets 121–126 and wrote rules for the source phrases among
them: activists, observers and organisers are sources after «بحسب/حسب/وفقا لـ» («وبحسب المنظمين»,
«وفقا لنشطاء معارضين», «حسب مراقبين»; ``reporting_verbs.json`` v46); a noun of words said before
the source («حسب قول الكاتب», «وفق تصريحات قائد عسكري») gives its genitive as the speaker
(``_genitive_source``; ``statement_words.json`` v54, ``source_said_nouns``); and a quotation right
after the source noun of «وفق ما/بحسب ما» + verb that closes the sentence names the outlet
(«…، وفق ما قالت مصادر "سكاي نيوز عربية".»; ``_closing_genitive``). It raises set 121 to 0.831
(0.783 → 0.831), set 122 to 0.753 and set 126 to 0.841, leaves sets 123–125 unchanged, and raises
sets 62 (0.779), 63 (0.717) and 104 (0.817) by one statement each. Sets
127–130, labelled by other hands while it ran, stay blind to it: it leaves 127 (0.815), 128
(0.769) and 130 (0.784) unchanged and raises 129 from 0.852 to 0.864 (a trailing «، بحسب نشطاء
بالمعارضة»).
The eighty-third pass read the misses of sets 127–130 and wrote rules for three of their classes:
a discourse frame after its preposition is no fronted subject, with or without a comma («من جهة
ثانية أكد النائب البرلماني خضر حبيب أهمية…», «ومن ناحية أخرى نفى…»: the subject follows the verb;
``_subject_before``); a topic fronted by «(و)فيما يتعلق/يخص بـX،» before a subjectless cue is no
clause, as «وعن/وحول» are («وفيما يتعلق بحقوق الإنسان في المملكة، أكد أن…» continues «الجبير»;
``statement_words.json`` v55, ``topic_phrases``); and «تمنى» (wished) is a cue in the past too,
with its content only («من جهته، تمنى المبعوث الأممي أن يزور…»; a greeting «وتمنى له النجاح»
builds none, and «تمني» written with yaa is the form II present; ``reporting_verbs.json`` v47). It
raises set 128 from 0.769 to 0.846 and set 130 from 0.784 to 0.794, leaves sets 127 (0.815) and
129 (0.864) unchanged, and raises sets 8 (0.795), 16 (0.952) and 83 (0.730) by one statement each.
Sets 131 and 132, labelled while it ran, stay at 0.723 and 0.706.
The hundred-and-thirty-first, ``tests/gold/statements_heldout131.jsonl`` (seed 3401, less the
hundred-and-thirtieth's, 13; 101 statements: vso 59, continuation 12, participle 11, prep_source
7, relative 6, svo 4, nominal 2, seven with a ``via``, one nested; no copy or sister of an earlier
article, by letters-only and word 8-gram comparisons), was labelled by other hands while the
eighty-third pass wrote its rules from sets 127–130: blind (recall 0.723 on f47c004, whose source
is a3e6ef7's; none of its six relative statements and neither nominal right, 3 of 7 source
phrases).
The hundred-and-thirty-second, ``tests/gold/statements_heldout132.jsonl`` (seed 3411, 10 articles;
a new pool, as the 500–3,000-character one is spent after the hundred-and-thirty-first: the shared
articles of 3,001–6,000 characters with a reporting word, less every statements gold article, the
hundred-and-thirty-first's draw and the keep/fix sample, 283; 136 statements: vso 58, continuation
23, prep_source 19, participle 13, relative 12, svo 9, relay 2, ten with a ``via``, two nested; no
copy or sister of an earlier article; an interview whose answers have no cue and an opinion column
among them), was labelled by another hand while the eighty-third pass wrote its rules from sets
127–130: blind (recall 0.706 on f47c004, whose source is a3e6ef7's).
The hundred-and-thirty-third, ``tests/gold/statements_heldout133.jsonl`` (seed 3421, 10 articles,
less the hundred-and-thirty-second's, 273, from the 3,001–6,000-character pool; 121 statements:
vso 67, continuation 15, participle 11, prep_source 9, relative 9, nominal 6, svo 3, relay 1, four
with a ``via``, one nested; no copy or sister of an earlier article, by letters-only and word
8-gram comparisons; three opinion columns among them, one citing the Quran as «قال تعالى»), was
labelled by other hands while the eighty-third pass wrote its rules from sets 127–130: blind
(recall 0.702 on d1bf772, whose statements source is a3e6ef7's; 2 of 9 relative statements and 1
of 6 nominals right).
The hundred-and-thirty-fourth, ``tests/gold/statements_heldout134.jsonl`` (seed 3431, 10 articles
from the 3,001–6,000-character pool less the hundred-and-thirty-second's and the
hundred-and-thirty-third's draws, 263; 185 statements: vso 93, continuation 29, prep_source 23,
participle 13, relative 11, svo 10, relay 3, nominal 3, seven with a ``via``, one nested; two
articles are sisters, one of a set-105 article, labelled as it labels the shared sentences, and
one of a keep/fix-sample article that the keep/fix file does not judge; a film review whose
dialogue is fiction and an interview whose answers have no cue among them), was labelled by other
hands while the eighty-third pass wrote its rules from sets 127–130: blind (recall 0.789, 0.767
without the sisters, on d1bf772, whose statement rules are a3e6ef7's).
The eighty-third pass (b70d363) leaves both unchanged (0.702, 0.789).
The eighty-fourth pass reads sets 131–134: a discourse frame's noun with the article frames the
sentence as the bare one does («وعلى الصعيد الدولي، أصدر الأمين العام… بيانا أعرب فيه…»: not
«الصعيد الدولي» but the issuing verb's subject speaks; after «في/على/من» only, ``_frame_noun``).
It raises set 134 from 0.789 to 0.805 and leaves sets 131 (0.723), 132 (0.706), 133 (0.702) and
every other set unchanged. Sets 135 and 136, labelled while it ran, stay at 0.717 and 0.674.
The hundred-and-thirty-fifth, ``tests/gold/statements_heldout135.jsonl`` (seed 3441, 10 articles
from the 3,001–6,000-character pool less the hundred-and-thirty-second's to
hundred-and-thirty-fourth's draws, 253; 138 statements: vso 67, continuation 23, participle 15,
prep_source 14, relative 11, svo 6, nominal 2, three with a ``via``, all nested; no copy; one
article is a sister of a keep/fix-sample article, labelled as the keep/fix file judges the shared
statements; a painter's letter whose own words are none and an opinion column among them), was
labelled by other hands while the eighty-fourth pass wrote its rules from sets 131–134: blind
(recall 0.717, 0.691 without the sister, on fe61ecb; 4 of 11 relative statements and neither
nominal right).
The hundred-and-thirty-sixth, ``tests/gold/statements_heldout136.jsonl`` (seed 3451, 10 articles
from the 3,001–6,000-character pool less the hundred-and-thirty-second's to
hundred-and-thirty-fifth's draws, 243; 135 statements: vso 74, continuation 20, relative 10, svo
9, participle 8, prep_source 7, fronted 3, nominal 3, relay 1, four with a ``via``, all four
nested; no copy or sister of an earlier article, by letters-only and word 8-gram comparisons; two
columns, a press review and book notes whose bracketed blurb sources have no cue among them), was
labelled by other hands while the eighty-fourth pass wrote its rules from sets 131–134: blind
(recall 0.674 on fe61ecb, whose statement rules are b70d363's; none of its ten relative statements
right, 3 of 7 source phrases, 0 of 3 vias).
A review of passes 82-84 mended four rules: a topic phrase is read in every spelling («فيما
يخص…» keeps its own «ف», «وفي ما» loses its «و»), a discourse frame opened by «ف» or on «جانب»
(statement_words v56) is no subject, and a verbal noun of the object lexicon after a lone bare
name («وتمنى نيبينزيا وجود…») or opening on its own «و» («وجود، وفاة») ends the speaker, unless the
cue's complement opens its content; «تحالف» heads a body's name (reporting_verbs v48). Sets 6
(0.940) and 13 (0.869) rise by one statement each, none drops, 137–138 unchanged; keep/fix
(146, 44); 18 records of the 2,500 articles change, all right.
The hundred-and-thirty-seventh, ``tests/gold/statements_heldout137.jsonl`` (seed 3461, 10 articles
from the 3,001–6,000-character pool less the hundred-and-thirty-second's to
hundred-and-thirty-sixth's draws, 233; 171 statements: vso 87, continuation 34, relative 12, svo
12, prep_source 11, participle 9, nominal 4, relay 2, eleven with a ``via``, nine nested; no copy
or sister of an earlier article, by letters-only and word 8-gram comparisons; an actress's
interview whose answers follow «وعن…، قالت/أجابت:» and a funeral report of condolences and prayers
among them), was labelled by other hands while the eighty-fifth pass wrote its rules from sets
135–136: blind (recall 0.632 on b40a880, whose statement rules are 3d510ac's; 3 of 12 relative
statements, none of 4 nominals and 14 of 34 continuations right).
The hundred-and-thirty-eighth, ``tests/gold/statements_heldout138.jsonl`` (seed 3471, less the
hundred-and-thirty-seventh's, 223; 147 statements: vso 67, continuation 38, svo 12, relative 10,
prep_source 9, participle 4, fronted 3, nominal 2, relay 2, fifteen with a ``via``; one article is
a byte-for-byte copy of the first held-out set's FR-middleEast-379-20180429, whose one labelled
sentence it keeps as none, the rest labelled from scratch; a France 24 press review of «تكتب/تشرح»
with «تكتب القدس العربي.» after its quote, a column quoting «على ما زعم الحزب» and «ما سرّبه
مسؤولون فيه… من أن…», the memoir's «كان الملك عبدالعزيز يوصي…، يروي الأمير محمد الفيصل», two
interviews whose cue-less answers are none), was labelled by other hands while the eighty-fifth
pass wrote its rules from sets 135–136: blind (recall 0.619 on b40a880, 0.591 without the copy; 41
of its 147 cues missed, relative 1/10).

The eighty-fifth pass reads the misses of sets 135–138. «ل» + an outlet right after the verb is
whom it was said to also when the content opens with a quotation or a colon («وأكد لفرانس برس
"نحن…"», ``_content_after_setting``), so the last speaker goes on. An interview answer continues
the one asked after the question fronted as a topic: «وعما» and «أما عن» open one (statement_words
v57); a bare verb with no «و» answers a topic that holds commas or closes with «؟»
(``_topic_trimmed``); the topic's words are no fronted subject (``_topic_fronted``), and «أجاب»
needs no written subject after one. A verb inside a «…» quotation past a full stop is what was
said also when the content stops before the closing «»» (``_quote_runs_on``). Set 137 rises from
0.632 to 0.673 and set 138 from 0.619 to 0.633; 135 (0.717) and 136 (0.674) are unchanged; sets 17
(0.833 → 0.859) and 74 (0.789 → 0.800) rise, 49, 137 and 138 lose false statements, none drops;
keep/fix (146, 44); 29 records of the 2,500 articles change: 24 right, 2 half, 3 wrong.

The hundred-and-thirty-ninth, ``tests/gold/statements_heldout139.jsonl`` (seed 3481, 10 articles
from the 3,001–6,000-character pool less the hundred-and-thirty-second's to
hundred-and-thirty-eighth's draws, 213; 161 statements: vso 58, continuation 36, participle 21,
prep_source 18, relative 10, nominal 9, svo 8, relay 1, eleven with a ``via``, nine nested; no
copy, one sister of set 49's FR-middleEast-893-20180805 by word 8-grams, whose network sentence
keeps set 49's label; two analysts' market reports whose «وطالب المتعاملين…» leaves its object to
nine later cues, Choudary's «دعواته» as nominals, a column whose Zhuangzi and Kafka quotations are
none), was labelled by other hands while the eighty-fifth pass wrote its rules from sets 135–138:
blind (recall 0.689 on f842ca7, 0.691 without the sister; none of 9 nominals and 1 of 8 svo right,
0 of 3 vias).

The hundred-and-fortieth, ``tests/gold/statements_heldout140.jsonl`` (seed 3491, 10 articles from
the 3,001–6,000-character pool less the hundred-and-thirty-second's to hundred-and-thirty-ninth's
draws, 203; 164 statements: vso 83, continuation 20, relative 16, participle 15, prep_source 12,
svo 12, nominal 4, relay 2, eighteen with a ``via``, fourteen nested; no copy; one article is a
sister of set-1, set-41 and set-88 articles, labelled as those sets label the shared sentences; a
religious column quoting hadith and Quran («كما أخبر النبي…:», «قال الله تعالى», «في قوله تعالى»,
the «رواه…» citations none), a column answering an ambassador's article and an AFP election fact
sheet whose «وفقا لـ…» close its lines among them), was labelled by other hands while the
eighty-fifth pass wrote its rules from sets 135–138: blind (recall 0.634, 0.601 without the
sister, on f842ca7, whose statement rules are e2ab69e's; 4 of 16 relative statements, 3 of 12 svo,
4 of 12 source phrases and none of 4 nominals right; one item's cue sits on the sentence's other
«تشير», a slip left as scored, 0.640 without it).

The hundred-and-forty-first, ``tests/gold/statements_heldout141.jsonl`` (seed 3501, 10 articles
from the 3,001–6,000-character pool less the hundred-and-thirty-second's to hundred-and-fortieth's
draws, 193; 146 statements: vso 54, continuation 25, svo 23, participle 19, prep_source 10,
nominal 7, relative 4, fronted 3, relay 1, fifteen with a ``via``, twelve nested; no copy; one
article is a sister of set 105's FR-internationalNews-731-20180416, labelled as set 105 labels the
shared sentences; a Douma activist's first-person column whose own words are none, a France 24
press review of «عنونت», «…، تقول صحيفة العربي الجديد.» and «تنقل الصحيفة وتعتبر», Avenatti's
question «ولماذا تبجح الرميحي… وفقاً لإقرار قضائي؟» and «يكمل دولي روايته… قائلا:» on its verb
among them), was labelled by other hands while the eighty-fifth pass wrote its rules from sets
135–138: blind (recall 0.596, 0.593 without the sister, on bd4afee, whose statement rules are
e2ab69e's; 1 of 7 nominals, 1 of 4 relative statements and 12 of 25 continuations right, 15 verbs
not read as cues, via 1 of 7 found).

The hundred-and-forty-second, ``tests/gold/statements_heldout142.jsonl`` (seed 3511, 10 articles
from the 3,001–6,000-character pool less the hundred-and-thirty-second's to
hundred-and-forty-first's draws, 183; 184 statements: vso 99, continuation 35, participle 13,
prep_source 13, relative 11, svo 11, relay 1, nominal 1, thirteen with a ``via``, six nested; one
article is letter for letter the keep/fix article FR-middleEast-499-20180519, whose three judged
cues keep their speakers, and one a sister of set 29's FR-internationalNews-536-20180320, labelled
as set 29 labels the shared sentences; a bare «أدان» with an unquoted object none as sets 106–126
leave it, «ندد» and a quoted «دان» statements; two columns, one answering Zarif in the second
person («طالبتم… حيث وصفتها…»), among them), was labelled by other hands while the eighty-fifth
pass wrote its rules from sets 135–138: blind (recall 0.772, 0.773 without the copy and 0.767
without the sister too, on bd4afee, whose statement rules are e2ab69e's; 4 of 11 relative
statements, 4 of 11 svo and none of the six nested right, 2 of 6 vias).

The hundred-and-forty-third, ``tests/gold/statements_heldout143.jsonl`` (seed 3521, 10 articles
from the 3,001–6,000-character pool less the hundred-and-thirty-second's to
hundred-and-forty-second's draws, 173; 234 statements: vso 120, continuation 39, participle 21,
svo 18, relative 16, relay 8, prep_source 8, nominal 4, twenty-four with a ``via``, eleven nested;
no copy; two articles are sisters of set 115's SNN-dcc469339653, labelled as set 115 labels the
shared sentences; a source phrase naming the statement's own speaker («، بحسب ما ذكر الجبير.»)
none as sets 141–142 leave «حسب تعبيره», denials, rejections and blame («وأنحى بالمسؤولية على
روسيا», «رفض التحذير») statements, documents that show («تظهر الوثائق أن») speakers, among them),
was labelled by other hands while the eighty-fifth pass wrote its rules from sets 135–138: blind
(recall 0.731, 0.743 without the sisters, on b641abc, whose statement rules are e2ab69e's; 3 of 16
relative statements, 8 of 18 svo and 1 of 4 nominals right, 12 verbs not read as cues, of the
eleven nested statements 2 found, 7 of 12 vias).

The hundred-and-forty-fourth, ``tests/gold/statements_heldout144.jsonl`` (seed 3531, 10 articles
from the 3,001–6,000-character pool less the hundred-and-thirty-second's to
hundred-and-forty-third's draws, 163; 107 statements: vso 55, continuation 19, participle 8, svo
8, prep_source 7, relative 6, nominal 4, five with a ``via``, two nested; no copy or sister of an
earlier article, by letters-only and word 8-gram comparisons; a film column whose 33 lines are the
critic's own voice, three more columns (Erdogan's «حمّل… مسؤولية… قائلاً» and «تحميل…» as
statements, Cameron's «وتعهد/وعد», «جراء تحميل المجتمع المسلم… مسؤولية» a nominal), «وبحسب
«رويترز» قال كيري» with its source phrase and the outlet as via, and an interview whose «وتقول
"…"» follow «وحرصت/وترفض حسيب» among them), was labelled by other hands while the eighty-fifth
pass wrote its rules from sets 135–138: blind (recall 0.710 on b641abc, whose ``src/`` is
bd4afee's; 1 of 6 relative statements and none of 4 nominals right, 7 verbs not read as cues, 0 of
2 vias found).

The eighty-sixth pass reads the misses of sets 139–142. A definite sound plural in «ين» right
after a verb that addresses someone («طالب، دعا، حث، ناشد، اتهم»: ``cue.transitive``) is its
object, never its subject (``_oblique_plural``: «وطالب المتعاملين… بأن…»), so the subject was
dropped and the last speaker goes on into the cues after it. The name «علي» before a definite
surname is marked after a title or after the quoted outlet a verb spoke to, as after the verb
(``_mark_names``, ``_outlet_quote_before``: «قال لـ"الاقتصادية" علي الزهراني محلل فني إن…»), in
an article that spells the preposition «على». A title set off by commas after the speaker's name
is the speaker's when the cue's complement follows it (``_title_set_off``: «أثنى سالم سمران،
القيادي في المقاومة الشعبية، على دور…»). Set 139 rises from 0.689 to 0.770 and set 142 from 0.772
to 0.783; 140 (0.634) and 141 (0.596) are unchanged, and so are the blind 143 (0.731) and 144
(0.710); sets 62 (0.779 → 0.789) and 100 (0.757 → 0.767) rise, 43 loses a false statement, none
drops; keep/fix (146, 44); 38 records of the 2,500 articles change: 35 right, 2 half, 1 wrong. A
review mend: a preposition that only leads to «أن/إن» is no complement said (``_title_set_off``:
«وأكد المتحدث، الوزير…، على أن…» gave the content «على أن…»), so before it, as before any marker,
the speaker stays the name and the content is the «أن» clause; no set and no record of the 2,500
articles changes, keep/fix (146, 44).

The review mends of the eighty-fifth pass: a subordinator or relative that ends a fronted topic
(``topic_clause_leads``: «وعن هذا التناغم… بحيث أعلنتا أنهما تتابعان…») opens a clause of the
question, so the verb after it is no answer, and a statement it makes, or one nested in its
content, passes no speaker to the answers after the question (``_asks_in_topic``); a sentence a
fronted topic opens has no opening verb whose subject a conjoined «وقال» shares
(``_opening_subject``: «وعن الحكام، الذين…، وقال» no longer gives «الحكام»); and «ل» + an outlet
before the content ends an explicit subject as it does right after the verb («وقال الوزير لرويترز
إن…»). No set changes and keep/fix stays (146, 44); 30 records of the 2,500 articles change: 26
right, 4 half (an interview's answers lose a wrong speaker and stay empty).

The hundred-and-forty-fifth, ``tests/gold/statements_heldout145.jsonl`` (seed 3541, 10 articles
from the 3,001–6,000-character pool less the hundred-and-thirty-second's to
hundred-and-forty-fourth's draws, 153; 157 statements: vso 62, continuation 36, svo 16, relative
15, prep_source 11, participle 9, nominal 8, three with a ``via``, all nested under the UN
spokesman; no copy; two sisters, of set 5's SNN-237743f95cb7 (the Russian announcement of the Doha
meeting, labelled as set 5 labels it) and set 48's SK-middleEast-2888-20180713 (two background
sentences, none in both); an admission reported as «اعتراف/إعلان X بمسؤوليته» a nominal, «خرج X
ليهدد/ليقول» a continuation, a drama column with one statement among them), was labelled by other
hands while the eighty-sixth pass wrote its rules from sets 139–142: blind (recall 0.656 on
b0a298e, whose ``src/`` differs from the eighty-fifth pass's (42bf74e) only in linking; none of 8
nominals and 4 of 15 relative statements right, 10 verbs not read as cues; 0.625 without the two
sister articles).

The hundred-and-forty-sixth, ``tests/gold/statements_heldout146.jsonl`` (seed 3551, 10 articles
from the 3,001–6,000-character pool less the hundred-and-thirty-second's to
hundred-and-forty-fifth's draws, 143; 134 statements: vso 78, continuation 17, participle 14,
relative 9, svo 6, prep_source 6, nominal 4, six with a ``via``, five nested; no copy; one article
is a sister of set 2's SNN-37ac4d015f0d, whose shared narration sentences are none as set 2 leaves
them; a BBC Reality Check whose «الزعم:/الرأي:» headings are none, claims of responsibility,
praise («وأشاد… قائلا» as two), thanks and requests as statements, captured soldiers' «أدلوا
باعترافاتهم» and «طمأنهم» nested in a spokesman's words, and a sports column with two nominals
among them), was labelled by other hands while the eighty-sixth pass wrote its rules from sets
139–142: blind (recall 0.754, 0.744 without the sister, on f53bb9f, whose statement rules are
b0a298e's; none of 4 nominals, 4 of 9 relative statements and 3 of 6 source phrases right, 8 verbs
not read as cues, 1 of 6 vias; one source phrase's speaker span sits on the same name a few lines
earlier, a slip left as scored, 0.761 without it).

The hundred-and-forty-seventh, ``tests/gold/statements_heldout147.jsonl`` (seed 3561, 10 articles
from the 3,001–6,000-character pool less the hundred-and-thirty-second's to
hundred-and-forty-sixth's draws, 133; 163 statements: vso 75, participle 25, continuation 24, svo
17, prep_source 11, relative 8, nominal 2, relay 1, eighteen with a ``via``, seventeen nested; no
copy; two sisters, of set 1's and the first held-out set's Emirati-aid articles (Bahah's «أشاد…
مشيرا», labelled by the general rules since those sparse files leave it out) and of set 30's
FR-internationalNews-2169-20180705 (the observatory's «أحصى», «ووصف… متحدثا», the AFP
correspondent's «أفاد… موضحا», labelled as set 30 labels them); a Kosovar's story with «وتحكي
هيلين قصتها» and «قرر أن يشرح… أنه» as statements, «وتصنف… بـ«الإرهابي»», «وتبنى» and a bare
«أدانت» none, an Okaz interview whose answers are none among them), was labelled by other hands
after the eighty-sixth pass (33b90a7): blind (recall 0.699 on 33b90a7, 0.688 without the first
sister and 0.669 without both; none of the 17 nested statements and 4 of 17 svo found right, 9
verbs not read as cues, 6 empty speakers after a long fronted subject).

The hundred-and-forty-eighth, ``tests/gold/statements_heldout148.jsonl`` (seed 3571, 10 articles
from the 3,001–6,000-character pool less the hundred-and-thirty-second's to
hundred-and-forty-seventh's draws, 123; 148 statements: vso 63, continuation 37, prep_source 18,
participle 11, svo 10, relative 5, nominal 4, five with a ``via``, two nested; no copy; two
sisters, of set 48's SNN-7d97a75887c5 (Mourinho on Falcao, a longer cut of the same wire) and set
88's BB-middleEast-739-20180716 (the Iraqi protests), labelled as those sets label the shared
sentences; a bare «أدان» none as sets 106–143 leave it, «استنكرت» and «ويُندّد مشروع البيان… حسب
وكالة فرانس برس» (via the agency) statements, an essay on a manuscript poem whose quoted verses
and paraphrased praise and counsel are nineteen statements, topic verbs with their
«قائلا/لتقول/فقال» («وتناول», «وتسرد», «تطرق», «تحدث الشاعر») one statement on the verb, among
them), was labelled by other hands after the eighty-sixth pass (33b90a7): blind (recall 0.628 on
33b90a7, 0.575 without the sisters; 13 of 37 continuations, 1 of 5 relative statements and 1 of 4
nominals right, 12 poem-essay cues and 6 verbs not read as cues, 1 of 2 vias found; two
continuation speakers on Alloush's line-1 apposition rather than the nearer «علوش», a slip left as
scored, 0.642 without it).

The eighty-seventh pass reads the misses of sets 143–148. A body noun of the relative's gender
(``masculine_body_heads`` «حزب، تنظيم، مجلس…» with «الذي», ``feminine_body_heads`` with «التي»)
opens the antecedent of a relative before an object-taking verb, inside a construct too, and the
rule is tried when the noun after the verb is an addressee (``_relative_subject``,
``_relative_body``: «غضب حزب العمال الكردستاني الذي اتهم السلطة المركزية بـ…», «تنظيم داعش
المتشدد الذي أعلن قيام خلافة»). «ثم» opens a clause, so the words before it are no fronted
subject (``clause_openers``: «…المتعالي ثم استطرد»). «بيان» right after a verb with a «بـ»
complement is the noun when its issuer is followed by a colon or a quotation (``_bi_subject``:
«وأفاد بيان مكتب رئيس الوزراء… «تم توقيف…»»). A first name in «ـيه/ـينا» is no possessed noun
before a surname and a title (``_referent``: «قال جوزيه مورينيو مدرب تشيلسي… إنه»). Kin and
companions with a pronoun name people (``possessed_referents``: «وذكر خالها عمرو الحريري أن…»).
Set 143 rises from 0.731 to 0.735, 144 from 0.710 to 0.738, 145 from 0.656 to 0.662 and 148 from
0.628 to 0.635; 146 (0.754) and 147 (0.699) are unchanged; sets 46 (0.862 → 0.877), 48 (0.929 →
0.940), 110 (0.755 → 0.765) and 132 (0.706 → 0.713) rise, none drops, no false count changes;
keep/fix (146, 44); 23 records of the 2,500 articles change: 15 right, 8 half (seven in the poem
essay lose the verse as speaker, four of them swallowed by the content of the cue before; «ذويهم»
with its verb in the span). Its review mends: the «ـيه/ـينا» first name needs a title right after
the surname («وأكد سعيه لتحقيق السلام» names nobody), and a person's title of the relative's gender
before a «عن/في/من/لـ» body phrase heads the antecedent (``_person_owner``: «عضو البرلمان عن حزب
العمال الذي اتهم…»); no set or corpus record changes.

The hundred-and-forty-ninth, ``tests/gold/statements_heldout149.jsonl`` (seed 3581, 10 articles from
the 3,001–6,000-character pool less the hundred-and-thirty-second's to hundred-and-forty-eighth's
draws, 113; 162 statements: vso 73, participle 21, continuation 19, relative 16, svo 13, prep_source
9, fronted 5, nominal 4, relay 2, thirteen with a ``via``, ten nested; no copy; one sister, of set
116's SK-middleEast-1025-20180414 and set 126's SK-middleEast-1043-20180414 (the Western strikes on
Syria, labelled as those sets label the shared sentences); BBC's leaked Qatari ransom documents
whose «وتظهر/وبينت/وأثبتت الوثائق» speak and whose authors' «ما كتبه/قال فيها/يقول فيه» carry no via
while a third party's «طلب الخاطفون» is nested, a France 24 press review with «، تضيف الصحيفة/تكتب
لوموند/، يقول الكاتب» ``fronted`` and «نقرأ» a relay, a column and an opinion piece in the writer's
voice (two statements and none), among them), was labelled by other hands after the eighty-sixth
pass and its review mends (85e4303), while the eighty-seventh pass was written: blind (recall 0.611
on 85e4303, 0.555 without the sister; 9 of 10 nested statements, 9 document verbs and 9 of 16
relative statements missed, 2 of 16 relative statements and none of 4 nominals right, 11 verbs not
read as cues, 9 empty speakers, four of them after «وفي تعليق لناصر الطوالة الذي… قال»).

The hundred-and-fiftieth, ``tests/gold/statements_heldout150.jsonl`` (seed 3591, 10 articles from
the 3,001–6,000-character pool less the hundred-and-thirty-second's to hundred-and-forty-ninth's
draws, 103; 128 statements: vso 59, continuation 26, prep_source 17, participle 10, relative 8, svo
4, nominal 3, relay 1, four with a ``via``, three nested; two copies, of set 137's
FR-middleEast-22-20180218 (the Ghouta) and set 145's FR-internationalNews-2338-20180716 (Iraq's
protests), whose lines are those sets' lines verbatim; one sister, of set 58's SNN-0930fb3286b4
(al-Nusra and Division 30), labelled as set 58 labels the shared sentences, «وهو أمر نفته وزارة
الدفاع الأميركية» none among them; views and stances «ويعتبر الكثير من العراقيين», «وتتعامل تركيا…
على أنها», «ويتخوف معارضون», «دول… تعارض» and «وفي عيون أجهزة الأمن التركية» (a source phrase)
statements, the columnists' own voice and Iran's imputed «ورأت» none, among them), was labelled by
other hands after the eighty-sixth pass and its review mends (85e4303), while the eighty-seventh
pass was written: blind (recall 0.703 on 85e4303, 0.663 without the copies and 0.657 without the
copies and the sister; 1 of 8 relative statements right, none of the 3 nested statements found, 8
verbs not read as cues, 8 empty speakers).

The eighty-eighth pass reads the misses of sets 146, 147, 149 and 150. «أظهر/أثبت» at the head
of a clause with a document, record or survey right after it (or after a quantifier) and a content
marker a few words on is that document's report, as «كشفت الوثائق» is (``shown_forms``,
``shown_documents``, ``_shown_cue``: «وتظهر الوثائق كيف أن…», «وأثبتت الوثائق المسربة أن…»,
«وأظهرت بعض الرسائل الصوتية أنه…»), and «كيف» ends a speaker (``speaker_stop``). A measured noun
right after the verb after a fronted source makes a figure, the source's content, no relayed
report (``_report_after``: «وبحسب وزارة الخارجية الإسرائيلية، يقدر عدد الدروز…»). «تعليق» is a
spoken contribution as «تصريح» is (``recipient_lead_nouns``: «وفي تعليق لناصر الطوالة الذي…
قال:»). «طمأن» (reassured) is a cue with its object and its content only, and a suffixed form
spelt with «ة» is the verbal noun for a transitive verb as for an object-taking one («وطمأنة
الحلفاء»). The seats of government «البنتاغون، الكرملين، الإليزيه» are source heads («…، بحسب
البنتاغون.»). Set 149 rises from 0.611 to 0.679 and 150 from 0.703 to 0.711; 146 (0.754) and 147
(0.699) are unchanged; sets 41, 63, 102, 138, 139 (+1 each) and 143 (+2) rise, none drops; set 28
gains one false statement («وأظهر تقرير يوروبول السنوي أن…», none there, a statement by the later
sets' documents-speak convention) and set 149 one («ولفت إلى أنه يرى أن…»: his own «يرى», split
off once «ولفت» has a speaker); keep/fix (146, 44); 30 records of the 2,500 articles change: 26
right, 3 half, 1 worse (that «يرى»).

The hundred-and-fifty-first, ``tests/gold/statements_heldout151.jsonl`` (seed 3601, 10 articles from
the 3,001–6,000-character pool less the hundred-and-thirty-second's to hundred-and-fiftieth's draws,
93; 171 statements: vso 76, continuation 36, svo 18, prep_source 10, relative 9, nominal 9,
participle 9, relay 2, fronted 2, fourteen with a ``via``, eleven nested; one copy, of set 135's
FR-middleEast-723-20180703 (Deraa's displaced), whose lines are that set's lines verbatim; one
sister, of the first held-out set's SNN-3e5f1583afe9 (Carter in Baghdad, Warren's «قال… مقدرا»
labelled as there); a France 24 press review whose «صحيفة X كتبت/اعتبرت/وصفت/عنونت» are ``svo``,
whose «أشارت… إلى تصريحات X التي قال فيها» is the paper's statement with X's nested under it, and
whose Trump «إعلان» and promises are nested; a BBC guide to Swedish parties whose stances («يعتقد»,
«يؤيد», «يدعو») and «بحسب حملتهم» are statements and «يصف نفسه» none; King Fahd's «مقولته» and
«كلماته» nominals; truce announcements in a relative none as sets 62 and 131 leave them; a match
report with none, among them), was labelled by other hands while the eighty-seventh pass was written
and scored after it landed (4ea46f7): blind (recall 0.667 on 4ea46f7, 0.641 without the copy and
0.633 without the copy and the sister; none of 9 nominals and 1 of 9 relative statements found
right, 9 of 11 nested statements missed, 5 press-review verbs and 4 other verbs not read as cues, 15
empty speakers, 6 of them the press review's continuations after a noun-first «صحيفة X فعلت»).

The hundred-and-fifty-second, ``tests/gold/statements_heldout152.jsonl`` (seed 3611, 10 articles
from the 3,001–6,000-character pool less the hundred-and-thirty-second's to
hundred-and-fifty-first's draws, 83; 119 statements: vso 50, continuation 22, prep_source 11,
participle 10, svo 10, relative 8, nominal 7, relay 1, six with a ``via``, five nested; no copy, no
sister; orders, bans and rulings «حظر قاضٍ», «وأصدر… أمر تقييد», «وقضت… بأنه», «أمر العبادي بحلّ»,
«بيانا… وجّه فيه» (set 145's «أمر فيه»), topic verbs «تحدث… عن» and the nominal «والحديث عن», a
poet's verses «فكتب أبياته…:» and «قصيدته تشهد… :» statements, the columnists', the doctor's and the
parent's first person, «لم يخف… امتعاضه», «يظنون» and an army's «يتوقع هجوما» none, among them), was
labelled by other hands while the eighty-seventh pass was written and scored after it landed
(4ea46f7): blind (recall 0.580 on 4ea46f7; none of 7 nominals and 1 of 8 relative statements right,
9 orders, bans, rulings and requests and 7 stance verbs not read as cues, 4 of 5 nested statements
missed, 5 empty speakers and three on the addressee «لبي بي سي»).

The hundred-and-fifty-third, ``tests/gold/statements_heldout153.jsonl`` (seed 3621, 10 articles from
the 3,001–6,000-character pool less the hundred-and-thirty-second's to hundred-and-fifty-second's
draws, 73; 138 statements: vso 67, continuation 22, participle 16, svo 10, relative 10, prep_source
9, nominal 4, three with a ``via``, all nested; no copy, no sister; praise, greetings and lists
«ثمن… مشيدين», «وهنأ», «وعدد معاليه», a plan presented «عرضت/عرض… خطة» beside «وأعلن… الخطة مركزا»,
a budget plan's «وتوقعت… قدرت», «هذا ما يؤكد عليه X» and «وهذا ما أكده X» (``relative``, content the
line before), a court's «ما أيده… الذي أكد», «بيانا عبر تويتر ألمح فيه… ذاكرا… مستثنيا», «وبالنسبة
له،» a source phrase and «خلاصة تحليل لمؤسسة…» a nominal, the columnists' voice, passives, «تشير كل
المؤشرات», rejections as acts and announced things as a relative's antecedent none, among them), was
labelled by another hand while the eighty-eighth pass was written and scored after it landed
(e09ba04, on HEAD b9b5279): blind (recall 0.652 on b9b5279; 98 of 138 cues found; 18 praise,
presentation, document and stance verbs not read as cues, 2 of 9 source phrases and 3 of 10 relative
statements right, 3 of 4 nominals missed, none of the 3 nested statements right, 5 empty speakers).

The hundred-and-fifty-fourth, ``tests/gold/statements_heldout154.jsonl`` (seed 3631, 10 articles
from the 3,001–6,000-character pool less the hundred-and-thirty-second's to
hundred-and-fifty-third's draws, 63; 160 statements: vso 91, continuation 22, participle 19, svo 11,
relative 8, nominal 7, prep_source 2, seven with a ``via``, three nested; one copy, of set 133's
FR-internationalNews-675-20180411 (the West and Russia's veto), whose lines are that set's lines
verbatim; no sister; the main-clause view «وتعتبر أنقرة… امتدادا…» ``vso`` though set 59 left the
same sentence none, «يلوم», «يطلب», «يطرحون شرطا», «بحجة أن», «مطلب… بـ» and a question's «يشكو سكان
تعز من» statements, topic verbs «قدم تقريره… حول», «ليشرح مواقف» and «بعث برسائل… حول» statements,
the essayists' voice, an interview's answers, chants, a proverb and agreements «اتفقتا على أن» none,
among them), was labelled by other hands while the eighty-eighth pass was written and scored after
it landed (e09ba04, on HEAD b9b5279, whose ``src`` is e09ba04's): blind (recall 0.719 on b9b5279,
0.742 without the copy; none of 8 relative statements and 1 of 7 nominals right, 3 of 3 nested
statements missed, 13 views, stances and requests not read as cues, «وتحدث… قائلا» and «واعترف…
وقال» read as one, 5 empty speakers).

The eighty-ninth pass reads the misses of sets 151, 152, 153 and 154. An outlet after the verb
set off by a comma is still the one spoken to (``_content_after_setting``: «لكن مؤسس المنظمة،
كودي ويلسون، قال لبي بي سي، إن…», whose «وأضاف» and «وتابع قائلا» named «لبي بي سي»). A bare
«رد» after a preposition or «أي» is the noun («للاتفاق على رد مشترك على…»; ``radd_noun_leads``),
so «مشترك» no longer speaks for the «وأضاف» after it. A sentence that opens SVO on a speaker's
head and a bare past gives its subject to a later subjectless cue (``_fronted_past_subject``: the
press review's «صحيفة طهران تايمز أشارت… وقالت», «الصحيفة أوردت الخبر…، وقالت»). A lone word
that has spoken before, right after the clause's verb, is its subject and the words after it the
object (``_governing_subject``: «ونشرت إيران مئات الجنود…، قائلة»). After a fronted prepositional
phrase, the clause between commas right before a subjectless cue gives its subject
(``_comma_clause_subject``: «وفي إجابة على سؤال…، تحاشى المتحدث… التعليق، وقال:»). «إصرار» is an
object head, and the plurals «محللين، المختص، مختصين، باحثين…» are source heads («، بحسب
محللين،»). Set 151 rises from 0.667 to 0.708, 152 from 0.580 to 0.613, 153 from 0.652 to 0.667
and 154 from 0.719 to 0.725; sets 2, 32, 80, 98, 107, 132, 138, 139, 144 (+1 each) and 89, 149
(+2) rise, 64 and 142 lose false statements, none drops; keep/fix (146, 44); 48 records of the
2,500 articles change: 42 right, 6 half, none worse. A review mended it (#21): only a speaker
named in one word makes a lone word its name again, the clause set off by commas needs a speaker
and leaves its definite object («جون كيربي التعليق»), and «من جانبه» ends a fronted subject; no
set changes, 4 corpus records change, all right.

The hundred-and-fifty-fifth, ``tests/gold/statements_heldout155.jsonl`` (seed 3641, 10 articles from
the 3,001–6,000-character pool less the hundred-and-thirty-second's to hundred-and-fifty-fourth's
draws, 53; 143 statements: vso 62, continuation 25, participle 22, svo 10, nominal 10, relative 6,
prep_source 4, relay 2, fronted 2, fifteen with a ``via``, ten nested; no copy, no sister; a
councillor's tweets «قائلاً/مغردا/مناشداً في تغريدة» with «جاء في تغريدة… قائلاً» one spanning cue,
«احتفى… بـ», «وقف… ضد», «يصفهم بـ», «الذي صنفته قطر بـ», «ويؤمن… أنّ», «يدّعون أنّ» and «ويحثون على»
statements, «بادر… بالإعلان عن», «للإعراب عن», «إعلان تنظيم… عن» nominals, a press review's
«تكتب/كتبت عن», «تطرقت إلى», «وركزت على» and «، تتابع الصحيفة» / «تعلق الصحيفة.» statements while
«اهتمت» and articles announced by their titles are none, UN resolutions' «طالب/مستنكرا/أعرب/وإعادة
التأكيد» statements, fatwas, protest purposes «للمطالبة/احتجاجا», a requested truce as a relative's
antecedent and «وفق وصفه» none, among them), was labelled by another hand while the eighty-ninth
pass was written and scored after it landed (66f90e6): blind (recall 0.587 on 66f90e6; 100 of 143
cues found; 15 stance, praise, belief and call verbs not read as cues, 9 of 16 press-review
statements missed, 2 of 10 nominals found and none of 6 relatives right, both relays missed, 0 of 5
vias right, 12 empty speakers).

The hundred-and-fifty-sixth, ``tests/gold/statements_heldout156.jsonl`` (seed 3651, 10 articles from
the 3,001–6,000-character pool less the hundred-and-thirty-second's to hundred-and-fifty-fifth's
draws, 43; 121 statements: vso 60, continuation 18, prep_source 14, participle 10, relative 6,
nominal 5, relay 5, svo 3, fourteen with a ``via``, four nested; no copy; one sister, of the first
held-out set's AL-internationalNews-1569-20180611 (Lebanon freezes UNHCR residencies, «كذلك حذرت
منظمات دولية…» labelled as there); Basil's orders and request nested in his office's statements,
«وجاء في البيان» named for the issuer as set 154 names it, «وردت… معتبرة…، قائلة…» two statements,
views, classifications and proposals «تصنّف/تعتبر تركيا», «تطرح أنقرة مشروع» and the estimate «ويقدر
لبنان» statements, a columnist's call with the labour minister whose «تحدث… حول», «طلب» and «حديث
الوزير» are statements, a painter's letter whose mother, boys and grandmother speak and a doctor's
column whose patient answers while the writers' own voice is none, the Quran's «يقول الحق سبحانه
وتعالى», the bare «دانت/أدانت» none, among them), was labelled by another hand while the
eighty-ninth pass was written and scored after it landed (66f90e6): blind (recall 0.661 on 66f90e6,
0.656 without the sister; 93 of 121 cues found, 5 of 18 continuations and 1 of 5 nominals right, 9
views, estimates, denials and reports not read as cues, 8 statements inside the columns and the
letter and 3 of 4 nested statements missed, 7 empty speakers).

The ninetieth pass reads the misses left in the long-article sets 145–154. Any verb right after an
indefinite text noun that points back to it with «فيه/فيها» says what the text says, its writer
the speaker, when the words follow quoted, after a marker or as what was ordered after «بـ»
(``_document_verb_cue``: «أصدر بيانا مساء السبت أمر فيه "بتوسيع…"», «وجّه فيه بـ"…"»; «اعتذر فيه
عن…» stays none). Inside a statement's words a feminine participle in «ة» after a comma keeps its
verb's object (``comma_objects``: «وأعلنت المرجعية تضامنها مع المحتجين، مطالبة الحكومة بإيجاد…»).
A setting set off by commas between the subject and the complement is read past to its closing
comma («وشكك وزير خارجية ألمانيا، هايكو ماس، لدى حضوره اجتماعا… في بروكسل، في نزاهة…», whose «وقال»
and «أضاف» then have their speaker). A quoted name right after the clause's verb is the subject a
subjectless cue goes on with (``_governing_subject``: «وتبنت «جبهة النصرة» أمس…، واصفة»). «أصر»
(insisted, past, its subject written after it) is a cue (reporting_verbs v52), and «قلل X من
أهمية/شأن/احتمال…» (played down) is one with its downplayed noun (statement_words v62,
``qallal_forms``). Set 145 rises from 0.662 to 0.694, 148 from 0.635 to 0.642, 150 from 0.711 to
0.742, 151 from 0.708 to 0.713, 152 from 0.613 to 0.622 and 154 from 0.725 to 0.731 (146, 147,
149 and 153 unchanged); sets 6, 79, 96, 101, 116, 125, 127, 130, 133, 137, 142 (+1 each), 114, 138
(+2) and 135 (+4) rise, none drops; sets 73 and 101 gain one false statement each («علق X، عبر
حسابه…، على بيان…» with no comment given, a column's «أصر المالكي… على أن…»); keep/fix (146, 44);
57 records of the 2,500 articles change: 55 right, 2 half (those two), none worse. Its review mends
(#21, statement_words v63) narrow the text-noun verbs, the comma participles, the quoted subjects
and «قلل», every set unchanged (keep/fix 146, 44); the review's «أصر» mend was withdrawn because
sets 138 and 151 label both records as statements (a stance), so «أصر على» keeps pass 90's reading.

The hundred-and-fifty-seventh, ``tests/gold/statements_heldout157.jsonl`` (seed 3661, 10 articles
from the 3,001–6,000-character pool less the hundred-and-thirty-second's to
hundred-and-fifty-sixth's draws, 33; 140 statements: vso 65, continuation 17, nominal 13,
prep_source 12, svo 9, participle 8, fronted 8, relative 7, relay 1, four with a ``via``, three
nested; one copy, of the keep/fix article FR-internationalNews-2067-20180629 (Deraa, its five judged
cues labelled with keep/fix's speakers and the rest from scratch); no sisters; crossheads and
related-story headlines none, «لكن/أما/وكانت X… قال» ``fronted``, beliefs and blame «على ثقة أن»,
«مقتنع بأن», «لقناعة مفادها», «ويلقي… باللوم» statements, a verbless «المرصد…، إن…» labelled on
«إن», «حذر منها، قائلاً "…"» one statement, «وقالت إسرائيل، على لسان الوزير…» named for the
minister, a decree's «وجاء في المرسوم» named for Assad while the amnesty itself is none, among
them), was labelled by another hand while the ninetieth pass was written and scored after it landed
(6983806): blind (recall 0.707 on 6983806, 0.661 without the copy; 112 of 140 cues found, 1 of 13
nominals and 2 of 7 relatives right, 6 verbs of view, blame and reply not read as cues, none of 3
nested statements found, 10 empty speakers).

The hundred-and-fifty-eighth, ``tests/gold/statements_heldout158.jsonl`` (seed 3671, 10 articles
from the 3,001–6,000-character pool less the hundred-and-thirty-second's to
hundred-and-fifty-seventh's draws, 23; 203 statements: vso 104, continuation 36, participle 22, svo
11, nominal 10, prep_source 10, relative 7, relay 3, eighteen with a ``via``, nine nested; no copy;
one sister, of the sixty-second set's SNN-5379a3bbfe5a (al-Jubeir and Shoukry in Jeddah, «وأفاد…
مقدماً… متطلعا» labelled as there); views, blame, calls and orders «إذ ترى», «وعبرا عن رؤى», «وجددت
مطالبتها», «وألقى… باللوم», «أوعز… بتجميد», «أمر ترامب بإطلاق» statements, «وتابع/وأردف قائلا» one
cue, slogans with their words «وردد المحتجون شعارات "…"» a statement, an op-ed's Iranian propaganda
«إقناع… بأن» and «لتصوير… بأنه» nominals and «ما تطلق عليه إيران «…»» relatives while the writer's
voice is none, «حسبما أعلن الإليزيه» both a source phrase and the ``via`` of «وطلب ماكرون», the bare
«أعلنت قائمة» and «اعلن الحداد» none, among them), was labelled by other hands while the ninetieth
pass was written and scored after it landed (6983806): blind (recall 0.788 on 6983806, 0.799 without
the sister; 169 of 203 cues found, 13 stance, call, blame, order and report verbs not read as cues,
7 of 9 nested statements, 5 of 7 relatives and 8 of 10 nominals missed, 2 cues after a heading line
missed, 4 empty speakers and three participles naming a nested subject of the line before).

The ninety-first pass reads the misses left in the long-article sets 155–158. A short quotation
closing the sentence after a setting opened by a preposition and a noun of speaking is what was
said (``_setting_only``: «وقال توماس بوسرت… في مقابلة مع برنامج (ذيس ويك) بقناة… "لا أستبعد
شيئا".»; after a programme or outlet head it is a title, statement_words v64 ``titled_heads``). A
manner adverb with its «و» after the verb is no speaker («حيث أشارت وبوضوح إلى…»). «جدد X» takes
the bare construct «تأكيد، مطالبة، إدانة» («وجدد الوزير شكري تأكيد وحدة الرؤى…»). «أوعز إلى X
بـ…» (instructed) is a cue (reporting_verbs v53), and a cue after «أن تكون/يكون X قد» is a
supposition, none. A lone bare word opening a sentence of running text is the subject of the cue
after it when the article wrote it before (``_resumed_name``: «…لم يكن ينتظره. خامنئي أشاد…»,
«طهران اعترفت رسميا…», «مكتبي قال لـ«الشرق الأوسط»…»; «لقد، ولقد» join the function words). Set
156 rises from 0.661 to 0.686, 157 from 0.707 to 0.729 and 158 from 0.788 to 0.803 (155 unchanged);
sets 134 (0.805 to 0.816), 136, 141, 149, 153 and 40 rise, none drops; set 158 gains one false
statement («تصريحات تتحدث عن…» after «طهران اعترفت…» now has a speaker to go on with); keep/fix
(146, 44); 29 records of the 2,500 articles change: 24 right, 1 half (a recipient glued to
«وأوعزت قطر»), 3 wrong before and after, 1 worse (that false statement). A review's mends
(#21): a lone word before a cue with an object pronoun or a subject after it, or an everyday
word never a speaker or surname before, is no resumed name; a quoted event or person name after
a setting is no content (statement_words v65 ``titled_heads``); «جدد»'s bare noun after a
preposition or a second noun phrase is none; «لـX» after a one-word subject of «أوعز» ends it.

The hundred-and-fifty-ninth, ``tests/gold/statements_heldout159.jsonl`` (seed 3681, 10 articles from
the 3,001–6,000-character pool less the hundred-and-thirty-second's to hundred-and-fifty-eighth's
draws, 13; 109 statements: vso 46, continuation 28, participle 16, nominal 6, prep_source 5,
relative 4, svo 4, eight with a ``via``, all nested; no copy; one sister, of set 31's
SK-middleEast-1026-20180414 (Russia's unanswered threats after the Western strikes, «حذر السفير
الروسي… وشدد» and «سارعت وزارة الدفاع الروسية إلى التأكيد» labelled as there); a Sudanese mother's
BBC interview whose quotations nest her daughter's «وتقول/وقالت/أخبرتني» and the fiancé's and
father's «وأصر على إكمال مراسم الزواج», a novel review whose heroine's words are fiction and none
while the novelist's «تعبر… عن حبها», «مستحضرة… قول الخليفة هارون الرشيد» (a nested nominal) and
dedication are statements, «كلمة رحب فيها» and «رسالة… يؤكد فيها» document verbs, «التزمت بالتهديد
بالرد» and «إقناع… بأن» nominals, «، كما تقول.» and «بحسب الرواية الأميركية» source phrases, two
columns in the writer's voice none, among them), was labelled by another hand while the ninety-first
pass was written and scored after it landed (d071350): blind (recall 0.716 on d071350, 0.734 without
the sister; 86 of 109 cues found, none of 6 nominals and 4 relatives right, 7 of 8 nested statements
not right, 9 verbs not read as cues, 6 empty speakers).

The hundred-and-sixtieth, ``tests/gold/statements_heldout160.jsonl`` (seed 3691, 6 articles from a
new pool, because the hundred-and-fifty-ninth's draw left 3 of the 3,001–6,000-character one: the
sorted ids of shared articles of 6,001–9,000 characters with a reporting word, less every statements
gold article and the 140 keep/fix articles, 31; 151 statements: vso 61, continuation 36, participle
15, prep_source 13, relative 11, svo 8, nominal 6, relay 1, seven with a ``via``, three nested; no
copy and no sister, the Tawahi story's lines reworded from the hundred-and-eighteenth set's
SNN-35a212cae415 labelled as there; denials, complaints, claims, accusations, requests and orders
«وهو ما تنفيه», «يشكو… من», «نظام يزعم», «وجه… بعلاج», «طلب… إعفاءه» statements, «يعلِّق… بالقول»
and «واختتم كلامه بالقول» cued on the verb, «حسب رأيها» and «على حد قول/تعبير» source phrases,
naming as describing «يطلق السعوديون على المرحلة…» a statement while a document's «ينص على»,
headlining «تعنون… بـ«الحزم»» and «أعلنتها الحكومة مدينة محررة» are none, among them), was labelled
by other hands while the ninety-first pass was written and scored after it landed (d071350): blind
(recall 0.642 on d071350; 125 of 151 cues found, 7 of 13 source phrases, all 6 nominals and 5 of 11
relatives missed, 8 verbs not read as cues (an order, support, naming, «يعلِّق… بالقول», second
verbs in a line and a «قال» in Arabic presentation forms), 15 empty speakers (six pronoun-dropped
«تقول/وتتابع/وتضيف» of one interviewee) and three continuations after «نفى وجود…» naming «وجود»).

The ninety-second pass read the misses left in sets 159 and 160. «وجود، وقف، وفاة» open on their own
«و»: right after a cue whose subject was dropped they are its object (``_verbal_object`` reads the
word whole as well as without a conjunction), so «ومن ناحية ثانية، نفى وجود أي مخطط…» and the
«مؤكدا، واختتم» after it no longer name «وجود», and «وموسكو التي تنفي وجود أدلة…» keeps its
antecedent (``_relative_subject`` also when the verbal noun is the object). A discourse frame
closed by a comma («ومن ناحية ثانية،», «وعلى صعيد آخر،») is no clause between a statement and the
pronoun-dropped cue after it (``_frame_trimmed``) and no indefinite noun that speaks. The present
«تعلق/يعلق» (comments) is a cue with its subject after it and words of its own (reporting_verbs
v54: «وتعلق كردستان بألم: "…"», «يعلِّق جبر الشوفي… بالقول: «…»»). A present «و» cue right before
a colon or quotation inside the words of a present cue of the same person is the speaker's next
statement («حيث يقول X: إن… ويضيف: …»). A speech delivered with «ألقى» (read «ال…» once its hamza
is dropped) names its speaker for the «فيها» after it, in the last clause strung with «ثم» first
(«…ثم ألقى قائد اللواء… كلمة رحب فيها…»), and a text in «بـ» ends that speaker («بكلمة»). Set 159
rises from 0.716 to 0.743 and 160 from 0.642 to 0.682; sets 38, 95, 115 and 140 rise; set 108
gains one false statement (the League's «التي استنكرت القصف التركي», now read as set 160 reads
«التي استنكرت»; set 108 labels it none); keep/fix (146, 44). Tried and withdrawn: the past «عدّ/وعد»
(considered, promised) with «أن» («عدوا» the enemy, «عن عد الأيام», «كما وعد X بـ…» as a source);
a present «و» cue before «أن» inside a present cue's words («ويرى أنه», «وتنقل أن»). Its review
mends: «وهو يعلق…» ends no cue before it, «ثم» and «ألقى» name a text's writer only when nothing
else stands between or no text noun follows («ألقت الشرطة القبض…» none), «بحزن/بألم:» end a speaker,
and a first-person «لا أنكر/نعتقد» takes no earlier speaker; no set falls.

The hundred-and-sixty-first, ``tests/gold/statements_heldout161.jsonl`` (seed 3701, 6 articles from
the 6,001–9,000-character pool less the hundred-and-sixtieth's draw, 25; 130 statements: vso 53,
continuation 25, participle 14, svo 13, prep_source 13, relative 9, nominal 2, fronted 1, seven with
a ``via``, all nested; no copy and no sister; a BBC interview with Zarif whose answers have no cue
and whose first person is none while the UN chief's «أوضح… أن» and the Israelis' «كانوا يقولون»
inside them are statements, orders and requests inside a Kuwaiti's narrative («وأمرني بفتح…», «الذي
طلب منهم…») nested statements, «اعتقاد بأن» and «تهديد… بالاستقالة» nominals, «تظهر التسجيلات… أن» a
document speaking, «كما يقولون» and «برأي» source phrases, «يجيب سليمان: «…»» and «ويتحسر… بقوله:»
cued on the verb, decrees («أعلنت… ضم الكويت», «حين أعلن الخلافة») and generic «رأى الكثيرون» none,
among them), was labelled by another hand while the ninety-second pass was written and scored after
it landed (8ed5e45): blind (recall 0.608 on 8ed5e45; 103 of 130 cues found, none of the 7 nested
statements, 1 of 9 relatives and none of 2 nominals right, 9 verbs not read as cues, 15 empty and 9
wrong speakers, 11 false statements, 8 of them the interview's first person and generic «كثيرون»).

The hundred-and-sixty-second, ``tests/gold/statements_heldout162.jsonl`` (seed 3711, 6 articles of
the 6,001–9,000-character pool less the hundred-and-sixtieth's and the hundred-and-sixty-first's
draws, 19; 87 statements: vso 26, continuation 18, relative 11, prep_source 11, participle 10,
nominal 6, svo 5, two nested with the study as ``via``; no copy and no sister; two interviews whose
questions and answers are none while the third parties they report speak («صديقي علي الدميني… نصحني…
وقال لي», Iñárritu's «قال لنا:»), tweets after «مرسلاً/قائلا/قال فيها/كتب… قائلا» and praise and
congratulation «إشادته بـ»، «بتهنئة» statements, a study's «وبرهنت/ودللت/وخلصت» statements but its
«ورصدت» none, self-descriptions «عرفت نفسها بأنهم…» relatives, the publisher's own «وكانت
"العربية.نت" كشفت» and films' plots none, among them), was labelled by other hands while the
ninety-second pass was written and scored after it landed (8ed5e45): blind (recall 0.448 on 8ed5e45;
58 of 87 cues found, 5 of 6 nominals, 5 of 11 relatives and 5 of 11 source phrases missed, 14 verbs
not read as cues («وبرهنت», «ودللت», «أخبرته/أخبرها/يخبرونها», «نصحني», «أصرت على», «مرسلاً»,
«متحجّجا», a «وذكرت» whose «أن» comes after a relative and a dashed aside), 17 empty speakers (the
tweets' and the interviews' pronoun-dropped «قال/كتب/وأضاف») and 14 false statements, eight of them
first person or questions in the two interviews).

Pass 93 read the misses left in sets 161 and 162. A first-person present outside quoted words
(«ن» + a present, «نرى، نقولها»; a hamza on «أ» where no past is so spelt, «أعتقد، أقول»; «أ» after
«لا/لن/لم/كنت») is an interviewee's or a columnist's own voice and gives no record, nor takes a
subject before or after it (a careless hamza on a bare-«ا» past keeps one written after it: «وأعتبر
الوزير»); a speakerless cue in a line that closes with «؟» outside quotations is the interviewer's
question; a manner noun right after a pronoun-dropped verb («ويضيف بحسرة:») leaves the last speaker;
the present «يجيب» with its subject and words is a cue (its «نجيب» left out: a name), and a
needs-subject cue whose subject took in a quotation is none; «برأي X», «المطلعين» and «الطبيب» are
sources. Set 161 rises from 0.608 to 0.654 (false 11 -> 7) and 162 from 0.448 to 0.460 (false 14
-> 7); set 133 rises from 0.711 to 0.727; 26 more sets lose false statements only; no set drops;
keep/fix (146, 44). Tried and withdrawn: a short quotation closing the sentence read as what was
said (sets 5, 13, 119, 127 and 135 lost a source with its outlet's quoted name), the feminine
plural participles in «ات» (mostly nouns: «لافتات، مطالبات»).

The hundred-and-sixty-third, ``tests/gold/statements_heldout163.jsonl`` (seed 3721, 6 articles of
the 6,001–9,000-character pool less the hundred-and-sixtieth's to hundred-and-sixty-second's draws,
13; 144 statements: vso 77, continuation 22, participle 9, relative 9, prep_source 8, svo 7, nominal
7, relay 5, ten with a ``via``, two nested; no copy; two sisters, of set 156's
BB-middleEast-85-20180224 (Wagner and the 7 February strike, the Komsomolskaya Pravda account here
relayed by BuzzFeed with «وجاء رد الضباط الروس» a nested nominal, as there) and set 132's
SNN-2383765a02f7 (the Incirlik agreement, «جاء فيه» after the report's title a relative, as there);
world reactions to the Gaza killings where a bare «أدان» is none but «ودانت… "…"» with quoted words,
«ندد», «حملت… المسؤولية», «ووجه… "نداء…"» and «أبدت… "قلقها…"» are statements, views of named groups
«حيث يعتبر كثيرون من طائفة السنة…»، «ينظر إليه العديد من الشيعة باعتباره…» and «يصور المالكي نفسه…
باعتباره» statements, claims «اعترافات الأسد… بأن», «إعلانه هزيمة…», «النفي الروسي» nominals,
«تبنى», «أمرت أنقرة بشن…» and «وأعلنوا… مسؤوليتهم» statements while performative announcements
«أعلنت الكتيبة… انضمامها», «أعلن الأكراد انتهاء الهدنة» and designations are none, a ministry
spokesman's one long «صرح… بأن» with «ودلت التحريات… بأنهم» its only other statement, among them),
was labelled by another hand while the ninety-third pass was written and scored after it landed
(9575de7): blind (recall 0.757 on 9575de7, 0.750 without the sisters; 114 of 144 cues found, 16
view, blame, order, claim and report verbs not read as cues, 5 of 7 nominals, 5 of 8 source phrases
and 5 of 9 relatives missed, 13 false statements: bare «أدان», «طالب» in «علي بن أبي طالب»,
performative «أعلن»).

The hundred-and-sixty-fourth, ``tests/gold/statements_heldout164.jsonl`` (seed 3731, 6 articles of
the 6,001–9,000-character pool less the hundred-and-sixty-third's draw, 7; one article is left, so
the pool is spent; 157 statements: vso 62, continuation 36, prep_source 16, relative 14, participle
11, nominal 10, svo 6, fronted 2, two nested with the outer speaker as ``via``; no copy; one sister,
the Nicholson article, the long version of set 27's SNN-cd7c3cd2f414, labelled as set 27 labelled
the shared sentences (no nested «حسين أكدت لها»); an op-ed whose reports of the Houthi speech
«إدانة، والتبجح، اتهام، الترحيب، أحاديث… عن» are nominals, narrating «وبدأ يروي ما جرى»، «وحكت…
قصصهن» and naming «تطلق على نفسها»، «تسمّت بـ» statements, claims of responsibility «تبني… قتل» and
demonstrations «المظاهرات التي تطالب» none, among them), was labelled by another hand while the
ninety-third pass was written and scored after it landed (9575de7): blind (recall 0.573 on 9575de7,
0.555 without the sister; 113 of 157 cues found, 9 of 10 nominals, 8 of 14 relatives and 8 of 16
source phrases missed, 15 verbs not read as cues («ثمن», «وعدوا», «يروي», «وحكت», «يتذكر…: «…»»,
«ويطرح… سؤلًا», «وقارنت»), 14 empty speakers and 11 false statements, one of them a labelling slip:
«وكانت الحكومة التركية اعلنت ان…» left none).

Pass 94 read the misses left in sets 163 and 164 (reporting_verbs v57, statement_words v67). Set
164 rises 0.573 -> 0.611 (90 -> 96 of 157, false 11 -> 9) and set 163 keeps 109 of 144 with false
13 -> 10; set 29 rises 0.908 -> 0.920 and fourteen more lose one or two false statements; no set
drops; keep/fix 146/44. The rules: a first-person cue gives no record inside quoted words or a
statement's content either (no gold set labels one: «"… في سوريا. وندعو أيضا…"»); a cue word right
after a name particle «بن، ابن، أبي، أبو…» is part of the name («علي بن أبي طالب»); «تذكر/يذكر»
after an indefinite noun with no words of its own is "worth mentioning" («دون خسائر تذكر»); a
damma on the «ن» of a past is a passive («نُقل إلى…»; not the relay «نُقل عن X قوله»); the bare
«ثمن» is the verb where a clause opens on it before a name or a title («فيما ثمن محمد طه…»); the
discourse phrases «بهذا الصدد، في هذا الصدد…» after a verb are no subject («وتقول بهذا الصدد: "…"»
keeps the last speaker); «وبحسب ما قال في صفحته، فقد "…"» opening a sentence takes the last
speaker. The mends of the review of pass 93: a careless hamza on a form VIII past («وأعتبر أن…»,
«الوزير أعتبر أن…») keeps a third person who is there to say it; the «drop_we» flag leaves a
verb's fatha presents; the «I» forms are read through the loader; the plain manner nouns («بهدوء،
بحماس، بثقة…»). Review mends (reporting_verbs v58, statement_words v68): a form VIII «أعتقد» in
quoted words or opening a statement's words is the speaker's «I» (six records fewer; sets 27, 58,
79, 91 one or two false fewer), a bare «ثمن» is the verb only before a given name, a title or a
head, «تذكر» looks five words on for its words, the subject scan crosses «بن/أبي…», and the
«بحسب ما قال في صفحته» rule, which changed no record, was removed.

The hundred-and-sixty-fifth, ``tests/gold/statements_heldout165.jsonl`` (seed 3741, 5 articles of
the final pool: every shared article of 500 characters or more with a reporting word, less every
statements gold article up to the hundred-and-sixty-fourth's and the keep/fix articles, 10, the one
left of each earlier pool and five longer; 96 statements: vso 51, continuation 26, participle 7,
relative 6, prep_source 3, svo 2, nominal 1, one nested with the paper as ``via``; one copy,
FR-internationalNews-2725-20180815, letter for letter set 146's FR-middleEast-933-20180815, whose 21
lines it takes verbatim; no sister; a translated New York Times story on Qatar's ransom whose
narrative «أصروا», «وطلب», «سأل موظفو الجمارك عما…», «وبدأ يقول أموراً…», «أخبرهم… بأن», «ردّ عليه
قائلاً» and «اقترح» are statements while the heard radio order, «كان يعتقد» and refusals are none,
the Quds envoy's «اقترح» nested in «وتقول الصحيفة: إنه…», the report's «كاشفاً», «وثق» and «أفاد», a
Saudi experts' round-up with «وتطرق», «وعرج على أن», «واستطرد بقوله» and «وعاد… ليبين», Jaish
al-Fath's «أعلنت… عن سيطرتها» a statement while the factions' «أعلنت… مبايعتها» is none, a tweet
«كتب… في تغريدة له… يقول:» one cue around its speaker, among them) was labelled by another hand
while the ninety-fourth pass was written and scored after it landed (c391987; scored on e4a0994, the
next commit): blind (recall 0.594 on e4a0994, 0.571 without the copy; 69 of 96 cues found, 21 verbs
not read as cues (six in the experts' piece: «بين» after «من جانبه،», «أوضح… فيما يخص», «وتطرق»,
«وعرج», «ليبين», «أجابوا»; nine in the narrative), 3 of 6 relatives, 2 of 3 source phrases and the
nominal missed, 11 empty speakers and 1 wrong, 5 false statements: a performative «مبايعتها», «إبان»
read as a verb, the passive «يتوقع لـ», «تؤكد… على نفوذها», «تهدد» inside a missed statement's
words).

The hundred-and-sixty-sixth, ``tests/gold/statements_heldout166.jsonl`` (seed 3741, less the
hundred-and-sixty-fifth's draw: the other five articles of the final pool, the sorted ids of shared
articles of 500 characters or more with a reporting word, less every statements gold article up to
set 164 and the 140 keep/fix articles, 10; the pools are spent; 166 statements: vso 90, continuation
33, prep_source 13, svo 9, relative 9, participle 6, nominal 5, fronted 1, six with a ``via``, all
nested; no copy; one sister, the CNN page's trailing ticker shared with set 154's
CN-middleEast-1340-20180910, labelled as there; a BBC investigation whose own findings and data
«توصلت بي بي سي», «وفقا لبيانات بي بي سي» and inference from evidence «وتشير الأدلة… إلى أن» are
none while leaked messages «الرسائل النصية والصوتية تشير إلى أن…» speak, the messages' words «كتب…
قائلا», «جاء في رسالة نصية بعث بها السفير…» (a nominal, speaker the writer), «وفيها يصف» (a
relative) and the minister's «سأل… في رسالة: "…؟"» statements, nested ones inside the ambassador's
quotations («سألني أبو محمد», «لقد هددوا بأنه…», «ووفقاً للسفير، أخبر الجنرال سليماني…»), «تصفهم
الولايات المتحدة بأنهم» and «ما أسمته» relatives, «استمر في نفي…» and «تحذيرات من خبراء من أن…»
nominals, «قالها بألم» after its quotation fronted, narrated knowing and believing «وتيقن», «علم»,
«اعتقد القطريون أنهم توصلوا…» and appointments and headlines none, among them), was labelled by
other hands while the ninety-fourth pass was written and scored after it landed (c391987): blind
(recall 0.669 on c391987, 0.669 without the sister; 124 of 166 cues found, all 5 nominals and 4 of 9
relatives missed, 19 verbs not read as cues («لاحظ», «حددت», «سأل», «فأجاب», «ورد», «طالب»,
«اعترفت», «ويقبل», «وكررت», «ووصف», «حثت» under a headline «يحث»), 4 subject-first verbs after
«لكن/غير أن» missed, 3 nested statements missed, 6 empty and 7 wrong speakers (addressees «للشيخ
محمد», objects «المشهد», «الحديث»), 21 false statements, 14 of them in the BBC investigation: its
own data, inference from evidence, «وبحسب التقارير»).

The extractor runs on the whole article; a prediction belongs to a line when its cue starts in
the sentence. A gold statement is *found* when a prediction's cue overlaps its cue; it is
*right* when, in addition, the speaker overlaps the gold speaker (an empty speaker is never
right). Printed per construction and overall:

- ``recall``: right / gold statements (the issue's "right referent as speaker");
- ``speaker P``: right / found predictions that name a speaker;
- ``content P``: found predictions whose content overlaps the gold content / found with content;
- ``via``: relayed statements whose ``via`` overlaps the gold relay, of those with one;
- ``false``: predictions in the line's sentence matching no gold statement.

``--pipeline`` runs the whole pipeline instead (``marsad.extract`` on each gold article's text
with its ``published`` date), so speakers are linked to entities and the entity rules apply;
the pipeline's text (paragraphs as blank lines) is aligned back to the shared text, so the same
offsets score it. The issue's acceptance is measured this way.

``--keepfix`` scores the judged keep/fix sample instead (``tests/gold/statements_keepfix.jsonl``:
200 statements of 140 articles drawn with ``random.Random(2124)``/``2125``, run through
``marsad.extract`` and judged by hand before the third pass: 146 with the right speaker, 54
wrong or not a statement, each wrong one with the referent it ``want``s, ``null`` when no
statement should be there). A right one is *kept* when a record at the same cue names the same
speaker, or the same one less a trailing aside or plus the rest of its name; a wrong one is
*fixed* when the record names exactly the wanted referent (or one listed in ``also_right``), or
is gone when nothing (or, with ``gone_ok``, either) was wanted.
"""

from __future__ import annotations

import argparse
import copy
import difflib
import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from marsad.extractors import extract_statements
from marsad.model import Statement

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "statements.jsonl"
KEEPFIX = ROOT / "tests" / "gold" / "statements_keepfix.jsonl"
SHARED = ROOT.parent / "shared" / "data" / "articles"


def load_texts(shared: Path = SHARED, wanted: set[str] | None = None) -> dict[str, str]:
    """Article id → text for the shared articles (only ``wanted`` ids when given)."""
    return {aid: row["text"] for aid, row in load_rows(shared, wanted).items()}


def load_rows(shared: Path = SHARED, wanted: set[str] | None = None) -> dict[str, dict]:
    """Article id → its shared row (text, published, …; only ``wanted`` ids when given)."""
    rows: dict[str, dict] = {}
    for path in sorted(shared.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if wanted is None or str(row["id"]) in wanted:
                    rows[str(row["id"])] = row
    return rows


def _aligner(source: str, target: str) -> Callable[[int], int]:
    """Maps an offset in ``target`` (the pipeline's text) to ``source`` (the shared text)."""
    if source == target:
        return lambda k: k
    back = [0] * (len(target) + 1)
    sm = difflib.SequenceMatcher(None, source, target, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        for k in range(j1, j2 + 1):
            if op == "equal":
                back[k] = i1 + (k - j1)
            elif op == "insert":
                back[k] = i1
            else:
                back[k] = i1 + (k - j1) * (i2 - i1) // max(1, j2 - j1)
    return lambda k: back[min(max(k, 0), len(target))]


def pipeline_statements(text: str, published: str | None = None) -> list[Statement]:
    """The pipeline's statements for ``text``, offsets mapped back into ``text``."""
    from marsad import extract

    article = extract(text, published)
    to = _aligner(text, article.text)
    out: list[Statement] = []
    for st in article.statements:
        st = copy.deepcopy(st)
        for span in (st.speaker, st.content, st.via):
            if span is not None and span.start is not None and span.end is not None:
                span.start, span.end = to(span.start), to(span.end)
        if st.cue_start is not None and st.cue_end is not None:
            st.cue_start, st.cue_end = to(st.cue_start), to(st.cue_end)
        out.append(st)
    return out


def _overlap(a0: int | None, a1: int | None, b0: int | None, b1: int | None) -> bool:
    if a0 is None or a1 is None or b0 is None or b1 is None:
        return False
    return a0 < b1 and b0 < a1


def _counts() -> dict[str, int]:
    return defaultdict(int)


def evaluate(gold: Path = GOLD, shared: Path = SHARED, verbose: bool = False,
             pipeline: bool = False) -> dict[str, dict[str, int]]:
    """Per-construction counts (``"all"`` included); ``pipeline``: with the whole pipeline."""
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    shared_rows = load_rows(shared, {r["article_id"] for r in rows})
    texts = {aid: r["text"] for aid, r in shared_rows.items()}
    cache: dict[str, list[Statement]] = {}
    by: dict[str, dict[str, int]] = defaultdict(_counts)
    for row in rows:
        text = texts[row["article_id"]]
        if row["article_id"] not in cache:
            cache[row["article_id"]] = (
                pipeline_statements(text, shared_rows[row["article_id"]].get("published"))
                if pipeline else extract_statements(text))
        s0, s1 = row["sentence_start"], row["sentence_end"]
        preds = [p for p in cache[row["article_id"]]
                 if p.cue_start is not None and s0 <= p.cue_start < s1]
        used: set[int] = set()
        line_kind = row.get("construction", "legacy")
        for g in row["items"]:
            keys = (g.get("construction", line_kind), "all")
            for key in keys:
                by[key]["gold"] += 1
            match = None
            for k, p in enumerate(preds):
                if k not in used and _overlap(g["cue_start"], g["cue_end"], p.cue_start,
                                              p.cue_end):
                    match = k
                    break
            if match is None:
                if verbose:
                    print(f"  MISS {row['article_id']} «{text[g['cue_start']:g['cue_end']]}»"
                          f" «{text[s0:s1][:90]}»")
                continue
            used.add(match)
            p = preds[match]
            right = _overlap(g["speaker_start"], g["speaker_end"], p.speaker.start,
                             p.speaker.end)
            c_ok = p.content is not None and _overlap(
                g["content_start"], g["content_end"], p.content.start, p.content.end)
            for key in keys:
                by[key]["found"] += 1
                by[key]["named"] += bool(p.speaker.text)
                by[key]["right"] += right
                by[key]["with_content"] += p.content is not None
                by[key]["content_ok"] += c_ok
                if "via_start" in g:
                    by[key]["via_gold"] += 1
                    by[key]["via_ok"] += p.via is not None and _overlap(
                        g["via_start"], g["via_end"], p.via.start, p.via.end)
            if verbose and not right:
                want = (text[g["speaker_start"]:g["speaker_end"]]
                        if g["speaker_start"] is not None else None)
                print(f"  SPEAKER {row['article_id']} «{p.cue}» got «{p.speaker.text}»"
                      f" want «{want}»")
        for k, p in enumerate(preds):
            if k not in used:
                for key in (line_kind, "all"):
                    by[key]["false"] += 1
                if verbose:
                    print(f"  FALSE {row['article_id']} «{p.cue}» «{p.speaker.text}»")
    return by


def keep_fix(path: Path = KEEPFIX, shared: Path = SHARED, verbose: bool = False) -> tuple[int, int]:
    """(right ones kept, wrong ones fixed or gone) on the judged sample, with the pipeline."""
    from marsad import extract
    from marsad.model import RawDocument

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    texts = load_texts(shared, {r["article_id"] for r in rows})
    now: dict[tuple[str, int | None], str] = {}
    for aid, text in texts.items():
        for st in extract(RawDocument(text, id=aid)).statements:
            now[(aid, st.cue_start)] = st.speaker.text
    kept = fixed = 0
    for r in rows:
        got = now.get((r["article_id"], r["cue_start"]))
        if r["judged"] == "right":
            old = r["speaker"]
            ok = got is not None and (got == old or (bool(got) and (
                old.startswith(got + " ") or got.startswith(old + " "))))
            kept += ok
        else:
            want = r["want"]
            ok = (got is None) if want is None else (
                got in {want, *r.get("also_right", ())} or (r.get("gone_ok", False)
                                                              and got is None))
            fixed += ok
        if verbose and not ok:
            print(f"  {r['judged'].upper()} «{r['cue']}» was «{r['speaker']}» now «{got}»"
                  + (f" want «{r.get('want')}»" if r["judged"] != "right" else ""))
    return kept, fixed


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--pipeline", action="store_true",
                        help="run the whole pipeline (entities, links) instead of the extractor")
    parser.add_argument("--keepfix", action="store_true",
                        help="score the judged keep/fix sample instead")
    args = parser.parse_args()
    if args.keepfix:
        kept, fixed = keep_fix(shared=args.shared, verbose=args.verbose)
        print(f"right kept {kept}/146, wrong fixed or gone {fixed}/54 ({fixed / 54:.0%})")
        return
    by = evaluate(args.gold, args.shared, args.verbose, args.pipeline)
    print(f"{'construction':15s} {'gold':>4s} {'recall':>6s} {'spk P':>6s} {'cont P':>6s} "
          f"{'via':>6s} {'false':>5s}")
    for key in sorted(by, key=lambda k: (k == "all", k)):
        c = by[key]
        print(f"{key:15s} {c['gold']:4d} {_ratio(c['right'], c['gold']):>6s} "
              f"{_ratio(c['right'], c['named']):>6s} "
              f"{_ratio(c['content_ok'], c['with_content']):>6s} "
              f"{_ratio(c['via_ok'], c['via_gold']):>6s} {c['false']:5d}")


if __name__ == "__main__":
    main()
