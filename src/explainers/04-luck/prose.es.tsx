import type { LuckProse } from './prose';

export const luckProseEs: LuckProse = {
  hook: (
    <p className="lede">
      Hay bloques que salen rápido y otros que tardan una eternidad. ¿Tiene un minero rachas? Tras
      mucho tiempo sin premio, ¿ya le toca? Vamos a hacer muchas carreras y a mirar los números.
    </p>
  ),
  tryIt: (
    <p>
      Cada carrera calcula hashes hasta dar con uno que tenga los bits cero iniciales pedidos. Luego
      empieza la siguiente. Es minería real en tu navegador, no una simulación. La semilla fija la
      cabecera y el primer nonce: con la misma semilla, las carreras se repiten igual en cualquier
      sitio.
    </p>
  ),
  why: (
    <>
      <h2>Por qué la suerte tiene esta forma</h2>
      <p>
        Cada hash es un boleto nuevo con la misma probabilidad p de premio. Por eso los intentos por
        carrera siguen la ley geométrica: las carreras cortas son las más comunes, y unas pocas se
        alargan muchísimo.
      </p>
      <p>
        La media se asienta en 1/p. Una carrera no dice casi nada; cientos de carreras te dicen p.
        Ningún truco cambia la probabilidad de cada hash. Solo más hashes por segundo hacen que las
        carreras acaben antes en el reloj.
      </p>
    </>
  ),
  memoryIntro: (
    <p>
      Ahora fíjate en las carreras que ya llevaban muchos fallos. ¿Estaban cerca del premio? Haz tu
      apuesta y luego mira tus propios datos.
    </p>
  ),
  memoryWhy: (
    <p>
      El siguiente hash no sabe cuántos fallaron antes. Así que, lleves los fallos que lleves, aún
      te faltan 1/p intentos de media, igual que en una carrera nueva. Creer que “ya toca” es la
      falacia del jugador. La minería no tiene memoria.
    </p>
  ),
  varianceIntro: (
    <p>
      Si la suerte no se puede cambiar, ¿se puede suavizar? Eso hacen los pools de minería. Muchos
      mineros reparten el trabajo y los premios, y a cada uno se le paga por “shares” más fáciles.
    </p>
  ),
  varianceWhy: (
    <p>
      Esta parte es una simulación: los minutos se sacan de la ley de Poisson con tu tasa medida y
      la semilla que ves, no se minan en directo. De media, el minero en solitario y el del pool
      ganan exactamente lo mismo. El pool solo quita los bandazos. No añade ni un hash.
    </p>
  ),
  deeperSummary: 'Para saber más: la ley geométrica y el intervalo',
  deeper: (
    <>
      <p>
        Con probabilidad p por hash, los intentos hasta el primer acierto, K, cumplen P(K = k) = (1
        − p)<sup>k−1</sup> p y P(K ≤ k) = 1 − (1 − p)<sup>k</sup>. La media es 1/p y la desviación
        típica es también de unos 1/p. Sin memoria: P(K &gt; n + m | K &gt; n) = P(K &gt; m).
      </p>
      <p>
        El intervalo de tu media es exacto para esperas exponenciales: 2S·p sigue una chi cuadrado
        con 2n grados de libertad, donde S es la suma de n carreras. Con p ≤ 2<sup>−12</sup>, la ley
        geométrica y la exponencial difieren en menos de un intento. El intervalo está sesgado a la
        derecha, como la dispersión de una media de esperas.
      </p>
      <p>
        Las carreras salen de una sola búsqueda: los workers prueban los nonces en orden, y los
        huecos entre aciertos seguidos son las carreras. El hash de cada nonce es un sorteo
        independiente, así que los huecos también lo son. Los bigotes del histograma marcan dónde
        debería caer el 95 % de cada barra si la ley es correcta.
      </p>
      <p>
        Solo frente a pool (Rosenfeld, 2011): en un tiempo t con tasa h, los bloques siguen una
        Poisson de media h·t·p<sub>bloque</sub>. Los shares siguen una Poisson de media h·t·p
        <sub>share</sub>, y cada uno se paga p<sub>bloque</sub>/p<sub>share</sub>. Las medias son
        iguales; la desviación típica del pool es menor en un factor √(p
        <sub>share</sub>/p<sub>bloque</sub>).
      </p>
    </>
  ),
};
