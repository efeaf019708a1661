import type { z } from 'zod';

/** An antd Form rule that checks a field with the API's own zod schema and shows its Vietnamese message. */
export function zodRule(schema: z.ZodType) {
  return {
    validator: async (_: unknown, value: unknown) => {
      if (value === undefined || value === null || value === '') return; // "required" rules speak for empty fields
      const r = schema.safeParse(value);
      if (!r.success) throw new Error(r.error.issues[0]?.message ?? 'Giá trị không hợp lệ');
    },
  };
}
