/** IAPWS-IF97 constants (IAPWS R7-97(2012), eqs. 1–4). */
/** Specific gas constant of water, kJ/(kg·K). */
export const R_WATER = 0.461526;
/** Critical temperature, K. */
export const T_CRITICAL_K = 647.096;
/** Critical pressure, MPa. */
export const P_CRITICAL_MPA = 22.064;
/** Critical density, kg/m³. */
export const RHO_CRITICAL = 322;
/** Triple-point pressure used as the lower bound of region 4, MPa. */
export const P_MIN_MPA = 611.212677e-6;
export const T_MIN_K = 273.15;
export const T_MAX_REGION2_K = 1073.15;
export const T_MAX_REGION5_K = 2273.15;
export const P_MAX_MPA = 100;
/** Upper temperature of region 1 (and lower of region 3), K. */
export const T_REGION13_K = 623.15;
