import { describe, expect, it } from '@jest/globals';
import { namedRelations } from './test-relations';

const cooperates = (body: string) => namedRelations(body, 'COOPERATES_WITH', true);

describe('COOPERATES_WITH from agreements', () => {
  it.each([
    // Signed by a pair, or by one side "with" the other.
    ['وقعت السعودية والإمارات اتفاقية دفاعية في الرياض.', 'Saudi Arabia + United Arab Emirates'],
    ['وقعت الهند مع فرنسا اتفاقية لتبادل المعلومات البحرية.', 'France + India'],
    ['Russia and Egypt signed an agreement on military cooperation.', 'Egypt + Russia'],
    ['أعلنت الخارجية عن الاتفاقية بين اليابان وأستراليا لتسهيل التدريبات.', 'Australia + Japan'],
    // Two sides agreeing.
    ['واتفقت الولايات المتحدة وتركيا على خارطة طريق بشأن منبج.', 'Turkey + United States'],
    ['The United States and South Korea agreed to expand their cooperation.', 'South Korea + United States'],
    ['واتفقت روسيا مع تركيا على إقامة منطقة منزوعة السلاح في إدلب.', 'Russia + Turkey'],
  ])('%s', (sentence, expected) => expect(cooperates(sentence)).toContain(expected));

  it.each([
    // Arms control and ceasefires are no cooperation.
    ['وقعت إيران والولايات المتحدة الاتفاق النووي عام 2015.'],
    ['واتهمت إسرائيل حزب الله بانتهاك اتفاق وقف إطلاق النار الموقع مع لبنان.'],
    // Agreeing to buy is a purchase.
    ['وهي المنظومة الروسية التي اتفقت تركيا على شرائها.'],
    // A failed agreement.
    ['وقال إن مجلس التعاون الخليجي فشل في الاتفاق الدفاعي بينما فشلت السعودية والإمارات في التنسيق.'],
  ])('nothing in: %s', (sentence) => expect(cooperates(sentence)).toEqual([]));
});

describe('"البلدين"/"الجانبين" after a meeting are the states of those who met', () => {
  it.each([
    [
      'وقال بوتين إن روسيا ستواصل دعمها. وأعلن بوتين عقب محادثات أجراها مع نتنياهو في موسكو أن سوريا لن تشن حرباً ضد إسرائيل، وأسفر هذا اللقاء عن اتفاق على التعاون بين الجانبين.',
      'Israel + Russia',
      'Israel + Syria',
    ],
    [
      'التقى الرئيس المصري عبد الفتاح السيسي نظيره الروسي فلاديمير بوتين في سوتشي، وبحثا الأوضاع في سوريا وليبيا. وأكدا أهمية تعزيز التعاون العسكري بين البلدين.',
      'Egypt + Russia',
      'Libya + Syria',
    ],
  ])('%s', (body, expected, wrong) => {
    const found = cooperates(body);
    expect(found).toContain(expected);
    expect(found).not.toContain(wrong);
  });
});

describe('COOPERATES_WITH from talks between states and from support', () => {
  it.each([
    ['وأجرت مصر والسعودية مشاورات سياسية في القاهرة.', 'Egypt + Saudi Arabia'],
    ['وأجرت روسيا محادثات مع الأردن حول الجنوب السوري.', 'Jordan + Russia'],
    ['وأجرى وزير الخارجية الروسي محادثات مع نظيره الأردني في موسكو.', 'Jordan + Russia'],
    ['وانتقد الوزير الدعم الروسي للنظام السوري.', 'Russia + Syria'],
    ['وأشاد بالدعم العسكري الأمريكي لإسرائيل.', 'Israel + United States'],
  ])('%s', (sentence, expected) => expect(cooperates(sentence)).toContain(expected));

  it.each([
    // A topic of talks is no side of them; peace talks and a fight are no cooperation.
    ['وأجرت روسيا محادثات حول سوريا.'],
    ['وبدأت محادثات السلام بين إثيوبيا وإريتريا بعد الحرب.'],
    // Leaving a deal, or the nuclear deal named elsewhere in the sentence.
    ['وقرر ترامب انسحاب الولايات المتحدة من الاتفاق بين إيران والقوى الكبرى.'],
    ['وقالت فرنسا إن الاتفاق بين إيران والولايات المتحدة بشأن البرنامج النووي ما زال قائما.'],
    // Stopping support is none.
    ['وطالبت أنقرة بوقف الدعم الأمريكي للنظام السوري.'],
  ])('nothing in: %s', (sentence) => expect(cooperates(sentence)).toEqual([]));
});

describe('COOPERATES_WITH: treaties, trade and pairs that are not partners', () => {
  it.each([
    // A peace treaty, and an arms-control treaty, are no cooperation.
    ['Egypt and Jordan have maintained a peace treaty with Israel for decades.'],
    ['Russia and the United States signed the New START treaty in 2010.'],
    ['وقال إن روسيا والولايات المتحدة ملتزمتان بمعاهدة الصواريخ النووية متوسطة المدى.'],
    // A trade partner is no security partner.
    ['وتعد الصين الشريك التجاري الأول لمصر.'],
    // Two allies of a third side are not thereby allies of each other.
    ['واتهم الرئيس الفرنسي النظام وحليفيه الروسي والإيراني بالمسؤولية عن الهجوم.'],
  ])('nothing in: %s', (sentence) => expect(cooperates(sentence).filter((p) => !p.includes('France'))).toEqual([]));

  it('a defence treaty is still cooperation', () => expect(cooperates('وتربط الولايات المتحدة وكوريا الجنوبية معاهدة دفاع مشترك.')).toContain('South Korea + United States'));

  // "البلدين" with no meeting before it: the two states of this sentence and the one before, only when they are two.
  it('"البلدين" names the two states just named', () =>
    expect(cooperates('زار وزير الدفاع المصري العاصمة الأردنية عمان. وأكد الوزير أهمية تعزيز التعاون العسكري بين البلدين.')).toContain('Egypt + Jordan'));
  it('"البلدين" far from any two states names none', () =>
    expect(
      cooperates('وتحدث تقرير روسيا اليوم عن الوضع في سوريا. وقال المسؤول إن الموسم الزراعي كان جيدا. وأضاف أن المطر كان غزيرا. وأكد أهمية تعزيز التعاون العسكري بين البلدين.'),
    ).not.toContain('Russia + Syria'));
  it('"البلدين" names the two states of its own sentence before those of the one before', () =>
    expect(
      cooperates('وتحدث الوزير عن الصين وروسيا والهند. وقال إن الدوحة تتابع مع إيران تطوير العلاقات، وأكد أهمية تعزيز التعاون العسكري بين البلدين.'),
    ).toContain('Iran + Qatar'));
  it('"هذه البلدان" is no pair', () =>
    expect(cooperates('وتحدث الوزير عن الصين وروسيا والهند. وقال إنه يمكن من خلال التعاون مع هذه البلدان تحقيق الاستفادة.')).toEqual([]));
});

describe('"the three countries signed" are the three states just named', () => {
  it.each([
    [
      'Japan and Australia held naval drills near Guam. Indian officials joined them. The three countries signed a maritime security agreement on Friday.',
      ['Australia + India', 'Australia + Japan', 'India + Japan'],
    ],
  ])('%s', (body, expected) => {
    const found = cooperates(body);
    for (const e of expected) expect(found).toContain(e);
  });
});

describe('partners from outside an alliance', () => {
  it.each([
    ['وسيستقبل حلف شمال الأطلسي شركاء من خارج الحلف من بينهم الرئيس الجورجي وأستراليا.', 'Australia + NATO'],
  ])('%s', (sentence, expected) => expect(cooperates(sentence)).toContain(expected));
  it.each([['وقال إن حلف شمال الأطلسي لا يضم إيران.']])('nothing in: %s', (sentence) => expect(cooperates(sentence)).toEqual([]));
});
