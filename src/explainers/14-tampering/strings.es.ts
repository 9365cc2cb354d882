/** Textos del capítulo 14 en español, tipados contra los ingleses (falta una clave = error). */
import type { TamperingStrings } from './strings.en';

export const tamperingStringsEs: TamperingStrings = {
  title: 'La cadena y las manipulaciones',
  chain: {
    heading: 'Tu cadena',
    bits: 'Dificultad de cada bloque (bits cero iniciales)',
    bitsHint:
      'Unos {hashes} hashes por bloque. Las mismas transacciones dan siempre la misma cadena.',
    build: 'Construir la cadena: {blocks} bloques, unos {hashes} hashes',
    remine: 'Reminar desde el bloque {from}: {blocks} bloques, unos {hashes} hashes',
    remineWithTime:
      'Reminar desde el bloque {from}: {blocks} bloques, unos {hashes} hashes, unos {time} aquí',
    allValid: 'Todos los bloques son válidos: no hay nada que reminar',
    stop: 'Parar',
    block: 'Bloque {index}',
    tx: 'Transacción {tx} del bloque {index}',
    txTooLong:
      'Una transacción de juguete tiene como mucho {max} caracteres; solo se guardan los {max} primeros.',
    fields: {
      prev: 'Campo del hash anterior',
      merkle: 'Raíz de Merkle',
      time: 'Hora',
      bits: 'Bits',
      nonce: 'Nonce',
      hash: 'Hash del bloque',
      target: 'Objetivo',
    },
    valid: 'válido: hash por debajo del objetivo, enlazado con su padre',
    validFirst: 'válido: hash por debajo del objetivo, primer bloque',
    problems: {
      'above-target': 'inválido: hash por encima del objetivo',
      'prev-mismatch':
        'inválido: el campo del hash anterior no coincide con el hash del bloque {parent}',
      'parent-invalid': 'inválido: se apoya en un bloque inválido',
    },
    unmined: 'aún sin minar',
  },
  status: {
    idle: 'Sin empezar. No se mina nada hasta que pulses el botón.',
    running:
      'Minando el bloque {index} ({done} de {total}): {hashes} hashes hasta ahora, {rate} hashes/s.',
    paused: 'En pausa porque esta pestaña está oculta. Sigue cuando vuelvas.',
    done: 'Hecho: {total} bloques minados con {hashes} hashes en {seconds} s.',
    stopped: 'Parado mientras se minaba el bloque {index}. Los bloques ya minados se conservan.',
    error: 'Algo ha fallado: {message}',
  },
  cost: {
    heading: 'El coste de reparar',
    blocks: 'Bloques que hay que reminar',
    hashes: 'Hashes esperados (suma de 2²⁵⁶/(objetivo+1))',
    rate: 'Tu velocidad medida',
    rateValue: '{rate} hashes/s',
    time: 'Tiempo esperado aquí',
    noRate: 'se mide cuando mines',
    summary:
      'Cambiar una transacción del bloque {from} obliga a reminar {blocks} bloques: unos {hashes} hashes, unos {time} a tu velocidad medida de {rate} hashes/s.',
    summaryNoRate:
      'Cambiar una transacción del bloque {from} obliga a reminar {blocks} bloques: unos {hashes} hashes.',
    measuredFrom: 'Velocidad medida con {hashes} hashes en {seconds} s de minado en esta sesión.',
  },
  branches: {
    heading: 'Dos ramas en competencia',
    blocks: 'Bloques de la rama {name}',
    bits: 'Dificultad de la rama {name} (bits cero iniciales)',
    blocksError: 'Escribe un número entero del 1 al 1.000.',
    work: 'Trabajo acumulado de la rama {name}',
    workValue: '{work} hashes esperados ({hex})',
    length: '{blocks} bloques',
    verdict: {
      a: 'La rama A tiene más trabajo ({workA} frente a {workB} hashes esperados): los nodos siguen A.',
      b: 'La rama B tiene más trabajo ({workB} frente a {workA} hashes esperados): los nodos siguen B.',
      tie: 'Las dos ramas tienen el mismo trabajo ({workA} hashes esperados): un nodo se queda con la que vio primero.',
    },
    longerLoses: 'La rama más larga pierde: gana la de más trabajo, no la de más bloques.',
    longerWins: 'Aquí la rama más larga también tiene más trabajo.',
    sameLength: 'Las dos tienen el mismo número de bloques, así que solo decide el trabajo.',
  },
  deeper: {
    genesis: 'Calculado ahora con los bits {bits} del bloque génesis: {work}.',
  },
};
