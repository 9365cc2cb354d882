import type { HashProse } from './prose.en';

/** Capítulo 1, «El hash», en español (en: prose.en.tsx). */
export const hashProseEs: HashProse = {
  hook: (
    <>
      <p className="lede">
        Cambia una letra de un mensaje y su huella cambia por completo. No un poco: más o menos la
        mitad, siempre. ¿Ves algún patrón? Inténtalo.
      </p>
      <p>
        Una <strong>función hash</strong> convierte cualquier entrada, una palabra o una película
        entera, en una salida corta y de tamaño fijo. En SHA-256 son 256 bits, que se escriben como
        64 dígitos hex. Minar bitcoin es buscar una entrada cuyo hash sea pequeño. Aquí verás por
        qué esa búsqueda solo se puede hacer probando.
      </p>
    </>
  ),
  playgroundIntro: (
    <p>
      Escribe abajo. El hash cambia con cada tecla. Puedes leer la entrada como texto o como bytes
      escritos en hex. SHA-256d es aplicar SHA-256 dos veces: la versión que usa Bitcoin.
    </p>
  ),
  flipIntro: (
    <p>
      Ahora elige un bit de tu entrada y cámbialo: un 0 pasa a 1, o un 1 pasa a 0. La cuadrícula te
      enseña cuáles de los 256 bits de salida han cambiado.
    </p>
  ),
  avalancheIntro: (
    <p>
      Un solo cambio no demuestra mucho. Así que vamos a cambiar 10.000 bits al azar en 10.000
      mensajes al azar y a contar, cada vez, cuántos bits de salida cambian. El cálculo va en
      segundo plano y usa la semilla que ves, para que cualquiera pueda repetirlo.
    </p>
  ),
  avalancheWhy: (
    <>
      <h3>Por qué</h3>
      <p>
        Cada bit de salida se porta como una moneda: tras el cambio, cambia con probabilidad ½, da
        igual qué bit de entrada toques. 256 monedas dan 128 de media, con unos 8 arriba o abajo. Es
        el <strong>efecto avalancha</strong>. Un cambio mínimo al entrar, un cambio al azar al
        salir.
      </p>
      <p>
        Por eso un hash parecido al que buscas no te dice nada de las entradas cercanas. No hay
        «frío» ni «caliente».
      </p>
    </>
  ),
  avalancheDeeper: (
    <>
      <p>
        Si los 256 bits cambian cada uno con probabilidad ½ y sin depender unos de otros, el número
        de bits cambiados sigue una Binomial(256, ½): media 256 · ½ = 128 y desviación típica √(256
        · ½ · ½) = 8. La media de 10.000 cambios tiene un error típico de 8 / √10.000 = 0,08. En 95
        de cada 100 ejecuciones debería caer a menos de 0,16 de 128.
      </p>
      <p>
        El ajuste se mide con la prueba chi-cuadrado de Pearson. Las casillas con menos de 5 cambios
        esperados se juntan. El valor p es la probabilidad de que una Binomial(256, ½) de verdad se
        aleje al menos así. Si la teoría es cierta, p cae en cualquier punto entre 0 y 1; solo un
        valor muy pequeño sería una alarma.
      </p>
    </>
  ),
  uniformityIntro: (
    <p>
      Una entrada predecible no da una salida predecible. Aquí las entradas son lo más aburridas
      posible: los textos «1:0», «1:1», «1:2», etc. (el primer número es la semilla). Calculamos el
      hash de todas y miramos el primer byte y cuántos bits cero tiene cada resumen al principio.
    </p>
  ),
  uniformityWhy: (
    <>
      <h3>Por qué</h3>
      <p>
        Si las salidas son uniformes, los 256 valores del primer byte salen igual de a menudo. Y un
        resumen empieza con al menos k bits cero con probabilidad 2<sup>−k</sup>: uno de cada 2
        empieza por 0, uno de cada 4 por 00, uno de cada 256 por ocho ceros. Cada cero más divide la
        probabilidad a la mitad.
      </p>
      <p>
        Esa mitad es toda la prueba de trabajo. Para encontrar un hash con 70 bits cero iniciales
        tienes que probar unas 2<sup>70</sup> entradas. No hay atajo: solo más intentos por segundo.
      </p>
    </>
  ),
  uniformityDeeper: (
    <>
      <p>
        «Exactamente k bits cero» tiene probabilidad 2<sup>−(k+1)</sup>: los k primeros bits son 0 y
        el siguiente es 1. El gráfico usa escala logarítmica, así que lo esperado cae en una recta.
        Los bigotes son intervalos de Wilson al 95 % para cada cuenta.
      </p>
      <p>
        La prueba del primer byte tiene 255 grados de libertad. Si la repites con muchas semillas,
        unas 5 de cada 100 darán p por debajo de 0,05: es lo que hacen los valores p cuando no pasa
        nada raro.
      </p>
      <p>
        Entradas grandes: pega más de 256 KB o elige un archivo, y la página calcula su hash en un
        worker, de 1 MB en 1 MB, sin mostrar la entrada entera.
      </p>
    </>
  ),
};
