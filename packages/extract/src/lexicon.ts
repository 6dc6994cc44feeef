import { normalizeForSearch } from './text/normalize';

/** Word lists of the extraction rules: grammar and trigger words, not entities. Written naturally, folded on load. */
const set = (...words: string[]) => new Set(words.map(normalizeForSearch));

/** Words that never belong to a person's name (Arabic function words, reporting verbs, time words). */
export const NOT_NAME = set(
  'في', 'على', 'من', 'إلى', 'الى', 'عن', 'مع', 'إن', 'أن', 'ان', 'أنه', 'انه', 'قد', 'لقد', 'كان', 'كانت', 'هو', 'هي', 'هذا', 'هذه', 'ذلك', 'تلك',
  'الذي', 'التي', 'الذين', 'الى', 'حتى', 'ثم', 'أو', 'او', 'لكن', 'لا', 'لم', 'لن', 'ما', 'ماذا', 'كل', 'بعد', 'قبل', 'خلال', 'أمام', 'عند', 'بين',
  'قال', 'قالت', 'أكد', 'اكد', 'أكدت', 'أعلن', 'أعلنت', 'أشار', 'أوضح', 'أضاف', 'ذكر', 'صرح', 'يقول', 'تقول', 'وقال', 'وأكد', 'وأضاف',
  'اليوم', 'أمس', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'مساء', 'صباح', 'يوم',
  'السابق', 'الحالي', 'الجديد', 'الأسبق', 'المستقيل', 'بالإنابة', 'بالوكالة', 'سابقا', 'نفسه', 'أيضا', 'كما', 'وفق', 'وفقا', 'حيث', 'عبر',
  'الذي', 'بأن', 'لأن', 'إنه', 'إنها', 'إنّ', 'له', 'لها', 'به', 'بها', 'فيه', 'فيها', 'منه', 'منها', 'عليه', 'وهو', 'وهي',
  'بلاده', 'بلادها', 'بلادهم', 'البلاد', 'أسرته', 'عائلته', 'نفسه', 'نفسها',
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'said', 'says', 'told', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'who', 'which', 'that', 'this',
);

/** Arabic name particles that keep a name going (بن سلمان، آل عطية، عبد المهدي). */
export const NAME_PARTICLES = set('بن', 'بنت', 'ابن', 'آل', 'أبو', 'ابو', 'عبد', 'ولد', 'al', 'bin', 'bint', 'ibn', 'abu', 'abd', 'el', 'de', 'van', 'von', 'der', 'da', 'di', 'la', 'le');

/** Forms of address between a title and a name (Emir Sheikh Tamim, أمير قطر الشيخ تميم, Gen. McKenzie). */
export const HONORIFICS = set(
  'الشيخ', 'الشيخة', 'السيد', 'السيدة', 'الدكتور', 'الدكتورة', 'ركن', 'الركن', 'طيار', 'الطيار', 'sheikh', 'sheikha', 'shaikh', 'sir', 'dame', 'dr', 'mr', 'mrs', 'ms', 'gen', 'lt', 'col', 'maj', 'adm', 'brig',
);

/** Words before a title that modify it (نائب وزير الخارجية، Deputy Foreign Minister). */
export const TITLE_MODIFIERS: Record<string, string> = Object.fromEntries(
  [
    ['نائب', 'Deputy'], ['مساعد', 'Assistant'], ['وكيل', 'Under-Secretary'], ['القائم بأعمال', 'Acting'], ['القائمة بأعمال', 'Acting'],
    ['deputy', 'Deputy'], ['assistant', 'Assistant'], ['acting', 'Acting'], ['vice', 'Vice'], ['former', 'Former'],
  ].map(([k, v]) => [normalizeForSearch(k!), v!]),
);

/** Heads of organisation names built by pattern (وزارة الدفاع، مجلس الأمن الروسي، Ministry of Defence). */
export const ORG_HEADS_AR = set(
  // Not إدارة/رئاسة/مكتب/وكالة: "إدارة ترامب", "برئاسة السودان", "مكتب الوزير" and news agencies are not bodies of the graph.
  'وزارة', 'مجلس', 'لجنة', 'هيئة', 'حزب', 'جماعة', 'مركز', 'جهاز', 'قيادة', 'البرلمان', 'شركة', 'منظمة', 'مديرية',
  'جبهة', 'حركة', 'فيلق', 'كتائب', 'غرفة', 'الحرس', 'ميليشيا', 'ميليشيات', 'مليشيا', 'الكونغرس', 'الكونجرس', 'محكمة',
);
export const ORG_HEADS_EN = set(
  'ministry', 'council', 'committee', 'agency', 'department', 'command', 'corps', 'party', 'front', 'movement', 'brigades', 'brigade', 'commission',
  'authority', 'office', 'directorate', 'service', 'services', 'forces', 'army', 'navy', 'parliament', 'assembly', 'company', 'group', 'organization', 'organisation',
);

/** English names of common government bodies by their Arabic head phrase (folded), for readable node names. */
export const BODY_NAMES: Record<string, string> = Object.fromEntries(
  [
    ['وزارة الدفاع', 'Ministry of Defence'], ['وزارة الخارجية', 'Ministry of Foreign Affairs'], ['وزارة الداخلية', 'Ministry of the Interior'],
    ['وزارة المالية', 'Ministry of Finance'], ['وزارة النفط', 'Ministry of Oil'], ['وزارة العدل', 'Ministry of Justice'], ['وزارة الطاقة', 'Ministry of Energy'],
    ['وزارة الاستخبارات', 'Ministry of Intelligence'], ['مجلس الأمن', 'Security Council'], ['مجلس الأمن القومي', 'National Security Council'],
    ['مجلس الأمن الوطني', 'National Security Council'], ['البرلمان', 'Parliament'], ['مجلس النواب', 'Council of Representatives'], ['مجلس الوزراء', 'Council of Ministers'],
    ['مجلس الشيوخ', 'Senate'], ['مجلس الشورى', 'Shura Council'], ['الحرس الثوري', 'Revolutionary Guard'], ['الحرس الوطني', 'National Guard'], ['رئاسة الأركان', 'General Staff'],
    ['هيئة الأركان', 'General Staff'], ['جهاز المخابرات', 'Intelligence Service'], ['جهاز الاستخبارات', 'Intelligence Service'], ['الكونغرس', 'Congress'],
  ].map(([k, v]) => [normalizeForSearch(k!), v!]),
);

/** Words right before a weapon name that confirm it is one (طائرات، صواريخ، منظومة، من طراز, missile, jets…). */
export const WEAPON_HEADS = set(
  'صاروخ', 'صواريخ', 'منظومة', 'منظومات', 'نظام', 'أنظمة', 'طائرة', 'طائرات', 'مقاتلة', 'مقاتلات', 'مروحية', 'مروحيات', 'دبابة', 'دبابات', 'طراز', 'مدرعة',
  'مدرعات', 'غواصة', 'غواصات', 'فرقاطة', 'فرقاطات', 'سفينة', 'سفن', 'مدمرة', 'مدمرات', 'راجمة', 'راجمات', 'قاذفة', 'قاذفات', 'مسيرة', 'مسيرات', 'بطارية', 'بطاريات',
  'درون', 'هليكوبتر', 'الهليكوبتر', 'حاملة', 'طوربيد', 'قنابل', 'قنبلة', 'مدافع', 'مدفع',
  'missile', 'missiles', 'system', 'systems', 'jet', 'jets', 'fighter', 'fighters', 'aircraft', 'helicopter', 'helicopters', 'tank', 'tanks', 'drone', 'drones',
  'launcher', 'launchers', 'submarine', 'submarines', 'frigate', 'frigates', 'destroyer', 'battery', 'batteries', 'rocket', 'rockets', 'bomber', 'bombers', 'type', 'class', 'model',
);

/**
 * Past-tense verbs that introduce a speaker or actor named right after them, with و/ف and the
 * feminine ت allowed (وقال، ورحبت، وأكد): "ورحب ويس كريمر مدير …". Never part of a name.
 */
export const INTRODUCING_VERB_AR = new RegExp(
  `^(?:و|ف)?(?:${['قال', 'أكد', 'أعلن', 'أضاف', 'أوضح', 'أشار', 'صرح', 'رحب', 'دعا', 'شدد', 'حذر', 'اعتبر', 'كشف', 'نفى', 'لفت', 'أعرب', 'أفاد', 'وصف', 'اتهم', 'انتقد', 'أردف', 'استبعد', 'توقع', 'أشاد', 'أبلغ', 'تابع', 'زار', 'التقى', 'استقبل']
    .map(normalizeForSearch)
    .join('|')})(?:ت)?$`,
);
/** English verbs before an appositive name ("said Wes Kremer, president of …"). */
export const INTRODUCING_VERB_EN = /^(?:said|says|added|told|explained|warned|noted|according)$/;

/** Capitalised English words of company and body names, never of a person's ("Raytheon Integrated Defense Systems"). */
export const ORG_WORDS_EN = set(
  'systems', 'defense', 'defence', 'integrated', 'international', 'industries', 'corporation', 'corp', 'inc', 'ltd', 'technologies', 'aerospace',
  'dynamics', 'airlines', 'bank', 'university', 'institute', 'news', 'times', 'post', 'security', 'operations', 'affairs', 'national', 'strategic',
);

/**
 * First complements that make a head noun an ordinary word, not a body: حركة (traffic, movement of
 * goods: حركة الملاحة، الحركة الجوية), قيادة (driving, leading: قيادة السيارة، قيادة البلاد), مركز (a place
 * or a rank: المركز التجاري، مركز الشرطة، مركز المدينة), جهاز (a device, a team: جهاز الإنذار، الجهاز الفني).
 */
export const NOT_BODY_COMPLEMENT: Record<string, Set<string>> = Object.fromEntries(
  Object.entries({
    حركة: [
      'الملاحة', 'المرور', 'السير', 'الطيران', 'التجارة', 'النقل', 'السفن', 'البضائع', 'الاحتجاج', 'الاحتجاجات', 'النزوح', 'الهجرة', 'التنقل',
      'الأسواق', 'الأسهم', 'التداول', 'العبور', 'الشحن', 'القطارات', 'الركاب', 'المسافرين', 'الحافلات', 'السياحة', 'الأموال', 'الرياح', 'الإضراب', 'الإضرابات',
      'التجارية', 'الجوية', 'الملاحية', 'المرورية', 'السياحية', 'الاقتصادية', 'الاحتجاجية', 'الشرائية', 'الدبلوماسية', 'البحرية', 'الدولية', 'العسكرية',
    ],
    قيادة: ['المرأة', 'السيارة', 'السيارات', 'المركبات', 'المركبة', 'الطائرة', 'الطائرات', 'الدراجات', 'البلاد', 'العالم', 'الحزب', 'الحركة', 'الدولة', 'الحكومة', 'المنتخب', 'الفريق'],
    مركز: [
      'التجاري', 'التسوق', 'الشرطة', 'المدينة', 'الاقتراع', 'الصدارة', 'القيادة', 'الثقل', 'الإيواء', 'الاحتجاز', 'الاعتقال', 'التوقيف', 'الحجز',
      'التصويت', 'الانتخاب', 'الصحي', 'الطبي', 'الاستشفاء', 'العالم', 'التحكم', 'الإقامة', 'الشريط', 'الهجرة', 'اللجوء',
    ],
    جهاز: ['الفني', 'الكمبيوتر', 'الحاسوب', 'الهاتف', 'الإنذار', 'التكييف', 'المناعي', 'العصبي', 'التنفسي', 'الهضمي', 'الطرد'],
    // "مديرية المتون": in Yemen a district, named after a place; a directorate is of a field (مديرية الأمن).
  }).map(([head, words]) => [normalizeForSearch(head), new Set(words.map(normalizeForSearch))]),
);

/** Fields of a directorate (مديرية الأمن العام، مديرية الاستخبارات العسكرية); any other مديرية is a district. */
export const DIRECTORATE_FIELDS = set(
  'الأمن', 'الشرطة', 'الاستخبارات', 'المخابرات', 'التربية', 'الصحة', 'الزراعة', 'المرور', 'الجوازات', 'الأحوال', 'الدفاع', 'الإعلام', 'التوجيه',
  'العمليات', 'الشؤون', 'العامة', 'الجمارك', 'الهجرة', 'الإقامة', 'الأمور', 'الآثار', 'الحرس', 'الحدود', 'الإمداد', 'التخطيط', 'الاتصالات', 'السجون',
  'الأوقاف', 'التعليم', 'البلديات', 'الاستخبارات', 'المخابرات', 'الشرطه', 'الطرق',
);
