/** What Mosaic is for, in one line: the first thing a newcomer on a phone reads, above the sample. */
export const PURPOSE = "See who supports a new teacher with what, and where the gaps are.";
