import { describe, expect, it } from 'vitest';
import type { Migration, Order, Subscription } from '../src';
import { call, customers, expectDocumented, failure, json, subscriptionsOf, useSandbox } from './helpers';

useSandbox({ migrationMs: 200 });

/** A subscription of a seeded customer, picked by offer name, with the paths to it and its order. */
async function subscription(customerIndex: number, offerName: string) {
  const customer = (await customers())[customerIndex]!;
  const found = (await subscriptionsOf(customer.id)).find((candidate) => candidate.offerName === offerName)!;
  return {
    found,
    path: `/customers/${customer.id}/subscriptions/${found.id}`,
    orderPath: `/customers/${customer.id}/orders/${found.orderId}`,
    migrationsPath: `/customers/${customer.id}/migrations/newcommerce`,
  };
}
const changeCycle = (orderPath: string, billingCycle: unknown, lineItems: unknown[]) =>
  call(orderPath, { method: 'PATCH', body: { billingCycle, lineItems } });

describe('update-Order: the billing cycle of a subscription is changed through its order', () => {
  it('every seeded subscription has the order that bought it', async () => {
    for (const [index, customer] of (await customers()).entries()) {
      for (const owned of await subscriptionsOf(customer.id)) {
        const order = await json<Order>(await call(`/customers/${customer.id}/orders/${owned.orderId}`));
        expect(order, `customer ${index}, ${owned.offerName}`).toMatchObject({
          referenceCustomerId: customer.id,
          billingCycle: owned.billingCycle,
        });
        expect(order.lineItems).toEqual([
          { lineItemNumber: 0, offerId: owned.offerId, subscriptionId: owned.id, quantity: owned.quantity },
        ]);
      }
    }
  });

  it('moves an annual-term subscription to monthly billing and back; a GET shows each change', async () => {
    const { found, path, orderPath } = await subscription(0, 'Microsoft 365 E3');
    expect(found).toMatchObject({ billingCycle: 'annual', termDuration: 'P1Y' });
    const line = [{ lineItemNumber: 0, offerId: found.offerId, subscriptionId: found.id, quantity: found.quantity }];
    expect((await json<Order>(await changeCycle(orderPath, 'monthly', line))).billingCycle).toBe('monthly');
    expect((await json<Subscription>(await call(path))).billingCycle).toBe('monthly');
    await json(await changeCycle(orderPath, 'annual', line));
    expect((await json<Subscription>(await call(path))).billingCycle).toBe('annual');
  });

  it('still refuses the change through update-subscription, pointing to update-Order (2054)', async () => {
    const { path } = await subscription(0, 'Microsoft 365 E3');
    const error = await failure(await call(path, { method: 'PATCH', body: { billingCycle: 'monthly' } }));
    expectDocumented(error, 400, '2054');
    expect(error.description).toMatch(/Use update-Order operation$/);
  });

  it.each([
    ['annual billing of a monthly term (6001)', 0, 'Microsoft 365 Business Basic', 'annual', '6001'],
    ['annual billing of an Azure plan (6001)', 2, 'Azure plan', 'annual', '6001'],
    ['a suspended subscription in the order (6000)', 3, 'Microsoft 365 E3', 'monthly', '6000'],
    ['a billing cycle that does not exist (900269)', 0, 'Microsoft 365 E3', 'weekly', '900269'],
  ] as const)('refuses %s', async (_name, customerIndex, offerName, billingCycle, code) => {
    const { found, path, orderPath } = await subscription(customerIndex, offerName);
    expectDocumented(
      await failure(await changeCycle(orderPath, billingCycle, [{ lineItemNumber: 0, subscriptionId: found.id }])),
      400,
      code,
    );
    expect((await json<Subscription>(await call(path))).billingCycle).toBe(found.billingCycle);
  });

  it('refuses a line item number the order does not have (800071) and a subscription it does not hold (20003)', async () => {
    const { found, orderPath } = await subscription(0, 'Microsoft 365 E3');
    expectDocumented(
      await failure(await changeCycle(orderPath, 'monthly', [{ lineItemNumber: 1, subscriptionId: found.id }])),
      400,
      '800071',
    );
    const stranger = await failure(
      await changeCycle(orderPath, 'monthly', [{ lineItemNumber: 0, subscriptionId: 'sub-x' }]),
    );
    expectDocumented(stranger, 404, '20003');
    expect(stranger.description).toBe('Subscription with ID sub-x not found.');
    expectDocumented(await failure(await changeCycle(orderPath, 'monthly', [])), 400, '800002');
  });

  it('waits for a New-Commerce migration of the subscription to finish syncing (800072)', async () => {
    const { found, orderPath, migrationsPath } = await subscription(0, 'Microsoft 365 E3');
    await json(await call(migrationsPath, { method: 'POST', body: { currentSubscriptionId: found.id } }));
    const line = [{ lineItemNumber: 0, subscriptionId: found.id }];
    expectDocumented(await failure(await changeCycle(orderPath, 'monthly', line)), 400, '800072');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await json<Order>(await changeCycle(orderPath, 'monthly', line))).billingCycle).toBe('monthly');
  });

  it('answers an unknown order with the documented 404 (20000)', async () => {
    const { found, orderPath } = await subscription(0, 'Microsoft 365 E3');
    expectDocumented(
      await failure(await changeCycle(orderPath.replace(found.orderId, 'no-order'), 'monthly', [])),
      404,
      '20000',
    );
  });
});

describe('New-Commerce migrations', () => {
  it('starts Processing and reads Completed, with the new subscription, once the service is done', async () => {
    const { found, migrationsPath } = await subscription(0, 'Microsoft 365 Business Basic');
    const started = await json<Migration>(
      await call(migrationsPath, {
        method: 'POST',
        body: { currentSubscriptionId: found.id, termDuration: 'P1Y', billingCycle: 'monthly' },
      }),
    );
    expect(started).toMatchObject({
      currentSubscriptionId: found.id,
      status: 'Processing',
      termDuration: 'P1Y',
      billingCycle: 'monthly',
    });
    expect((await json<Migration>(await call(`${migrationsPath}/${started.id}`))).status).toBe('Processing');
    await new Promise((resolve) => setTimeout(resolve, 250));
    const done = await json<Migration>(await call(`${migrationsPath}/${started.id}`));
    expect(done).toMatchObject({ id: started.id, status: 'Completed' });
    expect(done.newCommerceSubscriptionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an unknown migration ID with the documented 400 900224, naming the ID', async () => {
    const { migrationsPath } = await subscription(0, 'Microsoft 365 Business Basic');
    const error = await failure(await call(`${migrationsPath}/mig-404`));
    expectDocumented(error, 400, '900224');
    expect(error.description).toBe("New-Commerce migration mig-404 couldn't be found.");
  });

  it.each([
    ['a suspended subscription (900215)', 3, 'Microsoft 365 E3', {}, '900215'],
    ['an offer with no migration path (900220)', 2, 'Azure plan', {}, '900220'],
    [
      'annual billing of a monthly term (900222)',
      0,
      'Microsoft 365 Business Basic',
      { billingCycle: 'annual', termDuration: 'P1M' },
      '900222',
    ],
  ] as const)('refuses %s, naming the subscription', async (_name, customerIndex, offerName, terms, code) => {
    const { found, migrationsPath } = await subscription(customerIndex, offerName);
    const error = await failure(
      await call(migrationsPath, { method: 'POST', body: { currentSubscriptionId: found.id, ...terms } }),
    );
    expectDocumented(error, 400, code);
    expect(error.description).toContain(`Subscription ${found.id} can't be migrated`);
  });

  it('refuses a second migration while the first is processing (900216)', async () => {
    const { found, migrationsPath } = await subscription(0, 'Microsoft 365 Business Basic');
    await json(await call(migrationsPath, { method: 'POST', body: { currentSubscriptionId: found.id } }));
    expectDocumented(
      await failure(await call(migrationsPath, { method: 'POST', body: { currentSubscriptionId: found.id } })),
      400,
      '900216',
    );
  });

  it('not-found names the subscription the request asked to migrate (20003)', async () => {
    const { migrationsPath } = await subscription(0, 'Microsoft 365 Business Basic');
    const error = await failure(
      await call(migrationsPath, { method: 'POST', body: { currentSubscriptionId: 'sub-77' }, scenario: 'not-found' }),
    );
    expectDocumented(error, 404, '20003');
    expect(error.description).toBe('Subscription with ID sub-77 not found.');
  });
});
