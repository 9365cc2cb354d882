import type { RealChainProse } from './prose';

export const realChainProseEs: RealChainProse = {
  hook: (
    <>
      <p className="lede">
        Dibuja los nonces ganadores de bloques reales de Bitcoin y no se reparten por igual. Hay
        bandas abarrotadas, otras casi vacías, y algunos valores de byte aparecen mucho más que
        otros. ¿Es una grieta en la prueba de trabajo?
      </p>
      <p>
        Esta página carga 29.650 cabeceras de bloques reales incluidas en el sitio y calcula todo lo
        de abajo a partir de ellas, en tu navegador.
      </p>
    </>
  ),
  tryIt: (
    <p>
      Elige una época, o escribe un rango de alturas, y mira cómo te siguen los gráficos. Las épocas
      se cortan por altura de bloque: minería con CPU hasta el bloque 69.999 (mediados de 2010), GPU
      hasta el 214.999 (final de 2012), los primeros ASIC hasta el 390.999 (final de 2015) y ASIC
      modernos después. La mayoría de los bloques incluidos son de 2009-10 y de 2024; las épocas de
      GPU y primeros ASIC solo tienen unos cientos, así que sus pruebas son débiles.
    </p>
  ),
  why: (
    <>
      <h2>Por qué el sesgo: el orden de búsqueda, no la previsibilidad</h2>
      <p>
        Un minero no elige nonces al azar. El software de minería de los primeros años recorría el
        nonce desde 0 hacia arriba y, mucho antes de llegar a 2³², cambiaba el extraNonce de la
        coinbase (una nueva raíz de Merkle) y volvía a empezar desde 0. El firmware de los ASIC
        modernos reparte el rango de 2³² entre chips y núcleos, cada uno con su porción, y además
        varía otros campos de la cabecera; así algunos valores de byte del nonce se prueban más a
        menudo, y los ganadores aparecen más donde se hicieron más intentos.
      </p>
      <p>
        Cada intento gana con la misma probabilidad minúscula, sea cual sea su nonce. Dónde caen los
        ganadores dice cómo buscaban los mineros; no dice nada de qué nonce de una cabecera nueva
        ganará.
      </p>
    </>
  ),
  hashCheck: (
    <p>
      La otra cara de la misma moneda: el hash de un bloque válido es como mucho su objetivo. Si
      SHA-256d es una función aleatoria, el hash de un ganador es uniforme entre 0 y el objetivo,
      así que hash / (objetivo + 1) debería ser plano en [0, 1). Recalcula todos los hashes y
      compruébalo.
    </p>
  ),
  predictorIntro: (
    <p>
      Intentemos sacar provecho del sesgo. Entrena un predictor con los nonces ganadores de bloques
      anteriores: predice los menos rangos de 2²⁴ nonces (por el byte más alto) que contenían una
      parte elegida de los ganadores de entrenamiento. Júzgalo con honestidad, con bloques
      posteriores que nunca vio: qué fracción de sus nonces ganadores cae en los rangos predichos,
      frente a la fracción del espacio de nonces que ocupan esos rangos.
    </p>
  ),
  reveal: (
    <>
      <p>
        La cobertura puede superar la parte del espacio: el orden de búsqueda de los mineros reales
        es real y se mantiene. Ahora da al mismo predictor (la estrategia «rangos de los ganadores
        reales») un presupuesto de hashes en esas cabeceras reales reservadas, frente a un barrido
        secuencial desde el nonce 0. Sus aciertos por hash igualan los del barrido: el intervalo del
        cociente contiene el 1.
      </p>
      <p>
        Las dos cosas son ciertas a la vez. Los ganadores se agolpan donde los mineros buscaron más;
        cada nonce, en cualquier orden, acierta con la misma probabilidad. Predecir dónde se
        encontraron los ganadores no es predecir dónde están.
      </p>
    </>
  ),
  deeperSummary: 'Para saber más: cómo se calculan estos números',
  deeper: (
    <>
      <p>
        Los nonces se leen de los bytes 76-79 de la cabecera (little-endian). El byte 0 es el byte
        menos significativo del nonce como número. Cada histograma se contrasta con la uniforme con
        el chi cuadrado de Pearson (se fusionan los intervalos con menos de 5 esperados); el valor p
        sale de la CDF chi cuadrado de @stdlib.
      </p>
      <p>
        La cobertura es una proporción de bloques reservados con un intervalo de Clopper-Pearson y
        una prueba binomial exacta frente a la parte del espacio. El arnés calcula el hash de cada
        cabecera reservada con los nonces que propone cada brazo (SHA-256d real, con el objetivo
        rebajado a unos pocos bits cero iniciales para poder contar aciertos) y da el cociente de
        aciertos por hash con un intervalo condicional exacto. Los hashes se recalculan en un worker
        con @noble/hashes; nada está precalculado.
      </p>
    </>
  ),
};
