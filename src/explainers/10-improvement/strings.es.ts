/** Chapter "Proof of Improvement" UI strings in Spanish, typed against the English table. */
import type { ImprovementStrings } from './strings.en';

export const improvementStringsEs: ImprovementStrings = {
  title: 'Caso de estudio: prueba de mejora',
  tasks: {
    sumOfSquares: 'Suma de cuadrados',
    eigenvalues: 'Valores propios, 100 × 100',
    stringRegex: 'Dividir texto y tres regex',
  },
  noise: {
    heading: 'Solo ruido: el evaluador sin nada que evaluar',
    seed: 'Semilla',
    newSeed: 'Nueva semilla',
    seedHint:
      'La semilla fija la matriz y el texto con los que trabajan las tareas. Los tiempos son los de tu dispositivo y cambian en cada ejecución.',
    seedError: 'Escribe un número entero de 0 a 4.294.967.295.',
    rounds: 'Rondas',
    run: 'Medir las mismas tareas {rounds} veces (unos segundos, en un worker)',
    stop: 'Detener',
    status: {
      idle: 'Nada se ejecuta hasta que pulses el botón.',
      running: 'Midiendo la ronda {done} de {total}…',
      paused: 'En pausa mientras la pestaña está oculta.',
      done: 'Listo: {rounds} rondas, sin ningún cambio entre ellas.',
      stopped: 'Detenido. No se guardó nada.',
      error: 'Algo falló: {message}',
    },
    seedUsed: 'Semilla usada:',
    medians: 'Tiempos medianos en este dispositivo: {list}.',
    mintsSeconds: 'Bloques que el diseño minaría (t en segundos, como en el diseño)',
    mintsMs: 'Los mismos tiempos leídos en milisegundos',
    firstRound:
      'La primera ronda siempre mina: las puntuaciones guardadas empiezan en 0,5 así que una tarea rápida, con puntuación cercana a 1, es una «mejora» de casi el 100 % al primer intento.',
    afterFirst:
      'Después de la primera ronda: {mints} «mejoras» más por encima del 0,1 %, solo por ruido.',
    chartTitle: 'Bloques minados por ventana de rondas, con intervalos del 95 %',
    chartTakeaway:
      'Sin modelo y sin cambios: cada bloque minado es ruido. El trinquete hace que los récords sean cada vez más raros, así que las tasas se dan por ventana, no como un solo número.',
    chartX: 'Ventana (primera ronda)',
    chartY: 'Fracción de rondas que minan',
    seriesSeconds: 'En segundos (el diseño)',
    seriesMs: 'En milisegundos',
    windowColumns: [
      'Rondas',
      'Minados (s)',
      'Tasa (s), IC 95 %',
      'Minados (ms)',
      'Tasa (ms), IC 95 %',
    ],
    lengthHeading: 'La duración de la prueba lo decide',
    lengthColumns: [
      'Suma de cuadrados de n números',
      'Tiempo mediano',
      'Tasa en segundos, IC 95 %',
      'Tasa en ms, IC 95 %',
    ],
    lengthNote:
      'Tasa por ronda después de la primera, que solo fija el récord. En segundos, una mejora necesita alrededor de 1 ms de suerte; en milisegundos, alrededor del 0,1 % del tiempo.',
    synthetic:
      'Añadir los dos términos que un navegador no puede medir (CPU y memoria libres) como entrada SINTÉTICA',
    syntheticNote:
      'SINTÉTICO, no medido: puntuaciones aleatorias con semilla en [0,5, 1). Con ellas, la versión en segundos mina {mints} veces en lugar de {without}.',
  },
  chain: {
    heading: 'Su cadena, minada en directo',
    run: 'Minar un bloque por cada ronda minada ({blocks} bloques, desde {zeros} ceros hex)',
    needNoise: 'Primero haz la prueba de ruido: sus registros minados van dentro de los bloques.',
    stop: 'Detener',
    status: {
      idle: 'No se mina nada hasta que pulses el botón.',
      running: 'Minando el bloque {done} de {total}…',
      paused: 'En pausa mientras la pestaña está oculta.',
      done: 'Listo: {blocks} bloques, {hashes} hashes en {seconds} s.',
      stopped: 'Detenido. No se guardó nada.',
      error: 'Algo falló: {message}',
    },
    columns: ['Bloque', 'Ceros hex', 'Nonce', 'Hash', 'Registro de mejora'],
    tableCaption: 'La cadena minada (hash con 16 dígitos hex)',
    validate: 'Validar la cadena como lo hace el diseño',
    forge: 'Falsificar el registro del bloque {block}: declarar una mejora del 70 %',
    tamper: 'Control: cambiar en su lugar el nonce del bloque {block}',
    valid: 'Aceptada: los enlaces, el prefijo hex y las raíces de Merkle cuadran.',
    invalid: 'Rechazada en el bloque {block}: {reason}.',
    reasons: {
      link: 'no enlaza con el hash anterior',
      prefix: 'a su hash le falta el prefijo hex',
      merkle: 'su raíz de Merkle no coincide con sus transacciones',
      hash: 'su hash guardado no es el hash de sus campos',
    },
    forged:
      'El bloque {block} ahora declara {record}. Su hash no cambió, porque el hash nunca cubrió el registro.',
    odds: 'Con {zeros} ceros hex, cada intento gana con probabilidad 1 entre {odds} (16^{zeros} = 2^{bits}).',
  },
  issuance: {
    heading: 'Emisión: el multiplicador frente al calendario fijo',
    chartTitle: 'Monedas emitidas por encima del calendario fijo, en 840.000 bloques',
    takeaway:
      'Cada bloque minado lleva una suma por encima del 0,1 %, así que el multiplicador siempre es mayor que 1: la oferta solo puede adelantarse al calendario. Una «mejora» declarada más grande son, sin más, más monedas.',
    x: 'Altura del bloque',
    y: 'Monedas extra (millones)',
    fixed: 'Calendario fijo (50, a la mitad cada 210.000)',
    measured: 'Esta ejecución: {pct} %',
    fixedShort: 'Calendario',
    example: 'Ejemplo del diseño: 9,3 %',
    columns: ['Altura', 'Calendario fijo', 'Con la media de esta ejecución', 'Con 9,3 %'],
    notRun: 'aún no ejecutado',
    genesis:
      'De cada recompensa, el 20 % va a la cartera génesis: {coins} monedas con el ejemplo del 9,3 % tras 840.000 bloques.',
  },
};
