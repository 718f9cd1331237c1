import type { Rng } from "./prng.js";

/** true when a string of digits passes the Luhn checksum (what SIREN and SIRET use). */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/** The digit that, appended to `partial`, makes it Luhn-valid. */
export function luhnCheckDigit(partial: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(partial + d)) return String(d);
  throw new Error(`luhnCheckDigit: no digit for ${partial}`);
}

/** La Poste's SIREN, which follows another checksum rule: never generated. */
const LA_POSTE_SIREN = "356000000";

/** A random SIRET (14 digits) whose SIREN and SIRET both pass Luhn; fictitious, any match with a real establishment is chance. */
export function randomSiret(rng: Rng): string {
  let siren = LA_POSTE_SIREN;
  while (siren === LA_POSTE_SIREN) {
    let body = String(rng.int(1, 9));
    for (let i = 0; i < 7; i++) body += String(rng.int(0, 9));
    siren = body + luhnCheckDigit(body);
  }
  // NIC: establishment number, usually small (00012, 00025…), last digit makes the SIRET valid.
  const nic = "000" + String(rng.int(1, 9));
  return siren + nic + luhnCheckDigit(siren + nic);
}

/** The same SIRET with its last digit changed, so that its checksum fails. */
export function corruptSiret(siret: string): string {
  const last = siret.charCodeAt(siret.length - 1) - 48;
  return siret.slice(0, -1) + String((last + 1) % 10);
}
