import { DomainError } from '@grassroots/kernel';
import { errors } from 'jose';

// Turns jose's failures into one UNAUTHENTICATED error that says what to fix; `what` names the token.
export function jwtFailure(error: unknown, what: string): DomainError {
  if (error instanceof DomainError) return error;
  if (error instanceof errors.JWTExpired) {
    const exp = typeof error.payload.exp === 'number' ? ` at ${new Date(error.payload.exp * 1000).toISOString()}` : '';
    return unauthenticated(`${what} expired${exp}: get a new one`, 'expired');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return unauthenticated(`${what} has a bad signature: it was not signed with this service's key`, 'signature');
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return unauthenticated(`${what} is not valid here: ${error.message} (claim "${error.claim}")`, 'claims');
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return unauthenticated(`${what} uses an algorithm that is not accepted: only HS256 is`, 'algorithm');
  }
  if (error instanceof errors.JOSEError) return unauthenticated(`${what} is malformed: ${error.message}`, 'malformed');
  throw error;
}

export function unauthenticated(message: string, reason: string): DomainError {
  return new DomainError('UNAUTHENTICATED', message, { reason });
}
