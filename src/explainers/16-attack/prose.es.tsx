import type { AttackProse } from './prose';

export const attackProseEs: AttackProse = {
  hook: (
    <p className="lede">
      Vendes un coche por bitcoin. El pago está en un bloque, y encima hay cinco bloques más. ¿Puede
      el comprador recuperar aún el dinero? Solo construyendo en secreto una cadena más larga, más
      rápido que todos los demás juntos. ¿Qué probabilidad tiene?
    </p>
  ),
  tryIt: (
    <p>
      Elige la parte q de todo el hashing del mundo que tiene el atacante, y cuántas confirmaciones
      z esperas. La página calcula dos números: la fórmula de la sección 11 del artículo de Bitcoin
      (Nakamoto, 2008) y la probabilidad exacta de la misma carrera.
    </p>
  ),
  simIntro: (
    <p>
      Las dos fórmulas podrían estar mal. Así que a correr: miles de intentos de doble gasto, bloque
      a bloque, con el generador con semilla, y un intervalo exacto del 95 % para la proporción que
      gana el atacante.
    </p>
  ),
  why: (
    <>
      <h2>Por qué el número del artículo se desvía</h2>
      <p>
        Cada bloque nuevo es del atacante con probabilidad q y de la red honesta con p = 1 − q, como
        una moneda. Mientras la cadena honesta encuentra z bloques, el artículo cuenta los bloques
        del atacante como un número de Poisson de media z q / p. La media es correcta, pero supone
        que los bloques honestos llegan justo a su hora. No es así: a veces la cadena honesta va
        lenta y el atacante tiene más intentos. Contados tirada a tirada, los bloques del atacante
        siguen la ley binomial negativa, de cola más gruesa. Si después va d bloques por detrás,
        alcanza a la cadena honesta con probabilidad (q/p)<sup>d</sup>, la ruina del jugador; ese
        paso es igual en las dos fórmulas.
      </p>
      <p>
        Qué significa z = 6 en la práctica: seis bloques tardan más o menos una hora. Contra un
        atacante con el 10 % de la tasa de hash el artículo da un 0,024 %; el valor exacto es 0,059
        %, más del doble, aunque sigue siendo 1 entre unos 1.700. Contra un 30 % el riesgo con z = 6
        es de un 16 % (el artículo dice 13 %); contra un 45 % es de un 73 %, y ahí el artículo lo
        sobrestima un poco. Con q ≥ 0,5 el atacante gana tarde o temprano sea cual sea z: ningún
        número de confirmaciones protege contra una mayoría.
      </p>
    </>
  ),
  deeperSummary: 'Para saber más: las fórmulas, las fuentes y la tabla del 0,1 %',
  deeper: (
    <>
      <p>
        Artículo: P = 1 − Σ<sub>k=0..z</sub> Poisson(k; λ) (1 − (q/p)<sup>z−k</sup>) con λ = z q/p.
        Exacta: la misma suma con NB(k; z, p) = C(k+z−1, k) p<sup>z</sup> q<sup>k</sup>, la
        probabilidad de k bloques del atacante antes del z-ésimo bloque honesto. La forma exacta
        está en M. Rosenfeld, «Analysis of hashrate-based double spending» (2014), y en A. P. Ozisik
        y B. N. Levine, «An explanation of Nakamoto’s analysis of double-spend attacks» (2017). Las
        dos sumas se calculan aquí, en tu navegador, con las funciones de probabilidad de Poisson y
        binomial negativa de stdlib; las pruebas fijan las tablas publicadas del artículo a 7
        decimales y comparan el valor exacto con un cálculo de la carrera por programación dinámica.
      </p>
      <p>
        Las dos fórmulas suponen que el atacante empieza su cadena secreta en el mismo momento que
        el pago, y que los bloques llegan de forma independiente. Los ataques reales pueden ir mejor
        preparados (con ventaja inicial) o repetirse a bajo coste; esos casos aumentan el riesgo, no
        lo reducen.
      </p>
    </>
  ),
};
