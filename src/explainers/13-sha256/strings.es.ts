/** Textos del capítulo 13 en español, tipados contra los ingleses (falta una clave = error). */
import type { Sha256Strings } from './strings.en';

export const sha256StringsEs: Sha256Strings = {
  title: 'SHA-256 paso a paso',
  input: {
    heading: 'Tu entrada',
    source: 'Qué resumir',
    text: 'Mi propio texto (UTF-8)',
    genesis: 'La cabecera del bloque génesis de Bitcoin (80 bytes)',
    textLabel: 'Texto que resumir',
    size: '{bytes} bytes; con relleno: {blocks} × 64 bytes.',
    tooLong:
      'Son {bytes} bytes. El paso a paso muestra como mucho {max} bytes (16 bloques): acorta el texto.',
    genesisNote:
      'El bloque 0 de Bitcoin, 3 de enero de 2009. Sus 80 bytes necesitan dos bloques; el segundo lleva la hora, los bits y el nonce, que está en W[3].',
  },
  padding: {
    heading: 'Relleno',
    block: 'Bloque que recorrer',
    blockOption: 'Bloque {n} de {total}',
    parts:
      'Este bloque: bytes {message} del mensaje, {marker} el byte 0x80 (un único bit 1), {zeros} bytes cero, {length} la longitud del mensaje en bits ({bits}).',
    none: 'ninguno',
    legend:
      'Los bytes del mensaje van normales, 0x80 en negrita, la longitud subrayada y los ceros atenuados.',
  },
  stepper: {
    heading: 'Las 64 rondas',
    play: 'Reproducir',
    pause: 'Pausa',
    back: 'Paso atrás',
    forward: 'Paso adelante',
    slider: 'Rondas hechas',
    before: 'Antes de la ronda 0: a..h empiezan con el valor encadenado ({source}).',
    sourceIv: 'el valor inicial H(0)',
    sourcePrevious: 'el resultado del bloque {n}',
    after: 'Tras la ronda {round} de 63.',
    keys: 'Teclado: enfoca el deslizador y usa las flechas, Inicio y Fin.',
    reducedMotion:
      'Movimiento reducido activado: Reproducir avanza un paso por segundo sin animación.',
  },
  round: {
    heading: 'Ronda {round}',
    w: 'W[{round}]',
    k: 'K[{round}]',
    t1: 'T1 = h + Σ1(e) + Ch(e, f, g) + K + W',
    t2: 'T2 = Σ0(a) + Maj(a, b, c)',
    newA: 'nueva a = T1 + T2',
    newE: 'nueva e = d + T1',
    none: 'Aún no hay ronda: avanza un paso para hacer la ronda 0.',
  },
  state: {
    heading: 'Variables de trabajo a..h',
    changed: '{count} bits cambiados',
    changedOne: '1 bit cambiado',
    total: '{count} de 256 bits cambiados desde el paso anterior.',
    hint: 'Los bits cambiados van en negrita y subrayados.',
    shifted:
      'En cada ronda solo a y e son nuevas: b, c, d y f, g, h son las anteriores a, b, c y e, f, g bajadas un puesto.',
  },
  schedule: {
    heading: 'Programa de mensaje W[0..63]',
    note: 'W[0..15] son las 16 palabras del bloque; cada palabra posterior mezcla cuatro anteriores: W[t] = σ1(W[t−2]) + W[t−7] + σ0(W[t−15]) + W[t−16].',
    current: 'usada en esta ronda',
  },
  digest: {
    heading: 'El resultado',
    blockOut: 'Tras el bloque {n}: el valor encadenado más a..h tras la ronda 63',
    digest: 'SHA-256 de estos pasos',
    noble: 'SHA-256 de @noble/hashes',
    match: 'Iguales: los pasos de arriba son el SHA-256 de verdad.',
    mismatch: 'Distintos: es un error, por favor avísanos.',
  },
};
