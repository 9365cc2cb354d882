/** "El minero geométrico": textos en español, tipados contra strings.en.ts. */
import type { GeometricStrings } from './strings.en';

export const geometricStringsEs: GeometricStrings = {
  title: 'El minero geométrico',
  lede: 'Un diseño publicado promete minar Bitcoin con muchos menos hashes: calcula siete «dimensiones geométricas» de cada cabecera del bloque, descarta los nonces que parecen malos y solo calcula el hash del resto. Aquí está lo que afirma, y después cada afirmación puesta a prueba en directo con las 29.650 cabeceras reales que trae este sitio.',
  claimsHeading: 'Lo que afirma el diseño',
  claims: [
    '«100 TH/s de evaluaciones geométricas frente a 1 TH/s de hashes», «10x» más eficiente en energía',
    '«Reducción de 27,37x con un 100 % de cobertura» gracias a un restrictor de nonces',
    '«91 % de recall, 100 % de rechazo» para su filtro geométrico',
    '«99 % de poda» del espacio de nonces',
  ],
  claimNote:
    'Son palabras del diseño, citadas como afirmaciones. Nada de lo que sigue da por hecho que sean ciertas o falsas: cada sección ejecuta el propio método del diseño y lo mide.',
  rule: 'La regla detrás de cada prueba: con SHA-256d, cada hash cumple el objetivo (target) con la misma probabilidad p, sea cual sea el nonce. Saltarse un nonce solo ayuda si los nonces descartados ganan menos que los que se quedan.',
  seedLabel: 'Semilla',
  seedHint:
    'La misma semilla da los mismos números aquí y en la línea de comandos: npx nonce-sense experiment geometric --seed {seed} --json',
  run: 'Ejecutar',
  stop: 'Parar',
  progress: 'Trabajando: {done} de {total}',
  paused: 'En pausa mientras esta pestaña está oculta.',
  failed: 'La ejecución falló: {message}',
  loadingData: 'Cargando las cabeceras reales (unos 2,5 MB)…',
  dataError: 'No se pudieron cargar las cabeceras reales: {message}',
  dims: [
    'D1 entropía de nibbles',
    'D2 entropía por niveles',
    'D3 dispersión',
    'D4 espectral',
    'D5 cambios',
    'D6 ángulo de fase',
    'D7 suma de nibbles',
  ],
  sweep: {
    heading: '1. Siete dimensiones mientras cambia el nonce',
    intro:
      'Las dimensiones son estadísticas de los bytes de la cabecera, no de su hash. El nonce ocupa 4 de los 80 bytes (8 de 256 nibbles), así que cambiarlo apenas las mueve. Elige una cabecera real y prueba 4.096 nonces con semilla.',
    headerLabel: 'Cabecera real',
    genesis: 'Bloque 0 (génesis)',
    latest: 'El bloque más reciente incluido',
    runLabel: 'Probar 4.096 nonces (cerca de 1 s)',
    chartLabel:
      'Siete dimensiones del bloque {height} en 4.096 nonces, cada una en una escala de 0 a 1, con el valor objetivo marcado',
    tableDim: 'Dimensión',
    tableMin: 'Mínimo',
    tableMax: 'Máximo',
    tableTarget: 'Objetivo del solver',
    takeaway:
      'D1 se queda entre {min} y {max} con todos los nonces probados; el prefiltro pide de 0,10 a 0,30. Correlación de D6 con los bits cero iniciales del hash: {corr}.',
    target: 'objetivo',
  },
  prefilter: {
    heading: '2. El prefiltro en todos los bloques reales',
    intro:
      'El prefiltro solo calcula el hash de un nonce si D1 está en [0,10; 0,30] y D6 en [0,7; 1]. La cabecera real de cada bloque incluido lleva un nonce que sí ganó. ¿Cuántas habría dejado pasar?',
    runLabel: 'Probar los 29.650 ganadores reales (unos 2 s)',
    reading: 'Lectura',
    passed: 'Pasan',
    d1Inside: 'D1 dentro',
    d1Range: 'Rango de D1',
    takeaway:
      'Habría tirado el {pct} de los bloques reales con cualquier lectura: D1 por sí sola los rechaza todos.',
    readingNames: {
      'high-first/plus-pi': 'nibble alto primero, D6 = (ángulo + π) / 2π',
      'high-first/mod-one': 'nibble alto primero, D6 = ángulo / 2π mód 1',
      'low-first/plus-pi': 'nibble bajo primero, D6 = (ángulo + π) / 2π',
      'low-first/mod-one': 'nibble bajo primero, D6 = ángulo / 2π mód 1',
    },
  },
  coverage: {
    heading: '3. Restrictor y restricciones: qué guardan y qué pierden',
    intro:
      'El restrictor guarda los nonces cuyos 4 bytes caen en rangos de percentiles de 100 nonces ganadores reales; las «restricciones algebraicas» añaden condiciones al subir la dificultad. Un filtro que calcula el hash de una parte s de los nonces ahorra (1 − s) del trabajo, y pierde cada bloque real cuyo nonce descarta.',
    runLabel: 'Medir con los nonces ganadores reales',
    filter: 'Filtro',
    claimed: 'Reducción afirmada',
    kept: 'Parte de nonces que guarda',
    covered: 'Bloques reales cubiertos',
    missed: 'Bloques reales perdidos',
    conservative: 'Restrictor P05–P95',
    aggressive: 'Restrictor P25–P75',
    level: 'Restricciones, nivel {level}',
    inSample:
      'Con sus propios 100 nonces de entrenamiento, el restrictor P25–P75 cubre {covered} de 100, no el 100 %.',
    takeaway:
      'Cada filtro pierde la mayoría de los bloques reales que debía acelerar. Los nonces reales no son uniformes (los mineros buscaron más en unos rangos que en otros), así que la cobertura puede superar la parte guardada; eso dice dónde miraron los mineros, no dónde están los ganadores, y el arnés de la sección 5 muestra que la probabilidad por hash no cambia.',
  },
  confound: {
    heading: '4. La prueba del «91 % de recall, 100 % de rechazo»',
    intro:
      'El conjunto de prueba del diseño daba a sus cabeceras «ganadoras» una raíz de Merkle toda a cero y nonces pequeños, y a las «aleatorias» una raíz aleatoria. Aquí se reproduce con cabeceras reales y luego se corrige: la misma cabecera real con su nonce ganador frente a la misma cabecera con un nonce aleatorio.',
    runLabel: 'Ejecutar las dos pruebas (1.000 cabeceras por conjunto)',
    set: 'Conjunto de prueba',
    unmatched: 'Sin emparejar (como en el diseño)',
    matched: 'Emparejado (mismas cabeceras)',
    recall: 'Recall',
    rejection: 'Rechazo',
    auc: 'AUC (0,5 = azar)',
    takeaway:
      'Los conjuntos sin emparejar impresionan porque el filtro detecta bytes a cero, no ganadores. Con plantillas emparejadas, el mismo filtro queda en el azar: AUC {auc}.',
  },
  solver: {
    heading: '5. El solver inverso',
    intro:
      'El solver mueve el nonce por diferencias finitas (paso 100, tasa de aprendizaje 1.000, 5.000 iteraciones) hacia el objetivo 7-D publicado, y para cuando la distancia ponderada baja de 0,01. Después, sus propuestas y los dos filtros se comparan con el contador simple en 32 cabeceras reales.',
    runLabel: 'Ejecutar el solver y el arnés (unos 10 s)',
    height: 'Bloque',
    best: 'Mejor distancia',
    floor: 'Solo con D1, D5, D7',
    iterations: 'Iteraciones',
    arm: 'Nonces calculados',
    hits: 'Aciertos',
    ratio: 'Aciertos por hash frente al contador (IC 95 %)',
    arms: {
      inverseSolver: 'Propuestas del solver inverso',
      constraintsLevel2: 'Restricciones nivel 2',
      aggressiveRestrictor: 'Restrictor P25–P75',
    },
    takeaway:
      'Se atasca en una distancia de {best} (la meta es bajar de 0,01): D1, D5 y D7, que no tienen ningún detalle abierto, ya la mantienen por encima de {floor}. Sus nonces aciertan al ritmo del contador: razón {ratio} {ci}.',
    targetNote:
      '{hits} aciertos por brazo de media con {zeroBits} bits cero iniciales. Más o menos 1 intervalo de cada 20 deja fuera el 1 por azar.',
  },
  composition: {
    heading: '6. La composición del bloque',
    intro:
      'Elegir qué transacciones entran en un bloque cambia su raíz de Merkle, y con ella la cabecera y cada hash: un sorteo nuevo. El diseño elige transacciones para un bloque «geométricamente favorable». Aquí, un mempool con semilla de 400 transacciones, 96 plantillas por método, minadas a 10 bits cero iniciales (media de 1.024 intentos).',
    runLabel: 'Componer y minar 192 plantillas (unos 5 s)',
    reroll:
      'Al cambiar una transacción: {a} y {b} aciertos en 65.536 nonces, {shared} en común (por azar: {expected}).',
    method: 'Método',
    attempts: 'Media de intentos hasta un bloque (IC 95 %)',
    fees: 'Comisiones medias (sat)',
    feeKnapsack: 'Mochila por tasa de comisión',
    geometricComposer: 'Lo más cerca del objetivo 7-D',
    takeaway:
      'Lo que la composición sí cambia son los ingresos: la mochila por tasa de comisión gana {ratio}× las comisiones de la elección «geométrica». Esa parte sí es útil.',
    fitTitle: 'Intentos hasta el primer acierto, por plantilla: medidos frente a la ley geométrica',
    fitTheory: 'geométrica, media {expected}',
    fitX: 'Intentos (nonces calculados)',
    fitY: 'Fracción de plantillas terminadas',
    fitBins: 'Intervalos',
    fitObserved: 'Plantillas por intervalo',
    fitExpected: 'Esperadas por intervalo',
    fitP: 'p de chi cuadrado',
    fitConsistent:
      'Los dos métodos se ajustan a la ley geométrica de media {expected} (p de chi cuadrado = {pA} y {pB}), y los dos intervalos de la media contienen {expected}: elegir las transacciones no cambia las probabilidades.',
    fitInconsistent:
      'Esta prueba no se ajusta limpiamente a la ley geométrica (p de chi cuadrado = {pA} y {pB}, o un intervalo de la media no contiene {expected}); con 96 plantillas eso pasa de vez en cuando por azar. Prueba otra semilla.',
  },
  energy: {
    heading: '7. La promesa de energía, como calculadora',
    intro:
      'Solo pueden ganar los nonces cuyo hash se calcula, cada uno con probabilidad p. Un minero que sigue calculando H′ hashes por segundo encuentra bloques al ritmo H′p, se haya saltado lo que se haya saltado.',
    baselineRate: 'Minero simple, TH/s',
    baselineWatts: 'Minero simple, vatios',
    hashedRate: 'Minero con filtro, TH/s de hashes reales',
    systemWatts: 'Minero con filtro, vatios',
    result:
      'Bloques: {blocks} de los del minero simple, con {power} de su potencia: {perJoule}× los bloques por julio.',
    invalid: 'Escribe números positivos.',
  },
  deeperSummary: 'Para saber más: lecturas, métodos y números exactos',
  deeper: [
    'Dimensiones: la cabecera se rellena con ceros hasta 128 bytes (256 nibbles) y cada nibble n en la posición p pasa a ser (n + p²) mód 16. Donde la descripción deja huecos, esta página lee D2 como niveles de 128, 64 y 32 nibbles, D4 como la entropía del espectro de magnitudes de 256 bins entre 8 bits, D6 como (ángulo + π) / 2π, nibble alto primero; las alternativas también se calculan y no cambian nada: D1 (solo está abierto el orden de los nibbles) rechaza todas las cabeceras reales.',
    'Distancia del solver: la raíz cuadrada de la suma ponderada de los huecos al cuadrado, pesos [0,15; 0,15; 0,05; 0,05; 0,10; 0,40; 0,10], objetivo [0,168; 0,162; 0,966; 0,188; 0,065; 0,938; 0,058]. Arnés: SHA-256d real sobre cabeceras reales (se ignora el campo nonce), 512 nonces por brazo y trabajo, intervalo condicional exacto de la razón de tasas.',
    'Restricciones: el diseño multiplica un factor por restricción como si fueran independientes; la parte guardada se cuenta de forma exacta. Restrictor: percentiles por interpolación lineal de cada byte, en little-endian como en la cabecera, rangos [floor(bajo), ceil(alto)].',
    'Sesgo de confusión: el detector marca una cabecera cuando su distancia al objetivo 7-D queda por debajo de un umbral ajustado con los conjuntos sin emparejar (máximo recall + rechazo); ese mismo umbral se usa después con los conjuntos emparejados. Intervalo del AUC según Hanley y McNeil.',
  ],
};
