/**
 * GDELT's Actor1/2KnownGroupCode: the CAMEO known-group code an actor code carries. CAMEO
 * builds an organisation's code from three-letter parts (IGO + UNO, IGO + WST + NAT, AFG + REB +
 * TAL), and its known-group table names the organisations; GDELT puts that part in its own
 * column (UNO, NAT, TAL). Read from the code alone, never guessed from a name.
 */

/**
 * The known-group codes of CAMEO's table that dyad's organisations (lexicon/actors/organisations.tsv)
 * carry. An organisation whose code ends in a part of dyad's own making (IGONAM, NGOOXF,
 * IGOBUSGTW: "constructed" in that file) or in a part CAMEO's table lacks (IGOAFRAFU,
 * TURREBPKK, NGOENVGRP) has no known-group code.
 */
export const KNOWN_GROUPS: ReadonlySet<string> = new Set([
  // the United Nations and its agencies
  'UNO', 'FAO', 'HCR', 'IAE', 'ICJ', 'ILO', 'KID', 'WBK', 'WFP', 'WHO',
  // other intergovernmental organisations
  'ADB', 'ARL', 'ASN', 'CIS', 'COE', 'CWN', 'EEC', 'GCC', 'GOE', 'GOS', 'ICC', 'IMF', 'ITP', 'NAT',
  'OAS', 'OAU', 'OIC', 'OPC', 'SAA', 'SAD', 'SCE', 'WAS', 'WTO',
  // non-governmental organisations
  'AMN', 'HRW', 'ICG', 'IRC', 'MSF',
  // movements, parties and armed groups
  'ALQ', 'FTA', 'GIA', 'HEZ', 'HMS', 'KDP', 'MBR', 'PLO', 'TAL',
]);

/**
 * The known-group code of an actor code: its last three-letter part after the first that is
 * in KNOWN_GROUPS (IGOUNOREFHCR -> HCR, IGOUNODEV -> UNO, IGOWSTNAT -> NAT, PSEREBHMS -> HMS),
 * or '' (PAKGOV, IGOAFRDEV). The first part is a country or IGO/NGO/IMG, never a group.
 */
export function knownGroupCode(actorCode: string): string {
  if (actorCode.length % 3 !== 0) return '';
  for (let at = actorCode.length - 3; at >= 3; at -= 3) {
    const part = actorCode.slice(at, at + 3);
    if (KNOWN_GROUPS.has(part)) return part;
  }
  return '';
}
