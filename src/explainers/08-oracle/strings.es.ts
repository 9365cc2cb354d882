/** Textos de la interfaz del capítulo «El oráculo de nonces» (español). */
import type { OracleStrings } from './strings.en';

export const oracleStringsEs: OracleStrings = {
  title: 'El oráculo de nonces',
  claims: {
    heading: 'Lo que afirma, tal como se publicó',
    intro: 'Un diseño publicado para minar Monero (XMR) dice que su sistema:',
    items: [
      'usa aprendizaje automático para «predecir nonces efectivos»',
      'aplica «seis técnicas de validación en cascada» para descartar nonces «inválidos» antes de enviarlos',
      'reentrena sus modelos cada día «con datos reales»',
      'muestra un panel con una precisión del 92 %, 87 % y 85 %, y una «tasa de acierto del 87 %»',
    ],
    note: 'Son afirmaciones. Aquí abajo, cada una se reimplementa a partir de lo que el diseño calcula y se pone a prueba en directo.',
  },
  controls: {
    seed: 'Semilla',
    seedHint: 'La misma semilla repite los mismos trabajos, nonces y modelos.',
    seedError: 'Escribe un número entero de 0 a 4.294.967.295.',
    newSeed: 'Otra semilla',
    run: 'Ejecutar las siete pruebas (unos {hashes} hashes y 140 ajustes de modelos pequeños, entre 15 y 40 s)',
    stop: 'Detener',
  },
  status: {
    idle: 'Todavía no se ha ejecutado nada. Nada empieza hasta que pulses el botón.',
    running: 'En marcha: paso {done} de {total} ({phase}).',
    paused: 'En pausa mientras la pestaña está oculta (paso {done} de {total}).',
    done: 'Terminado en {time}, semilla {seed}.',
    stopped: 'Detenido. No se muestra nada de una ejecución sin terminar.',
    error: 'La ejecución falló: {message}',
  },
  phases: {
    filters: 'puntuando nonces aleatorios con los filtros',
    sweep: 'bajando el umbral',
    predictor: 'el bosque en trabajos reservados',
    rangeBandit: 'el bandido de rangos',
    softmaxBins: 'los intervalos softmax',
    retrainingLoop: 'el bucle de reentrenamiento',
    positiveControl: 'el control positivo',
  },
  filters: {
    heading: '1. La cascada de seis filtros',
    original: 'Puntuación original: parte de los nonces aleatorios que pasan 0,75',
    best: 'Mejor puntuación original entre {count} nonces aleatorios',
    rewrite: 'Reescritura: parte que pasa (lectura por defecto)',
    rewriteBest: 'Mejor puntuación de la reescritura',
    ethical: 'Filtro «ético»: parte que pasa',
    chartTitle: 'Puntuación del filtro original de {count} nonces aleatorios de 32 bits',
    xLabel: 'puntuación (umbral 0,75)',
    yLabel: 'nonces',
    barsLabel: 'medido',
    thresholdMarker: 'umbral 0,75',
    takeaway:
      'Todas las barras acaban a la izquierda de 0,75: el mejor de {count} nonces sacó {best}. El filtro no deja pasar nada.',
    readingsTitle: 'La reescritura con cada lectura de sus términos abiertos',
    readingColumns: [
      'entropía de bits leída como',
      'patrón leído como',
      'pasan',
      'mejor puntuación',
    ],
    readingNames: {
      byte: 'entropía de los 4 valores de byte',
      bit: 'entropía de los 32 bits',
      balance: '|transiciones / 31 − 0,5| × 2',
      transitions: 'transiciones / 31',
    },
    readingsTakeaway: 'Elijas la lectura que elijas, no pasa nada.',
  },
  sweep: {
    heading: '2. Baja el umbral hasta que algo pase',
    chartTitle: 'Aciertos por hash de los nonces que pasan, frente al contador simple',
    xLabel: 'aciertos por hash ÷ aciertos por hash del contador (escala log)',
    oneLabel: 'igual que el contador',
    excludesLabel: 'distinto',
    row: '≥ {threshold}',
    takeaway:
      'Todos los intervalos contienen el 1: pasar el filtro no cambia las probabilidades de un hash.',
    speedTitle:
      'Hashes efectivos por segundo pagando el coste del propio filtro (este dispositivo)',
    speedColumns: ['umbral', 'pasan', 'hashes efectivos/s'],
    plain: 'sin filtro',
    speedTakeaway:
      'Este dispositivo: {hashes} hashes/s sin filtro y {scores} puntuaciones/s del filtro. Un filtro más estricto solo significa menos hashes por segundo.',
  },
  predictor: {
    heading: '3. El bosque, entrenado con honestidad',
    ratio: 'Los 300 mejores, aciertos por hash ÷ los del contador (IC 95 %)',
    auc: 'AUC en trabajos reservados (IC 95 %; 0,5 = azar)',
    vectors: 'Vectores de características distintos entre 0..9999',
    hits: 'Aciertos: bosque {hits}, contador {sequential}, en {hashes} hashes cada uno',
    chartTitle: 'El bosque y la alternancia frente al contador',
    rowForest: 'bosque',
    rowAlternation: 'prueba A/B',
  },
  leakage: {
    heading: '4. Cómo se imprime un «92 %»',
    fake: 'Etiquetas falsas (índice de fila par), puntuado en sus propias filas de entrenamiento',
    memorised: 'Un modelo que memoriza, puntuado en sus propias filas de entrenamiento',
    heldOut: 'El mismo modelo que memoriza, en filas que no ha visto',
    honest: 'Etiquetas reales, trabajos reservados: AUC',
    chartTitle: '«Precisión» impresa según cómo se midió',
    columns: ['medido en', 'precisión'],
    takeaway:
      'Solo puntuar un modelo en las filas que memorizó imprime un número cercano al 100 %. En datos que no ha visto, es lanzar una moneda.',
  },
  generators: {
    heading: '5. Bandidos, intervalos adaptativos y el bucle de reentrenamiento',
    chartTitle: 'Los otros generadores frente al contador, mismos trabajos y presupuesto',
    rows: {
      rangeBandit: 'bandido de rangos',
      softmaxBins: 'softmax, 48',
      retrainingLoop: 'reentrenamiento',
    },
    curveTitle:
      'El bucle de reentrenamiento en el tiempo: aciertos por hash por bloque de {jobs} trabajos',
    curveX: 'muestras aprendidas (miles)',
    curveY: 'aciertos por 1.000 hashes',
    curveBars: 'medido, con intervalo del 95 %',
    curveLine: 'p, cualquier nonce',
    curveTakeaway:
      'Plana: tras {samples} muestras etiquetadas no acierta más a menudo que al principio.',
    curveColumns: [
      'muestras antes del bloque',
      'aciertos',
      'hashes',
      'aciertos por hash',
      'IC 95 %',
    ],
  },
  control: {
    heading: '6. El control positivo: el mismo bosque donde sí hay algo que aprender',
    ratio: 'Aciertos ÷ esperados, SHA-256d recortado a 4 rondas (IC 95 %)',
    hits: '{hits} aciertos donde el azar da {expected}',
    chartTitle: 'El mismo bosque frente al hash completo y al debilitado',
    rowFull: 'hash completo',
    hitsLabel: 'Aciertos del bosque, SHA-256d con 4 rondas',
    rowWeak: 'con 4 rondas',
    takeaway:
      'Frente al hash debilitado, el mismo bosque gana con claridad; frente al real no encuentra nada.',
  },
  common: {
    noGain:
      'Todos los intervalos contienen el 1: ninguna ganancia medible frente al contador simple.',
    miss: 'Un intervalo no contiene el 1. Al 95 %, más o menos 1 prueba de cada 20 lo hace por azar: repítela con otra semilla.',
    ratioAxis: 'cociente',
    oneLabel: 'sin ganancia',
    excludesLabel: 'diferencia real',
    ci: '[{low}; {high}]',
    none: 'no pasó ninguno',
  },
};
