import { describe, expectTypeOf, it } from 'vitest';
import type { attachmentsApi } from '../resources/attachments.js';
import type { answersApi, servicesApi } from '../resources/catalogue.js';
import type { casesApi } from '../resources/cases.js';
import type { CaseReceipt } from '../schemas/cases.js';
import { createOpen311Client } from './index.js';

const client = createOpen311Client({ endpoint: 'https://city.gov/open311/v2' });

describe('the Open311 client has the shape of the SDK resources the widgets use', () => {
  it('cases: create, get, watch, nearby', () => {
    expectTypeOf(client.cases).toExtend<
      Pick<ReturnType<typeof casesApi>, 'create' | 'get' | 'watch' | 'nearby'>
    >();
    // What <p311-case-status> takes as `client` (elements' CasesBackend).
    expectTypeOf(client).toExtend<{ cases: Pick<ReturnType<typeof casesApi>, 'get' | 'watch'> }>();
    expectTypeOf(client.cases.create).returns.resolves.toEqualTypeOf<CaseReceipt>();
  });

  it('services, answers, attachments', () => {
    expectTypeOf(client.services).toExtend<Pick<ReturnType<typeof servicesApi>, 'list' | 'get'>>();
    expectTypeOf(client.answers).toExtend<Pick<ReturnType<typeof answersApi>, 'faqs'>>();
    expectTypeOf(client.attachments).toExtend<ReturnType<typeof attachmentsApi>>();
  });
});
