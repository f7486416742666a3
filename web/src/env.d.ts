/** Modules without their own types: the build's country tables (web/config.ts) and topojson-client. */
declare module 'virtual:countries' {
  /** ISO 3166-1 numeric (as world-atlas spells it, "004") -> alpha-3. */
  export const NUMERIC_TO_ISO3: Record<string, string>;
  /** Alpha-3 -> common English name. */
  export const COUNTRY_NAMES: Record<string, string>;
}

declare module 'topojson-client' {
  export function feature(topology: unknown, object: unknown): { type: 'FeatureCollection'; features: Array<{ type: 'Feature'; id?: string; properties: Record<string, unknown>; geometry: unknown }> };
}
