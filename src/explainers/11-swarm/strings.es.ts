/** Textos del capítulo «El enjambre que se ajusta solo», tipados contra los ingleses. */
import type { SwarmStrings } from './strings.en';

export const swarmStringsEs: SwarmStrings = {
  title: 'Caso de estudio: el enjambre que se ajusta solo',
  bet: {
    question:
      '¿Puede un ajustador que hace pruebas A/B con la configuración del minero hacer que encuentre más bloques por hora?',
    options: {
      yes: 'Sí, calculando más hashes por segundo',
      luck: 'Sí, haciendo que cada hash tenga más suerte',
      no: 'No, la velocidad de minería no se puede ajustar',
    },
  },
  knobs: {
    batchSize: 'Tamaño de lote (nonces por mensaje)',
    dutyCycle: 'Ciclo de trabajo (parte del tiempo ocupado)',
    workers: 'Workers',
    maxWorkers: 'Máximo de workers a probar',
    sliceMs: 'Duración de cada tramo',
    start: 'Configuración inicial',
  },
  knobsShort: {
    batchSize: 'Lote',
    dutyCycle: 'Ciclo',
    workers: 'Workers',
    confirm: 'Inicio → final',
  },
  tuner: {
    heading: 'El ajustador A/B, sobre el minero de esta misma página',
    seed: 'Semilla',
    seedHint:
      'La semilla fija el orden de los brazos en cada par y los identificadores del registro.',
    seedError: 'Escribe un número entero del 0 al 4.294.967.295.',
    seedHintShared: 'Semilla (se elige arriba; vale para toda la página):',
    newSeed: 'Nueva semilla',
    run: 'Ajustar desde el mal comienzo (unos {time}; los workers calculan hashes todo el rato)',
    stop: 'Detener',
    poorStart: 'Un comienzo malo a propósito: {config}.',
    config: 'lote {batch} · {workers} workers · ciclo {duty} %',
    configOne: 'lote {batch} · 1 worker · ciclo {duty} %',
  },
  status: {
    idle: 'Sin empezar. Nada se ejecuta hasta que pulses el botón.',
    running: 'En marcha: {slices} tramos medidos; ahora se prueba {knob}.',
    runningWarmup: 'Arrancando los workers…',
    paused: 'En pausa porque esta pestaña está oculta. El tramo interrumpido se volverá a medir.',
    done: 'Terminado: {slices} tramos, {tests} pruebas A/B.',
    stopped: 'Detenido. No se aplica nada de una prueba sin terminar.',
    error: 'Algo salió mal: {message}',
  },
  tests: {
    caption: 'Todas las pruebas A/B, en orden',
    columns: [
      'Prueba',
      'Pares',
      'Razón B/A de hashes/s',
      'Intervalo',
      'Diferencia (hashes/s)',
      'Decisión',
    ],
    step: '{knob}: {from} → {to}',
    confirm: 'Confirmación: inicio → final',
    verdict: {
      challenger: 'B es más rápido: se aplica',
      incumbent: 'A es más rápido: se mantiene',
      equivalent: 'Sin diferencia que valga la pena: se mantiene',
      undecided: 'Sin claridad tras 16 pares: se mantiene',
      confirmed: 'Medido de nuevo en tramos nuevos',
    },
  },
  result: {
    heading: 'El resultado',
    before: 'Antes (inicio)',
    after: 'Después (final)',
    ratio: 'Después ÷ antes',
    final: 'Configuración aplicada',
    seedUsed: 'Semilla',
    summary:
      'En tramos nuevos e intercalados, la configuración final calculó {ratio} veces los hashes por segundo del inicio (IC 95 % de {low} a {high}): {before} → {after} hashes por segundo.',
    noGain: 'Ningún paso ganó su prueba A/B, así que se mantuvo el inicio.',
    chartTitle: 'Cada prueba A/B: razón de hashes por segundo, aspirante entre actual',
    chartLabel: 'razón de hashes/s',
    one: 'sin cambio',
    excludes: 'clara',
    takeaway:
      'Los pasos con el intervalo a la derecha del 1 se aplicaron. Los hashes por segundo sí se pueden ajustar.',
    unit: 'hashes/s',
  },
  log: {
    heading: 'El «neuro-log»',
    intro:
      'Cada tramo y cada decisión como un evento con el formato del diseño. Se muestran los últimos {count} de {total}.',
    empty: 'Aún no hay eventos.',
    export: 'Exportar todos los eventos como JSON',
    nullsHeading: 'Por qué algunos campos son null',
    cpuTemp: 'cpu_temp_c: una página web no puede leer la temperatura del procesador.',
    ram: 'ram_usage_mb: una página no ve cuánta memoria usa el equipo.',
    latency: 'network_latency_ms: este minero no envía nada por la red.',
    cycles:
      'avg_cycles_per_op: los navegadores no dan acceso a un contador de ciclos (y vuelven imprecisos los relojes a propósito); «measured» da en su lugar nanosegundos por hash.',
    outcome:
      'outcome_metric se define aquí como los hashes por segundo del evento divididos entre los del tramo más rápido hasta ese momento.',
  },
  strategies: {
    heading: 'La misma prueba A/B con estrategias de nonces',
    challenger: 'Estrategia aspirante',
    run: 'Probarla contra el contador: {jobs} trabajos × {budget} hashes por brazo',
    stop: 'Detener',
    status: {
      idle: 'Sin empezar.',
      running: 'Calculando hashes en un worker: {done} de {total} trabajos.',
      paused: 'En pausa porque esta pestaña está oculta.',
      done: 'Terminado.',
      stopped: 'Detenido.',
      error: 'Algo salió mal: {message}',
    },
    names: {
      random: 'Nonces al azar',
      even: 'Solo nonces pares',
      primes: 'Nonces primos',
      small: 'Primero los nonces pequeños',
      nearLastWinner: 'Cerca del último ganador',
    },
    result:
      'Aciertos: {hitsB} para «{name}» y {hitsA} para el contador, en {hashes} hashes cada uno. Razón de aciertos por hash {ratio} (IC 95 % de {low} a {high}).',
    noRollout:
      'El intervalo contiene el 1: no hay nada que aplicar. Los aciertos por hash no se mueven.',
    rollout:
      'El intervalo queda por encima de 1. Eso sería un descubrimiento; repítelo con otra semilla.',
    chartTitle: 'Aciertos por hash, aspirante entre el contador',
    chartLabel: 'razón de aciertos por hash',
    takeaway:
      'La misma prueba que encontró mejoras reales en hashes por segundo no encuentra ninguna en suerte por hash.',
    tableColumns: ['Brazo', 'Razón', 'Intervalo'],
  },
  keys: {
    heading: 'Búsqueda de claves: las probabilidades como aritmética',
    bits: 'Espacio de claves de juguete',
    bitsOption: '{bits} bits ({keys} claves)',
    run: 'Encontrar la clave de juguete de la semilla probando todas',
    stop: 'Detener',
    status: {
      idle: 'Sin empezar.',
      running: 'Buscando en un worker: {done} de {total} claves probadas.',
      paused: 'En pausa porque esta pestaña está oculta.',
      done: 'Encontrada.',
      stopped: 'Detenido.',
      error: 'Algo salió mal: {message}',
    },
    found:
      'Clave {key} encontrada tras {tries} intentos en {seconds} s ({rate} claves por segundo; una búsqueda a ciegas necesita {expected} de media).',
    rate: 'Claves por segundo',
    years: 'Años de búsqueda',
    targets: 'Direcciones objetivo',
    expected: 'Aciertos esperados en un espacio de 2^160 direcciones',
    formula: '{rate} × {seconds} s × {targets} ÷ 2^160 = {hits}',
    never:
      'Esta página nunca toca direcciones ni claves reales. El espacio de juguete tiene de 20 a 28 bits; una dirección real, 160.',
  },
};
