// A client fault with its HTTP status. The error boundary sends `message` as is, so it
// must never carry a token, a key or any part of a message body.
export class Refusal extends Error {
  readonly expose = true;
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413,
    message: string,
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

export function refuse(status: Refusal['status'], message: string): never {
  throw new Refusal(status, message);
}
