import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/db';
import { recordAudit } from '../../modules/audit/audit.queries';
import { isHalfSeeded } from './demo';

describe('phát hiện dữ liệu mẫu tạo dở', () => {
  it('cơ sở dữ liệu mẫu đầy đủ không bị coi là tạo dở', async () => {
    const d = await freshDatabase('pglite', 'demo');
    try {
      expect(await isHalfSeeded(d.db)).toBe(false);
    } finally {
      await d.close();
    }
  });

  it('đã bắt đầu tạo dữ liệu mẫu mà chưa có dấu kết thúc thì bị phát hiện', async () => {
    const d = await freshDatabase('pglite', 'empty');
    try {
      expect(await isHalfSeeded(d.db)).toBe(false);
      await recordAudit(d.db, { actor: null, ip: null }, { action: 'seed_demo', entity: 'database' });
      expect(await isHalfSeeded(d.db)).toBe(true);
    } finally {
      await d.close();
    }
  });
});
