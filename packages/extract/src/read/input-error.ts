/** A file that cannot be read as an article; `message` is one line naming the reason. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
