/** Textos del capítulo 7 en español, tipados contra los ingleses (falta una clave = error). */
import type { InsideStrings } from './strings.en';

export const insideStringsEs: InsideStrings = {
  title: 'Dentro de SHA-256: el control positivo',
  bet: {
    question:
      'Recorta SHA-256d a R rondas. ¿Hasta cuántas rondas puede un modelo que aprende ganarle al azar?',
    options: {
      two: 'Solo 1 o 2 rondas',
      four: 'Unas 4 rondas',
      dozen: 'Una docena de rondas o más',
      all: 'Incluso las 64: un modelo siempre encuentra algún patrón',
    },
  },
  controls: {
    seed: 'Semilla',
    seedHint: 'La misma semilla repite los mismos trabajos y nonces.',
    seedError: 'Escribe un número entero del 0 al 4.294.967.295.',
    newSeed: 'Nueva semilla',
    rounds: 'Números de rondas R a probar',
    roundsHint: 'Enteros del 1 al 64; vale escribir rangos como 1-8.',
    roundsError: 'Escribe números de rondas del 1 al 64, por ejemplo 1-8, 10, 16, 64.',
    allRounds: 'Las 64',
    bits: 'Bits de salida a predecir',
    bitsHint: 'Hasta 6 bits del 0 al 255; el bit 0 es el primero que compara el objetivo.',
    bitsError: 'Escribe hasta 6 números de bit del 0 al 255, por ejemplo 0, 255.',
    fixed:
      'Para cada número de rondas: {jobs} trabajos nuevos; en cada uno, {training} nonces al azar para aprender, {heldOut} más para medir el AUC y {budget} nonces que elige el modelo. Un acierto es un hash con al menos {bits} bits cero iniciales (p = 1/{odds}).',
    run: 'Lanzar el barrido: {rounds} números de rondas × {jobs} trabajos, unos {hashes} hashes',
    runWithTime:
      'Lanzar el barrido: {rounds} números de rondas × {jobs} trabajos, unos {hashes} hashes, unos {time} aquí',
    stop: 'Parar',
  },
  status: {
    idle: 'Sin empezar. Nada se ejecuta hasta que pulses el botón.',
    running: 'Calculando en un worker: {done} de {total} trabajos hechos.',
    paused: 'En pausa porque la pestaña está oculta. Sigue cuando vuelvas.',
    done: 'Hecho: {rounds} números de rondas en {time}.',
    stopped:
      'Parado. El barrido da su resultado cuando termina todos los números de rondas; lánzalo otra vez para verlo.',
    error: 'Algo ha fallado: {message}',
  },
  stats: {
    smallest: 'Menor R dentro del margen',
    none: 'ninguno',
    best: 'Cociente con R = {rounds}',
    full: 'Cociente con R = 64',
    seedUsed: 'Semilla',
    hashes: 'Hashes calculados',
  },
  reveal: {
    heading: 'El resultado',
    win: 'Con R = {rounds} el modelo encontró {ratio} veces los aciertos del azar (intervalo del 95 %: de {low} a {high}, contado por trabajo).',
    noWin: 'Ningún número de rondas probado dio un intervalo entero por encima de 1.',
    smallest:
      'El menor R cuyo intervalo cae dentro del margen [{marginLow}, {marginHigh}] es R = {rounds}: a partir de ahí el modelo lo hace igual que el azar, y no mejor.',
    noSmallest:
      'Ningún número de rondas probado tiene su intervalo dentro del margen [{marginLow}, {marginHigh}].',
    outsideAbove:
      '{count} números de rondas mayores quedaron fuera del margen; con tantos intervalos, alguno cae fuera por azar.',
    full: 'Con R = 64, el SHA-256d de verdad: cociente {ratio} (intervalo del 95 %: de {low} a {high}).',
  },
  ratioChart: {
    title: 'Aciertos de los nonces elegidos por el modelo frente al azar, según las rondas',
    x: 'Rondas R',
    y: 'Aciertos ÷ (hashes × p)',
    series: 'modelo',
    chance: 'azar: 1',
    margin: 'margen {low}–{high}',
    closeUp:
      'De cerca, alrededor de 1: los números de rondas cuyo intervalo cabe entre 0,85 y 1,15',
    takeaway:
      'Con R = {win} el modelo gana {ratio}×. Desde R = {smallest}, {inside} de {count} números de rondas tienen su intervalo dentro del margen. Con R ≤ 3 ningún hash acierta.',
    takeawayNoWin: 'El modelo nunca le ganó claramente al azar en los números de rondas probados.',
    table: {
      rounds: 'R',
      hits: 'Aciertos',
      expected: 'Esperados',
      ratio: 'Cociente',
      ci: 'Intervalo del 95 % (por trabajo)',
      ciIndependent: 'Si los hashes fueran independientes',
      inMargin: 'En el margen',
    },
    yes: 'sí',
    no: 'no',
  },
  aucChart: {
    title: 'Lo bien que el modelo distingue salidas (AUC), según las rondas',
    x: 'Rondas R',
    y: 'AUC con nonces reservados',
    hit: 'acierto o fallo',
    bit: 'bit {bit}',
    chance: 'azar: 0,5',
    takeaway:
      'Un AUC de 1 es una ordenación perfecta; 0,5, tirar una moneda. Con R = {best} el modelo llega a {auc} para acierto o fallo; por encima de R = {best}, todos los AUC quedan entre {low} y {high}.',
    takeawayPlain: 'Un AUC de 1 es una ordenación perfecta; 0,5, tirar una moneda.',
    table: {
      rounds: 'R',
      target: 'Predice',
      auc: 'AUC',
      ci: 'Intervalo del 95 % (por trabajo)',
    },
    undefined: 'no definido: todos los nonces de un trabajo dan la misma salida',
  },
  diffusion: {
    heading: 'Un bit cambiado, ronda a ronda',
    nonce: 'Nonce',
    nonceError: 'Escribe un número entero del 0 al 4.294.967.295.',
    bit: 'Bit del nonce que se cambia',
    round: 'Ver el estado tras la ronda',
    header: 'Cabecera: trabajo 1 de la semilla {seed}. Nonce {nonce} frente a {flipped}.',
    chartTitle: 'Bits que difieren en el estado de trabajo a…h, tras cada ronda',
    x: 'Ronda (bloque del nonce)',
    y: 'Bits distintos (de 256)',
    measured: 'los dos estados',
    theory: 'dos estados al azar: 128',
    takeaway:
      'Las rondas 1 a 3 no leen el nonce: difieren 0 bits. La ronda 4 lo lee (difieren {atFour} bits), y tras la ronda {spread} difiere cerca de la mitad de los 256 bits, como en dos estados sin relación.',
    table: { round: 'Ronda', distance: 'Bits distintos' },
    gridLabel: 'Tras la ronda {round} difieren {count} de 256 bits. × marca un bit distinto.',
    gridCaption: 'Tras la ronda {round}: difieren {count} de 256 bits (× distinto, · igual).',
    word: 'palabra {word}',
  },
};
