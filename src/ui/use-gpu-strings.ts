/** The GPU status line's strings (English and Spanish), for `useStrings(GPU_STRINGS)`. */

export interface GpuStrings {
  heading: string;
  probing: string;
  kernel: { wasm: string; js: string };
  noAdapter: string;
  ready: string;
  measure: string;
  measuring: string;
  progressLabel: string;
  progress: string;
  stop: string;
  stopped: string;
  stoppedHidden: string;
  measured: string;
  where: { worker: string; page: string };
  realNonce: string;
  realNonceMissed: string;
  ladderGpu: string;
  ladderCpu: string;
  ladderUnmeasured: string;
  disagree: string;
  failed: string;
}

export const gpuStringsEn: GpuStrings = {
  heading: 'GPU (WebGPU)',
  probing: 'Looking for a WebGPU adapter…',
  kernel: { wasm: 'WASM SIMD kernel', js: 'JavaScript kernel' },
  noAdapter: 'No GPU adapter: using the CPU ({kernel}).',
  ready:
    'A GPU adapter is available. Measuring it hashes block {height}’s own nonce window with its real target for about 2 seconds; every GPU result is checked on the CPU.',
  measure: 'Measure the GPU',
  measuring: 'Hashing on the GPU and checking on the CPU…',
  progressLabel: 'GPU measurement',
  progress: '{seconds} of about {total} s, {hashes} nonces hashed.',
  stop: 'Stop',
  stopped: 'Stopped: nothing of that measurement counts. The ladder keeps the CPU’s rate.',
  stoppedHidden:
    'Stopped because the page was hidden (a timing that pauses would be wrong): nothing of it counts. Measure again when you are back.',
  measured:
    'GPU ({adapter}, {where}): {rate} hashes/s over {hashes} nonces, cross-checked on the CPU: {agreed}/{checked} results agree.',
  where: { worker: 'in a worker', page: 'on the page' },
  realNonce: 'It found block {height}’s real nonce {nonce}.',
  realNonceMissed: 'It did not report block {height}’s real nonce {nonce}: GPU disabled.',
  ladderGpu: 'The ladder uses the GPU’s rate: it is the fastest here.',
  ladderCpu: 'The ladder keeps the CPU’s rate ({kernel}): it is faster here.',
  ladderUnmeasured:
    'Mine a block above to measure the CPU ({kernel}); the ladder then uses the faster of the two.',
  disagree:
    'GPU results disagree with the CPU ({agreed}/{checked} agree): GPU disabled, using the CPU ({kernel}).',
  failed: 'The GPU failed ({message}): using the CPU ({kernel}).',
};

export const gpuStringsEs: GpuStrings = {
  heading: 'GPU (WebGPU)',
  probing: 'Buscando un adaptador WebGPU…',
  kernel: { wasm: 'núcleo WASM SIMD', js: 'núcleo JavaScript' },
  noAdapter: 'No hay adaptador de GPU: se usa la CPU ({kernel}).',
  ready:
    'Hay un adaptador de GPU. Medirlo calcula hashes de la ventana de nonces del propio bloque {height}, con su objetivo real, durante unos 2 segundos; cada resultado de la GPU se comprueba en la CPU.',
  measure: 'Medir la GPU',
  measuring: 'Calculando hashes en la GPU y comprobándolos en la CPU…',
  progressLabel: 'Medición de la GPU',
  progress: '{seconds} de unos {total} s, {hashes} nonces calculados.',
  stop: 'Parar',
  stopped: 'Detenida: nada de esa medición cuenta. La escalera mantiene la velocidad de la CPU.',
  stoppedHidden:
    'Detenida porque la página quedó oculta (una medición en pausa daría un tiempo falso): nada de ella cuenta. Vuelve a medir cuando regreses.',
  measured:
    'GPU ({adapter}, {where}): {rate} hashes/s en {hashes} nonces, comprobados en la CPU: coinciden {agreed}/{checked} resultados.',
  where: { worker: 'en un worker', page: 'en la página' },
  realNonce: 'Encontró el nonce real {nonce} del bloque {height}.',
  realNonceMissed: 'No informó del nonce real {nonce} del bloque {height}: GPU desactivada.',
  ladderGpu: 'La escalera usa la velocidad de la GPU: es la más rápida aquí.',
  ladderCpu: 'La escalera mantiene la velocidad de la CPU ({kernel}): aquí es más rápida.',
  ladderUnmeasured:
    'Mina un bloque arriba para medir la CPU ({kernel}); la escalera usará entonces la más rápida de las dos.',
  disagree:
    'Los resultados de la GPU no coinciden con la CPU (coinciden {agreed}/{checked}): GPU desactivada, se usa la CPU ({kernel}).',
  failed: 'La GPU falló ({message}): se usa la CPU ({kernel}).',
};

export const GPU_STRINGS = { en: gpuStringsEn, es: gpuStringsEs } as const;
