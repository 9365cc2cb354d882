import type { TamperingProse } from './prose';

export const tamperingProseEs: TamperingProse = {
  hook: (
    <p className="lede">
      ¿Podría alguien cambiar a escondidas un pago antiguo de una cadena de bloques? Solo si rehace
      el trabajo. Construye una cadena pequeña, cambia una transacción y cuenta lo que costaría
      ocultarlo.
    </p>
  ),
  tryIt: (
    <p>
      Los cinco bloques de abajo usan el formato real de Bitcoin: cabeceras de 80 bytes, cada una
      con el hash del bloque anterior. Cada raíz de Merkle se calcula con la regla de Bitcoin a
      partir de las transacciones del bloque. Las transacciones son de juguete: una línea de texto,
      y su identificador es el doble SHA-256 de ese texto. Pulsa el botón para minar la cadena en tu
      navegador. Después edita cualquier transacción.
    </p>
  ),
  why: (
    <>
      <h2>Por qué un cambio rompe todos los bloques posteriores</h2>
      <p>
        Un cambio cambia el identificador de la transacción; así cambia la raíz de Merkle, y con
        ella la cabecera. Su nuevo hash es un número aleatorio nuevo, casi seguro por encima del
        objetivo. Ese bloque necesita otro nonce: hay que minarlo otra vez.
      </p>
      <p>
        Al minarlo recibe un hash nuevo. El campo del hash anterior del siguiente bloque aún guarda
        el viejo, así que ese bloque también debe cambiar y minarse, y así hasta la punta. El coste
        de una mentira crece con su edad: cada bloque encima suma todo su trabajo.
      </p>
      <p>
        Mientras tanto, los mineros honrados siguen añadiendo bloques. Para alcanzarlos, el
        falsificador necesita más potencia de hash que todos ellos; el capítulo sobre ataques de
        mayoría pone números a esa carrera.
      </p>
    </>
  ),
  branchesIntro: (
    <p>
      Cuando compiten dos ramas, ¿cuál siguen los nodos? No la más larga: la que tiene más trabajo.
      El trabajo de un bloque es el número de hashes que se espera hacer para encontrarlo,
      2²⁵⁶/(objetivo+1). Elige dos ramas y compáralas.
    </p>
  ),
  branchesWhy: (
    <p>
      Si decidiera la longitud, un falsificador podría hacer muchos bloques baratos con un objetivo
      fácil. Contar el trabajo hace que cada bloque valga lo que costó. La dificultad está escrita
      en cada cabecera (el campo bits), así que cualquier nodo puede sumar el trabajo por sí mismo.
    </p>
  ),
  deeperSummary: 'Para saber más: las reglas exactas que se usan aquí',
  deeper: (genesisLine) => (
    <>
      <p>
        El árbol de Merkle: se hace el doble SHA-256 de cada par de identificadores, los 64 bytes
        izquierdo y luego derecho. Si un nivel tiene un número impar de hashes, el último se
        empareja consigo mismo. Se repite hasta que queda un hash. Con una sola transacción, la raíz
        es su identificador, como en el bloque génesis. Los hashes van en la cabecera en el orden
        interno de bytes y se muestran al revés, como hacen los exploradores de bloques.
      </p>
      <p>
        Válido significa aquí tres comprobaciones: el hash es menor o igual que el objetivo que
        codifica el campo bits; el campo del hash anterior es igual al hash del padre (ceros en el
        primer bloque); y el padre es válido. Los nodos reales comprueban mucho más (firmas,
        importes, horas); las transacciones de juguete no tienen firmas.
      </p>
      <p>
        El trabajo por bloque es GetBlockProof de Bitcoin Core: (~objetivo / (objetivo + 1)) + 1 en
        aritmética de 256 bits, que es 2²⁵⁶/(objetivo+1) redondeado hacia abajo. Para el bloque
        génesis real vale 0x100010001. {genesisLine}
      </p>
      <p>
        El coste de reparar suma el trabajo de cada bloque desde el primero inválido hasta la punta.
        El tiempo lo divide por la velocidad de hash medida en esta sesión. El minado usa el mismo
        conjunto de workers que el capítulo «Mina un bloque». Los nonces se recorren desde 0 en
        orden, así que las mismas transacciones dan siempre la misma cadena.
      </p>
    </>
  ),
};
