/**
 * The fingerprint of a run's inputs must not change for the same inputs: stored runs compare theirs with the
 * project's current one to tell whether they are stale.
 */
import { createHash, randomUUID } from 'node:crypto';
import { inputsFingerprint } from '../../src/modules/analysis/inputs-fingerprint';
import type { Project } from '../../src/modules/project/project.entity';

const project = {
  settingsVersion: 3,
  processType: 'steam_generation',
  processSubcategory: 'industrial_low',
  processParameters: { steam_flow_kg_h: 5000 },
} as unknown as Project;

it('is the SHA-256 of the settings and the units in id order, as runs stored it (ids sorted by localeCompare)', () => {
  const equipment = Array.from({ length: 500 }, (_, i) => ({ id: randomUUID(), version: 1 + (i % 4) }));
  // what earlier releases computed, spelled out independently
  const expected = createHash('sha256')
    .update(
      [
        '3',
        'steam_generation',
        'industrial_low',
        '{"steam_flow_kg_h":5000}',
        ...[...equipment].sort((a, b) => a.id.localeCompare(b.id)).map((e) => `${e.id}:${e.version}`),
      ].join('|'),
    )
    .digest('hex');
  expect(inputsFingerprint(project, equipment)).toBe(expected);
  // the units' order in the input does not matter; a version does
  expect(inputsFingerprint(project, [...equipment].reverse())).toBe(expected);
  const edited = equipment.map((e, i) => (i === 7 ? { ...e, version: e.version + 1 } : e));
  expect(inputsFingerprint(project, edited)).not.toBe(expected);
});
