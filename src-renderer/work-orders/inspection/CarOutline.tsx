import type { KeyboardEvent, MouseEvent } from 'react';
import type { DamageMark } from '../order-types';

export type View = DamageMark['view'];
export type Kind = DamageMark['kind'];

export const markColours: Record<Kind, string> = {
  scratch: '#e8590c',
  dent: '#1c7ed6',
  chip: '#7048e8',
  crack: '#e03131',
  other: '#495057',
};

/** Each view's drawing box; marks are kept as fractions of it (0..1), so the drawing may change. */
export const viewBoxes: Record<View, { w: number; h: number }> = {
  left: { w: 400, h: 160 },
  right: { w: 400, h: 160 },
  top: { w: 400, h: 180 },
  front: { w: 200, h: 160 },
  rear: { w: 200, h: 160 },
};

const line = { fill: 'none', stroke: '#495057', strokeWidth: 2, strokeLinejoin: 'round', strokeLinecap: 'round' } as const;
const thin = { ...line, strokeWidth: 1.3 } as const;
const glass = { fill: '#e7f5ff', stroke: '#495057', strokeWidth: 1.5, strokeLinejoin: 'round' } as const;
const tyre = { fill: '#495057', stroke: 'none' } as const;

/** A saloon in profile, bonnet to the left (as seen from its left side). */
function Side() {
  return (
    <g>
      <path
        {...line}
        fill="#f8f9fa"
        d="M22 126 L14 112 L15 98 L24 88 C48 82 96 78 130 76 L172 44 C190 38 240 36 268 40 L318 72 C344 74 366 76 380 80 L388 96 L386 126 L342 126 A32 32 0 0 0 278 126 L122 126 A32 32 0 0 0 58 126 Z"
      />
      <path {...glass} d="M140 76 L176 48 C184 45 206 44 214 44 L214 76 Z" />
      <path {...glass} d="M222 76 L222 44 C240 43 258 44 264 46 L300 74 Z" />
      <path {...thin} d="M136 80 L134 122 M218 78 L218 124 M302 78 L300 118" />
      <path {...thin} d="M178 90 L194 90 M262 90 L278 90" />
      <path {...thin} d="M16 100 L34 96 L34 104 L18 106" />
      <path {...thin} d="M386 88 L372 86 L372 96 L387 97" />
      <path {...thin} d="M132 74 L124 66 L136 66 Z" />
      <circle cx={90} cy={128} r={24} {...tyre} />
      <circle cx={90} cy={128} r={10} fill="#ced4da" />
      <circle cx={310} cy={128} r={24} {...tyre} />
      <circle cx={310} cy={128} r={10} fill="#ced4da" />
    </g>
  );
}

/** From above, bonnet to the left. */
function Top() {
  return (
    <g>
      <rect x={62} y={22} width={44} height={12} rx={4} {...tyre} />
      <rect x={62} y={146} width={44} height={12} rx={4} {...tyre} />
      <rect x={288} y={22} width={44} height={12} rx={4} {...tyre} />
      <rect x={288} y={146} width={44} height={12} rx={4} {...tyre} />
      <path {...line} fill="#f8f9fa" d="M40 34 C60 28 120 28 200 28 C280 28 340 28 364 34 C380 40 384 62 384 90 C384 118 380 140 364 146 C340 152 280 152 200 152 C120 152 60 152 40 146 C22 140 16 118 16 90 C16 62 22 40 40 34 Z" />
      <path {...glass} d="M124 44 L168 52 L168 128 L124 136 C118 110 118 70 124 44 Z" />
      <rect x={168} y={52} width={104} height={76} rx={6} {...thin} fill="#f1f3f5" />
      <path {...glass} d="M272 52 L306 46 C312 70 312 110 306 134 L272 128 Z" />
      <path {...thin} d="M24 60 C30 54 40 50 48 50 M24 120 C30 126 40 130 48 130" />
      <path {...thin} d="M380 58 L372 58 M380 122 L372 122" />
      <ellipse cx={150} cy={24} rx={9} ry={5} {...thin} fill="#f8f9fa" />
      <ellipse cx={150} cy={156} rx={9} ry={5} {...thin} fill="#f8f9fa" />
    </g>
  );
}

/** Head-on or from behind: the same silhouette, with lamps and glass of either end. */
function End({ rear }: { rear: boolean }) {
  return (
    <g>
      <rect x={30} y={122} width={30} height={24} rx={4} {...tyre} />
      <rect x={140} y={122} width={30} height={24} rx={4} {...tyre} />
      <path {...line} fill="#f8f9fa" d="M62 30 L138 30 C148 30 152 36 156 46 L166 72 L178 78 C184 82 186 90 186 100 L186 124 C186 130 182 132 176 132 L24 132 C18 132 14 130 14 124 L14 100 C14 90 16 82 22 78 L34 72 L44 46 C48 36 52 30 62 30 Z" />
      <path {...glass} d={rear ? 'M64 38 L136 38 L150 68 L50 68 Z' : 'M60 36 L140 36 L158 72 L42 72 Z'} />
      <path {...thin} d="M22 76 L10 70 L10 80 L22 82 M178 76 L190 70 L190 80 L178 82" />
      {rear ? (
        <>
          <rect x={22} y={86} width={34} height={14} rx={3} fill="#ffe3e3" stroke="#c92a2a" strokeWidth={1.3} />
          <rect x={144} y={86} width={34} height={14} rx={3} fill="#ffe3e3" stroke="#c92a2a" strokeWidth={1.3} />
          <rect x={72} y={104} width={56} height={14} rx={2} {...thin} fill="#fff" />
        </>
      ) : (
        <>
          <ellipse cx={40} cy={94} rx={17} ry={8} fill="#fff9db" stroke="#495057" strokeWidth={1.3} />
          <ellipse cx={160} cy={94} rx={17} ry={8} fill="#fff9db" stroke="#495057" strokeWidth={1.3} />
          <rect x={70} y={86} width={60} height={18} rx={4} {...thin} fill="#e9ecef" />
          <rect x={76} y={110} width={48} height={12} rx={2} {...thin} fill="#fff" />
        </>
      )}
    </g>
  );
}

export function Outline({ view }: { view: View }) {
  switch (view) {
    case 'left':
      return <Side />;
    case 'right':
      // Seen from the right the bonnet points the other way.
      return (
        <g transform="translate(400 0) scale(-1 1)">
          <Side />
        </g>
      );
    case 'top':
      return <Top />;
    case 'front':
      return <End rear={false} />;
    case 'rear':
      return <End rear />;
  }
}

type Props = {
  view: View;
  label: string;
  marks: { n: number; mark: DamageMark }[];
  selected: number | null;
  readOnly: boolean;
  onPlace: (x: number, y: number) => void;
  onSelect: (n: number) => void;
  /** Arrow keys nudge the selected mark. */
  onNudge: (dx: number, dy: number) => void;
};

/** One view of the car: a click (or Enter, for the keyboard) places a mark there. */
export function CarView({ view, label, marks, selected, readOnly, onPlace, onSelect, onNudge }: Props) {
  const box = viewBoxes[view];
  const place = (e: MouseEvent<SVGSVGElement>) => {
    if (readOnly) return;
    const r = e.currentTarget.getBoundingClientRect();
    const clamp = (v: number) => Math.min(1, Math.max(0, Math.round(v * 1000) / 1000));
    onPlace(clamp((e.clientX - r.left) / r.width), clamp((e.clientY - r.top) / r.height));
  };
  const keys = (e: KeyboardEvent<SVGSVGElement>) => {
    if (readOnly) return;
    const step = e.shiftKey ? 0.1 : 0.02;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onPlace(0.5, 0.5);
    } else if (moves[e.key] && selected !== null && marks.some((m) => m.n === selected)) {
      e.preventDefault();
      onNudge(...moves[e.key]);
    }
  };
  return (
    <svg
      viewBox={`0 0 ${box.w} ${box.h}`}
      width="100%"
      role={readOnly ? 'img' : 'button'}
      aria-label={label}
      tabIndex={readOnly ? undefined : 0}
      onClick={place}
      onKeyDown={keys}
      style={{ display: 'block', cursor: readOnly ? 'default' : 'crosshair', outlineOffset: 2 }}
      data-view={view}
    >
      <Outline view={view} />
      {marks.map(({ n, mark }) => (
        <g
          key={n}
          transform={`translate(${mark.x * box.w} ${mark.y * box.h})`}
          onClick={(e) => {
            e.stopPropagation();
            onSelect(n);
          }}
          style={{ cursor: 'pointer' }}
        >
          {selected === n && <circle r={14} fill="none" stroke={markColours[mark.kind]} strokeWidth={2} strokeDasharray="3 2" />}
          <circle r={10} fill={markColours[mark.kind]} stroke="#fff" strokeWidth={1.5} />
          <text textAnchor="middle" dominantBaseline="central" fontSize={11} fontWeight={700} fill="#fff" style={{ pointerEvents: 'none', userSelect: 'none' }}>
            {n}
          </text>
        </g>
      ))}
    </svg>
  );
}
