import type { DifficultyStrings } from './strings.en';

export const difficultyStringsEs: DifficultyStrings = {
  title: 'Ajuste de dificultad',
  loading: 'Cargando las 29.650 cabeceras de bloque reales…',
  loadError:
    'No se pudieron cargar las cabeceras reales ({message}). Recarga la página para reintentarlo.',
  verdict: '{matching} de {recomputed} reajustes recalculados coinciden con los bits reales',
  verdictDetail:
    'Recalculados en tu navegador de la altura {first} a la {last}; otros {skipped} reajustes necesitan una cabecera que el archivo incluido no contiene.',
  mismatch: 'No coincide en la altura {height}: calculado {computed}, real {real}',
  chart: {
    title: 'Dificultad de los bloques reales, de 2009 a 2025',
    aria: 'Gráfico de líneas de la dificultad de Bitcoin en escala logarítmica a lo largo de los años, con {count} reajustes recalculados marcados',
    x: 'Año',
    y: 'Dificultad (escala logarítmica)',
    real: 'bits reales',
    recomputed: 'recalculados',
    takeaway:
      'De 1 a más de 10¹³: la misma regla de dos semanas mantuvo los bloques cerca de diez minutos mientras la tasa de hash crecía billones de veces.',
    columns: [
      'Altura',
      'Fecha (UTC)',
      'Intervalo (días)',
      '¿Se aplicó el límite?',
      'Bits calculados',
      'Bits reales',
      'Coincide',
    ],
    clampNone: 'no',
    clampLow: 'sí (mínimo ×¼)',
    clampHigh: 'sí (máximo ×4)',
    capped: ' (tope en 1d00ffff)',
    yes: 'sí',
    no: 'NO',
  },
  sim: {
    legend: 'Simula un cambio de tasa de hash',
    seed: 'Semilla',
    newSeed: 'Nueva semilla',
    seedError: 'Escribe un número entero de 0 a 4.294.967.295.',
    seedHint: 'La misma semilla da los mismos tiempos de bloque.',
    factor: 'La tasa de hash pasa a',
    half: 'la mitad (×½)',
    double: 'el doble (×2)',
    tenfold: 'diez veces (×10)',
    changeAt: 'en el periodo',
    periodsLabel: 'periodos',
    title: 'Tiempo medio de bloque en cada periodo de 2.016 bloques',
    aria: 'Gráfico de líneas del tiempo medio de bloque simulado por periodo, con la línea de 10 minutos',
    x: 'Periodo (2.016 bloques cada uno)',
    y: 'Tiempo medio de bloque (minutos)',
    series: 'simulado',
    tenMinutes: '10 minutos',
    takeaway:
      'El periodo tras el cambio se aleja de los diez minutos; el siguiente reajuste lo devuelve (un límite puede hacer que tarde más).',
    columns: [
      'Periodo',
      'Tasa de hash (×)',
      'Dificultad (×)',
      'Tiempo medio de bloque (min)',
      'Periodo (días)',
      '¿Límite al final?',
    ],
    summary:
      'Semilla {seed}: el periodo {at} duró {days} días en vez de 14; en el periodo {last} los bloques tardan de media {minutes} minutos.',
  },
};
