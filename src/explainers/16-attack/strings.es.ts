/** Chapter 16 UI strings in Spanish (see strings.en.ts). */
import type { AttackStrings } from './strings.en';

export const attackStringsEs: AttackStrings = {
  title: 'El ataque del 51 %',
  controls: {
    heading: 'El atacante y el comerciante',
    q: 'Parte de la tasa de hash del atacante, q (de 0 a 1)',
    qError: 'Escribe un decimal de 0 a 1, como 0.1 o 0.3.',
    z: 'Confirmaciones que espera el comerciante, z',
    zError: 'Escribe un número entero de 0 a 1.000.',
    zHint: 'Con un bloque cada 10 minutos más o menos, z = {z} son unos {minutes} minutos.',
  },
  reveal: {
    paper: 'Fórmula del artículo (Poisson)',
    exact: 'Exacta (binomial negativa)',
    ratio: 'Artículo ÷ exacta',
    difference: 'Artículo − exacta',
    summary:
      'Con q = {q} y z = {z}, el atacante alcanza a la cadena honesta con probabilidad {exact}. La fórmula del artículo dice {paper}: {direction}.',
    understates: 'subestima el riesgo por un factor de {factor}',
    overstates: 'sobrestima el riesgo por un factor de {factor}',
    agrees: 'las dos coinciden en cuatro cifras',
    certain: 'Con q ≥ 0,5 el atacante gana tarde o temprano, sea cual sea z: las dos dan 1.',
  },
  chart: {
    title: 'Probabilidad del atacante según z, para q = {q}',
    xLabel: 'confirmaciones z',
    yLabel: 'probabilidad (escala logarítmica)',
    aria: 'Probabilidad de que el atacante alcance a la cadena honesta según z, en escala logarítmica: exacta y del artículo.',
    exact: 'exacta',
    paper: 'artículo',
    takeaway:
      'Cada confirmación divide la probabilidad del atacante por un factor casi constante; en z = {z} el valor del artículo es {ratio} veces el exacto.',
    takeawayCertain: 'Con q ≥ 0,5 las dos líneas se quedan en 1: esperar no sirve.',
    columns: {
      z: 'z',
      paper: 'artículo (Poisson)',
      exact: 'exacta (binomial negativa)',
      ratio: 'artículo ÷ exacta',
    },
  },
  sim: {
    heading: 'Haz tú las carreras',
    intro:
      'Cada carrera sortea los bloques uno a uno: son del atacante con probabilidad q. La semilla fija cada sorteo.',
    races: 'Carreras',
    racesOption: '{races} carreras',
    seed: 'Semilla',
    seedHint: 'La misma semilla repite las mismas carreras.',
    seedError: 'Escribe un número entero de 0 a 4.294.967.295.',
    newSeed: 'Nueva semilla',
    run: 'Correr {races} carreras',
    stop: 'Detener',
    halfRefused:
      'Con q = 0,5 exacto una carrera puede no acabar nunca (su duración media es infinita), así que no se simula. La respuesta es 1.',
    status: {
      idle: 'Sin empezar. Nada corre hasta que pulses el botón.',
      running: 'Corriendo: {done} de {total} carreras terminadas.',
      paused: 'En pausa porque esta pestaña está oculta. Sigue cuando vuelvas.',
      done: 'Hecho: {races} carreras con la semilla {seed}.',
      stopped: 'Detenido. Pulsa el botón para correr otra vez.',
      error: 'Algo salió mal: {message}',
    },
    wins: 'Carreras que ganó el atacante',
    estimate: 'Proporción ganada',
    ci: 'Intervalo del 95 % (Clopper-Pearson)',
    seedUsed: 'Semilla usada',
    containsExact: 'El intervalo contiene el valor exacto {exact}.',
    missesExact:
      'El intervalo no contiene el valor exacto {exact}. Eso pasa por azar en 1 de cada 20 ejecuciones; prueba otra semilla.',
    containsPaper:
      'También contiene el {paper} del artículo: hacen falta más carreras para distinguirlos.',
    missesPaper: 'Excluye el {paper} del artículo: tus carreras distinguen las dos fórmulas.',
    giveUp:
      'Una carrera cuenta como perdida cuando el atacante va {deficit} bloques por detrás, donde su probabilidad de remontar es menor que una en un billón.',
  },
  deeper: {
    tableTitle: '¿Cuántas confirmaciones dejan el riesgo por debajo del 0,1 %?',
    q: 'q',
    paperZ: 'z según el artículo',
    exactZ: 'z exacta',
    tableTakeaway:
      'Calculado aquí: la columna del artículo coincide con su tabla publicada; la exacta pide más.',
  },
};
