import { useMutation } from '@tanstack/react-query';
import type { TAnalysis } from '../../modules/documents/documents.schemas';
import { api, uploadFile } from '../app/api';

/** What the user asked to check: pasted text, or a chosen file. */
export type LetterSource = { kind: 'text'; text: string } | { kind: 'file'; file: File };

const URL = '/api/documents/analyze';

/** Reads and checks a letter on the server; nothing is stored, so nothing is cached or invalidated. */
export function useAnalyzeLetter() {
  return useMutation({
    mutationFn: (source: LetterSource) =>
      source.kind === 'text' ? api<TAnalysis>(URL, { method: 'POST', body: { text: source.text } }) : uploadFile<TAnalysis>(URL, source.file),
  });
}
