import { applySubjectToProfile, forgetCourse, subjectInViewOf } from './support/subject-in-view.js';
import type { Turn } from './support/turn.js';

/**
 * Sets the course search to the subject in view (place-of-subject.ts), or to none when it went stale, and says which
 * answer gives its places: the
 * course search for one trade or a kind of diploma in a field ("CAP cuisine"), or the field's trades each with its
 * nearest place when a field alone is in view (a diploma passed, the mechanics trades shown together).
 */
export function placesOfSubjectInView(turn: Turn): 'training' | 'field' {
  const subject = subjectInViewOf(turn.data);
  // Named too long ago to be meant now: which course is asked (place-of-subject.ts), never the old one silently.
  if (subject === undefined) {
    forgetCourse(turn.data.profile);
    return 'training';
  }
  const fieldOnly = subject.tradeCode === undefined && subject.diplomaType === undefined && (subject.fields?.length ?? 0) > 0;
  if (fieldOnly) {
    turn.data.profile.interests = [...subject.fields!];
    return 'field';
  }
  applySubjectToProfile(turn.data.profile, subject);
  return 'training';
}
