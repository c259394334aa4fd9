export function documentSubject(subject: string): string {
  return `về ${subject}`;
}
