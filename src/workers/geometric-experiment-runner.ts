/**
 * Jobs of "The geometric miner" (case study 2), one per section of the page, run in a worker
 * over core's geometric-sections.ts. The real-header file's bytes travel with the job.
 */
import { parseHeaderFile } from '../core/data/header-file';
import { realWinningNonces } from '../core/data/real-nonces';
import {
  compositionTest,
  confound,
  coverageOnRealWinners,
  inverseSolverTest,
  nonceSweep,
  prefilterOnRealBlocks,
  type CompositionReport,
  type ConfoundReport,
  type CoverageReport,
  type NonceSweep,
  type SolverReport,
} from '../core/experiments/geometric/geometric-sections';
import type { PrefilterVerdicts } from '../core/experiments/geometric/prefilter';
import { createRandom } from '../core/random';
import type { ExperimentControl } from './experiment-protocol';

export type GeometricSection =
  'sweep' | 'prefilter' | 'coverage' | 'confound' | 'solver' | 'composition';

export interface GeometricJob {
  section: GeometricSection;
  seed: number;
  fileBytes: Uint8Array;
  /** For the sweep: the index of the real header. */
  headerIndex?: number;
}

export type GeometricJobResult =
  | { section: 'sweep'; sweep: NonceSweep; height: number }
  | { section: 'prefilter'; verdicts: PrefilterVerdicts[] }
  | { section: 'coverage'; coverage: CoverageReport }
  | { section: 'confound'; confound: ConfoundReport }
  | { section: 'solver'; solver: SolverReport }
  | { section: 'composition'; composition: CompositionReport };

/** Same derived streams as core's runGeometricExperiment, so the page matches the CLI. */
export async function runGeometricJob(
  job: GeometricJob,
  control: ExperimentControl,
): Promise<GeometricJobResult> {
  const file = parseHeaderFile(job.fileBytes);
  const root = createRandom(job.seed);
  const checkpoint = (done: number, total: number) => control.checkpoint(done, total);
  switch (job.section) {
    case 'sweep': {
      const index = Math.min(file.count - 1, Math.max(0, job.headerIndex ?? 0));
      const sweep = await nonceSweep(file.headers[index]!, root.derive('sweep'), 4096, checkpoint);
      return { section: 'sweep', sweep, height: file.heights[index]! };
    }
    case 'prefilter':
      return {
        section: 'prefilter',
        verdicts: await prefilterOnRealBlocks(file.headers, checkpoint),
      };
    case 'coverage':
      return {
        section: 'coverage',
        coverage: coverageOnRealWinners(realWinningNonces(file), root.derive('coverage')),
      };
    case 'confound':
      return { section: 'confound', confound: confound(file.headers, root.derive('confound')) };
    case 'solver':
      return {
        section: 'solver',
        solver: await inverseSolverTest(
          file.headers,
          file.heights,
          realWinningNonces(file),
          root.derive('solver'),
          undefined,
          checkpoint,
        ),
      };
    case 'composition':
      return {
        section: 'composition',
        composition: await compositionTest(
          file.headers[file.count - 1]!,
          root.derive('composition'),
          undefined,
          checkpoint,
        ),
      };
  }
}
