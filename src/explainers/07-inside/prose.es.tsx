import type { InsideProse } from './prose';

export const insideProseEs: InsideProse = {
  hook: (
    <>
      <p className="lede">
        Todos los demás capítulos concluyen que ningún modelo predice un nonce. Pero cabe preguntar
        al revés: ¿se darían cuenta estas pruebas si alguno pudiera? Una prueba que nunca dice “sí”
        no demuestra nada.
      </p>
      <p>
        Así que aquí rompemos SHA-256d a propósito y comprobamos que el mismo tipo de modelo,
        entrenado con la misma honestidad, gana donde hay algo que aprender. Eso es un control
        positivo.
      </p>
    </>
  ),
  tryIt: (
    <>
      <p>
        SHA-256 mezcla su entrada en 64 rondas. Recortamos <strong>todas</strong> las compresiones
        de SHA-256d a sus primeras R rondas: el primer bloque de 64 bytes de la cabecera (el
        midstate), su segundo bloque (el que lleva el nonce) y el único bloque del segundo SHA-256.
        Cada una conserva su paso final de siempre, que vuelve a sumar la entrada. R = 64 es el hash
        de verdad.
      </p>
      <p>
        Para cada R, en cada uno de 64 trabajos nuevos (cabeceras al azar), el modelo calcula el
        hash de 1.024 nonces al azar y aprende de ellos qué bytes del nonce venían con un acierto.
        Es un clasificador bayesiano ingenuo de la biblioteca ml-naivebayes sobre los cuatro bytes
        del nonce. Después ordena 2.048 nonces nuevos al azar y elige sus 512 mejores. Solo se
        puntúan esas 512 elecciones. Un acierto es un hash con al menos 4 bits cero iniciales, leído
        como lo lee Bitcoin (los 32 bytes al revés, como un solo número). Por azar un hash acierta
        con p = 1/16, así que 512 elecciones deberían dar 32 aciertos por trabajo. El gráfico
        muestra los aciertos del modelo divididos por esa cifra.
      </p>
    </>
  ),
  why: (
    <>
      <h2>Por qué sale así</h2>
      <p>
        <strong>R ≤ 3: ningún acierto, en ningún trabajo, con ninguna semilla.</strong> La cabecera
        se procesa en dos bloques, y el nonce es la palabra W3 del mensaje (contando desde W0) del
        segundo bloque. La ronda t lee la palabra W<sub>t−1</sub>, así que la ronda 4 es la primera
        que lee el nonce. Con 3 rondas o menos, el nonce nunca entra en el hash. Ni siquiera la
        cabecera importa para los bytes que mira el objetivo. Esos bytes están en la última palabra
        del hash final, y tras 3 rondas o menos esa palabra aún guarda una de las constantes
        iniciales fijas de SHA-256, desplazada. Su primer byte es siempre c4, a5 o 98 (en hex) para
        R = 1, 2 o 3, y ninguno empieza por 4 bits cero. Ninguna estrategia puede acertar ahí: el
        cociente es exactamente 0.
      </p>
      <p>
        <strong>R = 4: una victoria clara.</strong> Ahora el byte que el objetivo mira primero es el
        byte alto del nonce más una constante que fija el trabajo. Así que 16 de los 256 valores de
        ese byte aciertan, siempre. El modelo aprende cuáles son esos 16 con sus 1.024 ejemplos y
        elige nonces que los tienen. No puede pasar de unas 4 veces el azar, porque solo 1 de cada
        16 de los 2.048 nonces que ordena lleva un byte bueno: unos 128 aciertos de 512 elecciones,
        donde el azar da 32.
      </p>
      <p>
        <strong>R ≥ 5: no queda nada que aprender.</strong> Una ronda más mezcla el nonce con el
        resto del estado, y los nonces que elige el modelo aciertan igual que los elegidos al azar.
        El intervalo se estrecha alrededor de 1 y cae dentro del margen. El AUC baja a 0,5, tanto
        para los aciertos como para bits sueltos de la salida.
      </p>
      <p>
        El modelo se entrena y se evalúa dentro de un mismo trabajo, con nonces al azar distintos.
        Entrenar con unos trabajos y evaluar con otros falla incluso con R = 4, porque el midstate
        de cada trabajo cambia qué 16 valores del byte aciertan.
      </p>
    </>
  ),
  intervals: (
    <p>
      Los intervalos se cuentan por trabajo, no por hash. Los 64 trabajos son independientes; los
      hashes de un mismo trabajo no tienen por qué serlo. Si todos los hashes de un trabajo
      acertaran o fallaran a la vez, como pasaría si el hash ignorara el nonce, 32.768 hashes
      valdrían lo que 64 trabajos. Un intervalo que cuenta hashes sería entonces demasiado estrecho.
      Contar por trabajo mide cuánto varían de verdad los trabajos. Cuando los hashes son
      independientes, da lo mismo que contar hashes (la tabla muestra los dos).
    </p>
  ),
  diffusionIntro: (
    <p>
      ¿Qué hace una ronda más? Toma un nonce y el mismo nonce con un solo bit cambiado, y sigue los
      dos por la compresión del bloque del nonce, ronda a ronda. Cuenta cuántos de los 256 bits del
      estado de trabajo (las ocho palabras de la a a la h) difieren.
    </p>
  ),
  diffusionWhy: (
    <p>
      Cada ronda mezcla una palabra nueva del mensaje en dos de las ocho palabras y corre las demás
      un puesto. Así, un bit cambiado llega a todo el estado en pocas rondas. A partir de ahí, los
      dos estados se parecen tan poco como dos estados al azar, y así siguen el resto de las 64
      rondas. El hash de verdad hace las 64 rondas tres veces.
    </p>
  ),
  lesson: (
    <>
      <h2>La lección</h2>
      <p className="lesson" data-testid="inside-lesson">
        El modelo sí sabe aprender: donde el hash recortado deja pasar información, gana con
        claridad, con un intervalo muy por encima de 1. El hash completo no deja nada que aprender:
        ahí el mismo modelo, entrenado igual, lo hace igual que elegir nonces al azar, y no mejor.
      </p>
    </>
  ),
  deeperSummary: 'Para saber más: el álgebra de la ronda 4, el modelo y los intervalos',
  deeper: (
    <>
      <p>
        Por qué R = 4 deja pasar información. En la primera compresión, la ronda 4 suma W3 (el nonce
        con los bytes invertidos) en t1, así que las palabras 0 y 4 de la salida pasan a ser el
        nonce más una constante (mod 2<sup>32</sup>). En el segundo SHA-256, recortado a 4 rondas,
        la última palabra de la salida es H7 más la e de la primera ronda, y esa e es la palabra 0
        del primer hash más constantes: otra vez el nonce invertido más una constante. Su byte más
        bajo, el byte más significativo del hash para Bitcoin, es el byte alto del nonce más una
        constante, sin acarreo desde abajo.
      </p>
      <p>
        Por qué R ≤ 3 nunca acierta. Tras R ≤ 3 rondas la palabra h aún guarda el valor inicial
        H(7−R), que ha ido pasando por e → f → g → h. Con la suma final, la palabra 7 del hash es H7
        + H(7−R), la misma para cualquier cabecera y nonce.
      </p>
      <p>
        El modelo: bayesiano ingenuo categórico sobre los 4 bytes del nonce (4 × 256 variables
        one-hot, ajustado con MultinomialNB de ml-naivebayes con suavizado de Laplace). Su
        puntuación es el logaritmo de la razón de probabilidades de acierto. Puede representar “el
        byte alto decide”, y no puede encontrar nada en una función aleatoria, que es a lo que se
        parece un buen hash.
      </p>
      <p>
        El intervalo del cociente es el de Korn y Graubard (1998; el estándar del NCHS para
        proporciones, 2017). Es un intervalo de Clopper y Pearson sobre un número efectivo de
        hashes: el real dividido por el efecto de diseño (cuánto más varían los trabajos de lo que
        variarían hashes independientes; nunca menos de 1), y reducido por tener solo 64 − 1 grados
        de libertad. Cuando todos los hashes de cada trabajo aciertan o fallan juntos, se convierte
        en Clopper y Pearson sobre los 64 trabajos.
      </p>
      <p>
        El AUC compara la puntuación de un acierto con la de un fallo solo dentro del mismo trabajo,
        porque cada trabajo tiene su modelo. Los trabajos se juntan pesados por su número de parejas
        acierto–fallo, con un intervalo t de Student a partir de la variación entre trabajos. No
        está definido cuando todos los nonces de un trabajo dan la misma salida, como con R ≤ 3. El
        bit k de la salida se cuenta en el hash leído como número: el bit 0 es el más significativo,
        el primero que compara el objetivo.
      </p>
      <p>
        Equivalencia: la página da el menor R cuyo intervalo del 95 % cae entero dentro de [0,9;
        1,1]. Es la promesa del presupuesto: unos 2.048 aciertos esperados por R dejan el intervalo
        en unos ±0,045, así que un hash que se porta como el azar cae dentro.
      </p>
    </>
  ),
};
