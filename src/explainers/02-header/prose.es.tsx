import type { HeaderProse } from './prose.en';

/** Capítulo 2, «La cabecera del bloque y el objetivo», en español (en: prose.en.tsx). */
export const headerProseEs: HeaderProse = {
  hook: (
    <>
      <p className="lede">
        Cada bloque de Bitcoin empieza con 80 bytes. Cualquiera puede comprobarlos en un
        milisegundo. Encontrarlos le costó a toda la red unos diez minutos. ¿Qué hay dentro?
      </p>
      <p>
        La <strong>cabecera del bloque</strong> tiene seis campos: una versión, el hash del bloque
        anterior, la raíz de Merkle (una huella de todas las transacciones del bloque), una marca de
        tiempo, el objetivo en una forma compacta llamada <strong>bits</strong> y el{' '}
        <strong>nonce</strong>, un número que el minero puede cambiar a su gusto. Aquí puedes cargar
        cabeceras reales y comprobarlas tú.
      </p>
    </>
  ),
  editorIntro: (
    <p>
      Edita cualquier campo, o el hex en bruto, y todo lo demás se actualiza. Pasa el ratón o el
      foco por un campo para ver dónde están sus bytes en la cabecera. La página empieza con el
      bloque génesis, minado el 3 de enero de 2009.
    </p>
  ),
  littleEndian: (
    <>
      <h3>Dónde muerde el orden de los bytes</h3>
      <p>
        Bitcoin guarda sus números en <strong>little-endian</strong>: el byte menos significativo
        primero. El nonce del génesis es 2.083.236.893, que en hex es 7c2bac1d, pero la cabecera
        guarda los bytes 1d ac 2b 7c. Los bits 1d00ffff están en la cabecera como ff ff 00 1d.
      </p>
      <p>
        Los hashes son la otra trampa. Los exploradores de bloques muestran el hash al revés, para
        que se lea como un número con los ceros delante. La cabecera guarda el hash anterior en el
        otro orden: mira los ceros del hash anterior de un bloque real, están al final de sus bytes.
      </p>
    </>
  ),
  verifyIntro: (
    <p>
      Un bloque es una prueba de trabajo válida cuando su hash, leído como un número de 256 bits, no
      supera el <strong>objetivo (target)</strong>. El objetivo sale del campo bits. La página
      comprueba la cabecera de arriba en directo, con SHA-256d de verdad, en tu dispositivo.
    </p>
  ),
  verifyWhy: (
    <>
      <h3>Por qué</h3>
      <p>
        Compara los dos números cifra a cifra, desde la izquierda, como dos precios. Manda la
        primera cifra en la que se diferencian. El hash del génesis tiene más ceros de los que pide
        el objetivo, así que gana en la novena cifra.
      </p>
      <p>
        Cambia cualquier cosa, aunque sea un bit del nonce, y el hash cambia por completo (capítulo
        1). El hash nuevo vale lo que un número al azar. Con dificultad 1, un hash al azar cumple el
        objetivo más o menos una vez cada 4.300 millones de intentos. Por eso tu bloque editado no
        es válido.
      </p>
    </>
  ),
  verifyDeeper: (
    <>
      <p>
        Los bits son un número de coma flotante diminuto. El primer byte es un exponente e (una
        longitud en bytes), los otros tres una mantisa m, y objetivo = m × 256<sup>e − 3</sup>. Los
        bits 1d00ffff dan 0xffff × 256<sup>26</sup>, el objetivo de dificultad 1, 00000000ffff0000…
      </p>
      <p>
        El bit 0x00800000 de la mantisa es un signo. Bitcoin Core rechaza un objetivo negativo, uno
        que no cabe en 256 bits (desbordamiento) y uno igual a cero. Prueba los bits 04923456
        (negativo) o ff123456 (desbordamiento).
      </p>
      <p>
        La dificultad es el objetivo de dificultad 1 dividido entre el objetivo actual. p es
        (objetivo + 1) / 2<sup>256</sup>, la probabilidad de que un hash uniforme sea lo bastante
        pequeño, y el número esperado de hashes es 1/p.
      </p>
    </>
  ),
  sliderIntro: (
    <p>
      Ahora pon tú la dificultad, en <strong>bits</strong>: un objetivo que pide N bits cero
      iniciales lo cumple un hash de cada 2<sup>N</sup>. El control se mueve de bit en bit, no de
      dígito hex en dígito hex: cada cero hex son 4 bits, 16 veces más trabajo.
    </p>
  ),
  sliderWhy: (
    <>
      <h3>Por qué</h3>
      <p>
        Cada bit cero divide a la mitad la parte de hashes que valen. Cuatro bits la dividen cuatro
        veces: ½ × ½ × ½ × ½ = 1/16. Así que un cero hex multiplica por 16 el trabajo esperado, y
        contar ceros hex esconde quince pasos intermedios.
      </p>
      <p>
        Bitcoin reajusta la dificultad cada 2.016 bloques para que toda la red tarde unos diez
        minutos por bloque. Carga arriba el bloque más reciente de los datos (altura 878.976, enero
        de 2025) y el panel calcula sus bits de trabajo a partir de su propio campo bits.
      </p>
    </>
  ),
  sliderDeeper: (
    <>
      <p>
        El objetivo para N bits cero es 2<sup>256 − N</sup> − 1: todo hash por debajo de 2
        <sup>256 − N</sup> empieza con al menos N bits cero, y un hash uniforme cae ahí con
        probabilidad exactamente 2<sup>−N</sup>.
      </p>
      <p>
        El campo bits solo guarda 3 bytes significativos, así que el valor de bits más cercano
        redondea el objetivo un poco hacia abajo. 32 bits cero dan bits 1d00ffff, dificultad 1
        (salvo un factor 0xffff / 0x10000).
      </p>
    </>
  ),
};
