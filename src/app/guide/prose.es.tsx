/** La guía para docentes y el glosario, en español (en: prose.en.tsx, misma estructura). */
import type { GuideProse } from './guide-prose';

export const guideProseEs: GuideProse = {
  labels: {
    printButton: 'Imprimir la guía',
    printHint: 'Imprime los tres planes con todas las respuestas abiertas, un plan por página.',
    contents: 'Planes de clase',
    goal: 'Objetivo',
    prerequisites: 'Antes de la clase',
    timing: 'Tiempos',
    minutes: 'Minutos',
    step: 'Qué se hace',
    chapter: 'Capítulo',
    noChapter: 'Puesta en común',
    total: 'minutos en total',
    activities: 'Actividades',
    questions: 'Preguntas para la clase',
    showAnswer: 'Respuesta',
    misconceptions: 'Ideas erróneas que vas a encontrar',
    glossaryIndex: 'Términos',
    seeChapter: 'Ver:',
    glossaryLink: 'Glosario de los términos de los capítulos',
  },
  teachIntro: (
    <>
      <p className="lede">
        Tres clases de unos 45 minutos: una para secundaria, una para un curso universitario de
        introducción y una para un curso de seguridad o de aprendizaje automático. Cada número que
        ven tus estudiantes se calcula en directo en su propio navegador, con hashes reales o
        cabeceras reales de Bitcoin, y con la semilla a la vista.
      </p>
      <p>
        La aplicación no pide cuentas y no envía nada a ningún sitio; una vez cargada, funciona sin
        conexión. Va en el móvil, pero en un portátil los gráficos se ven mejor. Cada prueba tarda
        de segundos a unos minutos: prueba cada capítulo una vez antes de la clase, en el tipo de
        equipo que usará el grupo.
      </p>
      <p>
        Cada experimento muestra su semilla y te deja escribir otra. La misma semilla repite la
        misma prueba en cualquier equipo, así que la clase puede comprobar un resultado junta:
        escribe la semilla en la pizarra (por ejemplo 7) y todos los que la usen obtendrán los
        mismos números. Cada capítulo guarda además su semilla y sus ajustes en la dirección, como{' '}
        <code>#/bets?tournamentSeed=7</code>, y cada resultado tiene un botón que copia ese enlace:
        compártelo y todos los navegadores repetirán la misma prueba. Los resultados también se
        descargan en CSV o JSON, para reunirlos en una hoja de cálculo.
      </p>
    </>
  ),
  lessons: [
    {
      id: 'lesson-secondary',
      title: 'Secundaria: minar es una lotería',
      goal: (
        <p>
          Tus estudiantes saben decir qué es un hash, por qué un minero no puede hacerlo mejor que
          probar números uno tras otro y por qué el tiempo hasta encontrar un bloque es suerte, que
          solo se compensa a lo largo de muchos intentos.
        </p>
      ),
      prerequisites: (
        <p>
          Solo potencias de dos (2, 4, 8, … 2<sup>10</sup> ≈ 1000). Las cifras hexadecimales se
          explican en las páginas. Un equipo por estudiante o por pareja.
        </p>
      ),
      steps: [
        {
          minutes: 5,
          route: '/hash',
          what: 'Gancho: cada uno escribe su nombre y luego cambia una letra. ¿Cuánto ha cambiado la huella?',
        },
        {
          minutes: 8,
          route: '/hash',
          what: 'Cambia un bit y mira cómo cambia más o menos la mitad de los bits de salida (el efecto avalancha). Busca un patrón: no hay ninguno.',
        },
        {
          minutes: 8,
          route: '/header',
          what: 'Los 80 bytes de un bloque real: seis campos, el nonce que el minero puede cambiar y el objetivo (target) que el hash no puede superar. Comprueba el bloque génesis.',
        },
        {
          minutes: 12,
          route: '/mine',
          what: 'Todos minan con la misma dificultad baja, varios bloques seguidos, y apuntan cuántos hashes necesitó cada uno. Sube un bit la dificultad: ¿qué pasa con las cuentas?',
        },
        {
          minutes: 10,
          route: '/luck',
          what: 'Muchas carreras. Las cortas son frecuentes y unas pocas duran muchísimo; la media se asienta en 1/p. ¿A un bloque alguna vez «le toca»?',
        },
        {
          minutes: 2,
          route: null,
          what: 'Cierre: un hash es un boleto de lotería nuevo; la única forma de ganar más a menudo es comprar más boletos por segundo.',
        },
      ],
      activities: [
        <>
          <strong>El histograma de la clase.</strong> En <em>Mina un bloque</em>, todos usan la
          misma dificultad, eligen un bloque de la lista y minan varias veces seguidas (cada prueba
          sigue después del último nonce encontrado). Cada uno dice sus cuentas en voz alta y las
          dibujas en la pizarra: unas pocas son diminutas, unas pocas enormes y la mayoría pequeñas.
          La media de la clase queda cerca de 2<sup>N</sup> para N bits, y más cerca cuantas más
          cuentas haya. Dos estudiantes con el mismo bloque obtienen las mismas cuentas: la búsqueda
          cuenta desde el nonce 0, y el azar está en el hash, no en el equipo.
        </>,
        <>
          <strong>Misma semilla, mismas carreras.</strong> En <em>La suerte</em>, media clase usa la
          semilla 7 y la otra media una propia. Todos los que usan la 7 obtienen carreras idénticas;
          los demás, distintas, pero con medias parecidas.
        </>,
        <>
          <strong>La lotería.</strong> Pregunta quién compraría un boleto «porque los últimos cien
          sorteos no tocó». Luego mirad la prueba de la falta de memoria en <em>La suerte</em>,
          calculada con las carreras de la propia clase.
        </>,
      ],
      questions: [
        {
          q: <p>Si cambias una letra de la entrada, ¿cuánto cambia el hash?</p>,
          a: (
            <p>
              Más o menos la mitad de sus 256 bits, siempre, en sitios imprevisibles. Por eso un
              hash no se puede dirigir: un cambio pequeño en la entrada es un sorteo completamente
              nuevo.
            </p>
          ),
        },
        {
          q: <p>Un bloque necesita un hash con 20 bits cero iniciales. ¿Cuántos intentos son?</p>,
          a: (
            <p>
              2<sup>20</sup>, alrededor de un millón, de media. Cada bit cero más divide la
              probabilidad por dos, así que duplica el trabajo. Un bloque concreto puede necesitar
              muchos menos o muchos más.
            </p>
          ),
        },
        {
          q: (
            <p>¿Sirve probar los nonces en un orden ingenioso, o saltarse los números «gafados»?</p>
          ),
          a: (
            <p>
              No. Todos los nonces tienen la misma probabilidad, sea cual sea su valor y lo que haya
              salido antes. Saltarse nonces solo deja boletos sin comprar. Lo que ayuda es calcular
              hashes más deprisa.
            </p>
          ),
        },
        {
          q: (
            <p>
              Un minero lleva una hora fallando. ¿Ahora es más probable un bloque en el próximo
              minuto?
            </p>
          ),
          a: (
            <p>
              No. El siguiente hash no sabe nada de los fallos anteriores: la minería no tiene
              memoria. La espera desde ahora es la misma que al empezar de cero.
            </p>
          ),
        },
        {
          q: (
            <p>
              ¿Por qué todo el mundo acepta un bloque que a la red le costó diez minutos encontrar?
            </p>
          ),
          a: (
            <p>
              Porque comprobarlo cuesta un hash. Cualquiera puede calcular el hash de los 80 bytes y
              compararlo con el objetivo en un milisegundo.
            </p>
          ),
        },
      ],
      misconceptions: [
        <>
          «Minar es resolver un problema matemático difícil». Es una búsqueda a base de intentos; no
          hay nada que resolver.
        </>,
        <>
          «Un ordenador más rápido adivina mejor». Adivina exactamente igual de bien; solo hace más
          intentos por segundo.
        </>,
        <>
          «Después de muchos fallos, toca acertar». Es la falacia del jugador; cada hash es nuevo.
        </>,
        <>
          «El hash cifra el mensaje». De un hash no se puede recuperar el mensaje; es una huella, no
          una caja con llave.
        </>,
      ],
    },
    {
      id: 'lesson-university',
      title: 'Introducción universitaria: poner a prueba una afirmación con un intervalo',
      goal: (
        <p>
          Tus estudiantes leen una razón con su intervalo de confianza del 95 %, explican por qué el
          intervalo de una estrategia inútil contiene el 1, ven cómo probar muchas estrategias
          produce ganadores falsos y entienden por qué hace falta un control positivo para que un
          resultado de «no hay efecto» signifique algo.
        </p>
      ),
      prerequisites: (
        <p>
          La parte I (de <em>El hash</em> a <em>La suerte</em>) leída en casa, o la clase 1.
          Probabilidad básica: sucesos independientes, valor esperado. No hace falta un curso de
          estadística: los capítulos explican los intervalos y los valores p en su apartado «para
          saber más».
        </p>
      ),
      steps: [
        {
          minutes: 5,
          route: '/mine',
          what: 'Repaso de la parte I: un hash con N bits cero iniciales tiene probabilidad 2^−N, así que hacen falta unos 2^N intentos de media.',
        },
        {
          minutes: 5,
          route: '/luck',
          what: 'La media de muchas carreras y su intervalo: una carrera dice poco; cientos fijan p.',
        },
        {
          minutes: 12,
          route: '/bets',
          what: 'Cada estudiante hace su apuesta, la bloquea y la revela: aciertos por hash frente al contador en los mismos trabajos, con la razón y su intervalo del 95 %.',
        },
        {
          minutes: 8,
          route: '/bets',
          what: 'El torneo: 20 estrategias a la vez. Antes de lanzarlo, cada uno adivina cuántas parecerán ganadoras. Después, la corrección de Holm y la repetición con trabajos nuevos.',
        },
        {
          minutes: 12,
          route: '/inside',
          what: 'El control positivo: SHA-256d recortado a R rondas. Con R ≤ 3 la razón es exactamente 0, con R = 4 el modelo gana con claridad y desde R = 5 vuelve al azar.',
        },
        {
          minutes: 3,
          route: null,
          what: 'Cierre: un intervalo alrededor de 1, junto con un control que sí detecta una señal real, es prueba de que no hay ventaja, no solo falta de pruebas.',
        },
      ],
      activities: [
        <>
          <strong>Todos apuestan y la clase junta los resultados.</strong> En{' '}
          <em>Haz tu apuesta</em>, cada estudiante elige una estrategia distinta o sus propios
          números de la suerte. Apunta en la pizarra cada razón con su intervalo. Cuenta cuántos
          intervalos contienen el 1 y compáralo con lo que predice el 95 % para una clase de tu
          tamaño.
        </>,
        <>
          <strong>Predecid el torneo.</strong> Antes de lanzar las 20 estrategias, cada estudiante
          apunta cuántos «ganadores» espera si ninguna estrategia funciona. Lanzadlo con una semilla
          común y después repetidlo con trabajos nuevos.
        </>,
        <>
          <strong>Repetid un resultado sorprendente.</strong> Si el intervalo de alguien excluye el
          1, todos escriben su semilla y obtienen el mismo resultado; luego prueban una semilla
          nueva. Una ventaja real sobreviviría a la semilla nueva.
        </>,
      ],
      questions: [
        {
          q: <p>¿Qué significa aquí «intervalo de confianza del 95 %»?</p>,
          a: (
            <p>
              Que sale de un procedimiento que, repetido con datos nuevos, cubre la razón verdadera
              en el 95 % de las pruebas. No es un 95 % de probabilidad de que este intervalo
              concreto contenga la verdad, y no dice nada del 5 % de pruebas en que falla.
            </p>
          ),
        },
        {
          q: <p>¿Por qué el 1 queda dentro del intervalo en casi todas las apuestas?</p>,
          a: (
            <p>
              Porque la razón verdadera es 1. El hash se comporta como una función aleatoria, así
              que cada nonce, lo elija la estrategia que lo elija, acierta con la misma probabilidad
              p = 2<sup>−N</sup>. El intervalo muestra cuánto puede desviarse la razón medida por
              puro azar con esos aciertos.
            </p>
          ),
        },
        {
          q: (
            <p>
              En una clase de 40, ninguna estrategia funciona. ¿Cuántos intervalos deberían excluir
              el 1 aun así?
            </p>
          ),
          a: (
            <p>
              Unos 2 (el 5 % de 40); a veces más, a veces ninguno. Esas personas no hicieron nada
              especial: al repetir con trabajos nuevos vuelven al 1.
            </p>
          ),
        },
        {
          q: <p>¿Contra qué protege la corrección de Holm?</p>,
          a: (
            <p>
              Contra probar muchas ideas y contar solo la mejor. Prueba el valor p más pequeño a
              0,05/20, el siguiente a 0,05/19, y así sucesivamente, para que la probabilidad de
              aunque sea un ganador falso entre los 20 se quede en el 5 %.
            </p>
          ),
        },
        {
          q: <p>¿Por qué el capítulo Dentro de SHA-256 rompe el hash a propósito?</p>,
          a: (
            <p>
              Una prueba que nunca dice «sí» no demuestra nada. Si el mismo tipo de modelo,
              entrenado de la misma forma honesta, gana con claridad con un hash debilitado, la
              prueba es capaz de detectar una señal real, y su «no» con el hash completo significa
              algo.
            </p>
          ),
        },
        {
          q: <p>Con solo 3 rondas, ¿por qué la razón es exactamente 0 y no más o menos 1?</p>,
          a: (
            <p>
              El nonce se lee por primera vez en la ronda 4, así que con 3 rondas o menos nunca
              entra en el hash, y los bytes que comprueba el objetivo son una constante fija que
              nunca empieza con suficientes ceros. Ningún nonce acierta, así que ninguna estrategia
              puede.
            </p>
          ),
        },
      ],
      misconceptions: [
        <>
          «El intervalo contiene el 1, así que está demostrado que la estrategia no sirve». El
          intervalo acota cuán grande podría ser una ventaja con esos aciertos; una ventaja pequeña
          necesita más hashes. El argumento de que no hay ninguna ventaja es el propio hash,
          respaldado por el control positivo.
        </>,
        <>
          «p &lt; 0,05 significa un 95 % de probabilidad de que la estrategia funcione». No; mira el
          torneo.
        </>,
        <>
          «Una razón de 1,1 significa un 10 % mejor». Con unos cientos de aciertos, 1,1 o 0,9 es
          ruido normal: lee el intervalo, no el punto.
        </>,
        <>
          «Si un modelo falla, es que el modelo era malo». El control muestra que el mismo modelo
          gana donde hay algo que aprender.
        </>,
      ],
    },
    {
      id: 'lesson-security',
      title: 'Seguridad o aprendizaje automático: cómo un modelo puede parecer bueno y no servir',
      goal: (
        <p>
          Tus estudiantes prueban su propio predictor de nonces contra el contador, reproducen cómo
          las etiquetas falsas y la evaluación con los datos de entrenamiento dan una precisión
          alta, distinguen un sesgo real en los datos de la previsibilidad y calculan qué puede y
          qué no puede hacer quien tiene la mayoría de la tasa de hash.
        </p>
      ),
      prerequisites: (
        <p>
          La clase 2, o conocer la evaluación con datos reservados, la precisión y el AUC. Algo de
          JavaScript para la actividad del predictor (bastan unas líneas; la página trae ejemplos).
        </p>
      ),
      steps: [
        {
          minutes: 3,
          route: '/bets',
          what: 'Repaso: aciertos por hash frente al contador, una razón con su intervalo. Con el hash completo nada supera al contador.',
        },
        {
          minutes: 12,
          route: '/predictor',
          what: 'Trae tu propio predictor: cada estudiante escribe una función de puntuación, que se ejecuta aislada y se prueba con trabajos nuevos. ¿Quién intenta calcular hashes dentro de la función?',
        },
        {
          minutes: 12,
          route: '/oracle',
          what: 'El oráculo de nonces: el filtro que rechaza todos los nonces, la prueba honesta con datos reservados y la demostración de la fuga (etiquetas falsas por paridad de fila, un modelo que memoriza evaluado con sus propias filas de entrenamiento).',
        },
        {
          minutes: 8,
          route: '/real',
          what: 'Los nonces ganadores reales no se reparten por igual: los mineros buscan en un orden fijo. ¿Un predictor de dónde cayeron los ganadores cubre en bloques posteriores más que el área que ocupa? ¿Hace eso más probable que un hash gane?',
        },
        {
          minutes: 8,
          route: '/attack',
          what: 'El ataque del 51 %: cómo baja con cada confirmación la probabilidad de reescribir la historia y qué cambia a partir de la mitad de la tasa de hash.',
        },
        {
          minutes: 2,
          route: null,
          what: 'Cierre: optimiza el rendimiento, nunca la suerte por hash; mide con datos reservados y etiquetas reales.',
        },
      ],
      activities: [
        <>
          <strong>Atacad al contador.</strong> Por parejas, escribid predictores en{' '}
          <em>Trae tu propio predictor</em> e intentad un intervalo por encima de 1. Regla: la
          función no puede calcular hashes. Después, dejad que una pareja rompa la regla y comparad
          su tiempo con lo que el equipo habría calculado en ese tiempo.
        </>,
        <>
          <strong>Imprimid un 92 % falso.</strong> En <em>El oráculo de nonces</em>, mirad el
          apartado de la fuga: las cifras del panel que se afirman, junto a lo que mide la página
          con etiquetas falsas, con un modelo que memoriza sus filas de entrenamiento y con filas
          reservadas. Preguntad qué número debería exigir quien revisa.
        </>,
        <>
          <strong>Se prueba la afirmación, no a la persona.</strong> Los casos de estudio son
          diseños publicados. Hablad de qué pruebas os habrían convencido y de cómo sus autores
          podrían haber encontrado el problema por sí mismos (datos reservados, etiquetas reales, un
          control positivo).
        </>,
      ],
      questions: [
        {
          q: (
            <p>
              Tu predictor calcula el hash de cada candidato y devuelve solo los aciertos. ¿Ha
              predicho?
            </p>
          ),
          a: (
            <p>
              No, ha minado. Sus «aciertos» cuestan los mismos hashes que habría hecho el contador;
              la página muestra su tiempo junto a lo que el equipo habría calculado en ese tiempo.
            </p>
          ),
        },
        {
          q: (
            <p>
              ¿Cómo llega al 100 % un modelo entrenado con etiquetas «1 si el índice de la fila es
              par»?
            </p>
          ),
          a: (
            <p>
              Dale una característica que identifique la fila (el propio nonce), deja crecer los
              árboles del todo y evalúalo con las filas con que se entrenó: las memoriza. Con filas
              que no ha visto no lo hace mejor que una moneda. Las etiquetas nunca tuvieron nada que
              ver con el hash.
            </p>
          ),
        },
        {
          q: (
            <p>
              ¿Qué es el AUC y cuánto debería valer para un predictor de nonces con el hash real?
            </p>
          ),
          a: (
            <p>
              La probabilidad de que el modelo puntúe un acierto al azar por encima de un fallo al
              azar. Con un hash que se comporta como una función aleatoria debería ser 0,5, lanzar
              una moneda, y el intervalo que muestra la página debería contener 0,5.
            </p>
          ),
        },
        {
          q: (
            <p>
              Los nonces ganadores de bloques reales se agrupan en algunos rangos. ¿Debería un
              minero calcular hashes solo en esos rangos?
            </p>
          ),
          a: (
            <p>
              No. Esos rangos están llenos porque ahí empezaba a contar el software de los mineros,
              no porque un hash ahí tenga más probabilidad de ganar. Cada nonce sigue acertando con
              la misma probabilidad p; quien mina solo en los rangos populares encuentra bloques
              exactamente al mismo ritmo por hash.
            </p>
          ),
        },
        {
          q: <p>¿Por qué los comercios esperan varias confirmaciones?</p>,
          a: (
            <p>
              Un atacante con menos de la mitad de la tasa de hash que va z bloques por detrás
              alcanza a la cadena honesta con una probabilidad que cae rápidamente con z. Con la
              mitad o más, acaba alcanzándola sea cual sea z; entonces las confirmaciones solo ganan
              tiempo.
            </p>
          ),
        },
        {
          q: <p>¿Qué no puede hacer un atacante con la mayoría?</p>,
          a: (
            <p>
              Gastar monedas de las que no tiene las claves, ni saltarse las reglas que comprueba
              cada nodo (por ejemplo, crear más monedas de las permitidas). Puede deshacer sus
              propios pagos recientes (un doble gasto) y dejar fuera de sus bloques las
              transacciones de otros.
            </p>
          ),
        },
      ],
      misconceptions: [
        <>
          «Mucha precisión con los datos de entrenamiento significa que el modelo funciona». Solo lo
          dicen los datos reservados.
        </>,
        <>
          «Una IA encuentra patrones que las personas no ven». El control positivo muestra que el
          mismo método encuentra un patrón donde lo hay; con el hash completo no hay ninguno.
        </>,
        <>
          «Un sesgo en los datos reales significa que se puede predecir». El sesgo en dónde cayeron
          los ganadores refleja cómo buscan los mineros, no qué hashes ganan.
        </>,
        <>
          «Un filtro que se salta los nonces malos ahorra energía». Un nonce saltado es un boleto
          perdido: saltarse una fracción f de los hashes es saltarse una fracción f de los bloques.
        </>,
        <>
          «Por debajo del 51 % el ataque es imposible». Es menos probable, y lo es más con cada
          confirmación.
        </>,
      ],
    },
  ],
  glossaryIntro: (
    <p className="lede">
      Definiciones breves y sencillas de las palabras que usan los capítulos. Cada una enlaza con el
      capítulo donde puedes ver la idea en marcha. Un capítulo puede enlazar directamente con un
      término, por ejemplo <code>#/glossary?term=nonce</code>.
    </p>
  ),
  glossary: [
    {
      id: 'hash',
      term: 'Hash',
      route: '/hash',
      definition:
        'La salida de tamaño fijo de una función hash: una huella de cualquier entrada. Un cambio mínimo en la entrada da un hash completamente distinto, y la entrada no se puede deducir de él.',
    },
    {
      id: 'avalanche',
      term: 'Efecto avalancha',
      route: '/hash',
      definition:
        'Cambiar un bit de la entrada cambia más o menos la mitad de los bits de salida, en sitios imprevisibles.',
    },
    {
      id: 'sha256',
      term: 'SHA-256',
      route: '/sha256',
      definition:
        'La función hash que usa Bitcoin: 256 bits de salida, calculados mezclando bloques de 64 bytes de la entrada en 64 rondas.',
    },
    {
      id: 'sha256d',
      term: 'Doble SHA-256 (SHA-256d)',
      route: '/header',
      definition:
        'SHA-256 aplicado dos veces: el hash del hash. Así calcula Bitcoin el hash de las cabeceras de bloque.',
    },
    {
      id: 'round',
      term: 'Ronda',
      route: '/sha256',
      definition:
        'Un paso de mezcla de la compresión de SHA-256. Cada ronda mezcla una palabra del mensaje en el estado; hay 64.',
    },
    {
      id: 'round-reduced',
      term: 'Hash con rondas reducidas',
      route: '/inside',
      definition:
        'Un hash recortado a menos rondas que el real, débil a propósito. Sirve de control positivo: una buena prueba debería encontrar su debilidad.',
    },
    {
      id: 'nonce',
      term: 'Nonce',
      route: '/mine',
      definition:
        'Un número de 4 bytes en la cabecera del bloque que el minero puede cambiar libremente. Cada nonce nuevo da un hash nuevo, un boleto de lotería nuevo.',
    },
    {
      id: 'extranonce',
      term: 'extraNonce',
      route: '/geometric',
      definition:
        'Bytes extra que el minero puede cambiar en la primera transacción del bloque cuando se le acaba el nonce de 4 bytes. Cambiarlos cambia la raíz de Merkle, así que cada hash se sortea de nuevo.',
    },
    {
      id: 'block-header',
      term: 'Cabecera del bloque',
      route: '/header',
      definition:
        'Los 80 bytes del principio de un bloque: versión, hash del bloque anterior, raíz de Merkle, marca de tiempo, campo bits y nonce. La prueba de trabajo se hace sobre estos bytes.',
    },
    {
      id: 'merkle-root',
      term: 'Raíz de Merkle',
      route: '/header',
      definition:
        'Un solo hash que resume todas las transacciones del bloque. Si cambia una transacción, cambia la raíz y, con ella, el hash de la cabecera.',
    },
    {
      id: 'target',
      term: 'Objetivo (target)',
      route: '/header',
      definition:
        'El mayor hash que puede tener un bloque. Un bloque es una prueba de trabajo válida cuando su hash, leído como un número de 256 bits, no supera el objetivo.',
    },
    {
      id: 'bits',
      term: 'Campo bits (objetivo compacto)',
      route: '/header',
      definition:
        'El campo de la cabecera que guarda el objetivo en 4 bytes: un byte de exponente y tres de mantisa.',
    },
    {
      id: 'leading-zeros',
      term: 'Bits cero iniciales',
      route: '/mine',
      definition:
        'Los ceros al principio de un hash leído como número. Cada uno divide por dos la probabilidad de un hash al azar, así que duplica el trabajo esperado.',
    },
    {
      id: 'difficulty',
      term: 'Dificultad',
      route: '/difficulty',
      definition:
        'Cuánto más difícil es el objetivo actual que el más fácil permitido: el objetivo más fácil dividido por el actual.',
    },
    {
      id: 'retarget',
      term: 'Reajuste de dificultad',
      route: '/difficulty',
      definition:
        'Cada 2016 bloques, Bitcoin recalcula el objetivo para que los bloques sigan llegando más o menos cada diez minutos, sea cual sea la tasa de hash de la red.',
    },
    {
      id: 'proof-of-work',
      term: 'Prueba de trabajo (PoW)',
      route: '/mine',
      definition:
        'Una prueba de que se hizo un trabajo: una entrada cuyo hash cumple un objetivo. Difícil de encontrar, se comprueba con un solo hash.',
    },
    {
      id: 'hash-rate',
      term: 'Tasa de hash (hashrate)',
      route: '/mine',
      definition:
        'Hashes calculados por segundo. Lo único que controla un minero: más hashes por segundo encuentran más bloques por hora.',
    },
    {
      id: 'expected-hashes',
      term: 'Hashes esperados',
      route: '/mine',
      definition:
        'El número medio de intentos hasta un acierto: 1/p, donde p es la probabilidad por hash. Para N bits cero iniciales, 2^N.',
    },
    {
      id: 'asic',
      term: 'ASIC',
      route: '/mine',
      definition:
        'Un chip hecho solo para calcular SHA-256d, mucho más rápido por vatio que cualquier procesador de uso general.',
    },
    {
      id: 'midstate',
      term: 'Midstate (estado intermedio)',
      route: '/inside',
      definition:
        'El estado de SHA-256 después de los primeros 64 bytes de la cabecera. No depende del nonce, así que los mineros lo calculan una vez por trabajo.',
    },
    {
      id: 'share',
      term: 'Share (participación)',
      route: '/luck',
      definition:
        'Un hash que cumple un objetivo más fácil que fija el pool de minería. Las shares muestran al pool cuánto ha trabajado cada miembro.',
    },
    {
      id: 'pool',
      term: 'Pool de minería',
      route: '/luck',
      definition:
        'Mineros que comparten el trabajo y las recompensas. Un pool suaviza la suerte; no añade ni un solo hash.',
    },
    {
      id: 'geometric',
      term: 'Distribución geométrica',
      route: '/luck',
      definition:
        'La ley del número de intentos hasta el primer acierto cuando cada intento tiene la misma probabilidad p. Su media es 1/p.',
    },
    {
      id: 'memoryless',
      term: 'Sin memoria',
      route: '/luck',
      definition:
        'Los fallos pasados no cambian la probabilidad del siguiente intento. Tras cualquier número de fallos, la espera media sigue siendo 1/p.',
    },
    {
      id: 'seed',
      term: 'Semilla',
      route: '/bets',
      definition:
        'El número que fija todas las elecciones al azar de un experimento. La misma semilla repite la misma prueba en cualquier equipo.',
    },
    {
      id: 'confidence-interval',
      term: 'Intervalo de confianza',
      route: '/bets',
      definition:
        'Un rango que sale de un procedimiento que cubre el valor verdadero en el 95 % de los experimentos repetidos (para un IC 95 %). Su anchura muestra cuánto puede mover el resultado el puro azar.',
    },
    {
      id: 'p-value',
      term: 'Valor p',
      route: '/bets',
      definition:
        'Con qué frecuencia saldría por azar un resultado al menos así de extremo si no hubiera efecto. Un valor p pequeño es un indicio contra «no hay efecto»; no es la probabilidad de que el efecto sea real.',
    },
    {
      id: 'multiple-comparisons',
      term: 'Comparaciones múltiples (Holm)',
      route: '/bets',
      definition:
        'Probar muchas ideas hace que algunas parezcan significativas por azar. El método de Holm endurece cada prueba para que la probabilidad de algún ganador falso se quede en el 5 %.',
    },
    {
      id: 'positive-control',
      term: 'Control positivo',
      route: '/inside',
      definition:
        'Un caso en el que se sabe que la respuesta es «sí», pasado por la misma prueba. Si la prueba lo encuentra, un «no» en otro caso significa algo.',
    },
    {
      id: 'predictor',
      term: 'Predictor (modelo)',
      route: '/predictor',
      definition:
        'Una función que puntúa o propone nonces antes de calcular su hash. Se compara con el contador simple en los mismos trabajos.',
    },
    {
      id: 'auc',
      term: 'AUC',
      route: '/oracle',
      definition:
        'La probabilidad de que un modelo puntúe un acierto al azar por encima de un fallo al azar. 0,5 es lanzar una moneda; 1 es ordenar a la perfección.',
    },
    {
      id: 'overfitting',
      term: 'Sobreajuste',
      route: '/oracle',
      definition:
        'Un modelo que se aprende de memoria sus ejemplos de entrenamiento, ruido incluido. Parece excelente con esos ejemplos y falla con los nuevos.',
    },
    {
      id: 'data-leakage',
      term: 'Fuga de datos',
      route: '/oracle',
      definition:
        'Cuando información que el modelo no debería tener llega a su evaluación, por ejemplo al evaluarlo con las filas de entrenamiento. Hace que modelos inútiles parezcan buenos.',
    },
    {
      id: 'held-out',
      term: 'Datos reservados (no vistos en el entrenamiento)',
      route: '/oracle',
      definition:
        'Datos apartados que nunca se usan para entrenar, con los que se mide el modelo. La única prueba honesta de un predictor.',
    },
    {
      id: 'chainwork',
      term: 'Trabajo acumulado',
      route: '/chain',
      definition:
        'El número total esperado de hashes detrás de una cadena de bloques. Los nodos siguen la cadena válida con más trabajo, no la más larga.',
    },
    {
      id: 'confirmation',
      term: 'Confirmaciones',
      route: '/attack',
      definition:
        'El número de bloques encima del que contiene una transacción, ese bloque incluido. Cada una hace más difícil deshacer la transacción.',
    },
    {
      id: 'majority-attack',
      term: 'Ataque del 51 %',
      route: '/attack',
      definition:
        'Un minero con más de la mitad de la tasa de hash acaba superando a todos los demás y puede sustituir los bloques recientes.',
    },
    {
      id: 'double-spend',
      term: 'Doble gasto',
      route: '/attack',
      definition:
        'Pagar con unas monedas y después sustituir el bloque que contiene el pago por otro en el que esas monedas van a otro sitio.',
    },
  ],
};
