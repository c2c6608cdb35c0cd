/**
 * A small XML reader for the parts of an Excel workbook: no DOMParser, because import runs in a
 * Web Worker and in Node. It streams open tags, close tags and text to a handler, so a sheet of
 * hundreds of thousands of cells is never held as a tree. Namespace prefixes are dropped (`x:row`
 * is `row`); DTDs are skipped and only the five XML entities and character references are read,
 * so no entity can expand.
 */
import { FileProblem } from "./fileProblem.ts";

export interface XmlHandler {
  /** An element opens; `attrs` is its raw attribute text, read with `attribute`. */
  open(name: string, attrs: string): void;
  /** An element closes (self-closing ones too, straight after `open`). */
  close(name: string): void;
  /** Character data, with entities not yet decoded (see `decodeXmlText`): most text is never needed. */
  text(raw: string): void;
}

const CUT_SHORT = "Part of the workbook is cut short, so the file may be damaged or only partly downloaded.";

/**
 * Reads `xml` from start to end, calling the handler in document order.
 *
 * @example scanXml('<a x="1">hi</a>', { open: (n, a) => …, close: (n) => …, text: (t) => … })
 */
export function scanXml(xml: string, handler: XmlHandler): void {
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) {
      handler.text(xml.slice(i));
      return;
    }
    if (lt > i) handler.text(xml.slice(i, lt));
    const next = xml.charCodeAt(lt + 1);
    if (next === 47 /* "/" */) {
      const gt = after(xml, ">", lt);
      handler.close(localName(xml.slice(lt + 2, gt - 1).trim()));
      i = gt;
    } else if (next === 63 /* "?" */) {
      i = after(xml, "?>", lt);
    } else if (xml.startsWith("<!--", lt)) {
      i = after(xml, "-->", lt + 4);
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const end = after(xml, "]]>", lt + 9);
      // Escaped again, so the handler decodes every text the same way.
      handler.text(
        xml
          .slice(lt + 9, end - 3)
          .replace(/&/g, "&amp;")
          .replace(/</g, "&lt;"),
      );
      i = end;
    } else if (next === 33 /* "!": a DOCTYPE, with or without an internal subset */) {
      const gt = xml.indexOf(">", lt);
      const bracket = xml.indexOf("[", lt);
      i = bracket >= 0 && bracket < gt ? after(xml, ">", after(xml, "]", bracket)) : after(xml, ">", lt);
    } else {
      const gt = tagEnd(xml, lt + 1);
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      const end = selfClosing ? gt - 1 : gt;
      let k = lt + 1;
      while (k < end && !isSpace(xml.charCodeAt(k))) k++;
      const name = localName(xml.slice(lt + 1, k));
      handler.open(name, xml.slice(k, end));
      if (selfClosing) handler.close(name);
      i = gt + 1;
    }
  }
}

/** The index just after the next `token` from `from`; a missing one means the part was cut short. */
function after(xml: string, token: string, from: number): number {
  const at = xml.indexOf(token, from);
  if (at < 0) throw new FileProblem(CUT_SHORT);
  return at + token.length;
}

/** The `>` closing a start tag, skipping any inside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let j = from; j < xml.length; j++) {
    const c = xml.charCodeAt(j);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return j;
  }
  throw new FileProblem(CUT_SHORT);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/**
 * Calls `each` with every attribute's local name and decoded value, in order. Namespace
 * declarations (`xmlns`, `xmlns:…`) are left out.
 */
export function forEachAttribute(attrs: string, each: (name: string, value: string) => void): void {
  let i = 0;
  const n = attrs.length;
  while (i < n) {
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    const eq = attrs.indexOf("=", i);
    if (eq < 0) return;
    const qualified = attrs.slice(i, eq).trim();
    let q = eq + 1;
    while (q < n && isSpace(attrs.charCodeAt(q))) q++;
    const quote = attrs[q];
    if (quote !== '"' && quote !== "'") return;
    const close = attrs.indexOf(quote, q + 1);
    if (close < 0) return;
    if (!qualified.startsWith("xmlns")) each(localName(qualified), decodeXmlText(attrs.slice(q + 1, close)));
    i = close + 1;
  }
}

/** The decoded value of the attribute whose local name is `name` (`id` finds `r:id`), or undefined. */
export function attribute(attrs: string, name: string): string | undefined {
  let found: string | undefined;
  forEachAttribute(attrs, (local, value) => {
    if (found === undefined && local === name) found = value;
  });
  return found;
}

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text with the five XML entities and character references (`&#10;`, `&#x2019;`) decoded. */
export function decodeXmlText(raw: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (!ref.startsWith("#")) return NAMED[ref] ?? whole;
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
