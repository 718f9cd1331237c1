/** An amount in euro cents: integers keep every sum exact. */
export type Cents = number;

/** Cents of an amount in euros. */
export function euros(amount: number): Cents {
  return Math.round(amount * 100);
}

/** Rounds cents down to a multiple of `step` euros (grants are voted in round figures). */
export function floorTo(cents: Cents, step: number): Cents {
  const unit = step * 100;
  return Math.floor(cents / unit) * unit;
}

/** `rate` × `cents`, rounded to the cent (a rate like 0.5 or 0.375). */
export function share(cents: Cents, rate: number): Cents {
  return Math.round(cents * rate);
}
