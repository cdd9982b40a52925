import multipart, { type Multipart } from '@fastify/multipart';
import type { Activity } from 'botbuilder';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../errors.js';
import { conversationCaller, enforce, inboundMessage, type DirectLineContext } from './context.js';
import { assertBoundedFreeForm, incomingActivitySchema, parseOrThrow } from './schemas.js';

/** What one upload may carry: the files together, how many, and the activity part (JSON). */
export const UPLOAD_LIMITS = {
  /** Web Chat sends a photo from a phone as it is: a few MB. */
  totalFileBytes: 4 * 1024 * 1024,
  files: 10,
  activityBytes: 64 * 1024,
} as const;

/** Multipart framing around the parts (boundaries, headers): a request longer than this over the limits is refused unread. */
const FRAMING_BYTES = 64 * 1024;

interface ReceivedFile {
  contentType: string;
  name: string | undefined;
}

/**
 * `POST /v3/directline/conversations/{id}/upload`: what Web Chat (botframework-directlinejs) sends when someone
 * attaches a file: multipart/form-data with an `activity` part (JSON) and one `file` part per file. The bot cannot
 * read files, so the bytes are read off the socket and dropped (never buffered whole, never written to disk): the
 * message is recorded with each file's name and type only, and the channel answers, as the bot, that it cannot read
 * files (see ChannelAdapter). Over the limits → 413 DL_PAYLOAD_TOO_LARGE.
 */
export async function registerUploadRoute(app: FastifyInstance, ctx: DirectLineContext): Promise<void> {
  // In its own scope, so the multipart parser exists for this route only.
  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: {
        fileSize: UPLOAD_LIMITS.totalFileBytes,
        files: UPLOAD_LIMITS.files + 1, // the activity part comes as a file (a Blob) from browsers
        fields: 1,
        fieldSize: UPLOAD_LIMITS.activityBytes,
        parts: UPLOAD_LIMITS.files + 2,
      },
    });
    scope.post<{ Params: { conversationId: string } }>('/v3/directline/conversations/:conversationId/upload', async (request, reply) => {
      await enforce(ctx.limits.perIp, request, reply);
      const { caller, conversation } = await conversationCaller(ctx, request);
      await enforce(ctx.limits.messages, request, reply);
      const length = Number(request.headers['content-length'] ?? 0);
      if (length > UPLOAD_LIMITS.totalFileBytes + UPLOAD_LIMITS.activityBytes + FRAMING_BYTES) throw new AppError('DL_PAYLOAD_TOO_LARGE');
      if (!request.isMultipart()) throw new AppError('DL_BAD_ACTIVITY', 'multipart/form-data expected');

      const { activityJson, files } = await readParts(request);
      if (activityJson === undefined) throw new AppError('DL_BAD_ACTIVITY', 'activity part missing');
      let parsed: unknown;
      try {
        parsed = JSON.parse(activityJson);
      } catch {
        throw new AppError('DL_BAD_ACTIVITY', 'activity: invalid JSON');
      }
      const incoming = parseOrThrow(incomingActivitySchema, parsed);
      if (incoming.type !== 'message') throw new AppError('DL_BAD_ACTIVITY', 'type: a message is expected');
      assertBoundedFreeForm({ ...incoming, attachments: undefined });
      // What arrived, not what the client says arrived: a name and a type per file, no bytes, no URL.
      const attachments = files.map((f) => ({ contentType: f.contentType, ...(f.name ? { name: f.name } : {}) }));
      const { activity, options } = inboundMessage(ctx, request, caller, conversation, incoming, { attachments });
      const result = await ctx.bot.adapter.processActivity(activity, options);
      return reply.status(200).type('application/json; charset=utf-8').send(`{"id":${JSON.stringify(result.id)}}`);
    });
  });
}

/** Reads every part: the activity's JSON is kept (bounded), each file is counted and dropped as it streams by. */
async function readParts(request: FastifyRequest): Promise<{ activityJson: string | undefined; files: ReceivedFile[] }> {
  let activityJson: string | undefined;
  const files: ReceivedFile[] = [];
  let total = 0;
  for await (const part of request.parts() as AsyncIterableIterator<Multipart>) {
    if (part.type === 'field') {
      if (part.fieldname === 'activity' && typeof part.value === 'string') activityJson = part.value;
      continue;
    }
    if (part.fieldname === 'activity') {
      activityJson = await readBounded(part.file, UPLOAD_LIMITS.activityBytes);
      continue;
    }
    for await (const chunk of part.file) {
      total += (chunk as Buffer).length;
      if (total > UPLOAD_LIMITS.totalFileBytes) throw new AppError('DL_PAYLOAD_TOO_LARGE');
    }
    if (part.file.truncated) throw new AppError('DL_PAYLOAD_TOO_LARGE');
    if (files.length >= UPLOAD_LIMITS.files) throw new AppError('DL_PAYLOAD_TOO_LARGE');
    files.push({ contentType: (part.mimetype || 'application/octet-stream').slice(0, 256), name: part.filename ? part.filename.slice(0, 256) : undefined });
  }
  return { activityJson, files };
}

async function readBounded(stream: AsyncIterable<Buffer | string>, max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += b.length;
    if (size > max) throw new AppError('DL_PAYLOAD_TOO_LARGE', 'activity part');
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}
