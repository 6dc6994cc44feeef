import type { EntityType, RelationType, WeaponCategory, AcquisitionStatus, Language } from '@kg/graph-schema';

/**
 * A small, realistic graph for the explorer's tests until ingest lands: Iraqi and regional
 * security news, Arabic first, with article dates spread over 2024–2025 and evidence sentences
 * quoted from the article texts below.
 */
export interface FixtureEntity {
  id: string;
  type: EntityType;
  name: string;
  nameAr: string;
  aliases: string[];
  category?: WeaponCategory;
}

export interface FixtureArticle {
  id: string;
  title: string;
  date: string;
  lang: Language;
  source: string;
  text: string;
  /** Entity id → mention count. */
  mentions: Record<string, number>;
}

export interface FixtureRelation {
  type: RelationType;
  source: string;
  target: string;
  /** Per supporting article: the sentence (must occur in the article text) and extraction details. */
  evidence: { articleId: string; sentence: string; confidence: number; status?: AcquisitionStatus }[];
  title?: string;
}

export const FIXTURE_ENTITIES: FixtureEntity[] = [
  { id: 'state:iraq', type: 'State', name: 'Iraq', nameAr: 'العراق', aliases: ['Republic of Iraq', 'جمهورية العراق'] },
  { id: 'state:france', type: 'State', name: 'France', nameAr: 'فرنسا', aliases: ['French Republic'] },
  { id: 'state:turkey', type: 'State', name: 'Turkey', nameAr: 'تركيا', aliases: ['Türkiye', 'Turkiye'] },
  { id: 'state:jordan', type: 'State', name: 'Jordan', nameAr: 'الأردن', aliases: ['Hashemite Kingdom of Jordan', 'المملكة الأردنية الهاشمية'] },
  { id: 'state:egypt', type: 'State', name: 'Egypt', nameAr: 'مصر', aliases: ['جمهورية مصر العربية'] },
  { id: 'state:iran', type: 'State', name: 'Iran', nameAr: 'إيران', aliases: ['Islamic Republic of Iran'] },
  { id: 'state:russia', type: 'State', name: 'Russia', nameAr: 'روسيا', aliases: ['Russian Federation', 'روسيا الاتحادية'] },
  { id: 'state:united-states', type: 'State', name: 'United States', nameAr: 'الولايات المتحدة', aliases: ['USA', 'US', 'أمريكا', 'أميركا'] },
  { id: 'official:thabit-al-abbasi', type: 'Official', name: 'Thabit al-Abbasi', nameAr: 'ثابت العباسي', aliases: ['Thabet al-Abbasi'] },
  { id: 'official:yasar-guler', type: 'Official', name: 'Yaşar Güler', nameAr: 'يشار غولر', aliases: ['Yasar Guler'] },
  { id: 'official:mohammed-shia-al-sudani', type: 'Official', name: "Mohammed Shia' al-Sudani", nameAr: 'محمد شياع السوداني', aliases: ['السوداني', 'al-Sudani'] },
  { id: 'official:sebastien-lecornu', type: 'Official', name: 'Sébastien Lecornu', nameAr: 'سيباستيان لوكورنو', aliases: ['Sebastien Lecornu'] },
  { id: 'alliance:nato', type: 'Alliance', name: 'NATO', nameAr: 'حلف شمال الأطلسي', aliases: ['الناتو', 'North Atlantic Treaty Organization', 'حلف الناتو'] },
  { id: 'organization:pkk', type: 'Organization', name: 'Kurdistan Workers’ Party', nameAr: 'حزب العمال الكردستاني', aliases: ['PKK', 'بي كي كي'] },
  { id: 'organization:iraqi-army', type: 'Organization', name: 'Iraqi Army', nameAr: 'الجيش العراقي', aliases: [] },
  { id: 'weapon:rafale', type: 'Weapon', name: 'Dassault Rafale', nameAr: 'رافال', aliases: ['Rafale', 'مقاتلات رافال'], category: 'combat-aircraft' },
  { id: 'weapon:s-400', type: 'Weapon', name: 'S-400', nameAr: 'إس-400', aliases: ['S-400 Triumf', 'اس 400'], category: 'air-defence' },
  { id: 'weapon:caracal', type: 'Weapon', name: 'Airbus H225M Caracal', nameAr: 'كاراكال', aliases: ['H225M', 'Caracal'], category: 'helicopter' },
];

export const FIXTURE_ARTICLES: FixtureArticle[] = [
  {
    id: 'article:2024-03-12-iraq-rafale',
    title: 'العراق يتفاوض مع فرنسا لشراء مقاتلات رافال',
    date: '2024-03-12',
    lang: 'ar',
    source: 'fixture',
    text:
      'العراق يتفاوض مع فرنسا لشراء مقاتلات رافال\n' +
      'أعلن وزير الدفاع العراقي ثابت العباسي أن العراق يتفاوض مع فرنسا لشراء مقاتلات رافال. ' +
      'وقال العباسي إن بغداد تسعى أيضا إلى الحصول على مروحيات كاراكال. ' +
      'واستقبل العباسي وزير الجيوش الفرنسي سيباستيان لوكورنو في بغداد.',
    mentions: { 'state:iraq': 2, 'state:france': 2, 'weapon:rafale': 1, 'weapon:caracal': 1, 'official:thabit-al-abbasi': 3, 'official:sebastien-lecornu': 1 },
  },
  {
    id: 'article:2024-05-20-abbasi-guler',
    title: 'وزير الدفاع العراقي يلتقي نظيره التركي في أنقرة',
    date: '2024-05-20',
    lang: 'ar',
    source: 'fixture',
    text:
      'وزير الدفاع العراقي يلتقي نظيره التركي في أنقرة\n' +
      'التقى وزير الدفاع العراقي ثابت العباسي نظيره التركي يشار غولر في أنقرة. ' +
      'واتفق الجانبان على تعزيز التعاون الأمني بين العراق وتركيا في مواجهة حزب العمال الكردستاني.',
    mentions: { 'state:iraq': 1, 'state:turkey': 1, 'official:thabit-al-abbasi': 1, 'official:yasar-guler': 1, 'organization:pkk': 1 },
  },
  {
    id: 'article:2024-07-02-trilateral',
    title: 'Iraq, Jordan and Egypt hold trilateral security talks',
    date: '2024-07-02',
    lang: 'en',
    source: 'fixture',
    text:
      'Iraq, Jordan and Egypt hold trilateral security talks\n' +
      'Iraqi Prime Minister Mohammed Shia\' al-Sudani said Iraq will deepen security cooperation with Jordan and Egypt. ' +
      'Jordan and Egypt agreed to share border intelligence.',
    mentions: { 'state:iraq': 2, 'state:jordan': 2, 'state:egypt': 2, 'official:mohammed-shia-al-sudani': 1 },
  },
  {
    id: 'article:2024-09-15-turkey-north-iraq',
    title: 'تركيا تنشر قوات إضافية في شمال العراق',
    date: '2024-09-15',
    lang: 'ar',
    source: 'fixture',
    text:
      'تركيا تنشر قوات إضافية في شمال العراق\n' +
      'نشرت تركيا قوات إضافية في شمال العراق لملاحقة مقاتلي حزب العمال الكردستاني. ' +
      'وقال رئيس الوزراء العراقي محمد شياع السوداني إن العراق وتركيا يعملان معا لضبط الحدود. ' +
      'وتركيا عضو في حلف شمال الأطلسي.',
    mentions: { 'state:iraq': 3, 'state:turkey': 3, 'organization:pkk': 1, 'official:mohammed-shia-al-sudani': 1, 'alliance:nato': 1 },
  },
  {
    id: 'article:2025-01-10-russia-iran-s400',
    title: 'روسيا تزود إيران بمنظومات إس-400',
    date: '2025-01-10',
    lang: 'ar',
    source: 'fixture',
    text:
      'روسيا تزود إيران بمنظومات إس-400\n' +
      'قالت مصادر إن روسيا زودت إيران بمنظومات إس-400 للدفاع الجوي. ' +
      'وتعارض الولايات المتحدة الصفقة، فيما يواصل الجيش العراقي مراقبة أجوائه.',
    mentions: { 'state:russia': 1, 'state:iran': 2, 'weapon:s-400': 1, 'state:united-states': 1, 'organization:iraqi-army': 1 },
  },
  {
    id: 'article:2025-02-03-france-nato',
    title: 'France and the United States reaffirm NATO commitments',
    date: '2025-02-03',
    lang: 'en',
    source: 'fixture',
    text:
      'France and the United States reaffirm NATO commitments\n' +
      'France and the United States, both members of NATO, reaffirmed their commitments. ' +
      'The Iraqi Army is part of Iraq\'s armed forces and trains with French advisers.',
    mentions: { 'state:france': 2, 'state:united-states': 1, 'alliance:nato': 1, 'organization:iraqi-army': 1, 'state:iraq': 1 },
  },
];

const A1 = FIXTURE_ARTICLES[0]!.id;
const A2 = FIXTURE_ARTICLES[1]!.id;
const A3 = FIXTURE_ARTICLES[2]!.id;
const A4 = FIXTURE_ARTICLES[3]!.id;
const A5 = FIXTURE_ARTICLES[4]!.id;
const A6 = FIXTURE_ARTICLES[5]!.id;

export const FIXTURE_RELATIONS: FixtureRelation[] = [
  { type: 'ACQUIRES', source: 'state:iraq', target: 'weapon:rafale', evidence: [{ articleId: A1, sentence: 'أعلن وزير الدفاع العراقي ثابت العباسي أن العراق يتفاوض مع فرنسا لشراء مقاتلات رافال.', confidence: 0.9, status: 'negotiating' }] },
  { type: 'ACQUIRES', source: 'state:iraq', target: 'weapon:caracal', evidence: [{ articleId: A1, sentence: 'وقال العباسي إن بغداد تسعى أيضا إلى الحصول على مروحيات كاراكال.', confidence: 0.7, status: 'considered' }] },
  { type: 'SUPPLIED', source: 'state:france', target: 'state:iraq', evidence: [{ articleId: A1, sentence: 'أعلن وزير الدفاع العراقي ثابت العباسي أن العراق يتفاوض مع فرنسا لشراء مقاتلات رافال.', confidence: 0.6 }] },
  { type: 'HOLDS_OFFICE', source: 'official:thabit-al-abbasi', target: 'state:iraq', title: 'وزير الدفاع', evidence: [
    { articleId: A1, sentence: 'أعلن وزير الدفاع العراقي ثابت العباسي أن العراق يتفاوض مع فرنسا لشراء مقاتلات رافال.', confidence: 0.95 },
    { articleId: A2, sentence: 'التقى وزير الدفاع العراقي ثابت العباسي نظيره التركي يشار غولر في أنقرة.', confidence: 0.95 },
  ] },
  { type: 'HOLDS_OFFICE', source: 'official:sebastien-lecornu', target: 'state:france', title: 'وزير الجيوش', evidence: [{ articleId: A1, sentence: 'واستقبل العباسي وزير الجيوش الفرنسي سيباستيان لوكورنو في بغداد.', confidence: 0.9 }] },
  { type: 'MET_WITH', source: 'official:thabit-al-abbasi', target: 'official:sebastien-lecornu', evidence: [{ articleId: A1, sentence: 'واستقبل العباسي وزير الجيوش الفرنسي سيباستيان لوكورنو في بغداد.', confidence: 0.85 }] },
  { type: 'MET_WITH', source: 'official:thabit-al-abbasi', target: 'official:yasar-guler', evidence: [{ articleId: A2, sentence: 'التقى وزير الدفاع العراقي ثابت العباسي نظيره التركي يشار غولر في أنقرة.', confidence: 0.9 }] },
  { type: 'HOLDS_OFFICE', source: 'official:yasar-guler', target: 'state:turkey', title: 'وزير الدفاع', evidence: [{ articleId: A2, sentence: 'التقى وزير الدفاع العراقي ثابت العباسي نظيره التركي يشار غولر في أنقرة.', confidence: 0.85 }] },
  { type: 'COOPERATES_WITH', source: 'state:iraq', target: 'state:turkey', evidence: [
    { articleId: A2, sentence: 'واتفق الجانبان على تعزيز التعاون الأمني بين العراق وتركيا في مواجهة حزب العمال الكردستاني.', confidence: 0.8 },
    { articleId: A4, sentence: 'وقال رئيس الوزراء العراقي محمد شياع السوداني إن العراق وتركيا يعملان معا لضبط الحدود.', confidence: 0.75 },
  ] },
  { type: 'OPPOSES', source: 'state:turkey', target: 'organization:pkk', evidence: [
    { articleId: A2, sentence: 'واتفق الجانبان على تعزيز التعاون الأمني بين العراق وتركيا في مواجهة حزب العمال الكردستاني.', confidence: 0.7 },
    { articleId: A4, sentence: 'نشرت تركيا قوات إضافية في شمال العراق لملاحقة مقاتلي حزب العمال الكردستاني.', confidence: 0.8 },
  ] },
  { type: 'DEPLOYED_IN', source: 'state:turkey', target: 'state:iraq', evidence: [{ articleId: A4, sentence: 'نشرت تركيا قوات إضافية في شمال العراق لملاحقة مقاتلي حزب العمال الكردستاني.', confidence: 0.9 }] },
  { type: 'HOLDS_OFFICE', source: 'official:mohammed-shia-al-sudani', target: 'state:iraq', title: 'رئيس الوزراء', evidence: [
    { articleId: A3, sentence: "Iraqi Prime Minister Mohammed Shia' al-Sudani said Iraq will deepen security cooperation with Jordan and Egypt.", confidence: 0.9 },
    { articleId: A4, sentence: 'وقال رئيس الوزراء العراقي محمد شياع السوداني إن العراق وتركيا يعملان معا لضبط الحدود.', confidence: 0.9 },
  ] },
  { type: 'COOPERATES_WITH', source: 'state:iraq', target: 'state:jordan', evidence: [{ articleId: A3, sentence: "Iraqi Prime Minister Mohammed Shia' al-Sudani said Iraq will deepen security cooperation with Jordan and Egypt.", confidence: 0.85 }] },
  { type: 'COOPERATES_WITH', source: 'state:iraq', target: 'state:egypt', evidence: [{ articleId: A3, sentence: "Iraqi Prime Minister Mohammed Shia' al-Sudani said Iraq will deepen security cooperation with Jordan and Egypt.", confidence: 0.85 }] },
  { type: 'COOPERATES_WITH', source: 'state:jordan', target: 'state:egypt', evidence: [{ articleId: A3, sentence: 'Jordan and Egypt agreed to share border intelligence.', confidence: 0.8 }] },
  { type: 'MEMBER_OF', source: 'state:turkey', target: 'alliance:nato', evidence: [{ articleId: A4, sentence: 'وتركيا عضو في حلف شمال الأطلسي.', confidence: 0.95 }] },
  { type: 'SUPPLIED', source: 'state:russia', target: 'state:iran', evidence: [{ articleId: A5, sentence: 'قالت مصادر إن روسيا زودت إيران بمنظومات إس-400 للدفاع الجوي.', confidence: 0.8 }] },
  { type: 'ACQUIRES', source: 'state:iran', target: 'weapon:s-400', evidence: [{ articleId: A5, sentence: 'قالت مصادر إن روسيا زودت إيران بمنظومات إس-400 للدفاع الجوي.', confidence: 0.8, status: 'delivered' }] },
  { type: 'OPPOSES', source: 'state:united-states', target: 'state:iran', evidence: [{ articleId: A5, sentence: 'وتعارض الولايات المتحدة الصفقة، فيما يواصل الجيش العراقي مراقبة أجوائه.', confidence: 0.6 }] },
  { type: 'MEMBER_OF', source: 'state:france', target: 'alliance:nato', evidence: [{ articleId: A6, sentence: 'France and the United States, both members of NATO, reaffirmed their commitments.', confidence: 0.9 }] },
  { type: 'MEMBER_OF', source: 'state:united-states', target: 'alliance:nato', evidence: [{ articleId: A6, sentence: 'France and the United States, both members of NATO, reaffirmed their commitments.', confidence: 0.9 }] },
  { type: 'PART_OF', source: 'organization:iraqi-army', target: 'state:iraq', evidence: [{ articleId: A6, sentence: "The Iraqi Army is part of Iraq's armed forces and trains with French advisers.", confidence: 0.85 }] },
];
