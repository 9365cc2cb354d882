/**
 * Textos de la interfaz en español. Tipado como `Dictionary`: una clave que falte o sobre es un
 * error de tipos. Términos según docs/glossary-es.md.
 */
import type { Dictionary } from './dictionary';

export const es: Dictionary = {
  site: {
    name: 'Nonce Sense',
    tagline: 'La prueba de trabajo, comprobada en directo en tu navegador.',
  },
  layout: {
    skipLink: 'Saltar al contenido',
    navLabel: 'Principal',
    nav: {
      home: 'Inicio',
      teach: 'Para docentes',
      glossary: 'Glosario',
      sources: 'Fuentes',
      about: 'Acerca de',
    },
    languageLabel: 'Idioma',
    languageNames: { en: 'English', es: 'Español' },
    themeToggle: 'Tema oscuro',
    themeToggleHint: 'Cambia entre colores claros y oscuros',
    footerLicence: 'Código abierto, licencia MIT.',
    footerPrivacy: 'Sin rastreo. Nada sale de esta página.',
    loading: 'Cargando…',
  },
  titles: {
    home: '¿Sabes adivinar un nonce?',
    sources: 'Fuentes y créditos',
    about: 'Acerca de',
    teach: 'Para docentes: planes de clase',
    glossary: 'Glosario',
    notFound: 'Página no encontrada',
  },
  home: {
    hook: '¿Sabes adivinar un nonce? ¿Y una IA?',
    chaptersHeading: 'Capítulos',
    chaptersIntro:
      'Tres partes: cómo funciona la prueba de trabajo, si se puede predecir un nonce y por qué importa el trabajo.',
    comingSoon: 'muy pronto',
    caseStudiesLabel: 'Casos de estudio',
    lessonLabel: 'La lección',
    lesson: 'Optimiza los hashes por segundo, nunca la suerte por hash.',
  },
  parts: {
    one: 'Parte I',
    two: 'Parte II',
    three: 'Parte III',
  },
  chapters: {
    hash: 'El hash',
    headerTarget: 'La cabecera del bloque y el objetivo',
    mine: 'Mina un bloque',
    luck: 'La suerte',
    bets: 'Haz tu apuesta',
    predictor: 'Trae tu propio predictor',
    inside: 'Dentro de SHA-256: el control positivo',
    nonceOracle: 'El oráculo de nonces',
    geometricMiner: 'El minero geométrico',
    proofOfImprovement: 'Prueba de mejora',
    selfTuningSwarm: 'El enjambre que se ajusta solo',
    realChain: 'Los nonces reales',
    sha256Steps: 'SHA-256 paso a paso',
    tampering: 'La cadena y las manipulaciones',
    difficultyAdjustment: 'El ajuste de dificultad',
    majorityAttack: 'El ataque del 51 %',
  },
  demo: {
    heading: '¿A qué velocidad calcula hashes este dispositivo?',
    start: 'Empezar',
    stop: 'Parar',
    workers: 'Workers',
    workersHint: 'Más workers calculan más rápido y gastan más batería.',
    workersInUse: 'Workers en uso',
    hashesPerSec: 'Hashes por segundo',
    hashesDone: 'Hashes calculados',
    elapsed: 'Tiempo',
    seconds: '{value} s',
    bestHash: 'El hash más pequeño hasta ahora',
    noHashYet: 'Todavía ninguno: pulsa Empezar.',
    leadingZeros: 'Bits cero iniciales: {bits} (dígitos hex a cero: {digits})',
    status: {
      idle: 'Sin empezar. Nada se ejecuta hasta que pulses Empezar.',
      running: 'En marcha hasta que pulses Parar.',
      paused: 'En pausa porque la pestaña está oculta. Sigue cuando vuelvas.',
      stopped: 'Parado.',
      error: 'Algo ha fallado: {message}',
    },
  },
  sources: {
    repository: 'Repositorio',
    paths: 'Archivos',
    licence: 'Licencia',
    headers: 'Cabeceras atribuidas',
  },
  notFound: {
    heading: 'Página no encontrada',
    body: 'No hay ninguna página en esta dirección. Quizá sea un capítulo que aún no está escrito.',
    backHome: 'Ir a la página de inicio',
  },
};
