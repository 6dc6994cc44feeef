import { describe, expect, it } from '@jest/globals';
import { entities, mentionsOf, recognizeWith, type Doc } from './test-recognize';

const recognize = (text: string) => recognizeWith(text, ['known', 'organizations', 'weapons', 'officials']);

const ids = (doc: Doc, type?: string) => entities(doc, type).map((e) => e.id);
const textsOf = mentionsOf;

describe('Coalitions told apart by their leader or the war', () => {
  it('takes "التحالف الدولي الذي تقوده السعودية" for the Saudi-led coalition', () => {
    const doc = recognize('قصفت طائرات التحالف الدولي الذي تقوده السعودية مواقع قرب صنعاء.');
    expect(ids(doc, 'Alliance')).toEqual(['alliance:saudi-led-coalition']);
    expect(ids(doc, 'State')).toContain('state:saudi-arabia');
  });
  it('keeps the US-led one when Washington leads it', () => {
    const doc = recognize('أعلن التحالف الدولي بقيادة واشنطن مقتل قيادي في تنظيم داعش شرق سوريا.');
    expect(ids(doc, 'Alliance')).toEqual(['alliance:global-coalition-against-isis']);
  });
  it('names a bare "التحالف" by its leader, and "المملكة" leading it is Saudi Arabia', () => {
    const doc = recognize('اعترضت دفاعات التحالف بقيادة المملكة صاروخا. وقال إن تحالفا تقوده الرياض سيواصل عملياته.');
    expect(ids(doc, 'Alliance')).toEqual(['alliance:saudi-led-coalition']);
    expect(textsOf(doc, 'alliance:saudi-led-coalition')).toContain('التحالف');
  });
  it('reads a bare "التحالف الدولي" in an article about Yemen only as the Saudi-led coalition', () => {
    const doc = recognize('شن التحالف الدولي غارات على مواقع الحوثيين في الحديدة غرب اليمن.');
    expect(ids(doc, 'Alliance')).toEqual(['alliance:saudi-led-coalition']);
  });
  it('keeps a bare "التحالف الدولي" the anti-ISIS coalition when Syria or ISIS is named', () => {
    const doc = recognize('شن التحالف الدولي غارات في سوريا، فيما قصف الحوثيون مواقع في اليمن.');
    expect(ids(doc, 'Alliance')).toEqual(['alliance:global-coalition-against-isis']);
  });
  it('does not take a party alliance led by a person for a coalition of states', () => {
    const doc = recognize('فاز التحالف بقيادة مقتدى الصدر بأكبر عدد من المقاعد.');
    expect(ids(doc, 'Alliance')).toEqual([]);
  });
});

describe('"المملكة" alone is the kingdom the article names', () => {
  it('is the only kingdom named', () => {
    const doc = recognize('أعلن الأردن إجراءات جديدة. وقال مسؤول إن المملكة ستواصل دعم اللاجئين.');
    expect(textsOf(doc, 'state:jordan')).toContain('المملكة');
  });
  it('with several kingdoms, is the one named "المملكة …" in full', () => {
    const doc = recognize('استقبلت المملكة المغربية وفدا من البحرين. وأكدت الرباط أن المملكة ترحب بالتعاون.');
    expect(textsOf(doc, 'state:morocco')).toContain('المملكة');
    expect(textsOf(doc, 'state:bahrain')).not.toContain('المملكة');
  });
  it('with several kingdoms named in full or none, is the one named last before it', () => {
    const doc = recognize('زار وزير من بريطانيا السعودية. وقال إن المملكة تدعم الاتفاق.');
    expect(textsOf(doc, 'state:saudi-arabia')).toContain('المملكة');
    expect(textsOf(doc, 'state:united-kingdom')).not.toContain('المملكة');
  });
  it('is nothing when no kingdom is named (never a republic such as Yemen)', () => {
    const doc = recognize('أطلق الحوثيون في اليمن صاروخا باتجاه المملكة.');
    expect(ids(doc, 'State')).toEqual(['state:yemen']);
  });
  it('leaves a longer listed name alone (المملكة المتحدة)', () => {
    const doc = recognize('وصل ولي العهد السعودي إلى المملكة المتحدة.');
    expect(textsOf(doc, 'state:united-kingdom')).toEqual(['المملكة المتحدة']);
    expect(textsOf(doc, 'state:saudi-arabia')).toEqual(['السعودي']);
  });
});

describe('Committees named by their task', () => {
  it('names a follow-up body of a summit and types it as a grouping of states', () => {
    const doc = recognize('واجتمعت هيئة متابعة تنفيذ القرارات والالتزامات التابعة للقمة العربية برئاسة السعودية.');
    const body = [...doc.entities.values()].find((e) => e.name.startsWith('هيئة متابعة'));
    expect(body?.type).toBe('Alliance');
    expect(body?.name).toBe('هيئة متابعة تنفيذ القرارات والالتزامات التابعة للقمة العربية');
    expect([...body!.aliases]).toContain('هيئة متابعة تنفيذ القرارات والالتزامات');
  });
  it('names a task committee of no grouping of states as an organisation', () => {
    const doc = recognize('وصلت لجنة تقصي الحقائق إلى المدينة، وانتقدت لجنة حماية الصحفيين اعتقال المراسل.');
    const orgs = [...doc.entities.values()].filter((e) => e.type === 'Organization').map((e) => e.name);
    expect(orgs).toEqual(expect.arrayContaining(['لجنة تقصي الحقائق', 'لجنة حماية الصحفيين']));
  });
  it('needs the task’s object: "لجنة متابعة" alone or before a verb is no name', () => {
    const doc = recognize('شكلت الحكومة لجنة متابعة لم تجتمع بعد.');
    expect(ids(doc)).toEqual([]);
  });
});

describe('Heads of state and crown princes by title and given name', () => {
  const officials = (doc: Doc) => ids(doc, 'Official');
  it('"الملك سلمان" is the king, not a crown prince who shares the given name', () => {
    expect(officials(recognize('وأكد الملك سلمان في كلمته دعم الاتفاق.'))).toEqual(['official:salman-bin-abdulaziz']);
  });
  it('"ولي العهد الأمير سلمان" in a Bahraini context is the crown prince', () => {
    expect(officials(recognize('وأكد ولي العهد البحريني الأمير سلمان في كلمته أهمية التعاون.'))).toEqual(['official:salman-bin-hamad-al-khalifa']);
  });
  it('"العاهل الأردني الملك عبدالله" is Abdullah II', () => {
    expect(officials(recognize('التقى العاهل الأردني الملك عبدالله بالرئيس في عمان.'))).toContain('official:abdullah-ii');
  });
  it('a crown prince title with a given name nobody is listed under names nobody listed', () => {
    expect(officials(recognize('قال ولي العهد الأمير فهد إن المملكة ماضية.')).filter((id) => id.startsWith('official:') && !id.includes('فهد'))).toEqual([]);
  });
});

describe('Bodies named after a king, and listed aid agencies', () => {
  it('"مركز الملك سلمان للإغاثة" is KSrelief, not the king', () => {
    const doc = recognize('وزع مركز الملك سلمان للإغاثة والأعمال الإنسانية مساعدات غذائية في الحديدة.');
    expect(ids(doc, 'Organization')).toEqual(['org:ksrelief']);
    expect(ids(doc, 'Official')).toEqual([]);
  });
  it('a base named after the king is not the king', () => {
    const doc = recognize('هبطت الطائرة في قاعدة الملك سلمان الجوية بالرياض.');
    expect(ids(doc, 'Official')).toEqual([]);
  });
});

describe('"المملكة" with a nationality', () => {
  it('is the kingdom of that nationality (المملكة البحرينية), whatever else is named', () => {
    const doc = recognize('قالت السعودية إن وزارة الخارجية في المملكة البحرينية أصدرت بيانا.');
    expect(textsOf(doc, 'state:bahrain')).toContain('المملكة');
    expect(textsOf(doc, 'state:saudi-arabia')).not.toContain('المملكة');
  });
});
