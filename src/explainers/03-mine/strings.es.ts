/** Textos del capítulo 3 en español, tipados contra los ingleses (falta una clave = error). */
import type { MineStrings } from './strings.en';

export const mineStringsEs: MineStrings = {
  title: 'Mina un bloque',
  block: {
    heading: 'El bloque que vas a minar',
    loading: 'Cargando las cabeceras reales…',
    loadError: 'No se han podido cargar las cabeceras reales: {message}',
    pick: 'Bloque real',
    height: 'bloque {height}',
    prevHash: 'Hash del bloque anterior',
    merkleRoot: 'Raíz de Merkle',
    time: 'Marca de tiempo',
    bits: 'Objetivo (target)',
    bitsValue: 'lo cambia tu dificultad: {bits} bits cero iniciales',
    nonce: 'Nonce',
    nonceValue: 'lo que buscan los workers',
  },
  bet: {
    question: 'Con {bits} bits cero iniciales, ¿cuántos hashes costará este bloque?',
    options: {
      few: 'Unos pocos miles',
      expected: 'Unos {expected}',
      many: 'Muchísimos más: miles de millones',
    },
  },
  controls: {
    difficulty: 'Dificultad (bits cero iniciales)',
    difficultyHint: 'De 8 (al instante) a 40 (días en un portátil).',
    difficultyError: 'Escribe un número entero del 8 al 40.',
    workers: 'Workers',
    workersHint: 'Puedes cambiarlo mientras mina.',
    mine: 'Minar con {bits} bits: unos {hashes} hashes',
    mineWithTime: 'Minar con {bits} bits: unos {hashes} hashes, unos {time} aquí',
    stop: 'Parar',
    clear: 'Borrar los bloques encontrados',
  },
  stats: {
    hashesPerSec: 'Hashes por segundo',
    hashesDone: 'Hashes calculados',
    expected: 'Hashes esperados (2^{bits})',
    elapsed: 'Tiempo',
    workersInUse: 'Workers en uso',
  },
  progress: {
    label: 'Hashes calculados frente a los esperados',
    value: '{percent} % de lo esperado',
    beyond:
      'Más del 100 %: es normal. Lo esperado es una media, no un límite. Cerca del 37 % de los bloques tardan más.',
  },
  status: {
    idle: 'Sin empezar. Nada se mina hasta que pulses el botón.',
    running: 'Minando hasta encontrar un bloque o hasta que pulses Parar.',
    paused: 'En pausa porque la pestaña está oculta. Sigue cuando vuelvas.',
    stopped: 'Parado.',
    found: '¡Bloque encontrado!',
    error: 'Algo ha fallado: {message}',
  },
  found: {
    block: 'Bloque',
    heading: 'Bloques que has encontrado',
    none: 'Todavía ninguno.',
    nonce: 'Nonce',
    tries: 'Intentos',
    hash: 'Hash del bloque',
    header: 'Cabecera (160 dígitos hex)',
    bits: 'Dificultad',
    bitsValue: '{bits} bits',
    ratio: '{ratio} × lo esperado',
    leadingZeros: 'Bits cero iniciales: {bits} (dígitos hex a cero: {digits})',
  },
  reveal: {
    heading: 'El resultado',
    result:
      'Ha costado {tries} intentos. Con {bits} bits se esperan {expected}: este bloque ha costado {ratio} veces eso.',
    interval:
      'En un solo bloque, el 95 % de las carreras acaba entre {low} y {high} intentos (de 0,025 a 3,7 veces lo esperado). Un resultado suelto dice poco.',
    betRight: 'Tu apuesta iba bien encaminada.',
    betWrong: 'Tu apuesta no acertó: la cantidad la fija la dificultad, {expected} de media.',
  },
  ladder: {
    heading: 'De tu dispositivo a toda la red',
    job: 'Tarea',
    jobs: {
      share: 'Un share con tu dificultad ({bits} bits)',
      block2009: 'Un bloque de 2009 (dificultad 1)',
      newest: 'Un bloque con la dificultad más reciente de los datos (bloque {height})',
    },
    rows: {
      cpu: 'Este dispositivo (medido)',
      gpu: 'Una GPU de videojuegos',
      asic: 'Un minero ASIC',
      network: 'Toda la red',
    },
    needRate: 'Mina una vez arriba para medir este dispositivo. Hasta entonces, falta su fila.',
    xLabel: 'Tiempo esperado',
    rate: '{rate} hashes/s',
    chartTitle: 'Tiempo esperado: {job}',
    takeaway:
      'Este dispositivo necesitaría {cpu}; toda la red, {network}. Solo los hashes por segundo mueven las barras.',
    takeawayNoCpu: 'Toda la red necesita {network}; un ASIC, {asic}.',
    table: {
      device: 'Quién',
      rate: 'Hashes por segundo',
      time: 'Tiempo esperado',
      source: 'Fuente',
    },
    marks: { second: '1 s', day: '1 día', year: '1 año', universe: 'edad del universo' },
    cpuSource: 'medido en directo en esta página mientras minabas (la última tasa de arriba)',
    networkSource:
      'dificultad × 2^32 / 600 s a partir del campo bits {bits}, la cabecera más reciente de los datos',
    gpuNote:
      'Esa prueba cuenta hashes SHA-256 simples. Una cabecera necesita dos compresiones por nonce (doble SHA-256 con un midstate precalculado), así que la escalera usa la mitad: unos 10.800 millones por segundo.',
    sourcesHeading: 'De dónde salen las velocidades',
    networkRate:
      'Tasa de la red según el campo bits {bits} de los datos (bloque {height}): {rate} hashes/s.',
  },
};
