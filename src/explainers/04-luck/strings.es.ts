/** Textos del capítulo 4 en español, tipados contra los ingleses (falta una clave = error). */
import type { LuckStrings } from './strings.en';

export const luckStringsEs: LuckStrings = {
  title: 'La suerte',
  yourBet: 'Tu apuesta: {bet}.',
  controls: {
    bits: 'Dificultad de cada carrera (bits cero iniciales)',
    races: 'Número de carreras',
    racesError: 'Escribe un número entero del 1 al 2.000.',
    seed: 'Semilla',
    seedHint: 'La misma semilla repite las mismas carreras.',
    seedError: 'Escribe un número entero del 0 al 4.294.967.295.',
    newSeed: 'Nueva semilla',
    run: 'Correr {races} carreras con {bits} bits: unos {hashes} hashes',
    runWithTime: 'Correr {races} carreras con {bits} bits: unos {hashes} hashes, unos {time} aquí',
    stop: 'Parar',
  },
  status: {
    idle: 'Sin empezar. Nada se ejecuta hasta que pulses el botón.',
    running: 'Corriendo: {done} de {total} carreras terminadas.',
    paused: 'En pausa porque la pestaña está oculta. Sigue cuando vuelvas.',
    done: 'Hecho: {done} carreras.',
    stopped: 'Parado tras {done} carreras.',
    error: 'Algo ha fallado: {message}',
  },
  stats: {
    races: 'Carreras terminadas',
    mean: 'Intentos medios por carrera',
    interval: 'Intervalo del 95 % de la media',
    theory: 'Teoría, 1/p = 2^{bits}',
    seedUsed: 'Semilla',
    hashesPerSec: 'Hashes por segundo',
  },
  betMean: {
    question: 'Con {bits} bits, ¿cuántos intentos costará cada carrera de media?',
    options: {
      less: 'Bastante menos de {expected}: hay carreras con mucha suerte',
      near: 'Cerca de {expected}',
      more: 'Bastante más de {expected}: hay carreras con muy mala suerte',
    },
  },
  betMemory: {
    question: 'Una carrera ya ha fallado {misses} veces. ¿Cuántos intentos más necesita?',
    options: {
      fewer: 'Menos de lo normal: ya le toca',
      same: 'Los mismos que una carrera nueva: {expected} de media',
      more: 'Más: es una carrera gafada',
    },
  },
  reveal: {
    heading: 'El resultado',
    mean: 'Tus {races} carreras costaron {mean} intentos de media (intervalo del 95 %: de {low} a {high}). La teoría dice 1/p = {expected}.',
    inside: 'El valor teórico cae dentro de tu intervalo.',
    outside:
      'El valor teórico cae fuera de tu intervalo: pasa en 1 de cada 20 pruebas. Prueba otra semilla.',
  },
  charts: {
    histTitle: 'Intentos por carrera: los tuyos frente a la ley geométrica',
    histX: 'Intentos por carrera',
    histY: 'Carreras',
    histBars: 'tus carreras',
    histCurve: 'ley geométrica',
    histTakeaway:
      'Las carreras cortas son las más frecuentes y las largas se van apagando, tal como dice la ley geométrica. {beyond} carreras pasaron de {max} intentos.',
    histTable: {
      from: 'Intentos desde',
      to: 'hasta',
      observed: 'Tus carreras',
      expected: 'Esperadas',
    },
    cdfTitle: 'Parte de las carreras terminadas en cierto número de intentos',
    cdfY: 'Parte de las carreras',
    cdfMeasured: 'las tuyas',
    cdfTheory: '1 − (1 − p)^k',
    cdfTakeaway:
      'Cerca del 63 % de las carreras acaba en 1/p intentos o menos; el 37 % necesita más.',
    cdfTable: { tries: 'Intentos', share: 'Parte de tus carreras terminadas' },
    meanTitle: 'Media acumulada de tus carreras',
    meanX: 'Carreras hasta ahora',
    meanY: 'Intentos medios',
    meanMeasured: 'media acumulada',
    meanReference: '1/p = {expected}',
    meanTakeaway:
      'La media se mueve mucho al principio y se asienta cerca de 1/p al sumar carreras.',
    meanTable: { races: 'Carreras', mean: 'Intentos medios' },
  },
  memory: {
    heading: '¿Una mala racha hace que ya toque?',
    misses: 'Fallos que ya lleva',
    missesOption: '{times} × 1/p ({misses} intentos)',
    result:
      '{survivors} de tus {total} carreras fallaron {misses} veces. Después aún necesitaron {mean} intentos de media (intervalo del 95 %: de {low} a {high}). Una carrera nueva necesita 1/p = {expected}.',
    none: 'Ninguna de tus carreras llegó tan lejos. Corre más carreras o elige menos fallos.',
    needRaces: 'Corre antes las carreras de arriba: esto usa tus datos.',
  },
  variance: {
    heading: 'Solo o en un pool: mismos ingresos, otro viaje',
    setup:
      'Simulado con tu tasa medida, {rate} hashes/s, y la semilla {seed}: una moneda de juguete cuyos bloques piden {blockBits} bits. Solo, ganas 1 moneda por bloque. En un pool ganas 1/{ratio} de moneda por cada share de {shareBits} bits.',
    needRate: 'Corre antes las carreras de arriba: esto usa tu tasa medida.',
    period: 'minuto',
    chartTitle: 'Monedas por minuto en {periods} minutos simulados',
    chartX: 'Minuto',
    chartY: 'Monedas',
    solo: 'solo',
    pool: 'pool',
    takeaway:
      'Los dos ganan {mean} monedas por minuto de media. Solo, la desviación típica es {soloSd}; en el pool, solo {poolSd}.',
    table: { minute: 'Minuto', solo: 'Solo', pool: 'Pool' },
    wait: 'Solo, el primer bloque tarda {wait} de media, y el {dry} % de los minutos no trae nada.',
  },
};
