import type { AcquisitionStatus } from '@kg/graph-schema';
import { foldChar } from '../text/normalize';
import type { Token } from '../text/tokenize';

/**
 * Trigger words of each relation, matched against folded tokens (ة→ه, أ→ا, ى→ي) with a leading
 * conjunction or preposition allowed (وتعاون، بتزويد، لمحاربة). English stems match word starts.
 */
const P = '^(?:و|ف|ب|ل|ك|وب|ول|لل|ال|وال|بال|فال)?';
// Stems are written naturally (أعضاء، شراء) and folded like the words they are tested against
// (normalize.ts drops ء and turns ئ into ي), or a stem with a hamza could never match.
const ar = (stems: string) => new RegExp(`${P}(?:${[...stems].map(foldChar).join('')})`);
const en = (stems: string) => new RegExp(`^(?:${stems})`);

export interface Trigger {
  ar: RegExp;
  en: RegExp;
}

export const TRIGGERS = {
  cooperation: { ar: ar('تعاون|يتعاون|تتعاون|شريك|شراك|تقارب|تنسيق|علاقات|علاقه|علاقتها|علاقته|معاهد|حليف|تحالف استراتيجي|مناورات|تدريبات مشترك|مذكره تفاهم|مذكرات تفاهم'), en: en('cooperat|partner|ties$|treaty|ally$|allies|relations|coordinat|joint$|exercises|memorandum|alliance with') },
  // Agreements and treaties signed between parties, and parties agreeing: cooperation when no war or arms control is meant (see rules).
  agreement: { ar: ar('اتفاق$|اتفاقا$|اتفاقيه|اتفاقيات|اتفاقات|معاهده|بروتوكول'), en: en('agreement|accord$|accords$|pact$|pacts$|treaty|treaties') },
  agreed: { ar: ar('اتفق$|اتفقت$|اتفقا$|اتفقتا$|يتفق$|تتفق$|اتفقوا$'), en: en('agreed$|agree$') },
  supply: { ar: ar('تزويد|زود|يزود|تزود|تسليم|سلم|يسلم|سلمت|بيع|باع|يبيع|تبيع|امداد|امدادات|توريد|نقل اسلح|صفقات اسلح|صفقه اسلح'), en: en('suppl|deliver|sell|sold$|sale|transfer|export|arms deal') },
  purchase: { ar: ar('شراء|اقتناء|امتلاك|صفق|تعاقد|مشتريات|يشتري|تشتري|اشترت|اشتري|الحصول|حصول|تسلم|تسلمت|استلام|استلم|شرائ'), en: en('buy|bought|purchas|acquir|order|procur|deal$|contract') },
  invitation: { ar: ar('دعوه|يدعو|تدعو|دعا|دعت'), en: en('invit') },
  meeting: { ar: ar('التقي|يلتقي|تلتقي|لقا$|لقاات$|لقاي|لقاه$|لقاها$|لقاهما$|اجتمع|اجتماع|يجتمع|محادثات|مباحثات|استقبل|يستقبل|استقبال|قمه|اتصال|اتصالا|هاتف|مكالمه|جمعت|بحث مع|يبحث مع|تباحث|ناقش مع'), en: en('met$|meet|meeting|talks$|summit|received$|hosted|phone|call$|spoke|talked with') },
  // Folded forms: ء is dropped (اعتداء → اعتدا). حرب as a noun only (not حربية, "war-" adjective of warships and warplanes); مقاطعة (boycott), not مقاطع (clips); عدو, not العدوى.
  opposition: { ar: ar('محارب|مكافح|قتال|ضد$|ضده|ضدها|ضدهم|هجوم|هجمات|ضربات|ضربه|غارات|غاره|قصف|استهداف|تهديد|يهدد|تهدد|عدو$|عدوا$|اعدا$|عدوان|معاديه|اعتدا|تصدي|التصدي|مقاطعه|يقاطع|تقاطع|قاطعت|حصار|عقوبات|تدمير|اخراج|طرد|يطرد|تطرد|اجتاح|احتلال|عراقيل|حرب$|حربا$|حروب|ضغط$|ضغوط$|ضغوطا$'), en: en('pressure$|fight$|fights|fighting|fought|combat|attack|strike|airstrike|against|sanction|threat|boycott|invasion|invade|war$|hostil|oppos|enemy|enemies|expel|oust') },
  deployment: { ar: ar('قوات|جنود|جندي|قاعده|قواعد|الوجود|وجود|نشر|انتشار|تنتشر|ينتشر|دخول قوات|تستضيف|يستضيف|تعزيزات|مهمه|بعثه'), en: en('troops|soldiers|base$|bases|deploy|presence|forces|stationed|hosts$|mission|reinforcements') },
  membership: { ar: ar('عضو|اعضاء|عضويه|يضم|تضم|ضم|تشمل|يشمل|حلفاء|شركاء|بين|دول'), en: en('member|allies|ally$|among') },
  accession: { ar: ar('انضمام|الانضمام|ينضم|تنضم|للانضمام'), en: en('join|accession|accede|bid$') },
  // The part word names the child before it and the parent after it; انبثق (verb first) the parent, then the child.
  partOf: { ar: ar('انبثق$|انبثقت$|منبثق$|منبثقه$|المنبثق$|المنبثقه$|تابع$|تابعه$|ذراع$|الذراع$|جناح$|الجناح$|فرع$|الفرع$'), en: en('part$|affiliate$|affiliated$|wing$|arm$|branch$|unit$|offshoot$') },
} satisfies Record<string, Trigger>;

export type TriggerName = keyof typeof TRIGGERS;

/** A trigger word, or a two-word trigger phrase starting at t ("نقل أسلحة", "arms deal") when the next token is given. */
export function isTrigger(t: Token, trigger: Trigger, next?: Token): boolean {
  const re = t.kind === 'ar' ? trigger.ar : t.kind === 'lat' ? trigger.en : undefined;
  if (!re) return false;
  return re.test(t.norm) || (next !== undefined && next.kind === t.kind && re.test(`${t.norm} ${next.norm}`));
}

/** Acquisition status words, most specific first. */
const STATUS_WORDS: [AcquisitionStatus, Trigger][] = [
  ['halted', { ar: ar('توقف|علق|تعليق|الغاء|الغت|الغي|تجميد|جمد|تراجع'), en: en('halt|suspend|cancel|scrap|froze|freez|stopp|abandon') }],
  ['negotiating', { ar: ar('مفاوض|تفاوض|تتفاوض|يتفاوض|محادثات|مباحثات|مذكره'), en: en('negotiat|talks$|memorandum') }],
  ['delivered', { ar: ar('تسليم|سلم|سلمت|تسلم|تسلمت|استلم|استلام|وصول|وصلت|زود|تزويد|يمتلك|تمتلك|دخلت الخدم'), en: en('deliver|receiv|arriv|handed|took$|operat|fleet|suppl') }],
  // Not شراء: "buying" names the deal, not how far it got (المرشحة لشراء is still considering).
  ['ordered', { ar: ar('صفق|وقع|توقيع|تعاقد|اتفقت|اتفق|طلبي|عقد|عقود|مشتريات|اشترت'), en: en('order|sign|contract|agreed|deal$|bought|purchas') }],
  ['considered', { ar: ar('تدرس|يدرس|دراس|ترغب|رغب|مرشح|تنوي|اعتزام|تعتزم|يعتزم|محتمل|امكانيه|اقتناء|امتلاك'), en: en('consider|interest|mull|weigh|plan|could$|may$|might$|seek') }],
];

// A delivery still to come is an order: "will supply", "ستسلم", "سيتم تسليم".
const FUTURE_EN = /^(will|to|shall)$/;
const FUTURE_AR = /^(?:و|ف)?س(?=[تينا])/;
/** A delivery word in the future: "will supply", "ستسلم", "سيتم تسليم". */
function isFutureDelivery(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind === 'lat') return isTrigger(t, DELIVERED) && (FUTURE_EN.test(tokens[k - 1]?.norm ?? '') || FUTURE_EN.test(tokens[k - 2]?.norm ?? ''));
  if (isTrigger(t, DELIVERED) && /^(?:و|ف)?سيتم$/.test(tokens[k - 1]?.norm ?? '')) return true;
  const withoutFuture = t.norm.replace(FUTURE_AR, '');
  return withoutFuture !== t.norm && isTrigger({ ...t, norm: withoutFuture }, DELIVERED);
}

const DELIVERED = STATUS_WORDS.find(([s]) => s === 'delivered')![1];

export function acquisitionStatus(tokens: Token[]): AcquisitionStatus | undefined {
  for (const [status, trigger] of STATUS_WORDS) {
    if (status === 'delivered') {
      const future = tokens.some((_, k) => isFutureDelivery(tokens, k));
      const past = tokens.some((t, k) => isTrigger(t, trigger) && !isFutureDelivery(tokens, k));
      if (past) return 'delivered';
      if (future) return 'ordered';
      continue;
    }
    if (tokens.some((t) => isTrigger(t, trigger))) return status;
  }
  return undefined;
}

/** How far an acquisition got, for choosing between two sentences that state it. */
export const STATUS_RANK: Record<AcquisitionStatus, number> = { halted: 5, delivered: 4, ordered: 3, negotiating: 2, considered: 1 };

/** Words that take a weapon out of a deal: "excludes Meteor", "باستثناء", "دون". */
export const EXCLUSION = /^(?:excludes?|excluding|except|without|not|no|باستثناء|عدا|دون|بدون|ليس|لا|لن|لم)$/;
