import type { MineProse } from './prose';

export const mineProseEs: MineProse = {
  hook: (
    <p className="lede">
      Los mineros de verdad hacen una sola cosa todo el día: cambian un número y vuelven a calcular
      el hash. Aquí vas a hacer lo mismo, con un bloque real de Bitcoin y doble SHA-256 de verdad.
      ¿Cuánto vas a tardar?
    </p>
  ),
  blockIntro: (
    <p>
      Estos campos son de un bloque real de los datos incluidos. Conservas su hash del bloque
      anterior, su raíz de Merkle y su marca de tiempo. Solo cambias el objetivo (target) por una
      dificultad que tu dispositivo pueda asumir. Los workers buscan un nonce que deje el hash lo
      bastante pequeño.
    </p>
  ),
  tryIt: (
    <p>
      Elige una dificultad y haz tu apuesta. Cada bit de más duplica el trabajo. Nada se ejecuta
      hasta que pulses el botón, y Parar siempre funciona.
    </p>
  ),
  why: (
    <>
      <h2>Por qué cuesta lo que cuesta</h2>
      <p>
        Un hash parece aleatorio. Un hash con <em>N</em> bits cero iniciales sale, de media, una vez
        cada 2<sup>N</sup> intentos. Da igual qué nonces pruebes y en qué orden.
      </p>
      <p>
        Así que lo esperado depende solo de la dificultad. Tu bloque puede llegar antes o después:
        eso es suerte, y la medimos en el capítulo 4. Lo único que controlas es cuántos hashes
        calculas por segundo. Añade un worker y verás subir la tasa; los intentos necesarios no
        cambian.
      </p>
    </>
  ),
  ladderIntro: (
    <p>
      Ahora toma tu velocidad medida y llévala a gran escala. ¿Cuánto tardaría este dispositivo en
      un bloque real? La escalera usa una escala logarítmica: cada paso a la derecha es diez veces
      más largo.
    </p>
  ),
  ladderWhy: (
    <p>
      Toda la red encuentra un bloque cada diez minutos, más o menos, porque calcula cientos de
      trillones de hashes por segundo. Nadie encuentra bloques adivinando bien. Los encuentra
      calculando más.
    </p>
  ),
  deeperSummary: 'Para saber más: objetivos, bits y la tasa de la red',
  deeper: (
    <>
      <p>
        El objetivo para <em>N</em> bits cero iniciales es 2<sup>256−N</sup> − 1. La cabecera lo
        guarda en el campo compacto <code>bits</code>, que solo conserva 3 bytes. Por eso el
        objetivo que usamos es un pelín menor, y cada hash encontrado tiene al menos <em>N</em> bits
        a cero. Un hash cumple el objetivo con probabilidad p = (objetivo + 1) / 2<sup>256</sup>.
        Los intentos hasta el primer acierto siguen una distribución geométrica de media 1/p.
      </p>
      <p>
        En una carrera, el 95 % de los resultados cae entre −ln(0,975)/p ≈ 0,025/p y −ln(0,025)/p ≈
        3,7/p. Cerca del 37 % (e<sup>−1</sup>) de las carreras necesita más de 1/p intentos. Por eso
        la barra de progreso puede pasar del 100 %.
      </p>
      <p>
        La tasa de la red es dificultad × 2<sup>32</sup> / 600 s. Con dificultad 1, un bloque cuesta
        unos 2<sup>32</sup> hashes, y Bitcoin busca un bloque cada 600 segundos. La dificultad sale
        del campo <code>bits</code> de la cabecera más reciente de los datos. Los workers recorren
        los nonces en orden desde un nonce inicial; cuando se gastan los 2<sup>32</sup>, la marca de
        tiempo avanza un segundo y la búsqueda sigue.
      </p>
    </>
  ),
};
