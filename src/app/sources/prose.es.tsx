import type { SourcesProse } from './sources-prose';

export const sourcesProseEs: SourcesProse = {
  intro: (
    <p className="lede">
      Todas las cabeceras de bloque y todos los vectores de prueba de esta aplicación son datos
      públicos. Salen de los archivos de prueba de los proyectos de código abierto de abajo. Aquí se
      volvieron a comprobar por separado: la prueba de trabajo de cada cabecera, sus enlaces con las
      vecinas y las reglas de dificultad.
    </p>
  ),
  bitcoinHeading: 'Cabeceras de bloques de Bitcoin',
  bitcoinIntro: (
    <p>
      29.650 cabeceras reales de la cadena principal, del bloque 0 al 878.976. Muchas aparecen en
      varias fuentes con los mismos bytes. Cada una se atribuye a una sola fuente principal, así que
      las cifras de abajo suman 29.650.
    </p>
  ),
  licenceFootnote: (
    <p className="note">
      * El archivo de licencia del repositorio es la «vBTC Public License v1»; sus archivos de
      código dicen MIT. Las cabeceras 0 a 8.999 también están en bitcoin-s/bitcoin-s (MIT).
    </p>
  ),
  sha256Heading: 'Vectores de prueba de SHA-256',
  sha256Intro: (
    <p>
      La función hash se comprueba con los ejemplos publicados junto al estándar (NIST FIPS 180-2,
      apéndice B: «abc», el mensaje de 448 bits y un millón de «a»), con los casos límite de relleno
      de Bitcoin Core (la cadena vacía, 63, 64 y 80 bytes) y con el doble SHA-256 de la cabecera del
      bloque génesis.
    </p>
  ),
  appHeading: 'Esta aplicación',
  appLicence: (
    <p>
      Nonce Sense es código abierto con licencia MIT. No carga nada de otros sitios: la página, su
      código y sus datos vienen del mismo lugar desde el que la abriste.
    </p>
  ),
};
