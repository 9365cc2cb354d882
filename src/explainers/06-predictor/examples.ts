/**
 * The example predictors, editable. Honest ones first, then the hostile and broken demos that
 * show the sandbox at work. The code is the same in both languages; only its comments change.
 */
import type { Lang } from '../../ui/i18n/lang';

export type ExampleId =
  | 'smallNonces'
  | 'randomLooking'
  | 'copyHeader'
  | 'counter'
  | 'loopForever'
  | 'allocate'
  | 'tryFetch'
  | 'throws'
  | 'wrongType';

export interface Example {
  id: ExampleId;
  hostile: boolean;
  source: Readonly<Record<Lang, string>>;
}

/** Code with `// {en|es}` comment lines picked by language. */
function bilingual(lines: readonly (string | { en: string; es: string })[]) {
  const pick = (lang: Lang) =>
    lines.map((line) => (typeof line === 'string' ? line : `// ${line[lang]}`)).join('\n') + '\n';
  return { en: pick('en'), es: pick('es') };
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'smallNonces',
    hostile: false,
    source: bilingual([
      {
        en: 'Higher score = hashed first. Small nonces win here.',
        es: 'Más puntos = se calcula antes. Aquí ganan los nonces pequeños.',
      },
      'function score(nonce, header) {',
      '  return -nonce;',
      '}',
    ]),
  },
  {
    id: 'randomLooking',
    hostile: false,
    source: bilingual([
      {
        en: 'Favour nonces with about half their 32 bits set,',
        es: 'Favorece los nonces con la mitad de sus 32 bits a 1',
      },
      { en: 'and with four different bytes.', es: 'y con cuatro bytes distintos.' },
      'function score(nonce, header) {',
      '  let ones = 0;',
      '  for (let x = nonce; x !== 0; x >>>= 1) ones += x & 1;',
      '  const bytes = new Set([nonce & 255, (nonce >>> 8) & 255, (nonce >>> 16) & 255, nonce >>> 24]);',
      '  return bytes.size - Math.abs(ones - 16);',
      '}',
    ]),
  },
  {
    id: 'copyHeader',
    hostile: false,
    source: bilingual([
      {
        en: 'Read the header 4 bytes at a time, from every offset,',
        es: 'Lee la cabecera de 4 en 4 bytes, desde cada posición,',
      },
      {
        en: 'and try each word (and its neighbours) as a nonce.',
        es: 'y prueba cada palabra (y sus vecinas) como nonce.',
      },
      'function propose(header, budget) {',
      '  const view = new DataView(header.buffer);',
      '  const nonces = [];',
      '  for (let step = 0; nonces.length < budget; step++) {',
      '    for (let at = 0; at <= 76 && nonces.length < budget; at++) {',
      '      nonces.push((view.getUint32(at, true) + step) >>> 0);',
      '    }',
      '  }',
      '  return nonces;',
      '}',
    ]),
  },
  {
    id: 'counter',
    hostile: false,
    source: bilingual([
      {
        en: 'Exactly what the counter does: 0, 1, 2, … budget − 1.',
        es: 'Exactamente lo que hace el contador: 0, 1, 2, … budget − 1.',
      },
      {
        en: 'Same nonces, same hits: the ratio is exactly 1.',
        es: 'Mismos nonces, mismos aciertos: el cociente es exactamente 1.',
      },
      'function propose(header, budget) {',
      '  return Array.from({ length: budget }, (_, i) => i);',
      '}',
    ]),
  },
  {
    id: 'loopForever',
    hostile: true,
    source: bilingual([
      {
        en: 'Hostile demo: never returns. The watchdog stops it.',
        es: 'Demo hostil: nunca termina. El vigilante lo detiene.',
      },
      'function score(nonce, header) {',
      '  while (true) {}',
      '}',
    ]),
  },
  {
    id: 'allocate',
    hostile: true,
    source: bilingual([
      { en: 'Hostile demo: asks for 1 GB of memory.', es: 'Demo hostil: pide 1 GB de memoria.' },
      'function propose(header, budget) {',
      '  const big = new Uint8Array(2 ** 30);',
      '  return [big.length];',
      '}',
    ]),
  },
  {
    id: 'tryFetch',
    hostile: true,
    source: bilingual([
      {
        en: 'Hostile demo: tries to ask a server for winning nonces,',
        es: 'Demo hostil: intenta pedir nonces ganadores a un servidor',
      },
      {
        en: 'and hides the error. The sandbox still notices.',
        es: 'y esconde el error. El entorno aislado se da cuenta igual.',
      },
      'function propose(header, budget) {',
      '  try {',
      "    fetch('https://example.com/winning-nonces');",
      '  } catch (error) {}',
      '  return [];',
      '}',
    ]),
  },
  {
    id: 'throws',
    hostile: true,
    source: bilingual([
      {
        en: 'Broken demo: throws on the third job.',
        es: 'Demo rota: lanza un error en el tercer trabajo.',
      },
      'let calls = 0;',
      'function propose(header, budget) {',
      "  if (++calls === 3) throw new Error('my model is not trained yet');",
      '  return [1, 2, 3];',
      '}',
    ]),
  },
  {
    id: 'wrongType',
    hostile: true,
    source: bilingual([
      {
        en: 'Broken demo: a score must be a number, not text.',
        es: 'Demo rota: una puntuación debe ser un número, no un texto.',
      },
      'function score(nonce, header) {',
      "  return nonce % 2 === 0 ? 'high' : 'low';",
      '}',
    ]),
  },
];

export function exampleById(id: ExampleId): Example {
  return EXAMPLES.find((example) => example.id === id)!;
}
