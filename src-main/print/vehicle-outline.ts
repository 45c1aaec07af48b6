/**
 * The car outline of the inspection act: left and right sides, top, front and rear, as simple
 * line drawings in one SVG, with the damage marks numbered where they were placed. A mark's
 * (x, y) are fractions (0..1) of its view's box as drawn here, the same boxes the screen uses.
 */
import type { DamageMark } from './model';

export type View = DamageMark['view'];

/** Each view's box in the drawing's own units: sides and top are long, front and rear square. */
export const viewSize: Record<View, { width: number; height: number }> = {
  left: { width: 240, height: 100 },
  right: { width: 240, height: 100 },
  top: { width: 240, height: 100 },
  front: { width: 100, height: 100 },
  rear: { width: 100, height: 100 },
};

const stroke = '#333333';
const glass = '#e3eaf0';
const tyre = '#4a4a4a';

// Drawn with the front of the car on the left; the right side is the same drawing mirrored.
const side = `
  <path d="M8 72 L8 56 Q8 47 17 45 L64 38 Q78 24 92 15 Q96 12 104 12 L196 12 Q204 12 208 17 L226 34 Q234 38 234 48 L234 72 L208 72 A20 20 0 0 0 168 72 L70 72 A20 20 0 0 0 30 72 Z" fill="#ffffff" stroke="${stroke}" stroke-width="1.3" stroke-linejoin="round"/>
  <path d="M74 37 L95 18 Q97 16 101 16 L138 16 L138 37 Z" fill="${glass}" stroke="${stroke}" stroke-width="0.8"/>
  <path d="M143 37 L143 16 L194 16 Q199 16 202 19 L218 35 L218 37 Z" fill="${glass}" stroke="${stroke}" stroke-width="0.8"/>
  <path d="M72 38 L72 70 M140 16 L140 70 M172 38 L170 62" fill="none" stroke="${stroke}" stroke-width="0.8"/>
  <path d="M122 45 L132 45 M154 45 L164 45" fill="none" stroke="${stroke}" stroke-width="1.2" stroke-linecap="round"/>
  <path d="M10 52 L24 48 L26 53 L11 56 Z" fill="#ffffff" stroke="${stroke}" stroke-width="0.8"/>
  <path d="M233 42 L226 42 L226 52 L234 52" fill="none" stroke="${stroke}" stroke-width="0.8"/>
  <path d="M76 36 L69 31 L66 36 Z" fill="#ffffff" stroke="${stroke}" stroke-width="0.8"/>
  <path d="M70 63 L168 63" fill="none" stroke="${stroke}" stroke-width="0.6"/>
  <circle cx="50" cy="73" r="15" fill="${tyre}"/><circle cx="50" cy="73" r="7" fill="#ffffff" stroke="${stroke}" stroke-width="0.8"/>
  <circle cx="188" cy="73" r="15" fill="${tyre}"/><circle cx="188" cy="73" r="7" fill="#ffffff" stroke="${stroke}" stroke-width="0.8"/>`;

// Seen from above, front on the left (as on the left side view).
const top = `
  <rect x="30" y="4" width="30" height="8" rx="3" fill="${tyre}"/><rect x="168" y="4" width="30" height="8" rx="3" fill="${tyre}"/>
  <rect x="30" y="88" width="30" height="8" rx="3" fill="${tyre}"/><rect x="168" y="88" width="30" height="8" rx="3" fill="${tyre}"/>
  <path d="M22 9 L220 9 Q234 9 234 23 L234 77 Q234 91 220 91 L22 91 Q6 91 6 71 L6 29 Q6 9 22 9 Z" fill="#ffffff" stroke="${stroke}" stroke-width="1.3"/>
  <path d="M66 17 L94 23 L94 77 L66 83 Q60 50 66 17 Z" fill="${glass}" stroke="${stroke}" stroke-width="0.8"/>
  <rect x="94" y="21" width="102" height="58" rx="5" fill="#ffffff" stroke="${stroke}" stroke-width="0.8"/>
  <path d="M196 23 L216 18 Q221 50 216 82 L196 77 Z" fill="${glass}" stroke="${stroke}" stroke-width="0.8"/>
  <path d="M14 28 Q40 24 64 20 M14 72 Q40 76 64 80" fill="none" stroke="${stroke}" stroke-width="0.6"/>
  <path d="M72 9 L68 2 L80 3 L82 9 M72 91 L68 98 L80 97 L82 91" fill="#ffffff" stroke="${stroke}" stroke-width="0.8"/>
  <path d="M140 9 L140 21 M140 79 L140 91" fill="none" stroke="${stroke}" stroke-width="0.6"/>`;

const front = `
  <rect x="14" y="78" width="14" height="12" rx="2" fill="${tyre}"/><rect x="72" y="78" width="14" height="12" rx="2" fill="${tyre}"/>
  <path d="M9 80 L9 54 Q9 46 17 44 L24 41 L31 18 Q33 13 39 13 L61 13 Q67 13 69 18 L76 41 L83 44 Q91 46 91 54 L91 80 Z" fill="#ffffff" stroke="${stroke}" stroke-width="1.3" stroke-linejoin="round"/>
  <path d="M29 38 L35 19 Q36 17 39 17 L61 17 Q64 17 65 19 L71 38 Z" fill="${glass}" stroke="${stroke}" stroke-width="0.8"/>
  <path d="M24 41 L14 37 L13 43 L20 43" fill="#ffffff" stroke="${stroke}" stroke-width="0.8"/><path d="M76 41 L86 37 L87 43 L80 43" fill="#ffffff" stroke="${stroke}" stroke-width="0.8"/>
  <path d="M13 50 L29 50 L29 56 L14 57 Z M87 50 L71 50 L71 56 L86 57 Z" fill="#ffffff" stroke="${stroke}" stroke-width="0.8"/>
  <rect x="34" y="48" width="32" height="11" rx="2" fill="#ffffff" stroke="${stroke}" stroke-width="0.8"/>
  <path d="M37 51.5 L63 51.5 M37 55.5 L63 55.5" fill="none" stroke="${stroke}" stroke-width="0.5"/>
  <path d="M9 66 L91 66" fill="none" stroke="${stroke}" stroke-width="0.6"/>
  <rect x="39" y="69" width="22" height="6" fill="#ffffff" stroke="${stroke}" stroke-width="0.6"/>`;

const rear = `
  <rect x="14" y="78" width="14" height="12" rx="2" fill="${tyre}"/><rect x="72" y="78" width="14" height="12" rx="2" fill="${tyre}"/>
  <path d="M9 80 L9 50 Q9 44 15 42 L24 40 L30 18 Q32 13 38 13 L62 13 Q68 13 70 18 L76 40 L85 42 Q91 44 91 50 L91 80 Z" fill="#ffffff" stroke="${stroke}" stroke-width="1.3" stroke-linejoin="round"/>
  <path d="M30 36 L35 20 Q36 17 39 17 L61 17 Q64 17 65 20 L70 36 Z" fill="${glass}" stroke="${stroke}" stroke-width="0.8"/>
  <path d="M12 46 L25 44 L25 56 L12 56 Z M88 46 L75 44 L75 56 L88 56 Z" fill="#ffffff" stroke="${stroke}" stroke-width="0.8"/>
  <path d="M22 40 L22 62 L78 62 L78 40" fill="none" stroke="${stroke}" stroke-width="0.6"/>
  <rect x="39" y="50" width="22" height="6" fill="#ffffff" stroke="${stroke}" stroke-width="0.6"/>
  <path d="M9 68 L91 68" fill="none" stroke="${stroke}" stroke-width="0.6"/>`;

const drawings: Record<View, string> = { left: side, right: side, top, front, rear };

type Placement = { x: number; y: number; label: string };

/** Where each view sits in the combined drawing (its top-left corner) and its caption. */
export function placements(labels: Record<View, string>): Record<View, Placement> {
  return {
    left: { x: 0, y: 16, label: labels.left },
    right: { x: 280, y: 16, label: labels.right },
    top: { x: 0, y: 146, label: labels.top },
    front: { x: 300, y: 146, label: labels.front },
    rear: { x: 420, y: 146, label: labels.rear },
  };
}

export const outlineSize = { width: 520, height: 250 };

const clamp = (v: number) => Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0.5));

/** The whole outline with the marks numbered 1…n in the order given. */
export function vehicleOutlineSvg(marks: DamageMark[], labels: Record<View, string>, markColour = '#c62828'): string {
  const at = placements(labels);
  const views = (Object.keys(at) as View[]).map((view) => {
    const p = at[view];
    const size = viewSize[view];
    const mirror = view === 'right' ? ` translate(${size.width} 0) scale(-1 1)` : '';
    return `<text x="${p.x + size.width / 2}" y="${p.y - 6}" text-anchor="middle" font-size="8" fill="#555555">${escapeXml(p.label)}</text>
  <g transform="translate(${p.x} ${p.y})${mirror}">${drawings[view]}</g>`;
  });
  const dots = marks.map((m, i) => {
    const p = at[m.view];
    const size = viewSize[m.view];
    const cx = (p.x + clamp(m.x) * size.width).toFixed(1);
    const cy = (p.y + clamp(m.y) * size.height).toFixed(1);
    const n = String(i + 1);
    return `<circle cx="${cx}" cy="${cy}" r="6.5" fill="#ffffff" stroke="${markColour}" stroke-width="1.4"/>
  <text x="${cx}" y="${(Number(cy) + 2.9).toFixed(1)}" text-anchor="middle" font-size="${n.length > 1 ? 6.5 : 8}" font-weight="bold" fill="${markColour}">${n}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${outlineSize.width}" height="${outlineSize.height}" viewBox="0 0 ${outlineSize.width} ${outlineSize.height}">
  ${views.join('\n  ')}
  ${dots.join('\n  ')}
</svg>`;
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] as string);
}
