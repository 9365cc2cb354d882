import type { Sha256Prose } from './prose';

export const sha256ProseEs: Sha256Prose = {
  hook: (
    <p className="lede">
      Cada minero calcula SHA-256 billones de veces por segundo. ¿Qué pasa de verdad dentro de un
      hash? Nada mágico: relleno, 64 palabras de programa y 64 rondas de sumar, rotar y mezclar ocho
      números de 32 bits. Aquí puedes ver cada uno de esos números para tu propio texto.
    </p>
  ),
  tryIt: (
    <p>
      Escribe un texto, o elige la cabecera real del primer bloque de Bitcoin. Luego recorre las
      rondas paso a paso. Cada valor en pantalla se calcula aquí, en tu navegador, y al final el
      resumen se compara con una biblioteca SHA-256 independiente.
    </p>
  ),
  why: (
    <>
      <h2>Por qué un bit cambiado lo cambia todo</h2>
      <p>
        Mira los recuentos de bits: tras unas pocas rondas cambian en cada paso más o menos la mitad
        de los 256 bits. Cada ronda mezcla a y e con rotaciones, sumas (cuyos acarreos extienden los
        cambios a la izquierda) y las funciones de elección y mayoría. Tras 64 rondas ningún patrón
        sencillo une la entrada con la salida.
      </p>
      <p>
        Por eso un minero no puede apuntar a un hash pequeño. Cambiar el nonce en W[3] del segundo
        bloque cambia el resultado de forma impredecible, así que la única manera de encontrar un
        hash por debajo del objetivo es probar un nonce tras otro.
      </p>
    </>
  ),
  deeperSummary: 'Más a fondo: las fórmulas exactas (FIPS 180-4)',
  deeper: (
    <>
      <p>
        Relleno (sección 5.1.1): se añade un bit 1 (el byte 0x80), luego bytes cero hasta que la
        longitud sea 56 módulo 64, y después la longitud del mensaje en bits como número de 64 bits
        big-endian. Así un mensaje de 55 bytes cabe en un bloque y uno de 56 necesita dos.
      </p>
      <p>
        Programa (6.2.2): W[t] es la palabra t del bloque si t &lt; 16, y si no σ1(W[t−2]) + W[t−7]
        + σ0(W[t−15]) + W[t−16], con σ0(x) = ROTR7 ⊕ ROTR18 ⊕ SHR3 y σ1(x) = ROTR17 ⊕ ROTR19 ⊕
        SHR10. Todas las sumas son módulo 2³².
      </p>
      <p>
        Ronda t: T1 = h + Σ1(e) + Ch(e, f, g) + K[t] + W[t], T2 = Σ0(a) + Maj(a, b, c), y luego h =
        g, g = f, f = e, e = d + T1, d = c, c = b, b = a, a = T1 + T2. Σ0 = ROTR2 ⊕ ROTR13 ⊕ ROTR22,
        Σ1 = ROTR6 ⊕ ROTR11 ⊕ ROTR25, Ch(e, f, g) toma f donde e vale 1 y g donde vale 0, Maj toma
        el bit mayoritario. Tras la ronda 63, a..h se suman al valor encadenado.
      </p>
      <p>
        Las constantes K son los primeros 32 bits de las partes fraccionarias de las raíces cúbicas
        de los 64 primeros primos; H(0) sale de las raíces cuadradas de los 8 primeros. Las pruebas
        unitarias comprueban esta traza con el ejemplo publicado por el NIST para «abc».
      </p>
    </>
  ),
};
