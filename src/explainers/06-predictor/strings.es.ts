/** Chapter 6 UI strings in Spanish, typed against the English table. */
import type { PredictorStrings } from './strings.en';

export const predictorStringsEs: PredictorStrings = {
  title: 'Trae tu propio predictor',
  bet: {
    question: '¿Encontrará tu predictor más aciertos por hash que un simple contador?',
    options: {
      better: 'Sí, claramente más',
      same: 'Más o menos los mismos',
      worse: 'Menos',
    },
  },
  editor: {
    example: 'Empieza con un ejemplo',
    exampleHint: 'Al elegir un ejemplo se reemplaza el código del editor.',
    groupHonest: 'Predictores',
    groupHostile: 'Demos hostiles o rotas (deben fallar sin riesgo)',
    code: 'Tu predictor (JavaScript)',
    codeHint:
      'Define score(nonce, header), que devuelve un número (se calcula el hash de los que tengan más puntos), o propose(header, budget), que devuelve un array de como mucho budget nonces. header es el trabajo de 80 bytes como Uint8Array. Math.random usa la semilla de abajo.',
    count: '{count} de {limit} caracteres',
    keys: 'Tab escribe dos espacios; pulsa antes Escape para seguir con Tab.',
  },
  controls: {
    bits: 'Dificultad (bits cero iniciales)',
    jobs: 'Trabajos nuevos',
    jobsError: 'Escribe un número entero del 1 al 256.',
    budget: 'Hashes por trabajo',
    seed: 'Semilla',
    seedHint: 'La misma semilla y el mismo código repiten la misma ejecución.',
    seedError: 'Escribe un número entero del 0 al 4.294.967.295.',
    newSeed: 'Nueva semilla',
    run: 'Ejecuta tu código en {jobs} trabajos nuevos y calcula el hash de {hashes} de sus nonces (y de otros tantos para el contador)',
    stop: 'Parar',
    limits: 'Tu código tiene {seconds} s en total y {memory} MB de memoria; sin red y sin página.',
  },
  status: {
    idle: 'Sin empezar. Nada se ejecuta hasta que pulses el botón.',
    sandbox: 'Tu código se ejecuta en el entorno aislado: {done} de {total} trabajos.',
    hashing: 'Calculando hashes en otro worker, limpio: {done} de {total} trabajos.',
    paused: 'En pausa porque esta pestaña está oculta. Sigue cuando vuelvas.',
    done: 'Hecho: {jobs} trabajos, {hashes} hashes para tu predictor.',
    stopped: 'Parado. No se ha puntuado nada.',
    failed: 'Tu código no dio una respuesta válida. No se ha puntuado nada.',
    error: 'Algo ha fallado al calcular los hashes: {message}',
  },
  failure: {
    heading: 'Qué ha fallado',
    footer: 'La página sigue funcionando: cambia el código y vuelve a ejecutarlo.',
    empty: 'No hay código que ejecutar. Define score(nonce, header) o propose(header, budget).',
    tooLong: 'Tu código tiene {length} caracteres; el límite es {limit}. Acórtalo, por favor.',
    forbiddenText:
      'Tu código contiene «{text}», que podría cargar código de otro sitio, así que se rechaza antes de ejecutarse (aunque esté en un comentario o en un texto).',
    syntax: 'Tu código no se puede leer: {detail}',
    evalBlocked:
      'Este servidor prohíbe ejecutar código escrito en la página (su cabecera Content-Security-Policy lo bloquea en los workers), así que tu predictor no puede ejecutarse aquí.',
    noFunction: 'No hay ninguna función llamada score ni propose. Define una de las dos.',
    twoFunctions: 'Tu código define score y propose a la vez. Deja solo una.',
    threwLoading: 'Tu código lanzó un error al cargarse: {detail}',
    threwJob: 'Tu código lanzó un error en el trabajo {job}: {detail}',
    memory:
      'Parado: tu código pidió {size} de memoria ({api}). El entorno aislado permite {budget} en total.',
    network:
      'Parado: tu código intentó usar {api}. En el entorno aislado no hay red: un predictor solo recibe la cabecera.',
    code: 'Parado: tu código intentó ejecutar código hecho con un texto ({api}). Eso está desactivado en el entorno aislado.',
    api: 'Parado: {api} no está disponible en el entorno aislado. JavaScript normal sí: Math, arrays, typed arrays, Map, Set…',
    wrongTypeScore:
      'score debe devolver un número finito, pero en el trabajo {job} devolvió {got}.',
    wrongTypePropose:
      'propose debe devolver un array de nonces, pero en el trabajo {job} devolvió {got}.',
    tooMany:
      'propose devolvió {length} nonces en el trabajo {job}, pero el presupuesto es {budget}.',
    badNonce:
      'Un nonce es un número entero del 0 al 4.294.967.295, pero en el trabajo {job} propose devolvió {value} ({got}).',
    timeout:
      'Parado a los {seconds} s: tu código tardó demasiado (¿un bucle infinito?). Se cerró el entorno aislado.',
    crashed: 'El entorno aislado se detuvo de forma inesperada: {detail}',
    garbled:
      'El entorno aislado devolvió algo que no es una respuesta válida, así que se descartó.',
  },
  kinds: {
    undefined: 'undefined (nada)',
    null: 'null',
    boolean: 'true o false',
    string: 'un texto (string)',
    bigint: 'un BigInt',
    symbol: 'un símbolo',
    function: 'una función',
    promise: 'una Promise (las funciones async no se admiten)',
    array: 'un array',
    object: 'un objeto que no es un array',
    nan: 'NaN',
    infinity: 'Infinity',
    fraction: 'un número con decimales',
    negative: 'un número negativo',
    tooLarge: 'un número mayor que 4.294.967.295',
    number: 'un número',
  },
  stats: {
    yourHits: 'Aciertos de tu predictor',
    counterHits: 'Aciertos del contador (mismos hashes)',
    perHash: 'Tus aciertos por hash',
    perHashValue: '1 de cada {n}',
    ratio: 'Cociente frente al contador (IC 95 %)',
    pValue: 'Valor p (cociente = 1)',
    ownWork: 'Trabajo propio de tu código',
    ownWorkValue: '{ms} ms',
    seedUsed: 'Semilla',
  },
  reveal: {
    heading: 'El resultado',
    summary:
      'Tu predictor encontró {hits} aciertos en {hashes} hashes; el contador, {counterHits} en los mismos. Cociente {ratio}, IC 95 % de {low} a {high}, p = {p}.',
    noEvidence:
      'No hay indicios de ventaja: el intervalo contiene el 1. Una ventaja real pequeña podría esconderse dentro; una grande se habría notado.',
    better:
      'Esta vez por encima del contador: todo el intervalo queda por encima de 1. Un predictor sin ventaja lo logra por azar en 1 de cada 40 ejecuciones, así que repítelo con otra semilla antes de creértelo.',
    worse:
      'Menos aciertos que el contador: todo el intervalo queda por debajo de 1. Es azar (1 de cada 40 ejecuciones) o hashes desperdiciados, como proponer dos veces el mismo nonce. En cualquier caso, no hay ventaja.',
    noHits:
      'Ningún acierto en ninguno de los dos lados, así que no hay nada que comparar. Baja la dificultad o calcula más hashes por trabajo.',
    work: 'Tu código tardó {ms} ms. En ese tiempo este dispositivo calcula el hash de unos {hashes} nonces. Contando ese trabajo, tus aciertos por unidad de trabajo son {work} veces los del contador.',
  },
  chart: {
    title: 'Aciertos en cada trabajo: tu predictor y el contador',
    x: 'Trabajo',
    y: 'Aciertos',
    bars: 'tu predictor',
    curve: 'contador',
    takeaway:
      'Los dos oscilan de un trabajo a otro alrededor de los {expected} aciertos esperados por trabajo: esa dispersión es suerte. En total, {yours} para tu predictor y {counter} para el contador.',
    table: {
      job: 'Trabajo',
      yours: 'Tus aciertos',
      counter: 'Aciertos del contador',
      proposed: 'Nonces calculados',
    },
    aria: 'Barras con tus aciertos por trabajo y una línea con los del contador.',
  },
  examples: {
    smallNonces: 'Preferir nonces pequeños (score)',
    randomLooking: 'Preferir nonces cuyos bytes parecen aleatorios (score)',
    copyHeader: 'Copiar los bytes de la cabecera en el nonce (propose)',
    counter: 'El propio contador (propose)',
    loopForever: 'Hostil: bucle infinito',
    allocate: 'Hostil: reserva 1 GB',
    tryFetch: 'Hostil: intenta usar fetch para conseguir respuestas',
    throws: 'Roto: lanza un error',
    wrongType: 'Roto: devuelve un tipo equivocado',
  },
};
