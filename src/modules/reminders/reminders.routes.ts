import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, changeContext } from '../../app/auth-plugin';
import { errorResponses, ZIdParam } from '../common.schemas';
import { ZLetterQuery, ZReminder, ZReminderCreate, ZReminderListQuery } from './reminders.schemas';
import { createReminder, reminderHistory, reminderLetter } from './reminders.service';

const tags = ['Đôn đốc'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const remindersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/', {
    config: { roles: ['admin', 'staff'] },
    schema: {
      tags, summary: 'Đôn đốc các đơn vị (mặc định: các đơn vị chưa gửi): thông báo trong ứng dụng, thư điện tử, công văn',
      body: ZReminderCreate, response: { 201: ZReminder, ...errorResponses },
    },
  }, async (req, reply) => reply.code(201).send(await createReminder(app.db, { ...changeContext(req), actor: actorOf(req) }, req.body, app.clock())));

  app.get('/', {
    schema: { tags, summary: 'Lịch sử đôn đốc theo yêu cầu và theo đơn vị (trong phạm vi)', querystring: ZReminderListQuery, response: { 200: z.array(ZReminder), ...errorResponses } },
  }, async (req) => reminderHistory(app.db, actorOf(req), req.query));

  app.get('/:id/letter.docx', {
    config: { roles: ['admin', 'staff', 'leader'] },
    schema: {
      tags, summary: 'Công văn đôn đốc (DOCX, thể thức văn bản của Đảng)', params: ZIdParam, querystring: ZLetterQuery,
      response: { 200: { description: 'Tệp .docx', content: { [DOCX]: { schema: z.any().meta({ type: 'string', format: 'binary' }).describe('Công văn Word') } } }, ...errorResponses },
    },
  }, async (req, reply) => {
    const { authority, position, signerName } = req.query;
    const docx = await reminderLetter(app.db, actorOf(req), req.params.id, { authority, position, name: signerName ?? null });
    return reply.type(DOCX).header('content-disposition', `attachment; filename="cong-van-don-doc-${req.params.id}.docx"`).send(docx);
  });
};
