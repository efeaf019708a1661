import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, changeContext } from '../../app/auth-plugin';
import { errorResponses, ZIdParam, ZOk } from '../common.schemas';
import { listComments, listVersions, toSubmissionDto } from './submissions.queries';
import {
  ZComment, ZCommentBody, ZDraftSave, ZInboxItem, ZReturnBody, ZStaleError, ZSubmission, ZSubmissionVersion, ZVersionBody,
} from './submissions.schemas';
import { vnDate } from '../../domain/due-dates';
import { acceptSubmission, addComment, inbox, ownSubmission, returnSubmission, saveDraft, submit, visibleSubmission } from './submissions.service';

const tags = ['Bài nộp'];
const unitOnly = { roles: ['unit'] as const };
const reviewers = { roles: ['admin', 'staff'] as const };
const writers = { roles: ['admin', 'staff', 'unit'] as const };
/** Routes that may answer a stale version: their 409 carries the stored submission. */
const withStale = { ...errorResponses, 409: ZStaleError };

/** Under /api/requirements: the calling unit's own submission to one requirement. */
export const submissionRoutesOfRequirement: FastifyPluginAsyncZod = async (app) => {
  app.get('/:id/submission', {
    config: unitOnly,
    schema: { tags, summary: 'Bài nộp của đơn vị mình cho yêu cầu này (null: chưa có)', params: ZIdParam, response: { 200: ZSubmission.nullable(), ...errorResponses } },
  }, async (req) => ownSubmission(app.db, actorOf(req), req.params.id));

  app.put('/:id/submission', {
    config: unitOnly,
    schema: {
      tags, summary: 'Tạo (version 0) hoặc lưu bản nháp; phiên bản cũ → 409 kèm bài đang lưu', params: ZIdParam, body: ZDraftSave,
      response: { 200: ZSubmission, ...withStale },
    },
  }, async (req) => saveDraft(app.db, { ...changeContext(req), actor: actorOf(req) }, req.params.id, req.body, app.clock()));
};

/** Under /api/submissions: the inbox, the workflow, comments and versions. */
export const submissionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/inbox', {
    config: unitOnly,
    schema: { tags, summary: 'Việc của đơn vị: các yêu cầu đang mở, hạn gần nhất trước', response: { 200: z.array(ZInboxItem), ...errorResponses } },
  }, (req, reply) => {
    // The deadline hour's hottest read, from the read cache (emptied by every change): per unit and Vietnamese day.
    // Not async: a cached answer goes out without a promise.
    const actor = actorOf(req);
    const now = app.clock();
    return app.readCache.serve(req, reply, `inbox:${actor.unitId}:${vnDate(now)}`, () => inbox(app.db, actor, now));
  });

  app.get('/:id', {
    schema: { tags, summary: 'Một bài nộp trong phạm vi', params: ZIdParam, response: { 200: ZSubmission, ...errorResponses } },
  }, async (req) => toSubmissionDto(await visibleSubmission(app.db, actorOf(req), req.params.id)));

  app.post('/:id/submit', {
    config: unitOnly,
    schema: { tags, summary: 'Gửi bài (kiểm tra đầy đủ nội dung theo loại yêu cầu); lưu lại phiên bản đã gửi', params: ZIdParam, body: ZVersionBody, response: { 200: ZSubmission, ...withStale } },
  }, async (req) => submit(app.db, { ...changeContext(req), actor: actorOf(req) }, req.params.id, req.body.version, app.clock()));

  app.post('/:id/return', {
    config: reviewers,
    schema: { tags, summary: 'Trả lại bài đã gửi, kèm ý kiến', params: ZIdParam, body: ZReturnBody, response: { 200: ZSubmission, ...errorResponses } },
  }, async (req) => returnSubmission(app.db, { ...changeContext(req), actor: actorOf(req) }, req.params.id, req.body.comment, app.clock()));

  app.post('/:id/accept', {
    config: reviewers,
    schema: { tags, summary: 'Chấp nhận bài đã gửi', params: ZIdParam, response: { 200: ZSubmission, ...errorResponses } },
  }, async (req) => acceptSubmission(app.db, { ...changeContext(req), actor: actorOf(req) }, req.params.id, app.clock()));

  app.get('/:id/comments', {
    schema: { tags, summary: 'Trao đổi về bài nộp', params: ZIdParam, response: { 200: z.array(ZComment), ...errorResponses } },
  }, async (req) => listComments(app.db, (await visibleSubmission(app.db, actorOf(req), req.params.id)).id));

  app.post('/:id/comments', {
    config: writers,
    schema: { tags, summary: 'Thêm ý kiến', params: ZIdParam, body: ZCommentBody, response: { 201: ZOk, ...errorResponses } },
  }, async (req, reply) => {
    await addComment(app.db, { ...changeContext(req), actor: actorOf(req) }, req.params.id, req.body.body, app.clock());
    return reply.code(201).send({ ok: true as const });
  });

  app.get('/:id/versions', {
    schema: { tags, summary: 'Mọi phiên bản đã gửi của bài nộp', params: ZIdParam, response: { 200: z.array(ZSubmissionVersion), ...errorResponses } },
  }, async (req) => listVersions(app.db, (await visibleSubmission(app.db, actorOf(req), req.params.id)).id));
};
