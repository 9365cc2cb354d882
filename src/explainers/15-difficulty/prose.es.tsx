import type { DifficultyProse } from './prose';

export const difficultyProseEs: DifficultyProse = {
  hook: (
    <p>
      Los mineros de hoy calculan hashes billones de veces más rápido que en 2009 y, aun así, sigue
      llegando un bloque cada diez minutos más o menos. Nadie lo decide: cada nodo aplica la misma
      pequeña regla cada 2.016 bloques. Abajo, tu navegador vuelve a ejecutar esa regla sobre las
      cabeceras de bloque reales y compara su respuesta con lo que hizo de verdad la red.
    </p>
  ),
  tryIt: (
    <p>
      La regla: mide el tiempo del primer al último bloque del periodo, mantenlo entre 3,5 y 56
      días, multiplica el objetivo anterior por ese tiempo dividido entre dos semanas, no pases
      nunca del objetivo más fácil (bits 1d00ffff) y escribe el resultado en la forma compacta de
      los bits.
    </p>
  ),
  reveal: (
    <p>
      Se recalcula cada reajuste que permiten las cabeceras incluidas, y encima del gráfico se
      muestra cuántos coinciden exactamente con los bits reales: ningún número de aquí está copiado
      de otra parte.
    </p>
  ),
  why: (
    <p>
      Si los bloques salen antes de lo previsto, el periodo se acorta, el objetivo se reduce en la
      misma proporción y cada hash tiene menos probabilidad de ganar. La simulación de abajo sortea
      cada tiempo de bloque con la distribución exponencial, de media 600 s × dificultad ÷ tasa de
      hash, y aplica la misma regla: cambia la tasa de hash y verás un periodo desviarse antes de
      que el siguiente reajuste lo corrija.
    </p>
  ),
  simIntro: (
    <p>
      Elige un cambio, un periodo y una semilla. El inicio está en equilibrio (bloques de diez
      minutos); todo lo demás sale del generador con semilla, así que un enlace compartido repite la
      misma ejecución.
    </p>
  ),
  deeperSummary: 'Para saber más: el error por uno, el límite y el tope',
  deeper: (
    <>
      <p>
        El periodo abarca 2.016 bloques, pero la regla mide de su primer bloque al último: 2.015
        intervalos. Así el objetivo se fija como si los bloques llegaran un 0,05 % más rápido de lo
        que llegaron, y de media tardan unos 0,3 s más de diez minutos. Corregirlo exigiría una
        bifurcación dura, así que se queda.
      </p>
      <p>
        Hasta finales de 2009 la tasa de hash era tan baja que cada reajuste pedía un objetivo más
        fácil que el límite; el tope mantuvo los bits en 1d00ffff hasta la altura 32.256, el primer
        cambio real. El límite de ×4 y ×¼ acota cuánto puede moverse un reajuste; en los datos
        incluidos se aplica una vez, en la altura 68.544 (la avalancha de nuevos mineros de julio de
        2010).
      </p>
      <p>
        La forma compacta conserva solo tres bytes de mantisa y descarta el resto, igual que
        arith_uint256 GetCompact de Bitcoin Core: por ese redondeo la comprobación compara bits, no
        objetivos. La misma comprobación se ejecuta en la línea de órdenes: npx nonce-sense retarget
        --json.
      </p>
    </>
  ),
};
