import { describe, expect, it } from '@jest/globals';
import { namedRelations } from './test-relations';

const met = (body: string) => namedRelations(body, 'MET_WITH', true);

describe('MET_WITH', () => {
  it.each([
    // Verb first, with a long title and an apposition before the subject's name.
    ['استقبل الرئيس المصري عبد الفتاح السيسي نظيره الروسي فلاديمير بوتين في القاهرة.', 'Abdel Fattah el-Sisi + Vladimir Putin'],
    // A comma before "وزير" does not open a new clause.
    ['التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو، مساء الأحد، وزير الخارجية الأميركي مايك بومبيو في القدس.', 'Benjamin Netanyahu + Mike Pompeo'],
    // Subject before the word, the other side after "مع".
    ['أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع الرئيس الإيراني حسن روحاني.', 'Emmanuel Macron + Hassan Rouhani'],
    ['German Chancellor Angela Merkel held talks with Russian President Vladimir Putin in Berlin.', 'Angela Merkel + Vladimir Putin'],
    // A summit between two leaders.
    ['تستعد سنغافورة لاستضافة القمة بين الرئيس الأميركي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون.', 'Donald Trump + Kim Jong Un'],
    // The one after "مع" is the other side, the speaker named after the comma is the subject.
    ['وفي اجتماع مع الرئيس الروسي فلاديمير بوتين، قال وزير الدفاع سيرغي شويغو إن المهمة أنجزت.', 'Sergei Shoigu + Vladimir Putin'],
    // Two named before the word: "X told Y by phone".
    ['وقال الكرملين إن بوتين أبلغ رئيس الوزراء الإسرائيلي بنيامين نتنياهو عبر الهاتف بالقرار.', 'Benjamin Netanyahu + Vladimir Putin'],
  ])('%s', (sentence, expected) => expect(met(sentence)).toContain(expected));

  it.each([
    // "لقاء" is folded to "لقا" (ء dropped): the noun, with its sides after it.
    ['تناول وزير الخارجية التركي مولود تشاوش أوغلو، خلال لقاء مع نظيره الروسي سيرغي لافروف في أنقرة، مصير المحافظة.', 'Mevlüt Çavuşoğlu + Sergey Lavrov'],
    ['وجاء القرار بناء على ما تمخض عنه لقاء الرئيس الفرنسي إيمانويل ماكرون ورئيس الحكومة الإيطالية جوزيبي كونتي الاثنين.', 'Emmanuel Macron + Giuseppe Conte'],
  ])('a meeting noun: %s', (sentence, expected) => expect(met(sentence)).toContain(expected));

  it('reads the sides of a meeting from its genitive, not from who talks about it', () => {
    const found = met('وأشاد شي جين بينغ بلقاء كيم جونغ أون مع دونالد ترامب في سنغافورة.');
    expect(found).toContain('Donald Trump + Kim Jong Un');
    expect(found.filter((p) => p.includes('Xi Jinping'))).toEqual([]);
  });

  it('reads a list after "مع" as all the other sides', () => {
    const found = met('وتحدثت رئيسة الوزراء البريطانية تيريزا ماي هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية أنجيلا ميركل.');
    expect(found).toEqual(expect.arrayContaining(['Emmanuel Macron + Theresa May', 'Angela Merkel + Theresa May']));
  });
  it('does not pair a speaker with the leaders of a summit he talks about', () => {
    const found = met('وقال وزير الدفاع الأمريكي جيم ماتيس خلال منتدى أمني إن القمة المرتقبة بين الرئيس الأمريكي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون ستعقد في موعدها.');
    expect(found).toContain('Donald Trump + Kim Jong Un');
    expect(found.filter((p) => p.includes('Jim Mattis'))).toEqual([]);
  });
  it('does not pair officials named in other clauses of a sentence with a meeting word', () => {
    expect(met('وكلف الملك عبدالله الثاني عمر الرزاز بتشكيل الحكومة، وطالبه بإطلاق حوار بالتنسيق مع البرلمان قبل الاجتماع المقبل.')).toEqual([]);
  });
});

describe('MET_WITH an official and a state or body through its delegation or government', () => {
  const metOrdered = (body: string) => namedRelations(body, 'MET_WITH');
  it.each([
    ['استقبل الرئيس السوري بشار الأسد وفدا من روسيا في دمشق.', 'Bashar al-Assad → Russia'],
    ['Iraqi Prime Minister Mustafa al-Kadhimi received a Russian delegation in Baghdad.', 'Mustafa al-Kadhimi → Russia'],
    ['وأجرى وزير الخارجية الروسي سيرغي لافروف محادثات مع الحكومة العراقية.', 'Sergey Lavrov → Iraq'],
  ])('%s', (sentence, expected) => expect(metOrdered(sentence)).toContain(expected));
  it.each([
    // A visit is no meeting; one's own officials are no other side.
    ['وصل وزير الخارجية الروسي سيرغي لافروف في زيارة إلى العراق.'],
    ['Iraqi Prime Minister Mustafa al-Kadhimi met Iraqi officials in Baghdad.'],
  ])('nothing in: %s', (sentence) => expect(metOrdered(sentence)).toEqual([]));
});
