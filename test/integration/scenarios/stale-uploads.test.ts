import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient } from '#functions/adapters/store/dynamo.ts';
import { keys } from '#functions/adapters/store/keys.ts';
import { tableName } from '#functions/adapters/store/table.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { releaseStaleUploads } from '#functions/services/scenarios/release-stale-uploads.ts';
import { useStack } from '../support/stack.ts';
import { scenarioForm, teachingSpace } from './support.ts';

const stack = useStack();
const HOUR_MS = 60 * 60 * 1000;

describe('Gestion des scénarios: uploads that never arrive', () => {
  it('keeps a pending upload out of the TTL, and the daily job releases its reservation once stale', async () => {
    const { uai, asAuthor } = await teachingSpace(stack.url);
    const created = await asAuthor('POST', '/api/scenarios', scenarioForm());
    const scenarioId = created.body.id as string;
    const asked = await asAuthor('POST', `/api/scenarios/${scenarioId}/pieces-jointes`, { name: 'jamais-envoye.pdf', size: 4_096 });
    expect(asked.status, asked.text).toBe(201);
    const { uploadId } = asked.body as { uploadId: string };
    const deps = dependencies();
    expect(await deps.scenarioAttachments.usage(uai, 'ga')).toMatchObject({ reservedBytes: 4_096 });

    // Stored without the table's TTL attribute (DynamoDB would delete it, reservation and all), indexed for the job.
    const { Items } = await documentClient().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk AND sk = :sk',
        ExpressionAttributeValues: { ':pk': keys.scenarioPartition(uai, scenarioId), ':sk': `UPLOAD#${uploadId}` },
      }),
    );
    expect(Items?.[0]).toMatchObject({ status: 'pending', staleAt: expect.any(Number), gsi3pk: expect.stringMatching(/^DUE#\d{4}-\d{2}-\d{2}$/) });
    expect(Items?.[0]).not.toHaveProperty('expiresAt');

    // Within the hour: kept.
    await releaseStaleUploads(deps);
    expect(await deps.scenarioAttachments.getUpload(uai, scenarioId, uploadId)).toMatchObject({ status: 'pending' });

    // Three days later, the job having missed two nights (the deadline moved back rather than the
    // clock forward, so that the other tests' fresh uploads stay out of this sweep).
    const staleAt = Math.floor((Date.now() - 3 * 24 * HOUR_MS) / 1000);
    await documentClient().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.scenarioUpload(uai, scenarioId, uploadId),
        UpdateExpression: 'SET staleAt = :staleAt, gsi3pk = :due',
        ExpressionAttributeValues: { ':staleAt': staleAt, ':due': keys.staleUploadIndex(uai, scenarioId, uploadId, staleAt).gsi3pk },
      }),
    );
    expect(await releaseStaleUploads(deps)).toBeGreaterThanOrEqual(1);
    expect(await deps.scenarioAttachments.getUpload(uai, scenarioId, uploadId)).toBeNull();
    expect(await deps.scenarioAttachments.usage(uai, 'ga')).toMatchObject({ reservedBytes: 0 });
    await releaseStaleUploads(deps);
    expect(await deps.scenarioAttachments.usage(uai, 'ga')).toMatchObject({ reservedBytes: 0 });
    const read = await asAuthor('GET', `/api/scenarios/${scenarioId}`);
    expect(read.body.uploads).toEqual([]);
  });
});
