/**
 * The legend drawn under the constellation in the PNG and print image: each kind with its colour
 * and letter, then the ring, the line widths, the mixed pie, the empty sector and the grey arrow.
 * Items flow left to right and wrap, so it fits any width. Returns the height it used.
 */
import type { SupportType } from "../../core/index.ts";
import { SUPPORT_TYPES } from "../../core/index.ts";
import { EMPTY_WEDGE, GAP_GREY, GIVES_GREY, INK, MIXED_LINE, RING, TYPE_COLOUR, TYPE_MARK } from "../palette.ts";
import { drawNode } from "./drawScene.ts";
import type { RenderNode } from "./toRenderGraph.ts";
import { LINE, SIZES } from "./toRenderGraph.ts";

interface Item {
  /** Width of the sample drawn before the words. */
  readonly sample: number;
  readonly draw: (ctx: CanvasRenderingContext2D, x: number, y: number) => void;
  readonly words: string;
}

export function drawLegend(
  ctx: CanvasRenderingContext2D,
  types: readonly SupportType[],
  x0: number,
  y0: number,
  width: number,
  font: string,
): number {
  const rowHeight = 34;
  const items: Item[] = [
    ...types.map((t) => ({
      sample: 24,
      draw: (c: CanvasRenderingContext2D, x: number, y: number) => letterDisc(c, x + 12, y, t, font),
      words: SUPPORT_TYPES[t].label,
    })),
    {
      sample: 44,
      draw: (c, x, y) => drawNode(c, pieNode(types.slice(0, 2), true), { x: x + 22, y }),
      words: "Ring: assesses or line-manages",
    },
    { sample: 34, draw: (c, x, y) => line(c, x, y, LINE.formal, INK), words: "Thick line: formal" },
    { sample: 34, draw: (c, x, y) => line(c, x, y, LINE.informal, INK), words: "Thin line: informal" },
    {
      sample: 62,
      draw: (c, x, y) => {
        line(c, x, y, LINE.informal, MIXED_LINE);
        drawNode(c, pieNode(types.slice(0, 3), false), { x: x + 48, y });
      },
      words: "Pie and dark line: several kinds from one person",
    },
    {
      sample: 24,
      draw: (c, x, y) => {
        c.fillStyle = EMPTY_WEDGE;
        c.fillRect(x, y - 10, 22, 20);
        c.strokeStyle = GAP_GREY;
        c.setLineDash([4, 3]);
        c.strokeRect(x, y - 10, 22, 20);
        c.setLineDash([]);
      },
      words: "Hatched sector: no one yet",
    },
    { sample: 34, draw: (c, x, y) => line(c, x, y, LINE.gives, GIVES_GREY), words: "Grey: support the ECT gives" },
  ];
  ctx.font = font;
  ctx.textBaseline = "middle";
  ctx.textAlign = "left";
  let x = x0;
  let y = y0 + rowHeight / 2;
  for (const item of items) {
    const w = item.sample + 8 + ctx.measureText(item.words).width;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += rowHeight;
    }
    item.draw(ctx, x, y);
    ctx.font = font;
    ctx.fillStyle = INK;
    ctx.fillText(item.words, x + item.sample + 8, y);
    x += w + 26;
  }
  return y + rowHeight / 2 - y0;
}

function letterDisc(ctx: CanvasRenderingContext2D, x: number, y: number, t: SupportType, font: string): void {
  ctx.beginPath();
  ctx.arc(x, y, 12, 0, Math.PI * 2);
  ctx.fillStyle = TYPE_COLOUR[t];
  ctx.fill();
  ctx.fillStyle = "#ffffff";
  ctx.font = `bold 14px ${font.split("px ")[1] ?? "sans-serif"}`;
  ctx.textAlign = "center";
  ctx.fillText(TYPE_MARK[t], x, y + 1);
  ctx.textAlign = "left";
}

function line(ctx: CanvasRenderingContext2D, x: number, y: number, width: number, colour: string): void {
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + 34, y);
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.stroke();
}

function pieNode(kinds: readonly SupportType[], ring: boolean): RenderNode {
  const node: RenderNode = {
    x: 0,
    y: 0,
    size: SIZES.supporter + (ring ? SIZES.ring + SIZES.ringGap : 0),
    color: RING,
    label: "",
    type: ring ? "pieRing" : "pie",
    role: "supporter",
    personId: "",
    kinds,
    ring,
  };
  for (const t of kinds) {
    node[`pie_${t}`] = 1;
    node[`pieColour_${t}`] = TYPE_COLOUR[t];
  }
  return node;
}
