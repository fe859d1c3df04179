import { BackstageCredentials } from '@backstage/backend-plugin-api';

/** Names the caller for logs and audit events: a user entity ref or a service subject. */
export function describeActor(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  if (principal.type === 'user' && principal.userEntityRef) {
    return principal.userEntityRef;
  }
  if (principal.type === 'service' && principal.subject) {
    return principal.subject;
  }
  return principal.type;
}
