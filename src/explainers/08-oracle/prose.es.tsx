import type { OracleProse } from './prose';

export const oracleProseEs: OracleProse = {
  hook: (
    <p className="lede">
      ¿Podría un modelo aprender qué nonces son «buenos» antes de calcular su hash, y un filtro
      descartar los «malos»? Este capítulo toma un diseño publicado que lo afirma, reconstruye lo
      que calcula su código y pone a prueba cada parte frente a un simple contador. Ponemos a prueba
      la afirmación, no a las personas que hay detrás.
    </p>
  ),
  monero: (
    <>
      <h2>Cómo funciona de verdad un minero de Monero</h2>
      <p>
        Un minero de Monero recibe de su pool un <strong>blob de hashing</strong>: la cabecera del
        bloque más un resumen de sus transacciones, unos 76 bytes. El nonce son 4 bytes en el byte
        39 de ese blob, guardados en little-endian (el byte más bajo primero). El minero escribe ahí
        un nonce, calcula el hash del blob con <strong>RandomX</strong> (una prueba de trabajo
        pensada para CPU normales) y lee el hash de 32 bytes como un número de 256 bits, también en
        little-endian. El hash gana si ese número por la dificultad queda por debajo de 2
        <sup>256</sup>.
      </p>
      <p>
        En cada intento, la probabilidad de ganar es la misma para cualquier nonce, siempre que el
        hash se comporte como una función aleatoria de su entrada. RandomX está diseñado para eso, y
        SHA-256d también. Esta página hace sus pruebas en directo con SHA-256d (el hash de Bitcoin),
        porque es lo bastante rápido para repetirlo millones de veces en tu navegador, y RandomX
        necesita 2 GB de memoria para ir a toda velocidad. La estadística de «aciertos por hash» es
        la misma para cualquier hash que se comporte como una función aleatoria.
      </p>
    </>
  ),
  tryIt: (
    <p>
      Un solo botón ejecuta las siete pruebas en un worker (hilo de trabajo) en segundo plano, así
      que la página sigue respondiendo. Puedes detenerlo cuando quieras, y se pausa si ocultas la
      pestaña. Cada prueba usa trabajos (cabeceras) nuevos al azar, un objetivo de share de 6 bits
      cero iniciales (acierta un hash de cada 64, así que hay aciertos a menudo) y hashing real. La
      semilla fija cada decisión aleatoria: la misma semilla da los mismos números aquí y en la
      línea de comandos (<code>npx nonce-sense experiment oracle --seed 1</code>).
    </p>
  ),
  filtersWhy: (
    <>
      <p>
        Los «seis filtros» son una mezcla ponderada de cuatro estadísticos de los 4 bytes del propio
        nonce: entropía (35 %), autocorrelación (25 %), una prueba chi-cuadrado (20 %) y una prueba
        de rachas sobre sus bits (20 %). Un nonce pasa con una puntuación de 0,75. Pero 4 bytes
        tienen como mucho 2 bits de entropía, y la parte de entropía solo da la nota máxima con 7,5
        bits. Así que hasta un nonce perfecto saca como mucho 0,35 × 2 / 7,5 + 0,25 + 0,20 + 0,20 =
        0,743, justo por debajo del umbral. <strong>El filtro rechaza todos los nonces</strong>,
        también todos los que habrían ganado.
      </p>
      <p>
        Una reescritura posterior mezcla otras cuatro puntuaciones (entropía de bits, un «patrón» de
        transiciones de bits, trozos de 4 bits distintos y densidad de ceros). Su parte de entropía
        se divide entre 8 bits, y 4 bytes nunca se acercan a eso, así que no pasa de 0,63. El filtro
        «ético» exige una entropía hexadecimal de 3,5 bits (8 cifras hex dan como mucho 3) y una
        «diversidad» mayor que 0,5 que el código fija en 0,5 exacto. Tampoco pasa nada nunca.
      </p>
    </>
  ),
  sweepWhy: (
    <p>
      Supón que bajamos el umbral hasta que pasen algunos nonces. El hash no ve la puntuación del
      filtro, así que los nonces que pasan aciertan igual que cualquier otro (los cocientes de
      arriba rondan el 1). El filtro sigue costando tiempo por cada candidato que mira, y la mayoría
      se tiran. El minero calcula menos hashes por segundo y encuentra menos shares por segundo. Con
      RandomX, donde un hash tarda mucho más que puntuar un nonce, ese coste es pequeño. Pero la
      ganancia sigue siendo exactamente cero.
    </p>
  ),
  predictorWhy: (
    <>
      <p>
        El predictor puntúa los nonces del 0 al 9.999 con un bosque aleatorio (100 árboles, como en
        el diseño) y calcula el hash de sus 300 mejores. Sus características describen el nonce{' '}
        <em>como texto</em>: la longitud de sus formas decimal y hexadecimal, lo variados que son
        sus caracteres y cuántas cifras hex son letras. Lo entrenamos con honestidad. Las etiquetas
        son aciertos reales del hash real en trabajos de entrenamiento aparte. Luego lo probamos en
        64 trabajos que no ha visto nunca.
      </p>
      <p>
        Esas características solo toman 129 valores distintos entre los 10.000 nonces, y ninguna
        dice nada del hash. Por eso los nonces del bosque aciertan igual que los del contador (el
        intervalo del cociente contiene el 1), y su AUC ronda 0,5. El AUC es la probabilidad de que
        el modelo ponga un acierto al azar por encima de un fallo al azar, así que 0,5 es lanzar una
        moneda. El minero del diseño alterna un nonce del modelo con un nonce simple, que es una
        prueba A/B incorporada. Hecha con honestidad, esa prueba dice lo mismo.
      </p>
    </>
  ),
  leakageWhy: (
    <p>
      El diseño entrenó su bosque con etiquetas <code>1 si el índice de fila es par</code> (marcadas
      en su código como falsas), y midió el modelo en las mismas filas con las que lo entrenó. Con
      las características de texto, ni así pasa del 52 %. Las características no distinguen la
      mayoría de las filas. Para imprimir un «92 %», el modelo tiene que poder memorizar cada fila:
      dale una característica que identifique la fila (aquí, el propio nonce), deja crecer los
      árboles del todo y puntúalo en sus propias filas de entrenamiento. Entonces imprime un 100 %.
      En filas que no ha visto, el mismo modelo no mejora a una moneda (aquí incluso empeora, porque
      su fila de entrenamiento más cercana suele tener la paridad contraria). La solución es medir
      con datos reservados y etiquetas reales. El número cae entonces al azar, como en la sección 3.
      Los porcentajes del panel del diseño eran texto fijo, y su propio archivo de estado mostraba
      un hashrate de 0 y ningún share.
    </p>
  ),
  generatorsWhy: (
    <p>
      El diseño tiene más generadores. Un «bandido de rangos» prefiere el rango de nonces, de tres,
      que más ha acertado hasta ahora. Un softmax sobre 48 intervalos sube el peso de un intervalo
      tras cada acierto. Un bucle de reentrenamiento saca seis veces más candidatos de los que
      necesita y los puntúa con un bosque sobre características de bits. Se queda con los mejores y
      se reentrena cada 500 muestras con las últimas 8.000. Los tres aprenden del ruido. Un rango
      que ha acertado más hasta ahora no tiene más probabilidad de acertar después, porque cada hash
      es un sorteo nuevo. Sus cocientes frente al contador se quedan cerca de 1, y la curva de
      aprendizaje es plana. En el diseño, además, el validador daba por «válido» cualquier nonce,
      así que todas las etiquetas eran 1 y no había nada que aprender, ni siquiera ruido.
    </p>
  ),
  controlWhy: (
    <p>
      ¿Notarían estas pruebas una señal real? Debilitamos SHA-256d a propósito: cada compresión se
      recorta a 4 de sus 64 rondas. Entonces un acierto solo depende del byte alto del nonce y del
      trabajo. El mismo bosque recibe como características los 4 bytes del nonce. En cada trabajo
      etiqueta 512 nonces al azar calculando su hash, se entrena y luego ordena nonces nuevos. Las
      características de texto no verían el byte alto, y el midstate cambia de un trabajo a otro qué
      bytes altos ganan, así que el entrenamiento se hace dentro de cada trabajo. Frente a este hash
      roto, el bosque encuentra unas cuatro veces más aciertos que el azar, con un intervalo muy por
      encima de 1. El método funciona cuando hay algo que encontrar. Frente al hash real, no hay
      nada.
    </p>
  ),
  helps: (
    <>
      <h2>Lo que de verdad ayuda a un minero de Monero</h2>
      <ul>
        <li>
          <strong>Más hashes por segundo y por vatio:</strong> activa las huge pages y el conjunto
          de datos completo de RandomX (2 GB), usa un hilo por núcleo con caché L3 suficiente (unos
          2 MB cada uno) y mantén la CPU fresca para que no baje su frecuencia.
        </li>
        <li>
          <strong>Comprueba los shares en local</strong> frente al objetivo del pool antes de
          enviarlos, para que no te rechacen ninguno por débil.
        </li>
        <li>
          <strong>No calcules nunca dos veces el hash del mismo nonce</strong> en el mismo trabajo:
          da a cada hilo su propio rango. Un nonce repetido es trabajo perdido, nunca un segundo
          boleto.
        </li>
        <li>
          <strong>Sigue conectado:</strong> un pool de reserva (failover), reconexión rápida y
          cambio inmediato a los trabajos nuevos, para no gastar trabajo en un bloque viejo.
        </li>
        <li>
          <strong>Baja los costes:</strong> electricidad más barata, comisiones de pool más bajas o
          un pool descentralizado como P2Pool.
        </li>
      </ul>
    </>
  ),
  lesson: (
    <p className="lesson">
      Un filtro o un modelo solo ayuda si los nonces que elige aciertan más a menudo que los demás.
      Con un hash que se comporta como una función aleatoria, eso no pasa nunca, así que su coste es
      pura pérdida. Optimiza los hashes por segundo, nunca la suerte por hash.
    </p>
  ),
  deeperSummary: 'Más a fondo: qué se calculó exactamente y qué decisiones se tomaron',
  deeper: (
    <>
      <p>
        <strong>Filtro original.</strong> Los bytes se toman en little-endian, como están en el
        blob, y los bits del más significativo al menos. H es la entropía de Shannon de los 4
        valores de byte. r1 = Σ(x<sub>i</sub> − m)(x<sub>i+1</sub> − m) / Σ(x<sub>i</sub> − m)².
        chi2 se suma solo sobre los valores de byte observados, con recuento esperado 4/256, y p = 1
        − erf(|chi2 − 255| / √510). La prueba de rachas usa la media y la varianza habituales de
        Wald–Wolfowitz sobre los 32 bits. Un término que dividiría por cero (todos los bytes o todos
        los bits iguales) vale 0, como el NaN del original.
      </p>
      <p>
        <strong>Reescritura.</strong> 0,4 × entropíaDeBits/8 + 0,3 × (1 − patrón) + 0,2 × trozos de
        4 bits distintos / 8 + 0,1 × (1 − densidadDeCeros/0,5). La descripción deja abiertos la
        entropía de bits y el patrón. La lectura por defecto es la entropía de los valores de byte,
        con patrón = |transiciones/31 − 0,5| × 2. La tabla muestra también la entropía de los 32
        bits y patrón = transiciones/31. Con cualquier lectura, la entropía de bits se queda en 2
        bits o menos y los otros términos suman como mucho 0,6, así que ninguna lectura puede llegar
        a 0,75.
      </p>
      <p>
        <strong>El bosque.</strong> El bosque son árboles CART con divisiones por Gini, entrenados
        sobre muestras bootstrap y crecidos del todo (como los hace scikit-learn, que usó el
        diseño). La puntuación de una fila es la fracción media de aciertos en sus hojas. Es una
        implementación pequeña propia. La biblioteca de JavaScript ml-random-forest tardó aquí 103 s
        en 100 árboles sobre 1.000 filas, y sus resultados se compararon con los nuestros en datos
        pequeños. El bosque honesto se entrena con 20.000 nonces etiquetados (0..9.999 en 2 trabajos
        de entrenamiento). El AUC junta 16 trabajos reservados × 10.000 nonces, con un intervalo de
        Hanley–McNeil. Los cocientes usan el intervalo condicional exacto para dos tasas de Poisson,
        y el control usa el intervalo de Garwood frente a hashes × p. El bucle de reentrenamiento
        usa 20 árboles (el diseño, 80 árboles de boosting o un bosque), 500 muestras por trabajo
        durante 20 trabajos, y se reentrena con las últimas 8.000 tras cada trabajo. El bandido y el
        softmax calculan 1.024 hashes por trabajo en 32 trabajos, en tandas de 64. El barrido de
        umbrales saca candidatos de 32 bits al azar y calcula el hash de 256 que pasan por trabajo,
        en 24 trabajos.
      </p>
    </>
  ),
};
