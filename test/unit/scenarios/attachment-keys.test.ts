import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from '#functions/documents/file-name.ts';
import { objectKeyOfStaging, parseScenarioObjectKey, scenarioObjectKey, stagingObjectKey } from '#functions/services/scenarios/attachment-files.ts';

const scenarioId = '0f8e2c9a-1b2c-4d5e-8f90-123456789abc';
const objectId = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

describe('keys of scenario attachments in the files bucket', () => {
  it('reads back the key it builds', () => {
    const key = scenarioObjectKey('0861234A', 'ga', scenarioId, objectId);
    expect(key).toBe(`0861234A/files/ga/scenarios/${scenarioId}/${objectId}`);
    expect(parseScenarioObjectKey(key)).toEqual({ uai: '0861234A', diploma: 'ga', scenarioId, objectId });
  });

  it('has the browser post to a staging key that maps back to the object, and to nothing else', () => {
    const key = scenarioObjectKey('0861234A', 'ga', scenarioId, objectId);
    const staging = stagingObjectKey(key);
    expect(staging).toBe(`0861234A/uploads/ga/scenarios/${scenarioId}/${objectId}`);
    expect(objectKeyOfStaging(staging)).toBe(key);
    expect(objectKeyOfStaging(key)).toBeNull();
    expect(objectKeyOfStaging(`0861234A/uploads/ga/scenarios/${scenarioId}/${objectId}/extra`)).toBeNull();
    expect(objectKeyOfStaging('0861234A/uploads/logo')).toBeNull();
  });

  it('ignores the logo, the stamp and anything not shaped like an attachment', () => {
    expect(parseScenarioObjectKey('0861234A/settings/logo')).toBeNull();
    expect(parseScenarioObjectKey(`0861234A/files/ga/scenarios/${scenarioId}/${objectId}/extra`)).toBeNull();
    expect(parseScenarioObjectKey(`0861234A/files/ga/scenarios/../${objectId}`)).toBeNull();
  });
});

describe('the name a download is saved under', () => {
  it('gives old clients an ASCII name and the others the exact one', () => {
    expect(attachmentDisposition('Sujet é.pdf')).toBe(`attachment; filename="Sujet e.pdf"; filename*=UTF-8''Sujet%20%C3%A9.pdf`);
  });

  it('escapes quotes and the characters RFC 5987 reserves', () => {
    expect(attachmentDisposition('l\'"offre" (v2)*.zip')).toBe(
      `attachment; filename="l'_offre_ (v2)*.zip"; filename*=UTF-8''l%27%22offre%22%20%28v2%29%2A.zip`,
    );
  });
});
