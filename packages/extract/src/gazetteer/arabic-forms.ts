/** Inflected forms of an Arabic nisba adjective (folded spelling): عراقي → عراقيه، عراقيون، عراقيين، عراقيا… */
const NISBA_SUFFIXES = ['', 'ه', 'ون', 'ين', 'ان', 'تان', 'تين', 'ا'];

export function nisbaForms(words: string[]): string[][] {
  // Multi-word nisba (كوري جنوبي) inflects every word alike; later words may carry ال.
  const out: string[][] = [];
  for (const suffix of NISBA_SUFFIXES) {
    const inflected = words.map((w) => w + suffix);
    out.push(inflected);
    if (words.length > 1) out.push([inflected[0]!, ...inflected.slice(1).map((w) => 'ال' + w)]);
  }
  return out;
}

/** English demonym plural and possessive-free forms: Iraqi → Iraqis; American → Americans. */
export function demonymForms(word: string): string[] {
  const forms = [word];
  if (!/(sh|ch|ese|s)$/i.test(word)) forms.push(word + 's');
  return forms;
}
