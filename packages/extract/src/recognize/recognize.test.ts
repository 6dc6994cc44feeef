import { describe, expect, it } from '@jest/globals';
import { entities, mentionsOf, names, recognizeWith } from './test-recognize';

const recognize = (text: string) => recognizeWith(text);

describe('English officials', () => {
  it('skips a form of address between the title and a listed name (Emir Sheikh …, Gen. …)', () => {
    const doc = recognize("Kuwait's Emir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah received Lt. Gen. Mark Milley.");
    expect(names(doc, 'Official')).toEqual(expect.arrayContaining(['Sabah al-Ahmad al-Jaber al-Sabah', 'Mark Milley']));
    expect(names(doc, 'Official').some((n) => /Sheikh|Gen/.test(n))).toBe(false);
  });
  it('folds another spelling of a listed person’s given name into that person', () => {
    const doc = recognize('Israeli Defense Minister Avigdor Liberman spoke to Russian Defense Minister Sergey Shoygu.');
    const officials = entities(doc, 'Official');
    expect(officials.map((e) => e.id).sort()).toEqual(['official:avigdor-lieberman', 'official:sergei-shoigu']);
    expect(mentionsOf(doc, 'official:sergei-shoigu')).toContain('Sergey Shoygu');
  });
  it('keeps a relative with the same surname apart', () => {
    const doc = recognize('White House adviser Ivanka Trump joined President Donald Trump in Riyadh.');
    const trump = doc.entities.get('official:donald-trump')!;
    expect(trump.mentions.map((m) => m.text)).not.toContain('Ivanka Trump');
  });
});

describe('English bodies of a state', () => {
  it("links \"<state>'s defence ministry\" to the listed body or names it after the state", () => {
    const doc = recognize("Egypt's defence ministry and India's Ministry of Defence signed the deal; Greece's parliament approved it.");
    expect(names(doc, 'Organization')).toEqual(
      expect.arrayContaining(['Egyptian Ministry of Defence', 'Ministry of Defence of India', 'Parliament of Greece']),
    );
    expect(names(doc, 'Organization')).not.toContain('Ministry of Defence');
  });
  it('lets the words of the text choose between two listed bodies (army vs armed forces)', () => {
    const doc = recognize("Iran's army and Iran's armed forces staged drills.");
    expect(names(doc, 'Organization')).toEqual(expect.arrayContaining(['Islamic Republic of Iran Army', 'Armed Forces of the Islamic Republic of Iran']));
  });
  it("does not take another state's body named with a nationality (Saudi Royal Air Force is not the RAF)", () => {
    const doc = recognize('Jets of the Saudi Royal Air Force struck the port.');
    expect(doc.entities.has('org:royal-air-force')).toBe(false);
  });
});

describe('ambiguous weapon names', () => {
  it('accept a head word a few English words later, or after a coordinated name', () => {
    const doc = recognize('Iran tested a Khorramshahr ballistic missile; France will not sell Meteor and Scalp missiles.');
    expect(names(doc, 'Weapon')).toEqual(expect.arrayContaining(['Khorramshahr', 'Meteor', 'Storm Shadow']));
  });
  it('stay out without a head word', () => {
    const doc = recognize('The city of Khorramshahr was shelled, and a meteor shower was seen.');
    expect(names(doc, 'Weapon')).toEqual([]);
  });
});

describe('ambiguous body names', () => {
  it('count a two-word form of a state body when the article names that state', () => {
    const doc = recognize('فاز حزب العدالة والتنمية في الانتخابات البرلمانية في تركيا.');
    expect(doc.entities.has('org:akp')).toBe(true);
  });
  it('stay out when the state is not named', () => {
    const doc = recognize('فاز حزب العدالة والتنمية في الانتخابات.');
    expect(doc.entities.has('org:akp')).toBe(false);
  });
  it('keep an armed group named with the state backing it (ميليشيا الحوثي الإيرانية)', () => {
    const doc = recognize('أطلقت ميليشيا الحوثي الإيرانية صاروخا باتجاه جازان.');
    expect(doc.entities.get('org:houthis')?.mentions.map((m) => m.text)).toEqual(['ميليشيا الحوثي']);
  });
});

describe('Arabic organisation pattern', () => {
  it.each([
    ['دانت محكمة بريطانية متطرفا بالتخطيط لهجوم.', 'an indefinite head with only a nationality'],
    ['لم تكن هناك قوة روسية منظمة للقيام بتلك العملية.', 'an indefinite head with a "for …" phrase'],
    ['اعتقلت القوات 35 مسلحا في جبهة التحيتا غربي البلاد.', 'a battlefront'],
    ['تقدمت القوات على جبهة الساحل الغربي.', 'a battlefront with a direction'],
    ['وأكد البرلمان الأربعاء أن الفرز سيكون يدويا.', 'a day name'],
    ['وسوف تتابع اللجنة القرارات التي اتخذتها.', 'an object after a definite head'],
  ])('finds no body in "%s" (%s)', (text) => {
    expect(names(recognize(text), 'Organization')).toEqual([]);
  });
  it('stops a name before participles and "ruling"', () => {
    const doc = recognize('عقدت اللجنة الوزارية الرباعية المعنية بمتابعة الأزمة اجتماعا، وقالت اللجنة الرباعية إنها ستجتمع مجددا.');
    // A committee of four states is typed as a grouping of states.
    const orgs = entities(doc, 'Alliance');
    expect(names(doc, 'Organization')).toEqual([]);
    expect(orgs.map((e) => e.name)).toEqual(['اللجنة الوزارية الرباعية']);
    expect(orgs[0]!.mentions.map((m) => m.text)).toEqual(['اللجنة الوزارية الرباعية', 'اللجنة الرباعية']);
  });
  it('keeps named bodies with adjectives', () => {
    const doc = recognize('قررت المحكمة العليا إعادة الفرز، وأعلنت الجبهة الوطنية للتحرير انسحابها.');
    expect(names(doc, 'Organization')).toEqual(expect.arrayContaining(['المحكمة العليا', 'الجبهة الوطنية للتحرير']));
  });
});

describe('Arabic officials after a title', () => {
  it.each([
    ['قال إن التعديل يلغي منصب رئيس الحكومة ويتيح للرئيس الحكم بمراسيم.', 'a verb with و'],
    ['نتوقع أن تصدر رئيسة الوزراء إعلانا في وقت قريب.', 'an indefinite noun'],
    ['وصف بأنه أقوى زعيم تركي منذ عقود.', 'an indefinite title before a nationality'],
    ['ظهر في اللقطات كزعيم ثائر يجد هوى في نفوس الناس.', 'an indefinite title before an adjective'],
    ['وقال رئيس بلدية ناشفيل إن الحادث مأساوي.', 'a city after "mayor"'],
  ])('finds no official in "%s" (%s)', (text) => {
    expect(names(recognize(text), 'Official')).toEqual([]);
  });
  it('ends a name before a future verb', () => {
    const doc = recognize('قال البيان إن السفير الأمريكي جون ميلر سيشرف على عملية الانتقال.');
    expect(names(doc, 'Official')).toEqual(['جون ميلر']);
  });
  it('skips rank words before a listed name that is ambiguous alone', () => {
    const doc = recognize('قال المتحدث باسم التحالف العقيد الركن تركي المالكي إن الصاروخ اعترض.');
    expect(entities(doc, 'Official').map((e) => e.id)).toEqual(['official:turki-al-maliki']);
  });
  it('takes the name after an honorific (الشيخ)', () => {
    const doc = recognize('استقبل أمير قطر الشيخ تميم بن حمد آل ثاني وزير الخارجية.');
    expect(entities(doc, 'Official').map((e) => e.id)).toEqual(['official:tamim-bin-hamad-al-thani']);
  });
});

describe('pronouns', () => {
  it('do not read "حل الدولتين" (the two-state solution) as the last two states', () => {
    const doc = recognize('قالت مصر وإسرائيل إن القانون يعقد حل الدولتين.');
    expect(mentionsOf(doc, 'state:israel')).not.toContain('الدولتين');
  });
});

describe('gazetteer additions', () => {
  it('knows spokespeople and envoys quoted constantly, and the AR-15', () => {
    const doc = recognize('قال المتحدث باسم وزارة الدفاع الروسية إيغور كوناشينكوف إن المسلح استخدم بندقية من طراز إيه آر-15.');
    expect(doc.entities.has('official:igor-konashenkov')).toBe(true);
    expect(doc.entities.has('weapon:ar-15')).toBe(true);
  });
  it('matches the upper-case export name HAMMER, not the word hammer', () => {
    expect(recognize('India ordered HAMMER kits.').entities.has('weapon:aasm')).toBe(true);
    expect(recognize('He used a Hammer to break it.').entities.has('weapon:aasm')).toBe(false);
  });
});

describe('titles', () => {
  it('do not read a definite word as an indefinite title with its article taken off (الحاكم is not حاكم)', () => {
    const doc = recognize('وذكرت الوكالة أن حزب المؤتمر الوطني الحاكم أجاز التعديلات في اجتماع مساء الأحد.');
    expect(names(doc, 'Official')).toEqual([]);
    expect(names(doc, 'Organization')).toEqual(['حزب المؤتمر الوطني']);
  });
});

describe('Arabic full names of listed officials', () => {
  it("fold the four-part name (given, father's, grandfather's, family) into the listed person", () => {
    const doc = recognize('أصدر الرئيس السوداني عمر حسن أحمد البشير مرسوما جمهوريا.');
    expect(entities(doc, 'Official').map((e) => e.id)).toEqual(['official:omar-al-bashir']);
  });
  it("read السوداني as Sudan's nisba unless al-Sudani (whose surname it also is) is named", () => {
    expect(recognize('أكد الرئيس السوداني أن الهجوم صد.').entities.has('state:sudan')).toBe(true);
    const doc = recognize('استقبل رئيس الوزراء العراقي محمد شياع السوداني السفير، وقال السوداني إن العلاقات جيدة.');
    expect(doc.entities.has('state:sudan')).toBe(false);
  });
});

describe('a title without a name refers back', () => {
  it('a definite construct title (مستشار الأمن الوطني) means the one official named with it', () => {
    const doc = recognize('قال مستشار الأمن الوطني العراقي فالح الفياض إن الوضع مستقر. وأكد مكتبه أن مستشار الأمن الوطني التقى السفير البريطاني.');
    expect(mentionsOf(doc, 'official:falih-al-fayyadh').length + mentionsOf(doc, [...doc.entities.values()].find((e) => e.type === 'Official')?.id ?? '').length).toBeGreaterThan(0);
    const official = entities(doc, 'Official').find((e) => e.mentions.some((m) => m.text.includes('الفياض')))!;
    expect(official.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['مستشار الأمن الوطني']));
  });
  it('but not when two people in the article hold that title, nor when the title is indefinite', () => {
    const two = recognize('التقى وزير الدفاع العراقي جمعة عناد وزير الدفاع التركي خلوصي أكار. وقال وزير الدفاع إن التعاون مستمر.');
    for (const e of entities(two, 'Official')) expect(e.mentions.filter((m) => m.text === 'وزير الدفاع')).toHaveLength(0);
    const indefinite = recognize('قال مستشار الأمن الوطني العراقي فالح الفياض إن الوضع مستقر. وحضر مستشار أمني الاجتماع.');
    for (const e of entities(indefinite, 'Official')) expect(e.mentions.some((m) => m.text.startsWith('مستشار أمني'))).toBe(false);
  });
});

describe('an ambiguous nisba (تركي is also a given name)', () => {
  it('is the state with the article or as a broken plural, and a name without', () => {
    const doc = recognize('قال وزير الدفاع التركي خلوصي أكار إن المصادر التركية والأتراك مستعدون.');
    expect(mentionsOf(doc, 'state:turkey')).toEqual(['التركي', 'التركية', 'الأتراك']);
    const name = recognize('قال الأمير تركي الفيصل إن الوضع مستقر.');
    expect(name.entities.has('state:turkey') && mentionsOf(name, 'state:turkey').length > 0).toBe(false);
  });
  it('leaves a definite form the data lists as ambiguous (الإسكندر المقدوني)', () => {
    expect(mentionsOf(recognize('غزا الإسكندر المقدوني بلاد فارس.'), 'state:north-macedonia')).toEqual([]);
  });
});

describe('no name before a title from words that cannot be one', () => {
  it.each([
    ['عبر دوديك عن أسفه لأن الرئيس التركي يتدخل في شؤون البوسنة.'],
    ['وعلقت لافتات ترحيب بالرئيس التركي في شوارع المدينة.'],
    ['واللافت أن الرئيس التركي وجه انتقاده للناتو.'],
  ])('%s', (text) => {
    expect(names(recognize(text), 'Official')).toEqual([]);
  });
  it('still finds an unknown name right before a title with its state', () => {
    expect(names(recognize('وقال كيفن فاهي مساعد وزير الدفاع الأميركي إن التعاون مستمر.'), 'Official')).toEqual(['كيفن فاهي']);
  });
});

describe('عمان: Oman or Amman (Jordan’s capital)', () => {
  it('is Oman after سلطنة (clitic on the head word) and in a list of states', () => {
    expect(mentionsOf(recognize('وتضم المجموعة السعودية والكويت وسلطنة عمان.'), 'state:oman')).toEqual(['سلطنة عمان']);
    const list = recognize('يقيم الأردن علاقات جيدة مع الكويت وعمان والبحرين.');
    expect(mentionsOf(list, 'state:oman')).toEqual(['عمان']);
    expect(mentionsOf(list, 'state:jordan')).toEqual(['الأردن']);
  });
  it('is Amman after "the capital" and where the article names only Jordan', () => {
    expect(mentionsOf(recognize('وصل الوفد إلى العاصمة الأردنية عمان مساء الأحد.'), 'state:jordan')).toEqual(['الأردنية', 'عمان']);
    expect(mentionsOf(recognize('قال الأردن إن الاجتماع سيعقد في عمان الأسبوع المقبل.'), 'state:jordan')).toEqual(['الأردن', 'عمان']);
  });
  it('is Oman where the article names both states and no preposition points to the city', () => {
    const doc = recognize('التقى وزير خارجية الأردن نظيره العماني، وقالت عمان إن العلاقات جيدة.');
    expect(mentionsOf(doc, 'state:oman')).toEqual(['العماني', 'عمان']);
  });
  it('is nobody without any cue', () => {
    const doc = recognize('أعلنت عمان أنها سترسل وفدا.');
    expect(entities(doc, 'State')).toEqual([]);
  });
});

describe('a name after the preposition لل (its article merged: للأمم = ل + الأمم)', () => {
  it('spans the name without لل and adds no alias from it', () => {
    const doc = recognize('أعرب الوزير عن دعمه للأمم المتحدة وللولايات المتحدة.');
    expect(mentionsOf(doc, 'org:united-nations')).toEqual(['أمم المتحدة']);
    expect(mentionsOf(doc, 'state:united-states')).toEqual(['ولايات المتحدة']);
    expect([...doc.entities.get('org:united-nations')!.aliases].some((a) => a.startsWith('لأمم') || a.startsWith('أمم'))).toBe(false);
  });
});

describe('English titles', () => {
  it('read abbreviated titles with their dot (Gen., Lt. Col., Sen., Rep., Gov.)', () => {
    const doc = recognize('Gen. Mary Stone and Lt. Col. Paul Brand met Sen. Ann Ford, Rep. Tom Hill and Gov. Jake Lund.');
    expect(names(doc, 'Official').sort()).toEqual(['Ann Ford', 'Jake Lund', 'Mary Stone', 'Paul Brand', 'Tom Hill']);
  });
  it('know the service secretaries and a bare "Secretary" before a name', () => {
    const doc = recognize('Navy Secretary Richard Spencer and Air Force Secretary Heather Wilson joined Secretary Mattis.');
    expect(names(doc, 'Official')).toEqual(expect.arrayContaining(['Richard Spencer', 'Heather Wilson', 'Jim Mattis']));
    expect(doc.offices.map((o) => o.title)).toEqual(expect.arrayContaining(['Secretary of the Navy', 'Secretary of the Air Force']));
  });
  it('end a sentence normally after a full title word', () => {
    expect(names(recognize('He met the President. Then he left.'), 'Official')).toEqual([]);
  });
});

describe('a name introduced by a verb, then its title (no state or body right after the title)', () => {
  it('Arabic: the body named later in the title phrase places the office', () => {
    const doc = recognize('ورحب ويس كريمر مدير عمليات الأنظمة الدفاعية المتكاملة في ريثيون بالمحادثات.');
    expect(names(doc, 'Official')).toEqual(['ويس كريمر']);
    expect(doc.offices.map((o) => o.affiliationId)).toEqual(['org:raytheon']);
    expect(names(recognize('وقالت سارة جونز مديرة الحملة إن العمل مستمر.'), 'Official')).toEqual(['سارة جونز']);
  });
  it('English: a name in apposition after "said", or before a title that places it', () => {
    const doc = recognize('"We welcome the talks," said Wes Kremer, president of Raytheon Integrated Defense Systems.');
    expect(names(doc, 'Official')).toEqual(['Wes Kremer']);
    expect(doc.offices.map((o) => o.affiliationId)).toEqual(['org:raytheon']);
  });
  it('not from a verb alone, nor from company words after a title', () => {
    expect(names(recognize('وقال المدير إن العمل مستمر.'), 'Official')).toEqual([]);
    expect(names(recognize('He is president of Raytheon Integrated Defense Systems.'), 'Official')).toEqual([]);
  });
});

describe('a leader’s ambiguous surname in news about their state (الأسد)', () => {
  it('is Bashar al-Assad where the article names Syria or a Syrian body', () => {
    expect(entities(recognize('قال الأسد إن الجيش السوري سيستعيد إدلب.'), 'Official').map((e) => e.id)).toEqual(['official:bashar-al-assad']);
    expect(entities(recognize('ودعت روسيا نظام الأسد إلى الحوار.'), 'Official').map((e) => e.id)).toEqual(['official:bashar-al-assad']);
  });
  it('is nobody without Syria, nor in the idiom "the lion’s share"', () => {
    expect(entities(recognize('قال الأسد إن الهجوم فشل.'), 'Official')).toEqual([]);
    expect(entities(recognize('حصل الجيش السوري على حصة الأسد من الدعم الروسي.'), 'Official')).toEqual([]);
    expect(entities(recognize('ظهرت زوجة الرئيس السوري أسماء الأسد في صور جديدة.'), 'Official').map((e) => e.id)).not.toContain('official:bashar-al-assad');
  });
});

describe('a later bare title', () => {
  it('English "the president" refers to the one president named', () => {
    const doc = recognize('President Donald Trump said the deal was bad. The president added that talks would go on.');
    expect(mentionsOf(doc, 'official:donald-trump')).toEqual(['Donald Trump', 'president']);
    expect(names(recognize('The president of the club resigned.'), 'Official')).toEqual([]);
  });
});

describe('North Korea by its official name', () => {
  it.each(['جمهورية كوريا الشعبية الديمقراطية', 'جمهورية كوريا الديموقراطية الشعبية'])('%s is North Korea, not the Republic of Korea', (name) => {
    const doc = recognize(`وقال بيان ل${name} إن المحادثات مستمرة.`);
    expect(mentionsOf(doc, 'state:north-korea')).toHaveLength(1);
    expect(mentionsOf(doc, 'state:south-korea')).toEqual([]);
  });
});

describe('a head of state by title and given name', () => {
  it('is the listed official of that name and state, and stays so later without the state', () => {
    const doc = recognize('دعا العاهل السعودي الملك سلمان فرنسا إلى التحرك. واختتم الملك سلمان الرسالة بالشكر.');
    expect(entities(doc, 'Official').map((e) => e.id)).toEqual(['official:salman-bin-abdulaziz']);
    expect(mentionsOf(doc, 'official:salman-bin-abdulaziz')).toHaveLength(2);
  });
  it('is the one listed with that title when two listed officials share the given name (officials.json `titles`)', () => {
    const doc = recognize('واختتم الملك سلمان الرسالة بالشكر.');
    expect(entities(doc, 'Official').map((e) => e.id)).toEqual(['official:salman-bin-abdulaziz']);
  });
  it('is nobody listed when two listed officials share the given name and none holds that title', () => {
    const doc = recognize('واختتم الرئيس محمد الرسالة بالشكر.');
    expect(entities(doc, 'Official').some((e) => e.fromGazetteer)).toBe(false);
  });
});
