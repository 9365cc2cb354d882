import { describe, expect, it } from 'vitest';
import { POOR_START } from '../core/experiments/swarm/tuning-config';
import { SwarmTuningClient, TunerCancelled } from './swarm-tuning-client';

describe('SwarmTuningClient (inline workers)', () => {
  it('raises a poor duty cycle to 100 % and stops when asked', async () => {
    const client = new SwarmTuningClient();
    const events: string[] = [];
    const report = await client.run(
      {
        seed: 1,
        start: { ...POOR_START, batchSize: 4096, dutyCycle: 0.25 },
        maxWorkers: 1,
        sliceMs: 30,
        knobs: ['dutyCycle'],
      },
      { onEvent: (e) => events.push(e.event_type), onTest: () => {}, onPaused: () => {} },
    );
    expect(report.final.dutyCycle).toBeGreaterThan(0.25);
    expect(events).toContain('ROLLOUT');

    const running = client.run(
      { seed: 2, start: POOR_START, maxWorkers: 1, sliceMs: 40 },
      { onEvent: () => {}, onTest: () => {}, onPaused: () => {} },
    );
    setTimeout(() => client.stop(), 100);
    await expect(running).rejects.toBeInstanceOf(TunerCancelled);
  }, 60_000);
});
