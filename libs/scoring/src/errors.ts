/** Responses or a battery that scoring cannot use (a bug upstream, not a user's mistake). */
export class ScoringInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScoringInputError';
  }
}
