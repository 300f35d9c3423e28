// Pure rules of the door. Who counts as a no-show (registered, never checked in; the waitlist
// held no place) is the WHERE of markNoShows in data.ts; when they may be marked is here.

/** No-shows are only known once the event is over; marking them earlier would punish latecomers. */
export function hasEnded(event: { endsAt: Date }, now: Date): boolean {
  return now.getTime() >= event.endsAt.getTime();
}

/** A search typed at the door, safe inside LIKE: wildcards are matched literally. */
export function likePattern(q: string): string {
  return `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
