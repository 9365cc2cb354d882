import type { BetsProse } from './prose';

export const betsProseEs: BetsProse = {
  hook: (
    <p className="lede">
      El ordenador de un minero no adivina. Cuenta: 0, 1, 2, 3, … y calcula el hash de cada nonce
      hasta que uno sale lo bastante pequeño. ¿Seguro que elegir bien los números gana a un contador
      tonto? Haz tu apuesta y lo comprobamos con hashes reales.
    </p>
  ),
  tryIt: (
    <>
      <p>
        Elige cómo apostar: una estrategia, tus números de la suerte o regiones del espacio de
        nonces. Después fija la apuesta. Al fijarla se muestra un hash de tu apuesta, así que nadie
        (ni siquiera esta página) puede cambiarla después de la revelación.
      </p>
      <p>
        En la revelación se calculan los hashes de tus nonces y los del contador sobre las mismas
        cabeceras de bloque nuevas («trabajos»), con el mismo número de hashes cada uno. Un
        «acierto» es un hash con al menos los bits cero iniciales elegidos. Comparamos aciertos por
        hash.
      </p>
    </>
  ),
  why: (
    <>
      <h2>Por qué el contador es tan bueno como cualquiera</h2>
      <p>
        SHA-256d se comporta como un sorteo nuevo para cada entrada. Cambia un bit del nonce y el
        hash cambia por completo, sin ningún patrón. Así que cada nonce tiene exactamente la misma
        probabilidad de acertar, p = 2<sup>−N</sup> para N bits cero iniciales. Números pares,
        primos, cumpleaños o los rangos donde cayeron los ganadores reales: cada uno es otro montón
        de boletos con las mismas probabilidades.
      </p>
      <p>
        Por eso el cociente sale cerca de 1 y su intervalo de confianza del 95 % contiene el 1. El
        intervalo importa más que el número: con unos cientos de aciertos, un cociente de 1,1 o 0,9
        es ruido normal.
      </p>
    </>
  ),
  tournamentIntro: (
    <p>
      Una apuesta demuestra poco. Así que pongamos a competir 20 estrategias a la vez, sobre los
      mismos trabajos. Antes de empezar, piensa: si ninguna funciona de verdad, ¿cuántas parecerán
      ganadoras de todos modos?
    </p>
  ),
  tournamentWhy: (
    <>
      <h2>Por qué una de cada veinte «gana»</h2>
      <p>
        Un intervalo del 95 % falla el 5 % de las veces. Con 20 estrategias, eso es más o menos un
        fallo por torneo aunque nada funcione. Quien prueba muchas ideas y cuenta solo la mejor
        siempre encontrará una «ganadora».
      </p>
      <p>
        Dos comprobaciones honestas lo destapan. Primero, volver a probar a la ganadora con trabajos
        nuevos: una ganadora con suerte vuelve al 1. Segundo, corregir por el número de pruebas: el
        método de Holm ensancha los intervalos para que la probabilidad de cualquier falsa ganadora
        entre las 20 siga siendo del 5 %. El control positivo muestra la otra cara: cuando el hash
        se debilita a propósito, el mismo modelo gana con claridad.
      </p>
    </>
  ),
  deeperSummary: 'Para saber más: la estadística detrás de los números',
  deeper: (
    <>
      <p>
        <strong>El cociente y su intervalo.</strong> Tus aciertos k<sub>A</sub> y los del contador k
        <sub>B</sub> son recuentos de sucesos raros en n<sub>A</sub> y n<sub>B</sub> hashes. Dado su
        total, k<sub>A</sub> sigue una ley binomial con probabilidad de éxito r n<sub>A</sub> / (r n
        <sub>A</sub> + n<sub>B</sub>), donde r es el cociente verdadero. El intervalo exacto de
        Clopper-Pearson para esa probabilidad se convierte en un intervalo exacto para r, y la
        prueba binomial exacta de r = 1 da el valor p. No se usa ninguna aproximación normal, así
        que los números siguen siendo honestos incluso con pocos aciertos.
      </p>
      <p>
        <strong>La corrección de Holm.</strong> Ordena los 20 valores p de menor a mayor. El menor
        se prueba a 0,05/20, el siguiente a 0,05/19, y así sucesivamente, hasta el primero que no es
        significativo. Las bandas claras del gráfico son los intervalos a esos niveles.
      </p>
      <p>
        <strong>Trabajos nuevos.</strong> Cada trabajo es una cabecera nueva al azar con el formato
        real de 80 bytes. Los modelos se entrenan con trabajos distintos de los que se usan para
        probarlos. La semilla lo fija todo, y la línea de comandos da los mismos números:{' '}
        <code>npx nonce-sense experiment strategies --seed 1</code>.
      </p>
    </>
  ),
};
