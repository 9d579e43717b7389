import type { Role } from './schemas';

/**
 * What a caller must be allowed to do to a person ("subject") for a procedure to run.
 * `read` any grant; `acknowledge` answer that person's alerts (ack, snooze); `write`
 * record and change their data; `manage` change what makes their alarms sound
 * (thresholds, alert settings); `own` share them, delete them.
 */
export type SubjectNeed = 'read' | 'acknowledge' | 'write' | 'manage' | 'own';

/**
 * Where the core finds the subject in a procedure's (validated) arguments:
 * `subject_id`, or `subject_id?` (checked when given; the handler shows only visible
 * subjects otherwise), `id` (the argument is the subject's own id), or an entity the
 * core resolves to its subject: `alert:id` (an alert's id), `device:id` (a device's id).
 */
export type SubjectSource = 'subject_id' | 'subject_id?' | 'id' | 'alert:id' | 'device:id';

/**
 * What a procedure needs, declared beside its schema and enforced by `core.call` for
 * every transport before the handler runs:
 * - `public`: anyone, signed in or not (health, login, register);
 * - `signed_in`: any account; the handler shows only what that account may see;
 * - `install_admin`: an administrator of this install — a local account (whoever runs the
 *   desktop app or the CLI on the machine) or the first account registered on it — for
 *   install-wide things (the webhook relay, backups, running a sync round);
 * - `{subject, from}`: the named permission on the person found by `from`.
 */
export type AccessNeed = 'public' | 'signed_in' | 'install_admin' | { readonly subject: SubjectNeed; readonly from: SubjectSource };

/**
 * The sources a procedure whose arguments are `T` can name: `subject_id` only if it has
 * one, `id` (and the entities found by it) only if it has an id — so a declaration that
 * points at a field the schema lacks does not compile.
 */
export type SubjectSourceFor<T> =
  | ('subject_id' extends keyof T ? 'subject_id' | 'subject_id?' : never)
  | ('id' extends keyof T ? 'id' | 'alert:id' | 'device:id' : never);
/** {@link AccessNeed} checked against the procedure's arguments `T`. */
export type AccessNeedFor<T> = 'public' | 'signed_in' | 'install_admin' | { readonly subject: SubjectNeed; readonly from: SubjectSourceFor<T> };

/**
 * The role matrix: which grant roles hold each permission on a person. Viewers only read;
 * caregivers and clinicians record, acknowledge and snooze; thresholds and alert settings
 * are the owner's and the clinician's; sharing and deleting are the owner's alone.
 */
export const ROLE_ALLOWS: Readonly<Record<SubjectNeed, readonly Role[]>> = {
  read: ['owner', 'caregiver', 'clinician', 'viewer'],
  acknowledge: ['owner', 'caregiver', 'clinician'],
  write: ['owner', 'caregiver', 'clinician'],
  manage: ['owner', 'clinician'],
  own: ['owner'],
};

export const roleAllows = (role: Role, need: SubjectNeed): boolean => ROLE_ALLOWS[need].includes(role);

/** Shorthand for a per-person need: `on('write')`, `on('read', 'alert:id')`. */
// Overloads, not a default type argument: TypeScript would infer that from the expected type.
export function on(subject: SubjectNeed): { readonly subject: SubjectNeed; readonly from: 'subject_id' };
export function on<S extends SubjectSource>(subject: SubjectNeed, from: S): { readonly subject: SubjectNeed; readonly from: S };
export function on(subject: SubjectNeed, from: SubjectSource = 'subject_id'): AccessNeed {
  return { subject, from };
}
