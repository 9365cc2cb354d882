import type { HomeProse } from './home-prose';

export const homeProseEs: HomeProse = {
  intro: (
    <p className="lede">
      Para añadir un bloque a Bitcoin, un minero tiene que encontrar un número, el <em>nonce</em>,
      que haga que el hash del bloque salga lo bastante pequeño. Hay quien dice que una IA puede
      adivinarlo. Aquí lo compruebas tú: con hashes reales en tu navegador y estadística honesta.
    </p>
  ),
  audience: (
    <p>
      Está pensado para docentes y estudiantes, para divulgadores y para cualquiera a quien le hayan
      ofrecido una «IA que predice nonces». Sin cuenta, sin instalar nada, sin descargas.
    </p>
  ),
  demoIntro: (
    <p>
      Pulsa Empezar y tu dispositivo calculará hashes doble SHA-256 (SHA-256d), igual que un minero
      de Bitcoin. Mira cuántos consigue por segundo.
    </p>
  ),
  demoNote: (
    <p className="note">
      Es la cabecera real del bloque 0, el primer bloque de Bitcoin. La demo usa un objetivo
      (target) imposible, así que nunca encuentra un bloque: solo mide la velocidad. Los hashes se
      calculan en workers (hilos de trabajo) aparte. Se pausan si ocultas esta pestaña y se detienen
      al pulsar Parar o al salir de la página.
    </p>
  ),
  lessonWhy: (
    <p>
      Cada hash es un boleto de lotería nuevo, con la misma probabilidad minúscula de ganar, elijas
      el nonce que elijas. Un minero solo puede comprar más boletos por segundo. Los capítulos
      explican por qué y ponen a prueba, en directo, cuatro diseños públicos de «minería con IA».
    </p>
  ),
};
