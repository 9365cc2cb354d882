import type { PredictorProse } from './prose';

export const predictorProseEs: PredictorProse = {
  hook: (
    <p className="lede">
      Un minero cuenta: nonce 0, 1, 2, … y calcula el hash de cada uno. ¿Puedes escribir una función
      que elija nonces mejores? Mucha gente cree que un programa listo, o una IA, podría. Aquí
      puedes probarlo: escribe la función y se pone a prueba con hashes reales frente al simple
      contador.
    </p>
  ),
  tryIt: (
    <p>
      Tu código se ejecuta sobre trabajos nuevos que nunca ha visto: cabeceras de bloque de 80 bytes
      creadas a partir de la semilla. Puede puntuar nonces candidatos (se calcula el hash de los
      mejores) o proponer nonces él mismo. Después se calcula el doble SHA-256 real de cada nonce
      propuesto, y sus aciertos se comparan con los del contador en los mismos trabajos y con el
      mismo número de hashes.
    </p>
  ),
  why: (
    <>
      <h2>Por qué ninguna función gana al contador</h2>
      <p>
        Un acierto depende del hash de toda la cabecera, nonce incluido. SHA-256d se comporta como
        una función aleatoria: si cambias un bit del nonce, cambia más o menos la mitad de los bits
        de salida, sin ningún patrón conocido. Así que, antes de calcular el hash, todos los nonces
        tienen la misma probabilidad p de acertar, piense lo que piense tu función.
      </p>
      <p>
        Puntuar nonces solo cambia el orden de billetes que tienen todos las mismas opciones. Nonces
        pequeños, nonces «con pinta aleatoria», nonces copiados de la cabecera: cada uno es un
        billete más. La única forma de encontrar más aciertos por segundo es calcular más hashes por
        segundo.
      </p>
      <p>
        Hay una forma de «ganar»: calcular los hashes dentro de tu propia función y proponer solo
        los aciertos. Eso es minar, no predecir. Por eso se muestra el tiempo que tarda tu código,
        junto con los hashes que este dispositivo habría calculado en ese mismo tiempo.
      </p>
    </>
  ),
  sandbox: (
    <>
      <h2>Cómo se mantiene tu código en su caja</h2>
      <p>
        Tu código se ejecuta en su propio Web Worker, un hilo aparte sin página que tocar. Antes de
        ejecutarlo se desactivan la red, el almacenamiento y los demás workers, y también convertir
        texto en código. El código que menciona <code>import(</code> o <code>importScripts</code> se
        rechaza antes de ejecutarse. Las reservas grandes de memoria se descuentan de un
        presupuesto. Un vigilante en la página cierra el worker si tu código tarda demasiado.
      </p>
      <p>
        Tu código nunca se puntúa a sí mismo. Solo devuelve nonces, o puntuaciones para los
        candidatos que recibió. Eso se comprueba y luego se calcula y se cuenta en un segundo
        worker, limpio, donde nunca se ejecutó nada tuyo. Así que ni un código que manipule todo lo
        que alcanza puede falsear un resultado.
      </p>
    </>
  ),
  deeperSummary: 'Para saber más: la prueba, el intervalo y los límites del entorno aislado',
  deeper: (
    <>
      <p>
        Los aciertos de cada lado se cuentan sobre el mismo número de hashes. Si cada hash acierta
        con la misma probabilidad p, entonces, dado el total de aciertos k, la parte de tu lado
        sigue una ley Binomial(k, ½). El intervalo exacto (Clopper–Pearson) de esa parte da el IC 95
        % del cociente de tasas de acierto. La prueba binomial exacta de «parte = ½» da el valor p.
        Con 32 trabajos de 1.024 hashes a 8 bits, cada lado espera 128 aciertos, y el intervalo va
        más o menos de 0,78 a 1,28. Solo se notaría una ventaja grande; una pequeña necesita más
        hashes.
      </p>
      <p>
        En el modo score tu función puntúa 4 × budget candidatos aleatorios por trabajo, y se
        calcula el hash de los budget mejores. En caso de empate gana el candidato anterior. Los
        candidatos y los trabajos salen de la semilla, y Math.random dentro de tu código también.
        Así que la misma semilla y el mismo código repiten la misma ejecución, acierto por acierto.
      </p>
      <p>
        El guardián no lo ve todo. La memoria que crece añadiendo elementos a arrays normales, o
        duplicando un texto, no se cuenta, y solo el límite de tiempo la acota. Lo peor que puede
        hacer ese código es ralentizar o bloquear esta pestaña. Nunca puede cambiar un recuento,
        porque el recuento se hace en otro sitio.
      </p>
    </>
  ),
};
