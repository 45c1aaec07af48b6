/**
 * «Сумма прописью»: the amount in words, as Russian payment documents require it —
 * roubles in words, kopecks in two digits: «Одна тысяча двести тридцать четыре рубля 56 копеек».
 */
import type { Lang } from './model';

type Forms = [one: string, few: string, many: string];

/** The Russian plural form for n: 1 рубль, 2 рубля, 5 рублей, 11 рублей, 21 рубль. */
export function ruPlural(n: number, forms: Forms): string {
  const lastTwo = n % 100;
  const last = n % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

const ruOnes = {
  masculine: ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  feminine: ['', 'одна', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
};
const ruTeens = ['десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'];
const ruTens = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];
const ruHundreds = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'];
// Index = power of a thousand. "Тысяча" is feminine, the rest masculine like "рубль".
const ruScales: { forms: Forms | null; gender: 'masculine' | 'feminine' }[] = [
  { forms: null, gender: 'masculine' },
  { forms: ['тысяча', 'тысячи', 'тысяч'], gender: 'feminine' },
  { forms: ['миллион', 'миллиона', 'миллионов'], gender: 'masculine' },
  { forms: ['миллиард', 'миллиарда', 'миллиардов'], gender: 'masculine' },
  { forms: ['триллион', 'триллиона', 'триллионов'], gender: 'masculine' },
];

function ruTriad(n: number, gender: 'masculine' | 'feminine'): string[] {
  const words = [ruHundreds[Math.floor(n / 100)]];
  const rest = n % 100;
  if (rest >= 10 && rest < 20) words.push(ruTeens[rest - 10]);
  else words.push(ruTens[Math.floor(rest / 10)], ruOnes[gender][rest % 10]);
  return words.filter(Boolean);
}

function ruInteger(n: number): string {
  if (n === 0) return 'ноль';
  const words: string[] = [];
  for (const [triad, power] of triads(n)) {
    if (triad === 0) continue;
    const scale = ruScales[power];
    words.push(...ruTriad(triad, scale.gender));
    if (scale.forms) words.push(ruPlural(triad, scale.forms));
  }
  return words.join(' ');
}

const enOnes = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const enTens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const enScales = ['', 'thousand', 'million', 'billion', 'trillion'];

function enTriad(n: number): string[] {
  const words: string[] = [];
  if (n >= 100) words.push(enOnes[Math.floor(n / 100)], 'hundred');
  const rest = n % 100;
  if (rest >= 20) words.push(enTens[Math.floor(rest / 10)] + (rest % 10 ? `-${enOnes[rest % 10]}` : ''));
  else if (rest > 0) words.push(enOnes[rest]);
  return words;
}

function enInteger(n: number): string {
  if (n === 0) return 'zero';
  const words: string[] = [];
  for (const [triad, power] of triads(n)) {
    if (triad === 0) continue;
    words.push(...enTriad(triad));
    if (enScales[power]) words.push(enScales[power]);
  }
  return words.join(' ');
}

/** Groups of three digits, most significant first, each with its power of a thousand. */
function triads(n: number): [triad: number, power: number][] {
  const groups: [number, number][] = [];
  for (let rest = n, power = 0; rest > 0; rest = Math.floor(rest / 1000), power++) groups.unshift([rest % 1000, power]);
  return groups;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The amount in kopecks, in words, first letter capitalised. */
export function amountInWords(minor: number, lang: Lang): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Money must be whole kopecks: ${minor}`);
  const negative = minor < 0;
  const abs = Math.abs(minor);
  const roubles = Math.floor(abs / 100);
  const kopecks = abs % 100;
  const kk = String(kopecks).padStart(2, '0');
  const text =
    lang === 'ru'
      ? `${negative ? 'минус ' : ''}${ruInteger(roubles)} ${ruPlural(roubles, ['рубль', 'рубля', 'рублей'])} ${kk} ${ruPlural(kopecks, ['копейка', 'копейки', 'копеек'])}`
      : `${negative ? 'minus ' : ''}${enInteger(roubles)} ${roubles === 1 ? 'rouble' : 'roubles'} ${kk} ${kopecks === 1 ? 'kopeck' : 'kopecks'}`;
  return capitalise(text);
}
