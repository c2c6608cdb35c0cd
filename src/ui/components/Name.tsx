/**
 * A person's (or a file's) name as the page shows it: isolated for direction (<bdi>), so a
 * right-to-left override typed into a name never reorders the text around it, and bounded, so a
 * very long name never widens the page. `fit="line"` keeps it on one line with an ellipsis;
 * `fit="wrap"` (tables) lets it break anywhere, at most two lines. The full text is in `title`.
 */
interface Props {
  readonly text: string;
  readonly fit?: "line" | "wrap";
}

export function Name({ text, fit = "line" }: Props) {
  return (
    <bdi className={`name name-${fit}`} title={text} data-name="">
      {text}
    </bdi>
  );
}
