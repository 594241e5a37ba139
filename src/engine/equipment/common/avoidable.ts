/**
 * Avoidable/unavoidable split of exergy destruction. Correction C-G2
 * (spec/equipment.md; Tsatsaronis & Morosuk 2008): the unavoidable part scales
 * with the actual product, E_D,UN = E_P · (E_D/E_P)^UN, where (E_D/E_P)^UN comes
 * from the same unit run at best-achievable conditions; clamped to [0, E_D].
 */
export function splitAvoidable(input: {
  exergyDestroyedKW: number;
  exergyProductKW: number;
  unavoidableDestructionPerProduct: number | null;
}): { avoidableKW: number; unavoidableKW: number; avoidableRatioPct: number | null } {
  const destroyed = input.exergyDestroyedKW;
  if (!(destroyed > 0)) return { avoidableKW: 0, unavoidableKW: 0, avoidableRatioPct: null };
  const ratio = input.unavoidableDestructionPerProduct;
  const candidate = ratio === null ? destroyed : input.exergyProductKW * ratio;
  const unavoidableKW = Math.min(Math.max(candidate, 0), destroyed);
  const avoidableKW = destroyed - unavoidableKW;
  // 100·(AV/E_D), not (100·AV)/E_D: AV ≤ E_D makes the quotient ≤ 1 after rounding, so the ratio never shows 100.00000000000001 %
  return { avoidableKW, unavoidableKW, avoidableRatioPct: 100 * (avoidableKW / destroyed) };
}
