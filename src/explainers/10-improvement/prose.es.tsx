import type { ImprovementProse } from './prose';

export const improvementProseEs: ImprovementProse = {
  hook: (
    <p className="lede">
      ¿Y si una cadena de bloques pagara por mejorar una IA, en lugar de por quemar hashes? Es una
      idea atractiva. Esta página ejecuta el método de uno de esos diseños y se pregunta qué mide de
      verdad.
    </p>
  ),
  claims: (
    <>
      <p>
        La nota de diseño, publicada abiertamente, afirma (citado como afirmación, y puesto a prueba
        abajo):
      </p>
      <ul className="claims" data-testid="improvement-claims">
        <li>
          <q>Mining is directly tied to AI improvements – no arbitrary work</q> («la minería está
          ligada directamente a mejoras de la IA, sin trabajo arbitrario»).
        </li>
        <li>
          <q>Mine a block only when real improvement occurs</q> («minar un bloque solo cuando hay
          una mejora real»), con un umbral de <q>&gt;0.1%</q>.
        </li>
        <li>
          Una recompensa de 50, que se reduce a la mitad cada 210.000 bloques, multiplicada por{' '}
          <q>1.0 + sum(improvements)</q>, repartida un 80 % al minero y un 20 % a una cartera
          génesis.
        </li>
        <li>
          <q>difficulty: &quot;0000&quot;</q>, <q>~30 seconds</q> por bloque y{' '}
          <q>Model Verification: Cryptographic proof of improvements</q> («verificación
          criptográfica de las mejoras»).
        </li>
      </ul>
    </>
  ),
  evaluator: (
    <>
      <p>
        El código que lo acompaña mide la «mejora» así: cada minuto cronometra unas tareas diminutas
        (una suma de cuadrados, los valores propios de una matriz de 100 × 100, dividir un texto y
        tres expresiones regulares), convierte cada tiempo t en segundos en una puntuación 1 / (1 +
        t) y, si una puntuación supera la guardada, llama mejora a (nueva − vieja) / vieja y guarda
        la nueva (solo sube, hasta 1 como máximo). Si las mejoras suman más de 0,001, se mina un
        bloque.
      </p>
      <p>
        Fíjate en lo que falta: no interviene ningún modelo. Las tareas son siempre las mismas, así
        que lo único que cambia es cuánto tardó tu dispositivo esa vez. Abajo, la página hace justo
        eso, sin cambiar nada entre rondas, y cuenta cuántas veces el ruido, por sí solo, minaría un
        bloque.
      </p>
    </>
  ),
  chainIntro: (
    <p>
      La cadena en sí es corriente: un bloque lleva un índice, una marca de tiempo, una raíz de
      Merkle, el hash del bloque anterior, un nonce y el registro de mejora. Su hash es el SHA-256
      de los cinco primeros como texto, y debe empezar con suficientes ceros hex. Un cero hex son 4
      bits, así que cada cero más hace el bloque 16 veces más difícil: la misma lotería de hashes
      que cualquier prueba de trabajo (PoW), con la misma probabilidad por intento sea cual sea la
      «mejora». Cada 10 bloques se añade un cero si los bloques llegaron en menos de 15 s, y se
      quita si tardaron más de 60 s (nunca menos de 2). El registro de mejora va en el bloque, pero
      no en el texto del que se calcula el hash.
    </p>
  ),
  issuanceIntro: (
    <p>
      La recompensa es el calendario fijo de reducciones a la mitad multiplicado por (1 + la suma de
      mejoras). Como solo se mina cuando esa suma pasa de 0,001, cada bloque paga más que el
      calendario, y nadie comprueba la suma.
    </p>
  ),
  verification: (
    <>
      <h2>Qué haría falta para verificar</h2>
      <p>
        La prueba de trabajo es barata de verificar: cualquiera calcula el hash de la cabecera una
        vez y compara. Encontrar el nonce costó muchos intentos; comprobarlo cuesta uno. Un tiempo
        medido no tiene esa propiedad. Otra máquina no puede reproducir «esto fue 1,2 ms más rápido
        en mi dispositivo a las 14:03»: sus tiempos son otros, su ruido es otro, y la afirmación no
        trae nada con qué compararla. Para premiar una mejora real, los demás necesitarían el propio
        modelo, una evaluación fija sobre datos que el minero no eligió, una puntuación que no
        dependa de la máquina (acierto, no velocidad) y el registro dentro de los datos del hash.
        Nada de eso está en el diseño.
      </p>
    </>
  ),
  lesson: (
    <p className="lesson" data-testid="improvement-lesson">
      Aquí el ruido de los tiempos mina bloques por sí solo, un registro falsificado se valida y el
      multiplicador solo infla. La parte de prueba de trabajo es una lotería de hashes corriente. La
      única lección de este sitio se mantiene: optimiza los hashes por segundo, nunca la suerte por
      hash; y un cronómetro que marca menos no es ninguna de las dos cosas.
    </p>
  ),
  deeperSummary: 'Para saber más: por qué 1 / (1 + t) convierte 1 ms en un 0,1 %',
  deeper: (
    <>
      <p>
        Si una tarea tardaba t₀ segundos y ahora tarda t₁, la puntuación pasa de 1 / (1 + t₀) a 1 /
        (1 + t₁), y (nueva − vieja) / vieja = (t₀ − t₁) / (1 + t₁). Para tareas de unos pocos
        milisegundos eso es más o menos t₀ − t₁ en segundos: ganar 1 ms es un 0,1 %. Así que el
        umbral en realidad pregunta «¿fue esta vez al menos 1 ms más rápida que la mejor hasta
        ahora?», y en un dispositivo ocupado eso pasa por azar.
      </p>
      <p>
        El trinquete guarda la mejor puntuación hasta el momento. Con tiempos que varían al azar, la
        ronda n es un nuevo récord con probabilidad de alrededor de 1/n, así que los récords (y los
        bloques minados) son cada vez más raros; por eso las tasas se dan por ventana. Leída en
        milisegundos, la misma fórmula cuenta casi cualquier récord, y las tareas largas (con más
        variación en términos absolutos) cruzan el umbral más a menudo en segundos.
      </p>
    </>
  ),
};
