import { describe, expectTypeOf, it } from 'vitest';
import type { HTTPError, ProblemError } from './index.js';
import {
  createClient,
  paginate,
  type Case,
  type CaseCreate,
  type CaseReceipt,
  type CaseStatus,
  type Client,
  type ClientOptions,
  type LiveEvent,
  type LiveStream,
  type Question,
  type RuleResult,
  type Tow,
  type TowLookup,
  type TruckPosition,
  type UploadSource,
} from './index.js';
import { createOperatorClient, type OperatorTow } from './operator.js';

declare const client: Client;

describe('public types', () => {
  it('opens enums with unknown and keeps the raw value', () => {
    expectTypeOf<'unknown'>().toExtend<Case['status']>();
    expectTypeOf<Case['status']>().toEqualTypeOf<CaseStatus>();
    expectTypeOf<Case['statusRaw']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<'unknown'>().toExtend<Tow['status']>();
    expectTypeOf<'unknown'>().toExtend<Question['datatype']>();
    expectTypeOf<Question['datatypeRaw']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<'escalated'>().not.toExtend<Case['status']>();
  });

  it('types what the calls return', () => {
    expectTypeOf(client.cases.create).returns.toEqualTypeOf<Promise<CaseReceipt>>();
    expectTypeOf(client.cases.get).returns.toEqualTypeOf<Promise<Case>>();
    expectTypeOf(client.tows.lookup).returns.toEqualTypeOf<Promise<Tow[]>>();
    expectTypeOf<CaseReceipt['token']>().toEqualTypeOf<string>();
    expectTypeOf<Tow['fees']['accrued']['cents']>().toEqualTypeOf<number>();
    expectTypeOf<Tow['fees']['accrued']['currency']>().toEqualTypeOf<string>();
  });

  it('requires an apiKey', () => {
    expectTypeOf<ClientOptions['apiKey']>().toEqualTypeOf<string>();
    expectTypeOf<{ baseUrl: string }>().not.toExtend<ClientOptions>();
    expectTypeOf<{ apiKey: string }>().toExtend<ClientOptions>();
    // @ts-expect-error apiKey is missing
    createClient({ baseUrl: 'https://api.test' });
  });

  it('makes watch an async iterable of typed events', () => {
    expectTypeOf(client.cases.watch).returns.toEqualTypeOf<LiveStream<Case>>();
    expectTypeOf(client.cases.watch).returns.toExtend<AsyncIterable<LiveEvent<Case>>>();
    expectTypeOf(client.tows.watch).returns.toExtend<
      AsyncIterable<LiveEvent<Tow | TruckPosition>>
    >();
    expectTypeOf(client.cases.watch).parameter(2).exclude<undefined>().toHaveProperty('signal');
  });

  it('takes input before normalisation, as a person types it', () => {
    expectTypeOf<TowLookup['plate']>().toEqualTypeOf<string>();
    expectTypeOf<TowLookup['verifier']['type']>().toEqualTypeOf<'cedula' | 'ticket'>();
    // Defaults make these optional on the way in.
    expectTypeOf<CaseCreate['answers']>().toEqualTypeOf<
      Record<string, string | number | string[]> | undefined
    >();
    expectTypeOf<CaseCreate['consent']>().toEqualTypeOf<true>();
    const anonymous: CaseCreate = {
      serviceId: 'idaan-fuga',
      description: 'Fuga de agua frente a la escuela',
      contact: { anonymous: true },
      consent: true,
    };
    expectTypeOf(anonymous).toExtend<Parameters<Client['cases']['create']>[0]>();
    // @ts-expect-error a named contact needs a name
    const unnamed: CaseCreate = { ...anonymous, contact: { anonymous: false, email: 'a@b.pa' } };
    void unnamed;
  });

  it('narrows a rule result', () => {
    expectTypeOf<Extract<RuleResult, { ok: true }>['value']>().toEqualTypeOf<string>();
    expectTypeOf<Extract<RuleResult, { ok: false }>['code']>().toExtend<string>();
  });

  it('keeps ky errors as ky errors', () => {
    expectTypeOf<ProblemError>().toExtend<HTTPError>();
    expectTypeOf<ProblemError['errors'][number]['pointer']>().toEqualTypeOf<string>();
    expectTypeOf<ProblemError['errors'][number]['code']>().toEqualTypeOf<string>();
    expectTypeOf<ProblemError['code']>().toEqualTypeOf<string>();
  });

  it('uploads Blobs, bytes and streams', () => {
    expectTypeOf<Blob>().toExtend<UploadSource>();
    expectTypeOf<Uint8Array>().toExtend<UploadSource>();
    expectTypeOf<ReadableStream<Uint8Array>>().toExtend<UploadSource>();
    expectTypeOf<string>().not.toExtend<UploadSource>();
  });

  it('yields the items of the pages', () => {
    expectTypeOf(paginate((page) => client.entities.list({ page }))).toEqualTypeOf<
      AsyncGenerator<Awaited<ReturnType<Client['entities']['list']>>['data'][number]>
    >();
  });

  it('gives operators the full plate', () => {
    const ops = createOperatorClient({ apiKey: 'sk_test_x' });
    expectTypeOf(ops.tows.create).returns.toEqualTypeOf<Promise<OperatorTow>>();
    expectTypeOf<OperatorTow['plate']>().toEqualTypeOf<string>();
    // A driver's view declares no plate (unknown fields are kept, untyped).
    expectTypeOf<Tow['plate']>().toBeUnknown();
    expectTypeOf<Tow['plateMasked']>().toEqualTypeOf<string>();
  });
});
