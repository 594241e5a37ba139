/** Equipment ranked by exergy destruction with share, cumulative share and priority (spec/factory.md §3). */
import type { FactoryEquipmentInput, Hotspot, Priority } from './types';

function priorityOf(destroyedKW: number, share: number, efficiencyPct: number | null): Priority {
  const eta = efficiencyPct ?? 0;
  if (eta < 30 || share > 0.4 || destroyedKW > 20) return 'high';
  if (eta < 50 || share > 0.2 || destroyedKW > 5) return 'medium';
  return 'low';
}

export function rankHotspots(equipment: FactoryEquipmentInput[]): Hotspot[] {
  const total = equipment.reduce((s, e) => s + e.result.exergyDestroyedKW, 0);
  let cumulative = 0;
  return [...equipment]
    .sort((a, b) => b.result.exergyDestroyedKW - a.result.exergyDestroyedKW || a.name.localeCompare(b.name))
    .map((e) => {
      const share = total > 0 ? e.result.exergyDestroyedKW / total : 0;
      cumulative += share;
      return {
        equipmentId: e.id,
        name: e.name,
        type: e.type,
        subtype: e.subtype,
        exergyDestroyedKW: e.result.exergyDestroyedKW,
        sharePct: total > 0 ? 100 * share : null,
        cumulativeSharePct: total > 0 ? 100 * cumulative : null,
        exergeticEfficiencyPct: e.result.exergeticEfficiencyPct,
        annualLossEur: e.result.annualLossEur,
        priority: priorityOf(e.result.exergyDestroyedKW, share, e.result.exergeticEfficiencyPct),
      };
    });
}
