/** The classroom's files (routes.ts, the exercise page): the worksheet and answer key to print, the exercise for offline use. */

/** The classroom's files: the printable worksheet and answer key, and the exercise for offline use. */
export type ClassroomFile = 'worksheet' | 'answer-key' | 'exercise-html';

/** The files a teacher hands out or keeps: where each is served, its type and its name. */
export const CLASSROOM_FILES: { file: ClassroomFile; path: string; mediaType: string; suffix: string; label: string }[] = [
  { file: 'worksheet', path: '/learn/worksheet.pdf', mediaType: 'application/pdf', suffix: 'worksheet.pdf', label: 'Worksheet (PDF, to print)' },
  { file: 'answer-key', path: '/learn/answer-key.pdf', mediaType: 'application/pdf', suffix: 'answer-key.pdf', label: 'Answer key (PDF, for the teacher)' },
  {
    file: 'exercise-html',
    path: '/learn/exercise.html',
    mediaType: 'text/html; charset=utf-8',
    suffix: 'exercise.html',
    label: 'Exercise (HTML, opens offline)',
  },
];
