/** One article as read from a file, before extraction. */
export interface ArticleInput {
  title: string;
  /** Article body. The headline is not repeated here unless the source repeats it. */
  body: string;
  /** ISO date YYYY-MM-DD when known. */
  date?: string;
  source?: string;
  url?: string;
  /** Id the input gives the document (TREC DOCNO, JSON id). */
  docId?: string;
}
