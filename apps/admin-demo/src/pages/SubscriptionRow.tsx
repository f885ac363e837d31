import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Input,
  Select,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Subscription } from '../api/types';
import { usePageStyles } from '../components/styles';

export interface RowActions {
  changeSeats: (subscription: Subscription, quantity: number) => void;
  changeBillingCycle: (subscription: Subscription, billingCycle: Subscription['billingCycle']) => void;
  setStatus: (subscription: Subscription, status: 'active' | 'suspended') => void;
  migrate: (subscription: Subscription) => void;
}

const CYCLE_NAMES: Record<Subscription['billingCycle'], string> = { monthly: 'Monthly', annual: 'Annual' };

/** Suspending cuts the customer's users off: the portal asks first, in a dialog. Activating needs no question. */
function SuspendOrActivate({ subscription, actions }: { subscription: Subscription; actions: RowActions }) {
  const styles = usePageStyles();
  const name = subscription.offerName;
  if (subscription.status === 'suspended')
    return (
      <Button onClick={() => actions.setStatus(subscription, 'active')}>
        Activate <span className={styles.hidden}>{name}</span>
      </Button>
    );
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button>
          Suspend <span className={styles.hidden}>{name}</span>
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Suspend {name}?</DialogTitle>
          <DialogContent>
            The customer&rsquo;s users lose access to {name} until you activate it again. Billing continues for the
            term.
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary" onClick={() => actions.setStatus(subscription, 'suspended')}>
                Suspend
              </Button>
            </DialogTrigger>
            <DialogTrigger disableButtonEnhancement>
              <Button>Cancel</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** One subscription: what it is now, as text, and the controls that change it. Each control's name says which
 * subscription it acts on. */
export function SubscriptionRow({ subscription, actions }: { subscription: Subscription; actions: RowActions }) {
  const styles = usePageStyles();
  const [quantity, setQuantity] = useState(String(subscription.quantity));
  const [billingCycle, setBillingCycle] = useState(subscription.billingCycle);
  const name = subscription.offerName;
  return (
    <TableRow>
      <TableHeaderCell scope="row">{name}</TableHeaderCell>
      <TableCell>{subscription.status}</TableCell>
      <TableCell>
        <div className={styles.inline}>
          <span data-slot="seats">{subscription.quantity}</span>
          <Input
            aria-label={`New seat count for ${name}`}
            className={styles.number}
            type="number"
            min={0}
            value={quantity}
            onChange={(_, data) => setQuantity(data.value)}
          />
          <Button onClick={() => actions.changeSeats(subscription, Number(quantity))}>
            Change seats <span className={styles.hidden}>of {name}</span>
          </Button>
        </div>
      </TableCell>
      <TableCell>
        <div className={styles.inline}>
          <span data-slot="billing-cycle">{CYCLE_NAMES[subscription.billingCycle]}</span>
          <Select
            aria-label={`New billing cycle for ${name}`}
            value={billingCycle}
            onChange={(_, data) => setBillingCycle(data.value as Subscription['billingCycle'])}
          >
            <option value="monthly">Monthly</option>
            <option value="annual">Annual</option>
          </Select>
          <Button onClick={() => actions.changeBillingCycle(subscription, billingCycle)}>
            Change billing cycle <span className={styles.hidden}>of {name}</span>
          </Button>
        </div>
      </TableCell>
      <TableCell>
        <SuspendOrActivate subscription={subscription} actions={actions} />
      </TableCell>
      <TableCell>
        <Button onClick={() => actions.migrate(subscription)}>
          Migrate to New Commerce <span className={styles.hidden}>{name}</span>
        </Button>
      </TableCell>
    </TableRow>
  );
}
