import type { ReactNode } from 'react';

/** La página «Acerca de», en español. */
export const aboutProseEs: ReactNode = (
  <>
    <p className="lede">
      Nonce Sense explica la prueba de trabajo, el rompecabezas que protege Bitcoin, dejándote
      hacerla. Es para el aula, para quien divulga ciencia y para cualquiera a quien le hayan dicho
      que una IA puede predecir el nonce ganador.
    </p>
    <h2>Nuestra promesa</h2>
    <ul>
      <li>
        <strong>Cada afirmación se comprueba en directo.</strong> Si una página dice algo sobre la
        minería, puedes ejecutar el experimento que lo respalda en tu navegador. Verás el resultado
        con su intervalo de confianza, no una ejecución elegida a dedo.
      </li>
      <li>
        <strong>Hashes de verdad.</strong> La aplicación calcula doble SHA-256 real sobre cabeceras
        reales de bloques de Bitcoin. Las cifras no son una simulación.
      </li>
      <li>
        <strong>Estadística honesta.</strong> Cada comparación tiene un presupuesto fijo, una
        referencia y un control positivo que demuestra que la prueba detectaría un efecto real.
      </li>
      <li>
        <strong>Nada sale de la página.</strong> Sin cuentas, sin rastreo, sin peticiones a otros
        sitios. Tus ejecuciones se quedan en tu dispositivo.
      </li>
      <li>
        <strong>Nada mina sin un clic.</strong> Los hashes solo empiezan cuando pulsas un botón. Se
        pausan si ocultas la pestaña y se detienen al pulsar Parar o al salir.
      </li>
    </ul>
    <h2>Código abierto</h2>
    <p>
      El código es abierto, con licencia MIT. Los datos vienen de fuentes públicas, que tienes en la
      página Fuentes.
    </p>
  </>
);
