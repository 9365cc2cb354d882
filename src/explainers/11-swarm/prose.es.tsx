import type { SwarmProse } from './prose';

export const swarmProseEs: SwarmProse = {
  hook: (
    <p className="lede">
      De los cuatro diseños de «minería con IA» de estos casos de estudio, este es el que tiene una
      idea que funciona. Vale la pena ver por qué, y dónde deja de funcionar.
    </p>
  ),
  claim: (
    <>
      <p>
        La nota de diseño, publicada en abierto, describe un bucle autónomo: percibir, razonar,
        optimizar, ejecutar. Un modelo lee registros estructurados (eventos «neuro-log»), propone un
        cambio como <code>batch_size = 512</code>, lo prueba en el 10 % del enjambre y lo aplica a
        todos si el rendimiento sube. Los mandos que nombra son el tamaño de lote, la afinidad de
        hilos y la «agresividad de la estrategia» (intensidad frente a enfriamiento).
      </p>
      <p>
        El código que lo acompaña no tiene bucle A/B ni modelo: tres reglas fijas (por ejemplo, por
        encima de 85 °C, lotes de 512 con pausas de 500 ms). Y el sistema que dirige busca claves
        privadas de direcciones con fondos. Esta página no hace eso; más abajo muestra las
        probabilidades como simple aritmética.
      </p>
    </>
  ),
  tryIt: (
    <>
      <p>
        Así que aquí está el bucle hecho con honestidad, sobre el minero que usa este sitio. Tres
        mandos: cuántos nonces lleva cada mensaje a un worker, qué parte del tiempo está ocupado un
        worker y cuántos workers calculan hashes a la vez. Empezamos con una configuración mala a
        propósito: 64 nonces por mensaje (cada mensaje cuesta un viaje de ida y vuelta), la mitad
        del tiempo parado, un solo worker.
      </p>
      <p>
        El ajustador cambia un mando un paso y lo compara con la configuración actual en una prueba
        A/B. Los dos brazos se ejecutan en tramos cortos, uno tras otro, por pares, en un orden al
        azar fijado por la semilla. La velocidad de este equipo varía y otros programas lo cargan;
        una variación frena por igual las dos mitades de un par, así que la diferencia emparejada
        sigue mostrando el efecto. Tras 4, 6, 8, 12 y 16 pares el ajustador mira el intervalo de la
        razón. Un paso se aplica solo si ese intervalo queda entero por encima de 1.
      </p>
    </>
  ),
  why: (
    <>
      <h2>Por qué funciona</h2>
      <p>
        Cada mensaje a un worker tiene un coste fijo: copiarlo, que el worker busque su trabajo, la
        respuesta. Con 64 nonces por mensaje ese coste se paga cada pocas decenas de hashes; con
        16.384 casi desaparece. Un worker parado no calcula hashes. Un segundo worker en un segundo
        núcleo casi duplica la tasa, si hay un núcleo libre. Son mejoras de ingeniería reales, y son
        las únicas que tiene la minería: <strong>más hashes por segundo</strong>, o por julio.
      </p>
      <p>
        Mirar una prueba A/B después de cada par y parar en cuanto «parece buena» aplicaría ruido.
        Aquí cada una de las cinco miradas usa el nivel 1 − 0,05/5, así que las cinco juntas
        mantienen en un 5 % como mucho la probabilidad de aplicar un cambio que no es más rápido. El
        número final no sale de las pruebas que eligieron a los ganadores: una confirmación aparte
        compara el inicio con la configuración final en tramos nuevos.
      </p>
    </>
  ),
  strategiesIntro: (
    <p>
      Ahora apunta la misma maquinaria a lo otro que un minero podría intentar ajustar: qué nonces
      probar. Los mismos trabajos para los dos brazos, la misma regla (aplicar solo si el intervalo
      queda por encima de 1), pero la medida es aciertos por hash en lugar de hashes por segundo.
      Los dos brazos calculan SHA-256d real en trabajos nuevos de la semilla, y un acierto es un
      hash con 8 bits cero iniciales.
    </p>
  ),
  keysIntro: (
    <>
      <p>
        El enjambre del diseño busca claves privadas de direcciones con fondos. Una dirección es un
        hash de 160 bits, así que una búsqueda a ciegas que prueba <em>r</em> claves por segundo
        contra <em>n</em> direcciones espera <em>r</em> × <em>t</em> × <em>n</em> ÷ 2<sup>160</sup>{' '}
        aciertos en <em>t</em> segundos. Ningún ajuste cambia ese 2<sup>160</sup>.
      </p>
      <p>
        Para tener una escala, un espacio de juguete: una clave secreta de 20 a 28 bits sacada de la
        semilla, cuya «dirección» de juguete son los primeros 8 bytes de su SHA-256. Tu dispositivo
        la encuentra probando todas las claves.
      </p>
    </>
  ),
  lesson: (
    <div className="lesson" data-testid="swarm-lesson">
      <h2>La lección</h2>
      <p>
        <strong>Optimiza los hashes por segundo, nunca la suerte por hash.</strong> Un ajustador
        honesto encuentra mejoras reales de rendimiento, y la misma prueba honesta no encuentra nada
        en los nonces, porque cada hash tiene la misma probabilidad p. Los registros estructurados
        son útiles, siempre que guarden lo que se midió y dejen vacíos los campos desconocidos.
      </p>
    </div>
  ),
  deeperSummary: 'Para saber más: la estadística del ajustador',
  deeper: (
    <>
      <p>
        Para el par <em>i</em>, sean <em>a</em>
        <sub>i</sub> y <em>b</em>
        <sub>i</sub> los hashes por segundo de la configuración actual y de la aspirante. La prueba
        usa <em>d</em>
        <sub>i</sub> = ln(<em>b</em>
        <sub>i</sub> / <em>a</em>
        <sub>i</sub>), su media y un intervalo <em>t</em> de Student con <em>n</em> − 1 grados de
        libertad; con la exponencial, acota la razón. La tabla da también el intervalo de la
        diferencia simple <em>b</em>
        <sub>i</sub> − <em>a</em>
        <sub>i</sub>. La tasa de un tramo son todos sus hashes divididos entre el tiempo hasta su
        última respuesta, así que un lote grande que se pasa del tramo no se corta. Un tramo que
        interrumpe una pestaña oculta se vuelve a medir.
      </p>
      <p>
        El tiempo parado del ciclo de trabajo se cumple en pausas de al menos 8 ms (los navegadores
        redondean los temporizadores cortos), y el que queda pendiente al final de un tramo se
        duerme antes de cerrarlo. Los workers arrancan antes del primer tramo, así que su arranque
        no cuenta contra ningún brazo.
      </p>
      <p>
        La misma ejecución desde la línea de órdenes:{' '}
        <code>npx nonce-sense experiment tuner --seed 1</code>. Sus hashes por segundo dependen del
        equipo y de su carga; los números de las estrategias de nonces los fija la semilla.
      </p>
    </>
  ),
};
